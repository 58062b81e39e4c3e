#include "library/jobstore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace songloom::ui {

namespace {
// A null QString binds as SQL NULL; the text columns are NOT NULL, so bind "" instead.
QString text(const QString& s) {
    return s.isNull() ? QStringLiteral("") : s;
}

const char* const kStateNames[] = {"queued", "running", "done", "failed", "cancelled", "interrupted"};

const QString kColumns = QStringLiteral(
    "id, created, request_json, model_set_id, model_title, state, error, items_done, items_total, parent_take_id,"
    " operation");

JobRecord readJob(const QSqlQuery& q) {
    JobRecord j;
    j.id = q.value(0).toLongLong();
    j.created = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    j.requestJson = q.value(2).toString();
    j.modelSetId = q.value(3).toString();
    j.modelTitle = q.value(4).toString();
    // An unknown word (a newer version's state) reads as interrupted: shown, never run by itself.
    j.state = parseJobState(q.value(5).toString()).value_or(JobState::Interrupted);
    j.error = q.value(6).toString();
    j.itemsDone = q.value(7).toInt();
    j.itemsTotal = q.value(8).toInt();
    j.parentTakeId = q.value(9).toLongLong();
    j.operation = q.value(10).toString();
    return j;
}
}  // namespace

QString jobStateName(JobState state) {
    return QString::fromLatin1(kStateNames[static_cast<int>(state)]);
}

std::optional<JobState> parseJobState(const QString& name) {
    for (int i = 0; i < 6; ++i)
        if (name == QLatin1String(kStateNames[i]))
            return static_cast<JobState>(i);
    return std::nullopt;
}

bool isFinished(JobState state) {
    return state != JobState::Queued && state != JobState::Running;
}

bool JobStore::add(JobRecord& job) {
    if (!job.created.isValid())
        job.created = QDateTime::currentDateTimeUtc();
    QSqlQuery q(db_);
    q.prepare(QStringLiteral("INSERT INTO jobs (created, request_json, model_set_id, model_title, state, error,"
                             " items_done, items_total, parent_take_id, operation) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(job.created.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(text(job.requestJson));
    q.addBindValue(text(job.modelSetId));
    q.addBindValue(text(job.modelTitle));
    q.addBindValue(jobStateName(job.state));
    q.addBindValue(text(job.error));
    q.addBindValue(job.itemsDone);
    q.addBindValue(job.itemsTotal);
    q.addBindValue(job.parentTakeId);
    q.addBindValue(text(job.operation));
    if (!q.exec()) {
        lastError_ = q.lastError().text();
        return false;
    }
    job.id = q.lastInsertId().toLongLong();
    return true;
}

bool JobStore::setState(qint64 id, JobState state, const QString& error) {
    QSqlQuery q(db_);
    q.prepare(QStringLiteral("UPDATE jobs SET state = ?, error = ? WHERE id = ?"));
    q.addBindValue(jobStateName(state));
    q.addBindValue(text(error));
    q.addBindValue(id);
    if (!q.exec() || q.numRowsAffected() != 1) {
        lastError_ = q.lastError().text();
        return false;
    }
    return true;
}

bool JobStore::setItemsDone(qint64 id, int done) {
    QSqlQuery q(db_);
    q.prepare(QStringLiteral("UPDATE jobs SET items_done = ? WHERE id = ?"));
    q.addBindValue(done);
    q.addBindValue(id);
    if (!q.exec()) {
        lastError_ = q.lastError().text();
        return false;
    }
    return true;
}

bool JobStore::remove(qint64 id) {
    QSqlQuery q(db_);
    q.prepare(QStringLiteral("DELETE FROM jobs WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        lastError_ = q.lastError().text();
        return false;
    }
    return q.numRowsAffected() == 1;
}

std::optional<JobRecord> JobStore::job(qint64 id) const {
    QSqlQuery q(db_);
    q.prepare(QStringLiteral("SELECT %1 FROM jobs WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        lastError_ = q.lastError().text();
        return std::nullopt;
    }
    return readJob(q);
}

QList<JobRecord> JobStore::jobs() const {
    QList<JobRecord> out;
    QSqlQuery q(db_);
    if (!q.exec(QStringLiteral("SELECT %1 FROM jobs ORDER BY id").arg(kColumns))) {
        lastError_ = q.lastError().text();
        return out;
    }
    while (q.next())
        out.append(readJob(q));
    return out;
}

}  // namespace songloom::ui
