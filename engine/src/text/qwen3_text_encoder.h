// The caption text encoder (Qwen3-Embedding-0.6B, engine-spec-vae-text-lm §4.1-4.2): a transformers
// Qwen3Model computed as transformers 5.23 computes it with its SDPA attention (engine-spec-diffusers §2.3):
// token embedding -> N pre-norm decoder layers (RMSNorm, GQA attention with per-head q/k RMSNorm before a
// rotate-half RoPE, SwiGLU) -> final RMSNorm. The pipeline runs captions through forward() without an
// attention mask (causal only) and lyrics through embed() (the embedding lookup alone).
// Private to engine/src.
#pragma once

#include "nn/layers.h"
#include "songloom/component_tensors.h"
#include "songloom/model_catalog.h"
#include "songloom/status.h"

#include <torch/types.h>

#include <filesystem>
#include <string_view>
#include <vector>

namespace songloom::text {

struct Qwen3Config {
    std::int64_t hidden = 0;          // hidden_size
    std::int64_t intermediate = 0;    // intermediate_size
    std::int64_t layers = 0;          // num_hidden_layers
    std::int64_t heads = 0;           // num_attention_heads
    std::int64_t kvHeads = 0;         // num_key_value_heads
    std::int64_t headDim = 0;         // head_dim
    std::int64_t vocab = 0;           // vocab_size
    double ropeTheta = 1e6;           // rope_parameters.rope_theta (older files: rope_theta)
    double rmsEps = 1e-6;             // rms_norm_eps
    std::int64_t maxPositions = 32768;  // max_position_embeddings (informational: transformers' default
                                        // RoPE does not enforce it, so neither do we)

    // A transformers config.json (model_type "qwen3"). Keys transformers gives a default are optional with
    // that default (num_key_value_heads = num_attention_heads, head_dim 128, rms_norm_eps 1e-6, RoPE theta
    // 10000, max_position_embeddings 32768); the sizes are required. Features this encoder does not
    // implement (attention_bias, sliding-window layers, RoPE scaling, another activation) are Unsupported,
    // naming the key and what is allowed. `origin` names the file in messages.
    static Result<Qwen3Config> fromJson(std::string_view text, const std::string& origin);
    static Result<Qwen3Config> fromFile(const std::filesystem::path& configJson);
    // From the tensor shapes alone, for Comfy-Org files that ship no config.json. RoPE theta 1e6 and RMS
    // eps 1e-6 are then taken as given: they are the values of Qwen3-Embedding-0.6B's config.json and of
    // ComfyUI's own config for this model (Qwen3_06B_ACE15), and no tensor can tell them.
    static Result<Qwen3Config> fromTensors(const ComponentTensors& tensors);

    // Positive sizes, heads divisible by kvHeads, finite positive theta and eps.
    Status validate(const std::string& origin) const;
};

// The config of a catalog component: config.json next to the weights for official and diffusers folders,
// the tensor shapes (fromTensors) for files without one.
Result<Qwen3Config> configFor(const CatalogComponent& component, const ComponentTensors& tensors);

class Qwen3TextEncoder {
public:
    // Strict: every tensor of the config present with its shape, nothing else under embed_tokens / layers /
    // norm (a stray lm_head, tied to the embedding, is ignored). Weights go to `device` as `dtype`.
    static Result<Qwen3TextEncoder> load(const ComponentTensors& tensors, const Qwen3Config& config,
                                         torch::Device device, torch::ScalarType dtype);
    // A catalog component of kind TextEncoder (any layout), with its config as configFor() finds it.
    static Result<Qwen3TextEncoder> load(const CatalogComponent& component, torch::Device device,
                                         torch::ScalarType dtype);

    // last_hidden_state [B, L, hidden] in the model dtype for ids [B, L] (int64, each in [0, vocab)).
    // `attentionMask` [B, L] (nonzero = real token) is optional; without it the attention is causal only,
    // pads included, as the diffusers pipeline runs captions. Positions are 0..L-1 for every row whatever
    // the padding (transformers does not shift them for left padding). A query row that sees no valid
    // key (a left pad before the first real token, with a mask) gets a zero attention output, as torch's
    // SDPA gives it on the CPU (checked by the parity test; other backends not verified); those rows carry
    // no meaning. Throws std::invalid_argument for malformed inputs.
    torch::Tensor forward(const torch::Tensor& ids, const torch::Tensor& attentionMask = {}) const;
    // The embedding lookup alone [B, L, hidden] (lyrics).
    torch::Tensor embed(const torch::Tensor& ids) const;

    const Qwen3Config& config() const { return config_; }
    torch::ScalarType dtype() const { return dtype_; }
    torch::Device device() const { return device_; }

private:
    struct Layer {
        nn::RmsNorm inputNorm, postNorm;
        nn::Linear q, k, v, o;
        nn::RmsNorm qNorm, kNorm;
        nn::SwiGlu mlp;
    };
    torch::Tensor attention(const Layer& layer, const torch::Tensor& x, const torch::Tensor& cos,
                            const torch::Tensor& sin, const torch::Tensor& mask) const;
    void checkIds(const torch::Tensor& ids, const char* what) const;

    Qwen3Config config_;
    torch::Device device_{torch::kCPU};
    torch::ScalarType dtype_ = torch::kFloat32;
    torch::Tensor embedding_;  // [vocab, hidden]
    std::vector<Layer> layers_;
    nn::RmsNorm norm_;
};

}  // namespace songloom::text
