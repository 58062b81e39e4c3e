// The ACE-Step 1.5 DiT decoder, computed as diffusers 0.40.0's AceStepTransformer1DModel computes it
// (engine-spec-dit §3, engine-spec-diffusers §2.11): two timestep embedders (t and t - r), AdaLN blocks
// with raw gates (sliding-band self-attention on sliding layers, unmasked on full layers, unmasked
// cross-attention to the embedded condition), odd-length zero pad, Conv1d patchify, ConvTranspose1d head.
// Parameters under the official names decoder.* (ComponentTensors canonical names). Private to engine/src.
#pragma once

#include "dit/dit_config.h"
#include "nn/ace_attention.h"

#include <torch/types.h>

#include <vector>

namespace songloom::dit {

// Width of the sinusoidal timestep features (fixed in the reference: Timesteps(256, ...)).
inline constexpr std::int64_t kTimeSinusoidDim = 256;

// Timesteps(256, flip_sin_to_cos=True, downscale_freq_shift=0) on tau * 1000: tau [B] in the model dtype
// (the multiply happens in that dtype), sinusoid in fp32 as [cos, sin], result fp32 [B, 256].
torch::Tensor timestepSinusoid(const torch::Tensor& tau);

struct DitTimestepEmbedding {
    nn::Linear linear1, linear2, timeProj;
    // tau [B] (model dtype) -> (temb [B, H], projection [B, 6, H]).
    std::pair<torch::Tensor, torch::Tensor> operator()(const torch::Tensor& tau) const;
};

struct DitBlock {
    nn::RmsNorm selfAttnNorm, crossAttnNorm, mlpNorm;
    nn::AceAttention selfAttn, crossAttn;
    nn::SwiGlu mlp;
    torch::Tensor scaleShiftTable;  // [1, 6, H]
    // h [B, S, H], tproj [B, 6, H], enc [B, L, H] (embedded condition), mask: additive or undefined.
    torch::Tensor operator()(const torch::Tensor& h, const std::pair<torch::Tensor, torch::Tensor>& rope,
                             const torch::Tensor& tproj, const torch::Tensor& mask, const torch::Tensor& enc) const;
};

class DitModel {
public:
    // Strict: every decoder.* tensor the config implies, with its shape, and no other decoder.* tensor
    // (Corrupt naming them). Tensors outside decoder.* (encoder, tokenizer, ...) are left to their modules.
    static Result<DitModel> load(const ComponentTensors& tensors, const DitConfig& config, torch::Device device,
                                 torch::ScalarType dtype);

    // x [B, T, A] (noisy latent), t [B], tr [B] (r; = t at inference), encoderHidden [B, L, He],
    // context [B, T, 2A] (source latents | chunk mask) -> velocity [B, T, A] in the model dtype. Inputs are
    // moved to the model's device and dtype first (the reference runs t, t - r and t * 1000 in the model
    // dtype). InvalidArgument naming the argument when a shape does not fit.
    Result<torch::Tensor> forward(const torch::Tensor& x, const torch::Tensor& t, const torch::Tensor& tr,
                                  const torch::Tensor& encoderHidden, const torch::Tensor& context) const;

    const DitConfig& config() const { return config_; }
    torch::Device device() const { return device_; }
    torch::ScalarType dtype() const { return dtype_; }

private:
    DitModel(DitConfig config, torch::Device device, torch::ScalarType dtype)
        : config_(std::move(config)), device_(device), dtype_(dtype) {}

    DitConfig config_;
    torch::Device device_;
    torch::ScalarType dtype_;
    torch::Tensor projInWeight, projInBias;    // Conv1d [H, inChannels, patch], [H]
    torch::Tensor projOutWeight, projOutBias;  // ConvTranspose1d [H, A, patch], [A]
    DitTimestepEmbedding timeEmbed, timeEmbedR;
    nn::Linear conditionEmbedder;              // He -> H
    std::vector<DitBlock> blocks;
    nn::RmsNorm normOut;
    torch::Tensor scaleShiftTable;             // [1, 2, H]: row 0 shift, row 1 scale
};

}  // namespace songloom::dit
