// The studio's own database (jobs and takes): SQLite through Qt SQL in the app data folder, WAL journal,
// a schema_version table and ordered migrations. A file SQLite cannot read is never silently dropped: it is
// moved aside as `<name>.corrupt-<date>` and a fresh database is started, and notice() tells the user where
// the old file went. Used from the GUI thread only (one connection per instance).
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace songloom::ui {

class StudioDatabase {
    Q_DECLARE_TR_FUNCTIONS(StudioDatabase)

public:
    static constexpr int kSchemaVersion = 3;

    explicit StudioDatabase(QString path);
    ~StudioDatabase();
    StudioDatabase(const StudioDatabase&) = delete;
    StudioDatabase& operator=(const StudioDatabase&) = delete;

    // Opens (creating the folder and file), recovers a corrupt file, migrates to kSchemaVersion and marks
    // jobs left `running` by a previous run as `interrupted`. False with error() when it cannot.
    bool open();
    bool isOpen() const { return db_.isOpen(); }

    QSqlDatabase& db() { return db_; }
    QString path() const { return path_; }
    QString error() const { return error_; }
    // Set when a corrupt file was moved aside while opening: a sentence for the user naming the new path.
    QString notice() const { return notice_; }
    QString movedAsideTo() const { return movedAsideTo_; }
    int interruptedJobs() const { return interrupted_; }

    // `<app data>/songloom.sqlite` (QStandardPaths::AppDataLocation).
    static QString defaultPath();

private:
    bool openConnection();
    void closeConnection();
    bool isReadable();
    bool moveAside();
    bool migrate();

    QString path_;
    QString connectionName_;
    QSqlDatabase db_;
    QString error_, notice_, movedAsideTo_;
    int interrupted_ = 0;
};

}  // namespace songloom::ui
