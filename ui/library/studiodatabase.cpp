#include "library/studiodatabase.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStringList>

namespace songloom::ui {

namespace {

QAtomicInt connectionCounter;

// Migration n brings the schema from version n to n + 1. Never edit a published step: append a new one.
const QStringList& migrationSteps(int from) {
    static const QList<QStringList> steps = {
        {
            QStringLiteral("CREATE TABLE jobs ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " created TEXT NOT NULL,"
                           " request_json TEXT NOT NULL,"
                           " model_set_id TEXT NOT NULL DEFAULT '',"
                           " model_title TEXT NOT NULL DEFAULT '',"
                           " state TEXT NOT NULL,"
                           " error TEXT NOT NULL DEFAULT '',"
                           " items_done INTEGER NOT NULL DEFAULT 0,"
                           " items_total INTEGER NOT NULL DEFAULT 1)"),
            QStringLiteral("CREATE TABLE takes ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " job_id INTEGER NOT NULL,"
                           " item_index INTEGER NOT NULL,"
                           " seed INTEGER NOT NULL,"
                           " file_path TEXT NOT NULL,"
                           " created TEXT NOT NULL,"
                           " duration REAL NOT NULL DEFAULT 0,"
                           " model_title TEXT NOT NULL DEFAULT '',"
                           " model_preset TEXT NOT NULL DEFAULT '',"
                           " task TEXT NOT NULL DEFAULT '',"
                           " caption TEXT NOT NULL DEFAULT '',"
                           " lyrics_excerpt TEXT NOT NULL DEFAULT '',"
                           " parameters_json TEXT NOT NULL DEFAULT '',"
                           " request_json TEXT NOT NULL DEFAULT '',"
                           " favourite INTEGER NOT NULL DEFAULT 0,"
                           " rating INTEGER NOT NULL DEFAULT 0 CHECK (rating BETWEEN 0 AND 5),"
                           " deleted INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE INDEX takes_created ON takes(created)"),
            QStringLiteral("CREATE INDEX takes_job ON takes(job_id)"),
        },
        // 1 -> 2: the keeper of a batch of variations (issue 8, "mark the keeper").
        {
            QStringLiteral("ALTER TABLE takes ADD COLUMN keeper INTEGER NOT NULL DEFAULT 0"),
        },
        // 2 -> 3: lineage (issue 8): the take an edit started from, and the edit ("repaint", "extend",
        // "cover", "repaint-candidate"); a job remembers both for the takes it will make.
        {
            QStringLiteral("ALTER TABLE takes ADD COLUMN parent_id INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE takes ADD COLUMN operation TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("CREATE INDEX takes_parent ON takes(parent_id)"),
            QStringLiteral("ALTER TABLE jobs ADD COLUMN parent_take_id INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE jobs ADD COLUMN operation TEXT NOT NULL DEFAULT ''"),
        },
    };
    static const QStringList none;
    return from >= 0 && from < steps.size() ? steps[from] : none;
}

}  // namespace

StudioDatabase::StudioDatabase(QString path)
    : path_(std::move(path)),
      connectionName_(QStringLiteral("songloom-studio-%1").arg(connectionCounter.fetchAndAddRelaxed(1))) {}

StudioDatabase::~StudioDatabase() {
    closeConnection();
}

QString StudioDatabase::defaultPath() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("songloom.sqlite"));
}

bool StudioDatabase::openConnection() {
    db_ = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName_);
    db_.setDatabaseName(path_);
    if (!db_.open()) {
        error_ = tr("Could not open the studio database %1: %2").arg(path_, db_.lastError().text());
        return false;
    }
    return true;
}

void StudioDatabase::closeConnection() {
    if (!db_.isValid())
        return;
    db_.close();
    db_ = QSqlDatabase();
    QSqlDatabase::removeDatabase(connectionName_);
}

// SQLite opens any file lazily; the first read tells whether it is a database and intact.
bool StudioDatabase::isReadable() {
    QSqlQuery q(db_);
    if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next())
        return false;
    return q.value(0).toString() == QLatin1String("ok");
}

bool StudioDatabase::moveAside() {
    closeConnection();
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    movedAsideTo_ = path_ + QStringLiteral(".corrupt-") + stamp;
    for (int n = 2; QFileInfo::exists(movedAsideTo_); ++n)
        movedAsideTo_ = path_ + QStringLiteral(".corrupt-%1-%2").arg(stamp).arg(n);
    if (!QFile::rename(path_, movedAsideTo_)) {
        error_ = tr("The studio database %1 is damaged and could not be moved aside; nothing was changed. "
                    "Move or delete it, then start Songloom again.").arg(path_);
        return false;
    }
    // The journal files belong to the damaged file: keep them beside it, never replay them into a new one.
    for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        if (QFileInfo::exists(path_ + suffix))
            QFile::rename(path_ + suffix, movedAsideTo_ + suffix);
    notice_ = tr("The studio database was damaged and could not be read. It was kept as %1, and a new, "
                 "empty history was started.").arg(QDir::toNativeSeparators(movedAsideTo_));
    return true;
}

bool StudioDatabase::migrate() {
    QSqlQuery q(db_);
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"))) {
        error_ = tr("Could not prepare the studio database %1: %2").arg(path_, q.lastError().text());
        return false;
    }
    int version = 0;
    if (q.exec(QStringLiteral("SELECT version FROM schema_version")) && q.next())
        version = q.value(0).toInt();
    else
        q.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (0)"));
    if (version > kSchemaVersion) {
        error_ = tr("The studio database %1 was written by a newer Songloom (schema %2; this version reads "
                    "up to %3). Update Songloom to open it.").arg(path_).arg(version).arg(kSchemaVersion);
        return false;
    }
    for (; version < kSchemaVersion; ++version) {
        db_.transaction();
        bool ok = true;
        for (const QString& statement : migrationSteps(version)) {
            if (!q.exec(statement)) {
                ok = false;
                break;
            }
        }
        ok = ok && q.exec(QStringLiteral("UPDATE schema_version SET version = %1").arg(version + 1));
        if (!ok) {
            error_ = tr("Could not update the studio database %1 to schema %2: %3")
                         .arg(path_).arg(version + 1).arg(q.lastError().text());
            db_.rollback();
            return false;
        }
        db_.commit();
    }
    return true;
}

bool StudioDatabase::open() {
    error_.clear();
    notice_.clear();
    movedAsideTo_.clear();
    closeConnection();
    QDir().mkpath(QFileInfo(path_).absolutePath());
    if (!openConnection())
        return false;
    if (!isReadable()) {
        if (!moveAside() || !openConnection())
            return false;
        if (!isReadable()) {
            error_ = tr("Could not create a new studio database at %1.").arg(path_);
            return false;
        }
    }
    QSqlQuery q(db_);
    // WAL: a crash mid-write never leaves a half-written page; readers never block the writer.
    q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    if (!migrate()) {
        closeConnection();
        return false;
    }
    // A job that was running when the last session ended did not finish: its takes that were written stay.
    if (q.exec(QStringLiteral("UPDATE jobs SET state = 'interrupted' WHERE state = 'running'")))
        interrupted_ = q.numRowsAffected();
    return true;
}

}  // namespace songloom::ui
