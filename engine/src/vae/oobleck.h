// The audio VAE of ACE-Step 1.5: diffusers' AutoencoderOobleck (engine-spec-vae-text-lm.md §2), stereo
// 48 kHz audio [B, 2, S] <-> latents [B, 64, S/1920]. Weight norm is folded at load; the Snake activations'
// log-scale parameters are exponentiated at load. Loads the diffusers / official names and the
// stable-audio-tools names of the Comfy-Org file (translated to the diffusers names in one table).
// Private to engine/src.
#pragma once

#include "songloom/component_tensors.h"
#include "songloom/status.h"

#include <ATen/core/Generator.h>
#include <torch/types.h>

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace songloom::vae {

struct VaeConfig {
    std::int64_t encoderHiddenSize = 128;  // encoder width (in diffusers' configs also 2 × the latent width)
    std::vector<std::int64_t> downsamplingRatios{2, 4, 4, 6, 10};
    std::vector<std::int64_t> channelMultiples{1, 2, 4, 8, 16};
    std::int64_t decoderChannels = 128;
    std::int64_t decoderInputChannels = 64;
    std::int64_t audioChannels = 2;
    std::int64_t samplingRate = 48000;

    std::int64_t hopLength() const;  // product of the ratios (1920)
    std::int64_t latentChannels() const { return decoderInputChannels; }

    // Every field in range: positive sizes, even encoder_hidden_size, one multiple per ratio.
    Status validate() const;

    // vae/config.json (official or diffusers). Unknown keys are ignored, missing ones keep the diffusers
    // defaults except that the ACE-Step values above are ours. Errors name the key and the allowed values.
    static Result<VaeConfig> fromJson(const std::string& text, const std::string& origin = "vae/config.json");
    static Result<VaeConfig> fromFile(const std::filesystem::path& configJson);
    // Derived from the tensor shapes (a Comfy file has no config): channel widths from the convolutions,
    // strides from the kernel widths (= 2·stride). The sampling rate is not stored: 48000 unless given.
    static Result<VaeConfig> fromTensors(const ComponentTensors& tensors, std::int64_t samplingRate = 48000);
};

// diffusers' OobleckDiagonalGaussianDistribution: std = softplus(scale) + 1e-4.
struct Posterior {
    torch::Tensor mean;   // [B, C, T]
    torch::Tensor scale;  // [B, C, T] the raw second half of the encoder output
    torch::Tensor std() const;
    // mean + std·ε with ε = randn(mean.shape) drawn from `generator` (the device's default generator when
    // undefined), in the posterior's dtype, like diffusers' randn_tensor.
    torch::Tensor sample(std::optional<at::Generator> generator = std::nullopt) const;
};

// Called after each window of a tiled pass (done of total, 1-based; a single pass is 1 of 1). Returning false
// stops the pass with Cancelled: a job can be stopped within one tile.
using TileCallback = std::function<bool(int done, int total)>;

// Overlap-discard tiling (spec §2.10). chunk <= 0: chosen from the memory available (see oobleck.cpp).
struct DecodeTiling {
    std::int64_t chunkFrames = 0;    // latent frames per window
    std::int64_t overlapFrames = 64; // discarded frames on each side of a window's core
    TileCallback onTile;
};
struct EncodeTiling {
    std::int64_t chunkSamples = 0;      // 0: 30 s at the sampling rate (official)
    std::int64_t overlapSamples = -1;   // -1: 2 s at the sampling rate (official)
    TileCallback onTile;
};

class OobleckVae {
public:
    // Strict: every tensor of the architecture present with its shape (weight_g/weight_v pairs, the newer
    // parametrizations.weight.original0/1, or a folded .weight), nothing else under encoder./decoder.
    static Result<OobleckVae> load(const ComponentTensors& tensors, const VaeConfig& config, torch::Device device,
                                   torch::ScalarType dtype);

    const VaeConfig& config() const { return config_; }
    torch::Device device() const { return device_; }
    torch::ScalarType dtype() const { return dtype_; }

    // audio [B, audio_channels, S] -> posterior over [B, C, ⌊S/hop⌋]. The input is cast to the VAE's
    // device and dtype. Errors: wrong rank / channels, S < hop.
    Result<Posterior> encode(const torch::Tensor& audio) const;
    // latents [B, decoder_input_channels, T] -> audio [B, audio_channels, hop·T].
    Result<torch::Tensor> decode(const torch::Tensor& latents) const;

    // Single pass when the input fits one window, otherwise overlapping windows whose overlap is
    // discarded (equal to the single pass when the overlap covers the receptive field: ±9 frames for the
    // decoder, a few hundred samples for the encoder at the ACE-Step config). Tiled encode returns the
    // joined encoder output, so one sample() draw covers the whole input (as diffusers' tiled encode).
    Result<torch::Tensor> decodeTiled(const torch::Tensor& latents, DecodeTiling tiling = {}) const;
    Result<Posterior> encodeTiled(const torch::Tensor& audio, EncodeTiling tiling = {}) const;

    // The default decode window for a batch of `batch` on this VAE's device (see oobleck.cpp).
    std::int64_t defaultDecodeChunk(std::int64_t batch, std::optional<std::uint64_t> availableBytes = {}) const;

    struct Conv {
        torch::Tensor weight, bias;  // folded weight; bias may be undefined
        std::int64_t stride = 1, padding = 0, dilation = 1;
        bool transposed = false;
    };
    struct Snake {
        torch::Tensor alpha, invBeta;  // [1, C, 1]: exp(alpha), 1 / (exp(beta) + 1e-9)
    };
    struct ResUnit {
        Snake snake1, snake2;
        Conv conv1, conv2;
    };
    struct Block {  // encoder: res units, snake, conv; decoder: snake, transposed conv, res units
        ResUnit res[3];
        Snake snake;
        Conv conv;
    };

private:
    torch::Tensor runEncoder(const torch::Tensor& x) const;
    torch::Tensor runDecoder(const torch::Tensor& z) const;
    Status checkAudio(const torch::Tensor& audio) const;
    Status checkLatents(const torch::Tensor& latents) const;

    VaeConfig config_;
    torch::Device device_ = torch::kCPU;
    torch::ScalarType dtype_ = torch::kFloat32;
    Conv encConv1_, encConv2_, decConv1_, decConv2_;
    Snake encSnake_, decSnake_;
    std::vector<Block> encBlocks_, decBlocks_;
};

// The stable-audio-tools (Comfy) module path of a diffusers module path for a VAE with `numBlocks`
// encoder/decoder blocks ("decoder.block.0.snake1" -> "decoder.layers.1.layers.0"): the one table of the
// two namings. Throws std::out_of_range for a path that is not a module of the architecture.
std::string satModuleOf(const std::string& diffusersModule, std::size_t numBlocks);

}  // namespace songloom::vae
