// The public Engine (songloom/engine.h) over the pipeline: request resolution, audio files in, per-item
// seeds, streaming of variations, progress with ETA, cancel modes and out-of-memory advice.
#include "songloom/engine.h"

#include "engine/progress_tracker.h"
#include "pipeline/pipeline.h"
#include "sampling/sampler.h"
#include "songloom/runtime.h"

#include <fmt/format.h>
#include <torch/cuda.h>
#include <torch/torch.h>

#include <algorithm>
#include <chrono>
#include <cmath>

namespace songloom {

namespace {

using torch::indexing::None;
using torch::indexing::Slice;

Status invalid(std::string message) { return Status::error(ErrorCode::InvalidArgument, std::move(message)); }

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// Interleaved 48 kHz stereo -> [C, S] float32.
torch::Tensor toTensor(const audio::AudioBuffer& buffer) {
    const auto frames = buffer.frames();
    auto interleaved = torch::from_blob(const_cast<float*>(buffer.samples.data()), {frames, buffer.channels},
                                        torch::kFloat32);
    return interleaved.t().contiguous().clone();
}

// [C, S] -> interleaved buffer.
std::shared_ptr<const audio::AudioBuffer> toBuffer(const torch::Tensor& audio, int rate) {
    auto t = audio.to(torch::kCPU, torch::kFloat32).t().contiguous();
    auto out = std::make_shared<audio::AudioBuffer>();
    out->sampleRate = rate;
    out->channels = static_cast<int>(audio.size(0));
    out->samples.assign(t.data_ptr<float>(), t.data_ptr<float>() + t.numel());
    return out;
}

ProgressStage toProgressStage(pipeline::Stage s) {
    switch (s) {
        case pipeline::Stage::Prompts:
        case pipeline::Stage::TextEncoder: return ProgressStage::EncodeText;
        case pipeline::Stage::SourceLatents: return ProgressStage::EncodeAudio;
        case pipeline::Stage::Conditions:
        case pipeline::Stage::Noise:
        case pipeline::Stage::Denoise: return ProgressStage::Denoise;
        case pipeline::Stage::Decode: return ProgressStage::Decode;
        case pipeline::Stage::Done: return ProgressStage::Done;
    }
    return ProgressStage::Load;
}

std::vector<TaskType> tasksFor(const CatalogComponent& dit) {
    std::vector<TaskType> tasks = {TaskType::Text2Music, TaskType::Repaint};
    if (dit.hasAudioCodes) tasks.push_back(TaskType::Cover);
    if (dit.variant == DitVariant::Base) {
        tasks.insert(tasks.end(), {TaskType::Extract, TaskType::Lego, TaskType::Complete});
    }
    return tasks;
}

}  // namespace

const char* computeDeviceName(ComputeDevice device) {
    switch (device) {
        case ComputeDevice::Auto: return "auto";
        case ComputeDevice::Cpu: return "cpu";
        case ComputeDevice::Cuda: return "cuda";
    }
    return "?";
}
const char* precisionName(Precision precision) {
    switch (precision) {
        case Precision::Auto: return "auto";
        case Precision::Float32: return "fp32";
        case Precision::BFloat16: return "bf16";
        case Precision::Float16: return "fp16";
    }
    return "?";
}
const char* memoryPolicyName(MemoryPolicy policy) {
    return policy == MemoryPolicy::KeepLoaded ? "keep-loaded" : "one-resident";
}
std::optional<ComputeDevice> parseComputeDevice(std::string_view name) {
    const auto n = lower(name);
    if (n == "auto") return ComputeDevice::Auto;
    if (n == "cpu") return ComputeDevice::Cpu;
    if (n == "cuda" || n == "gpu") return ComputeDevice::Cuda;
    return std::nullopt;
}
std::optional<Precision> parsePrecision(std::string_view name) {
    const auto n = lower(name);
    if (n == "auto") return Precision::Auto;
    if (n == "fp32" || n == "float32") return Precision::Float32;
    if (n == "bf16" || n == "bfloat16") return Precision::BFloat16;
    if (n == "fp16" || n == "float16") return Precision::Float16;
    return std::nullopt;
}
std::optional<MemoryPolicy> parseMemoryPolicy(std::string_view name) {
    const auto n = lower(name);
    if (n == "keep-loaded") return MemoryPolicy::KeepLoaded;
    if (n == "one-resident") return MemoryPolicy::OneResident;
    return std::nullopt;
}

bool cudaAvailable() {
    try {
        return torch::cuda::is_available();
    } catch (...) {
        return false;
    }
}

const char* progressStageName(ProgressStage stage) {
    switch (stage) {
        case ProgressStage::Load: return "load";
        case ProgressStage::EncodeText: return "encode text";
        case ProgressStage::EncodeAudio: return "encode audio";
        case ProgressStage::Denoise: return "denoise";
        case ProgressStage::Decode: return "decode";
        case ProgressStage::Write: return "write";
        case ProgressStage::Done: return "done";
    }
    return "?";
}

std::string outOfMemoryAdvice(double durationSeconds, int batchSize, MemoryPolicy policy) {
    std::string advice = "To fit, try one of: a shorter duration";
    if (durationSeconds > 0) advice += fmt::format(" (now {:.0f} s)", durationSeconds);
    if (batchSize > 1) advice += fmt::format("; fewer variations per run (now {})", batchSize);
    if (policy == MemoryPolicy::KeepLoaded) advice += "; the memory policy \"one module resident\"";
    advice += "; a shorter VAE decode window (it decodes in tiles); closing other programs that use the GPU.";
    return advice;
}

struct Engine::Impl {
    CatalogComponent dit;
    EngineOptions options;
    torch::Device device{torch::kCPU};
    torch::ScalarType dtype = torch::kFloat32;
    std::optional<pipeline::Pipeline> pipeline;
};

Engine::Engine(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Engine::~Engine() = default;

Result<std::unique_ptr<Engine>> Engine::open(const Catalog& catalog, const ModelSet& set, const EngineOptions& options) {
    if (set.dit >= catalog.components.size()) return invalid("model set: its DiT is not in the catalog");
    const auto& dit = catalog.components[set.dit];
    if (!set.readyToGenerate) {
        std::string missing;
        for (const auto& m : set.missing) missing += (missing.empty() ? "" : "; ") + m;
        return Status::error(ErrorCode::NotFound, fmt::format("{} is not ready to generate: {}", dit.title,
                                                              missing.empty() ? "a component is missing" : missing));
    }
    const bool cuda = cudaAvailable();
    torch::Device device(torch::kCPU);
    if (options.device == ComputeDevice::Cuda && !cuda) {
        return Status::error(ErrorCode::Unsupported,
                             "device cuda: no usable CUDA GPU in this process (allowed here: cpu, or auto)");
    }
    if (options.device == ComputeDevice::Cuda || (options.device == ComputeDevice::Auto && cuda)) {
        device = torch::Device(torch::kCUDA, 0);
    }
    torch::ScalarType dtype = device.is_cuda() ? torch::kBFloat16 : torch::kFloat32;  // spec-dit 9.1
    switch (options.precision) {
        case Precision::Auto: break;
        case Precision::Float32: dtype = torch::kFloat32; break;
        case Precision::BFloat16: dtype = torch::kBFloat16; break;
        case Precision::Float16:
            if (!device.is_cuda()) {
                return Status::error(ErrorCode::Unsupported,
                                     "precision fp16 runs on a GPU only (allowed on the CPU: fp32, bf16, auto)");
            }
            dtype = torch::kHalf;
            break;
    }
    if (options.cpuThreads < 0) {
        return invalid(fmt::format("cpu threads {}: allowed 0 (libtorch's default) or more", options.cpuThreads));
    }
    if (options.cpuThreads > 0) at::set_num_threads(options.cpuThreads);

    auto impl = std::make_unique<Impl>();
    impl->dit = dit;
    impl->options = options;
    impl->device = device;
    impl->dtype = dtype;
    const auto residency = options.memory == MemoryPolicy::OneResident ? pipeline::Residency::OneResident
                                                                        : pipeline::Residency::KeepLoaded;
    auto p = pipeline::Pipeline::load(catalog, set, device, dtype, residency);
    if (!p) {
        if (p.status().code() == ErrorCode::OutOfMemory) {
            return Status::error(ErrorCode::OutOfMemory,
                                 p.status().message() + ". " + outOfMemoryAdvice(0, 1, options.memory));
        }
        return p.status();
    }
    impl->pipeline.emplace(std::move(*p));
    return std::unique_ptr<Engine>(new Engine(std::move(impl)));
}

EngineInfo Engine::info() const {
    EngineInfo info;
    if (impl_->device.is_cuda()) {
        const auto rt = runtimeInfo();
        info.device = rt.gpus.empty() ? "cuda:0" : "cuda:0 (" + rt.gpus.front() + ")";
    } else {
        info.device = "cpu";
    }
    info.precision = impl_->dtype == torch::kFloat32 ? "fp32" : impl_->dtype == torch::kBFloat16 ? "bf16" : "fp16";
    info.memory = memoryPolicyName(impl_->options.memory);
    info.presetId = impl_->dit.preset ? impl_->dit.preset->id : std::string();
    info.ditTitle = impl_->dit.title;
    info.canCover = impl_->dit.hasAudioCodes;
    info.canGuide = impl_->dit.hasNullCondition;
    info.officialXlTimbre = impl_->pipeline->modules().timbreCls();
    info.tasks = tasksFor(impl_->dit);
    return info;
}

const CatalogComponent& Engine::dit() const { return impl_->dit; }

void Engine::releaseMemory() {
    if (impl_->pipeline) impl_->pipeline->modules().release();
}

Result<GenerateResult> Engine::generate(const GenerationRequest& request, const GenerateCallbacks& callbacks,
                                        bool batchTogether) {
    const auto started = std::chrono::steady_clock::now();
    auto& pipe = *impl_->pipeline;
    auto resolved = resolveRequest(request, impl_->dit);
    if (!resolved) return resolved.status();
    const ResolvedRequest& r = *resolved;
    const int rate = static_cast<int>(pipe.sampleRate());

    // Audio in: the source (with the region and the extend context) and the timbre reference.
    torch::Tensor source, head, tail, reference;
    std::optional<AbsoluteRegion> region;
    if (!r.sourceAudio.empty()) {
        auto loaded = audio::loadAudio(r.sourceAudio);
        if (!loaded) return loaded.status();
        source = toTensor(loaded->audio);
        const double seconds = loaded->audio.seconds();
        if (r.task == TaskType::Repaint) {
            auto abs = repaintRegion(r, seconds);
            if (!abs) return abs.status();
            region = *abs;
            if (r.extendContextSeconds) {
                const auto keep = std::min<std::int64_t>(source.size(1),
                                                         static_cast<std::int64_t>(*r.extendContextSeconds * rate));
                if (region->start >= seconds) {
                    const std::int64_t cut = source.size(1) - keep;
                    head = source.index({Slice(), Slice(0, cut)});
                    source = source.index({Slice(), Slice(cut, None)}).contiguous();
                    region->start -= static_cast<double>(cut) / rate;
                    region->end -= static_cast<double>(cut) / rate;
                } else if (region->end <= 0.0) {
                    tail = source.index({Slice(), Slice(keep, None)});
                    source = source.index({Slice(), Slice(0, keep)}).contiguous();
                } else {
                    return invalid(fmt::format("extend_context applies to a region wholly before or after the song; "
                                               "the region {:.3f}-{:.3f} s overlaps the {:.3f} s song",
                                               region->start, region->end, seconds));
                }
                if (source.size(1) < pipe.hopLength()) {
                    return invalid(fmt::format("extend_context {} s keeps less than one latent frame of the song: "
                                               "allowed at least {:.3f} s",
                                               *r.extendContextSeconds, static_cast<double>(pipe.hopLength()) / rate));
                }
            }
        }
    }
    if (!r.referenceAudio.empty()) {
        auto loaded = audio::loadAudio(r.referenceAudio);
        if (!loaded) return loaded.status();
        reference = toTensor(loaded->audio);
    }

    pipeline::PipelineRequest base;
    base.durationSeconds = (request.durationSeconds && source.defined()) || !source.defined() ? r.durationSeconds : -1.0;
    base.sourceAudio = source;
    base.referenceAudio = reference;
    if (region) {
        base.repaintStart = region->start;
        base.repaintEnd = region->end;
    }
    base.outpaint = true;
    base.keepSource = r.keepSourceAudio;
    base.crossfadeSeconds = r.crossfadeSeconds;
    base.coverMode = r.coverMode == CoverMode::Switch ? sampling::CoverMode::Switch : sampling::CoverMode::Blend;
    base.sampler.steps = r.steps;
    base.sampler.shift = r.shift;
    base.sampler.guidanceScale = r.guidanceEnabled ? r.guidanceScale : 1.0;
    base.sampler.apg = r.guidanceType == GuidanceType::Apg;
    base.sampler.cfgIntervalStart = r.guidanceIntervalStart;
    base.sampler.cfgIntervalEnd = r.guidanceIntervalEnd;
    base.sampler.coverStrength = r.coverStrength;
    base.decodeChunkFrames = impl_->options.vaeTileSeconds > 0
                                 ? static_cast<std::int64_t>(std::ceil(impl_->options.vaeTileSeconds * pipe.latentsPerSecond()))
                                 : 0;
    const PromptRequest prompts = toPromptRequest(r);

    GenerateResult result;
    result.resolved = r;
    const int items = r.batchSize;
    engine::ProgressTracker tracker(items, callbacks.onProgress);
    std::atomic<bool> stopNow{false};
    auto poll = [&] {
        if (callbacks.cancel && callbacks.cancel->mode() == CancelMode::Now) stopNow.store(true);
        return stopNow.load();
    };

    // Items one at a time (each streams out; AfterCurrentItem stops between them), or the whole batch at once.
    const int groups = batchTogether ? 1 : items;
    for (int gi = 0; gi < groups; ++gi) {
        const int first = batchTogether ? 0 : gi, count = batchTogether ? items : 1;
        pipeline::PipelineRequest pr = base;
        pr.prompts = prompts;
        pr.prompts.captions.assign(prompts.captions.begin() + first, prompts.captions.begin() + first + count);
        pr.prompts.lyrics.assign(prompts.lyrics.begin() + first, prompts.lyrics.begin() + first + count);
        for (int i = first; i < first + count; ++i) {
            pr.generators.push_back(sampling::seededGenerator(r.itemSeeds[static_cast<std::size_t>(i)], impl_->device));
        }
        pr.vaeGenerator = sampling::seededGenerator(r.itemSeeds[static_cast<std::size_t>(first)], impl_->device);

        pipeline::PipelineHooks hooks;
        hooks.cancel = &stopNow;
        hooks.stage = [&](pipeline::Stage s) {
            poll();
            if (s != pipeline::Stage::Done) tracker.stage(toProgressStage(s), first);
        };
        // Polled after the event: a cancel asked for while the caller handles it stops the next step / tile.
        hooks.step = [&](int step, int total) {
            tracker.step(first, step + 1, total);
            poll();
        };
        hooks.tile = [&](int done, int total) {
            tracker.tile(first, done, total);
            poll();
        };
        if (poll()) return Status::error(ErrorCode::Cancelled, "generation cancelled");
        auto out = pipe.run(pr, hooks);
        if (!out) {
            if (out.status().code() == ErrorCode::OutOfMemory) {
                return Status::error(ErrorCode::OutOfMemory,
                                     out.status().message() + ". " +
                                         outOfMemoryAdvice(r.durationSeconds, r.batchSize, impl_->options.memory));
            }
            if (out.status().code() == ErrorCode::Cancelled) {
                return Status::error(ErrorCode::Cancelled,
                                     fmt::format("generation cancelled ({} of {} variations finished)",
                                                 result.takes.size(), items));
            }
            return out.status();
        }
        for (int i = 0; i < count; ++i) {
            auto audio = out->audio.index({i});
            std::int64_t offset = 0;
            if (head.defined()) {
                offset = head.size(1);
                audio = torch::cat({head.to(audio.device()), audio}, 1);
            }
            if (tail.defined()) audio = torch::cat({audio, tail.to(audio.device())}, 1);
            GeneratedTake take;
            take.item = static_cast<std::size_t>(first + i);
            take.seed = r.itemSeeds[take.item];
            take.audio = toBuffer(audio, rate);
            take.generated = {static_cast<double>(out->regionStartSample + offset) / rate,
                              static_cast<double>(out->regionEndSample + offset) / rate};
            take.prependedSeconds = static_cast<double>(out->prependedSamples) / rate;
            take.appendedSeconds = static_cast<double>(out->appendedSamples) / rate;
            tracker.itemDone(first + i);
            if (callbacks.onItemReady) callbacks.onItemReady(take);
            result.takes.push_back(std::move(take));
        }
        if (gi + 1 < groups && callbacks.cancel && callbacks.cancel->mode() == CancelMode::AfterCurrentItem) {
            result.stoppedEarly = true;
            break;
        }
    }
    tracker.finish();
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return result;
}

}  // namespace songloom
