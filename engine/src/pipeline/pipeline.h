// The generation pipeline: every task of diffusers' AceStepPipeline.__call__ (engine-spec-diffusers §2.2),
// end to end, with the engine's modules. Prompts -> one batched tokenisation -> text encoder (captions, no
// mask) and embedding lookup (lyrics) -> latent length (§2.5) -> source latents per task -> repaint window
// and silence substitution -> chunk mask -> timbre input (silence or reference crop) -> condition encoder
// (and the text2music conditions of a cover blend) -> noise -> denoise -> latents, or VAE decode and the
// −1 dBFS post-processing (§2.10). Private to engine/src.
#pragma once

#include "pipeline/module_store.h"
#include "sampling/sampler.h"
#include "sampling/sampler_settings.h"
#include "songloom/component_tensors.h"
#include "songloom/model_catalog.h"
#include "songloom/prompts.h"
#include "songloom/status.h"
#include "songloom/tokenizer.h"
#include "text/qwen3_text_encoder.h"
#include "vae/oobleck.h"

#include <ATen/core/Generator.h>
#include <torch/types.h>

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace songloom::pipeline {

// Already-read component files, for a load that does not go through the catalog (tests). `dit` holds the
// canonical decoder.* / encoder.* / null_condition_emb (and, when present, tokenizer.* / detokenizer.*).
struct PipelineParts {
    const ComponentTensors* dit = nullptr;
    dit::DitConfig ditConfig;
    dit::ConditionConfig conditionConfig;
    const ComponentTensors* textEncoder = nullptr;
    text::Qwen3Config textConfig;
    const ComponentTensors* vae = nullptr;
    vae::VaeConfig vaeConfig;
    const Tokenizer* tokenizer = nullptr;
    PromptTokenizerConfig promptConfig;
    torch::Tensor silence;  // [1, S, A] time-major (any device / dtype), A = the DiT's latent width
    // The official XL timbre path (reference-policy rule 1). The catalog load turns it on for an XL DiT
    // that stores encoder.timbre_encoder.special_token; explicit parts leave it to the caller (off = diffusers).
    bool timbreCls = false;
};

// One run's values, already validated by the caller's request layer (still checked here for shapes).
struct PipelineRequest {
    // Captions (batch size), lyrics, languages, metas, task, track name / complete classes, instruction.
    // prompts.metas.durationSeconds is ignored: the pipeline writes the duration it derives (below).
    PromptRequest prompts;
    // audio_duration, 60 s by default as in diffusers: with a source or audio codes it only feeds the metas
    // (a default request says "60 seconds" whatever the source length, as diffusers does); without them it
    // sets T = ceil(duration · latents per second). <= 0: the codes' length (5N / latents per second), else
    // the source length, else 60 s.
    double durationSeconds = 60.0;
    // [C, S], [1, C, S] or [B, C, S] float at the VAE's sampling rate (48 kHz for the release). Undefined:
    // no source.
    torch::Tensor sourceAudio;
    // [C, S] at the VAE's sampling rate: the timbre reference for the whole batch. Undefined: silence.
    torch::Tensor referenceAudio;
    std::optional<double> repaintStart, repaintEnd;  // seconds (repaint / lego with a source)
    // `<|audio_code_N|>` strings: none, one for the whole batch, or one per item (fewer: the last repeats).
    std::vector<std::string> audioCodes;
    // steps, shift, guidance, CFG interval, custom timesteps, coverStrength. `turbo` and `coverMode` are
    // set by the pipeline (the DiT's variant; Blend for a cover task).
    sampling::SamplerSettings sampler;
    // Noise: none (the device's default generator), one, or one per item (diffusers' randn_tensor).
    std::vector<at::Generator> generators;
    // The VAE posterior draws (source first, then reference), which diffusers makes from the global RNG;
    // unset: the default generator of the VAE's device.
    std::optional<at::Generator> vaeGenerator;
    bool latentOutput = false;  // output_type="latent": no VAE decode

    // Extensions beyond diffusers (reference-policy rule 3). Each is off by default, and off the run is
    // diffusers' own.
    // Repaint edges before 0 or past the source's end pad the source waveform with zeros and shift the
    // region (extend / outpaint, spec-dit §6.3); off, they are clamped to the source as diffusers does.
    bool outpaint = false;
    // Repaint: outside the region the output is the source's samples, bit for bit; inside each edge that
    // has source audio beyond it, a linear crossfade of `crossfadeSeconds` from the source into the new
    // audio (weights k/(n+1), spec-dit §7.9). The peak normalisation of §2.10 is skipped (it would change
    // the kept audio's level).
    bool keepSource = false;
    double crossfadeSeconds = 0.025;
    // Cover: how audio_cover_strength acts (Blend: diffusers; Switch: the official step switch).
    sampling::CoverMode coverMode = sampling::CoverMode::Blend;
    // VAE decode window in latent frames (0: from the memory available).
    std::int64_t decodeChunkFrames = 0;
};

struct PipelineOutput {
    torch::Tensor latents;  // [B, T, A] in the model dtype
    torch::Tensor audio;    // [B, audio channels, hop·T] float32, −1 dBFS peak per item (undefined for latents)
    std::int64_t frames = 0;
    std::int64_t sampleRate = 0;
    double durationSeconds = 0.0;        // the audio_duration the metas were written with
    TaskType task = TaskType::Text2Music;  // after the codes switch (text2music with codes -> cover)
    // The generated part in output samples ([0, length) for every task but repaint / lego with a region)
    // and the silence added before / after the source (outpaint).
    std::int64_t regionStartSample = 0, regionEndSample = 0;
    std::int64_t prependedSamples = 0, appendedSamples = 0;
};

enum class Stage { Prompts, TextEncoder, SourceLatents, Conditions, Noise, Denoise, Decode, Done };
const char* stageName(Stage stage);

struct PipelineHooks {
    std::function<void(Stage)> stage;                                   // on entering each stage
    std::function<void(int step, int total)> step;                      // after each denoising step
    std::function<void(int step, const torch::Tensor& x)> afterStep;   // latents after each step
    std::function<void(int done, int total)> tile;                      // after each VAE decode window
    const std::atomic<bool>* cancel = nullptr;                          // checked between stages, steps, tiles
    // Intermediate tensors for tests and diagnostics: "text" [B, Lt, Ht] (text encoder output), "lyric"
    // [B, Ll, Ht] (lyric embeddings), "encoder" [B, L, He] (conditions), "context" [B, T, 2A], "noise"
    // [B, T, A].
    std::function<void(const std::string& name, const torch::Tensor& value)> inspect;
};

class Pipeline {
public:
    // Every module through the catalog: the set's DiT (decoder, condition encoder, audio tokenizer and
    // detokenizer when present), VAE, text encoder, tokenizer and silence latent.
    static Result<Pipeline> load(const Catalog& catalog, const ModelSet& set, torch::Device device,
                                 torch::ScalarType dtype, Residency residency = Residency::KeepLoaded);
    static Result<Pipeline> load(const PipelineParts& parts, torch::Device device, torch::ScalarType dtype,
                                 Residency residency = Residency::KeepLoaded);

    // The run. Errors: InvalidArgument (request shapes / values), Unsupported (a feature the checkpoint
    // lacks: audio codes or a cover source without tokenizer/detokenizer, guidance without
    // null_condition_emb), Cancelled, Internal.
    Result<PipelineOutput> run(const PipelineRequest& request, const PipelineHooks& hooks = {}) const;

    double latentsPerSecond() const;  // sampling rate / hop (25 for the release)
    std::int64_t sampleRate() const { return store_->vaeConfig().samplingRate; }
    std::int64_t hopLength() const { return store_->vaeConfig().hopLength(); }
    bool isTurbo() const { return store_->ditConfig().isTurbo; }
    bool hasAudioCodes() const { return store_->hasAudioCodes(); }
    bool hasNullCondition() const { return store_->hasNullCondition(); }
    torch::Device device() const { return store_->device(); }
    torch::ScalarType dtype() const { return store_->dtype(); }
    ModuleStore& modules() const { return *store_; }

private:
    struct TextSide {
        torch::Tensor text, textMask, lyric, lyricMask;
    };
    Result<TextSide> encodeText(const text::Qwen3TextEncoder& encoder, const PromptRequest& prompts) const;

    std::shared_ptr<ModuleStore> store_;
    std::shared_ptr<const Tokenizer> tokenizer_;
    PromptTokenizerConfig promptConfig_;
    torch::Tensor silence_;  // [1, S, A], device / dtype of the run
};

// The keep-source splice (PipelineRequest::keepSource): `generated` [B, C, S] and `source` [1 or B, C, S]
// -> the source outside [start, end) samples and the generated audio inside, with a linear crossfade of
// `fade` samples just inside each edge that has source audio beyond it (weights k/(n+1), k = 1..n, n =
// min(fade, half the region)). Float32.
torch::Tensor spliceKeepingSource(const torch::Tensor& generated, const torch::Tensor& source, std::int64_t start,
                                  std::int64_t end, std::int64_t fade);

}  // namespace songloom::pipeline
