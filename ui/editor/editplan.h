// The studio's edits as plain logic (no widgets): the engine requests for repaint, extend and cover built
// from a take's own request, each checked with a sentence naming the field and its range; and the region
// composer that makes the accepted result of a repaint from the source and one chosen take per region.
#pragma once

#include "songloom/audio_io.h"
#include "songloom/generation_request.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace songloom::ui {

inline constexpr int kMaxTakesPerRegion = 8;          // the engine's batch limit
inline constexpr double kMaxExtendSeconds = 300.0;    // seed 003's extend_*_duration range
inline constexpr double kMaxSongSeconds = 600.0;      // the model's length limit
inline constexpr double kMinRegionSeconds = 0.25;     // shorter than this repaints nothing audible

struct BuiltRequest {
    GenerationRequest request;
    QString error;  // empty: the request is good
    explicit operator bool() const { return error.isEmpty(); }
};

// Repaint [start, end) of the take at `sourcePath` (its length `sourceSeconds`), keeping every other sample
// as it is. Empty caption / lyrics keep the take's own.
struct RepaintPlan {
    double start = 0.0;
    double end = 0.0;
    QString caption;
    QString lyrics;
    int takes = 2;
};
BuiltRequest repaintRequest(const GenerationRequest& base, const QString& sourcePath, double sourceSeconds,
                            const RepaintPlan& plan);

// Add `seconds` before or after the take. `contextSeconds` (optional): how much of the song beside the new
// part the model hears; nullopt: all of it.
struct ExtendPlan {
    double seconds = 10.0;
    bool before = false;
    std::optional<double> contextSeconds;
    QString caption;
    QString lyrics;
    int takes = 1;
};
BuiltRequest extendRequest(const GenerationRequest& base, const QString& sourcePath, double sourceSeconds,
                           const ExtendPlan& plan);

// A cover / remix of `sourcePath` (a take or an imported file); `strength` 0..1 (how closely it follows
// the source), optional timbre reference audio.
struct CoverPlan {
    double strength = 0.5;
    CoverMode mode = CoverMode::Blend;
    QString caption;
    QString lyrics;
    QString referencePath;
    int takes = 1;
};
BuiltRequest coverRequest(const GenerationRequest& base, const QString& sourcePath, const CoverPlan& plan);

// One region of a repaint, taken from one of its takes: the samples [start, end) seconds of `take` (the
// part its generation replaced) go into the result.
struct RegionSplice {
    std::shared_ptr<const audio::AudioBuffer> take;
    double start = 0.0;
    double end = 0.0;
};
struct Composed {
    std::shared_ptr<audio::AudioBuffer> audio;
    QString error;  // empty on success
};
// The source with each splice's span replaced by its take's samples. Refuses takes of another length,
// rate or channel count than the source, spans outside it, and spans that overlap.
Composed composeRegions(const audio::AudioBuffer& source, const QList<RegionSplice>& splices);

}  // namespace songloom::ui
