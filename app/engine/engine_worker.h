// The GPU thread's object: holds the Engine and runs one job at a time (see engine_backend.h).
#pragma once

#include "generate/generationbackend.h"
#include "songloom/engine.h"
#include "songloom/model_catalog.h"

#include <QObject>

#include <memory>

namespace songloom::app {

class EngineWorker : public QObject {
    Q_OBJECT

public:
    ~EngineWorker() override;

    // Called on the worker's thread (queued).
    void setCatalog(const Catalog& catalog);
    void setOptions(const EngineOptions& options);
    void run(const ui::GenerationJob& job, std::shared_ptr<CancelToken> cancel);

Q_SIGNALS:
    void progress(qint64 jobId, const songloom::ui::JobProgress& progress);
    void takeReady(qint64 jobId, const songloom::ui::TakeDelivery& take);
    void finished(qint64 jobId, songloom::ui::JobOutcome outcome, const QString& message);

private:
    Status ensureEngine(const QString& modelSetId);

    Catalog catalog_;
    EngineOptions options_;
    std::unique_ptr<Engine> engine_;
    QString engineSet_;
    bool optionsChanged_ = false;
};

}  // namespace songloom::app
