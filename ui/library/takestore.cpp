#include "library/takestore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

namespace songloom::ui {

namespace {
// A null QString binds as SQL NULL; the text columns are NOT NULL, so bind "" instead.
QString text(const QString& s) {
    return s.isNull() ? QStringLiteral("") : s;
}

const QString kColumns = QStringLiteral(
    "id, job_id, item_index, seed, file_path, created, duration, model_title, model_preset, task, caption,"
    " lyrics_excerpt, parameters_json, request_json, favourite, rating, deleted, keeper, parent_id, operation");

TakeRecord readTake(const QSqlQuery& q) {
    TakeRecord t;
    t.id = q.value(0).toLongLong();
    t.jobId = q.value(1).toLongLong();
    t.item = q.value(2).toInt();
    t.seed = static_cast<quint64>(q.value(3).toLongLong());
    t.filePath = q.value(4).toString();
    t.created = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
    t.durationSeconds = q.value(6).toDouble();
    t.modelTitle = q.value(7).toString();
    t.modelPreset = q.value(8).toString();
    t.task = q.value(9).toString();
    t.caption = q.value(10).toString();
    t.lyricsExcerpt = q.value(11).toString();
    t.parametersJson = q.value(12).toString();
    t.requestJson = q.value(13).toString();
    t.favourite = q.value(14).toBool();
    t.rating = q.value(15).toInt();
    t.deleted = q.value(16).toBool();
    t.keeper = q.value(17).toBool();
    t.parentId = q.value(18).toLongLong();
    t.operation = q.value(19).toString();
    return t;
}

// Stored as UTC ISO 8601 with milliseconds: text order is time order.
QString storedTime(const QDateTime& t) {
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QString likePattern(const QString& word) {
    QString escaped = word;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}
}  // namespace

bool TakeStore::add(TakeRecord& t) {
    if (!t.created.isValid())
        t.created = QDateTime::currentDateTimeUtc();
    QSqlQuery q(db_);
    q.prepare(QStringLiteral("INSERT INTO takes (job_id, item_index, seed, file_path, created, duration,"
                             " model_title, model_preset, task, caption, lyrics_excerpt, parameters_json,"
                             " request_json, favourite, rating, deleted, keeper, parent_id, operation)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(t.jobId);
    q.addBindValue(t.item);
    q.addBindValue(static_cast<qint64>(t.seed));
    q.addBindValue(text(t.filePath));
    q.addBindValue(storedTime(t.created));
    q.addBindValue(t.durationSeconds);
    q.addBindValue(text(t.modelTitle));
    q.addBindValue(text(t.modelPreset));
    q.addBindValue(text(t.task));
    q.addBindValue(text(t.caption));
    q.addBindValue(text(t.lyricsExcerpt));
    q.addBindValue(text(t.parametersJson));
    q.addBindValue(text(t.requestJson));
    q.addBindValue(t.favourite ? 1 : 0);
    q.addBindValue(t.rating);
    q.addBindValue(t.deleted ? 1 : 0);
    q.addBindValue(t.keeper ? 1 : 0);
    q.addBindValue(t.parentId);
    q.addBindValue(text(t.operation));
    if (!q.exec()) {
        lastError_ = q.lastError().text();
        return false;
    }
    t.id = q.lastInsertId().toLongLong();
    return true;
}

QList<TakeRecord> TakeStore::select(const QString& where, const QVariantList& values, const QString& order) const {
    QList<TakeRecord> out;
    QSqlQuery q(db_);
    q.prepare(QStringLiteral("SELECT %1 FROM takes WHERE %2 ORDER BY %3").arg(kColumns, where, order));
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        lastError_ = q.lastError().text();
        return out;
    }
    while (q.next())
        out.append(readTake(q));
    return out;
}

std::optional<TakeRecord> TakeStore::take(qint64 id) const {
    const QList<TakeRecord> found = select(QStringLiteral("id = ?"), {id}, QStringLiteral("id"));
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<TakeRecord> TakeStore::search(const TakeFilter& f) const {
    QStringList where{QStringLiteral("1")};
    QVariantList values;
    if (!f.includeDeleted)
        where << QStringLiteral("deleted = 0");
    // Every word must match somewhere, so "piano 42" narrows rather than widens.
    for (const QString& word : f.text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        where << QStringLiteral("(caption LIKE ? ESCAPE '\\' OR lyrics_excerpt LIKE ? ESCAPE '\\'"
                                " OR model_title LIKE ? ESCAPE '\\' OR CAST(seed AS TEXT) LIKE ? ESCAPE '\\')");
        const QString pattern = likePattern(word);
        values << pattern << pattern << pattern << pattern;
    }
    if (f.favouritesOnly)
        where << QStringLiteral("favourite = 1");
    if (f.minRating > 0) {
        where << QStringLiteral("rating >= ?");
        values << f.minRating;
    }
    if (!f.modelTitle.isEmpty()) {
        where << QStringLiteral("model_title = ?");
        values << f.modelTitle;
    }
    if (!f.task.isEmpty()) {
        where << QStringLiteral("task = ?");
        values << f.task;
    }
    // The range is in the user's local dates; the column is UTC.
    if (f.from.isValid()) {
        where << QStringLiteral("created >= ?");
        values << storedTime(f.from.startOfDay());
    }
    if (f.to.isValid()) {
        where << QStringLiteral("created < ?");
        values << storedTime(f.to.addDays(1).startOfDay());
    }
    return select(where.join(QStringLiteral(" AND ")), values, QStringLiteral("created DESC, id DESC"));
}

QList<TakeRecord> TakeStore::takesOfJob(qint64 jobId) const {
    return select(QStringLiteral("job_id = ?"), {jobId}, QStringLiteral("item_index, id"));
}

std::optional<TakeRecord> TakeStore::takeByFile(const QString& path) const {
    const QList<TakeRecord> found = select(QStringLiteral("file_path = ? AND deleted = 0"), {path},
                                           QStringLiteral("id DESC"));
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<TakeRecord> TakeStore::lineage(qint64 id) const {
    QList<TakeRecord> chain;
    QList<qint64> seen;
    for (qint64 at = id; at != 0 && !seen.contains(at);) {
        seen << at;
        const auto t = take(at);
        if (!t)
            break;
        chain.prepend(*t);
        at = t->parentId;
    }
    return chain;
}

QList<TakeRecord> TakeStore::children(qint64 id) const {
    return select(QStringLiteral("parent_id = ? AND deleted = 0"), {id}, QStringLiteral("id"));
}

QList<TakeRecord> TakeStore::deletedTakes() const {
    return select(QStringLiteral("deleted = 1"), {}, QStringLiteral("id"));
}

namespace {
QStringList distinct(const QSqlDatabase& db, const char* column, QString* error) {
    QStringList out;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT DISTINCT %1 FROM takes WHERE deleted = 0 AND %1 != '' ORDER BY %1")
                    .arg(QLatin1String(column)))) {
        *error = q.lastError().text();
        return out;
    }
    while (q.next())
        out << q.value(0).toString();
    return out;
}
}  // namespace

QStringList TakeStore::modelTitles() const {
    return distinct(db_, "model_title", &lastError_);
}

QStringList TakeStore::tasks() const {
    return distinct(db_, "task", &lastError_);
}

bool TakeStore::update(qint64 id, const char* column, const QVariant& value) {
    QSqlQuery q(db_);
    q.prepare(QStringLiteral("UPDATE takes SET %1 = ? WHERE id = ?").arg(QLatin1String(column)));
    q.addBindValue(value);
    q.addBindValue(id);
    if (!q.exec()) {
        lastError_ = q.lastError().text();
        return false;
    }
    if (q.numRowsAffected() != 1) {
        lastError_ = QStringLiteral("no take with id %1").arg(id);
        return false;
    }
    return true;
}

bool TakeStore::setFavourite(qint64 id, bool favourite) {
    return update(id, "favourite", favourite ? 1 : 0);
}

bool TakeStore::setRating(qint64 id, int rating) {
    if (rating < 0 || rating > 5) {
        lastError_ = QStringLiteral("rating %1 is outside 0..5").arg(rating);
        return false;
    }
    return update(id, "rating", rating);
}

bool TakeStore::setDeleted(qint64 id, bool deleted) {
    return update(id, "deleted", deleted ? 1 : 0);
}

bool TakeStore::setKeeper(qint64 id, bool keeper) {
    return update(id, "keeper", keeper ? 1 : 0);
}

bool TakeStore::remove(qint64 id) {
    QSqlQuery q(db_);
    q.prepare(QStringLiteral("DELETE FROM takes WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        lastError_ = q.lastError().text();
        return false;
    }
    return q.numRowsAffected() == 1;
}

}  // namespace songloom::ui
