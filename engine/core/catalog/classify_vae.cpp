// Audio VAE recognition (checkpoint-layouts 2.2, 9 step 3d; engine-spec-vae 2.8-2.9). Both namings are
// mapped onto the diffusers names first, so one expected table checks both.
#include "catalog/classify.h"
#include "catalog/key_check.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <charconv>

namespace songloom::catalog {

namespace {

constexpr int kBlocks = 5;  // five down/up-sampling blocks: channel multiples 1,2,4,8,16

bool startsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// "12.rest" -> (12, "rest")
std::optional<std::pair<int, std::string_view>> takeIndex(std::string_view s) {
    int value = -1;
    auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (ec != std::errc{} || ptr == s.data() || ptr == s.data() + s.size() || *ptr != '.') return std::nullopt;
    return std::pair<int, std::string_view>{value, s.substr(static_cast<std::size_t>(ptr - s.data()) + 1)};
}

// Inside a residual unit the stable-audio-tools Sequential is (snake, conv k7, snake, conv k1).
std::optional<std::string> residualInner(std::string_view rest) {
    if (!startsWith(rest, "layers.")) return std::nullopt;
    auto j = takeIndex(rest.substr(7));
    if (!j) return std::nullopt;
    static const char* const names[] = {"snake1.", "conv1.", "snake2.", "conv2."};
    if (j->first < 0 || j->first > 3) return std::nullopt;
    return std::string(names[j->first]) + std::string(j->second);
}

// stable-audio-tools names -> diffusers names (engine-spec-vae 2.9 table).
std::optional<std::string> satToDiffusers(std::string_view name) {
    const bool encoder = startsWith(name, "encoder.layers.");
    if (!encoder && !startsWith(name, "decoder.layers.")) return std::nullopt;
    const std::string side = encoder ? "encoder." : "decoder.";
    auto k = takeIndex(name.substr(15));
    if (!k) return std::nullopt;
    const auto [index, rest] = *k;
    if (index == 0) return side + "conv1." + std::string(rest);
    if (index == kBlocks + 1) return side + "snake1." + std::string(rest);
    if (index == kBlocks + 2) return side + "conv2." + std::string(rest);
    if (index < 1 || index > kBlocks || !startsWith(rest, "layers.")) return std::nullopt;
    auto m = takeIndex(rest.substr(7));
    if (!m) return std::nullopt;
    const std::string block = fmt::format("{}block.{}.", side, index - 1);
    const auto [part, inner] = *m;
    if (encoder) {  // encoder block: res units 0..2, snake 3, strided conv 4
        if (part <= 2) {
            auto r = residualInner(inner);
            return r ? std::optional(fmt::format("{}res_unit{}.{}", block, part + 1, *r)) : std::nullopt;
        }
        if (part == 3) return block + "snake1." + std::string(inner);
        if (part == 4) return block + "conv1." + std::string(inner);
        return std::nullopt;
    }
    // decoder block: snake 0, transposed conv 1, res units 2..4
    if (part == 0) return block + "snake1." + std::string(inner);
    if (part == 1) return block + "conv_t1." + std::string(inner);
    if (part <= 4) {
        auto r = residualInner(inner);
        return r ? std::optional(fmt::format("{}res_unit{}.{}", block, part - 1, *r)) : std::nullopt;
    }
    return std::nullopt;
}

// Weight norm spellings (checkpoint-layouts 2.2): parametrizations.weight.original0/1 are g/v; snake
// parameters stored 1-D [C] (stable-audio-tools) become [1, C, 1].
TensorTable canonicalVaeTable(const TensorTable& t, bool sat) {
    TensorTable out;
    for (const auto& [name, meta] : t) {
        std::string n = name;
        if (sat) {
            if (auto mapped = satToDiffusers(name)) n = *mapped;
        }
        for (auto [from, to] : {std::pair{".parametrizations.weight.original0", ".weight_g"},
                                std::pair{".parametrizations.weight.original1", ".weight_v"}}) {
            const std::string_view f = from;
            if (n.size() >= f.size() && n.compare(n.size() - f.size(), f.size(), f) == 0) {
                n = n.substr(0, n.size() - f.size()) + to;
            }
        }
        Shape shape = meta.shape;
        const bool snake = n.size() > 6 && (n.ends_with(".alpha") || n.ends_with(".beta"));
        if (snake && shape.size() == 1) shape = {1, shape[0], 1};
        out.add(std::move(n), meta.dtype, std::move(shape));
    }
    return out;
}

// The weight tensor that carries a conv's kernel: weight_v, or a pre-folded weight.
std::optional<Shape> convKernel(const TensorTable& t, const std::string& conv) {
    for (const char* suffix : {".weight_v", ".weight"}) {
        if (const TensorMeta* m = t.find(conv + suffix)) return m->shape;
    }
    return std::nullopt;
}

class VaeExpectation {
public:
    explicit VaeExpectation(const TensorTable& t) : t_(t) {}

    // Weight norm is taken over dim 0 (g: [kernel[0], 1, 1]); the bias has the output width, which is
    // kernel[0] for a Conv1d and kernel[1] for a ConvTranspose1d ([in, out, k]).
    void conv(const std::string& p, Shape kernel, std::int64_t biasWidth) {
        const std::int64_t dim0 = kernel[0];
        if (t_.has(p + ".weight") && !t_.has(p + ".weight_v")) {
            e_[p + ".weight"] = kernel;  // weight norm already folded
        } else {
            e_[p + ".weight_g"] = {dim0, 1, 1};
            e_[p + ".weight_v"] = std::move(kernel);
        }
        if (biasWidth > 0) e_[p + ".bias"] = {biasWidth};
    }
    void conv(const std::string& p, Shape kernel) {
        const std::int64_t out = kernel[0];
        conv(p, std::move(kernel), out);
    }
    void snake(const std::string& p, std::int64_t c) {
        e_[p + ".alpha"] = {1, c, 1};
        e_[p + ".beta"] = {1, c, 1};
    }
    void residualUnit(const std::string& p, std::int64_t c) {
        snake(p + ".snake1", c);
        conv(p + ".conv1", {c, c, 7});
        snake(p + ".snake2", c);
        conv(p + ".conv2", {c, c, 1});
    }
    ExpectedTensors take() { return std::move(e_); }

private:
    const TensorTable& t_;
    ExpectedTensors e_;
};

}  // namespace

std::optional<Classified> classifyVae(const TensorTable& table, const GroupHints& hints) {
    const bool diffusersNames =
        table.has("encoder.block.0.res_unit1.snake1.alpha") &&
        (table.has("decoder.block.0.conv_t1.weight_v") || table.has("decoder.block.0.conv_t1.weight") ||
         table.has("decoder.block.0.conv_t1.parametrizations.weight.original1"));
    const bool satNames = table.has("decoder.layers.1.layers.0.beta");  // ComfyUI's Oobleck key
    if (!diffusersNames && !satNames) return std::nullopt;

    const TensorTable t = canonicalVaeTable(table, !diffusersNames);

    // Strides from the transposed-conv kernel widths (kernel = 2 x stride), decoder order.
    std::vector<std::int64_t> kernels;
    for (int i = 0; i < kBlocks; ++i) {
        auto k = convKernel(t, fmt::format("decoder.block.{}.conv_t1", i));
        kernels.push_back(k && k->size() == 3 ? (*k)[2] : 0);
    }
    if (kernels == std::vector<std::int64_t>{16, 16, 8, 8, 4}) {
        return Classified::reject("Stable Audio Open VAE, not the ACE-Step 1.5 VAE");
    }
    if (kernels != std::vector<std::int64_t>{20, 12, 8, 8, 4}) {
        return Classified::reject(fmt::format(
            "an Oobleck audio VAE with up-sampling kernels [{}], not the ACE-Step 1.5 VAE (kernels 20, 12, 8, 8, 4)",
            fmt::join(kernels, ", ")));
    }
    const auto decoderIn = convKernel(t, "decoder.conv1");
    const std::int64_t latent = decoderIn && decoderIn->size() == 3 ? (*decoderIn)[1] : 0;
    if (latent != 64) {
        return Classified::reject(
            fmt::format("an audio VAE with {} latent channels, not the ACE-Step 1.5 VAE (64)", latent));
    }

    const auto encoderIn = convKernel(t, "encoder.conv1");
    const auto decoderOut = convKernel(t, "decoder.conv2");
    const std::int64_t encWidth = encoderIn && encoderIn->size() == 3 ? (*encoderIn)[0] : 128;
    const std::int64_t audio = encoderIn && encoderIn->size() == 3 ? (*encoderIn)[1] : 2;
    const std::int64_t decWidth = decoderOut && decoderOut->size() == 3 ? (*decoderOut)[1] : 128;

    // Expected tensors, engine-spec-vae 2.8 (channel multiples 1, 2, 4, 8, 16).
    const std::int64_t mult[kBlocks + 1] = {1, 1, 2, 4, 8, 16};
    const std::int64_t encStride[kBlocks] = {2, 4, 4, 6, 10};
    VaeExpectation x(t);
    x.conv("encoder.conv1", {encWidth, audio, 7});
    for (int i = 0; i < kBlocks; ++i) {
        const std::int64_t cin = encWidth * mult[i], cout = encWidth * mult[i + 1];
        const std::string b = fmt::format("encoder.block.{}", i);
        for (int u = 1; u <= 3; ++u) x.residualUnit(fmt::format("{}.res_unit{}", b, u), cin);
        x.snake(b + ".snake1", cin);
        x.conv(b + ".conv1", {cout, cin, 2 * encStride[i]});
    }
    x.snake("encoder.snake1", encWidth * 16);
    x.conv("encoder.conv2", {2 * latent, encWidth * 16, 3});  // mean and scale
    x.conv("decoder.conv1", {decWidth * 16, latent, 7});
    for (int i = 0; i < kBlocks; ++i) {
        const std::int64_t cin = decWidth * mult[kBlocks - i], cout = decWidth * mult[kBlocks - i - 1];
        const std::string b = fmt::format("decoder.block.{}", i);
        x.snake(b + ".snake1", cin);
        x.conv(b + ".conv_t1", {cin, cout, 2 * encStride[kBlocks - 1 - i]}, cout);
        for (int u = 1; u <= 3; ++u) x.residualUnit(fmt::format("{}.res_unit{}", b, u), cout);
    }
    x.snake("decoder.snake1", decWidth);
    x.conv("decoder.conv2", {audio, decWidth, 7}, /*biasWidth=*/0);  // no bias in either naming

    CatalogComponent c;
    c.kind = ComponentKind::Vae;
    for (auto& p : describeKeyCheck(checkKeys(t, x.take()))) c.problems.push_back(std::move(p));
    c.dims = {{"audio_channels", audio},
              {"encoder_hidden_size", encWidth},
              {"decoder_channels", decWidth},
              {"decoder_input_channels", latent},
              {"hop_length", 1920}};
    checkConfigDims(hints.config, c.dims, c.problems);
    if (hints.config != nullptr && hints.config->is_object()) {
        auto it = hints.config->find("downsampling_ratios");
        if (it != hints.config->end() && *it != nlohmann::json::array({2, 4, 4, 6, 10})) {
            c.problems.push_back(fmt::format(
                "config.json says downsampling_ratios = {}, but the weights have [2, 4, 4, 6, 10]", it->dump()));
        }
    }
    if (!diffusersNames) c.notes.push_back("stable-audio-tools tensor names (ComfyUI file)");
    c.tensorCount = table.size();
    c.parameterCount = table.parameterCount();
    c.dtype = table.dominantDType();
    return Classified::accept(std::move(c));
}

}  // namespace songloom::catalog
