// The audio VAE (engine/src/vae) against diffusers' AutoencoderOobleck (data: gen/vae.py): the tiny config
// from its diffusers folder and from a stable-audio-tools-named (Comfy) file, encode (raw output, posterior
// mean and std, a seeded sample), decode, tiled decode/encode against the single pass and against diffusers'
// own tiling, a bf16 run, config parsing and strict loading. VaeReal* (label parity-slow): the ACE-Step
// config on random weights, 1 s of audio each way.
#include "parity.h"
#include "vae/oobleck.h"

#include <ATen/CPUGeneratorImpl.h>
#include <gtest/gtest.h>
#include <torch/torch.h>

#include <cstdio>
#include <string>

using namespace songloom;
using namespace songloom::vae;
using namespace songloom::parity;

namespace {

std::filesystem::path dir() { return dataDir("vae"); }

struct Tiny {
    VaeConfig config;
    ComponentTensors diffusers, comfy;
    Reference ref;
    Tiny()
        : config(*VaeConfig::fromFile(dir() / "tiny/vae/config.json")),
          diffusers(openTensors(dir() / "tiny/vae/diffusion_pytorch_model.safetensors")),
          comfy(openTensors(dir() / "tiny_comfy.safetensors")),
          ref(Reference::load(dir() / "tiny_ref.safetensors")) {}
    OobleckVae load(const ComponentTensors& t, torch::ScalarType dtype = torch::kFloat32) const {
        auto vae = OobleckVae::load(t, config, torch::kCPU, dtype);
        if (!vae) ADD_FAILURE() << vae.status().message();
        return std::move(vae).value();
    }
};

Tiny& tiny() {
    static Tiny t;
    return t;
}

void expectSameConfig(const VaeConfig& a, const VaeConfig& b) {
    EXPECT_EQ(a.encoderHiddenSize, b.encoderHiddenSize);
    EXPECT_EQ(a.downsamplingRatios, b.downsamplingRatios);
    EXPECT_EQ(a.channelMultiples, b.channelMultiples);
    EXPECT_EQ(a.decoderChannels, b.decoderChannels);
    EXPECT_EQ(a.decoderInputChannels, b.decoderInputChannels);
    EXPECT_EQ(a.audioChannels, b.audioChannels);
    EXPECT_EQ(a.samplingRate, b.samplingRate);
}

}  // namespace

TEST(VaeConfig, FromJsonAndFromTensorsAgree) {
    const auto& c = tiny().config;
    EXPECT_EQ(c.encoderHiddenSize, 16);
    EXPECT_EQ(c.downsamplingRatios, (std::vector<std::int64_t>{2, 2}));
    EXPECT_EQ(c.hopLength(), 4);
    EXPECT_EQ(c.samplingRate, 100);
    auto fromDiffusers = VaeConfig::fromTensors(tiny().diffusers, 100);
    ASSERT_TRUE(fromDiffusers) << fromDiffusers.status().message();
    expectSameConfig(*fromDiffusers, c);
    auto fromComfy = VaeConfig::fromTensors(tiny().comfy, 100);
    ASSERT_TRUE(fromComfy) << fromComfy.status().message();
    expectSameConfig(*fromComfy, c);
}

TEST(VaeConfig, ErrorsNameTheKey) {
    auto bad = VaeConfig::fromJson(R"({"_class_name":"AutoencoderOobleck","downsampling_ratios":[2,0]})");
    ASSERT_FALSE(bad);
    EXPECT_NE(bad.status().message().find("downsampling_ratios"), std::string::npos) << bad.status().message();
    auto odd = VaeConfig::fromJson(R"({"encoder_hidden_size":15})");
    ASSERT_FALSE(odd);
    EXPECT_NE(odd.status().message().find("encoder_hidden_size"), std::string::npos) << odd.status().message();
    auto mults = VaeConfig::fromJson(R"({"downsampling_ratios":[2,2],"channel_multiples":[1,2,4]})");
    ASSERT_FALSE(mults);
    EXPECT_NE(mults.status().message().find("channel_multiples"), std::string::npos) << mults.status().message();
    auto cls = VaeConfig::fromJson(R"({"_class_name":"AutoencoderKL"})");
    ASSERT_FALSE(cls);
    EXPECT_NE(cls.status().message().find("AutoencoderOobleck"), std::string::npos);
    auto real = VaeConfig::fromJson(R"({"_class_name":"AutoencoderOobleck","sampling_rate":48000})");
    ASSERT_TRUE(real);
    EXPECT_EQ(real->hopLength(), 1920);
}

TEST(VaeLoad, StrictAgainstTheConfig) {
    VaeConfig wrong = tiny().config;
    wrong.decoderChannels = 16;
    auto vae = OobleckVae::load(tiny().diffusers, wrong, torch::kCPU, torch::kFloat32);
    ASSERT_FALSE(vae);
    EXPECT_EQ(vae.status().code(), ErrorCode::Corrupt);
    EXPECT_NE(vae.status().message().find("decoder."), std::string::npos) << vae.status().message();
    std::printf("wrong config: %s\n", vae.status().message().c_str());
    EXPECT_EQ(satModuleOf("decoder.block.0.snake1", 5), "decoder.layers.1.layers.0");
    EXPECT_EQ(satModuleOf("encoder.block.3.res_unit2.conv1", 5), "encoder.layers.4.layers.1.layers.1");
    EXPECT_EQ(satModuleOf("decoder.conv2", 5), "decoder.layers.7");
}

TEST(VaeTiny, BothNamingsLoadToTheSameNumbers) {
    auto a = tiny().load(tiny().diffusers), b = tiny().load(tiny().comfy);
    const auto z = tiny().ref["dec25.latents"];
    expectEqual("decode diffusers-named vs Comfy-named", *b.decode(z), *a.decode(z));
    const auto x = tiny().ref["enc402.audio"];
    expectEqual("encode diffusers-named vs Comfy-named", b.encode(x)->mean, a.encode(x)->mean);
}

TEST(VaeTiny, OtherStoragesLoad) {
    const auto& r = tiny().ref;
    const auto z = r["dec25.latents"];
    const auto reference = *tiny().load(tiny().diffusers).decode(z);
    // Comfy names inside an all-in-one file: the "vae." group, other components' tensors left out.
    auto aio = ComponentTensors::openFile(dir() / "tiny_aio.safetensors", "vae.");
    ASSERT_TRUE(aio) << aio.status().message();
    auto aioConfig = VaeConfig::fromTensors(*aio, 100);
    ASSERT_TRUE(aioConfig) << aioConfig.status().message();
    expectSameConfig(*aioConfig, tiny().config);
    expectEqual("decode, Comfy names in an all-in-one file", *tiny().load(*aio).decode(z), reference);
    // Newer torch weight norm (parametrizations.weight.original0/1) and already-folded weights.
    auto param = openTensors(dir() / "tiny_parametrizations.safetensors");
    expectEqual("decode, parametrizations weight norm", *tiny().load(param).decode(z), reference);
    auto folded = openTensors(dir() / "tiny_folded.safetensors");
    expectClose("decode, weights folded by torch", *tiny().load(folded).decode(z), r["dec25.audio"]);
}

TEST(VaeTiny, Encode) {
    const auto& r = tiny().ref;
    for (const auto* load : {&tiny().diffusers, &tiny().comfy}) {
        auto vae = tiny().load(*load);
        const std::string naming = load == &tiny().comfy ? "[comfy] " : "[diffusers] ";
        for (const char* S : {"402", "37"}) {
            const std::string p = naming + "enc" + S;
            const std::string k = std::string("enc") + S;
            auto post = vae.encode(r[k + ".audio"]);
            ASSERT_TRUE(post) << post.status().message();
            expectClose(p + " encoder output", torch::cat({post->mean, post->scale}, 1), r[k + ".h"]);
            expectClose(p + " posterior mean", post->mean, r[k + ".mean"]);
            expectClose(p + " posterior std", post->std(), r[k + ".std"]);
            at::Generator gen = at::make_generator<at::CPUGeneratorImpl>(1234);
            expectClose(p + " posterior sample (seed 1234)", post->sample(gen), r[k + ".sample"]);
            torch::manual_seed(11);
            expectClose(p + " posterior sample (global RNG, seed 11)", post->sample(), r[k + ".sample_global"]);
        }
    }
}

TEST(VaeTiny, Decode) {
    const auto& r = tiny().ref;
    for (const auto* load : {&tiny().diffusers, &tiny().comfy}) {
        auto vae = tiny().load(*load);
        const std::string naming = load == &tiny().comfy ? "[comfy] " : "[diffusers] ";
        for (const char* T : {"25", "38"}) {
            const std::string k = std::string("dec") + T;
            auto audio = vae.decode(r[k + ".latents"]);
            ASSERT_TRUE(audio) << audio.status().message();
            EXPECT_EQ(audio->size(2), r[k + ".latents"].size(2) * 4);
            expectClose(naming + k + " audio", *audio, r[k + ".audio"]);
        }
    }
}

TEST(VaeTiny, TiledEqualsUntiledAndDiffusersTiling) {
    const auto& r = tiny().ref;
    auto vae = tiny().load(tiny().diffusers);
    // 200 frames in windows of 120 with 40 frames of overlap: 2 windows; the tiny decoder's receptive field
    // (≈ ±33 frames) lies within the overlap, so the joined audio equals the single pass.
    auto tiled = vae.decodeTiled(r["tile.latents"], DecodeTiling{120, 40, {}});
    ASSERT_TRUE(tiled) << tiled.status().message();
    expectClose("tiled decode vs diffusers tiled decode", *tiled, r["tile.audio_tiled"]);
    expectClose("tiled decode vs diffusers single pass", *tiled, r["tile.audio"]);
    expectClose("tiled decode vs our single pass", *tiled, *vae.decode(r["tile.latents"]));
    // 2002 samples in windows of 800 with 200 samples of overlap (receptive field ≈ ±130 samples).
    auto post = vae.encodeTiled(r["tile.in_audio"], EncodeTiling{800, 200, {}});
    ASSERT_TRUE(post) << post.status().message();
    const auto h = torch::cat({post->mean, post->scale}, 1);
    expectClose("tiled encode vs diffusers tiled encode", h, r["tile.h_tiled"]);
    expectClose("tiled encode vs diffusers single pass", h, r["tile.h"]);
    // Invalid windows are refused with the numbers.
    auto bad = vae.decodeTiled(r["tile.latents"], DecodeTiling{100, 50, {}});
    ASSERT_FALSE(bad);
    EXPECT_NE(bad.status().message().find("overlap"), std::string::npos);
    // The default chunk rule stays within the documented range.
    const auto c = vae.defaultDecodeChunk(1);
    EXPECT_GE(c, 192);
    EXPECT_LE(c, 512);
}

TEST(VaeTiny, Bf16AgainstReferenceBf16) {
    const auto& r = tiny().ref;
    auto vae = tiny().load(tiny().diffusers, torch::kBFloat16);
    auto audio = vae.decode(r["dec25.latents"].to(torch::kBFloat16));
    ASSERT_TRUE(audio);
    EXPECT_EQ(audio->scalar_type(), torch::kBFloat16);
    expectClose("bf16 decode", audio->to(torch::kFloat32), r["bf16.audio_out"].to(torch::kFloat32),
                Tolerance::bf16());
    auto post = vae.encode(r["enc402.audio"].to(torch::kBFloat16));
    ASSERT_TRUE(post);
    expectClose("bf16 encode mean", post->mean.to(torch::kFloat32), r["bf16.mean"].to(torch::kFloat32),
                Tolerance::bf16());
}

TEST(VaeTiny, BadInputIsRefused) {
    auto vae = tiny().load(tiny().diffusers);
    auto e = vae.encode(torch::zeros({1, 1, 40}));
    ASSERT_FALSE(e);
    EXPECT_EQ(e.status().code(), ErrorCode::InvalidArgument);
    EXPECT_FALSE(vae.encode(torch::zeros({1, 2, 3})));
    auto d = vae.decode(torch::zeros({1, 64, 5}));
    ASSERT_FALSE(d);
    EXPECT_NE(d.status().message().find("8"), std::string::npos) << d.status().message();
}

// ---- the ACE-Step config (slow) --------------------------------------------------------------------

TEST(VaeReal, DecodeAndEncodeOneSecond) {
    if (!std::filesystem::exists(dir() / "real_ref.safetensors")) GTEST_SKIP() << "real-config data not generated";
    auto config = VaeConfig::fromFile(dir() / "real/vae/config.json");
    ASSERT_TRUE(config) << config.status().message();
    EXPECT_EQ(config->hopLength(), 1920);
    auto tensors = openTensors(dir() / "real/vae/diffusion_pytorch_model.safetensors");
    auto derived = VaeConfig::fromTensors(tensors);
    ASSERT_TRUE(derived) << derived.status().message();
    expectSameConfig(*derived, *config);
    auto vae = OobleckVae::load(tensors, *config, torch::kCPU, torch::kFloat32);
    ASSERT_TRUE(vae) << vae.status().message();
    const auto r = Reference::load(dir() / "real_ref.safetensors");
    auto audio = vae->decode(r["latents"]);
    ASSERT_TRUE(audio);
    EXPECT_EQ(audio->size(2), 25 * 1920);
    expectClose("real decode 25 frames", *audio, r["audio"]);
    auto post = vae->encode(r["in_audio"]);
    ASSERT_TRUE(post);
    expectClose("real encode 48000 samples", torch::cat({post->mean, post->scale}, 1), r["h"]);
    // Tiled decode with windows of 23 frames and 10 of overlap (receptive field ≈ ±9 frames): 3 windows.
    auto tiled = vae->decodeTiled(r["latents"], DecodeTiling{23, 10, {}});
    ASSERT_TRUE(tiled) << tiled.status().message();
    expectClose("real tiled decode (23/10) vs single pass", *tiled, r["audio"]);
    // The default window rule: ≈ 5.2 MB per fp32 frame, half the memory, within [192, 512].
    EXPECT_EQ(vae->defaultDecodeChunk(1, std::uint64_t{1} << 20), 192);
    EXPECT_EQ(vae->defaultDecodeChunk(1, std::uint64_t{3} << 30), 256);
    EXPECT_EQ(vae->defaultDecodeChunk(1, std::uint64_t{64} << 30), 512);
}
