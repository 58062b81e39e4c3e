#include "dit/audio_codes.h"

#include "dit/condition_common.h"
#include "nn/tensor_text.h"

#include <fmt/format.h>

#include <limits>

namespace songloom::dit {

namespace {

using torch::indexing::Slice;

using nn::invalid;
using nn::shapeOf;

// The short stacks of the pooler and the detokenizer: sliding layers get the band mask, full layers none.
torch::Tensor runShortStack(const std::vector<nn::AceEncoderLayer>& layers, const std::vector<bool>& sliding,
                            torch::Tensor h, const ConditionConfig& c) {
    const auto len = h.size(1);
    const auto rope = nn::aceRope(len, c.headDim, c.ropeTheta, h.scalar_type(), h.device());
    const auto band = nn::aceMask(len, c.slidingWindow, {}, h.scalar_type(), h.device());
    for (std::size_t i = 0; i < layers.size(); ++i) h = layers[i](h, rope, sliding[i] ? band : torch::Tensor());
    return h;
}

torch::Tensor linear32(const nn::Linear& l, const torch::Tensor& x) {
    return at::linear(x.to(torch::kFloat32), l.weight.to(torch::kFloat32),
                      l.bias.defined() ? l.bias.to(torch::kFloat32) : torch::Tensor());
}

}  // namespace

// ---- tokenizer ---------------------------------------------------------------------------------------

Result<AudioTokenizer> AudioTokenizer::load(const ComponentTensors& tensors, const ConditionConfig& config,
                                            torch::Device device, torch::ScalarType dtype) {
    if (Status s = config.validate(); !s) return s;
    AudioTokenizer t;
    t.config_ = config;
    t.dtype_ = dtype;
    const auto& c = config;
    nn::WeightLoader w(tensors, device, dtype);
    t.acousticProj_ = nn::loadLinear(w, "tokenizer.audio_acoustic_proj", c.acousticHidden, c.hidden, true);
    t.poolerEmbed_ = nn::loadLinear(w, "tokenizer.attention_pooler.embed_tokens", c.hidden, c.hidden, true);
    t.poolerSpecial_ = w.get("tokenizer.attention_pooler.special_token", {1, 1, c.hidden});
    t.poolerLayers_ = loadConditionStack(w, "tokenizer.attention_pooler", c.poolerLayers, c);
    t.poolerNorm_ = nn::loadRmsNorm(w, "tokenizer.attention_pooler.norm.weight", c.hidden, c.eps);
    const auto dims = static_cast<std::int64_t>(c.fsqLevels.size());
    t.projectIn_ = nn::loadLinear(w, "tokenizer.quantizer.project_in", c.fsqDim, dims, true);
    t.projectOut_ = nn::loadLinear(w, "tokenizer.quantizer.project_out", dims, c.fsqDim, true);
    if (Status s = w.finish({"tokenizer."}); !s) return s;
    if (c.fsqDim != c.hidden) {
        return invalid(fmt::format("fsq_dim = {} differs from the encoder width {}: the pooler output feeds the "
                                   "quantizer; allowed: {}",
                                   c.fsqDim, c.hidden, c.hidden));
    }
    t.levels_ = torch::tensor(c.fsqLevels, torch::kLong).to(device);
    std::vector<std::int64_t> basis{1};
    for (std::size_t i = 0; i + 1 < c.fsqLevels.size(); ++i) basis.push_back(basis.back() * c.fsqLevels[i]);
    t.basis_ = torch::tensor(basis, torch::kLong).to(device);
    return t;
}

TokenizeResult AudioTokenizer::forward(const torch::Tensor& patches) const {
    const auto inputType = patches.scalar_type();
    const auto batch = patches.size(0), count = patches.size(1), window = patches.size(2);
    auto h = acousticProj_(patches.to(dtype_));
    // Attention pooler: CLS token in front of each window, CLS output kept.
    h = poolerEmbed_(h);
    const auto cls = poolerSpecial_.to(h.scalar_type()).expand({batch, count, 1, config_.hidden});
    h = torch::cat({cls, h}, 2).reshape({batch * count, window + 1, config_.hidden});
    h = runShortStack(poolerLayers_, config_.poolerSliding, h, config_);
    const auto pooled = poolerNorm_(h).select(1, 0).reshape({batch, count, config_.hidden});

    // FSQ, all in fp32 with the constants computed from the integer levels (diffusers _AceStepResidualFSQ).
    auto x = linear32(projectIn_, pooled);
    const auto levels = levels_.to(torch::kFloat32);
    const auto softClamp = 1.0 + (1.0 / (levels - 1.0));
    x = (x / softClamp).tanh() * softClamp;
    const auto levelsMinusOne = levels - 1.0;
    const auto step = 2.0 / levelsMinusOne;
    const auto bracket = levelsMinusOne * (x.clamp(-1.0, 1.0) + 1.0) / 2.0 + 0.5;
    const auto z = step * torch::floor(bracket) - 1.0;  // one quantizer, scale 1.0
    const auto basis = basis_.to(torch::kFloat32);
    const auto codes = (((z + 1.0) / (2.0 / (levels - 1.0))) * basis).sum(-1).round().to(torch::kLong);
    const auto quantized = linear32(projectOut_, z).to(dtype_).to(inputType);
    return {quantized, codes};
}

Result<TokenizeResult> AudioTokenizer::tokenize(const torch::Tensor& latents, const torch::Tensor& silence) const {
    if (!latents.defined() || latents.dim() != 3 || latents.size(0) < 1 || latents.size(1) < 1 ||
        latents.size(2) != config_.acousticHidden) {
        return invalid(fmt::format("latents are {}, expected [B, T >= 1, {}]", shapeOf(latents),
                                   config_.acousticHidden));
    }
    const auto batch = latents.size(0), frames = latents.size(1), channels = latents.size(2);
    const auto window = config_.poolWindow;
    const auto pad = (window - frames % window) % window;
    auto x = latents;
    if (pad > 0) {
        torch::Tensor fill;
        if (silence.defined() && silence.dim() == 3 && silence.size(2) == channels) {
            if (silence.size(1) < pad) {
                return invalid(fmt::format("silence latent of {} frames cannot pad {} frames", silence.size(1), pad));
            }
            fill = silence.index({Slice(0, 1), Slice(0, pad), Slice()})
                       .to(latents.device(), latents.scalar_type())
                       .expand({batch, pad, channels});
        } else {
            fill = torch::zeros({batch, pad, channels}, latents.options());
        }
        x = torch::cat({x, fill}, 1);
    }
    const auto count = x.size(1) / window;
    return forward(x.reshape({batch, count, window, channels}));
}

torch::Tensor AudioTokenizer::codeVectors(const torch::Tensor& codes) const {
    const auto levelIdx = torch::remainder(torch::div(codes.to(torch::kLong).unsqueeze(-1), basis_, "floor"), levels_);
    const auto scale = 2.0 / (levels_.to(torch::kFloat32) - 1.0);
    return levelIdx.to(torch::kFloat32) * scale - 1.0;
}

Result<torch::Tensor> AudioTokenizer::quantizedFromCodes(const torch::Tensor& codes) const {
    if (!codes.defined() || codes.dim() != 2 || codes.size(0) < 1 || codes.size(1) < 1 ||
        !(codes.scalar_type() == torch::kLong || codes.scalar_type() == torch::kInt)) {
        return invalid(fmt::format("codes are {}, expected [B, N >= 1] integers", shapeOf(codes)));
    }
    const auto lo = codes.min().item<std::int64_t>(), hi = codes.max().item<std::int64_t>();
    if (lo < 0 || hi >= codebookSize()) {
        return invalid(fmt::format("codes hold {} to {}: allowed 0 to {}", lo, hi, codebookSize() - 1));
    }
    const auto z = codeVectors(codes.to(levels_.device()));
    return linear32(projectOut_, z).to(dtype_);
}

// ---- detokenizer -------------------------------------------------------------------------------------

Result<AudioDetokenizer> AudioDetokenizer::load(const ComponentTensors& tensors, const ConditionConfig& config,
                                                torch::Device device, torch::ScalarType dtype) {
    if (Status s = config.validate(); !s) return s;
    AudioDetokenizer d;
    d.config_ = config;
    d.dtype_ = dtype;
    const auto& c = config;
    nn::WeightLoader w(tensors, device, dtype);
    d.embed_ = nn::loadLinear(w, "detokenizer.embed_tokens", c.hidden, c.hidden, true);
    d.special_ = w.get("detokenizer.special_tokens", {1, c.poolWindow, c.hidden});
    d.layers_ = loadConditionStack(w, "detokenizer", c.poolerLayers, c);
    d.norm_ = nn::loadRmsNorm(w, "detokenizer.norm.weight", c.hidden, c.eps);
    d.projOut_ = nn::loadLinear(w, "detokenizer.proj_out", c.hidden, c.acousticHidden, true);
    if (Status s = w.finish({"detokenizer."}); !s) return s;
    return d;
}

Result<torch::Tensor> AudioDetokenizer::forward(const torch::Tensor& quantized) const {
    if (!quantized.defined() || quantized.dim() != 3 || quantized.size(0) < 1 || quantized.size(1) < 1 ||
        quantized.size(2) != config_.hidden) {
        return invalid(fmt::format("quantized vectors are {}, expected [B, N >= 1, {}]", shapeOf(quantized),
                                   config_.hidden));
    }
    const auto batch = quantized.size(0), count = quantized.size(1), window = config_.poolWindow;
    auto h = embed_(quantized.to(embed_.weight.device(), dtype_));
    h = h.unsqueeze(2).expand({batch, count, window, config_.hidden}) + special_.to(h.scalar_type()).unsqueeze(0);
    h = h.reshape({batch * count, window, config_.hidden});
    h = runShortStack(layers_, config_.detokSliding, h, config_);
    h = projOut_(norm_(h));
    return h.reshape({batch, count * window, config_.acousticHidden});
}

Result<torch::Tensor> AudioDetokenizer::fromCodes(const AudioTokenizer& tokenizer, const torch::Tensor& codes) const {
    auto quantized = tokenizer.quantizedFromCodes(codes);
    if (!quantized) return quantized.status();
    return forward(*quantized);
}

// ---- code strings ------------------------------------------------------------------------------------

std::vector<std::int64_t> parseAudioCodes(std::string_view text, std::int64_t maxCode) {
    static constexpr std::string_view open = "<|audio_code_";
    static constexpr std::string_view close = "|>";
    std::vector<std::int64_t> out;
    std::size_t pos = 0;
    while ((pos = text.find(open, pos)) != std::string_view::npos) {
        std::size_t i = pos + open.size();
        const std::size_t digitsBegin = i;
        std::int64_t value = 0;
        bool saturated = false;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
            const int digit = text[i] - '0';
            if (!saturated && value > (std::numeric_limits<std::int64_t>::max() - digit) / 10) saturated = true;
            if (!saturated) value = value * 10 + digit;
            ++i;
        }
        if (i > digitsBegin && text.substr(i, close.size()) == close) {
            out.push_back(saturated ? maxCode : std::clamp<std::int64_t>(value, 0, maxCode));
            pos = i + close.size();
        } else {
            pos += 1;  // no match here: the next candidate starts later
        }
    }
    return out;
}

Result<torch::Tensor> codesTensor(const std::vector<std::vector<std::int64_t>>& lists) {
    std::size_t longest = 0;
    for (const auto& l : lists) longest = std::max(longest, l.size());
    if (lists.empty() || longest == 0) return invalid("the audio codes hold no <|audio_code_N|> token");
    auto out = torch::zeros({static_cast<std::int64_t>(lists.size()), static_cast<std::int64_t>(longest)},
                            torch::kLong);
    auto acc = out.accessor<std::int64_t, 2>();
    for (std::size_t b = 0; b < lists.size(); ++b) {
        for (std::size_t n = 0; n < lists[b].size(); ++n) acc[static_cast<std::int64_t>(b)][static_cast<std::int64_t>(n)] = lists[b][n];
    }
    return out;
}

}  // namespace songloom::dit
