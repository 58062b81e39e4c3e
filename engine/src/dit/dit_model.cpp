#include "dit/dit_model.h"

#include "nn/weights.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <cmath>

namespace songloom::dit {

using torch::indexing::Slice;

namespace {

constexpr double kTimestepScale = 1000.0;  // t in [0, 1] -> the embedder's 0..1000 range
constexpr double kMaxPeriod = 10000.0;

std::string shapeText(const torch::Tensor& t) { return fmt::format("[{}]", fmt::join(t.sizes(), ", ")); }

Status badInput(const std::string& what) { return Status::error(ErrorCode::InvalidArgument, what); }

DitTimestepEmbedding loadTimestepEmbedding(nn::WeightLoader& w, const std::string& prefix, std::int64_t hidden) {
    return DitTimestepEmbedding{nn::loadLinear(w, prefix + ".linear_1", kTimeSinusoidDim, hidden, true),
                                nn::loadLinear(w, prefix + ".linear_2", hidden, hidden, true),
                                nn::loadLinear(w, prefix + ".time_proj", hidden, 6 * hidden, true)};
}

}  // namespace

torch::Tensor timestepSinusoid(const torch::Tensor& tau) {
    const std::int64_t half = kTimeSinusoidDim / 2;
    const auto f32 = torch::TensorOptions().dtype(torch::kFloat32).device(tau.device());
    // Frequencies exp(-ln(max_period) * j / half), j = 0..half-1, in fp32 (downscale_freq_shift = 0).
    const auto exponent = torch::arange(0, half, f32) * (-std::log(kMaxPeriod)) / static_cast<double>(half);
    const auto freqs = torch::exp(exponent);
    const auto angles = tau.unsqueeze(1).to(torch::kFloat32) * freqs.unsqueeze(0);  // [B, half]
    return torch::cat({angles.cos(), angles.sin()}, -1);                             // flip_sin_to_cos: cos first
}

std::pair<torch::Tensor, torch::Tensor> DitTimestepEmbedding::operator()(const torch::Tensor& tau) const {
    const auto features = timestepSinusoid(tau * kTimestepScale).to(tau.scalar_type());
    const auto temb = linear2(torch::silu(linear1(features)));
    const auto proj = timeProj(torch::silu(temb)).unflatten(1, {6, -1});
    return {temb, proj};
}

torch::Tensor DitBlock::operator()(const torch::Tensor& hIn, const std::pair<torch::Tensor, torch::Tensor>& rope,
                                   const torch::Tensor& tproj, const torch::Tensor& mask,
                                   const torch::Tensor& enc) const {
    const auto type = hIn.scalar_type();
    // shift, scale, gate for self-attention, then for the MLP; each [B, 1, H].
    const auto m = (scaleShiftTable + tproj).chunk(6, 1);
    auto h = hIn;
    const auto a = (selfAttnNorm(h) * (1 + m[1]) + m[0]).to(type);
    h = (h + selfAttn(a, {}, mask, rope) * m[2]).to(type);
    const auto c = crossAttnNorm(h).to(type);
    h = h + crossAttn(c, enc, {}, std::nullopt);  // no mask, no RoPE, no gate
    const auto f = (mlpNorm(h) * (1 + m[4]) + m[3]).to(type);
    return (h + mlp(f) * m[5]).to(type);
}

Result<DitModel> DitModel::load(const ComponentTensors& tensors, const DitConfig& config, torch::Device device,
                                torch::ScalarType dtype) {
    if (Status s = config.validate(); !s) return s;
    DitModel model(config, device, dtype);
    const auto& c = model.config_;
    nn::WeightLoader w(tensors, device, dtype);
    const std::string p = "decoder.";

    model.projInWeight = w.get(p + "proj_in.1.weight", {c.hidden, c.inChannels, c.patch});
    model.projInBias = w.get(p + "proj_in.1.bias", {c.hidden});
    model.timeEmbed = loadTimestepEmbedding(w, p + "time_embed", c.hidden);
    model.timeEmbedR = loadTimestepEmbedding(w, p + "time_embed_r", c.hidden);
    model.conditionEmbedder = nn::loadLinear(w, p + "condition_embedder", c.encoderHidden, c.hidden, true);

    const nn::AceAttentionDims dims{c.hidden, c.hidden, c.heads, c.kvHeads, c.headDim, c.eps, c.attentionBias};
    for (std::int64_t i = 0; i < c.layers; ++i) {
        const std::string l = fmt::format("{}layers.{}.", p, i);
        DitBlock b;
        b.selfAttnNorm = nn::loadRmsNorm(w, l + "self_attn_norm.weight", c.hidden, c.eps);
        b.selfAttn = nn::loadAceAttention(w, l + "self_attn", dims);
        b.crossAttnNorm = nn::loadRmsNorm(w, l + "cross_attn_norm.weight", c.hidden, c.eps);
        b.crossAttn = nn::loadAceAttention(w, l + "cross_attn", dims);
        b.mlpNorm = nn::loadRmsNorm(w, l + "mlp_norm.weight", c.hidden, c.eps);
        b.mlp = nn::loadSwiGlu(w, l + "mlp", c.hidden, c.intermediate);
        b.scaleShiftTable = w.get(l + "scale_shift_table", {1, 6, c.hidden});
        model.blocks.push_back(std::move(b));
    }

    model.normOut = nn::loadRmsNorm(w, p + "norm_out.weight", c.hidden, c.eps);
    model.scaleShiftTable = w.get(p + "scale_shift_table", {1, 2, c.hidden});
    model.projOutWeight = w.get(p + "proj_out.1.weight", {c.hidden, c.latent, c.patch});
    model.projOutBias = w.get(p + "proj_out.1.bias", {c.latent});

    if (Status s = w.finish({p}); !s) return s;
    return model;
}

Result<torch::Tensor> DitModel::forward(const torch::Tensor& xIn, const torch::Tensor& tIn, const torch::Tensor& trIn,
                                        const torch::Tensor& encIn, const torch::Tensor& ctxIn) const {
    const auto& c = config_;
    torch::NoGradGuard noGrad;
    if (!xIn.defined() || xIn.dim() != 3 || xIn.size(2) != c.latent || xIn.size(1) < 1 || xIn.size(0) < 1) {
        return badInput(fmt::format("x must be [B, T, {}] with B, T >= 1, got {}", c.latent,
                                    xIn.defined() ? shapeText(xIn) : "nothing"));
    }
    const std::int64_t batch = xIn.size(0), frames = xIn.size(1);
    if (!tIn.defined() || tIn.dim() != 1 || tIn.size(0) != batch) {
        return badInput(fmt::format("t must be [{}] (one timestep per batch item), got {}", batch,
                                    tIn.defined() ? shapeText(tIn) : "nothing"));
    }
    if (!trIn.defined() || trIn.dim() != 1 || trIn.size(0) != batch) {
        return badInput(fmt::format("tr must be [{}] (one timestep per batch item), got {}", batch,
                                    trIn.defined() ? shapeText(trIn) : "nothing"));
    }
    if (!encIn.defined() || encIn.dim() != 3 || encIn.size(0) != batch || encIn.size(1) < 1 ||
        encIn.size(2) != c.encoderHidden) {
        return badInput(fmt::format("encoderHidden must be [{}, L, {}] with L >= 1, got {}", batch, c.encoderHidden,
                                    encIn.defined() ? shapeText(encIn) : "nothing"));
    }
    const std::int64_t contextWidth = c.inChannels - c.latent;
    if (!ctxIn.defined() || ctxIn.dim() != 3 || ctxIn.size(0) != batch || ctxIn.size(1) != frames ||
        ctxIn.size(2) != contextWidth) {
        return badInput(fmt::format("context must be [{}, {}, {}] (source latents | chunk mask), got {}", batch,
                                    frames, contextWidth, ctxIn.defined() ? shapeText(ctxIn) : "nothing"));
    }
    auto to = [&](const torch::Tensor& v) { return v.to(device_, dtype_); };
    const auto x = to(xIn), t = to(tIn), tr = to(trIn), encHidden = to(encIn), ctx = to(ctxIn);

    // Timestep conditioning: embed t and t - r separately, then sum.
    const auto [tembT, projT] = timeEmbed(t);
    const auto [tembR, projR] = timeEmbedR(t - tr);
    const auto temb = tembT + tembR;
    const auto tproj = projT + projR;

    // Channels: context (source, chunk mask) first, then x_t; zero frames up to a multiple of the patch.
    auto h = torch::cat({ctx, x}, -1);
    if (const std::int64_t rest = frames % c.patch; rest != 0) {
        h = torch::constant_pad_nd(h, {0, 0, 0, c.patch - rest}, 0);
    }
    h = at::conv1d(h.transpose(1, 2), projInWeight, projInBias, {c.patch}).transpose(1, 2);  // [B, S, H]
    const auto enc = conditionEmbedder(encHidden);

    const std::int64_t seq = h.size(1);
    const auto rope = nn::aceRope(seq, c.headDim, c.ropeTheta, dtype_, device_);
    const auto band = nn::aceMask(seq, c.slidingWindow, {}, dtype_, device_);  // [1, 1, S, S]
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        const bool sliding = c.slidingLayer(static_cast<std::int64_t>(i));
        h = blocks[i](h, rope, tproj, sliding ? band : torch::Tensor(), enc);
    }

    // Output AdaLN (row 0 shift, row 1 scale), then un-patchify and drop the padding frame.
    const auto ss = (scaleShiftTable + temb.unsqueeze(1)).chunk(2, 1);
    h = (normOut(h) * (1 + ss[1]) + ss[0]).to(h.scalar_type());
    auto out = at::conv_transpose1d(h.transpose(1, 2), projOutWeight, projOutBias, {c.patch}).transpose(1, 2);
    return out.index({Slice(), Slice(0, frames), Slice()});
}

}  // namespace songloom::dit
