// The condition encoder of ACE-Step 1.5 (engine-spec-dit §4, engine-spec-diffusers §2.4), computed as
// diffusers 0.40.0's AceStepConditionEncoder computes it: text projector, lyric encoder (padding masks on
// every layer), timbre encoder (row 0 of the reference frames, unpacked per batch item), two stable
// packings (valid tokens first), and the null condition for CFG. Also the silence latent: read from the
// official silence_latent.pt or the diffusers baked tensor, and the slices the pipeline takes of it.
// Private to engine/src.
#pragma once

#include "dit/condition_config.h"
#include "nn/ace_attention.h"
#include "songloom/component_tensors.h"
#include "songloom/model_catalog.h"
#include "songloom/silence_latent.h"
#include "songloom/status.h"

#include <torch/types.h>

#include <filesystem>
#include <vector>

namespace songloom::dit {

struct ConditionOptions {
    // The official XL code prepends the timbre encoder's learned `special_token` as a CLS token and pools
    // its output; diffusers never does (reference-policy.md). Off = diffusers (the special_token, when
    // stored, is accounted for and not read); on = the official XL behaviour (the tensor is required).
    bool timbreCls = false;
};

struct ConditionOutput {
    torch::Tensor hidden;  // [B, L_lyric + max_refs + L_text, He]: valid tokens first, padding at the tail
    torch::Tensor mask;    // [B, L] bool: true on the first (number of valid tokens) positions
};

class ConditionEncoder {
public:
    // Canonical official names: encoder.text_projector, encoder.lyric_encoder.*, encoder.timbre_encoder.*,
    // null_condition_emb (optional: nullCondition() is then unavailable). Strict within the scopes
    // "encoder." and "null_condition_emb" (Corrupt names missing, wrong-shape and unexpected tensors).
    static Result<ConditionEncoder> load(const ComponentTensors& tensors, const ConditionConfig& config,
                                         torch::Device device, torch::ScalarType dtype,
                                         ConditionOptions options = {});

    // textHidden [B, Lt, textHidden], textMask [B, Lt] (nonzero = valid), lyricEmbeds [B, Ll, textHidden],
    // lyricMask [B, Ll], referenceLatents [N, Tr, timbreHidden] (the packed reference clips),
    // referenceOrder [N] int64 (the batch item of each clip, 0..B-1; the largest must be B-1, since
    // diffusers takes the batch from it; an item without clips gets a zero timbre row, masked out).
    // InvalidArgument naming the input for a wrong shape or value.
    Result<ConditionOutput> forward(const torch::Tensor& textHidden, const torch::Tensor& textMask,
                                    const torch::Tensor& lyricEmbeds, const torch::Tensor& lyricMask,
                                    const torch::Tensor& referenceLatents, const torch::Tensor& referenceOrder) const;

    // The parts, for tests and for callers that cache them.
    torch::Tensor projectText(const torch::Tensor& textHidden) const;                        // [B, Lt, He]
    torch::Tensor encodeLyrics(const torch::Tensor& lyricEmbeds, const torch::Tensor& lyricMask) const;
    // The lyric stack's output before the final norm (diagnostics and the fp16 guard's test).
    torch::Tensor encodeLyricsPreNorm(const torch::Tensor& lyricEmbeds, const torch::Tensor& lyricMask) const;
    torch::Tensor encodeTimbreClips(const torch::Tensor& referenceLatents) const;             // [N, He]
    // Groups per batch item in clip order: [B, max count, He] and the mask [B, max count] int64.
    static std::pair<torch::Tensor, torch::Tensor> unpackTimbre(const torch::Tensor& clips, const torch::Tensor& order,
                                                                std::int64_t batch);
    // Concatenates along the sequence and moves the valid tokens first (stable): (hidden, bool mask).
    static std::pair<torch::Tensor, torch::Tensor> pack(const torch::Tensor& a, const torch::Tensor& b,
                                                        const torch::Tensor& maskA, const torch::Tensor& maskB);

    bool hasNullCondition() const { return nullEmb_.defined(); }
    // null_condition_emb [1, 1, He] (undefined when the checkpoint has none).
    const torch::Tensor& nullCondition() const { return nullEmb_; }
    // null_condition_emb broadcast to the shape of `condition` [B, L, He] (CFG's unconditional input).
    Result<torch::Tensor> nullConditionLike(const torch::Tensor& condition) const;

    const ConditionConfig& config() const { return config_; }
    const ConditionOptions& options() const { return options_; }

private:
    ConditionConfig config_;
    ConditionOptions options_;
    torch::ScalarType dtype_ = torch::kFloat32;
    nn::Linear textProjector_;
    nn::Linear lyricEmbed_, timbreEmbed_;
    std::vector<nn::AceEncoderLayer> lyricLayers_, timbreLayers_;
    nn::RmsNorm lyricNorm_, timbreNorm_;
    torch::Tensor timbreSpecial_;  // [1, 1, He], only with timbreCls
    torch::Tensor nullEmb_;
};

// ---- silence latent ----------------------------------------------------------------------------------

// The official silence_latent.pt ([1, C, T] float32 in the file, C = 64 for every release) as
// [1, T, C] on `device` as `dtype`. Unsupported when the stored shape is not [1, channels, T >= 1].
Result<torch::Tensor> loadSilenceLatentFile(const std::filesystem::path& path, torch::Device device,
                                            torch::ScalarType dtype,
                                            std::int64_t channels = kSilenceLatentChannels);
// The diffusers baked tensor `silence_latent` [1, T, C] (already time-major) from `tensors`.
Result<torch::Tensor> loadSilenceLatentTensor(const ComponentTensors& tensors, torch::Device device,
                                              torch::ScalarType dtype);
// A catalog SilenceLatent component: its .pt file, or the baked tensor of a diffusers condition_encoder.
// `channels`: what a .pt must hold (the baked tensor is taken as stored).
Result<torch::Tensor> loadSilenceLatent(const CatalogComponent& component, torch::Device device,
                                        torch::ScalarType dtype, std::int64_t channels = kSilenceLatentChannels);

// silence[:, :frames] of a [1, S, C] silence latent; when frames > S the latent is repeated from frame 0
// (ceil(frames / S) copies, then cut), as the pipeline's source latents are made. [1, frames, C].
torch::Tensor silenceFrames(const torch::Tensor& silence, std::int64_t frames);
// The timbre input without reference audio: silence[:, :frames] expanded to [B, frames', C] (contiguous),
// with the order 0..B-1. Like the pipeline's slice, a silence latent shorter than `frames` gives all it
// has (frames' = min(frames, stored)); no tiling here.
Result<std::pair<torch::Tensor, torch::Tensor>> silenceTimbreInput(const torch::Tensor& silence, std::int64_t frames,
                                                                   std::int64_t batch);

}  // namespace songloom::dit
