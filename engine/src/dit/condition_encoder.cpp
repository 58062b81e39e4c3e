#include "dit/condition_encoder.h"

#include "dit/condition_common.h"
#include "nn/tensor_text.h"

#include "io/torch_tensors.h"
#include "songloom/silence_latent.h"

#include <fmt/format.h>

#include <algorithm>

namespace songloom::dit {

namespace {

using torch::indexing::Slice;

using nn::invalid;
using nn::shapeOf;

// Runs a stack of bidirectional encoder layers: sliding layers get `slidingMask`, the others `fullMask`.
torch::Tensor runStack(const std::vector<nn::AceEncoderLayer>& layers, const std::vector<bool>& sliding,
                       torch::Tensor h, const std::pair<torch::Tensor, torch::Tensor>& rope,
                       const torch::Tensor& slidingMask, const torch::Tensor& fullMask) {
    for (std::size_t i = 0; i < layers.size(); ++i) h = layers[i](h, rope, sliding[i] ? slidingMask : fullMask);
    return h;
}

}  // namespace

Result<ConditionEncoder> ConditionEncoder::load(const ComponentTensors& tensors, const ConditionConfig& config,
                                                torch::Device device, torch::ScalarType dtype,
                                                ConditionOptions options) {
    if (Status s = config.validate(); !s) return s;
    ConditionEncoder e;
    e.config_ = config;
    e.options_ = options;
    e.dtype_ = dtype;
    const auto& c = config;
    nn::WeightLoader w(tensors, device, dtype);
    e.textProjector_ = nn::loadLinear(w, "encoder.text_projector", c.textHidden, c.hidden, false);
    e.lyricEmbed_ = nn::loadLinear(w, "encoder.lyric_encoder.embed_tokens", c.textHidden, c.hidden, true);
    e.lyricLayers_ = loadConditionStack(w, "encoder.lyric_encoder", c.lyricLayers, c);
    e.lyricNorm_ = nn::loadRmsNorm(w, "encoder.lyric_encoder.norm.weight", c.hidden, c.eps);
    e.timbreEmbed_ = nn::loadLinear(w, "encoder.timbre_encoder.embed_tokens", c.timbreHidden, c.hidden, true);
    e.timbreLayers_ = loadConditionStack(w, "encoder.timbre_encoder", c.timbreLayers, c);
    e.timbreNorm_ = nn::loadRmsNorm(w, "encoder.timbre_encoder.norm.weight", c.hidden, c.eps);
    const std::string special = "encoder.timbre_encoder.special_token";
    if (options.timbreCls) {
        e.timbreSpecial_ = w.get(special, {1, 1, c.hidden});
    } else if (w.has(special)) {
        w.skip(special);  // diffusers never reads it (engine-spec-diffusers §2.4)
    }
    if (w.has("null_condition_emb")) e.nullEmb_ = w.get("null_condition_emb", {1, 1, c.hidden});
    if (Status s = w.finish({"encoder.", "null_condition_emb"}); !s) return s;
    return e;
}

torch::Tensor ConditionEncoder::projectText(const torch::Tensor& textHidden) const {
    return textProjector_(textHidden);
}

torch::Tensor ConditionEncoder::encodeLyrics(const torch::Tensor& lyricEmbeds, const torch::Tensor& lyricMask) const {
    auto h = lyricEmbed_(lyricEmbeds);
    const auto len = h.size(1);
    const auto rope = nn::aceRope(len, config_.headDim, config_.ropeTheta, h.scalar_type(), h.device());
    // Both kinds of layer see the padding mask (a tensor even when nothing is padded).
    const auto full = nn::aceMask(len, std::nullopt, lyricMask, h.scalar_type(), h.device());
    const auto band = nn::aceMask(len, config_.slidingWindow, lyricMask, h.scalar_type(), h.device());
    if (h.scalar_type() != torch::kHalf || lyricLayers_.empty()) {
        h = runStack(lyricLayers_, config_.lyricSliding, h, rope, band, full);
        return lyricNorm_(h);
    }
    // fp16 overflow guard (spec-dit §9.3): the last lyric layer's MLP down projection reaches |x| ≈ 5·10^5 on
    // ordinary lyrics, past fp16's 65504. That one Linear runs in fp32, the residual add and the final norm
    // follow in fp32, and the result is cast back to fp16. bf16 and fp32 runs take the path above unchanged.
    const std::size_t last = lyricLayers_.size() - 1;
    for (std::size_t i = 0; i < last; ++i) {
        h = lyricLayers_[i](h, rope, config_.lyricSliding[i] ? band : full);
    }
    const auto& layer = lyricLayers_[last];
    h = h + layer.attn(layer.inputNorm(h), {}, config_.lyricSliding[last] ? band : full, rope);
    const auto& mlp = layer.mlp;
    const auto act = (torch::silu(mlp.gate(layer.postNorm(h))) * mlp.up(layer.postNorm(h))).to(torch::kFloat32);
    auto down = torch::linear(act, mlp.down.weight.to(torch::kFloat32),
                              mlp.down.bias.defined() ? mlp.down.bias.to(torch::kFloat32) : torch::Tensor());
    const auto h32 = h.to(torch::kFloat32) + down;
    nn::RmsNorm norm32{lyricNorm_.weight.to(torch::kFloat32), lyricNorm_.eps};
    return norm32(h32).to(torch::kHalf);
}

torch::Tensor ConditionEncoder::encodeLyricsPreNorm(const torch::Tensor& lyricEmbeds,
                                                    const torch::Tensor& lyricMask) const {
    auto h = lyricEmbed_(lyricEmbeds);
    const auto len = h.size(1);
    const auto rope = nn::aceRope(len, config_.headDim, config_.ropeTheta, h.scalar_type(), h.device());
    const auto full = nn::aceMask(len, std::nullopt, lyricMask, h.scalar_type(), h.device());
    const auto band = nn::aceMask(len, config_.slidingWindow, lyricMask, h.scalar_type(), h.device());
    return runStack(lyricLayers_, config_.lyricSliding, h, rope, band, full);
}

torch::Tensor ConditionEncoder::encodeTimbreClips(const torch::Tensor& referenceLatents) const {
    auto h = timbreEmbed_(referenceLatents);
    if (options_.timbreCls) {
        // Official XL: a learned CLS token in front of the frames; its output is the timbre vector.
        h = torch::cat({timbreSpecial_.to(h.scalar_type()).expand({h.size(0), 1, h.size(2)}), h}, 1);
    }
    const auto len = h.size(1);
    const auto rope = nn::aceRope(len, config_.headDim, config_.ropeTheta, h.scalar_type(), h.device());
    const auto band = nn::aceMask(len, config_.slidingWindow, {}, h.scalar_type(), h.device());
    h = runStack(timbreLayers_, config_.timbreSliding, h, rope, band, /*full layers: no mask*/ {});
    return timbreNorm_(h).select(1, 0);
}

std::pair<torch::Tensor, torch::Tensor> ConditionEncoder::unpackTimbre(const torch::Tensor& clips,
                                                                       const torch::Tensor& order,
                                                                       std::int64_t batch) {
    const auto orderCpu = order.to(torch::kCPU, torch::kLong).contiguous();
    const auto* ids = orderCpu.data_ptr<std::int64_t>();
    const auto n = orderCpu.numel();
    std::vector<std::int64_t> counts(static_cast<std::size_t>(batch), 0);
    for (std::int64_t i = 0; i < n; ++i) ++counts[static_cast<std::size_t>(ids[i])];
    const std::int64_t maxCount = *std::max_element(counts.begin(), counts.end());
    // Clip i goes to row order[i] at the rank of i among the clips of that item (clip order kept).
    std::vector<std::int64_t> slot(static_cast<std::size_t>(n));
    std::vector<std::int64_t> seen(static_cast<std::size_t>(batch), 0);
    for (std::int64_t i = 0; i < n; ++i) {
        const auto b = ids[i];
        slot[static_cast<std::size_t>(i)] = b * maxCount + seen[static_cast<std::size_t>(b)]++;
    }
    const auto index = torch::tensor(slot, torch::kLong).to(clips.device());
    auto flat = torch::zeros({batch * maxCount, clips.size(1)}, clips.options());
    flat.index_copy_(0, index, clips);
    auto mask = torch::zeros({batch * maxCount}, torch::TensorOptions().dtype(torch::kLong).device(clips.device()));
    mask.index_fill_(0, index, 1);
    return {flat.view({batch, maxCount, clips.size(1)}), mask.view({batch, maxCount})};
}

std::pair<torch::Tensor, torch::Tensor> ConditionEncoder::pack(const torch::Tensor& a, const torch::Tensor& b,
                                                               const torch::Tensor& maskA, const torch::Tensor& maskB) {
    const auto hidden = torch::cat({a, b}, 1);
    const auto mask = torch::cat({maskA.to(torch::kLong), maskB.to(torch::kLong)}, 1);
    const auto order = std::get<1>(mask.sort(/*stable=*/true, /*dim=*/1, /*descending=*/true));
    const auto packed = hidden.gather(1, order.unsqueeze(-1).expand_as(hidden));
    const auto lengths = mask.sum(1);
    const auto positions = torch::arange(mask.size(1), mask.options());
    return {packed, positions.unsqueeze(0) < lengths.unsqueeze(1)};
}

Result<ConditionOutput> ConditionEncoder::forward(const torch::Tensor& textHidden, const torch::Tensor& textMask,
                                                  const torch::Tensor& lyricEmbeds, const torch::Tensor& lyricMask,
                                                  const torch::Tensor& referenceLatents,
                                                  const torch::Tensor& referenceOrder) const {
    const auto& c = config_;
    if (!textHidden.defined() || textHidden.dim() != 3 || textHidden.size(2) != c.textHidden ||
        textHidden.size(1) < 1) {
        return invalid(fmt::format("text hidden states are {}, expected [B, L >= 1, {}]", shapeOf(textHidden),
                                   c.textHidden));
    }
    const auto batch = textHidden.size(0);
    if (batch < 1) return invalid("text hidden states: batch must be >= 1");
    if (!textMask.defined() || textMask.dim() != 2 || textMask.size(0) != batch ||
        textMask.size(1) != textHidden.size(1)) {
        return invalid(fmt::format("text mask is {}, expected [{}, {}]", shapeOf(textMask), batch,
                                   textHidden.size(1)));
    }
    if (!lyricEmbeds.defined() || lyricEmbeds.dim() != 3 || lyricEmbeds.size(0) != batch ||
        lyricEmbeds.size(2) != c.textHidden || lyricEmbeds.size(1) < 1) {
        return invalid(fmt::format("lyric embeddings are {}, expected [{}, L >= 1, {}]", shapeOf(lyricEmbeds), batch,
                                   c.textHidden));
    }
    if (!lyricMask.defined() || lyricMask.dim() != 2 || lyricMask.size(0) != batch ||
        lyricMask.size(1) != lyricEmbeds.size(1)) {
        return invalid(fmt::format("lyric mask is {}, expected [{}, {}]", shapeOf(lyricMask), batch,
                                   lyricEmbeds.size(1)));
    }
    if (!referenceLatents.defined() || referenceLatents.dim() != 3 || referenceLatents.size(0) < 1 ||
        referenceLatents.size(1) < 1 || referenceLatents.size(2) != c.timbreHidden) {
        return invalid(fmt::format("reference latents are {}, expected [N >= 1, T >= 1, {}]",
                                   shapeOf(referenceLatents), c.timbreHidden));
    }
    if (!referenceOrder.defined() || referenceOrder.dim() != 1 || referenceOrder.size(0) != referenceLatents.size(0) ||
        !(referenceOrder.scalar_type() == torch::kLong || referenceOrder.scalar_type() == torch::kInt)) {
        return invalid(fmt::format("reference order is {}, expected [{}] integers", shapeOf(referenceOrder),
                                   referenceLatents.size(0)));
    }
    const auto lo = referenceOrder.min().item<std::int64_t>();
    const auto hi = referenceOrder.max().item<std::int64_t>();
    if (lo < 0 || hi != batch - 1) {
        return invalid(fmt::format("reference order holds {} to {}: allowed batch items 0 to {}, the last one "
                                   "present",
                                   lo, hi, batch - 1));
    }
    const auto device = textProjector_.weight.device();
    const auto text = projectText(textHidden.to(device, dtype_));
    const auto lyricPad = lyricMask.to(device);
    const auto lyrics = encodeLyrics(lyricEmbeds.to(device, dtype_), lyricPad);
    const auto clips = encodeTimbreClips(referenceLatents.to(device, dtype_));
    auto [timbre, timbreMask] = unpackTimbre(clips, referenceOrder.to(device), batch);
    auto [first, firstMask] = pack(lyrics, timbre, lyricPad, timbreMask);
    auto [hidden, mask] = pack(first, text, firstMask, textMask.to(device));
    return ConditionOutput{hidden, mask};
}

Result<torch::Tensor> ConditionEncoder::nullConditionLike(const torch::Tensor& condition) const {
    if (!nullEmb_.defined()) {
        return Status::error(ErrorCode::Unsupported,
                             "this checkpoint has no null_condition_emb: classifier-free guidance is unavailable");
    }
    if (!condition.defined() || condition.dim() != 3 || condition.size(2) != config_.hidden) {
        return invalid(fmt::format("condition is {}, expected [B, L, {}]", shapeOf(condition), config_.hidden));
    }
    return nullEmb_.expand_as(condition);
}

// ---- silence latent ----------------------------------------------------------------------------------

Result<torch::Tensor> loadSilenceLatentFile(const std::filesystem::path& path, torch::Device device,
                                            torch::ScalarType dtype, std::int64_t channels) {
    auto data = channels == kSilenceLatentChannels ? readSilenceLatent(path) : readTorchSavedTensor(path);
    if (!data) return data.status();
    const auto& shape = data->shape;
    if (shape.size() != 3 || shape[0] != 1 || shape[1] != channels || shape[2] < 1) {
        std::string dims;
        for (std::size_t i = 0; i < shape.size(); ++i) dims += (i ? ", " : "") + std::to_string(shape[i]);
        return Status::error(ErrorCode::Unsupported,
                             fmt::format("{}: the silence latent is [{}], expected [1, {}, T >= 1]", path.string(),
                                         dims, channels));
    }
    auto tensor = io::tensorFromData(*data, device, torch::kFloat32);
    if (!tensor) return tensor.status();
    // [1, 64, T] -> [1, T, 64], then the model dtype (the official handler's order).
    return tensor->transpose(1, 2).contiguous().to(dtype);
}

Result<torch::Tensor> loadSilenceLatentTensor(const ComponentTensors& tensors, torch::Device device,
                                              torch::ScalarType dtype) {
    const auto* entry = tensors.find("silence_latent");
    if (!entry) {
        return Status::error(ErrorCode::NotFound, fmt::format("{} has no silence_latent tensor", tensors.origin()));
    }
    const auto& shape = entry->info->shape;
    if (shape.size() != 3 || shape[0] != 1 || shape[1] < 1 || shape[2] < 1) {
        return Status::error(ErrorCode::Corrupt,
                             fmt::format("{}: silence_latent has {} dimensions / shape not [1, T, C]",
                                         tensors.origin(), shape.size()));
    }
    auto tensor = io::tensorFromEntry(Checkpoint::Entry{entry->file, entry->info}, device, dtype);
    if (!tensor) return tensor.status();
    return tensor->clone();
}

Result<torch::Tensor> loadSilenceLatent(const CatalogComponent& component, torch::Device device,
                                        torch::ScalarType dtype, std::int64_t channels) {
    if (component.kind != ComponentKind::SilenceLatent || component.files.empty()) {
        return invalid("loadSilenceLatent needs a silence-latent component");
    }
    const auto& file = component.files.front();
    if (file.extension() == ".pt") return loadSilenceLatentFile(file, device, dtype, channels);
    auto tensors = ComponentTensors::open(component);
    if (!tensors) return tensors.status();
    return loadSilenceLatentTensor(*tensors, device, dtype);
}

torch::Tensor silenceFrames(const torch::Tensor& silence, std::int64_t frames) {
    const auto stored = silence.size(1);
    if (stored >= frames) return silence.index({Slice(), Slice(0, frames), Slice()});
    const auto repeats = (frames + stored - 1) / stored;
    return silence.repeat({1, repeats, 1}).index({Slice(), Slice(0, frames), Slice()});
}

Result<std::pair<torch::Tensor, torch::Tensor>> silenceTimbreInput(const torch::Tensor& silence, std::int64_t frames,
                                                                   std::int64_t batch) {
    if (!silence.defined() || silence.dim() != 3 || silence.size(0) != 1) {
        return invalid(fmt::format("silence latent is {}, expected [1, T, C]", shapeOf(silence)));
    }
    if (frames < 1) return invalid(fmt::format("timbre input of {} silence frames: allowed >= 1", frames));
    if (batch < 1) return invalid(fmt::format("batch {} must be >= 1", batch));
    frames = std::min(frames, silence.size(1));
    auto latents = silence.index({Slice(), Slice(0, frames), Slice()}).expand({batch, frames, silence.size(2)}).contiguous();
    auto order = torch::arange(batch, torch::TensorOptions().dtype(torch::kLong).device(silence.device()));
    return std::pair{latents, order};
}

}  // namespace songloom::dit
