// The persistent job list (table `jobs`): one row per Generate click, written before the job runs, updated
// as it runs. Queue order is creation order (the id).
#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace songloom::ui {

enum class JobState { Queued, Running, Done, Failed, Cancelled, Interrupted };
QString jobStateName(JobState state);  // the stored word: "queued", "running", ...
std::optional<JobState> parseJobState(const QString& name);
// Done, Failed, Cancelled, Interrupted: the job will not run again by itself.
bool isFinished(JobState state);

struct JobRecord {
    qint64 id = 0;
    QDateTime created;        // UTC
    QString requestJson;      // songloom::requestToJson
    QString modelSetId;       // the DiT's file path
    QString modelTitle;
    JobState state = JobState::Queued;
    QString error;
    int itemsDone = 0;
    int itemsTotal = 1;
    qint64 parentTakeId = 0;  // an edit of this take (repaint, extend, cover): its takes' parent
    QString operation;        // the edit ("repaint", "extend", ...; see lineage.h), empty for a new song
};

class JobStore {
public:
    explicit JobStore(QSqlDatabase db) : db_(std::move(db)) {}

    // Inserts `job` (created set to now when empty) and stores the new id in it.
    bool add(JobRecord& job);
    bool setState(qint64 id, JobState state, const QString& error = {});
    bool setItemsDone(qint64 id, int done);
    bool remove(qint64 id);
    std::optional<JobRecord> job(qint64 id) const;
    QList<JobRecord> jobs() const;  // oldest first
    QString lastError() const { return lastError_; }

private:
    QSqlDatabase db_;
    mutable QString lastError_;
};

}  // namespace songloom::ui
