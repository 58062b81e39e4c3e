#include "engine/engine_worker.h"

#include "editor/lineage.h"

#include "songloom/take_tags.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <chrono>

namespace songloom::app {

namespace {

ui::GenerationStage stageOf(ProgressStage stage) {
    switch (stage) {
    case ProgressStage::Load: return ui::GenerationStage::Load;
    case ProgressStage::EncodeText: return ui::GenerationStage::EncodeText;
    case ProgressStage::EncodeAudio: return ui::GenerationStage::EncodeAudio;
    case ProgressStage::Denoise: return ui::GenerationStage::Denoise;
    case ProgressStage::Decode: return ui::GenerationStage::Decode;
    case ProgressStage::Write: return ui::GenerationStage::Write;
    case ProgressStage::Done: return ui::GenerationStage::Done;
    }
    return ui::GenerationStage::Load;
}

QString text(const Status& status) {
    return QString::fromStdString(status.message());
}

}  // namespace

EngineWorker::~EngineWorker() = default;

void EngineWorker::setCatalog(const Catalog& catalog) {
    catalog_ = catalog;
    // Sets are found again by id at the next job; the loaded engine stays if its set is still there.
    engineSet_ = engine_ ? engineSet_ : QString();
}

void EngineWorker::setOptions(const EngineOptions& options) {
    options_ = options;
    optionsChanged_ = true;
}

Status EngineWorker::ensureEngine(const QString& modelSetId) {
    if (engine_ && engineSet_ == modelSetId && !optionsChanged_)
        return Status::ok();
    const ModelSet* set = nullptr;
    for (const ModelSet& candidate : catalog_.models) {
        const CatalogComponent& dit = catalog_.components.at(candidate.dit);
        if (!dit.files.empty() && QString::fromStdString(dit.files.front().string()) == modelSetId)
            set = &candidate;
    }
    if (!set)
        return Status::error(ErrorCode::NotFound,
                      QCoreApplication::translate("EngineBackend",
                                                  "The model set %1 is not in the models folder any more; "
                                                  "choose another one on the Models page.")
                          .arg(modelSetId).toStdString());
    engine_.reset();  // free the old set before loading the new one
    auto opened = Engine::open(catalog_, *set, options_);
    if (!opened)
        return opened.status();
    engine_ = std::move(*opened);
    engineSet_ = modelSetId;
    optionsChanged_ = false;
    return Status::ok();
}

void EngineWorker::run(const ui::GenerationJob& job, std::shared_ptr<CancelToken> cancel) {
    const qint64 id = job.id;
    ui::JobProgress loading;
    loading.items = job.request.batchSize.value_or(1);
    Q_EMIT progress(id, loading);
    if (cancel->mode() == CancelMode::Now) {
        Q_EMIT finished(id, ui::JobOutcome::Cancelled, {});
        return;
    }
    if (const Status st = ensureEngine(job.modelSetId); !st) {
        Q_EMIT finished(id, ui::JobOutcome::Failed, text(st));
        return;
    }
    const CatalogComponent& dit = engine_->dit();
    // Resolve here once and pin the seed, so the tags' parameters are exactly what the engine runs.
    auto resolved = resolveRequest(job.request, dit);
    if (!resolved) {
        Q_EMIT finished(id, ui::JobOutcome::Failed, text(resolved.status()));
        return;
    }
    GenerationRequest request = job.request;
    request.seed = static_cast<std::int64_t>(resolved->seed);
    const auto hash = modelFileHash(dit);
    const std::string sha256 = hash ? *hash : std::string();
    const QString title = QString::fromStdString(dit.title);
    const QString preset = QString::fromStdString(resolved->presetId);

    QElapsedTimer sinceLast;
    sinceLast.start();
    ProgressStage lastStage = ProgressStage::Load;
    GenerateCallbacks callbacks;
    callbacks.cancel = cancel.get();
    callbacks.onProgress = [&](const ProgressEvent& e) {
        // ~20 Hz at the source; a new stage always gets through so the label never lags behind.
        if (e.stage == lastStage && sinceLast.elapsed() < 50)
            return;
        lastStage = e.stage;
        sinceLast.restart();
        ui::JobProgress p;
        p.stage = stageOf(e.stage);
        p.step = e.step;
        p.total = e.total;
        p.item = e.item;
        p.items = e.items;
        p.fraction = e.fraction;
        p.elapsedSeconds = e.elapsedSeconds;
        p.etaSeconds = e.etaSeconds;
        Q_EMIT progress(id, p);
    };
    callbacks.onItemReady = [&](const GeneratedTake& take) {
        const auto now = std::chrono::system_clock::now();
        ui::TakeDelivery d;
        d.item = static_cast<int>(take.item);
        d.seed = take.seed;
        d.audio = take.audio;
        // The part that was generated rides along (the studio shows an extension, splices a repaint).
        d.parametersJson = ui::withGeneratedRegion(
            QString::fromStdString(generationParametersJson(*resolved, take.item, dit, sha256, now)),
            ui::GeneratedRegion{take.generated.start, take.generated.end, take.prependedSeconds, take.appendedSeconds});
        d.tags = tagsForTake(*resolved, take.item, dit, sha256, {}, now);
        d.tags.parametersJson = d.parametersJson.toStdString();  // the file says what the history says
        d.modelTitle = title;
        d.modelPreset = preset;
        Q_EMIT takeReady(id, d);
    };
    auto result = engine_->generate(request, callbacks);
    if (!result) {
        const bool cancelled = result.status().code() == ErrorCode::Cancelled;
        Q_EMIT finished(id, cancelled ? ui::JobOutcome::Cancelled : ui::JobOutcome::Failed,
                        cancelled ? QString() : text(result.status()));
        return;
    }
    Q_EMIT finished(id, result->stoppedEarly ? ui::JobOutcome::Cancelled : ui::JobOutcome::Done, {});
}

}  // namespace songloom::app
