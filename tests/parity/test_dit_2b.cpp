// One DiT forward at the real 2B decoder config (engine-spec-diffusers §1.3) against diffusers'
// AceStepTransformer1DModel on seeded random weights (tests/parity/gen/dit_2b.py). The weights are stored in
// bf16 under the official decoder.* names; the reference ran in fp32 on those same bf16 values upcast, and
// the engine loads the file upcast to fp32 -- so both sides see identical weights and the fp32 tolerance
// applies. The sequence is long enough that the sliding-window band (128) binds after patching, and odd so
// the patch padding and the output trim are exercised.
#include "parity.h"

#include "dit/dit_config.h"
#include "dit/dit_model.h"
#include "songloom/component_tensors.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>

namespace {

using songloom::ComponentTensors;
using songloom::dit::DitConfig;
using songloom::dit::DitModel;
using songloom::dit::LayerType;
using namespace songloom::parity;

double secondsSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

TEST(Dit2bParity, Fp32ForwardMatchesDiffusers) {
    const auto dir = dataDir("dit_2b");
    SONGLOOM_SKIP_IF_DATA_SKIPPED(dir);
    auto start = std::chrono::steady_clock::now();

    auto config = DitConfig::fromOfficialFile(dir / "config.json");
    ASSERT_TRUE(config.isOk()) << config.status().message();
    // The real 2B decoder, not a scaled-down one.
    EXPECT_EQ(config->hidden, 2048);
    EXPECT_EQ(config->intermediate, 6144);
    EXPECT_EQ(config->layers, 24);
    EXPECT_EQ(config->heads, 16);
    EXPECT_EQ(config->kvHeads, 8);
    EXPECT_EQ(config->headDim, 128);
    EXPECT_EQ(config->inChannels, 192);
    EXPECT_EQ(config->latent, 64);
    EXPECT_EQ(config->patch, 2);
    EXPECT_EQ(config->ropeTheta, 1e6);
    EXPECT_EQ(config->eps, 1e-6);
    EXPECT_EQ(config->slidingWindow, 128);
    EXPECT_EQ(config->encoderHidden, 2048);
    ASSERT_EQ(config->layerTypes.size(), 24u);
    for (std::int64_t i = 0; i < 24; ++i) EXPECT_EQ(config->slidingLayer(i), i % 2 == 0) << "layer " << i;

    auto tensors = ComponentTensors::openFile(dir / "model.safetensors");
    ASSERT_TRUE(tensors.isOk()) << tensors.status().message();
    // The shapes alone give the same architecture (what a config-less Comfy-Org file would load as).
    auto fromShapes = DitConfig::fromShapes(*tensors);
    ASSERT_TRUE(fromShapes.isOk()) << fromShapes.status().message();
    EXPECT_EQ(fromShapes->hidden, config->hidden);
    EXPECT_EQ(fromShapes->intermediate, config->intermediate);
    EXPECT_EQ(fromShapes->layers, config->layers);
    EXPECT_EQ(fromShapes->heads, config->heads);
    EXPECT_EQ(fromShapes->kvHeads, config->kvHeads);
    EXPECT_EQ(fromShapes->encoderHidden, config->encoderHidden);
    EXPECT_EQ(fromShapes->layerTypes, config->layerTypes);

    auto model = DitModel::load(*tensors, *config, torch::kCPU, torch::kFloat32);
    ASSERT_TRUE(model.isOk()) << model.status().message();
    const double loadSeconds = secondsSince(start);

    const auto ref = Reference::load(dir / "dit_2b_io.safetensors");
    const auto x = ref["x"];
    ASSERT_EQ(x.dim(), 3);
    EXPECT_GT((x.size(1) + 1) / 2, config->slidingWindow + 1) << "the band must bind after patching";
    EXPECT_EQ(x.size(1) % 2, 1) << "an odd length exercises the patch padding";

    start = std::chrono::steady_clock::now();
    auto out = model->forward(x, ref["t"], ref["tr"], ref["enc"], ref["ctx"]);
    ASSERT_TRUE(out.isOk()) << out.status().message();
    const double forwardSeconds = secondsSince(start);
    std::printf("dit 2B: load %.1f s, forward %.1f s (B=%lld, T=%lld, L=%lld)\n", loadSeconds, forwardSeconds,
                static_cast<long long>(x.size(0)), static_cast<long long>(x.size(1)),
                static_cast<long long>(ref["enc"].size(1)));
    EXPECT_EQ(out->scalar_type(), torch::kFloat32);
    expectClose("dit 2B fp32 (bf16-rounded weights)", *out, ref["out"], Tolerance::fp32());
}

}  // namespace
