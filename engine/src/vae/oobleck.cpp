#include "vae/oobleck.h"

#include "nn/weights.h"

#include <ATen/ATen.h>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <map>
#include <sstream>

namespace songloom::vae {

namespace {

// ---- the two namings ------------------------------------------------------------------------------
// stable-audio-tools builds each coder as one Sequential: [conv, block × N, snake, conv]; an encoder block
// is [res unit × 3, snake, conv], a decoder block [snake, transposed conv, res unit × 3], a residual unit
// [snake, conv, snake, conv]. diffusers names the same modules.
using ModuleTable = std::map<std::string, std::string>;

void addResUnit(ModuleTable& t, const std::string& d, const std::string& s) {
    t[d + ".snake1"] = s + ".layers.0";
    t[d + ".conv1"] = s + ".layers.1";
    t[d + ".snake2"] = s + ".layers.2";
    t[d + ".conv2"] = s + ".layers.3";
}

ModuleTable moduleTable(std::size_t n) {
    ModuleTable t;
    t["encoder.conv1"] = "encoder.layers.0";
    t["decoder.conv1"] = "decoder.layers.0";
    for (std::size_t i = 0; i < n; ++i) {
        const std::string eb = fmt::format("encoder.block.{}", i), es = fmt::format("encoder.layers.{}", i + 1);
        const std::string db = fmt::format("decoder.block.{}", i), ds = fmt::format("decoder.layers.{}", i + 1);
        for (int j = 1; j <= 3; ++j) {
            addResUnit(t, fmt::format("{}.res_unit{}", eb, j), fmt::format("{}.layers.{}", es, j - 1));
            addResUnit(t, fmt::format("{}.res_unit{}", db, j), fmt::format("{}.layers.{}", ds, j + 1));
        }
        t[eb + ".snake1"] = es + ".layers.3";
        t[eb + ".conv1"] = es + ".layers.4";
        t[db + ".snake1"] = ds + ".layers.0";
        t[db + ".conv_t1"] = ds + ".layers.1";
    }
    t["encoder.snake1"] = fmt::format("encoder.layers.{}", n + 1);
    t["encoder.conv2"] = fmt::format("encoder.layers.{}", n + 2);
    t["decoder.snake1"] = fmt::format("decoder.layers.{}", n + 1);
    t["decoder.conv2"] = fmt::format("decoder.layers.{}", n + 2);
    return t;
}

enum class Naming { Diffusers, Sat };

Naming namingOf(const ComponentTensors& tensors) {
    for (const std::string& name : tensors.names())
        if (name.starts_with("encoder.layers.") || name.starts_with("decoder.layers.")) return Naming::Sat;
    return Naming::Diffusers;
}

// Number of blocks as stored: SAT counts the Sequential's top-level entries, diffusers the block indices.
std::size_t storedBlockCount(const ComponentTensors& tensors, Naming naming) {
    const std::string head = naming == Naming::Sat ? "encoder.layers." : "encoder.block.";
    long maxIndex = -1;
    for (const std::string& name : tensors.names()) {
        if (!name.starts_with(head)) continue;
        maxIndex = std::max(maxIndex, std::strtol(name.c_str() + head.size(), nullptr, 10));
    }
    if (naming == Naming::Sat) return maxIndex >= 2 ? static_cast<std::size_t>(maxIndex - 2) : 0;
    return static_cast<std::size_t>(maxIndex + 1);
}

// The stored weight of a convolution module: weight_v (legacy weight norm), parametrizations original1
// (newer weight norm) or a plain (already folded) weight.
const ComponentTensors::Entry* storedWeight(const ComponentTensors& tensors, const std::string& module) {
    for (const char* suffix : {".weight_v", ".parametrizations.weight.original1", ".weight"})
        if (const auto* e = tensors.find(module + suffix)) return e;
    return nullptr;
}

std::int64_t positiveInt(const nlohmann::json& j, const char* key, std::int64_t fallback, const std::string& origin,
                         Status& status) {
    if (!j.contains(key)) return fallback;
    const auto& v = j[key];
    if (!v.is_number_integer() || v.get<std::int64_t>() <= 0) {
        if (status.isOk())
            status = Status::error(ErrorCode::Corrupt,
                                   fmt::format("{}: \"{}\" is {}, expected a positive integer", origin, key, v.dump()));
        return fallback;
    }
    return v.get<std::int64_t>();
}

std::vector<std::int64_t> positiveList(const nlohmann::json& j, const char* key, std::vector<std::int64_t> fallback,
                                       const std::string& origin, Status& status) {
    if (!j.contains(key)) return fallback;
    const auto& v = j[key];
    std::vector<std::int64_t> out;
    bool ok = v.is_array() && !v.empty();
    if (ok)
        for (const auto& e : v) {
            if (!e.is_number_integer() || e.get<std::int64_t>() <= 0) {
                ok = false;
                break;
            }
            out.push_back(e.get<std::int64_t>());
        }
    if (!ok) {
        if (status.isOk())
            status = Status::error(ErrorCode::Corrupt, fmt::format("{}: \"{}\" is {}, expected a non-empty list of "
                                                                   "positive integers",
                                                                   origin, key, v.dump()));
        return fallback;
    }
    return out;
}

// ---- forward pieces --------------------------------------------------------------------------------

torch::Tensor runConv(const torch::Tensor& x, const OobleckVae::Conv& c) {
    if (c.transposed) return at::conv_transpose1d(x, c.weight, c.bias, c.stride, c.padding, 0, 1, c.dilation);
    return at::conv1d(x, c.weight, c.bias, c.stride, c.padding, c.dilation);
}

// x + 1/(b + 1e-9) · sin(a·x)², with a and 1/(b + 1e-9) folded at load.
torch::Tensor runSnake(const torch::Tensor& x, const OobleckVae::Snake& s) {
    auto t = x * s.alpha;
    t.sin_();
    t.mul_(t);
    return at::addcmul(x, s.invBeta, t);
}

torch::Tensor runResUnit(const torch::Tensor& x, const OobleckVae::ResUnit& r) {
    auto h = runConv(runSnake(x, r.snake1), r.conv1);
    h = runConv(runSnake(h, r.snake2), r.conv2);
    return h.add_(x);  // kernel 7 with padding 3·dilation keeps the length: no centre crop needed
}

// ---- loading -----------------------------------------------------------------------------------------

class VaeLoader {
public:
    VaeLoader(const ComponentTensors& tensors, const VaeConfig& config, torch::Device device, torch::ScalarType dtype)
        : tensors_(tensors),
          loader_(tensors, device, dtype),
          naming_(namingOf(tensors)),
          table_(moduleTable(config.downsamplingRatios.size())),
          dtype_(dtype) {}

    std::string stored(const std::string& module) const {
        return naming_ == Naming::Sat ? table_.at(module) : module;
    }

    // weight shape as the module stores it ([out, in, k]; transposed: [in, out, k]).
    OobleckVae::Conv conv(const std::string& module, std::int64_t inC, std::int64_t outC, std::int64_t k,
                          std::int64_t stride, std::int64_t padding, std::int64_t dilation, bool transposed,
                          bool bias) {
        const std::string m = stored(module);
        const std::int64_t d0 = transposed ? inC : outC, d1 = transposed ? outC : inC;
        OobleckVae::Conv c;
        c.stride = stride;
        c.padding = padding;
        c.dilation = dilation;
        c.transposed = transposed;
        torch::Tensor w;
        std::string gName, vName;
        if (loader_.has(m + ".weight_g")) {
            gName = m + ".weight_g";
            vName = m + ".weight_v";
        } else if (loader_.has(m + ".parametrizations.weight.original0")) {
            gName = m + ".parametrizations.weight.original0";
            vName = m + ".parametrizations.weight.original1";
        }
        if (!gName.empty()) {
            auto g = loader_.get(gName, {d0, 1, 1}, torch::kFloat32);
            auto v = loader_.get(vName, {d0, d1, k}, torch::kFloat32);
            // torch's weight_norm(dim=0): one norm over all but dim 0 of the stored weight, i.e. per output
            // channel for Conv1d and per *input* channel for ConvTranspose1d ([in, out, k]).
            if (g.defined() && v.defined()) w = v * (g / v.norm(2, {1, 2}, true));
        } else {
            w = loader_.get(m + ".weight", {d0, d1, k}, torch::kFloat32);
        }
        if (w.defined()) c.weight = w.to(dtype_).contiguous();
        if (bias) c.bias = loader_.get(m + ".bias", {outC});
        return c;
    }

    OobleckVae::Snake snake(const std::string& module, std::int64_t channels) {
        const std::string m = stored(module);
        std::vector<std::int64_t> shape = naming_ == Naming::Sat ? std::vector<std::int64_t>{channels}
                                                                 : std::vector<std::int64_t>{1, channels, 1};
        auto a = loader_.get(m + ".alpha", shape, torch::kFloat32);
        auto b = loader_.get(m + ".beta", shape, torch::kFloat32);
        OobleckVae::Snake s;
        if (a.defined()) s.alpha = a.reshape({1, channels, 1}).exp().to(dtype_);
        if (b.defined()) s.invBeta = (b.reshape({1, channels, 1}).exp() + 1e-9).reciprocal().to(dtype_);
        return s;
    }

    OobleckVae::ResUnit resUnit(const std::string& module, std::int64_t c, std::int64_t dilation) {
        OobleckVae::ResUnit r;
        r.snake1 = snake(module + ".snake1", c);
        r.conv1 = conv(module + ".conv1", c, c, 7, 1, 3 * dilation, dilation, false, true);
        r.snake2 = snake(module + ".snake2", c);
        r.conv2 = conv(module + ".conv2", c, c, 1, 1, 0, 1, false, true);
        return r;
    }

    Status finish() const { return loader_.finish({"encoder.", "decoder."}); }

private:
    const ComponentTensors& tensors_;
    nn::WeightLoader loader_;
    Naming naming_;
    ModuleTable table_;
    torch::ScalarType dtype_;
};

}  // namespace

std::string satModuleOf(const std::string& diffusersModule, std::size_t numBlocks) {
    return moduleTable(numBlocks).at(diffusersModule);
}

// ---- config ------------------------------------------------------------------------------------------

std::int64_t VaeConfig::hopLength() const {
    std::int64_t hop = 1;
    for (auto r : downsamplingRatios) hop *= r;
    return hop;
}

Status VaeConfig::validate() const {
    auto bad = [](const std::string& what) { return Status::error(ErrorCode::InvalidArgument, "VAE config: " + what); };
    if (encoderHiddenSize <= 0 || encoderHiddenSize % 2 != 0)
        return bad(fmt::format("encoder_hidden_size is {}, expected a positive even integer (mean ‖ scale)",
                               encoderHiddenSize));
    if (downsamplingRatios.empty()) return bad("downsampling_ratios is empty, expected at least one stride");
    for (auto r : downsamplingRatios)
        if (r <= 0) return bad(fmt::format("downsampling_ratios holds {}, expected positive strides", r));
    if (channelMultiples.size() != downsamplingRatios.size())
        return bad(fmt::format("channel_multiples has {} entries, expected one per downsampling ratio ({})",
                               channelMultiples.size(), downsamplingRatios.size()));
    for (auto m : channelMultiples)
        if (m <= 0) return bad(fmt::format("channel_multiples holds {}, expected positive integers", m));
    if (decoderChannels <= 0) return bad(fmt::format("decoder_channels is {}, expected > 0", decoderChannels));
    if (decoderInputChannels <= 0)
        return bad(fmt::format("decoder_input_channels is {}, expected > 0", decoderInputChannels));
    if (audioChannels <= 0) return bad(fmt::format("audio_channels is {}, expected > 0", audioChannels));
    if (samplingRate <= 0) return bad(fmt::format("sampling_rate is {}, expected > 0", samplingRate));
    return Status::ok();
}

Result<VaeConfig> VaeConfig::fromJson(const std::string& text, const std::string& origin) {
    nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
    if (j.is_discarded() || !j.is_object())
        return Status::error(ErrorCode::Corrupt, fmt::format("{}: not a JSON object", origin));
    if (j.contains("_class_name") && j["_class_name"] != "AutoencoderOobleck")
        return Status::error(ErrorCode::Unsupported, fmt::format("{}: \"_class_name\" is {}, expected "
                                                                 "\"AutoencoderOobleck\"",
                                                                 origin, j["_class_name"].dump()));
    VaeConfig c;
    Status st;
    c.encoderHiddenSize = positiveInt(j, "encoder_hidden_size", c.encoderHiddenSize, origin, st);
    c.downsamplingRatios = positiveList(j, "downsampling_ratios", c.downsamplingRatios, origin, st);
    c.channelMultiples = positiveList(j, "channel_multiples", c.channelMultiples, origin, st);
    c.decoderChannels = positiveInt(j, "decoder_channels", c.decoderChannels, origin, st);
    c.decoderInputChannels = positiveInt(j, "decoder_input_channels", c.decoderInputChannels, origin, st);
    c.audioChannels = positiveInt(j, "audio_channels", c.audioChannels, origin, st);
    c.samplingRate = positiveInt(j, "sampling_rate", c.samplingRate, origin, st);
    if (!st) return st;
    if (Status v = c.validate(); !v) return Status::error(ErrorCode::Corrupt, origin + ": " + v.message());
    return c;
}

Result<VaeConfig> VaeConfig::fromFile(const std::filesystem::path& configJson) {
    std::ifstream in(configJson, std::ios::binary);
    if (!in) return Status::error(ErrorCode::NotFound, fmt::format("cannot open {}", configJson.string()));
    std::stringstream ss;
    ss << in.rdbuf();
    return fromJson(ss.str(), configJson.string());
}

Result<VaeConfig> VaeConfig::fromTensors(const ComponentTensors& tensors, std::int64_t samplingRate) {
    const Naming naming = namingOf(tensors);
    const std::size_t n = storedBlockCount(tensors, naming);
    auto corrupt = [&](const std::string& what) {
        return Status::error(ErrorCode::Corrupt, fmt::format("{}: not an Oobleck VAE: {}", tensors.origin(), what));
    };
    if (n == 0) return corrupt("no encoder blocks");
    const ModuleTable table = moduleTable(n);
    auto shapeOf = [&](const std::string& module) -> const std::vector<std::int64_t>* {
        const auto* e = storedWeight(tensors, naming == Naming::Sat ? table.at(module) : module);
        if (!e || e->info->shape.size() != 3) return nullptr;
        return &e->info->shape;
    };
    VaeConfig c;
    c.samplingRate = samplingRate;
    const auto* enc1 = shapeOf("encoder.conv1");
    const auto* dec1 = shapeOf("decoder.conv1");
    const auto* dec2 = shapeOf("decoder.conv2");
    if (!enc1 || !dec1 || !dec2) return corrupt("encoder.conv1, decoder.conv1 or decoder.conv2 weight missing");
    c.encoderHiddenSize = (*enc1)[0];
    c.audioChannels = (*enc1)[1];
    c.decoderInputChannels = (*dec1)[1];
    c.decoderChannels = (*dec2)[1];
    c.downsamplingRatios.clear();
    c.channelMultiples.clear();
    for (std::size_t i = 0; i < n; ++i) {
        const auto* s = shapeOf(fmt::format("encoder.block.{}.conv1", i));
        if (!s) return corrupt(fmt::format("encoder block {} has no downsampling convolution", i));
        if ((*s)[2] % 2 != 0 || (*s)[0] % c.encoderHiddenSize != 0)
            return corrupt(fmt::format("encoder block {} convolution is [{}]", i, fmt::join(*s, ", ")));
        c.downsamplingRatios.push_back((*s)[2] / 2);
        c.channelMultiples.push_back((*s)[0] / c.encoderHiddenSize);
    }
    if (Status v = c.validate(); !v) return Status::error(ErrorCode::Corrupt, tensors.origin() + ": " + v.message());
    return c;
}

// ---- posterior ---------------------------------------------------------------------------------------

torch::Tensor Posterior::std() const { return at::softplus(scale) + 1e-4; }

torch::Tensor Posterior::sample(std::optional<at::Generator> generator) const {
    torch::NoGradGuard noGrad;
    const auto opts = mean.options();
    auto eps = generator ? at::randn(mean.sizes(), *generator, opts) : at::randn(mean.sizes(), opts);
    return mean + std() * eps;
}

// ---- the model ---------------------------------------------------------------------------------------

Result<OobleckVae> OobleckVae::load(const ComponentTensors& tensors, const VaeConfig& config, torch::Device device,
                                    torch::ScalarType dtype) {
    if (Status v = config.validate(); !v) return v;
    torch::NoGradGuard noGrad;
    OobleckVae vae;
    vae.config_ = config;
    vae.device_ = device;
    vae.dtype_ = dtype;
    VaeLoader L(tensors, config, device, dtype);
    const std::int64_t H = config.encoderHiddenSize, D = config.decoderChannels;
    const auto& ratios = config.downsamplingRatios;
    const auto& mults = config.channelMultiples;
    const std::size_t n = ratios.size();
    std::vector<std::int64_t> cm{1};  // diffusers prepends 1 to the multiples
    cm.insert(cm.end(), mults.begin(), mults.end());
    const std::int64_t dilations[3] = {1, 3, 9};

    vae.encConv1_ = L.conv("encoder.conv1", config.audioChannels, H, 7, 1, 3, 1, false, true);
    for (std::size_t i = 0; i < n; ++i) {
        const std::string m = fmt::format("encoder.block.{}", i);
        const std::int64_t in = H * cm[i], out = H * cm[i + 1], s = ratios[i];
        Block b;
        for (int j = 0; j < 3; ++j) b.res[j] = L.resUnit(fmt::format("{}.res_unit{}", m, j + 1), in, dilations[j]);
        b.snake = L.snake(m + ".snake1", in);
        b.conv = L.conv(m + ".conv1", in, out, 2 * s, s, (s + 1) / 2, 1, false, true);
        vae.encBlocks_.push_back(std::move(b));
    }
    vae.encSnake_ = L.snake("encoder.snake1", H * cm[n]);
    // The encoder's last convolution gives mean ‖ scale: 2 × the latent width. diffusers writes that width as
    // encoder_hidden_size, which for its configs equals 2 × decoder_input_channels; a checkpoint whose encoder
    // is narrower than its latent (Songloom's tiny fixtures) is read by the tensor shapes' rule.
    vae.encConv2_ = L.conv("encoder.conv2", H * cm[n], 2 * config.decoderInputChannels, 3, 1, 1, 1, false, true);

    vae.decConv1_ = L.conv("decoder.conv1", config.decoderInputChannels, D * cm[n], 7, 1, 3, 1, false, true);
    for (std::size_t i = 0; i < n; ++i) {
        const std::string m = fmt::format("decoder.block.{}", i);
        const std::int64_t in = D * cm[n - i], out = D * cm[n - i - 1], s = ratios[n - 1 - i];
        Block b;
        b.snake = L.snake(m + ".snake1", in);
        b.conv = L.conv(m + ".conv_t1", in, out, 2 * s, s, (s + 1) / 2, 1, true, true);
        for (int j = 0; j < 3; ++j) b.res[j] = L.resUnit(fmt::format("{}.res_unit{}", m, j + 1), out, dilations[j]);
        vae.decBlocks_.push_back(std::move(b));
    }
    vae.decSnake_ = L.snake("decoder.snake1", D);
    vae.decConv2_ = L.conv("decoder.conv2", D, config.audioChannels, 7, 1, 3, 1, false, false);
    if (Status st = L.finish(); !st) return st;
    return vae;
}

torch::Tensor OobleckVae::runEncoder(const torch::Tensor& x) const {
    auto h = runConv(x, encConv1_);
    for (const Block& b : encBlocks_) {
        for (const ResUnit& r : b.res) h = runResUnit(h, r);
        h = runConv(runSnake(h, b.snake), b.conv);
    }
    return runConv(runSnake(h, encSnake_), encConv2_);
}

torch::Tensor OobleckVae::runDecoder(const torch::Tensor& z) const {
    auto h = runConv(z, decConv1_);
    for (const Block& b : decBlocks_) {
        h = runConv(runSnake(h, b.snake), b.conv);
        for (const ResUnit& r : b.res) h = runResUnit(h, r);
    }
    return runConv(runSnake(h, decSnake_), decConv2_);
}

Status OobleckVae::checkAudio(const torch::Tensor& audio) const {
    if (!audio.defined() || audio.dim() != 3 || audio.size(1) != config_.audioChannels || audio.size(2) < config_.hopLength())
        return Status::error(ErrorCode::InvalidArgument,
                             fmt::format("VAE encode: audio is [{}], expected [batch, {}, samples >= {}]",
                                         audio.defined() ? fmt::format("{}", fmt::join(audio.sizes(), ", ")) : "",
                                         config_.audioChannels, config_.hopLength()));
    return Status::ok();
}

Status OobleckVae::checkLatents(const torch::Tensor& z) const {
    if (!z.defined() || z.dim() != 3 || z.size(1) != config_.decoderInputChannels || z.size(2) < 1)
        return Status::error(ErrorCode::InvalidArgument,
                             fmt::format("VAE decode: latents are [{}], expected [batch, {}, frames >= 1]",
                                         z.defined() ? fmt::format("{}", fmt::join(z.sizes(), ", ")) : "",
                                         config_.decoderInputChannels));
    return Status::ok();
}

namespace {
Posterior posteriorOf(const torch::Tensor& h) {
    auto parts = h.chunk(2, 1);
    return Posterior{parts[0], parts[1]};
}
}  // namespace

Result<Posterior> OobleckVae::encode(const torch::Tensor& audio) const {
    if (Status st = checkAudio(audio); !st) return st;
    torch::InferenceMode guard;
    return posteriorOf(runEncoder(audio.to(device_, dtype_)));
}

Result<torch::Tensor> OobleckVae::decode(const torch::Tensor& latents) const {
    if (Status st = checkLatents(latents); !st) return st;
    torch::InferenceMode guard;
    return runDecoder(latents.to(device_, dtype_));
}

// Default decode window. The reference's empirical peak is ≈ 1.3 GB per 512 frames in bf16 at the ACE-Step
// size (spec §2.10), i.e. ≈ 2.6 MB per frame per batch item, scaled here by the element size and by the
// decoder width relative to 128 channels. Rule: the largest multiple of 64 frames whose estimated peak fits
// in half of the available memory, between 192 (a core of 64 frames beside 2 × 64 overlap) and the
// official 512. Available memory: given by the caller (e.g. free VRAM), else the CPU's free physical
// memory; on an accelerator without a figure, the official 512.
std::int64_t OobleckVae::defaultDecodeChunk(std::int64_t batch, std::optional<std::uint64_t> availableBytes) const {
    if (!availableBytes) {
        if (!device_.is_cpu()) return 512;
        const long pages = sysconf(_SC_AVPHYS_PAGES), pageSize = sysconf(_SC_PAGESIZE);
        if (pages <= 0 || pageSize <= 0) return 512;
        availableBytes = static_cast<std::uint64_t>(pages) * static_cast<std::uint64_t>(pageSize);
    }
    const double perFrame = 2.6e6 * (static_cast<double>(c10::elementSize(dtype_)) / 2.0) *
                            (static_cast<double>(config_.decoderChannels) / 128.0) *
                            (static_cast<double>(config_.hopLength()) / 1920.0) * static_cast<double>(std::max<std::int64_t>(batch, 1));
    const auto frames = static_cast<std::int64_t>(static_cast<double>(*availableBytes) / 2.0 / perFrame);
    return std::clamp<std::int64_t>(frames / 64 * 64, 192, 512);
}

namespace {

// The windows of a tiled pass over `length` frames or samples: cores of `stride` cut the whole length, each
// window adds `overlap` on both sides (clipped at the ends); the caller keeps only the core of each tile.
struct TileWindow {
    std::int64_t coreStart, coreEnd, winStart, winEnd;
};
std::vector<TileWindow> tileWindows(std::int64_t length, std::int64_t stride, std::int64_t overlap) {
    std::vector<TileWindow> windows;
    for (std::int64_t coreStart = 0; coreStart < length; coreStart += stride) {
        const std::int64_t coreEnd = std::min(coreStart + stride, length);
        windows.push_back({coreStart, coreEnd, std::max<std::int64_t>(0, coreStart - overlap),
                           std::min(length, coreEnd + overlap)});
    }
    return windows;
}

Status tileCancelled() { return Status::error(ErrorCode::Cancelled, "VAE pass cancelled between tiles"); }

}  // namespace

Result<torch::Tensor> OobleckVae::decodeTiled(const torch::Tensor& latents, DecodeTiling tiling) const {
    if (Status st = checkLatents(latents); !st) return st;
    const std::int64_t T = latents.size(2);
    const std::int64_t chunk = tiling.chunkFrames > 0 ? tiling.chunkFrames : defaultDecodeChunk(latents.size(0));
    const std::int64_t overlap = tiling.overlapFrames;
    if (T <= chunk) {
        auto out = decode(latents);
        if (out && tiling.onTile && !tiling.onTile(1, 1)) return tileCancelled();
        return out;
    }
    const std::int64_t stride = chunk - 2 * overlap;
    if (overlap < 0 || stride <= 0)
        return Status::error(ErrorCode::InvalidArgument,
                             fmt::format("VAE tiled decode: chunk {} frames with overlap {}: expected 0 <= overlap "
                                         "and chunk > 2 × overlap",
                                         chunk, overlap));
    torch::InferenceMode guard;
    const auto z = latents.to(device_, dtype_);
    std::vector<torch::Tensor> pieces;
    double up = 0;
    const auto windows = tileWindows(T, stride, overlap);
    for (const auto [coreStart, coreEnd, winStart, winEnd] : windows) {
        auto tile = runDecoder(z.slice(2, winStart, winEnd));
        if (up == 0) up = static_cast<double>(tile.size(2)) / static_cast<double>(winEnd - winStart);
        const auto trimL = static_cast<std::int64_t>(std::nearbyint(static_cast<double>(coreStart - winStart) * up));
        const auto trimR = static_cast<std::int64_t>(std::nearbyint(static_cast<double>(winEnd - coreEnd) * up));
        pieces.push_back(tile.slice(2, trimL, tile.size(2) - trimR));
        if (tiling.onTile && !tiling.onTile(static_cast<int>(pieces.size()), static_cast<int>(windows.size())))
            return tileCancelled();
    }
    return at::cat(pieces, 2);
}

Result<Posterior> OobleckVae::encodeTiled(const torch::Tensor& audio, EncodeTiling tiling) const {
    if (Status st = checkAudio(audio); !st) return st;
    const std::int64_t S = audio.size(2);
    const std::int64_t chunk = tiling.chunkSamples > 0 ? tiling.chunkSamples : config_.samplingRate * 30;
    const std::int64_t overlap = tiling.overlapSamples >= 0 ? tiling.overlapSamples : config_.samplingRate * 2;
    if (S <= chunk) {
        auto out = encode(audio);
        if (out && tiling.onTile && !tiling.onTile(1, 1)) return tileCancelled();
        return out;
    }
    const std::int64_t stride = chunk - 2 * overlap;
    if (stride <= 0)
        return Status::error(ErrorCode::InvalidArgument,
                             fmt::format("VAE tiled encode: chunk {} samples with overlap {}: expected chunk > 2 × "
                                         "overlap",
                                         chunk, overlap));
    torch::InferenceMode guard;
    const auto x = audio.to(device_, dtype_);
    std::vector<torch::Tensor> pieces;
    double down = 0;
    const auto windows = tileWindows(S, stride, overlap);
    for (const auto [coreStart, coreEnd, winStart, winEnd] : windows) {
        if (winEnd - winStart < config_.hopLength())
            return Status::error(ErrorCode::InvalidArgument,
                                 fmt::format("VAE tiled encode: a window of {} samples is shorter than the hop {}",
                                             winEnd - winStart, config_.hopLength()));
        auto tile = runEncoder(x.slice(2, winStart, winEnd));
        if (down == 0) down = static_cast<double>(winEnd - winStart) / static_cast<double>(tile.size(2));
        const auto trimL = static_cast<std::int64_t>(std::nearbyint(static_cast<double>(coreStart - winStart) / down));
        const auto trimR = static_cast<std::int64_t>(std::nearbyint(static_cast<double>(winEnd - coreEnd) / down));
        pieces.push_back(tile.slice(2, trimL, tile.size(2) - trimR));
        if (tiling.onTile && !tiling.onTile(static_cast<int>(pieces.size()), static_cast<int>(windows.size())))
            return tileCancelled();
    }
    return posteriorOf(at::cat(pieces, 2));
}

}  // namespace songloom::vae
