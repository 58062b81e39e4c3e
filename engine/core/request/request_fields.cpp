// The request's field names. Canonical names follow the official ACE-Step API (seed 002) where it has
// one; the aliases are the spellings the other seeds use (Civitai 000, RunPod 001, RunComfy 003, Runware
// 004), camelCase and snake_case.
#include "request/request_fields.h"

#include <cctype>
#include <cstdio>

namespace songloom::request {

const std::vector<FieldNames>& fieldNames() {
    static const std::vector<FieldNames> names = {
        {"caption", {"prompt", "tags", "musicDescription", "music_description", "positivePrompt", "positive_prompt"}},
        {"negative_prompt", {"negativePrompt"}},
        {"lyrics", {}},
        {"instrumental", {}},
        {"vocal_weight", {"vocalWeight"}},
        {"instrumental_weight", {"instrumentalWeight"}},
        {"duration", {"audio_duration", "audioDuration"}},
        {"bpm", {}},
        {"key_scale", {"key", "keyScale", "keyscale"}},
        {"time_signature", {"timeSignature", "timesignature"}},
        {"vocal_language", {"language", "vocalLanguage"}},
        {"seed", {}},
        {"inference_steps", {"steps", "inferenceSteps", "num_inference_steps"}},
        {"guidance_scale", {"guidanceScale", "cfg", "cfg_scale", "cfgScale", "CFGScale"}},
        {"guidance_type", {"guidanceType"}},
        {"shift", {}},
        {"guidance_interval_start", {"guidanceIntervalStart", "cfg_interval_start", "cfgIntervalStart"}},
        {"guidance_interval_end", {"guidanceIntervalEnd", "cfg_interval_end", "cfgIntervalEnd"}},
        {"batch_size", {"batchSize", "numberResults", "number_results"}},
        {"task_type", {"task", "taskType"}},
        {"src_audio_path", {"src_audio", "srcAudioPath", "srcAudio", "source_audio", "sourceAudio", "audio"}},
        {"repainting_start", {"repaintingStart", "repaint_start", "repaintStart", "start_time", "startTime"}},
        {"repainting_start_anchor", {"repaintingStartAnchor", "start_time_relative_to", "startTimeRelativeTo"}},
        {"repainting_end", {"repaintingEnd", "repaint_end", "repaintEnd", "end_time", "endTime"}},
        {"repainting_end_anchor", {"repaintingEndAnchor", "end_time_relative_to", "endTimeRelativeTo"}},
        {"extend_before_duration", {"extendBeforeDuration"}},
        {"extend_after_duration", {"extendAfterDuration"}},
        {"audio_cover_strength", {"audioCoverStrength", "cover_strength", "coverStrength", "strength",
                                  "coverConditioningScale", "cover_conditioning_scale"}},
        {"cover_mode", {"coverMode"}},
        {"keep_source_audio", {"keepSourceAudio"}},
        {"crossfade", {"crossfade_seconds", "crossfadeSeconds"}},
        {"extend_context", {"extend_context_seconds", "extendContext", "extendContextSeconds"}},
        {"reference_audio", {"referenceAudio", "reference_audio_path", "referenceAudioPath", "timbre_audio"}},
        {"track_name", {"trackName"}},
        {"complete_track_classes", {"completeTrackClasses"}},
        {"audio_format", {"audioFormat", "output_format", "outputFormat"}},
        {"audio_settings", {"audioSettings"}},
        {"thinking", {}},
        {"model", {}},
        {"cover_image", {"coverImage", "cover"}},
    };
    return names;
}

std::string num(double value) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.9g", value);
    return buf;
}

namespace {
std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}
}  // namespace

std::optional<AudioFormat> parseAudioFormat(std::string_view name) {
    const std::string n = lower(name);
    if (n == "mp3") return AudioFormat::Mp3;
    if (n == "wav") return AudioFormat::Wav;
    if (n == "flac") return AudioFormat::Flac;
    if (n == "ogg") return AudioFormat::Ogg;
    return std::nullopt;
}

std::optional<GuidanceType> parseGuidanceType(std::string_view name) {
    const std::string n = lower(name);
    if (n == "apg") return GuidanceType::Apg;
    if (n == "cfg") return GuidanceType::Cfg;
    return std::nullopt;
}

std::optional<RegionAnchor> parseAnchor(std::string_view name) {
    const std::string n = lower(name);
    if (n == "start") return RegionAnchor::Start;
    if (n == "end") return RegionAnchor::End;
    return std::nullopt;
}

const char* anchorName(RegionAnchor anchor) { return anchor == RegionAnchor::Start ? "start" : "end"; }

std::string normaliseTimeSignature(std::string_view text) {
    if (text == "4/4") return "4";
    if (text == "3/4") return "3";
    if (text == "2/4") return "2";
    if (text == "6/8") return "6";
    return std::string(text);
}

}  // namespace songloom::request

namespace songloom {

const char* guidanceTypeName(GuidanceType type) { return type == GuidanceType::Apg ? "apg" : "cfg"; }

const char* coverModeName(CoverMode mode) { return mode == CoverMode::Blend ? "blend" : "switch"; }

const char* audioFormatName(AudioFormat format) {
    switch (format) {
        case AudioFormat::Mp3: return "mp3";
        case AudioFormat::Wav: return "wav";
        case AudioFormat::Flac: return "flac";
        case AudioFormat::Ogg: return "ogg";
    }
    return "?";
}

}  // namespace songloom
