// A request made concrete for one model variant: defaults from the catalog's VariantPreset (seed 000's
// variant table), the seed drawn and recorded, the tasks the variant can do, and warnings for settings that
// will run but probably not as meant.
#include "request/audio_output.h"
#include "request/request_fields.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <random>

namespace songloom {

using request::invalid;
using request::num;

namespace {

constexpr double kDefaultDuration = 60.0;  // seeds 000, 003, 004
const char* const kInstrumentalLyrics = "[Instrumental]";

std::string lowerTrimmed(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

bool instrumentalLyrics(std::string_view lyrics) {
    const std::string l = lowerTrimmed(lyrics);
    return l.empty() || l == "[inst]" || l == "[instrumental]";
}

bool baseOnlyTask(TaskType t) { return t == TaskType::Extract || t == TaskType::Lego || t == TaskType::Complete; }

}  // namespace

Result<ResolvedRequest> resolveRequest(const GenerationRequest& r, const VariantPreset& preset,
                                       const ResolveOptions& options) {
    if (Status s = validateRequest(r, options.checkFiles); !s) return s;
    const bool turbo = preset.variant == DitVariant::Turbo;

    if (baseOnlyTask(r.task) && preset.variant != DitVariant::Base) {
        return Status::error(ErrorCode::Unsupported,
                             fmt::format("task_type {} needs a Base model; {} ({}) cannot do it: only the Base "
                                         "checkpoints are trained for extract, lego and complete. Allowed on {}: "
                                         "text2music, repaint, cover",
                                         taskTypeName(r.task), preset.label, variantName(preset.variant), preset.label));
    }
    if (turbo && r.steps && *r.steps > limits::kMaxTurboSteps) {
        return invalid(fmt::format("inference_steps {} is out of range for a turbo model ({}): allowed {}-{} (turbo is "
                                   "distilled for {} steps)",
                                   *r.steps, preset.label, limits::kMinSteps, limits::kMaxTurboSteps, preset.steps));
    }

    ResolvedRequest out;
    out.request = r;
    out.presetId = preset.id;
    out.variant = preset.variant;
    out.task = r.task;
    out.caption = r.caption;
    out.negativePrompt = r.negativePrompt;

    // Instrumental: the switch, seed 000's vocalWeight 0, or empty / [inst] lyrics (seeds 002, 003).
    const bool lyricsSayInstrumental = instrumentalLyrics(r.lyrics);
    out.instrumental = r.instrumental.value_or(false) || (r.vocalWeight && *r.vocalWeight == 0.0) || lyricsSayInstrumental;
    if (r.instrumental == false && lyricsSayInstrumental) {
        out.warnings.push_back("instrumental is false but the lyrics are empty or [inst]: the song will be instrumental");
    }
    if (out.instrumental && !lyricsSayInstrumental) {
        out.warnings.push_back(r.instrumental.value_or(false)
                                   ? "instrumental is true: the lyrics are not sung"
                                   : "vocal_weight 0 asks for an instrumental: the lyrics are not sung");
    }
    out.lyrics = out.instrumental ? kInstrumentalLyrics : r.lyrics;
    out.vocalLanguage = r.vocalLanguage.value_or(out.instrumental ? "unknown" : "en");

    out.durationSeconds = r.durationSeconds.value_or(kDefaultDuration);
    if (r.task != TaskType::Text2Music && r.durationSeconds) {
        out.warnings.push_back(fmt::format("duration {} s is not used by the {} task: the length follows the source "
                                           "audio and the repaint region",
                                           num(*r.durationSeconds), taskTypeName(r.task)));
    }
    out.bpm = r.bpm;
    out.keyScale = r.keyScale;
    out.timeSignature = r.timeSignature;

    // Seed: -1 / unset draws one (unsigned 32-bit, as seed 004) and records it; item i uses seed + i.
    if (!r.seed || *r.seed == -1) {
        out.seedWasRandom = true;
        if (options.randomSeed) {
            out.seed = options.randomSeed();
        } else {
            std::random_device device;
            out.seed = device();
        }
    } else {
        out.seed = static_cast<std::uint64_t>(*r.seed);
    }
    out.batchSize = r.batchSize.value_or(1);
    for (int i = 0; i < out.batchSize; ++i) out.itemSeeds.push_back(out.seed + static_cast<std::uint64_t>(i));

    out.steps = r.steps.value_or(preset.steps);
    out.guidanceScale = r.guidanceScale.value_or(preset.guidanceScale);
    out.guidanceType = r.guidanceType.value_or(GuidanceType::Apg);
    out.shift = r.shift.value_or(preset.shift);
    out.guidanceIntervalStart = r.guidanceIntervalStart.value_or(limits::kMinGuidanceInterval);
    out.guidanceIntervalEnd = r.guidanceIntervalEnd.value_or(limits::kMaxGuidanceInterval);
    out.guidanceEnabled = out.guidanceScale > 1.0 && !turbo;
    if (turbo && out.guidanceScale > 1.0) {
        out.warnings.push_back(fmt::format("guidance_scale {} is ignored: {} is distilled without guidance (it runs "
                                           "as 1.0)",
                                           num(out.guidanceScale), preset.label));
    }
    if (!turbo && (out.steps <= limits::kMaxTurboSteps || out.guidanceScale <= 1.0)) {
        out.warnings.push_back(fmt::format("{} with {} steps and guidance {} is a turbo setting: a {} model expects about "
                                           "{} steps with guidance about {}, and turbo settings give underbaked output",
                                           preset.label, out.steps, num(out.guidanceScale), variantName(preset.variant),
                                           preset.steps, num(preset.guidanceScale)));
    }
    if (!r.negativePrompt.empty()) {
        out.warnings.push_back(out.guidanceEnabled
                                   ? "negative_prompt is recorded but not used: ACE-Step 1.5 guides against the "
                                     "model's learned empty condition, not a negative text (diffusers has none)"
                                   : "negative_prompt is recorded but not used: guidance is off");
    }

    out.sourceAudio = r.sourceAudio;
    out.referenceAudio = r.referenceAudio;
    if (r.repaintStart) out.repaintStart = *r.repaintStart;
    if (r.repaintEnd) out.repaintEnd = *r.repaintEnd;
    out.coverStrength = r.coverStrength.value_or(limits::kMaxCoverStrength);
    out.coverMode = r.coverMode.value_or(CoverMode::Blend);
    out.keepSourceAudio = r.keepSourceAudio.value_or(false);
    out.crossfadeSeconds = r.crossfadeSeconds.value_or(limits::kDefaultCrossfadeSeconds);
    out.extendContextSeconds = r.extendContextSeconds;
    out.trackName = r.trackName;
    out.completeTrackClasses = r.completeTrackClasses;
    out.outputFormat = r.outputFormat.value_or(AudioFormat::Mp3);
    out.audioSettings = request::defaultAudioSettings(out.outputFormat, r.audioSettings);
    return out;
}

Result<ResolvedRequest> resolveRequest(const GenerationRequest& r, const CatalogComponent& dit,
                                       const ResolveOptions& options) {
    if (dit.kind != ComponentKind::DiT)
        return invalid(fmt::format("model: {} is a {}, not a DiT", dit.title, componentKindName(dit.kind)));
    if (!dit.usable()) {
        return Status::error(ErrorCode::Corrupt, fmt::format("model: {} cannot be loaded: {}", dit.title,
                                                             dit.problems.empty() ? "" : dit.problems.front()));
    }
    if (dit.preset == nullptr) {
        return invalid(fmt::format("model: the variant of {} is {}: choose turbo, base or sft for it first", dit.title,
                                   variantName(dit.variant)));
    }
    Result<ResolvedRequest> out = resolveRequest(r, *dit.preset, options);
    if (!out) return out;
    if (out->task == TaskType::Cover && !dit.hasAudioCodes) {
        return Status::error(ErrorCode::Unsupported,
                             fmt::format("task_type cover needs the DiT's audio tokenizer, which {} lacks; allowed on "
                                         "it: text2music, repaint",
                                         dit.title));
    }
    if (out->guidanceEnabled && !dit.hasNullCondition) {
        return Status::error(ErrorCode::Unsupported,
                             fmt::format("guidance_scale {} needs the DiT's null condition, which {} lacks: allowed "
                                         "1 (guidance off)",
                                         num(out->guidanceScale), dit.title));
    }
    return out;
}

Result<AbsoluteRegion> repaintRegion(const ResolvedRequest& r, double sourceSeconds) {
    auto absolute = [&](const RegionEdge& e) { return e.anchor == RegionAnchor::Start ? e.seconds : sourceSeconds - e.seconds; };
    AbsoluteRegion region{absolute(r.repaintStart), absolute(r.repaintEnd)};
    if (!(region.start < region.end)) {
        return invalid(fmt::format("repaint region {}-{} s on a {} s source is empty or reversed: allowed "
                                   "repainting_start < repainting_end",
                                   num(region.start), num(region.end), num(sourceSeconds)));
    }
    if (region.start > sourceSeconds || region.end < 0.0) {
        return invalid(fmt::format("repaint region {}-{} s does not touch the {} s source: allowed a region that "
                                   "overlaps or adjoins it",
                                   num(region.start), num(region.end), num(sourceSeconds)));
    }
    const double total = std::max(region.end, sourceSeconds) - std::min(region.start, 0.0);
    if (total > kMaxDurationSeconds) {
        return invalid(fmt::format("repaint region {}-{} s makes a {} s song: allowed at most {} seconds",
                                   num(region.start), num(region.end), num(total), num(kMaxDurationSeconds)));
    }
    return region;
}

PromptRequest toPromptRequest(const ResolvedRequest& r) {
    PromptRequest p;
    p.task = r.task;
    p.trackName = r.trackName;
    p.completeTrackClasses = r.completeTrackClasses;
    p.metas.bpm = r.bpm;
    p.metas.keyScale = r.keyScale;
    p.metas.timeSignature = r.timeSignature;
    p.metas.durationSeconds = r.durationSeconds;
    p.captions.assign(static_cast<std::size_t>(r.batchSize), r.caption);
    p.lyrics.assign(static_cast<std::size_t>(r.batchSize), r.lyrics);
    p.languages = {r.vocalLanguage};
    return p;
}

}  // namespace songloom
