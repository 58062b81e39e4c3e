// The engine's public API (architecture guide, "Engine shape"): one Engine object (pImpl) that owns the
// loaded model set, a params struct per call and per-call callbacks -- progress, cancel, each finished
// variation. Torch-free: the studio and the CLI include this header without libtorch's; only the library
// (songloom_engine) links it. Errors cross as Status / Result: a c10::Error never escapes.
//
// Threading: an Engine is used from one thread at a time (the studio's GPU thread constructs, uses and
// destroys it). Callbacks run on that thread; CancelToken may be set from any thread.
#pragma once

#include "songloom/audio_io.h"
#include "songloom/generation_request.h"
#include "songloom/model_catalog.h"
#include "songloom/status.h"

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace songloom {

enum class ComputeDevice { Auto, Cpu, Cuda };  // Auto: CUDA when a CUDA device is visible, else CPU
enum class Precision { Auto, Float32, BFloat16, Float16 };  // Auto: bf16 on CUDA, fp32 on CPU (spec-dit 9.1)
// KeepLoaded: every module stays on the device between runs (lowest latency). OneResident: only the module
// that is working is on the device; the others stay mapped from their files and are moved in when their
// stage starts (fits 8 GB cards; each run pays the transfers).
enum class MemoryPolicy { KeepLoaded, OneResident };

const char* computeDeviceName(ComputeDevice device);  // "auto", "cpu", "cuda"
const char* precisionName(Precision precision);       // "auto", "fp32", "bf16", "fp16"
const char* memoryPolicyName(MemoryPolicy policy);    // "keep-loaded", "one-resident"
std::optional<ComputeDevice> parseComputeDevice(std::string_view name);
std::optional<Precision> parsePrecision(std::string_view name);  // also "float32", "bfloat16", "float16"
std::optional<MemoryPolicy> parseMemoryPolicy(std::string_view name);

struct EngineOptions {
    ComputeDevice device = ComputeDevice::Auto;
    Precision precision = Precision::Auto;
    MemoryPolicy memory = MemoryPolicy::KeepLoaded;
    int cpuThreads = 0;  // 0: libtorch's default
    double vaeTileSeconds = 0.0;  // VAE decode window in seconds of audio; 0: chosen from the memory available
};

// Whether CUDA is usable in this process (libtorch built with CUDA and a device visible).
bool cudaAvailable();

enum class ProgressStage { Load, EncodeText, EncodeAudio, Denoise, Decode, Write, Done };
const char* progressStageName(ProgressStage stage);  // "load", "encode text", "encode audio", ...

struct ProgressEvent {
    ProgressStage stage = ProgressStage::Load;
    int step = 0, total = 0;      // denoise: steps done / steps; decode: tiles done / tiles; else 0 / 0
    int item = 0, items = 1;      // the variation being worked on (0-based) and the batch size
    double fraction = 0.0;        // of the whole job, [0, 1], never decreasing within a job
    double elapsedSeconds = 0.0;  // since generate() was called
    double etaSeconds = -1.0;     // remaining, estimated from the measured step and tile times; < 0: unknown
};

enum class CancelMode { None, Now, AfterCurrentItem };

// Set from any thread; the engine polls it between denoising steps, VAE tiles and stages. Now: the job stops
// within one step or tile and frees what it allocated; AfterCurrentItem: the variation being made is
// finished and delivered, then the job stops.
class CancelToken {
public:
    void cancelNow() { mode_.store(static_cast<int>(CancelMode::Now)); }
    void finishCurrentItem() {
        int expected = static_cast<int>(CancelMode::None);
        mode_.compare_exchange_strong(expected, static_cast<int>(CancelMode::AfterCurrentItem));
    }
    void reset() { mode_.store(static_cast<int>(CancelMode::None)); }
    CancelMode mode() const { return static_cast<CancelMode>(mode_.load()); }

private:
    std::atomic<int> mode_{static_cast<int>(CancelMode::None)};
};

// Where an edit lies in a take (seconds on the take's own time line).
struct TakeRegion {
    double start = 0.0, end = 0.0;
};

// One finished variation.
struct GeneratedTake {
    std::size_t item = 0;         // batch index
    std::uint64_t seed = 0;       // the seed of this item's noise
    std::shared_ptr<const audio::AudioBuffer> audio;  // 48 kHz stereo float
    // The part of `audio` that was generated (repaint / extend: the region, in output time; other tasks:
    // the whole take) and how much was added before the source's start (extend before).
    TakeRegion generated;
    double prependedSeconds = 0.0;
    double appendedSeconds = 0.0;
};

struct GenerateCallbacks {
    std::function<void(const ProgressEvent&)> onProgress;
    std::function<void(const GeneratedTake&)> onItemReady;  // as each variation is decoded
    const CancelToken* cancel = nullptr;
};

struct GenerateResult {
    ResolvedRequest resolved;           // every value used, seeds included
    std::vector<GeneratedTake> takes;   // in batch order; fewer than the batch after AfterCurrentItem
    bool stoppedEarly = false;          // AfterCurrentItem cut the batch short
    double seconds = 0.0;               // wall time of the whole call
};

struct EngineInfo {
    std::string device;     // "cpu", "cuda:0 (NVIDIA H100 80GB HBM3)"
    std::string precision;  // "fp32", "bf16", "fp16"
    std::string memory;     // memoryPolicyName
    std::string presetId;   // the variant preset ("2b-turbo")
    std::string ditTitle;
    bool canCover = false;      // the DiT carries the audio tokenizer / detokenizer
    bool canGuide = false;      // the DiT carries null_condition_emb
    bool officialXlTimbre = false;  // the XL timbre encoder's special_token is used (reference-policy rule 1)
    std::vector<TaskType> tasks;  // what resolveRequest accepts for this DiT
};

class Engine {
public:
    // Loads one model set of a catalog (every component checked before anything is allocated). Errors:
    // NotFound / Corrupt (a component missing or unreadable, named), Unsupported (CUDA asked for and not
    // available; fp16 on the CPU), OutOfMemory (with what to change).
    static Result<std::unique_ptr<Engine>> open(const Catalog& catalog, const ModelSet& set,
                                                const EngineOptions& options = {});
    ~Engine();
    Engine(const Engine&) = delete;
    Engine& operator=(const Engine&) = delete;

    EngineInfo info() const;
    const CatalogComponent& dit() const;  // the DiT component (for take tags)

    // Resolves (resolveRequest against the DiT), reads source / reference audio (loadAudio), runs the task
    // and delivers each variation. Batch items run one after another by default (each streams out as soon
    // as it is decoded, and AfterCurrentItem has a variation to finish); `batchTogether` runs the whole batch
    // through each step at once as diffusers does (faster on a large GPU; the items arrive together).
    // Errors: InvalidArgument (the request; the field, value and range named), NotFound / Corrupt (audio
    // files), Unsupported (a task this checkpoint cannot do), Cancelled (CancelMode::Now), OutOfMemory (what
    // to change: shorter duration, smaller batch, the one-resident memory policy), Internal.
    Result<GenerateResult> generate(const GenerationRequest& request, const GenerateCallbacks& callbacks = {},
                                    bool batchTogether = false);

    // Frees what the device caches between runs (one-resident unloads everything).
    void releaseMemory();

private:
    struct Impl;
    explicit Engine(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

// The advice attached to an out-of-memory error (also used by the studio's message).
std::string outOfMemoryAdvice(double durationSeconds, int batchSize, MemoryPolicy policy);

}  // namespace songloom
