// The sampling loop against diffusers' AceStepPipeline (data: gen/sampling.py): schedules and scheduler
// sigmas exactly, the Euler step and APG op for op, seeded noise bit for bit, whole loops with the
// surrogate velocity model (the real pipeline's loop in Python, engine/src/sampling here), and the
// settings' validation messages.
#include "parity.h"
#include "sampling/sampler.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

#include <atomic>
#include <string>
#include <vector>

using namespace songloom;
using namespace songloom::sampling;
using namespace songloom::parity;

namespace {

Reference data(const std::string& file) { return Reference::load(dataDir("sampling") / file); }

// Bitwise equality (also for bf16, which expectEqual may not take): compares the raw values as float64.
void expectBitwise(const std::string& what, const torch::Tensor& actual, const torch::Tensor& expected) {
    ASSERT_EQ(actual.scalar_type(), expected.scalar_type()) << what;
    expectEqual(what, actual.to(torch::kFloat64), expected.to(torch::kFloat64));
}

// The surrogate of gen/sampling.py: v = W2(tanh(W1(cat(x, ctx)) + t·wt + tr·wr + We(mean_L(enc)))).
struct Surrogate {
    torch::Tensor w1, b1, w2, b2, we, wt, wr;
    std::vector<std::int64_t> calls;
    explicit Surrogate(const Reference& r)
        : w1(r["model.w1.weight"]), b1(r["model.w1.bias"]), w2(r["model.w2.weight"]), b2(r["model.w2.bias"]),
          we(r["model.we.weight"]), wt(r["model.wt"]), wr(r["model.wr"]) {}
    torch::Tensor operator()(const torch::Tensor& x, const torch::Tensor& t, const torch::Tensor& tr,
                             const torch::Tensor& enc, const torch::Tensor& ctx) {
        calls.push_back(x.size(0));
        using torch::indexing::None;
        using torch::indexing::Slice;
        auto h = torch::linear(torch::cat({x, ctx}, -1), w1, b1);
        h = h + t.index({Slice(), None, None}) * wt + tr.index({Slice(), None, None}) * wr;
        h = h + torch::linear(enc.mean(1), we).index({Slice(), None, Slice()});
        return torch::linear(torch::tanh(h), w2, b2);
    }
};

struct LoopCase {
    const char* name;
    SamplerSettings settings;
    std::vector<std::uint64_t> seeds;
};

SamplerSettings base(int steps, double shift, double guidance) {
    SamplerSettings s;
    s.steps = steps;
    s.shift = shift;
    s.guidanceScale = guidance;
    return s;
}

void runLoop(const LoopCase& c) {
    SCOPED_TRACE(c.name);
    const auto ref = data(std::string("loop_") + c.name + ".safetensors");
    const auto expectedNoise = ref["noise"];
    const std::int64_t B = expectedNoise.size(0), T = expectedNoise.size(1), A = expectedNoise.size(2);

    std::vector<at::Generator> gens;
    for (auto s : c.seeds) gens.push_back(seededGenerator(s));
    auto noise = initialNoise(B, T, A, expectedNoise.scalar_type(), torch::kCPU, gens);
    ASSERT_TRUE(noise) << noise.status().message();
    expectBitwise(std::string(c.name) + " noise", *noise, expectedNoise);

    Surrogate model(ref);
    DenoiseInputs in{*noise, ref["enc"], ref["null"], ref["ctx"], ref["enc_nc"], {}};
    std::vector<torch::Tensor> steps;
    std::vector<int> progress;
    DenoiseHooks hooks;
    hooks.afterStep = [&](int, const torch::Tensor& x) { steps.push_back(x.clone()); };
    hooks.progress = [&](int k, int total) {
        progress.push_back(k);
        EXPECT_EQ(total, c.settings.scheduleLength());
    };
    auto out = denoise([&](auto&&... a) { return model(a...); }, in, c.settings, hooks);
    ASSERT_TRUE(out) << out.status().message();
    EXPECT_EQ(out->scalar_type(), expectedNoise.scalar_type());

    // Same model calls in the same order with the same batch sizes (guided 2B, plain B, cover extra B).
    const auto calls = ref["calls"];
    ASSERT_EQ(static_cast<std::int64_t>(model.calls.size()), calls.numel()) << "number of model calls";
    for (std::int64_t i = 0; i < calls.numel(); ++i)
        EXPECT_EQ(model.calls[static_cast<std::size_t>(i)], calls[i].item<std::int64_t>()) << "call " << i;
    ASSERT_EQ(static_cast<std::int64_t>(progress.size()), static_cast<std::int64_t>(c.settings.scheduleLength()));
    for (std::size_t k = 0; k < steps.size(); ++k)
        expectClose(std::string(c.name) + " x after step " + std::to_string(k), steps[k],
                    ref["step_" + std::to_string(k)]);
    expectClose(std::string(c.name) + " final latents", *out, ref["final"]);
}

}  // namespace

// ---- schedules ------------------------------------------------------------------------------------

TEST(SamplingParity, SchedulesEqualPipelineAndScheduler) {
    const auto ref = data("schedules.safetensors");
    const auto pairs = ref["pairs"];
    for (std::int64_t i = 0; i < pairs.size(0); ++i) {
        SamplerSettings s;
        s.steps = static_cast<int>(pairs[i][0].item<double>());
        s.shift = pairs[i][1].item<double>();
        auto sched = makeSchedule(s);
        ASSERT_TRUE(sched) << sched.status().message();
        const auto tag = "pair_" + std::to_string(i) + " (steps " + std::to_string(s.steps) + ", shift " +
                         std::to_string(s.shift) + ")";
        expectBitwise(tag + " schedule", sched->timesteps, ref["pair_" + std::to_string(i) + ".schedule"]);
        expectBitwise(tag + " scheduler.timesteps", sched->timesteps, ref["pair_" + std::to_string(i) + ".timesteps"]);
        expectBitwise(tag + " scheduler.sigmas", sched->sigmas, ref["pair_" + std::to_string(i) + ".sigmas"]);
        ASSERT_EQ(sched->size(), s.steps);
        for (std::int64_t k = 0; k < sched->size(); ++k)
            EXPECT_EQ(sched->values[static_cast<std::size_t>(k)], sched->timesteps[k].item<double>());
    }
    for (int i = 0; ref.has("custom_" + std::to_string(i) + ".input"); ++i) {
        const auto p = "custom_" + std::to_string(i);
        const auto input = ref[p + ".input"].contiguous();
        SamplerSettings s;
        s.steps = 99;  // ignored with custom timesteps
        s.customTimesteps = std::vector<double>(input.data_ptr<double>(), input.data_ptr<double>() + input.numel());
        auto sched = makeSchedule(s);
        ASSERT_TRUE(sched) << sched.status().message();
        expectBitwise(p + " schedule", sched->timesteps, ref[p + ".schedule"]);
        expectBitwise(p + " scheduler.timesteps", sched->timesteps, ref[p + ".timesteps"]);
        expectBitwise(p + " scheduler.sigmas", sched->sigmas, ref[p + ".sigmas"]);
    }
}

TEST(SamplingParity, TurboShift3TableOfTheSpec) {
    // engine-spec-diffusers §2.8: turbo N = 8, shift 3 sigmas.
    SamplerSettings s = base(8, 3.0, 1.0);
    auto sched = makeSchedule(s);
    ASSERT_TRUE(sched);
    const double expected[] = {1.0, 0.95454544, 0.89999998, 0.83333331, 0.75, 0.64285713, 0.5, 0.30000001};
    for (int k = 0; k < 8; ++k) EXPECT_NEAR(sched->values[static_cast<std::size_t>(k)], expected[k], 1e-8) << k;
    EXPECT_EQ(sched->sigmas[8].item<float>(), 0.0f);
}

// ---- update and guidance --------------------------------------------------------------------------

TEST(SamplingParity, EulerStepMatchesSchedulerStep) {
    const auto ref = data("units.safetensors");
    for (const std::string tag : {"f32", "bf16"}) {
        auto sched = makeSchedule(base(8, 3.0, 1.0));
        ASSERT_TRUE(sched);
        auto x = ref["euler_" + tag + ".x0"];
        for (int k = 0; k < 8; ++k) {
            const auto p = "euler_" + tag + "_" + std::to_string(k);
            x = eulerStep(x, ref[p + ".v"], sched->sigmas, k);
            expectBitwise(p + " x", x, ref[p + ".x"]);
        }
    }
}

TEST(SamplingParity, ApgMatchesNormalizedGuidanceWithMomentum) {
    const auto ref = data("units.safetensors");
    for (const std::string tag : {"f32", "bf16"}) {
        MomentumBuffer buffer(-0.75);
        for (int k = 0; k < 5; ++k) {
            const auto p = "apg_" + tag + "_" + std::to_string(k);
            const auto out = normalizedGuidance(ref[p + ".cond"], ref[p + ".uncond"], k != 2 ? 5.0 : 3.0, &buffer,
                                                0.0, 2.5, 1);
            expectClose(p + " guided v", out, ref[p + ".out"],
                        tag == "f32" ? Tolerance::fp32() : Tolerance::bf16());
            expectBitwise(p + " guided v (bitwise)", out, ref[p + ".out"]);
            expectBitwise(p + " momentum", buffer.average(), ref[p + ".buffer"]);
        }
    }
}

// ---- noise ----------------------------------------------------------------------------------------

TEST(SamplingParity, SeededNoiseIsBitIdentical) {
    const auto ref = data("noise.safetensors");
    auto one = initialNoise(2, 25, 8, torch::kFloat32, torch::kCPU, {seededGenerator(1234)});
    ASSERT_TRUE(one);
    expectBitwise("one generator [2,25,8]", *one, ref["one_gen"]);
    auto list = initialNoise(3, 25, 8, torch::kFloat32, torch::kCPU,
                             {seededGenerator(7), seededGenerator(8), seededGenerator((1ULL << 40) + 3)});
    ASSERT_TRUE(list);
    expectBitwise("three generators [3,25,8]", *list, ref["gen_list"]);
    auto single = initialNoise(2, 5, 8, torch::kFloat32, torch::kCPU, {seededGenerator(77)});
    ASSERT_TRUE(single);
    expectBitwise("one-element list [2,5,8]", *single, ref["one_gen_list"]);
    auto bf16 = initialNoise(1, 250, 64, torch::kBFloat16, torch::kCPU, {seededGenerator(3)});
    ASSERT_TRUE(bf16);
    expectBitwise("bf16 draw [1,250,64]", *bf16, ref["bf16"]);
    auto big = initialNoise(1, 1501, 64, torch::kFloat32, torch::kCPU, {seededGenerator(0)});
    ASSERT_TRUE(big);
    expectBitwise("[1,1501,64]", *big, ref["big"]);

    auto wrong = initialNoise(3, 25, 8, torch::kFloat32, torch::kCPU, {seededGenerator(1), seededGenerator(2)});
    ASSERT_FALSE(wrong);
    EXPECT_NE(wrong.status().message().find("noise generators"), std::string::npos) << wrong.status().message();
}

// ---- whole loops ----------------------------------------------------------------------------------

TEST(SamplingParity, Turbo8Shift3NoGuidance) {
    auto s = base(8, 3.0, 7.0);
    s.turbo = true;  // guidance forced off
    runLoop({"turbo8_shift3", s, {1234}});
}

TEST(SamplingParity, Base10ApgGuidance7) { runLoop({"base10_apg7", base(10, 3.0, 7.0), {42}}); }

TEST(SamplingParity, Base10Guidance4IntervalEnd06) {
    auto s = base(10, 3.0, 4.0);
    s.cfgIntervalEnd = 0.6;
    runLoop({"base10_g4_end06", s, {43}});
}

TEST(SamplingParity, CoverBlendHalf) {
    auto s = base(8, 2.0, 5.0);
    s.coverMode = CoverMode::Blend;
    s.coverStrength = 0.5;
    runLoop({"cover_s05", s, {44}});
}

TEST(SamplingParity, BatchOfTwoWithGeneratorList) {
    auto s = base(10, 3.0, 7.0);
    s.cfgIntervalStart = 0.2;
    s.cfgIntervalEnd = 0.9;
    runLoop({"batch2_gens", s, {11, 12}});
}

TEST(SamplingParity, BatchOfTwoWithOneGeneratorTurbo) {
    auto s = base(8, 2.0, 7.0);
    s.turbo = true;
    runLoop({"batch2_onegen", s, {13}});
}

// bf16 runs are held to the fp32 tolerance: the loop performs the reference's own bf16 ops.
TEST(SamplingParity, Bf16Base8Apg7) { runLoop({"base8_apg7_bf16", base(8, 3.0, 7.0), {46}}); }

TEST(SamplingParity, Bf16Turbo8) {
    auto s = base(8, 3.0, 7.0);
    s.turbo = true;
    runLoop({"turbo8_bf16", s, {47}});
}

TEST(SamplingParity, CustomTimesteps) {
    auto s = base(8, 3.0, 3.0);
    s.customTimesteps = std::vector<double>{0.9, 0.62, 0.35, 0.1, 0.0};
    runLoop({"custom_t", s, {45}});
}

// ---- loop behaviour -------------------------------------------------------------------------------

TEST(Sampling, CancelBetweenStepsAndProgress) {
    const auto x = torch::randn({1, 5, 4});
    DenoiseInputs in{x, torch::randn({1, 3, 6}), torch::zeros({1, 1, 6}), torch::randn({1, 5, 8}), {}, {}};
    std::atomic<bool> cancel{false};
    int calls = 0;
    std::vector<std::pair<int, int>> seen;
    DenoiseHooks hooks;
    hooks.cancel = &cancel;
    hooks.progress = [&](int k, int total) {
        seen.emplace_back(k, total);
        if (k == 2) cancel = true;
    };
    auto model = [&](const torch::Tensor& xx, const torch::Tensor&, const torch::Tensor&, const torch::Tensor&,
                     const torch::Tensor&) {
        ++calls;
        return xx * 0.5;
    };
    auto out = denoise(model, in, base(8, 3.0, 1.0), hooks);
    ASSERT_FALSE(out);
    EXPECT_EQ(out.status().code(), ErrorCode::Cancelled);
    EXPECT_NE(out.status().message().find("step 4 of 8"), std::string::npos) << out.status().message();
    EXPECT_EQ(calls, 3);
    ASSERT_EQ(seen.size(), 3u);
    EXPECT_EQ(seen[0], std::make_pair(0, 8));
    EXPECT_EQ(seen[2], std::make_pair(2, 8));
}

TEST(Sampling, LastStepIsTheCleanEstimate) {
    // One step from sigma 1 to the appended 0: x − 1·v, i.e. x0 = x − t·v.
    const auto x = torch::randn({1, 5, 4});
    const auto v = torch::randn({1, 5, 4});
    DenoiseInputs in{x, torch::randn({1, 3, 6}), {}, torch::randn({1, 5, 8}), {}, {}};
    auto s = base(1, 3.0, 1.0);
    auto out = denoise([&](auto&&...) { return v; }, in, s);
    ASSERT_TRUE(out);
    EXPECT_TRUE(torch::equal(*out, x - v));
}

TEST(Sampling, InputErrorsNameTheTensor) {
    const auto x = torch::randn({1, 5, 4});
    auto model = [](const torch::Tensor& xx, auto&&...) { return xx; };
    auto noNull = denoise(model, {x, torch::randn({1, 3, 6}), {}, torch::randn({1, 5, 8}), {}, {}}, base(8, 3.0, 7.0));
    ASSERT_FALSE(noNull);
    EXPECT_NE(noNull.status().message().find("nullEncoder"), std::string::npos);
    auto badCtx = denoise(model, {x, torch::randn({1, 3, 6}), {}, torch::randn({1, 6, 8}), {}, {}}, base(8, 3.0, 1.0));
    ASSERT_FALSE(badCtx);
    EXPECT_NE(badCtx.status().message().find("context"), std::string::npos);
    auto cover = base(8, 3.0, 1.0);
    cover.coverMode = CoverMode::Blend;
    cover.coverStrength = 0.3;
    auto noCover = denoise(model, {x, torch::randn({1, 3, 6}), {}, torch::randn({1, 5, 8}), {}, {}}, cover);
    ASSERT_FALSE(noCover);
    EXPECT_NE(noCover.status().message().find("coverEncoder"), std::string::npos);
    auto wrongShape = denoise([](const torch::Tensor& xx, auto&&...) { return xx.slice(1, 0, 2); },
                              {x, torch::randn({1, 3, 6}), {}, torch::randn({1, 5, 8}), {}, {}}, base(8, 3.0, 1.0));
    ASSERT_FALSE(wrongShape);
    EXPECT_EQ(wrongShape.status().code(), ErrorCode::Internal);
}

// ---- validation -----------------------------------------------------------------------------------

namespace {
void expectInvalid(const SamplerSettings& s, const std::string& field, const std::string& range) {
    const auto st = s.validate();
    ASSERT_FALSE(st) << field;
    EXPECT_EQ(st.code(), ErrorCode::InvalidArgument);
    EXPECT_NE(st.message().find(field), std::string::npos) << st.message();
    EXPECT_NE(st.message().find(range), std::string::npos) << st.message();
}
}  // namespace

template <class F>
SamplerSettings with(F change) {
    SamplerSettings s;
    change(s);
    return s;
}

using Times = std::vector<double>;

TEST(Sampling, ValidationNamesFieldAndRange) {
    EXPECT_TRUE(SamplerSettings{}.validate());
    expectInvalid(with([](auto& s) { s.steps = 0; }), "steps", "1..200");
    expectInvalid(with([](auto& s) { s.steps = 201; }), "steps", "1..200");
    for (double shift : {0.0, -1.0, 100.5, std::nan("")})
        expectInvalid(with([&](auto& s) { s.shift = shift; }), "shift", "0 < shift <= 100");
    EXPECT_TRUE(with([](auto& s) { s.shift = 100.0; }).validate());
    for (double g : {-0.1, double(INFINITY)})
        expectInvalid(with([&](auto& s) { s.guidanceScale = g; }), "guidanceScale", ">= 0");
    EXPECT_TRUE(with([](auto& s) { s.guidanceScale = 0.0; }).validate());
    expectInvalid(with([](auto& s) { s.cfgIntervalStart = -0.01; }), "cfgIntervalStart", "[0, 1]");
    expectInvalid(with([](auto& s) { s.cfgIntervalEnd = 1.5; }), "cfgIntervalEnd", "[0, 1]");
    expectInvalid(with([](auto& s) {
                      s.cfgIntervalStart = 0.7;
                      s.cfgIntervalEnd = 0.6;
                  }),
                  "cfgIntervalStart", "cfgIntervalStart <= cfgIntervalEnd");
    expectInvalid(with([](auto& s) { s.customTimesteps.emplace(); }), "customTimesteps", "1..200 values");
    expectInvalid(with([](auto& s) { s.customTimesteps.emplace(201, 0.5); }), "customTimesteps", "1..200 values");
    expectInvalid(with([](auto& s) { s.customTimesteps.emplace(Times{1.0, 1.2}); }), "customTimesteps[1]",
                  "[0, 1]");
    expectInvalid(with([](auto& s) { s.customTimesteps.emplace(Times{1.0, -0.0001}); }), "customTimesteps[1]",
                  "[0, 1]");
    expectInvalid(with([](auto& s) { s.customTimesteps.emplace(Times{0.8, 0.5, 0.8}); }), "customTimesteps[2]",
                  "a value other than the first timestep");
    // Later duplicates are harmless (the scheduler only looks up the first value).
    EXPECT_TRUE(with([](auto& s) { s.customTimesteps.emplace(Times{0.8, 0.5, 0.5, 0.0}); }).validate());
    for (double c : {1.01, -0.5})
        expectInvalid(with([&](auto& s) { s.coverStrength = c; }), "coverStrength", "[0, 1]");
    expectInvalid(with([](auto& s) { s.coverMode = static_cast<CoverMode>(7); }), "coverMode", "Off, Blend or Switch");
    // makeSchedule and denoise refuse invalid settings the same way.
    const auto bad = with([](auto& s) { s.steps = 0; });
    EXPECT_EQ(makeSchedule(bad).status().code(), ErrorCode::InvalidArgument);
    const auto x = torch::randn({1, 5, 4});
    auto out = denoise([](const torch::Tensor& xx, auto&&...) { return xx; },
                       {x, torch::randn({1, 3, 6}), {}, torch::randn({1, 5, 8}), {}, {}}, bad);
    ASSERT_FALSE(out);
    EXPECT_NE(out.status().message().find("steps"), std::string::npos);
}

TEST(Sampling, GuidanceDispatchRules) {
    SamplerSettings s = base(8, 3.0, 7.0);
    EXPECT_TRUE(s.cfgEnabled());
    s.turbo = true;
    EXPECT_FALSE(s.cfgEnabled());
    s = base(8, 3.0, 1.0);
    EXPECT_FALSE(s.cfgEnabled());  // guidance 1 is not > 1
    s = base(8, 3.0, 4.0);
    s.cfgIntervalEnd = 0.6;  // diffusers compares 1 − t
    EXPECT_TRUE(s.cfgAppliesAt(1.0));
    EXPECT_TRUE(s.cfgAppliesAt(0.45));
    EXPECT_FALSE(s.cfgAppliesAt(0.3));
}
