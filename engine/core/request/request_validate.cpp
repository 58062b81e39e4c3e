// Model-free checks of a generation request, with the seeds' ranges. Where the seeds disagree the widest
// published range is taken (docs/generation-request.md lists each source). Text metas, languages, track
// names and duration are checked by validatePromptRequest (prompts.h) so the rules live in one place.
#include "request/audio_output.h"
#include "request/request_fields.h"

#include "tokenizer/utf8.h"

#include <fmt/format.h>

#include <cctype>
#include <cmath>
#include <filesystem>
#include <fstream>

namespace songloom {

using request::invalid;
using request::num;

namespace {

constexpr std::size_t kMinPromptChars = 2;     // seed 004 positivePrompt / negativePrompt: 2-3000
constexpr std::size_t kMaxPromptChars = 3000;
constexpr std::size_t kMaxLyricsChars = 3000;  // seed 004 lyrics: at most 3000
constexpr std::int64_t kMaxSeed = 4294967295;  // seed 004 draws random seeds in the unsigned 32-bit range
constexpr double kMaxRegionSeconds = 300.0;    // seed 004 repaintingStart -300..300, repaintingEnd 0..300

std::size_t codePoints(std::string_view s) {
    std::size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
}

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    return s;
}

std::string excerpt(std::string_view s) {
    if (codePoints(s) <= 40 && bpe::isValidUtf8(s)) return fmt::format("\"{}\"", s);
    return fmt::format("({} characters)", codePoints(s));
}

Status checkText(const char* field, std::string_view text, std::size_t minChars, std::size_t maxChars,
                 const char* emptyNote) {
    if (!bpe::isValidUtf8(text)) return invalid(fmt::format("{} is not valid UTF-8 text", field));
    const std::size_t n = codePoints(trimmed(text));
    if (n < minChars || codePoints(text) > maxChars) {
        return invalid(fmt::format("{} {} has {} characters: allowed {}-{} characters{}", field, excerpt(text),
                                   codePoints(text), minChars, maxChars, emptyNote));
    }
    return Status::ok();
}

Status checkRange(const char* field, std::optional<double> v, double lo, double hi, const char* unit = "") {
    if (v && (!std::isfinite(*v) || *v < lo || *v > hi))
        return invalid(fmt::format("{} {}{} is out of range: allowed {}-{}{}", field, num(*v), unit, num(lo), num(hi), unit));
    return Status::ok();
}

Status checkIntRange(const char* field, std::optional<int> v, int lo, int hi) {
    if (v && (*v < lo || *v > hi)) return invalid(fmt::format("{} {} is out of range: allowed {}-{}", field, *v, lo, hi));
    return Status::ok();
}

bool needsSource(TaskType task) { return task != TaskType::Text2Music; }

Status checkRegion(const GenerationRequest& r) {
    if (!r.repaintStart && !r.repaintEnd) return Status::ok();
    if (r.task != TaskType::Repaint) {
        return invalid(fmt::format("repainting_start / repainting_end apply to the repaint task only, not {}; "
                                   "set task_type to repaint",
                                   taskTypeName(r.task)));
    }
    if (r.repaintStart) {
        const RegionEdge& e = *r.repaintStart;
        const bool fromStart = e.anchor == RegionAnchor::Start;
        const double lo = fromStart ? -kMaxRegionSeconds : 0.0;
        if (!std::isfinite(e.seconds) || e.seconds < lo || e.seconds > kMaxRegionSeconds) {
            return invalid(fmt::format("repainting_start {} s (anchored to the {}) is out of range: allowed {} to {} "
                                       "seconds{}",
                                       num(e.seconds), request::anchorName(e.anchor), num(lo), num(kMaxRegionSeconds),
                                       fromStart ? " (negative prepends new audio before the song)"
                                                 : " before the end"));
        }
    }
    if (r.repaintEnd) {
        const RegionEdge& e = *r.repaintEnd;
        const bool fromStart = e.anchor == RegionAnchor::Start;
        const double lo = fromStart ? 0.0 : -kMaxRegionSeconds;
        if (!std::isfinite(e.seconds) || e.seconds < lo || e.seconds > kMaxRegionSeconds) {
            return invalid(fmt::format("repainting_end {} s (anchored to the {}) is out of range: allowed {} to {} "
                                       "seconds{}",
                                       num(e.seconds), request::anchorName(e.anchor), num(lo), num(kMaxRegionSeconds),
                                       fromStart ? " (past the song's end appends new audio)"
                                                 : " before the end (negative appends after the song)"));
        }
    }
    if (r.repaintStart && r.repaintEnd && r.repaintStart->anchor == r.repaintEnd->anchor) {
        const bool fromStart = r.repaintStart->anchor == RegionAnchor::Start;
        const double s = r.repaintStart->seconds, e = r.repaintEnd->seconds;
        if (fromStart ? !(s < e) : !(s > e)) {
            return invalid(fmt::format("repainting_start {} s must lie before repainting_end {} s (both anchored to the "
                                       "{}): allowed start < end",
                                       num(s), num(e), request::anchorName(r.repaintStart->anchor)));
        }
    }
    return Status::ok();
}

}  // namespace

namespace request {

Status checkAudioFile(const char* field, const std::string& path) {
    const char* allowed = "allowed: an existing, readable WAV, FLAC, MP3 or OGG file";
    if (path.empty()) return invalid(fmt::format("{} is empty: {}", field, allowed));
    std::error_code ec;
    const std::filesystem::file_status st = std::filesystem::status(path, ec);
    if (ec || !std::filesystem::exists(st))
        return Status::error(ErrorCode::NotFound, fmt::format("{} \"{}\" does not exist: {}", field, path, allowed));
    if (!std::filesystem::is_regular_file(st))
        return invalid(fmt::format("{} \"{}\" is not a file: {}", field, path, allowed));
    std::ifstream in(path, std::ios::binary);
    if (!in) return Status::error(ErrorCode::Io, fmt::format("{} \"{}\" cannot be read: {}", field, path, allowed));
    unsigned char b[12] = {};
    in.read(reinterpret_cast<char*>(b), sizeof b);
    const std::streamsize got = in.gcount();
    auto is = [&](std::size_t at, const char* tag) {
        const std::size_t n = std::char_traits<char>::length(tag);
        return static_cast<std::size_t>(got) >= at + n && std::equal(tag, tag + n, reinterpret_cast<const char*>(b) + at);
    };
    const bool wav = (is(0, "RIFF") || is(0, "RF64")) && is(8, "WAVE");
    const bool mp3 = is(0, "ID3") || (got >= 2 && b[0] == 0xFF && (b[1] & 0xE0) == 0xE0);
    if (wav || mp3 || is(0, "fLaC") || is(0, "OggS")) return Status::ok();
    return invalid(fmt::format("{} \"{}\" is not an audio file Songloom reads ({}): {}", field, path,
                               got == 0 ? "it is empty" : "unknown header", allowed));
}

}  // namespace request

Status validateRequest(const GenerationRequest& r, bool checkFiles) {
    const bool extract = r.task == TaskType::Extract;
    if (Status s = checkText("caption", r.caption, extract ? 0 : kMinPromptChars, kMaxPromptChars,
                             extract ? "" : " (a style description is required)");
        !s)
        return s;
    if (!r.negativePrompt.empty()) {
        if (Status s = checkText("negative_prompt", r.negativePrompt, kMinPromptChars, kMaxPromptChars, ", or empty"); !s)
            return s;
    }
    if (Status s = checkText("lyrics", r.lyrics, 0, kMaxLyricsChars, ""); !s) return s;
    if (Status s = checkRange("vocal_weight", r.vocalWeight, 0.0, 1.0); !s) return s;
    if (Status s = checkRange("instrumental_weight", r.instrumentalWeight, 0.0, 1.0); !s) return s;
    if (r.seed && (*r.seed < -1 || *r.seed > kMaxSeed))
        return invalid(fmt::format("seed {} is out of range: allowed -1 (random) or 0-{}", *r.seed, kMaxSeed));
    if (Status s = checkIntRange("inference_steps", r.steps, limits::kMinSteps, limits::kMaxSteps); !s) return s;
    if (Status s = checkRange("guidance_scale", r.guidanceScale, limits::kMinGuidanceScale, limits::kMaxGuidanceScale); !s)
        return s;
    if (r.shift && (!std::isfinite(*r.shift) || *r.shift <= 0.0 || *r.shift > limits::kMaxShift))
        return invalid(fmt::format("shift {} is out of range: allowed 0 < shift <= {}", num(*r.shift), num(limits::kMaxShift)));
    if (Status s = checkRange("guidance_interval_start", r.guidanceIntervalStart, limits::kMinGuidanceInterval,
                              limits::kMaxGuidanceInterval);
        !s)
        return s;
    if (Status s = checkRange("guidance_interval_end", r.guidanceIntervalEnd, limits::kMinGuidanceInterval,
                              limits::kMaxGuidanceInterval);
        !s)
        return s;
    const double intervalStart = r.guidanceIntervalStart.value_or(limits::kMinGuidanceInterval);
    const double intervalEnd = r.guidanceIntervalEnd.value_or(limits::kMaxGuidanceInterval);
    if (intervalStart > intervalEnd) {
        return invalid(fmt::format("guidance_interval_start {} is after guidance_interval_end {}: allowed start <= end",
                                   num(intervalStart), num(intervalEnd)));
    }
    if (Status s = checkIntRange("batch_size", r.batchSize, limits::kMinBatchSize, limits::kMaxBatchSize); !s) return s;

    // Text metas, language, duration, track names: the prompt builder's rules.
    PromptRequest prompt;
    prompt.task = r.task;
    prompt.trackName = r.trackName;
    prompt.completeTrackClasses = r.completeTrackClasses;
    prompt.metas.bpm = r.bpm;
    prompt.metas.keyScale = r.keyScale;
    prompt.metas.timeSignature = r.timeSignature;
    prompt.metas.durationSeconds = r.durationSeconds.value_or(60.0);
    prompt.captions = {r.caption};
    prompt.lyrics = {r.lyrics};
    prompt.languages = {r.vocalLanguage.value_or("en")};
    if (Status s = validatePromptRequest(prompt); !s) return s;

    // Task-dependent fields.
    if (needsSource(r.task) && r.sourceAudio.empty()) {
        return invalid(fmt::format("src_audio_path is missing: the {} task needs source audio (allowed: an existing, "
                                   "readable WAV, FLAC, MP3 or OGG file)",
                                   taskTypeName(r.task)));
    }
    if (!needsSource(r.task) && !r.sourceAudio.empty()) {
        return invalid(fmt::format("src_audio_path \"{}\" applies to repaint, cover, extract, lego and complete, not "
                                   "text2music",
                                   r.sourceAudio));
    }
    if (r.coverStrength) {
        if (r.task != TaskType::Cover)
            return invalid(fmt::format("audio_cover_strength applies to the cover task only, not {}", taskTypeName(r.task)));
        if (Status s = checkRange("audio_cover_strength", r.coverStrength, limits::kMinCoverStrength,
                                  limits::kMaxCoverStrength);
            !s)
            return s;
    }
    if (r.coverMode && r.task != TaskType::Cover)
        return invalid(fmt::format("cover_mode {} applies to the cover task only, not {}", coverModeName(*r.coverMode),
                                   taskTypeName(r.task)));
    if (r.keepSourceAudio && *r.keepSourceAudio && r.task != TaskType::Repaint)
        return invalid(fmt::format("keep_source_audio applies to the repaint task only, not {}", taskTypeName(r.task)));
    if (r.crossfadeSeconds) {
        if (r.task != TaskType::Repaint)
            return invalid(fmt::format("crossfade applies to the repaint task only, not {}", taskTypeName(r.task)));
        if (Status s = checkRange("crossfade", r.crossfadeSeconds, 0.0, limits::kMaxCrossfadeSeconds); !s) return s;
    }
    if (r.extendContextSeconds) {
        if (r.task != TaskType::Repaint)
            return invalid(fmt::format("extend_context applies to a repaint region before or after the song, not the {} "
                                       "task",
                                       taskTypeName(r.task)));
        if (!std::isfinite(*r.extendContextSeconds) || *r.extendContextSeconds <= 0.0 ||
            *r.extendContextSeconds > kMaxDurationSeconds)
            return invalid(fmt::format("extend_context {} s is out of range: allowed more than 0 and at most {} seconds",
                                       num(*r.extendContextSeconds), num(kMaxDurationSeconds)));
    }
    if (Status s = checkRegion(r); !s) return s;

    if (Status s = request::checkAudioSettings(r.outputFormat.value_or(AudioFormat::Mp3), r.audioSettings); !s) return s;

    if (checkFiles) {
        if (!r.sourceAudio.empty())
            if (Status s = request::checkAudioFile("src_audio_path", r.sourceAudio); !s) return s;
        if (!r.referenceAudio.empty())
            if (Status s = request::checkAudioFile("reference_audio", r.referenceAudio); !s) return s;
    }
    return Status::ok();
}

}  // namespace songloom
