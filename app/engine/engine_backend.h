// The real GenerationBackend: one GPU thread that owns songloom::Engine for its whole life (created there
// from the chosen model set, used there, destroyed there; architecture guide, "Threading"). The GUI side
// forwards start() as a queued call and cancel() as an atomic on the job's CancelToken; the worker turns
// the engine's callbacks into queued signals, progress throttled to ~20 Hz at the source.
#pragma once

#include "generate/generationbackend.h"
#include "songloom/engine.h"
#include "songloom/model_catalog.h"

#include <QThread>

#include <memory>
#include <mutex>

namespace songloom::app {

class EngineWorker;

class EngineBackend : public ui::GenerationBackend {
    Q_OBJECT

public:
    explicit EngineBackend(QObject* parent = nullptr);
    // Stops the running job (now), then destroys the engine on its thread and joins the thread.
    ~EngineBackend() override;

    // The scanned models and how to run them; ready once a catalog is set. Jobs name their model set by
    // its DiT's first file (modelSetId()). A different set or options reload the engine for the next job.
    void setCatalog(const Catalog& catalog);
    void setOptions(const EngineOptions& options);
    static QString modelSetId(const Catalog& catalog, const ModelSet& set);

    bool isReady() const override { return ready_; }
    void start(const ui::GenerationJob& job) override;
    void cancel(qint64 jobId, ui::StopMode mode) override;

private:
    QThread thread_;
    EngineWorker* worker_ = nullptr;  // lives on thread_
    bool ready_ = false;
    std::mutex cancelMutex_;
    qint64 cancelJob_ = 0;
    std::shared_ptr<CancelToken> cancelToken_;
};

}  // namespace songloom::app
