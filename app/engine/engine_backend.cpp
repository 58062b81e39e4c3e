#include "engine/engine_backend.h"

#include "engine/engine_worker.h"

#include <QMetaObject>

namespace songloom::app {

EngineBackend::EngineBackend(QObject* parent) : GenerationBackend(parent) {
    thread_.setObjectName(QStringLiteral("songloom-gpu"));
    worker_ = new EngineWorker;
    worker_->moveToThread(&thread_);
    // Worker -> GUI: queued, so every signal of a job reaches the queue in order on the GUI thread.
    connect(worker_, &EngineWorker::progress, this, &GenerationBackend::progress, Qt::QueuedConnection);
    connect(worker_, &EngineWorker::takeReady, this, &GenerationBackend::takeReady, Qt::QueuedConnection);
    connect(worker_, &EngineWorker::finished, this, &GenerationBackend::finished, Qt::QueuedConnection);
    thread_.start();
}

EngineBackend::~EngineBackend() {
    {
        std::lock_guard lock(cancelMutex_);
        if (cancelToken_)
            cancelToken_->cancelNow();
    }
    // The engine is destroyed on the thread that made it; this waits for a job to stop first.
    QMetaObject::invokeMethod(worker_, [w = worker_] { delete w; }, Qt::BlockingQueuedConnection);
    thread_.quit();
    thread_.wait();
}

QString EngineBackend::modelSetId(const Catalog& catalog, const ModelSet& set) {
    const CatalogComponent& dit = catalog.components.at(set.dit);
    return dit.files.empty() ? QString() : QString::fromStdString(dit.files.front().string());
}

void EngineBackend::setCatalog(const Catalog& catalog) {
    QMetaObject::invokeMethod(worker_, [w = worker_, catalog] { w->setCatalog(catalog); }, Qt::QueuedConnection);
    if (!ready_) {
        ready_ = true;
        Q_EMIT readyChanged(true);
    }
}

void EngineBackend::setOptions(const EngineOptions& options) {
    QMetaObject::invokeMethod(worker_, [w = worker_, options] { w->setOptions(options); }, Qt::QueuedConnection);
}

void EngineBackend::start(const ui::GenerationJob& job) {
    auto token = std::make_shared<CancelToken>();
    {
        std::lock_guard lock(cancelMutex_);
        cancelJob_ = job.id;
        cancelToken_ = token;
    }
    QMetaObject::invokeMethod(worker_, [w = worker_, job, token] { w->run(job, token); }, Qt::QueuedConnection);
}

void EngineBackend::cancel(qint64 jobId, ui::StopMode mode) {
    std::lock_guard lock(cancelMutex_);
    if (jobId != cancelJob_ || !cancelToken_)
        return;
    if (mode == ui::StopMode::Now)
        cancelToken_->cancelNow();
    else
        cancelToken_->finishCurrentItem();
}

}  // namespace songloom::app
