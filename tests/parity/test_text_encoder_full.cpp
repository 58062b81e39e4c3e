// Qwen3 text encoder at the released Qwen3-Embedding-0.6B shape (28 layers, 1024 wide, 16/8 heads, 3072,
// vocabulary 151669) on random bf16 weights, with the official config.json in its transformers-4 spelling:
// one CPU forward of an ACE caption prompt in fp32 (both sides upcast the same bf16 values).
#include "parity.h"
#include "text/qwen3_text_encoder.h"

#include <gtest/gtest.h>

using songloom::ComponentTensors;
using namespace songloom::parity;
using songloom::text::Qwen3Config;
using songloom::text::Qwen3TextEncoder;

TEST(TextEncoderFullParity, ReleasedShapeFp32) {
    const auto dir = dataDir("text_encoder_full");
    SONGLOOM_SKIP_IF_DATA_SKIPPED(dir);
    auto config = Qwen3Config::fromFile(dir / "Qwen3-Embedding-0.6B" / "config.json");
    ASSERT_TRUE(config) << config.status().message();
    EXPECT_EQ(config->layers, 28);
    EXPECT_EQ(config->hidden, 1024);
    EXPECT_EQ(config->intermediate, 3072);
    EXPECT_EQ(config->heads, 16);
    EXPECT_EQ(config->kvHeads, 8);
    EXPECT_EQ(config->headDim, 128);
    EXPECT_EQ(config->vocab, 151669);
    EXPECT_EQ(config->ropeTheta, 1e6);
    EXPECT_EQ(config->rmsEps, 1e-6);

    auto tensors = ComponentTensors::openFile(dir / "Qwen3-Embedding-0.6B" / "model.safetensors");
    ASSERT_TRUE(tensors) << tensors.status().message();
    EXPECT_EQ(tensors->size(), 310u);
    auto encoder = Qwen3TextEncoder::load(*tensors, *config, torch::kCPU, torch::kFloat32);
    ASSERT_TRUE(encoder) << encoder.status().message();

    const auto ref = Reference::load(dir / "cases.safetensors");
    torch::NoGradGuard noGrad;
    expectClose("text encoder 0.6B fp32", encoder->forward(ref["ids"]), ref["out"], Tolerance::fp32());
}
