// Qwen3 text encoder against transformers 5.23 Qwen3Model (tests/parity/gen/text_encoder.py): tiny config,
// real token ids of ACE caption prompts, fp32 and bf16, masked and unmasked padding, both file layouts.
#include "parity.h"
#include "text/qwen3_text_encoder.h"

#include "songloom/model_catalog.h"

#include <gtest/gtest.h>

#include <stdexcept>

namespace fs = std::filesystem;
using songloom::ComponentKind;
using songloom::ComponentTensors;
using songloom::ErrorCode;
using songloom::Layout;
using namespace songloom::parity;
using songloom::text::Qwen3Config;
using songloom::text::Qwen3TextEncoder;

namespace {

const fs::path& dir() {
    static const fs::path d = dataDir("text_encoder");
    return d;
}
const Reference& ref() {
    static const Reference r = Reference::load(dir() / "cases.safetensors");
    return r;
}
fs::path officialFolder() { return dir() / "Qwen3-Embedding-0.6B"; }
fs::path comfyFile() { return dir() / "qwen_0.6b_ace15.safetensors"; }

Qwen3TextEncoder loadOfficial(torch::ScalarType dtype) {
    auto config = Qwen3Config::fromFile(officialFolder() / "config.json");
    if (!config) throw std::runtime_error(config.status().message());
    auto tensors = ComponentTensors::openFile(officialFolder() / "model.safetensors");
    if (!tensors) throw std::runtime_error(tensors.status().message());
    auto encoder = Qwen3TextEncoder::load(*tensors, *config, torch::kCPU, dtype);
    if (!encoder) throw std::runtime_error(encoder.status().message());
    return std::move(encoder).value();
}

const Qwen3TextEncoder& fp32() {
    static const Qwen3TextEncoder e = loadOfficial(torch::kFloat32);
    return e;
}

// The padded cases: (name, has mask).
const std::pair<const char*, bool> kCases[] = {
    {"b1", false},          {"right_mask", true}, {"left_mask", true}, {"right_nomask", false},
    {"left_nomask", false}, {"one_token", false}, {"ones_mask", true}};

torch::Tensor run(const Qwen3TextEncoder& e, const std::string& name, bool masked) {
    torch::NoGradGuard noGrad;
    const auto ids = ref()[name + "_ids"];
    return masked ? e.forward(ids, ref()[name + "_mask"]) : e.forward(ids);
}

}  // namespace

TEST(TextEncoderConfig, OfficialFolderAndShapesAgree) {
    auto config = Qwen3Config::fromFile(officialFolder() / "config.json");
    ASSERT_TRUE(config) << config.status().message();
    EXPECT_EQ(config->hidden, 32);
    EXPECT_EQ(config->intermediate, 64);
    EXPECT_EQ(config->layers, 2);
    EXPECT_EQ(config->heads, 4);
    EXPECT_EQ(config->kvHeads, 2);
    EXPECT_EQ(config->headDim, 8);
    EXPECT_EQ(config->vocab, 151669);
    EXPECT_EQ(config->maxPositions, 4096);
    EXPECT_EQ(config->ropeTheta, 1e6);
    EXPECT_EQ(config->rmsEps, 1e-6);

    auto tensors = ComponentTensors::openFile(comfyFile(), "model.");
    ASSERT_TRUE(tensors) << tensors.status().message();
    auto shapes = Qwen3Config::fromTensors(*tensors);
    ASSERT_TRUE(shapes) << shapes.status().message();
    EXPECT_EQ(shapes->hidden, config->hidden);
    EXPECT_EQ(shapes->intermediate, config->intermediate);
    EXPECT_EQ(shapes->layers, config->layers);
    EXPECT_EQ(shapes->heads, config->heads);
    EXPECT_EQ(shapes->kvHeads, config->kvHeads);
    EXPECT_EQ(shapes->headDim, config->headDim);
    EXPECT_EQ(shapes->vocab, config->vocab);
    EXPECT_EQ(shapes->ropeTheta, 1e6);
    EXPECT_EQ(shapes->rmsEps, 1e-6);
}

TEST(TextEncoderParity, Fp32Cases) {
    for (const auto& [name, masked] : kCases) {
        expectClose(std::string("text encoder fp32 ") + name, run(fp32(), name, masked), ref()[std::string(name) + "_out"],
                    Tolerance::fp32());
    }
}

TEST(TextEncoderParity, LyricsEmbeddingLookup) {
    const auto ids = ref()["lyrics_ids"];
    expectEqual("lyrics embedding fp32", fp32().embed(ids), ref()["lyrics_out"]);
    expectEqual("lyrics embedding bf16", loadOfficial(torch::kBFloat16).embed(ids), ref()["lyrics_out_bf16"]);
}

// The reference's bf16 run is transformers on a bf16 copy of the same weights (CPU). Padded rows are
// compared whole: on the CPU torch's SDPA gives a query that sees no valid key (left pads before the
// first real token, with a mask) a zero output in both programs, so those rows are defined too.
TEST(TextEncoderParity, Bf16Cases) {
    const Qwen3TextEncoder bf16 = loadOfficial(torch::kBFloat16);
    for (const auto& [name, masked] : kCases) {
        const auto out = run(bf16, name, masked);
        ASSERT_EQ(out.scalar_type(), torch::kBFloat16);
        expectClose(std::string("text encoder bf16 ") + name, out, ref()[std::string(name) + "_out_bf16"],
                    Tolerance::bf16());
    }
}

// Right padding with a mask keeps the real tokens at positions 0..n-1: their rows are the unpadded run.
// (With left padding transformers does not shift the positions; RoPE being relative, the real tokens'
// rows then equal the unpadded run only up to rounding -- the Fp32Cases comparison covers them.)
TEST(TextEncoderParity, RightPaddedRowIsTheUnpaddedRun) {
    const auto b1 = ref()["b1_out"];
    const auto n = b1.size(1);
    const auto ours = run(fp32(), "right_mask", true);
    expectClose("right-padded row 0 = unpadded (ours)", ours.index({0, torch::indexing::Slice(0, n)}), b1[0]);
}

TEST(TextEncoderLoad, ComfyFileLoadsToTheSameNumbers) {
    auto report = songloom::inspectFile(comfyFile());
    ASSERT_TRUE(report) << report.status().message();
    ASSERT_EQ(report->components.size(), 1u);
    const auto& component = report->components.front();
    EXPECT_EQ(component.kind, ComponentKind::TextEncoder);
    EXPECT_EQ(component.keyPrefix, "model.");
    auto comfy = Qwen3TextEncoder::load(component, torch::kCPU, torch::kFloat32);
    ASSERT_TRUE(comfy) << comfy.status().message();
    EXPECT_EQ(comfy->config().ropeTheta, 1e6);
    for (const auto& [name, masked] : kCases) {
        expectEqual(std::string("comfy = official ") + name, run(*comfy, name, masked), run(fp32(), name, masked));
    }
}

TEST(TextEncoderLoad, OfficialFolderThroughTheCatalog) {
    auto catalog = songloom::scanModels(officialFolder());
    ASSERT_TRUE(catalog) << catalog.status().message();
    const songloom::CatalogComponent* found = nullptr;
    for (const auto& c : catalog->components) {
        if (c.kind == ComponentKind::TextEncoder) found = &c;
    }
    ASSERT_NE(found, nullptr);
    EXPECT_EQ(found->layout, Layout::OfficialFolder);
    auto encoder = Qwen3TextEncoder::load(*found, torch::kCPU, torch::kFloat32);
    ASSERT_TRUE(encoder) << encoder.status().message();
    EXPECT_EQ(encoder->config().maxPositions, 4096);  // read from config.json, not guessed from shapes
    expectEqual("catalog official = direct official b1", run(*encoder, "b1", false), run(fp32(), "b1", false));
}

// --- errors -------------------------------------------------------------------------------------------

namespace {

songloom::Status loadBroken(const std::string& file, bool configFromShapes) {
    auto tensors = ComponentTensors::openFile(dir() / "broken" / file);
    if (!tensors) return tensors.status();
    auto config = configFromShapes ? Qwen3Config::fromTensors(*tensors)
                                   : Qwen3Config::fromFile(officialFolder() / "config.json");
    if (!config) return config.status();
    return Qwen3TextEncoder::load(*tensors, *config, torch::kCPU, torch::kFloat32).status();
}

void expectError(const songloom::Status& st, ErrorCode code, std::initializer_list<const char*> words) {
    EXPECT_FALSE(st.isOk());
    EXPECT_EQ(st.code(), code) << st.message();
    for (const char* w : words) EXPECT_NE(st.message().find(w), std::string::npos) << "'" << w << "' not in: " << st.message();
    std::cout << "  error: " << st.message() << "\n";
}

}  // namespace

TEST(TextEncoderErrors, MissingWrongShapeAndStrayTensorsAreNamed) {
    expectError(loadBroken("missing.safetensors", false), ErrorCode::Corrupt, {"layers.1.mlp.up_proj.weight"});
    expectError(loadBroken("missing.safetensors", true), ErrorCode::Corrupt, {"layers.1.mlp.up_proj.weight"});
    expectError(loadBroken("shape.safetensors", false), ErrorCode::Corrupt,
                {"layers.0.self_attn.k_proj.weight", "[8, 32]", "[16, 32]"});
    expectError(loadBroken("extra.safetensors", false), ErrorCode::Corrupt, {"layers.0.self_attn.q_proj.bias"});
}

TEST(TextEncoderErrors, ConfigKeysAreNamed) {
    const std::string base = R"("model_type": "qwen3", "hidden_size": 32, "intermediate_size": 64, "num_hidden_layers": 2,
        "num_attention_heads": 4, "num_key_value_heads": 2, "head_dim": 8, "vocab_size": 151669)";
    auto parse = [&](const std::string& extra) { return Qwen3Config::fromJson("{" + base + extra + "}", "config.json"); };
    ASSERT_TRUE(parse("")) << parse("").status().message();
    EXPECT_EQ(parse("")->ropeTheta, 10000.0);  // transformers' default when no RoPE key is given
    EXPECT_EQ(parse(R"(, "rope_theta": 1000000, "rope_scaling": null)")->ropeTheta, 1e6);
    EXPECT_EQ(parse(R"(, "rope_parameters": {"rope_type": "default", "rope_theta": 5e5})")->ropeTheta, 5e5);

    expectError(Qwen3Config::fromJson(R"({"model_type": "qwen3", "hidden_size": 32})", "config.json").status(),
                ErrorCode::Corrupt, {"config.json", "intermediate_size", "missing"});
    expectError(Qwen3Config::fromJson("{" + std::string(R"("hidden_size": "32")") + "}", "config.json").status(),
                ErrorCode::Corrupt, {"hidden_size", "positive integer", "string"});
    expectError(parse(R"(, "rope_scaling": {"rope_type": "yarn", "factor": 4.0})").status(), ErrorCode::Unsupported,
                {"rope_scaling.rope_type", "yarn", "default"});
    expectError(parse(R"(, "attention_bias": true)").status(), ErrorCode::Unsupported, {"attention_bias", "false"});
    expectError(parse(R"(, "hidden_act": "gelu")").status(), ErrorCode::Unsupported, {"hidden_act", "silu"});
    expectError(parse(R"(, "use_sliding_window": true, "sliding_window": 16, "max_window_layers": 1)").status(),
                ErrorCode::Unsupported, {"use_sliding_window", "max_window_layers"});
    expectError(parse(R"(, "layer_types": ["full_attention", "sliding_attention"])").status(), ErrorCode::Unsupported,
                {"layer_types", "sliding_attention", "full_attention"});
    expectError(Qwen3Config::fromJson(R"({"model_type": "qwen2"})", "config.json").status(), ErrorCode::Unsupported,
                {"model_type", "qwen2", "qwen3"});
    expectError(Qwen3Config::fromJson("{" + std::string(base).replace(base.find("\"num_key_value_heads\": 2"), 24,
                                                                    "\"num_key_value_heads\": 3") + "}",
                                      "config.json")
                    .status(),
                ErrorCode::Corrupt, {"num_attention_heads", "num_key_value_heads"});
    expectError(Qwen3Config::fromJson("{not json", "config.json").status(), ErrorCode::Corrupt, {"not valid JSON"});
}

TEST(TextEncoderErrors, OtherComponentKindsAreRefused) {
    songloom::CatalogComponent vae;
    vae.kind = ComponentKind::Vae;
    vae.title = "ACE-Step 1.5 VAE";
    expectError(Qwen3TextEncoder::load(vae, torch::kCPU, torch::kFloat32).status(), ErrorCode::InvalidArgument,
                {"ACE-Step 1.5 VAE", "vae", "not a text encoder"});
}

TEST(TextEncoderErrors, BadInputsAreRefused) {
    const auto ids = ref()["b1_ids"];
    EXPECT_THROW(fp32().forward(ids.to(torch::kInt)), std::invalid_argument);
    EXPECT_THROW(fp32().forward(ids[0]), std::invalid_argument);
    auto outOfRange = ids.clone();
    outOfRange[0][3] = 151669;
    try {
        fp32().forward(outOfRange);
        ADD_FAILURE() << "an id outside the vocabulary was accepted";
    } catch (const std::invalid_argument& e) {
        EXPECT_NE(std::string(e.what()).find("151669"), std::string::npos) << e.what();
    }
    EXPECT_THROW(fp32().forward(ids, torch::ones({1, ids.size(1) + 1}, torch::kLong)), std::invalid_argument);
    EXPECT_THROW(fp32().embed(-outOfRange), std::invalid_argument);
}
