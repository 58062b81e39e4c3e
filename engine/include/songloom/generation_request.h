// One generation request: the union of the parameters the published ACE-Step APIs take (shared/seeds
// 000-004), its JSON form (the seeds' field names and aliases), validation with the seeds' ranges, and
// resolution against a model variant (defaults from the catalog's VariantPreset, the seed drawn and
// recorded, the tasks the variant can do). Torch-free. Field list, aliases and decisions:
// docs/generation-request.md.
#pragma once

#include "songloom/generation_limits.h"
#include "songloom/model_catalog.h"
#include "songloom/prompts.h"
#include "songloom/status.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace songloom {

enum class GuidanceType { Apg, Cfg };
const char* guidanceTypeName(GuidanceType type);  // "apg", "cfg"

enum class AudioFormat { Mp3, Wav, Flac, Ogg };
const char* audioFormatName(AudioFormat format);  // "mp3", "wav", "flac", "ogg"

// How audio_cover_strength acts (reference-policy rule 3): Blend mixes the cover and text2music velocities
// on every step (diffusers, the default); Switch changes to the text2music conditions once, at step
// int(steps · strength) (the official code).
enum class CoverMode { Blend, Switch };
const char* coverModeName(CoverMode mode);  // "blend", "switch"

// Where a repaint edge is measured from (seed 003: each edge anchored to the track's start or end).
enum class RegionAnchor { Start, End };

// A repaint edge. Anchor Start: seconds from the source's start (a negative start prepends = extend
// before). Anchor End: seconds before the source's end (a negative value lies past the end = extend after).
struct RegionEdge {
    double seconds = 0.0;
    RegionAnchor anchor = RegionAnchor::Start;
};

// seed 004 audioSettings: lossy formats only.
struct AudioSettings {
    std::optional<int> bitrateKbps;
    std::optional<int> channels;      // 1 or 2
    std::optional<int> sampleRateHz;
};

// What the caller asked for. Unset optionals take the variant's defaults in resolveRequest.
struct GenerationRequest {
    std::string caption;                        // caption / prompt / tags / musicDescription / positivePrompt
    std::string negativePrompt;
    std::string lyrics;                         // "" or "[inst]" / "[instrumental]" = instrumental
    std::optional<bool> instrumental;           // explicit switch (official API)
    std::optional<double> vocalWeight;          // seed 000, [0, 1]: 0 = instrumental; see the docs
    std::optional<double> instrumentalWeight;   // seed 000, [0, 1]: no model equivalent; recorded
    std::optional<double> durationSeconds;      // default 60
    std::optional<int> bpm;                     // unset = the model decides ("N/A")
    std::string keyScale;                       // "" = the model decides
    std::string timeSignature;                  // "2" / "3" / "4" / "6" ("4/4" etc. accepted); "" = model
    std::optional<std::string> vocalLanguage;   // default "en" ("unknown" for an instrumental)
    std::optional<std::int64_t> seed;           // -1 or unset = random (drawn and recorded)
    std::optional<int> steps;
    std::optional<double> guidanceScale;
    std::optional<GuidanceType> guidanceType;   // default APG (diffusers, seed 004)
    std::optional<double> shift;
    std::optional<double> guidanceIntervalStart;  // fractions of the run, [0, 1]
    std::optional<double> guidanceIntervalEnd;
    std::optional<int> batchSize;               // 1..8, default 1
    TaskType task = TaskType::Text2Music;
    std::string sourceAudio;                    // path; repaint / cover / extract / lego / complete
    std::optional<RegionEdge> repaintStart;     // repaint only; default 0 from the start
    std::optional<RegionEdge> repaintEnd;       // repaint only; default the source's end
    std::optional<double> coverStrength;        // cover only, [0, 1], default 1
    std::optional<CoverMode> coverMode;         // cover only, default blend
    // Extensions beyond diffusers (reference-policy rule 3), off unless asked for:
    std::optional<bool> keepSourceAudio;        // repaint: outside the region the take is the source, bit for bit
    std::optional<double> crossfadeSeconds;     // with keepSourceAudio: [0, 1] s inside each edge, default 0.025
    std::optional<double> extendContextSeconds; // a region wholly before / after the song: how many seconds of
                                                // the song beside it the model hears, (0, 600]; default all
    std::string referenceAudio;                 // timbre reference, path
    std::string trackName;                      // extract / lego
    std::vector<std::string> completeTrackClasses;  // complete
    std::optional<AudioFormat> outputFormat;    // default mp3
    std::optional<AudioSettings> audioSettings; // mp3 / ogg only
    std::optional<bool> thinking;               // seed 002: run the 5 Hz LM planner; recorded
    std::string model;                          // the model the caller named (seed 000/002/004); recorded
    std::string coverImage;                     // seed 000 cover.imageUrl: album art; recorded
};

// Parses the JSON form. Accepts the seeds' names (camelCase and snake_case) and their nesting (seed 002's
// "param_obj", seed 004's "settings", "inputs", "audioSettings", seed 000's "cover"). Unknown fields,
// wrong types, a field given twice under two aliases: InvalidArgument naming the field(s). Ranges are
// checked by validateRequest / resolveRequest, not here.
Result<GenerationRequest> parseRequestJson(std::string_view text);
// Canonical snake_case JSON of the set fields; parseRequestJson(requestToJson(r)) gives r back.
std::string requestToJson(const GenerationRequest& request);

// Range checks that need no model: every error names the field, the value and the allowed range.
// `checkFiles`: source / reference audio must exist, be readable and start like WAV / FLAC / MP3 / OGG.
Status validateRequest(const GenerationRequest& request, bool checkFiles = true);

// A request with every value decided for one variant.
struct ResolvedRequest {
    GenerationRequest request;                  // as given (for history)
    std::string presetId;                       // the VariantPreset used ("xl-base")
    DitVariant variant = DitVariant::Unknown;
    std::string caption, negativePrompt;
    std::string lyrics;                         // what the lyric prompt carries ("[Instrumental]" if instrumental)
    bool instrumental = false;
    double durationSeconds = 60.0;
    std::optional<int> bpm;
    std::string keyScale, timeSignature;
    std::string vocalLanguage;
    std::uint64_t seed = 0;                     // the seed used (drawn when -1 / unset)
    bool seedWasRandom = false;
    std::vector<std::uint64_t> itemSeeds;       // seed, seed+1, ... one per batch item
    int steps = 8;
    double guidanceScale = 1.0;
    GuidanceType guidanceType = GuidanceType::Apg;
    bool guidanceEnabled = false;               // > 1 and not turbo
    double shift = 3.0;
    double guidanceIntervalStart = 0.0, guidanceIntervalEnd = 1.0;
    int batchSize = 1;
    TaskType task = TaskType::Text2Music;
    std::string sourceAudio, referenceAudio;
    RegionEdge repaintStart{0.0, RegionAnchor::Start};
    RegionEdge repaintEnd{0.0, RegionAnchor::End};  // default: the source's end
    double coverStrength = 1.0;
    CoverMode coverMode = CoverMode::Blend;
    bool keepSourceAudio = false;
    double crossfadeSeconds = 0.025;
    std::optional<double> extendContextSeconds;
    std::string trackName;
    std::vector<std::string> completeTrackClasses;
    AudioFormat outputFormat = AudioFormat::Mp3;
    AudioSettings audioSettings;                // filled for mp3 / ogg, empty for wav / flac
    std::vector<std::string> warnings;          // settings that will run but probably not as meant
};

// The absolute repaint region once the source's length is known (seconds; start < 0 prepends, end past
// sourceSeconds appends). Errors when the edges cross or leave the source entirely.
struct AbsoluteRegion {
    double start = 0.0, end = 0.0;
};
Result<AbsoluteRegion> repaintRegion(const ResolvedRequest& resolved, double sourceSeconds);

struct ResolveOptions {
    bool checkFiles = true;
    std::function<std::uint32_t()> randomSeed;  // unset: std::random_device
};

// Validates, then fills defaults from the variant's preset. Refuses tasks the variant cannot do (extract /
// lego / complete need a Base model; cover needs the audio tokenizer), a turbo run past 20 steps, and an
// unknown variant; warns about turbo settings on Base/SFT (seed 000: underbaked output) and ignored fields.
Result<ResolvedRequest> resolveRequest(const GenerationRequest& request, const VariantPreset& preset,
                                       const ResolveOptions& options = {});
// The same for a catalogued DiT (its preset, and hasAudioCodes / hasNullCondition).
Result<ResolvedRequest> resolveRequest(const GenerationRequest& request, const CatalogComponent& dit,
                                       const ResolveOptions& options = {});

// The text front-end's part of a resolved request (one caption / lyrics per batch item).
PromptRequest toPromptRequest(const ResolvedRequest& resolved);

}  // namespace songloom
