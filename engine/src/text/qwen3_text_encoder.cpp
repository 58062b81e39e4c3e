// Qwen3Model forward as transformers 5.23 computes it with attn_implementation "sdpa" (see the header).
#include "text/qwen3_text_encoder.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <cmath>
#include <stdexcept>

namespace songloom::text {

using torch::indexing::None;
using torch::indexing::Slice;

namespace {

// rotate_half: [-x2, x1] for the halves x1, x2 of the last dimension.
torch::Tensor rotateHalf(const torch::Tensor& x) {
    const auto half = x.size(-1) / 2;
    return torch::cat({-x.index({"...", Slice(half, None)}), x.index({"...", Slice(None, half)})}, -1);
}

// repeat_kv: [B, kvHeads, L, D] -> [B, kvHeads * groups, L, D], each key/value head `groups` times in a row.
torch::Tensor repeatKv(const torch::Tensor& x, std::int64_t groups) {
    if (groups == 1) return x;
    const auto b = x.size(0), h = x.size(1), l = x.size(2), d = x.size(3);
    return x.unsqueeze(2).expand({b, h, groups, l, d}).reshape({b, h * groups, l, d});
}

}  // namespace

Result<Qwen3TextEncoder> Qwen3TextEncoder::load(const ComponentTensors& tensors, const Qwen3Config& config,
                                                torch::Device device, torch::ScalarType dtype) {
    if (Status st = config.validate("text encoder config"); !st) return st;
    if (!(dtype == torch::kFloat32 || dtype == torch::kBFloat16 || dtype == torch::kFloat16)) {
        return Status::error(ErrorCode::InvalidArgument,
                             fmt::format("text encoder dtype {}: allowed are float32, bfloat16, float16",
                                         c10::toString(dtype)));
    }
    const Qwen3Config& c = config;
    nn::WeightLoader w(tensors, device, dtype);
    Qwen3TextEncoder e;
    e.config_ = config;
    e.device_ = device;
    e.dtype_ = dtype;
    e.embedding_ = w.get("embed_tokens.weight", {c.vocab, c.hidden});
    e.layers_.reserve(static_cast<std::size_t>(c.layers));
    for (std::int64_t i = 0; i < c.layers; ++i) {
        const std::string p = fmt::format("layers.{}.", i);
        Layer l;
        l.inputNorm = nn::loadRmsNorm(w, p + "input_layernorm.weight", c.hidden, c.rmsEps);
        l.postNorm = nn::loadRmsNorm(w, p + "post_attention_layernorm.weight", c.hidden, c.rmsEps);
        l.q = nn::loadLinear(w, p + "self_attn.q_proj", c.hidden, c.heads * c.headDim, false);
        l.k = nn::loadLinear(w, p + "self_attn.k_proj", c.hidden, c.kvHeads * c.headDim, false);
        l.v = nn::loadLinear(w, p + "self_attn.v_proj", c.hidden, c.kvHeads * c.headDim, false);
        l.o = nn::loadLinear(w, p + "self_attn.o_proj", c.heads * c.headDim, c.hidden, false);
        l.qNorm = nn::loadRmsNorm(w, p + "self_attn.q_norm.weight", c.headDim, c.rmsEps);
        l.kNorm = nn::loadRmsNorm(w, p + "self_attn.k_norm.weight", c.headDim, c.rmsEps);
        l.mlp = nn::loadSwiGlu(w, p + "mlp", c.hidden, c.intermediate);
        e.layers_.push_back(std::move(l));
    }
    e.norm_ = nn::loadRmsNorm(w, "norm.weight", c.hidden, c.rmsEps);
    // lm_head (tied to the embedding in these models) lies outside the scopes and is ignored.
    if (Status st = w.finish({"embed_tokens.", "layers.", "norm."}); !st) return st;
    return e;
}

Result<Qwen3TextEncoder> Qwen3TextEncoder::load(const CatalogComponent& component, torch::Device device,
                                                torch::ScalarType dtype) {
    if (component.kind != ComponentKind::TextEncoder) {
        return Status::error(ErrorCode::InvalidArgument,
                             fmt::format("{} is a {} component, not a text encoder", component.title,
                                         componentKindName(component.kind)));
    }
    auto tensors = ComponentTensors::open(component);
    if (!tensors) return tensors.status();
    auto config = configFor(component, *tensors);
    if (!config) return config.status();
    return load(*tensors, *config, device, dtype);
}

void Qwen3TextEncoder::checkIds(const torch::Tensor& ids, const char* what) const {
    if (!ids.defined() || ids.dim() != 2 || ids.scalar_type() != torch::kLong) {
        throw std::invalid_argument(fmt::format(
            "{}: token ids must be an int64 tensor [batch, length], got {}", what,
            ids.defined() ? fmt::format("{} of {} dimensions", c10::toString(ids.scalar_type()), ids.dim())
                          : std::string("none")));
    }
    if (ids.size(0) == 0 || ids.size(1) == 0) {
        throw std::invalid_argument(fmt::format("{}: token ids [{}, {}] are empty", what, ids.size(0), ids.size(1)));
    }
    const auto lo = ids.min().item<std::int64_t>(), hi = ids.max().item<std::int64_t>();
    if (lo < 0 || hi >= config_.vocab) {
        throw std::invalid_argument(fmt::format("{}: token id {} is outside the vocabulary [0, {})", what,
                                                lo < 0 ? lo : hi, config_.vocab));
    }
}

torch::Tensor Qwen3TextEncoder::embed(const torch::Tensor& ids) const {
    checkIds(ids, "text encoder embed");
    return at::embedding(embedding_, ids.to(device_));
}

torch::Tensor Qwen3TextEncoder::attention(const Layer& layer, const torch::Tensor& x, const torch::Tensor& cos,
                                          const torch::Tensor& sin, const torch::Tensor& mask) const {
    const auto& c = config_;
    const std::int64_t batch = x.size(0), length = x.size(1);
    // [B, L, heads, D] -> per-head RMSNorm -> [B, heads, L, D]
    auto q = layer.qNorm(layer.q(x).view({batch, length, -1, c.headDim})).transpose(1, 2);
    auto k = layer.kNorm(layer.k(x).view({batch, length, -1, c.headDim})).transpose(1, 2);
    auto v = layer.v(x).view({batch, length, -1, c.headDim}).transpose(1, 2);
    // transformers' RoPE: in the model dtype (cos/sin already rounded to it), three roundings in bf16 --
    // unlike diffusers' (nn::applyAceRope), which computes in fp32 and rounds once.
    q = q * cos + rotateHalf(q) * sin;
    k = k * cos + rotateHalf(k) * sin;

    const double scale = std::pow(static_cast<double>(c.headDim), -0.5);
    const std::int64_t groups = c.heads / c.kvHeads;
    torch::Tensor out;
    if (!mask.defined()) {
        // No padding: causal SDPA, GQA inside the kernel (transformers' use_gqa_in_sdpa for head_dim <= 256;
        // beyond that it repeats the key/value heads, or for a single query folds the query heads instead,
        // which computes the same values).
        const bool gqa = groups > 1 && c.headDim <= 256;
        if (!gqa) {
            k = repeatKv(k, groups);
            v = repeatKv(v, groups);
        }
        // transformers passes is_causal only for more than one query (a 1x1 causal mask is no mask).
        out = at::scaled_dot_product_attention(q, k, v, std::nullopt, 0.0, /*is_causal=*/length > 1, scale, gqa);
    } else {
        // With a boolean mask transformers repeats the key/value heads (repeat_kv) and passes the mask.
        out = at::scaled_dot_product_attention(q, repeatKv(k, groups), repeatKv(v, groups), mask, 0.0,
                                               /*is_causal=*/false, scale, /*enable_gqa=*/false);
    }
    out = out.transpose(1, 2).contiguous().reshape({batch, length, -1});
    return layer.o(out);
}

torch::Tensor Qwen3TextEncoder::forward(const torch::Tensor& idsIn, const torch::Tensor& attentionMask) const {
    checkIds(idsIn, "text encoder forward");
    const auto ids = idsIn.to(device_);
    const std::int64_t batch = ids.size(0), length = ids.size(1);

    // The 4-D boolean mask [B, 1, L, L]: causal and key valid. transformers skips it (causal SDPA instead)
    // when there is no mask or every token is valid.
    torch::Tensor mask;
    if (attentionMask.defined()) {
        if (attentionMask.dim() != 2 || attentionMask.size(0) != batch || attentionMask.size(1) != length) {
            throw std::invalid_argument(fmt::format("text encoder forward: attention mask must be [{}, {}] like the ids, "
                                                    "got [{}]",
                                                    batch, length, fmt::join(attentionMask.sizes(), ", ")));
        }
        const auto valid = attentionMask.to(device_).ne(0);
        if (!valid.all().item<bool>()) {
            const auto pos = torch::arange(length, torch::TensorOptions().dtype(torch::kLong).device(device_));
            const auto causal = pos.view({1, 1, length, 1}) >= pos.view({1, 1, 1, length});
            mask = causal & valid.view({batch, 1, 1, length});
        }
    }

    auto x = at::embedding(embedding_, ids);

    // Default RoPE: inv_freq = 1 / theta^(arange(0, D, 2) / D) in fp32; angles for positions 0..L-1 (the
    // same for every row, padding or not); cos/sin in fp32, then rounded to the model dtype.
    const auto f32 = torch::TensorOptions().dtype(torch::kFloat32).device(device_);
    const auto exponent = torch::arange(0, config_.headDim, 2, f32) / config_.headDim;
    const auto invFreq = torch::pow(config_.ropeTheta, exponent).reciprocal();
    const auto positions = torch::arange(length, torch::TensorOptions().dtype(torch::kLong).device(device_)).unsqueeze(0);
    const auto freqs = positions.index({"...", None}).to(torch::kFloat32) * invFreq;  // [1, L, D/2]
    const auto angles = torch::cat({freqs, freqs}, -1);
    const auto cos = angles.cos().to(x.scalar_type()).unsqueeze(1);  // [1, 1, L, D]
    const auto sin = angles.sin().to(x.scalar_type()).unsqueeze(1);

    for (const Layer& layer : layers_) {
        x = x + attention(layer, layer.inputNorm(x), cos, sin, mask);
        x = x + layer.mlp(layer.postNorm(x));
    }
    return norm_(x);
}

}  // namespace songloom::text
