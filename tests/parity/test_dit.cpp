// The DiT decoder against diffusers' AceStepTransformer1DModel (tests/parity/gen/dit_bundle.py): fp32 and
// bf16 forward outputs, the three checkpoint layouts loading to the same tensors and outputs, strict
// loading, and the config reader's errors.
#include "parity.h"

#include "dit/dit_config.h"
#include "dit/dit_model.h"
#include "io/torch_tensors.h"
#include "songloom/component_tensors.h"
#include "songloom/model_catalog.h"

#include <gtest/gtest.h>

#include <array>
#include <string>

namespace {

using songloom::CatalogComponent;
using songloom::ComponentKind;
using songloom::ComponentTensors;
using songloom::Layout;
using songloom::dit::DitConfig;
using songloom::dit::DitModel;
using namespace songloom::parity;

const std::array<std::string, 4> kCases = {"T25_tr_eq", "T25_tr_ne", "T50_tr_eq", "T50_tr_ne"};

// The one DiT the catalog finds under `folder`, checked to have `layout`.
CatalogComponent scanDit(const std::filesystem::path& folder, Layout layout) {
    auto catalog = songloom::scanModels(folder);
    EXPECT_TRUE(catalog.isOk()) << catalog.status().message();
    if (!catalog) return {};
    const CatalogComponent* found = nullptr;
    for (const auto& c : catalog->components) {
        if (c.kind == ComponentKind::DiT) {
            EXPECT_EQ(found, nullptr) << "more than one DiT under " << folder;
            found = &c;
        }
    }
    EXPECT_NE(found, nullptr) << "no DiT under " << folder << ": " << songloom::describeCatalog(*catalog);
    if (!found) return {};
    EXPECT_EQ(found->layout, layout) << songloom::layoutName(found->layout);
    EXPECT_TRUE(found->usable()) << (found->problems.empty() ? "" : found->problems.front());
    return *found;
}

struct Loaded {
    ComponentTensors tensors;
    DitConfig config;
};

Loaded open(const CatalogComponent& c) {
    auto tensors = ComponentTensors::open(c);
    if (!tensors) throw std::runtime_error(tensors.status().message());
    auto config = DitConfig::forComponent(c, *tensors);
    if (!config) throw std::runtime_error(config.status().message());
    return {std::move(*tensors), *config};
}

std::filesystem::path officialDir() { return dataDir("dit") / "official"; }
std::filesystem::path diffusersDir() { return dataDir("dit") / "diffusers"; }
std::filesystem::path comfyDir() { return dataDir("dit") / "comfy"; }

DitModel loadOfficial(torch::ScalarType dtype) {
    const Loaded l = open(scanDit(officialDir(), Layout::OfficialFolder));
    auto model = DitModel::load(l.tensors, l.config, torch::kCPU, dtype);
    if (!model) throw std::runtime_error(model.status().message());
    return std::move(*model);
}

torch::Tensor run(const DitModel& model, const Reference& ref, const std::string& c) {
    auto out = model.forward(ref[c + ".x"], ref[c + ".t"], ref[c + ".tr"], ref[c + ".enc"], ref[c + ".ctx"]);
    if (!out) throw std::runtime_error(out.status().message());
    return *out;
}

TEST(DitParity, Fp32MatchesDiffusers) {
    const auto ref = Reference::load(dataDir("dit") / "dit_io.safetensors");
    const DitModel model = loadOfficial(torch::kFloat32);
    EXPECT_EQ(model.config().layers, 4);
    EXPECT_EQ(model.config().slidingWindow, 4);
    for (const auto& c : kCases) {
        const auto out = run(model, ref, c);
        EXPECT_EQ(out.scalar_type(), torch::kFloat32);
        expectClose("dit " + c + " fp32", out, ref[c + ".out"], Tolerance::fp32());
    }
}

TEST(DitParity, Bf16MatchesDiffusersBf16) {
    const auto ref = Reference::load(dataDir("dit") / "dit_io.safetensors");
    const DitModel model = loadOfficial(torch::kBFloat16);
    for (const auto& c : kCases) {
        const auto out = run(model, ref, c);
        EXPECT_EQ(out.scalar_type(), torch::kBFloat16);
        expectClose("dit " + c + " bf16", out, ref[c + ".out_bf16"], Tolerance::bf16());
    }
}

void expectSameConfig(const DitConfig& a, const DitConfig& b, const std::string& what) {
    EXPECT_EQ(a.hidden, b.hidden) << what;
    EXPECT_EQ(a.intermediate, b.intermediate) << what;
    EXPECT_EQ(a.layers, b.layers) << what;
    EXPECT_EQ(a.heads, b.heads) << what;
    EXPECT_EQ(a.kvHeads, b.kvHeads) << what;
    EXPECT_EQ(a.headDim, b.headDim) << what;
    EXPECT_EQ(a.inChannels, b.inChannels) << what;
    EXPECT_EQ(a.latent, b.latent) << what;
    EXPECT_EQ(a.patch, b.patch) << what;
    EXPECT_EQ(a.encoderHidden, b.encoderHidden) << what;
    EXPECT_EQ(a.attentionBias, b.attentionBias) << what;
}

TEST(DitParity, ThreeLayoutsLoadTheSameTensorsAndOutputs) {
    const Loaded official = open(scanDit(officialDir(), Layout::OfficialFolder));
    const Loaded diffusers = open(scanDit(diffusersDir(), Layout::DiffusersFolder));
    Loaded comfy = open(scanDit(comfyDir(), Layout::ComfySplitFile));

    // Configs: the diffusers config.json says everything the official one says about the decoder.
    expectSameConfig(diffusers.config, official.config, "diffusers vs official");
    EXPECT_EQ(diffusers.config.ropeTheta, official.config.ropeTheta);
    EXPECT_EQ(diffusers.config.eps, official.config.eps);
    EXPECT_EQ(diffusers.config.slidingWindow, official.config.slidingWindow);
    EXPECT_EQ(diffusers.config.layerTypes, official.config.layerTypes);
    EXPECT_EQ(diffusers.config.turbo(), official.config.turbo());
    EXPECT_EQ(diffusers.config.modelVersion, official.config.modelVersion);
    // A Comfy-Org file has no config: the shapes give the architecture, the rest are the documented
    // release defaults -- which the tiny model does not use (window 4), so those are taken from the
    // official config for the output comparison.
    expectSameConfig(comfy.config, official.config, "comfy shapes vs official");
    EXPECT_EQ(comfy.config.slidingWindow, 128);
    EXPECT_EQ(comfy.config.ropeTheta, 1e6);
    EXPECT_EQ(comfy.config.layerTypes, official.config.layerTypes);  // alternating, as the defaults
    EXPECT_FALSE(comfy.config.turbo());
    comfy.config.slidingWindow = official.config.slidingWindow;
    comfy.config.ropeTheta = official.config.ropeTheta;
    comfy.config.eps = official.config.eps;

    // Tensors: the same canonical names with the same bytes (all of the bundle, not only decoder.*).
    const auto names = official.tensors.names();
    EXPECT_EQ(diffusers.tensors.names(), names);
    EXPECT_EQ(comfy.tensors.names(), names);
    int decoderCount = 0;
    for (const auto& name : names) {
        if (name.rfind("decoder.", 0) == 0) ++decoderCount;
        auto get = [&](const ComponentTensors& t) {
            const auto* e = t.find(name);
            if (!e) return torch::Tensor();
            auto v = songloom::io::tensorFromEntry({e->file, e->info}, torch::kCPU, torch::kFloat32);
            return v ? *v : torch::Tensor();
        };
        const auto a = get(official.tensors), b = get(diffusers.tensors), c = get(comfy.tensors);
        ASSERT_TRUE(a.defined() && b.defined() && c.defined()) << name;
        EXPECT_TRUE(torch::equal(a, b)) << name << " (diffusers)";
        EXPECT_TRUE(torch::equal(a, c)) << name << " (comfy)";
    }
    EXPECT_EQ(decoderCount, 20 + 4 * 19);
    std::printf("layouts: %zu canonical tensors (%d decoder.*) identical in official / diffusers / comfy\n",
                names.size(), decoderCount);

    // Forward outputs: bit-identical across layouts.
    const auto ref = Reference::load(dataDir("dit") / "dit_io.safetensors");
    auto load = [](const Loaded& l) {
        auto m = DitModel::load(l.tensors, l.config, torch::kCPU, torch::kFloat32);
        if (!m) throw std::runtime_error(m.status().message());
        return std::move(*m);
    };
    const DitModel mo = load(official), md = load(diffusers), mc = load(comfy);
    for (const auto& c : {kCases[0], kCases[3]}) {
        const auto o = run(mo, ref, c);
        expectEqual("dit " + c + " diffusers layout vs official", run(md, ref, c), o);
        expectEqual("dit " + c + " comfy layout vs official", run(mc, ref, c), o);
    }
}

// Each broken file holds one defect; the error must name the tensor.
void expectLoadError(const std::string& file, const std::string& tensor, const std::string& kind) {
    auto tensors = ComponentTensors::openFile(dataDir("dit") / "broken" / file);
    ASSERT_TRUE(tensors.isOk()) << tensors.status().message();
    const Loaded official = open(scanDit(officialDir(), Layout::OfficialFolder));
    auto model = DitModel::load(*tensors, official.config, torch::kCPU, torch::kFloat32);
    ASSERT_FALSE(model.isOk()) << file;
    const std::string message = model.status().message();
    std::printf("%s: %s\n", file.c_str(), message.c_str());
    EXPECT_EQ(model.status().code(), songloom::ErrorCode::Corrupt);
    EXPECT_NE(message.find(tensor), std::string::npos) << message;
    EXPECT_NE(message.find(kind), std::string::npos) << message;
}

TEST(DitStrict, MissingTensorIsNamed) {
    expectLoadError("missing.safetensors", "decoder.layers.2.mlp.up_proj.weight", "missing");
}

TEST(DitStrict, WrongShapeIsNamed) {
    expectLoadError("wrong_shape.safetensors", "decoder.layers.1.cross_attn.k_proj.weight is [16, 24], expected [16, 40]",
                    "wrong shape");
}

TEST(DitStrict, ExtraDecoderTensorIsNamed) {
    expectLoadError("extra.safetensors", "decoder.layers.3.self_attn.q_proj.bias", "unexpected");
}

TEST(DitConfigTest, ErrorsNameTheKeyAndTheAllowedValues) {
    auto expectError = [](const std::string& json, const std::string& needle) {
        auto c = DitConfig::fromOfficialJson(json, "config.json");
        ASSERT_FALSE(c.isOk()) << json;
        EXPECT_NE(c.status().message().find(needle), std::string::npos) << c.status().message();
    };
    expectError(R"({"hidden_size": "wide"})", "hidden_size must be an integer");
    expectError(R"({"num_hidden_layers": 2, "layer_types": ["sliding_attention", "banana"]})",
                "layer_types[1] must be \"sliding_attention\" or \"full_attention\"");
    expectError(R"({"num_hidden_layers": 4, "layer_types": ["sliding_attention"]})", "layer_types has 1 entries");
    expectError(R"({"in_channels": 190})", "in_channels must be 3 x audio_acoustic_hidden_dim = 192");
    expectError(R"({"num_attention_heads": 6, "num_key_value_heads": 4})", "multiple of num_key_value_heads");
    expectError(R"({"head_dim": 0})", "head_dim must be a positive integer");
    expectError(R"({"use_sliding_window": false})", "use_sliding_window");
    expectError(R"([1, 2])", "not a JSON object");
    auto wrongClass = DitConfig::fromDiffusersJson(R"({"_class_name": "FluxTransformer2DModel"})", "transformer/config.json");
    ASSERT_FALSE(wrongClass.isOk());
    EXPECT_NE(wrongClass.status().message().find("AceStepTransformer1DModel"), std::string::npos);

    // Defaults: the 2B release (absent encoder_hidden_size = hidden_size, alternating layer types).
    auto d = DitConfig::fromOfficialJson(R"({"is_turbo": true})", "config.json");
    ASSERT_TRUE(d.isOk()) << d.status().message();
    EXPECT_EQ(d->hidden, 2048);
    EXPECT_EQ(d->encoderHidden, 2048);
    EXPECT_EQ(d->layerTypes.size(), 24u);
    EXPECT_TRUE(d->slidingLayer(0));
    EXPECT_FALSE(d->slidingLayer(1));
    EXPECT_TRUE(d->turbo());
    auto v = DitConfig::fromDiffusersJson(R"({"model_version": "turbo", "encoder_hidden_size": null})", "c");
    ASSERT_TRUE(v.isOk());
    EXPECT_TRUE(v->turbo());
}

TEST(DitModelTest, ForwardNamesTheBadArgument) {
    const DitModel model = loadOfficial(torch::kFloat32);
    const auto x = torch::zeros({2, 9, 8}), t = torch::zeros({2}), enc = torch::zeros({2, 3, 24});
    const auto ctx = torch::zeros({2, 9, 16});
    EXPECT_TRUE(model.forward(x, t, t, enc, ctx).isOk());
    auto bad = [&](const songloom::Result<torch::Tensor>& r, const std::string& needle) {
        ASSERT_FALSE(r.isOk());
        EXPECT_EQ(r.status().code(), songloom::ErrorCode::InvalidArgument);
        EXPECT_NE(r.status().message().find(needle), std::string::npos) << r.status().message();
    };
    bad(model.forward(torch::zeros({2, 9, 7}), t, t, enc, ctx), "x must be [B, T, 8]");
    bad(model.forward(x, torch::zeros({3}), t, enc, ctx), "t must be [2]");
    bad(model.forward(x, t, torch::zeros({2, 1}), enc, ctx), "tr must be [2]");
    bad(model.forward(x, t, t, torch::zeros({2, 3, 40}), ctx), "encoderHidden must be [2, L, 24]");
    bad(model.forward(x, t, t, enc, torch::zeros({2, 8, 16})), "context must be [2, 9, 16]");
}

}  // namespace
