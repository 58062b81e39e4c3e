// The attention and encoder blocks shared by the ACE-Step DiT, the condition encoder (lyric and timbre
// encoders), the audio tokenizer's attention pooler and the detokenizer -- computed as diffusers 0.40.0
// computes them (engine-spec-diffusers §2.11): GQA through scaled_dot_product_attention with enable_gqa,
// per-head RMSNorm on q and k, "rotate-half" RoPE in fp32 with one rounding, additive band masks on
// sliding layers and no mask (None) on full and cross-attention layers. Private to engine/src.
#pragma once

#include "nn/layers.h"

#include <torch/types.h>

#include <optional>
#include <string>

namespace songloom::nn {

struct AceAttentionDims {
    std::int64_t hidden = 0;       // width of the query input and of the output
    std::int64_t kvInput = 0;      // width of the key/value input (= hidden; cross-attention too)
    std::int64_t heads = 0;
    std::int64_t kvHeads = 0;
    std::int64_t headDim = 0;
    double eps = 1e-6;
    bool bias = false;             // attention_bias
};

// Official names under `prefix` (e.g. "decoder.layers.0.self_attn"): q_proj, k_proj, v_proj, o_proj,
// q_norm, k_norm.
struct AceAttention {
    Linear q, k, v, o;
    RmsNorm qNorm, kNorm;
    std::int64_t heads = 0, kvHeads = 0, headDim = 0;

    // x [B, S, hidden]. `kv` [B, Skv, hidden] for cross-attention (no RoPE there); else self-attention
    // with `rope` (cos, sin [S, headDim]) when given. `mask`: additive [B or 1, 1, S, Skv] or undefined.
    torch::Tensor operator()(const torch::Tensor& x, const torch::Tensor& kv, const torch::Tensor& mask,
                             const std::optional<std::pair<torch::Tensor, torch::Tensor>>& rope) const;
};
AceAttention loadAceAttention(WeightLoader& w, const std::string& prefix, const AceAttentionDims& d);

// cos, sin [S, headDim] for positions 0..S-1 as diffusers' get_1d_rotary_pos_embed(use_real=True,
// repeat_interleave_real=False) makes them (fp32 frequencies), then cast to `dtype`.
std::pair<torch::Tensor, torch::Tensor> aceRope(std::int64_t seqLen, std::int64_t headDim, double theta,
                                                torch::ScalarType dtype, torch::Device device);

// Rotate-half RoPE on x [B, S, H, D]: (x.float() * cos + rotate(x).float() * sin).to(x.dtype).
torch::Tensor applyAceRope(const torch::Tensor& x, const torch::Tensor& cos, const torch::Tensor& sin);

// Additive mask [B or 1, 1, S, S] in `dtype`: 0 where allowed, finfo(dtype).min elsewhere. Allowed:
// |i - j| <= window when `window` is given (bidirectional band), and key j valid when `padding` ([B, S],
// nonzero = valid) is defined. diffusers' _create_4d_mask(is_causal=False).
torch::Tensor aceMask(std::int64_t seqLen, std::optional<std::int64_t> window, const torch::Tensor& padding,
                      torch::ScalarType dtype, torch::Device device);

// Pre-norm encoder block (AceStepEncoderLayer): x + attn(input_layernorm(x)), then + mlp(post_attention_
// layernorm(x)). Official names under `prefix`: self_attn.*, input_layernorm, post_attention_layernorm, mlp.*.
struct AceEncoderLayer {
    RmsNorm inputNorm, postNorm;
    AceAttention attn;
    SwiGlu mlp;
    torch::Tensor operator()(const torch::Tensor& x, const std::pair<torch::Tensor, torch::Tensor>& rope,
                             const torch::Tensor& mask) const;
};
AceEncoderLayer loadAceEncoderLayer(WeightLoader& w, const std::string& prefix, const AceAttentionDims& d,
                                    std::int64_t intermediate);

}  // namespace songloom::nn
