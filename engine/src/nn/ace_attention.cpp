#include "nn/ace_attention.h"

#include <cmath>
#include <limits>

namespace songloom::nn {

using torch::indexing::None;
using torch::indexing::Slice;

torch::Tensor AceAttention::operator()(const torch::Tensor& x, const torch::Tensor& kv, const torch::Tensor& mask,
                                       const std::optional<std::pair<torch::Tensor, torch::Tensor>>& rope) const {
    const bool cross = kv.defined();
    const torch::Tensor& src = cross ? kv : x;
    auto query = q(x).unflatten(-1, {heads, headDim});
    auto key = k(src).unflatten(-1, {kvHeads, headDim});
    auto value = v(src).unflatten(-1, {kvHeads, headDim});
    query = qNorm(query);
    key = kNorm(key);
    if (!cross && rope) {
        query = applyAceRope(query, rope->first, rope->second);
        key = applyAceRope(key, rope->first, rope->second);
    }
    // [B, S, H, D] -> [B, H, S, D] for SDPA, and back.
    auto out = at::scaled_dot_product_attention(query.permute({0, 2, 1, 3}), key.permute({0, 2, 1, 3}),
                                                value.permute({0, 2, 1, 3}), mask.defined() ? std::optional(mask)
                                                                                            : std::nullopt,
                                                /*dropout_p=*/0.0, /*is_causal=*/false,
                                                /*scale=*/1.0 / std::sqrt(static_cast<double>(headDim)),
                                                /*enable_gqa=*/heads != kvHeads);
    out = out.permute({0, 2, 1, 3}).flatten(2, 3).to(query.scalar_type());
    return o(out);
}

AceAttention loadAceAttention(WeightLoader& w, const std::string& prefix, const AceAttentionDims& d) {
    AceAttention a;
    a.heads = d.heads;
    a.kvHeads = d.kvHeads;
    a.headDim = d.headDim;
    a.q = loadLinear(w, prefix + ".q_proj", d.hidden, d.heads * d.headDim, d.bias);
    a.k = loadLinear(w, prefix + ".k_proj", d.kvInput, d.kvHeads * d.headDim, d.bias);
    a.v = loadLinear(w, prefix + ".v_proj", d.kvInput, d.kvHeads * d.headDim, d.bias);
    a.o = loadLinear(w, prefix + ".o_proj", d.heads * d.headDim, d.hidden, d.bias);
    a.qNorm = loadRmsNorm(w, prefix + ".q_norm.weight", d.headDim, d.eps);
    a.kNorm = loadRmsNorm(w, prefix + ".k_norm.weight", d.headDim, d.eps);
    return a;
}

std::pair<torch::Tensor, torch::Tensor> aceRope(std::int64_t seqLen, std::int64_t headDim, double theta,
                                                torch::ScalarType dtype, torch::Device device) {
    const auto f32 = torch::TensorOptions().dtype(torch::kFloat32).device(device);
    const auto positions = torch::arange(seqLen, f32);
    // 1 / theta ** (arange(0, D, 2) / D) in fp32, as the reference evaluates it.
    const auto exponent = torch::arange(0, headDim, 2, f32) / static_cast<double>(headDim);
    const auto freqs = 1.0 / torch::pow(torch::scalar_tensor(theta, f32), exponent);
    const auto angles = torch::outer(positions, freqs);  // [S, D/2]
    auto cos = torch::cat({angles.cos(), angles.cos()}, -1).to(dtype);
    auto sin = torch::cat({angles.sin(), angles.sin()}, -1).to(dtype);
    return {cos, sin};
}

torch::Tensor applyAceRope(const torch::Tensor& x, const torch::Tensor& cos, const torch::Tensor& sin) {
    const auto c = cos.index({None, Slice(), None, Slice()});
    const auto s = sin.index({None, Slice(), None, Slice()});
    const auto halves = x.unflatten(-1, {2, -1}).unbind(-2);  // real = first half, imag = second half
    const auto rotated = torch::cat({-halves[1], halves[0]}, -1);
    return (x.to(torch::kFloat32) * c + rotated.to(torch::kFloat32) * s).to(x.scalar_type());
}

torch::Tensor aceMask(std::int64_t seqLen, std::optional<std::int64_t> window, const torch::Tensor& padding,
                      torch::ScalarType dtype, torch::Device device) {
    const auto idx = torch::arange(seqLen, torch::TensorOptions().dtype(torch::kLong).device(device));
    const auto diff = idx.unsqueeze(1) - idx.unsqueeze(0);
    auto valid = torch::ones({seqLen, seqLen}, torch::TensorOptions().dtype(torch::kBool).device(device));
    if (window) valid = valid & (diff.abs() <= *window);
    valid = valid.unsqueeze(0).unsqueeze(0);
    if (padding.defined()) valid = valid & padding.view({padding.size(0), 1, 1, seqLen}).to(torch::kBool);
    const double lowest = dtype == torch::kFloat32    ? static_cast<double>(std::numeric_limits<float>::lowest())
                          : dtype == torch::kBFloat16 ? -3.3895313892515355e38
                          : dtype == torch::kFloat16  ? -65504.0
                                                      : std::numeric_limits<double>::lowest();
    auto mask = torch::full(valid.sizes(), lowest, torch::TensorOptions().dtype(dtype).device(device));
    mask.masked_fill_(valid, 0.0);
    return mask;
}

torch::Tensor AceEncoderLayer::operator()(const torch::Tensor& x, const std::pair<torch::Tensor, torch::Tensor>& rope,
                                          const torch::Tensor& mask) const {
    auto h = x + attn(inputNorm(x), {}, mask, rope);
    return h + mlp(postNorm(h));
}

AceEncoderLayer loadAceEncoderLayer(WeightLoader& w, const std::string& prefix, const AceAttentionDims& d,
                                    std::int64_t intermediate) {
    AceEncoderLayer l;
    l.inputNorm = loadRmsNorm(w, prefix + ".input_layernorm.weight", d.hidden, d.eps);
    l.postNorm = loadRmsNorm(w, prefix + ".post_attention_layernorm.weight", d.hidden, d.eps);
    l.attn = loadAceAttention(w, prefix + ".self_attn", d);
    l.mlp = loadSwiGlu(w, prefix + ".mlp", d.hidden, intermediate);
    return l;
}

}  // namespace songloom::nn
