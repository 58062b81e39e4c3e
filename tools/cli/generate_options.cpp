#include "generate_options.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

namespace songloom::cli {

namespace {

Status usage(std::string message) { return Status::error(ErrorCode::InvalidArgument, std::move(message)); }

// add_option_function keeps "not given" apart from any value (a plain member cannot). A flag given twice
// takes the last value, as shells' aliases and wrapper scripts expect (`alias gen='... --steps 8'`).
template <class T>
CLI::Option* optional(CLI::App& cmd, const std::string& names, std::optional<T>& target, const std::string& help) {
    return cmd.add_option_function<T>(names, [&target](const T& value) { target = value; }, help)
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeLast);
}

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

Result<std::string> readText(const std::string& flag, const std::string& path) {
    std::stringstream text;
    if (path == "-") {
        text << std::cin.rdbuf();
        return text.str();
    }
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec))
        return Status::error(ErrorCode::NotFound, fmt::format("{} \"{}\": no such file", flag, path));
    std::ifstream in(path, std::ios::binary);
    if (!in) return Status::error(ErrorCode::Io, fmt::format("{} \"{}\" cannot be read", flag, path));
    text << in.rdbuf();
    return text.str();
}

Result<double> parseSeconds(const std::string& flag, std::string_view text) {
    double value = 0.0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size())
        return usage(fmt::format("{} \"{}\" is not a number of seconds", flag, text));
    return value;
}

}  // namespace

void addGenerateOptions(CLI::App& cmd, GenerateOptions& o) {
    const std::string song = "Song";
    optional(cmd, "-c,--caption", o.caption,
             "The style: genre, instruments, mood, voice, production (2-3000 characters). --show-caption-help")
        ->group(song);
    optional(cmd, "-l,--lyrics", o.lyrics,
             "The lyrics with section tags; \\n starts a new line. Empty, [inst] or [instrumental]: no vocals. "
             "--show-lyrics-help")
        ->group(song);
    optional(cmd, "-f,--lyrics-file", o.lyricsFile, "Read the lyrics from a text file (- reads standard input)")
        ->group(song);
    cmd.add_flag_function(
           "--instrumental,!--no-instrumental", [&o](std::int64_t n) { o.instrumental = n > 0; },
           "Make an instrumental (the lyrics are not sung); --no-instrumental undoes a request file's switch")
        ->group(song);
    optional(cmd, "-d,--duration", o.duration, "Length in seconds, 1-600 (default 60)")->group(song);
    optional(cmd, "--bpm", o.bpm, "Tempo, 30-300 beats per minute (default: the model decides)")->group(song);
    optional(cmd, "--key", o.key, "Key and scale, e.g. \"F# minor\", \"Bb major\" (default: the model decides)")
        ->group(song);
    optional(cmd, "--time-signature", o.timeSignature, "2, 3, 4 or 6 (also 2/4, 3/4, 4/4, 6/8)")->group(song);
    optional(cmd, "--language", o.language, "Vocal language code, e.g. en, de, ja, zh (default en)")->group(song);
    optional(cmd, "--negative-prompt", o.negativePrompt, "What to avoid (recorded; the model has no negative prompt)")
        ->group(song);
    optional(cmd, "--vocal-weight", o.vocalWeight, "0-1; 0 makes an instrumental (Civitai's field)")->group(song);
    optional(cmd, "--instrumental-weight", o.instrumentalWeight, "0-1 (Civitai's field; recorded only)")->group(song);

    const std::string sampling = "Sampling";
    optional(cmd, "--seed", o.seed, "0-4294967295, or -1 for a random one (default); a batch uses seed, seed+1, ...")
        ->group(sampling);
    optional(cmd, "--steps", o.steps, "Denoising steps, 1-200 (turbo: 1-20; default: the model's preset)")
        ->group(sampling);
    optional(cmd, "--guidance", o.guidance, "Guidance scale, 1-30 (1 = off; turbo ignores it)")->group(sampling);
    optional(cmd, "--guidance-type", o.guidanceType, "apg (default) or cfg")->group(sampling);
    optional(cmd, "--shift", o.shift, "Timestep shift, 0 < shift <= 100 (default 3)")->group(sampling);
    cmd.add_option("--guidance-interval", o.guidanceInterval,
                   "START END: the part of the run that is guided, fractions 0-1 (default 0 1)")
        ->expected(2)
        ->group(sampling);
    optional(cmd, "-b,--batch-size", o.batchSize, "Variations, 1-8 (default 1): NAME_1, NAME_2, ...")
        ->group(sampling);
    cmd.add_flag("--batch-together", o.batchTogether,
                 "Run the whole batch through each step at once (faster on a large GPU; takes arrive together)")
        ->group(sampling);
    cmd.add_flag_function(
           "--thinking,!--no-thinking", [&o](std::int64_t n) { o.thinking = n > 0; },
           "Ask for the 5 Hz planner (recorded; the planner is not run yet)")
        ->group(sampling);

    const std::string edit = "Editing an existing song";
    optional(cmd, "--task", o.task, "text2music (default), repaint, cover, extract, lego, complete")->group(edit);
    optional(cmd, "--src-audio", o.srcAudio, "The song to edit (WAV, FLAC, MP3, OGG)")->group(edit);
    optional(cmd, "--repaint-start", o.repaintStart,
             "Where the new part begins: SECONDS from the start (negative: new audio before the song), or end-S "
             "(S seconds before the end)")
        ->group(edit);
    optional(cmd, "--repaint-end", o.repaintEnd,
             "Where it ends: SECONDS from the start, end, end-S (before the end) or end+S (S seconds after the "
             "song: extends it)")
        ->group(edit);
    optional(cmd, "--extend-before", o.extendBefore, "Add this many seconds before the song (0-300; a repaint)")
        ->group(edit);
    optional(cmd, "--extend-after", o.extendAfter, "Add this many seconds after the song (0-300; a repaint)")
        ->group(edit);
    optional(cmd, "--cover-strength", o.coverStrength, "Cover: how closely to follow the source, 0-1 (default 1)")
        ->group(edit);
    optional(cmd, "--cover-mode", o.coverMode,
             "Cover: blend (default: mix with a fresh take on every step) or switch (change over once, at "
             "steps x strength)")
        ->group(edit);
    cmd.add_flag_function(
           "--keep-source,!--no-keep-source", [&o](std::int64_t n) { o.keepSource = n > 0; },
           "Repaint: outside the region the take is the source, sample for sample")
        ->group(edit);
    optional(cmd, "--crossfade", o.crossfade, "With --keep-source: seconds of crossfade inside each edge, 0-1 "
                                              "(default 0.025)")
        ->group(edit);
    optional(cmd, "--extend-context", o.extendContext,
             "Extending: how many seconds of the song beside the new part the model hears (default all)")
        ->group(edit);
    optional(cmd, "--reference-audio", o.referenceAudio, "A song whose timbre to follow")->group(edit);
    optional(cmd, "--track", o.track, "extract / lego: the stem (vocals, drums, bass, guitar, ...)")->group(edit);
    cmd.add_option("--complete-tracks", o.completeTracks, "complete: the stems to add (several allowed)")->group(edit);

    const std::string out = "Output";
    optional(cmd, "-o,--output", o.output,
             "File name (default output.mp3); a batch writes NAME_1.EXT, NAME_2.EXT, ...; the extension follows "
             "--format")
        ->group(out);
    optional(cmd, "--format", o.format, "mp3 (default), wav, flac or ogg (or taken from --output's extension)")
        ->group(out);
    optional(cmd, "--bitrate", o.bitrate, "mp3 / ogg: kbps (range depends on rate and channels)")->group(out);
    optional(cmd, "--sample-rate", o.sampleRate, "mp3 / ogg: Hz (default 48000)")->group(out);
    optional(cmd, "--channels", o.channels, "mp3 / ogg: 1 or 2 (default 2)")->group(out);
    cmd.add_flag("--overwrite", o.overwrite, "Replace existing files (otherwise an existing file stops the run)")
        ->group(out);
    optional(cmd, "--title", o.title, "Title tag (default: the caption's first line)")->group(out);
    optional(cmd, "--artist", o.artist, "Artist tag")->group(out);
    optional(cmd, "--album", o.album, "Album tag")->group(out);
    optional(cmd, "--cover-image", o.coverImage, "Album art for the tags: a JPEG or PNG file")->group(out);
    cmd.add_flag("-q,--quiet", o.quiet, "No progress output (errors are still printed)")->group(out);

    const std::string run = "Models and device";
    optional(cmd, "--request", o.requestFile,
             "A JSON request (docs/generation-request.md); flags given here override its fields")
        ->group(run);
    optional(cmd, "--models", o.modelsDir,
             "The models folder (default: $SONGLOOM_MODELS, else the folder the studio uses)")
        ->group(run);
    optional(cmd, "--model", o.model,
             "Which model when the folder holds several: its preset (2b-turbo), release folder or title")
        ->group(run);
    cmd.add_option("--variant", o.variants,
                   "PATH=turbo|base|sft: the variant of a DiT whose files do not say (Comfy-Org files); repeatable")
        ->allow_extra_args(false)
        ->group(run);
    cmd.add_option("--device", o.device, "auto (default: CUDA when available), cpu or cuda")
        ->check(CLI::IsMember({"auto", "cpu", "cuda"}))
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeLast)
        ->group(run);
    cmd.add_option("--precision", o.precision, "auto (default: bf16 on CUDA, fp32 on the CPU), fp32, bf16, fp16")
        ->check(CLI::IsMember({"auto", "fp32", "bf16", "fp16"}))
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeLast)
        ->group(run);
    cmd.add_option("--memory", o.memory,
                   "keep-loaded (default: fastest) or one-resident (only the working model on the GPU: 8 GB cards)")
        ->check(CLI::IsMember({"keep-loaded", "one-resident"}))
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeLast)
        ->group(run);
    cmd.add_option("--vae-tile-seconds", o.vaeTileSeconds,
                   "Audio decoded per VAE window in seconds (0, the default: chosen from the free memory)")
        ->check(CLI::Range(0.0, 600.0))
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeLast)
        ->group(run);
    cmd.add_option("--threads", o.threads, "CPU threads (0, the default: libtorch's choice)")
        ->check(CLI::Range(0, 1024))
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeLast)
        ->group(run);

    cmd.add_flag("--show-lyrics-help", o.showLyricsHelp, "How to write lyrics for the model, then exit");
    cmd.add_flag("--show-caption-help", o.showCaptionHelp, "How to describe the style, then exit");
}

Result<RegionEdge> parseRegionEdge(const std::string& flag, const std::string& text) {
    const std::string t = lower(text);
    if (t.rfind("end", 0) == 0) {
        const std::string_view rest = std::string_view(t).substr(3);
        if (rest.empty()) return RegionEdge{0.0, RegionAnchor::End};
        if (rest.front() == '-' || rest.front() == '+') {
            auto seconds = parseSeconds(flag, rest.substr(1));
            if (!seconds)
                return usage(fmt::format("{} \"{}\": expected end, end-SECONDS or end+SECONDS", flag, text));
            // end-S lies S seconds before the end; end+S past it (a negative value of the End anchor).
            return RegionEdge{rest.front() == '-' ? *seconds : -*seconds, RegionAnchor::End};
        }
        return usage(fmt::format("{} \"{}\": expected end, end-SECONDS or end+SECONDS", flag, text));
    }
    std::string_view number = t;
    if (number.rfind("start", 0) == 0) {  // "start+12" reads as 12
        number.remove_prefix(5);
        if (!number.empty() && number.front() == '+') number.remove_prefix(1);
        if (number.empty()) return RegionEdge{0.0, RegionAnchor::Start};
    }
    auto seconds = parseSeconds(flag, number);
    if (!seconds)
        return usage(fmt::format("{} \"{}\": expected SECONDS from the start, end, end-SECONDS or end+SECONDS", flag,
                                 text));
    return RegionEdge{*seconds, RegionAnchor::Start};
}

std::string expandEscapes(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\\' && i + 1 < text.size()) {
            const char next = text[i + 1];
            if (next == 'n' || next == 't' || next == '\\') {
                out += next == 'n' ? '\n' : next == 't' ? '\t' : '\\';
                ++i;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

std::optional<AudioFormat> formatFromExtension(const std::filesystem::path& output) {
    const std::string ext = lower(output.extension().string());
    if (ext == ".mp3") return AudioFormat::Mp3;
    if (ext == ".wav") return AudioFormat::Wav;
    if (ext == ".flac") return AudioFormat::Flac;
    if (ext == ".ogg" || ext == ".oga") return AudioFormat::Ogg;
    return std::nullopt;
}

Result<GenerationRequest> buildRequest(const GenerateOptions& o) {
    GenerationRequest r;
    if (o.requestFile) {
        auto text = readText("--request", *o.requestFile);
        if (!text) return text.status();
        auto parsed = parseRequestJson(*text);
        if (!parsed) return usage(fmt::format("--request \"{}\": {}", *o.requestFile, parsed.status().message()));
        r = std::move(*parsed);
    }
    if (o.lyrics && o.lyricsFile) return usage("--lyrics and --lyrics-file both give the lyrics; use one");
    if (o.caption) r.caption = *o.caption;
    if (o.negativePrompt) r.negativePrompt = *o.negativePrompt;
    if (o.lyrics) r.lyrics = expandEscapes(*o.lyrics);
    if (o.lyricsFile) {
        auto text = readText("--lyrics-file", *o.lyricsFile);
        if (!text) return usage(text.status().message());
        r.lyrics = std::move(*text);
    }
    if (o.instrumental) r.instrumental = *o.instrumental;
    if (o.vocalWeight) r.vocalWeight = *o.vocalWeight;
    if (o.instrumentalWeight) r.instrumentalWeight = *o.instrumentalWeight;
    if (o.duration) r.durationSeconds = *o.duration;
    if (o.bpm) r.bpm = *o.bpm;
    if (o.key) r.keyScale = *o.key;
    if (o.timeSignature) r.timeSignature = *o.timeSignature;
    if (o.language) r.vocalLanguage = *o.language;
    if (o.seed) r.seed = *o.seed;
    if (o.steps) r.steps = *o.steps;
    if (o.guidance) r.guidanceScale = *o.guidance;
    if (o.guidanceType) {
        const std::string t = lower(*o.guidanceType);
        if (t != "apg" && t != "cfg")
            return usage(fmt::format("--guidance-type \"{}\" is not a guidance type: allowed apg, cfg", *o.guidanceType));
        r.guidanceType = t == "apg" ? GuidanceType::Apg : GuidanceType::Cfg;
    }
    if (o.shift) r.shift = *o.shift;
    if (!o.guidanceInterval.empty()) {
        r.guidanceIntervalStart = o.guidanceInterval.at(0);
        r.guidanceIntervalEnd = o.guidanceInterval.at(1);
    }
    if (o.batchSize) r.batchSize = *o.batchSize;
    if (o.thinking) r.thinking = *o.thinking;

    // Editing fields. A region without a task makes a repaint (as the JSON form does).
    bool taskGiven = false;
    if (o.task) {
        auto task = parseTaskType(lower(*o.task));
        if (!task)
            return usage(fmt::format("--task \"{}\" is not a task: allowed text2music, repaint, cover, extract, lego, "
                                     "complete",
                                     *o.task));
        r.task = *task;
        taskGiven = true;
    }
    if (o.srcAudio) r.sourceAudio = *o.srcAudio;
    if (o.repaintStart && o.extendBefore) return usage("--repaint-start and --extend-before both set the start; give one");
    if (o.repaintEnd && o.extendAfter) return usage("--repaint-end and --extend-after both set the end; give one");
    if (o.repaintStart) {
        auto edge = parseRegionEdge("--repaint-start", *o.repaintStart);
        if (!edge) return edge.status();
        r.repaintStart = *edge;
    }
    if (o.repaintEnd) {
        auto edge = parseRegionEdge("--repaint-end", *o.repaintEnd);
        if (!edge) return edge.status();
        r.repaintEnd = *edge;
    }
    if (o.extendBefore) {
        if (*o.extendBefore < 0.0 || *o.extendBefore > 300.0)
            return usage(fmt::format("--extend-before {} s is out of range: allowed 0-300 seconds", *o.extendBefore));
        r.repaintStart = RegionEdge{-*o.extendBefore, RegionAnchor::Start};
    }
    if (o.extendAfter) {
        if (*o.extendAfter < 0.0 || *o.extendAfter > 300.0)
            return usage(fmt::format("--extend-after {} s is out of range: allowed 0-300 seconds", *o.extendAfter));
        r.repaintEnd = RegionEdge{-*o.extendAfter, RegionAnchor::End};
    }
    const bool regionFlag = o.repaintStart || o.repaintEnd || o.extendBefore || o.extendAfter;
    if (regionFlag && !taskGiven && r.task == TaskType::Text2Music) r.task = TaskType::Repaint;
    if (o.coverStrength) r.coverStrength = *o.coverStrength;
    if (o.coverMode) {
        const std::string m = lower(*o.coverMode);
        if (m != "blend" && m != "switch")
            return usage(fmt::format("--cover-mode \"{}\" is not a cover mode: allowed blend, switch", *o.coverMode));
        r.coverMode = m == "blend" ? CoverMode::Blend : CoverMode::Switch;
    }
    if (o.keepSource) r.keepSourceAudio = *o.keepSource;
    if (o.crossfade) r.crossfadeSeconds = *o.crossfade;
    if (o.extendContext) r.extendContextSeconds = *o.extendContext;
    if (o.referenceAudio) r.referenceAudio = *o.referenceAudio;
    if (o.track) r.trackName = lower(*o.track);
    if (!o.completeTracks.empty()) {
        r.completeTrackClasses.clear();
        for (const std::string& t : o.completeTracks) r.completeTrackClasses.push_back(lower(t));
    }

    // Output.
    if (o.format) {
        const std::string f = lower(*o.format);
        if (f == "mp3") r.outputFormat = AudioFormat::Mp3;
        else if (f == "wav") r.outputFormat = AudioFormat::Wav;
        else if (f == "flac") r.outputFormat = AudioFormat::Flac;
        else if (f == "ogg") r.outputFormat = AudioFormat::Ogg;
        else return usage(fmt::format("--format \"{}\" is not an output format: allowed mp3, wav, flac, ogg", *o.format));
    } else if (o.output) {
        // `-o song.flac` asks for FLAC when neither --format nor the request file says.
        if (auto f = formatFromExtension(*o.output); f && !r.outputFormat) r.outputFormat = *f;
    }
    if (o.bitrate || o.sampleRate || o.channels) {
        AudioSettings s = r.audioSettings.value_or(AudioSettings{});
        if (o.bitrate) s.bitrateKbps = *o.bitrate;
        if (o.sampleRate) s.sampleRateHz = *o.sampleRate;
        if (o.channels) s.channels = *o.channels;
        r.audioSettings = s;
    }
    if (o.coverImage) r.coverImage = *o.coverImage;
    if (o.model) r.model = *o.model;
    return r;
}

Result<std::vector<std::filesystem::path>> outputPaths(const std::optional<std::string>& output, AudioFormat format,
                                                       int batchSize) {
    std::filesystem::path base = output.value_or("output");
    if (base.empty() || base.filename().empty() || base.filename() == "." || base.filename() == "..")
        return usage(fmt::format("--output \"{}\" is not a file name", output.value_or("")));
    const std::string ext = audioFormatName(format);
    if (const auto named = formatFromExtension(base)) {
        if (*named != format) {
            return usage(fmt::format("--output \"{}\" ends in .{} but the format is {}: change the extension or "
                                     "--format",
                                     base.string(), audioFormatName(*named), ext));
        }
        base.replace_extension();
    }
    std::vector<std::filesystem::path> paths;
    const std::string stem = base.filename().string();
    for (int i = 1; i <= std::max(batchSize, 1); ++i) {
        const std::string name = batchSize > 1 ? fmt::format("{}_{}.{}", stem, i, ext) : fmt::format("{}.{}", stem, ext);
        paths.push_back(base.parent_path() / name);
    }
    return paths;
}

std::string flagForMessage(const std::string& message) {
    // Longest names first so "guidance_interval_start" is not read as "guidance_scale"-like prefixes.
    static const std::pair<const char*, const char*> kFields[] = {
        {"guidance_interval_start", "--guidance-interval"},
        {"guidance_interval_end", "--guidance-interval"},
        {"audio_settings.sample_rate", "--sample-rate"},
        {"audio_settings.bitrate", "--bitrate"},
        {"audio_settings.channels", "--channels"},
        {"audio_settings", "--bitrate / --sample-rate / --channels"},
        {"audio_cover_strength", "--cover-strength"},
        {"instrumental_weight", "--instrumental-weight"},
        {"keep_source_audio", "--keep-source"},
        {"extend_context", "--extend-context"},
        {"cover_mode", "--cover-mode"},
        {"crossfade", "--crossfade"},
        {"repainting_start", "--repaint-start"},
        {"repainting_end", "--repaint-end"},
        {"complete_track_classes", "--complete-tracks"},
        {"negative_prompt", "--negative-prompt"},
        {"reference_audio", "--reference-audio"},
        {"inference_steps", "--steps"},
        {"guidance_scale", "--guidance"},
        {"guidance_type", "--guidance-type"},
        {"time_signature", "--time-signature"},
        {"vocal_language", "--language"},
        {"src_audio_path", "--src-audio"},
        {"vocal_weight", "--vocal-weight"},
        {"audio_format", "--format"},
        {"batch_size", "--batch-size"},
        {"track_name", "--track"},
        {"key_scale", "--key"},
        {"keyscale", "--key"},
        {"timesignature", "--time-signature"},
        {"duration", "--duration"},
        {"caption", "--caption"},
        {"lyrics", "--lyrics"},
        {"shift", "--shift"},
        {"seed", "--seed"},
        {"bpm", "--bpm"},
        {"repaint region", "--repaint-start / --repaint-end"},
    };
    for (const auto& [field, flag] : kFields) {
        const std::size_t n = std::char_traits<char>::length(field);
        if (message.compare(0, n, field) != 0) continue;
        const char next = message.size() > n ? message[n] : ' ';
        if (!std::isalnum(static_cast<unsigned char>(next)) && next != '_') return flag;
    }
    return {};
}

}  // namespace songloom::cli
