// What the GUI needs from whatever generates audio (the real engine on its GPU thread in app/, a scripted
// one in tests): start a job, stop it, and hear back progress, each finished take and the end. All signals
// arrive on the GUI thread (queued across threads by the implementation). Torch-free by design: the ui
// library never sees the engine's own types.
#pragma once

#include "songloom/audio_io.h"
#include "songloom/generation_request.h"

#include <QMetaType>
#include <QObject>
#include <QString>

#include <memory>

namespace songloom::ui {

// Mirrors the engine's progress stages (engine.h ProgressStage); app/ maps one onto the other.
enum class GenerationStage { Load, EncodeText, EncodeAudio, Denoise, Decode, Write, Done };

struct JobProgress {
    GenerationStage stage = GenerationStage::Load;
    int step = 0, total = 0;     // denoise steps or decode tiles; 0 / 0 for other stages
    int item = 0, items = 1;     // the take being made (0-based) and the batch size
    double fraction = 0.0;       // of the whole job, [0, 1]
    double elapsedSeconds = 0.0;
    double etaSeconds = -1.0;    // < 0: unknown yet
};

struct GenerationJob {
    qint64 id = 0;
    GenerationRequest request;
    QString modelSetId;          // the DiT file path of the model set to use
};

// One finished variation, as the backend hands it over: the audio (shared, never copied), its seed, the
// full generation parameters JSON and the tags the file should carry.
struct TakeDelivery {
    int item = 0;
    quint64 seed = 0;
    std::shared_ptr<const audio::AudioBuffer> audio;
    QString parametersJson;      // songloom::generationParametersJson
    audio::AudioTags tags;       // songloom::tagsForTake
    QString modelTitle;
    QString modelPreset;
};

enum class JobOutcome { Done, Failed, Cancelled };
enum class StopMode { Now, AfterCurrentTake };

class GenerationBackend : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

    // Ready to start a job (a model set is known). JobQueue dispatches only then.
    virtual bool isReady() const = 0;
    // Starts one job; only one runs at a time (JobQueue guarantees it).
    virtual void start(const GenerationJob& job) = 0;
    // Thread-safe and immediate: the running job stops within one step (Now) or after the take being made.
    virtual void cancel(qint64 jobId, StopMode mode) = 0;

Q_SIGNALS:
    void readyChanged(bool ready);
    void progress(qint64 jobId, const songloom::ui::JobProgress& progress);
    void takeReady(qint64 jobId, const songloom::ui::TakeDelivery& take);
    // Always the last signal of a job. `message`: for Failed, why, in words for the user.
    void finished(qint64 jobId, songloom::ui::JobOutcome outcome, const QString& message);
};

}  // namespace songloom::ui

Q_DECLARE_METATYPE(songloom::ui::JobProgress)
Q_DECLARE_METATYPE(songloom::ui::TakeDelivery)
Q_DECLARE_METATYPE(songloom::ui::JobOutcome)
