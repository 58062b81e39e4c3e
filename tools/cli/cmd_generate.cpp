// songloom-cli generate: songs from flags or a JSON request, through the public Engine API (engine.h).
// Everything that needs no model is checked first (flags, ranges, outputs, input files), so a mistake costs
// no model loading. Each take is written and tagged as soon as the engine delivers it; its path goes to
// stdout, progress to stderr. Exit codes: exit_codes.h, docs/cli.md.
#include "commands.h"
#include "exit_codes.h"
#include "generate_options.h"
#include "help_texts.h"
#include "models_folder.h"
#include "progress_bar.h"

#include "songloom/audio_io.h"
#include "songloom/generation_request.h"
#include "songloom/model_catalog.h"
#include "songloom/take_tags.h"
#if defined(SONGLOOM_CLI_WITH_TORCH)
#include "songloom/engine.h"
#endif

#include <fmt/format.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <fstream>
#include <future>
#include <iostream>
#include <iterator>
#include <memory>
#include <thread>

namespace songloom::cli {

namespace {

namespace fs = std::filesystem;

// "error: <message> (--flag)": the flag that sets the field the message names.
int fail(int code, const std::string& message) {
    const std::string flag = flagForMessage(message);
    std::cerr << "error: " << message;
    if (!flag.empty() && message.rfind("--", 0) != 0) std::cerr << " (" << flag << ")";
    std::cerr << "\n";
    return code;
}

audio::OutputFormat toOutputFormat(AudioFormat f) {
    switch (f) {
        case AudioFormat::Mp3: return audio::OutputFormat::Mp3;
        case AudioFormat::Wav: return audio::OutputFormat::Wav;
        case AudioFormat::Flac: return audio::OutputFormat::Flac;
        case AudioFormat::Ogg: return audio::OutputFormat::Ogg;
    }
    return audio::OutputFormat::Mp3;
}

// --cover-image: a local JPEG or PNG goes into the tags; a URL (seed 000's cover.imageUrl) is only recorded.
Result<std::optional<audio::CoverArt>> readCoverImage(const std::string& path) {
    if (path.empty() || path.rfind("http://", 0) == 0 || path.rfind("https://", 0) == 0)
        return std::optional<audio::CoverArt>{};
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return Status::error(ErrorCode::NotFound, fmt::format("--cover-image \"{}\" cannot be read: allowed a JPEG or "
                                                              "PNG file",
                                                              path));
    audio::CoverArt art;
    art.data.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    const auto& d = art.data;
    if (d.size() > 3 && d[0] == 0xFF && d[1] == 0xD8 && d[2] == 0xFF) art.mimeType = "image/jpeg";
    else if (d.size() > 8 && d[0] == 0x89 && d[1] == 'P' && d[2] == 'N' && d[3] == 'G') art.mimeType = "image/png";
    else
        return Status::error(ErrorCode::Corrupt,
                             fmt::format("--cover-image \"{}\" is not a JPEG or PNG image", path));
    return std::optional<audio::CoverArt>(std::move(art));
}

// Ctrl+C. The handler only counts presses; a watcher thread turns them into the token's modes (an
// AfterCurrentItem first, Now second) and restores the default handler so a third press ends the process.
std::atomic<int> gInterrupts{0};
extern "C" void onSigint(int) { gInterrupts.fetch_add(1, std::memory_order_relaxed); }

#if defined(SONGLOOM_CLI_WITH_TORCH)

class InterruptWatcher {
public:
    InterruptWatcher(CancelToken& token, ProgressBar& bar) : token_(token), bar_(bar) {
        gInterrupts.store(0);
        struct sigaction action {};
        action.sa_handler = onSigint;
        sigemptyset(&action.sa_mask);
        ::sigaction(SIGINT, &action, &previous_);
        thread_ = std::jthread([this](std::stop_token stop) { watch(stop); });
    }
    ~InterruptWatcher() {
        thread_.request_stop();
        thread_.join();
        ::sigaction(SIGINT, &previous_, nullptr);
    }
    int presses() const { return gInterrupts.load(); }

private:
    void watch(const std::stop_token& stop) {
        int handled = 0;
        while (!stop.stop_requested()) {
            const int presses = gInterrupts.load();
            if (presses >= 1 && handled < 1) {
                token_.finishCurrentItem();
                bar_.note("Ctrl+C: finishing the take being made, then stopping. Press Ctrl+C again to stop now.");
                handled = 1;
            }
            if (presses >= 2 && handled < 2) {
                token_.cancelNow();
                bar_.note("Ctrl+C: stopping now.");
                std::signal(SIGINT, SIG_DFL);  // a third press ends the process at once
                handled = 2;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
    }

    CancelToken& token_;
    ProgressBar& bar_;
    struct sigaction previous_ {};
    std::jthread thread_;
};

int runEngine(const GenerateOptions& o, GenerationRequest request, const Catalog& catalog, const ModelSet& set,
              const ResolvedRequest& resolved, const std::vector<fs::path>& outputs,
              const std::optional<audio::CoverArt>& cover) {
    const ComputeDevice device = parseComputeDevice(o.device).value_or(ComputeDevice::Auto);
    const Precision precision = parsePrecision(o.precision).value_or(Precision::Auto);
    const MemoryPolicy memory = parseMemoryPolicy(o.memory).value_or(MemoryPolicy::KeepLoaded);

    ProgressBar bar(std::cerr, progressModeForStderr(o.quiet), terminalWidth());
    CancelToken token;
    InterruptWatcher watcher(token, bar);
    const auto started = std::chrono::steady_clock::now();
    auto elapsed = [&] { return std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count(); };

    ProgressEvent loading;
    loading.stage = ProgressStage::Load;
    loading.items = resolved.batchSize;
    bar.update(loading);
    // The model file's SHA-256 for the tags is read while the engine loads (the same file: the second
    // reader mostly hits the page cache), so a big checkpoint costs no extra wait. An early return waits
    // for it in the future's destructor, before `catalog` goes away.
    auto hashing = std::async(std::launch::async, [&catalog, &set] { return modelFileHash(catalog.components.at(set.dit)); });
    auto engine = Engine::open(catalog, set, EngineOptions{device, precision, memory, o.threads, o.vaeTileSeconds});
    if (!engine) {
        bar.finish();
        return fail(exitCodeForOpen(engine.status().code()), engine.status().message());
    }
    if (watcher.presses() > 0) {
        bar.finish();
        std::cerr << "cancelled before generating: nothing was written\n";
        return kExitCancelled;
    }
    auto sha256 = hashing.get();
    if (!sha256) {
        bar.finish();
        return fail(kExitModels, sha256.status().message());
    }
    const EngineInfo info = (*engine)->info();
    bar.note(fmt::format("{} on {} ({}); {} s, {} take{}, seed {}{}", info.ditTitle, info.device, info.precision,
                         resolved.durationSeconds, resolved.batchSize, resolved.batchSize == 1 ? "" : "s",
                         resolved.seed, resolved.seedWasRandom ? " (random)" : ""));

    audio::WriteOptions write;
    write.format = toOutputFormat(resolved.outputFormat);
    write.settings.bitrate = resolved.audioSettings.bitrateKbps;
    write.settings.channels = resolved.audioSettings.channels;
    write.settings.sampleRate = resolved.audioSettings.sampleRateHz;
    write.overwrite = o.overwrite;

    std::vector<fs::path> written;
    std::optional<Status> writeError;
    std::optional<fs::path> rescued;
    GenerateCallbacks callbacks;
    callbacks.cancel = &token;
    callbacks.onProgress = [&](const ProgressEvent& e) { bar.update(e); };
    callbacks.onItemReady = [&](const GeneratedTake& take) {
        if (writeError || take.item >= outputs.size() || !take.audio) return;
        // The tags carry the seed this take was really made with.
        ResolvedRequest forTake = resolved;
        if (take.item < forTake.itemSeeds.size()) forTake.itemSeeds[take.item] = take.seed;
        audio::AudioTags tags = tagsForTake(forTake, take.item, (*engine)->dit(), *sha256, o.title.value_or(""));
        tags.artist = o.artist.value_or("");
        tags.album = o.album.value_or("");
        tags.cover = cover;
        audio::WriteOptions options = write;
        options.tags = std::move(tags);
        auto report = audio::writeAudio(outputs[take.item], *take.audio, options);
        if (!report) {
            // The next takes would meet the same disk: stop instead of computing them for nothing. The take
            // already made is not thrown away: it goes to the temporary folder when that can hold it.
            writeError = report.status();
            token.cancelNow();
            std::error_code ec;
            const fs::path rescue = fs::temp_directory_path(ec) / "songloom-rescued" / outputs[take.item].filename();
            fs::create_directories(rescue.parent_path(), ec);
            options.overwrite = false;
            if (!ec && !fs::exists(rescue, ec) && audio::writeAudio(rescue, *take.audio, options).isOk())
                rescued = rescue;
            return;
        }
        written.push_back(outputs[take.item]);
        bar.emit(std::cout, outputs[take.item].string());
    };

    // The engine resolves the request again: with the seed fixed it reaches the same values as `resolved`,
    // whose seed the tags of each take (written before generate returns) already carry.
    request.seed = static_cast<std::int64_t>(resolved.seed);
    auto result = (*engine)->generate(request, callbacks, o.batchTogether);
    bar.finish();

    const std::size_t asked = outputs.size();
    if (writeError) {
        std::cerr << "error: " << writeError->message() << "\n";
        if (rescued) std::cerr << "the take was saved instead to " << rescued->string() << "\n";
        if (!written.empty()) std::cerr << fmt::format("{} of {} takes were written before it\n", written.size(), asked);
        return kExitOutput;
    }
    if (!result) {
        if (result.status().code() == ErrorCode::Cancelled) {
            std::cerr << fmt::format("cancelled: {} of {} takes written\n", written.size(), asked);
            return kExitCancelled;
        }
        return fail(exitCodeForGenerate(result.status().code()), result.status().message());
    }
    if (written.size() != result->takes.size()) {
        return fail(kExitInternal, fmt::format("the engine returned {} takes but delivered {}", result->takes.size(),
                                               written.size()));
    }
    if (result->stoppedEarly || watcher.presses() > 0) {
        std::cerr << fmt::format("cancelled: {} of {} takes written\n", written.size(), asked);
        return kExitCancelled;
    }
    if (!o.quiet)
        std::cerr << fmt::format("{} take{} in {:.1f} s\n", written.size(), written.size() == 1 ? "" : "s", elapsed());
    return kExitOk;
}

#endif  // SONGLOOM_CLI_WITH_TORCH

int runGenerate(const GenerateOptions& o) {
    if (o.showLyricsHelp || o.showCaptionHelp) {
        if (o.showLyricsHelp) std::cout << lyricsHelp();
        if (o.showLyricsHelp && o.showCaptionHelp) std::cout << "\n";
        if (o.showCaptionHelp) std::cout << captionHelp();
        return kExitOk;
    }

    // 1. The request, without touching any file it names.
    auto built = buildRequest(o);
    if (!built) return fail(kExitUsage, built.status().message());
    GenerationRequest request = std::move(*built);
    if (Status s = validateRequest(request, /*checkFiles=*/false); !s) return fail(kExitUsage, s.message());

    // 2. The outputs: named, not already there, their folder made.
    auto outputs = outputPaths(o.output, request.outputFormat.value_or(AudioFormat::Mp3), request.batchSize.value_or(1));
    if (!outputs) return fail(kExitUsage, outputs.status().message());
    for (const fs::path& path : *outputs) {
        std::error_code ec;
        if (fs::exists(path, ec) && !o.overwrite) {
            return fail(kExitOutput, fmt::format("\"{}\" already exists: nothing was generated (--overwrite replaces "
                                                 "it, or choose another --output)",
                                                 path.string()));
        }
        if (fs::is_directory(path, ec)) return fail(kExitOutput, fmt::format("\"{}\" is a folder", path.string()));
        if (!path.parent_path().empty() && !fs::is_directory(path.parent_path(), ec)) {
            fs::create_directories(path.parent_path(), ec);
            if (ec) {
                return fail(kExitOutput, fmt::format("the folder \"{}\" cannot be made: {}", path.parent_path().string(),
                                                     ec.message()));
            }
        }
    }

    // 3. The files the request reads.
    // validateRequest passed without files above, so what fails now is a file (missing, unreadable, not audio).
    if (Status s = validateRequest(request, /*checkFiles=*/true); !s) return fail(kExitAudioInput, s.message());
    auto cover = readCoverImage(request.coverImage);
    if (!cover) return fail(kExitAudioInput, cover.status().message());

#if !defined(SONGLOOM_CLI_WITH_TORCH)
    return fail(kExitModels, "this songloom-cli was built without libtorch (SONGLOOM_WITH_TORCH=OFF), so it cannot "
                             "generate; rebuild with -DSONGLOOM_WITH_TORCH=ON");
#else
    // 4. The models.
    const fs::path folder = o.modelsDir ? fs::path(*o.modelsDir) : defaultModelsFolder();
    if (folder.empty()) {
        return fail(kExitModels, "no models folder: pass --models DIR (or set SONGLOOM_MODELS, or choose a folder in "
                                 "the studio)");
    }
    std::error_code ec;
    if (!fs::exists(folder, ec))
        return fail(kExitModels, fmt::format("--models \"{}\": no such folder", folder.string()));
    ScanOptions scan;
    scan.bundledTokenizer = bundledTokenizerFolder();  // Comfy-Org files carry no tokenizer
    for (const std::string& v : o.variants)
        if (Status s = addVariantChoice(scan, v); !s) return fail(kExitUsage, s.message());
    auto catalog = scanModels(folder, scan);
    if (!catalog) return fail(kExitModels, fmt::format("--models \"{}\": {}", folder.string(), catalog.status().message()));
    auto picked = pickModelSet(*catalog, o.model);
    if (!picked)
        return fail(picked.status().code() == ErrorCode::InvalidArgument ? kExitUsage : kExitModels,
                    picked.status().message());
    const ModelSet& set = catalog->models.at(*picked);

    // 5. Every value decided for this model (errors before any weight is loaded).
    auto resolved = resolveRequest(request, catalog->components.at(set.dit));
    if (!resolved) {
        const ErrorCode code = resolved.status().code();
        return fail(code == ErrorCode::InvalidArgument         ? kExitUsage
                    : code == ErrorCode::NotFound || code == ErrorCode::Io ? kExitAudioInput
                                                                           : kExitModels,
                    resolved.status().message());
    }
    if (!o.quiet)
        for (const std::string& w : resolved->warnings) std::cerr << "warning: " << w << "\n";
    return runEngine(o, std::move(request), *catalog, set, *resolved, *outputs, *cover);
#endif
}

}  // namespace

void registerGenerateCommand(CLI::App& app, Context& ctx) {
    auto options = std::make_shared<GenerateOptions>();
    CLI::App* cmd = app.add_subcommand(
        "generate",
        "Make songs from a caption and lyrics (or a JSON request) with the models in a folder. Each take is "
        "written as soon as it is ready and its path printed; progress goes to stderr. Ctrl+C once finishes the "
        "take being made, twice stops at once.");
    addGenerateOptions(*cmd, *options);
    cmd->footer(kExitCodesHelp);
    cmd->callback([options, &ctx] { ctx.exitCode = runGenerate(*options); });
}

}  // namespace songloom::cli
