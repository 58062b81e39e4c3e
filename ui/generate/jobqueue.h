// The generate queue (GUI thread): every job is written to the database before it runs, one job at a time
// goes to the backend, its progress is coalesced to ~20 updates a second for the widgets, and each take that
// arrives is written to `<takes dir>/<job>/take_<item>.flac` on the CPU thread pool (never the GUI or GPU
// thread) and then recorded in the history. A job is marked done / failed / cancelled once the backend has
// finished it and all its takes are on disk.
#pragma once

#include "generate/generationbackend.h"
#include "library/jobstore.h"
#include "library/takestore.h"

#include <QCoreApplication>
#include <QFutureWatcher>  // included, not declared: a template declaration here makes lupdate file JobQueue's strings under the wrong context
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <optional>

namespace songloom::ui {

struct TakeWriteResult;

// Where a job's takes come from: an edit of a take (its parent in the lineage) and which edit. Left empty,
// a request whose source audio is a take's file is recorded as an edit of that take.
struct JobOrigin {
    qint64 parentTakeId = 0;
    QString operation;
};

class JobQueue : public QObject {
    Q_OBJECT

public:
    JobQueue(JobStore& jobs, TakeStore& takes, GenerationBackend& backend, QString takesDir,
             QObject* parent = nullptr);
    // Waits for takes still being written and records them: a finished take is never lost.
    ~JobQueue() override;

    struct Enqueued {
        qint64 id = 0;
        QString error;  // empty on success; else a sentence naming the field
        explicit operator bool() const { return error.isEmpty(); }
    };

    // The model set new jobs use (from the model picker).
    void setModelSet(const QString& id, const QString& title);
    QString modelSetId() const { return modelSetId_; }
    QString modelSetTitle() const { return modelSetTitle_; }

    // Validates, persists, then dispatches when the backend is free.
    Enqueued enqueue(const GenerationRequest& request, const JobOrigin& origin = {});
    Enqueued enqueue(const GenerationRequest& request, const QString& modelSetId, const QString& modelTitle,
                     const JobOrigin& origin = {});
    // Queued jobs are cancelled at once; the running one is asked to stop (Now or after the current take).
    bool stop(qint64 jobId, StopMode mode);
    // A new job with the same request and model set as a finished one (interrupted, failed, ...).
    Enqueued runAgain(qint64 jobId);
    // Removes a finished or queued job from the list (its takes stay in the history).
    bool remove(qint64 jobId);

    QList<JobRecord> jobs() const { return jobs_.jobs(); }
    std::optional<JobRecord> job(qint64 id) const { return jobs_.job(id); }
    std::optional<JobProgress> progress(qint64 jobId) const;
    qint64 runningJob() const { return running_; }
    // No job running and no take being written.
    bool isIdle() const { return running_ == 0 && pendingWrites_.isEmpty(); }
    QString takesDir() const { return takesDir_; }

    static constexpr int kProgressIntervalMs = 50;  // ~20 Hz

Q_SIGNALS:
    void jobsChanged();                     // added, removed, or a state changed
    void progressChanged(qint64 jobId);     // at most every kProgressIntervalMs
    void takeRecorded(qint64 jobId, qint64 takeId);
    void problem(const QString& message);   // a take that could not be saved, a database error
    void idle();

private:
    void dispatch();
    void onProgress(qint64 jobId, const JobProgress& progress);
    void onTakeReady(qint64 jobId, const TakeDelivery& take);
    void onFinished(qint64 jobId, JobOutcome outcome, const QString& message);
    void onTakeWritten(QFutureWatcher<TakeWriteResult>* watcher);
    void record(const TakeWriteResult& result);
    void finalizeIfComplete(qint64 jobId);
    void flushProgress();
    QString takePath(qint64 jobId, int item) const;

    struct Outcome {
        JobOutcome outcome = JobOutcome::Done;
        QString message;
    };

    JobStore& jobs_;
    TakeStore& takes_;
    GenerationBackend& backend_;
    QString takesDir_;
    QString modelSetId_, modelSetTitle_;
    qint64 running_ = 0;
    QHash<qint64, JobProgress> progress_;
    QSet<qint64> progressDirty_;
    QTimer progressTimer_;
    QHash<qint64, int> pendingWrites_;          // job -> takes being written
    QHash<qint64, Outcome> ended_;              // jobs the backend finished, waiting for their writes
    QHash<qint64, QString> writeErrors_;        // job -> the first take that could not be saved
    QList<QFutureWatcher<TakeWriteResult>*> watchers_;
};

}  // namespace songloom::ui
