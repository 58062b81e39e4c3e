#include "generate/jobqueue.h"

#include "songloom/audio_io.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtConcurrent>

namespace songloom::ui {

// What a pool thread hands back to the GUI thread: everything needed for the history row.
struct TakeWriteResult {
    qint64 jobId = 0;
    TakeRecord take;
    QString error;  // empty: written
};

namespace {

QString lyricsExcerpt(const std::string& lyrics) {
    const QStringList lines = QString::fromStdString(lyrics).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return lines.mid(0, 4).join(QLatin1Char('\n')).left(300);
}

// Runs on the CPU thread pool: encode + tag + atomic write (writeAudio renames into place only when complete).
// `keepLevel`: an edit that keeps the source outside its region (see below).
TakeWriteResult writeTake(qint64 jobId, TakeDelivery delivery, QString path, QString requestJson, bool keepLevel) {
    TakeWriteResult out;
    out.jobId = jobId;
    TakeRecord& t = out.take;
    t.jobId = jobId;
    t.item = delivery.item;
    t.seed = delivery.seed;
    t.filePath = path;
    t.durationSeconds = delivery.audio ? delivery.audio->seconds() : 0.0;
    t.modelTitle = delivery.modelTitle;
    t.modelPreset = delivery.modelPreset;
    t.caption = QString::fromStdString(delivery.tags.caption);
    t.lyricsExcerpt = lyricsExcerpt(delivery.tags.lyrics);
    t.parametersJson = delivery.parametersJson;
    t.requestJson = requestJson;
    t.task = QJsonDocument::fromJson(delivery.parametersJson.toUtf8()).object().value(QLatin1String("task")).toString();
    if (!delivery.audio) {
        out.error = QCoreApplication::translate("JobQueue", "Take %1 arrived without audio.").arg(delivery.item + 1);
        return out;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    audio::WriteOptions options;
    options.format = audio::OutputFormat::Flac;
    options.tags = delivery.tags;
    // An edit that keeps the source outside its region (repaint / extend in the studio) is written without
    // the peak normalisation and anti-clip gains: one gain over the whole take would change the untouched
    // music too, and the studio splices accepted regions by sample (a sample past full scale is clipped by
    // the encoder, inside the new part only).
    if (keepLevel) {
        options.post.antiClip = false;
        options.post.peakNormalize = false;
    }
    const auto written = audio::writeAudio(path.toStdString(), *delivery.audio, options);
    if (!written)
        out.error = QCoreApplication::translate("JobQueue", "Take %1 could not be saved to %2: %3")
                        .arg(delivery.item + 1)
                        .arg(path, QString::fromStdString(written.status().message()));
    t.created = QDateTime::currentDateTimeUtc();
    return out;
}

}  // namespace

JobQueue::JobQueue(JobStore& jobs, TakeStore& takes, GenerationBackend& backend, QString takesDir, QObject* parent)
    : QObject(parent), jobs_(jobs), takes_(takes), backend_(backend), takesDir_(std::move(takesDir)) {
    progressTimer_.setSingleShot(true);
    progressTimer_.setInterval(kProgressIntervalMs);
    connect(&progressTimer_, &QTimer::timeout, this, &JobQueue::flushProgress);
    connect(&backend_, &GenerationBackend::progress, this, &JobQueue::onProgress);
    connect(&backend_, &GenerationBackend::takeReady, this, &JobQueue::onTakeReady);
    connect(&backend_, &GenerationBackend::finished, this, &JobQueue::onFinished);
    connect(&backend_, &GenerationBackend::readyChanged, this, [this](bool ready) {
        if (ready)
            dispatch();
    });
    // Jobs still queued from the last session resume once the event loop runs (the window is up by then).
    QTimer::singleShot(0, this, &JobQueue::dispatch);
}

JobQueue::~JobQueue() {
    for (QFutureWatcher<TakeWriteResult>* watcher : std::as_const(watchers_)) {
        watcher->disconnect(this);
        watcher->waitForFinished();
        record(watcher->result());
        delete watcher;
    }
}

void JobQueue::setModelSet(const QString& id, const QString& title) {
    modelSetId_ = id;
    modelSetTitle_ = title;
}

JobQueue::Enqueued JobQueue::enqueue(const GenerationRequest& request, const JobOrigin& origin) {
    if (modelSetId_.isEmpty())
        return {0, tr("Choose a model set on the Models page before generating.")};
    return enqueue(request, modelSetId_, modelSetTitle_, origin);
}

JobQueue::Enqueued JobQueue::enqueue(const GenerationRequest& request, const QString& modelSetId,
                                     const QString& modelTitle, const JobOrigin& origin) {
    if (const Status status = validateRequest(request, /*checkFiles=*/true); !status)
        return {0, QString::fromStdString(status.message())};
    JobRecord job;
    job.requestJson = QString::fromStdString(requestToJson(request));
    job.modelSetId = modelSetId;
    job.modelTitle = modelTitle;
    job.itemsTotal = request.batchSize.value_or(1);
    job.parentTakeId = origin.parentTakeId;
    job.operation = origin.operation;
    if (job.parentTakeId == 0 && !request.sourceAudio.empty()) {
        if (const auto source = takes_.takeByFile(QString::fromStdString(request.sourceAudio))) {
            job.parentTakeId = source->id;
            job.operation = QString::fromLatin1(taskTypeName(request.task));
        }
    }
    if (!jobs_.add(job))
        return {0, tr("The job could not be saved, so it was not started: %1").arg(jobs_.lastError())};
    Q_EMIT jobsChanged();
    dispatch();
    return {job.id, {}};
}

void JobQueue::dispatch() {
    if (running_ != 0 || !backend_.isReady())
        return;
    for (const JobRecord& job : jobs_.jobs()) {
        if (job.state != JobState::Queued)
            continue;
        auto request = parseRequestJson(job.requestJson.toStdString());
        if (!request) {
            jobs_.setState(job.id, JobState::Failed,
                           tr("The stored request could not be read: %1").arg(QString::fromStdString(request.status().message())));
            Q_EMIT jobsChanged();
            continue;
        }
        // Persist "running" first: if the app dies now, the next start marks this job interrupted.
        if (!jobs_.setState(job.id, JobState::Running)) {
            Q_EMIT problem(tr("The job could not be updated in the database: %1").arg(jobs_.lastError()));
            return;
        }
        running_ = job.id;
        JobProgress start;
        start.items = job.itemsTotal;
        progress_.insert(job.id, start);
        Q_EMIT jobsChanged();
        backend_.start(GenerationJob{job.id, std::move(*request), job.modelSetId});
        return;
    }
}

void JobQueue::onProgress(qint64 jobId, const JobProgress& progress) {
    progress_.insert(jobId, progress);
    progressDirty_.insert(jobId);
    if (!progressTimer_.isActive())
        progressTimer_.start();
}

void JobQueue::flushProgress() {
    const QSet<qint64> dirty = std::exchange(progressDirty_, {});
    for (qint64 id : dirty)
        Q_EMIT progressChanged(id);
}

std::optional<JobProgress> JobQueue::progress(qint64 jobId) const {
    const auto it = progress_.constFind(jobId);
    if (it == progress_.constEnd())
        return std::nullopt;
    return *it;
}

QString JobQueue::takePath(qint64 jobId, int item) const {
    const QDir dir(QDir(takesDir_).filePath(QString::number(jobId)));
    QString path = dir.filePath(QStringLiteral("take_%1.flac").arg(item));
    // Never overwrite: a fresh database (after a corrupt one was moved aside) reuses job ids.
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = dir.filePath(QStringLiteral("take_%1-%2.flac").arg(item).arg(n));
    return path;
}

void JobQueue::onTakeReady(qint64 jobId, const TakeDelivery& take) {
    const QString path = takePath(jobId, take.item);
    pendingWrites_[jobId] += 1;
    auto* watcher = new QFutureWatcher<TakeWriteResult>(this);
    watchers_.append(watcher);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] { onTakeWritten(watcher); });
    // The job's request with this take's seed: "use these settings again" gives this take's settings.
    QString requestJson;
    bool keepLevel = false;
    if (const auto job = jobs_.job(jobId)) {
        if (auto request = parseRequestJson(job->requestJson.toStdString())) {
            request->seed = static_cast<std::int64_t>(take.seed);
            requestJson = QString::fromStdString(requestToJson(*request));
            keepLevel = request->keepSourceAudio.value_or(false);
        }
    }
    watcher->setFuture(QtConcurrent::run(writeTake, jobId, take, path, requestJson, keepLevel));
}

void JobQueue::onTakeWritten(QFutureWatcher<TakeWriteResult>* watcher) {
    watchers_.removeOne(watcher);
    const TakeWriteResult result = watcher->result();
    watcher->deleteLater();
    record(result);
    finalizeIfComplete(result.jobId);
}

void JobQueue::record(const TakeWriteResult& result) {
    if (--pendingWrites_[result.jobId] <= 0)
        pendingWrites_.remove(result.jobId);
    if (!result.error.isEmpty()) {
        if (!writeErrors_.contains(result.jobId))
            writeErrors_.insert(result.jobId, result.error);
        Q_EMIT problem(result.error);
        return;
    }
    TakeRecord take = result.take;
    if (const auto job = jobs_.job(result.jobId)) {
        take.parentId = job->parentTakeId;
        take.operation = job->operation;
    }
    if (!takes_.add(take)) {
        // The file is on disk and tagged with its parameters; only the history row is missing.
        const QString message = tr("Take %1 was saved to %2 but could not be added to the history: %3")
                                    .arg(take.item + 1).arg(take.filePath, takes_.lastError());
        writeErrors_.insert(result.jobId, message);
        Q_EMIT problem(message);
        return;
    }
    const int done = static_cast<int>(takes_.takesOfJob(result.jobId).size());
    jobs_.setItemsDone(result.jobId, done);
    Q_EMIT takeRecorded(result.jobId, take.id);
    Q_EMIT jobsChanged();
}

void JobQueue::onFinished(qint64 jobId, JobOutcome outcome, const QString& message) {
    ended_.insert(jobId, Outcome{outcome, message});
    if (running_ == jobId)
        running_ = 0;
    finalizeIfComplete(jobId);
    dispatch();
}

void JobQueue::finalizeIfComplete(qint64 jobId) {
    if (pendingWrites_.contains(jobId) || !ended_.contains(jobId))
        return;
    const Outcome end = ended_.take(jobId);
    const QString writeError = writeErrors_.take(jobId);
    JobState state = JobState::Done;
    QString error = end.message;
    if (end.outcome == JobOutcome::Failed) {
        state = JobState::Failed;
    } else if (end.outcome == JobOutcome::Cancelled) {
        state = JobState::Cancelled;
    } else if (!writeError.isEmpty()) {
        state = JobState::Failed;
        error = writeError;
    }
    if (!jobs_.setState(jobId, state, error))
        Q_EMIT problem(tr("The job could not be updated in the database: %1").arg(jobs_.lastError()));
    progressDirty_.remove(jobId);
    Q_EMIT jobsChanged();
    if (isIdle())
        Q_EMIT idle();
}

bool JobQueue::stop(qint64 jobId, StopMode mode) {
    if (jobId == running_) {
        backend_.cancel(jobId, mode);
        return true;
    }
    const auto job = jobs_.job(jobId);
    if (!job || job->state != JobState::Queued)
        return false;
    jobs_.setState(jobId, JobState::Cancelled);
    Q_EMIT jobsChanged();
    return true;
}

JobQueue::Enqueued JobQueue::runAgain(qint64 jobId) {
    const auto job = jobs_.job(jobId);
    if (!job)
        return {0, tr("That job is not in the queue any more.")};
    auto request = parseRequestJson(job->requestJson.toStdString());
    if (!request)
        return {0, tr("The stored request could not be read: %1").arg(QString::fromStdString(request.status().message()))};
    return enqueue(*request, job->modelSetId, job->modelTitle, JobOrigin{job->parentTakeId, job->operation});
}

bool JobQueue::remove(qint64 jobId) {
    if (jobId == running_ || pendingWrites_.contains(jobId))
        return false;
    if (!jobs_.remove(jobId))
        return false;
    progress_.remove(jobId);
    Q_EMIT jobsChanged();
    return true;
}

}  // namespace songloom::ui
