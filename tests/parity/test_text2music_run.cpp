// Whole text2music denoising runs against diffusers' AceStepPipeline.__call__ with the tiny bundle's real
// DiT and condition encoder (data: gen/text2music_run.py). Only the text side is given (fixed text hidden
// states, lyric embeddings and masks); the rest is built here as the pipeline builds it: the silence
// timbre input, the conditions, the text2music context (silence frames | chunk mask of ones), seeded
// noise, and the loop (turbo 8 steps shift 3; base 10 steps APG guidance 7 over [0, 1]). The DiT and
// condition encoder are read through the model catalog in the official layout; the tiny bundle's
// silence_latent.pt ([1, 8, 15000]) is read with loadSilenceLatentFile at the config's timbre width.
#include "parity.h"

#include "dit/condition_config.h"
#include "dit/condition_encoder.h"
#include "dit/dit_config.h"
#include "dit/dit_model.h"
#include "pipeline/text2music_context.h"
#include "sampling/sampler.h"
#include "songloom/component_tensors.h"
#include "songloom/model_catalog.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

#include <string>
#include <vector>

namespace {

using songloom::CatalogComponent;
using songloom::ComponentKind;
using songloom::ComponentTensors;
using songloom::DitVariant;
using songloom::Layout;
using songloom::dit::ConditionEncoder;
using songloom::dit::DitConfig;
using songloom::dit::DitModel;
using namespace songloom::parity;
namespace sampling = songloom::sampling;

// The DiT the catalog finds in one official bundle folder, and that folder's silence_latent.pt.
struct Bundle {
    CatalogComponent dit;
    std::filesystem::path silence;
};

Bundle scan(const std::string& variant) {
    const auto dir = dataDir("text2music_run") / variant;
    const auto catalog = must(songloom::scanModels(dir), "scan " + dir.string());
    Bundle b;
    int dits = 0;
    for (const auto& c : catalog.components) {
        if (c.kind == ComponentKind::DiT) {
            b.dit = c;
            ++dits;
        }
    }
    if (dits != 1) {
        throw std::runtime_error("expected one DiT under " + dir.string() + ": " + songloom::describeCatalog(catalog));
    }
    b.silence = b.dit.files.front().parent_path() / "silence_latent.pt";
    EXPECT_EQ(b.dit.layout, Layout::OfficialFolder);
    EXPECT_TRUE(b.dit.usable()) << (b.dit.problems.empty() ? "" : b.dit.problems.front());
    EXPECT_EQ(b.dit.variant, variant == "turbo" ? DitVariant::Turbo : DitVariant::Base);
    return b;
}

struct Models {
    DitModel dit;
    ConditionEncoder cond;
    torch::Tensor silence;  // [1, S, C]
};

Models load(const Bundle& b, torch::ScalarType dtype) {
    const auto cpu = torch::Device(torch::kCPU);
    const auto tensors = must(ComponentTensors::open(b.dit), "open DiT");
    const auto ditConfig = must(DitConfig::forComponent(b.dit, tensors), "DiT config");
    const auto condConfig = must(songloom::dit::conditionConfigFromFolder(b.dit.files.front().parent_path()),
                                 "condition config");
    return {must(DitModel::load(tensors, ditConfig, cpu, dtype), "DiT"),
            must(ConditionEncoder::load(tensors, condConfig, cpu, dtype), "condition encoder"),
            must(songloom::dit::loadSilenceLatentFile(b.silence, cpu, dtype, condConfig.timbreHidden),
                 "silence_latent.pt")};
}

struct Case {
    std::string name;
    std::string variant;  // "turbo" / "base"
    torch::ScalarType dtype;
    std::vector<std::uint64_t> seeds;
};

sampling::SamplerSettings settingsFor(const Case& c, const Bundle& b) {
    sampling::SamplerSettings s;
    s.shift = 3.0;
    s.guidanceScale = 7.0;  // the pipeline's default; a turbo checkpoint ignores it
    s.turbo = b.dit.variant == DitVariant::Turbo;
    s.steps = s.turbo ? 8 : 10;
    s.cfgIntervalStart = 0.0;
    s.cfgIntervalEnd = 1.0;
    return s;
}

void runCase(const Case& c) {
    SCOPED_TRACE(c.name);
    const auto ref = Reference::load(dataDir("text2music_run") / ("run_" + c.name + ".safetensors"));
    const bool bf16 = c.dtype == torch::kBFloat16;
    const auto tol = bf16 ? Tolerance::bf16() : Tolerance::fp32();
    const Bundle bundle = scan(c.variant);
    const Models m = load(bundle, c.dtype);
    const auto expectedFinal = ref["final"];
    const std::int64_t B = expectedFinal.size(0), T = expectedFinal.size(1), A = expectedFinal.size(2);

    // 1. Conditions: the fixed text side, the silence timbre input (pipeline: silence[:, :750] per item).
    auto [timbre, order] =
        must(songloom::dit::silenceTimbreInput(m.silence, m.cond.config().timbreFixFrames, B), "timbre input");
    const auto cond = must(m.cond.forward(ref["text"].to(c.dtype), ref["text_mask"], ref["lyric"].to(c.dtype),
                                          ref["lyric_mask"], timbre, order),
                           "condition encoder");
    expectClose(c.name + " encoder hidden states", cond.hidden, ref["enc"], tol);
    expectEqual(c.name + " encoder mask", cond.mask.to(torch::kUInt8), ref["enc_mask"]);
    const auto null = must(m.cond.nullConditionLike(cond.hidden), "null condition");

    // 2. Context: silence frames | ones.
    const auto context = must(songloom::pipeline::text2musicContext(m.silence, B, T), "context");
    expectEqual(c.name + " context (bits)", context.to(torch::kFloat32), ref["ctx"].to(torch::kFloat32));

    // 3. Noise: randn_tensor with the seeded generators, drawn in the run's dtype.
    std::vector<at::Generator> gens;
    for (auto s : c.seeds) gens.push_back(sampling::seededGenerator(s));
    const auto noise = must(sampling::initialNoise(B, T, A, c.dtype, torch::kCPU, gens), "noise");
    expectEqual(c.name + " noise (bits)", noise.to(torch::kFloat32), ref["noise"].to(torch::kFloat32));

    // 4. The loop with the DiT as the velocity model.
    const auto settings = settingsFor(c, bundle);
    std::vector<std::int64_t> calls;
    auto velocity = [&](const torch::Tensor& x, const torch::Tensor& t, const torch::Tensor& tr,
                        const torch::Tensor& enc, const torch::Tensor& ctx) {
        calls.push_back(x.size(0));
        return must(m.dit.forward(x, t, tr, enc, ctx), "DiT forward");
    };
    std::vector<torch::Tensor> steps;
    sampling::DenoiseHooks hooks;
    hooks.afterStep = [&](int, const torch::Tensor& x) { steps.push_back(x.clone()); };
    const auto out =
        must(sampling::denoise(velocity, {noise, cond.hidden, null, context, {}, {}}, settings, hooks), "denoise");
    EXPECT_EQ(out.scalar_type(), c.dtype);

    const auto refCalls = ref["calls"];
    ASSERT_EQ(static_cast<std::int64_t>(calls.size()), refCalls.numel()) << "number of DiT calls";
    for (std::int64_t i = 0; i < refCalls.numel(); ++i)
        EXPECT_EQ(calls[static_cast<std::size_t>(i)], refCalls[i].item<std::int64_t>()) << "call " << i;
    ASSERT_EQ(static_cast<std::int64_t>(steps.size()), static_cast<std::int64_t>(settings.scheduleLength()));
    for (std::size_t k = 0; k < steps.size(); ++k) {
        const auto key = "step_" + std::to_string(k);
        ASSERT_TRUE(ref.has(key)) << key;
        expectClose(c.name + " x after step " + std::to_string(k), steps[k], ref[key], tol);
    }
    expectClose(c.name + " final latents", out, expectedFinal, tol);
}

}  // namespace

TEST(Text2MusicRunParity, Turbo8Shift3T25) { runCase({"turbo8_T25", "turbo", torch::kFloat32, {1234}}); }

TEST(Text2MusicRunParity, Base10Apg7T50) { runCase({"base10_apg7_T50", "base", torch::kFloat32, {42}}); }

// B = 2 with unequal text / lyric lengths (padding enters the packed conditions) and a generator per item.
TEST(Text2MusicRunParity, Turbo8Shift3T50BatchOfTwo) {
    runCase({"turbo8_T50_b2", "turbo", torch::kFloat32, {7, 8}});
}

TEST(Text2MusicRunParity, Base10Apg7T25BatchOfTwo) {
    runCase({"base10_apg7_T25_b2", "base", torch::kFloat32, {11, 12}});
}

// bf16 on the CPU against the reference's own bf16 run: cosine >= 0.999.
TEST(Text2MusicRunParity, Bf16Turbo8Shift3T25) { runCase({"turbo8_T25_bf16", "turbo", torch::kBFloat16, {1234}}); }

TEST(Text2MusicRunParity, Bf16Base10Apg7T50) {
    runCase({"base10_apg7_T50_bf16", "base", torch::kBFloat16, {42}});
}

TEST(Text2MusicContext, RejectsBadInputNamingIt) {
    const auto silence = torch::randn({1, 10, 8});
    auto bad = songloom::pipeline::text2musicContext(torch::randn({2, 10, 8}), 1, 5);
    ASSERT_FALSE(bad);
    EXPECT_NE(bad.status().message().find("silence latent is [2, 10, 8]"), std::string::npos) << bad.status().message();
    bad = songloom::pipeline::text2musicContext(silence, 1, 0);
    ASSERT_FALSE(bad);
    EXPECT_NE(bad.status().message().find("frames 0"), std::string::npos) << bad.status().message();
    bad = songloom::pipeline::text2musicContext(silence, 0, 5);
    ASSERT_FALSE(bad);
    EXPECT_NE(bad.status().message().find("batch 0"), std::string::npos) << bad.status().message();
    // Longer than the silence latent: repeated from frame 0, as the pipeline's source latents are.
    const auto ctx = must(songloom::pipeline::text2musicContext(silence, 2, 25), "context");
    ASSERT_EQ(ctx.sizes(), (std::vector<std::int64_t>{2, 25, 16}));
    EXPECT_TRUE(torch::equal(ctx.index({1, torch::indexing::Slice(20, 25), torch::indexing::Slice(0, 8)}),
                             silence.index({0, torch::indexing::Slice(0, 5)})));
    EXPECT_TRUE(torch::equal(ctx.index({torch::indexing::Slice(), torch::indexing::Slice(), torch::indexing::Slice(8, 16)}),
                             torch::ones({2, 25, 8})));
}
