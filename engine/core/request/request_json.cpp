// JSON form of a generation request. Nesting of the seeds is flattened first (seed 002 "param_obj", seed
// 004 "settings" / "inputs"); every name goes through the alias table; each field may be given once.
// Only types are checked here -- ranges belong to validateRequest.
#include "fileio/strict_json.h"
#include "request/request_fields.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <cmath>
#include <limits>
#include <map>

namespace songloom {

using nlohmann::json;
using request::invalid;

namespace {

constexpr std::size_t kMaxDepth = 8;

struct Flat {
    std::string given;  // the name as written, with its nesting ("settings.bpm")
    const json* value;
};

std::string typeError(const Flat& f, const char* expected) {
    return fmt::format("{}: expected {}, found {} {}", f.given, expected, fileio::jsonTypeName(*f.value),
                       fileio::jsonExcerpt(*f.value));
}

Result<std::string> asString(const Flat& f) {
    if (!f.value->is_string()) return invalid(typeError(f, "a string"));
    return f.value->get<std::string>();
}

Result<double> asNumber(const Flat& f) {
    if (!f.value->is_number()) return invalid(typeError(f, "a number"));
    return f.value->get<double>();
}

Result<std::int64_t> asInteger(const Flat& f) {
    const json& v = *f.value;
    if (v.is_number_integer()) {
        if (v.is_number_unsigned() && v.get<std::uint64_t>() > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
            return invalid(fmt::format("{}: {} is too large", f.given, v.dump()));
        return v.get<std::int64_t>();
    }
    if (v.is_number_float()) {  // 120.0 is an integer written as a float
        const double d = v.get<double>();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9.0e15) return static_cast<std::int64_t>(d);
    }
    return invalid(typeError(f, "an integer"));
}

Result<int> asInt(const Flat& f) {
    Result<std::int64_t> v = asInteger(f);
    if (!v) return v.status();
    if (*v < std::numeric_limits<int>::min() || *v > std::numeric_limits<int>::max())
        return invalid(fmt::format("{}: {} is out of range for an integer setting", f.given, *v));
    return static_cast<int>(*v);
}

Result<bool> asBool(const Flat& f) {
    if (!f.value->is_boolean()) return invalid(typeError(f, "true or false"));
    return f.value->get<bool>();
}

Status flatten(const json& object, const std::string& prefix, std::vector<Flat>& out) {
    for (auto it = object.begin(); it != object.end(); ++it) {
        const std::string& key = it.key();
        const bool container = key == "param_obj" || key == "settings" || key == "inputs";
        if (container && prefix.empty()) {
            if (!it->is_object())
                return invalid(fmt::format("{}: expected an object, found {}", key, fileio::jsonTypeName(*it)));
            if (Status s = flatten(*it, key + ".", out); !s) return s;
            continue;
        }
        out.push_back({prefix + key, &*it});
    }
    return Status::ok();
}

std::string baseName(const std::string& given) {
    const auto dot = given.rfind('.');
    return dot == std::string::npos ? given : given.substr(dot + 1);
}

Status parseAudioSettings(const Flat& f, AudioSettings& out) {
    if (!f.value->is_object()) return invalid(typeError(f, "an object {bitrate, channels, sampleRate}"));
    std::vector<std::string> unknown;
    for (auto it = f.value->begin(); it != f.value->end(); ++it) {
        const Flat member{f.given + "." + it.key(), &*it};
        const std::string& k = it.key();
        std::optional<int>* target = nullptr;
        if (k == "bitrate" || k == "bitrate_kbps") target = &out.bitrateKbps;
        else if (k == "channels") target = &out.channels;
        else if (k == "sampleRate" || k == "sample_rate") target = &out.sampleRateHz;
        if (target == nullptr) {
            unknown.push_back(member.given);
            continue;
        }
        if (target->has_value()) return invalid(fmt::format("{}: given twice", member.given));
        Result<int> v = asInt(member);
        if (!v) return v.status();
        *target = *v;
    }
    if (!unknown.empty())
        return invalid(fmt::format("unknown field(s) {}; audio_settings takes bitrate, channels, sample_rate",
                                   fmt::join(unknown, ", ")));
    return Status::ok();
}

struct Parsed {
    GenerationRequest r;
    bool taskGiven = false;
    bool regionGiven = false;
    std::optional<double> startValue, endValue;
    std::optional<RegionAnchor> startAnchor, endAnchor;
    std::optional<double> extendBefore, extendAfter;
    std::string startName, endName, beforeName, afterName;
};

Status setField(const std::string& canonical, const Flat& f, Parsed& p) {
    GenerationRequest& r = p.r;
    auto str = [&](std::string& target) -> Status {
        Result<std::string> v = asString(f);
        if (!v) return v.status();
        target = std::move(*v);
        return Status::ok();
    };
    auto optNum = [&](std::optional<double>& target) -> Status {
        Result<double> v = asNumber(f);
        if (!v) return v.status();
        target = *v;
        return Status::ok();
    };
    auto optInt = [&](std::optional<int>& target) -> Status {
        Result<int> v = asInt(f);
        if (!v) return v.status();
        target = *v;
        return Status::ok();
    };
    auto optBool = [&](std::optional<bool>& target) -> Status {
        Result<bool> v = asBool(f);
        if (!v) return v.status();
        target = *v;
        return Status::ok();
    };
    auto anchor = [&](std::optional<RegionAnchor>& target) -> Status {
        Result<std::string> v = asString(f);
        if (!v) return v.status();
        const auto a = request::parseAnchor(*v);
        if (!a) return invalid(fmt::format("{} \"{}\" is not an anchor; allowed: start, end", f.given, *v));
        target = *a;
        p.regionGiven = true;
        return Status::ok();
    };

    if (canonical == "caption") return str(r.caption);
    if (canonical == "negative_prompt") return str(r.negativePrompt);
    if (canonical == "lyrics") return str(r.lyrics);
    if (canonical == "instrumental") return optBool(r.instrumental);
    if (canonical == "vocal_weight") return optNum(r.vocalWeight);
    if (canonical == "instrumental_weight") return optNum(r.instrumentalWeight);
    if (canonical == "duration") return optNum(r.durationSeconds);
    if (canonical == "bpm") return optInt(r.bpm);
    if (canonical == "key_scale") return str(r.keyScale);
    if (canonical == "time_signature") {
        if (f.value->is_number_integer()) {  // seed 004 writes "timeSignature": 4
            r.timeSignature = std::to_string(f.value->get<std::int64_t>());
            return Status::ok();
        }
        Result<std::string> v = asString(f);
        if (!v) return invalid(typeError(f, "a string such as \"4\" or an integer"));
        r.timeSignature = request::normaliseTimeSignature(*v);
        return Status::ok();
    }
    if (canonical == "vocal_language") {
        std::string v;
        if (Status s = str(v); !s) return s;
        r.vocalLanguage = std::move(v);
        return Status::ok();
    }
    if (canonical == "seed") {
        Result<std::int64_t> v = asInteger(f);
        if (!v) return v.status();
        r.seed = *v;
        return Status::ok();
    }
    if (canonical == "inference_steps") return optInt(r.steps);
    if (canonical == "guidance_scale") return optNum(r.guidanceScale);
    if (canonical == "guidance_type") {
        Result<std::string> v = asString(f);
        if (!v) return v.status();
        const auto t = request::parseGuidanceType(*v);
        if (!t) return invalid(fmt::format("{} \"{}\" is not a guidance type; allowed: apg, cfg", f.given, *v));
        r.guidanceType = *t;
        return Status::ok();
    }
    if (canonical == "shift") return optNum(r.shift);
    if (canonical == "guidance_interval_start") return optNum(r.guidanceIntervalStart);
    if (canonical == "guidance_interval_end") return optNum(r.guidanceIntervalEnd);
    if (canonical == "batch_size") return optInt(r.batchSize);
    if (canonical == "task_type") {
        Result<std::string> v = asString(f);
        if (!v) return v.status();
        const auto t = parseTaskType(*v);
        if (!t) {
            std::vector<std::string> names;
            for (TaskType task : allTaskTypes()) names.emplace_back(taskTypeName(task));
            return invalid(fmt::format("{} \"{}\" is not a task; allowed: {}", f.given, *v, fmt::join(names, ", ")));
        }
        r.task = *t;
        p.taskGiven = true;
        return Status::ok();
    }
    if (canonical == "src_audio_path") return str(r.sourceAudio);
    if (canonical == "repainting_start") {
        p.startName = f.given;
        p.regionGiven = true;
        return optNum(p.startValue);
    }
    if (canonical == "repainting_end") {
        p.endName = f.given;
        p.regionGiven = true;
        return optNum(p.endValue);
    }
    if (canonical == "repainting_start_anchor") return anchor(p.startAnchor);
    if (canonical == "repainting_end_anchor") return anchor(p.endAnchor);
    if (canonical == "extend_before_duration") {
        p.beforeName = f.given;
        p.regionGiven = true;
        return optNum(p.extendBefore);
    }
    if (canonical == "extend_after_duration") {
        p.afterName = f.given;
        p.regionGiven = true;
        return optNum(p.extendAfter);
    }
    if (canonical == "audio_cover_strength") return optNum(r.coverStrength);
    if (canonical == "cover_mode") {
        Result<std::string> v = asString(f);
        if (!v) return v.status();
        if (*v == "blend") r.coverMode = CoverMode::Blend;
        else if (*v == "switch") r.coverMode = CoverMode::Switch;
        else return invalid(fmt::format("{} \"{}\" is not a cover mode: allowed blend, switch", f.given, *v));
        return Status::ok();
    }
    if (canonical == "keep_source_audio") return optBool(r.keepSourceAudio);
    if (canonical == "crossfade") return optNum(r.crossfadeSeconds);
    if (canonical == "extend_context") return optNum(r.extendContextSeconds);
    if (canonical == "reference_audio") return str(r.referenceAudio);
    if (canonical == "track_name") return str(r.trackName);
    if (canonical == "complete_track_classes") {
        if (f.value->is_string()) {
            r.completeTrackClasses = {f.value->get<std::string>()};
            return Status::ok();
        }
        if (!f.value->is_array()) return invalid(typeError(f, "a list of track names"));
        for (const json& item : *f.value) {
            if (!item.is_string()) return invalid(typeError(f, "a list of track names (strings)"));
            r.completeTrackClasses.push_back(item.get<std::string>());
        }
        return Status::ok();
    }
    if (canonical == "audio_format") {
        Result<std::string> v = asString(f);
        if (!v) return v.status();
        const auto fmt_ = request::parseAudioFormat(*v);
        if (!fmt_) return invalid(fmt::format("{} \"{}\" is not an output format; allowed: mp3, wav, flac, ogg", f.given, *v));
        r.outputFormat = *fmt_;
        return Status::ok();
    }
    if (canonical == "audio_settings") {
        AudioSettings settings;
        if (Status s = parseAudioSettings(f, settings); !s) return s;
        r.audioSettings = settings;
        return Status::ok();
    }
    if (canonical == "thinking") return optBool(r.thinking);
    if (canonical == "model") return str(r.model);
    if (canonical == "cover_image") {
        if (f.value->is_object()) {  // seed 000: "cover": {"imageUrl": ...}
            if (f.value->size() != 1 || !f.value->contains("imageUrl") || !(*f.value)["imageUrl"].is_string())
                return invalid(typeError(f, "{\"imageUrl\": \"...\"}"));
            r.coverImage = (*f.value)["imageUrl"].get<std::string>();
            return Status::ok();
        }
        return str(r.coverImage);
    }
    return invalid(fmt::format("{}: internal error, field not handled", f.given));
}

// Turns the seeds' region spellings into the two edges (seed 003's extend_* = outpaint).
Status finishRegion(Parsed& p) {
    GenerationRequest& r = p.r;
    if (p.extendBefore && p.startValue)
        return invalid(fmt::format("{} and {} both set the repaint start; give one", p.beforeName, p.startName));
    if (p.extendAfter && p.endValue)
        return invalid(fmt::format("{} and {} both set the repaint end; give one", p.afterName, p.endName));
    for (auto [value, name] : {std::pair{&p.extendBefore, &p.beforeName}, std::pair{&p.extendAfter, &p.afterName}}) {
        if (*value && (!std::isfinite(**value) || **value < 0.0 || **value > 300.0))
            return invalid(fmt::format("{} {} s is out of range: allowed 0-300 seconds", *name, request::num(**value)));
    }
    if (p.extendBefore) {
        if (p.startAnchor == RegionAnchor::End)
            return invalid(fmt::format("{} is measured from the start; the start anchor \"end\" contradicts it", p.beforeName));
        r.repaintStart = RegionEdge{-*p.extendBefore, RegionAnchor::Start};
    } else if (p.startValue) {
        r.repaintStart = RegionEdge{*p.startValue, p.startAnchor.value_or(RegionAnchor::Start)};
    } else if (p.startAnchor) {
        return invalid("repainting_start_anchor is given without repainting_start");
    }
    if (p.extendAfter) {
        if (p.endAnchor == RegionAnchor::Start)
            return invalid(fmt::format("{} is measured from the end; the end anchor \"start\" contradicts it", p.afterName));
        r.repaintEnd = RegionEdge{-*p.extendAfter, RegionAnchor::End};
    } else if (p.endValue) {
        r.repaintEnd = RegionEdge{*p.endValue, p.endAnchor.value_or(RegionAnchor::Start)};
    } else if (p.endAnchor) {
        return invalid("repainting_end_anchor is given without repainting_end");
    }
    // Extending one side only adds audio: the region is the new part alone, so the song itself is not
    // repainted (a region reaching the song's other edge would regenerate all of it).
    if (p.extendBefore && !p.extendAfter && !r.repaintEnd) r.repaintEnd = RegionEdge{0.0, RegionAnchor::Start};
    if (p.extendAfter && !p.extendBefore && !r.repaintStart) r.repaintStart = RegionEdge{0.0, RegionAnchor::End};
    // Seed 003 routes inpaint / outpaint by endpoint, with no task field: a region means repaint.
    if (p.regionGiven && !p.taskGiven) r.task = TaskType::Repaint;
    return Status::ok();
}

}  // namespace

Result<GenerationRequest> parseRequestJson(std::string_view text) {
    fileio::StrictJson parsed = fileio::parseStrictJson(text, kMaxDepth);
    if (parsed.problem) {
        const fileio::JsonProblem& pr = *parsed.problem;
        if (pr.kind == fileio::JsonProblem::Kind::DuplicateKey)
            return invalid(fmt::format("request JSON: field \"{}\" is given twice", pr.key));
        if (pr.kind == fileio::JsonProblem::Kind::TooDeep)
            return invalid(fmt::format("request JSON: nested deeper than {} levels", kMaxDepth));
        return invalid("request JSON is malformed: " + pr.detail);
    }
    if (!parsed.value.is_object())
        return invalid(fmt::format("request JSON: expected an object, found {}", fileio::jsonTypeName(parsed.value)));

    std::vector<Flat> flat;
    if (Status s = flatten(parsed.value, "", flat); !s) return s;

    std::map<std::string, std::string> canonicalOf;
    for (const request::FieldNames& names : request::fieldNames()) {
        canonicalOf[names.canonical] = names.canonical;
        for (const char* alias : names.aliases) canonicalOf[alias] = names.canonical;
    }
    std::vector<std::string> unknown;
    for (const Flat& f : flat)
        if (!canonicalOf.count(baseName(f.given))) unknown.push_back(f.given);
    if (!unknown.empty()) {
        return invalid(fmt::format("unknown field(s) {} in the request; see docs/generation-request.md for the "
                                   "fields and their aliases",
                                   fmt::join(unknown, ", ")));
    }

    Parsed p;
    std::map<std::string, std::string> seen;  // canonical -> the name it was given as
    for (const Flat& f : flat) {
        const std::string& canonical = canonicalOf[baseName(f.given)];
        if (auto it = seen.find(canonical); it != seen.end())
            return invalid(fmt::format("{} and {} both set {}; give it once", it->second, f.given, canonical));
        seen[canonical] = f.given;
        if (Status s = setField(canonical, f, p); !s) return s;
    }
    if (Status s = finishRegion(p); !s) return s;
    return std::move(p.r);
}

std::string requestToJson(const GenerationRequest& r) {
    json j = json::object();
    auto setStr = [&](const char* name, const std::string& v) {
        if (!v.empty()) j[name] = v;
    };
    auto setOpt = [&](const char* name, const auto& v) {
        if (v) j[name] = *v;
    };
    setStr("caption", r.caption);
    setStr("negative_prompt", r.negativePrompt);
    j["lyrics"] = r.lyrics;
    setOpt("instrumental", r.instrumental);
    setOpt("vocal_weight", r.vocalWeight);
    setOpt("instrumental_weight", r.instrumentalWeight);
    setOpt("duration", r.durationSeconds);
    setOpt("bpm", r.bpm);
    setStr("key_scale", r.keyScale);
    setStr("time_signature", r.timeSignature);
    setOpt("vocal_language", r.vocalLanguage);
    setOpt("seed", r.seed);
    setOpt("inference_steps", r.steps);
    setOpt("guidance_scale", r.guidanceScale);
    if (r.guidanceType) j["guidance_type"] = guidanceTypeName(*r.guidanceType);
    setOpt("shift", r.shift);
    setOpt("guidance_interval_start", r.guidanceIntervalStart);
    setOpt("guidance_interval_end", r.guidanceIntervalEnd);
    setOpt("batch_size", r.batchSize);
    j["task_type"] = taskTypeName(r.task);
    setStr("src_audio_path", r.sourceAudio);
    if (r.repaintStart) {
        j["repainting_start"] = r.repaintStart->seconds;
        j["repainting_start_anchor"] = request::anchorName(r.repaintStart->anchor);
    }
    if (r.repaintEnd) {
        j["repainting_end"] = r.repaintEnd->seconds;
        j["repainting_end_anchor"] = request::anchorName(r.repaintEnd->anchor);
    }
    setOpt("audio_cover_strength", r.coverStrength);
    if (r.coverMode) j["cover_mode"] = coverModeName(*r.coverMode);
    setOpt("keep_source_audio", r.keepSourceAudio);
    setOpt("crossfade", r.crossfadeSeconds);
    setOpt("extend_context", r.extendContextSeconds);
    setStr("reference_audio", r.referenceAudio);
    setStr("track_name", r.trackName);
    if (!r.completeTrackClasses.empty()) j["complete_track_classes"] = r.completeTrackClasses;
    if (r.outputFormat) j["audio_format"] = audioFormatName(*r.outputFormat);
    if (r.audioSettings) {
        json s = json::object();
        if (r.audioSettings->bitrateKbps) s["bitrate"] = *r.audioSettings->bitrateKbps;
        if (r.audioSettings->channels) s["channels"] = *r.audioSettings->channels;
        if (r.audioSettings->sampleRateHz) s["sample_rate"] = *r.audioSettings->sampleRateHz;
        j["audio_settings"] = s;
    }
    setOpt("thinking", r.thinking);
    setStr("model", r.model);
    setStr("cover_image", r.coverImage);
    // Invalid UTF-8 is refused by validateRequest; here it is replaced rather than thrown on.
    return j.dump(2, ' ', false, json::error_handler_t::replace);
}

}  // namespace songloom
