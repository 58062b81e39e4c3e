// Parity of the condition side with diffusers 0.40.0 (tests/parity/gen/condition.py): condition encoder
// (B = 2, padded text and lyrics, silence timbre of 750 frames and packed reference clips), null
// condition, the official XL CLS timbre path against the spec's formula, FSQ tokenizer (T = 23 with
// silence padding, T = 25), detokenizer from codes and from quantized vectors, code-string parsing,
// silence slices. The checkpoint is read in the official layout and in the diffusers layout; both must
// give the same numbers. fp32 against the reference's fp32, bf16 against its bf16 run.
#include "parity.h"

#include "dit/audio_codes.h"
#include "dit/condition_config.h"
#include "dit/condition_encoder.h"

#include <gtest/gtest.h>

#include <fmt/format.h>

#include <map>

using namespace songloom;
using namespace songloom::dit;
using namespace songloom::parity;

namespace {

struct Layouts {
    std::filesystem::path dir;
    ComponentTensors official, diffusers;
    ConditionConfig officialConfig, diffusersConfig;
    Reference ref;
};

const Layouts& data() {
    static const Layouts layouts = [] {
        Layouts l;
        l.dir = dataDir("condition");
        auto official = ComponentTensors::openFile(l.dir / "official" / "model.safetensors");
        EXPECT_TRUE(official.isOk()) << official.status().message();
        l.official = *official;
        CatalogComponent component;
        component.kind = ComponentKind::DiT;
        component.layout = Layout::DiffusersFolder;
        for (const char* part : {"condition_encoder", "audio_tokenizer", "audio_token_detokenizer"}) {
            component.files.push_back(l.dir / "diffusers" / part / "diffusion_pytorch_model.safetensors");
        }
        auto diffusers = ComponentTensors::open(component);
        EXPECT_TRUE(diffusers.isOk()) << diffusers.status().message();
        l.diffusers = *diffusers;
        auto oc = conditionConfigFromFolder(l.dir / "official");
        EXPECT_TRUE(oc.isOk()) << oc.status().message();
        l.officialConfig = *oc;
        auto dc = conditionConfigFromFolder(l.dir / "diffusers");
        EXPECT_TRUE(dc.isOk()) << dc.status().message();
        l.diffusersConfig = *dc;
        l.ref = Reference::load(l.dir / "reference.safetensors");
        return l;
    }();
    return layouts;
}

struct Models {
    ConditionEncoder cond, condCls;
    AudioTokenizer tok;
    AudioDetokenizer detok;
    torch::Tensor silence;
};

Models loadModels(bool diffusersLayout, torch::ScalarType dtype) {
    const auto& d = data();
    const auto& tensors = diffusersLayout ? d.diffusers : d.official;
    const auto& config = diffusersLayout ? d.diffusersConfig : d.officialConfig;
    const auto cpu = torch::Device(torch::kCPU);
    Models m{must(ConditionEncoder::load(tensors, config, cpu, dtype), "condition encoder"),
             must(ConditionEncoder::load(tensors, config, cpu, dtype, {.timbreCls = true}), "condition encoder (CLS)"),
             must(AudioTokenizer::load(tensors, config, cpu, dtype), "tokenizer"),
             must(AudioDetokenizer::load(tensors, config, cpu, dtype), "detokenizer"),
             {}};
    if (diffusersLayout) {
        auto baked = ComponentTensors::openFile(d.dir / "diffusers" / "condition_encoder" /
                                                "diffusion_pytorch_model.safetensors");
        m.silence = must(loadSilenceLatentTensor(*baked, cpu, dtype), "baked silence latent");
    } else {
        m.silence = must(loadSilenceLatentFile(d.dir / "official" / "silence_latent.pt", cpu, dtype,
                                               config.timbreHidden),
                         "silence_latent.pt");
    }
    return m;
}

std::string codeString(const Reference& ref, int i) {
    const auto bytes = ref[fmt::format("in.code_string{}", i)].contiguous();
    return std::string(reinterpret_cast<const char*>(bytes.data_ptr<std::uint8_t>()),
                       static_cast<std::size_t>(bytes.numel()));
}

// Runs every case with `m` and compares with the reference outputs under `prefix`; returns the engine's
// outputs by name (for the layout comparison).
std::map<std::string, torch::Tensor> runCases(const Models& m, const std::string& prefix, const Tolerance& tol) {
    const auto& ref = data().ref;
    std::map<std::string, torch::Tensor> out;
    const auto dtype = m.silence.scalar_type();
    const std::string tag = prefix.empty() ? "fp32 " : "bf16 ";
    auto close = [&](const std::string& name, const torch::Tensor& actual) {
        out[name] = actual;
        expectClose(tag + name, actual.to(torch::kFloat32), ref[prefix + name].to(torch::kFloat32), tol);
    };
    auto equal = [&](const std::string& name, const torch::Tensor& actual) {
        out[name] = actual;
        expectEqual(tag + name, actual.to(torch::kLong), ref[prefix + name].to(torch::kLong));
    };
    const auto text = ref["in.text"], textMask = ref["in.text_mask"];
    const auto lyric = ref["in.lyric"], lyricMask = ref["in.lyric_mask"];

    // Silence timbre (750 frames, with the head frames), both items.
    auto [timbreIn, order] = must(silenceTimbreInput(m.silence, m.cond.config().timbreFixFrames, 2), "timbre input");
    auto c = must(m.cond.forward(text, textMask, lyric, lyricMask, timbreIn, order), "forward (silence)");
    close("cond_silence.hidden", c.hidden);
    equal("cond_silence.mask", c.mask);
    close("null_condition", must(m.cond.nullConditionLike(c.hidden), "null condition"));

    // Packed reference clips: item 0 has two, item 1 one (a masked timbre slot).
    c = must(m.cond.forward(text, textMask, lyric, lyricMask, ref["in.ref"], ref["in.ref_order"]), "forward (ref)");
    close("cond_ref.hidden", c.hidden);
    equal("cond_ref.mask", c.mask);

    // Official XL path: CLS special_token prepended, against the spec's formula computed in Python.
    c = must(m.condCls.forward(text, textMask, lyric, lyricMask, timbreIn, order), "forward (CLS silence)");
    close("cond_cls_silence.hidden", c.hidden);
    equal("cond_cls_silence.mask", c.mask);
    c = must(m.condCls.forward(text, textMask, lyric, lyricMask, ref["in.ref"], ref["in.ref_order"]), "CLS ref");
    close("cond_cls_ref.hidden", c.hidden);

    // Tokenizer: T = 23 (padded with silence frames 0..1), T = 25.
    auto t23 = must(m.tok.tokenize(ref["in.lat23"].to(dtype), m.silence), "tokenize 23");
    close("tok23.quantized", t23.quantized);
    equal("tok23.codes", t23.codes);
    auto t25 = must(m.tok.tokenize(ref["in.lat25"].to(dtype), m.silence), "tokenize 25");
    close("tok25.quantized", t25.quantized);
    equal("tok25.codes", t25.codes);
    close("detok23.from_quantized", must(m.detok.forward(t23.quantized), "detokenize"));

    // Code strings: parse (clamped), pad with 0, decode.
    std::vector<std::vector<std::int64_t>> lists;
    for (int i = 0; i < 2; ++i) lists.push_back(parseAudioCodes(codeString(ref, i), m.tok.codebookSize() - 1));
    const auto codes = must(codesTensor(lists), "codes tensor");
    equal("codes.parsed", codes);
    close("codes.quantized", must(m.tok.quantizedFromCodes(codes), "quantized from codes"));
    close("codes.latents", must(m.detok.fromCodes(m.tok, codes), "detokenize codes"));

    // Silence slices: head, and tiled from frame 0 beyond the stored length.
    expectEqual(tag + "silence_40 (bits)", silenceFrames(m.silence, 40).to(torch::kFloat32),
                ref[prefix + "silence_40"].to(torch::kFloat32));
    expectEqual(tag + "silence_31000 (bits)", silenceFrames(m.silence, 31000).to(torch::kFloat32),
                ref[prefix + "silence_31000"].to(torch::kFloat32));
    return out;
}

}  // namespace

TEST(ConditionParity, ConfigsAgree) {
    const auto& d = data();
    const auto fromTensors = must(conditionConfigFromTensors(d.official), "config from tensors");
    for (const ConditionConfig* c : {&d.officialConfig, &d.diffusersConfig, &fromTensors}) {
        EXPECT_EQ(c->hidden, 24);
        EXPECT_EQ(c->intermediate, 48);
        EXPECT_EQ(c->heads, 4);
        EXPECT_EQ(c->kvHeads, 2);
        EXPECT_EQ(c->headDim, 8);
        EXPECT_EQ(c->textHidden, 32);
        EXPECT_EQ(c->timbreHidden, 8);
        EXPECT_EQ(c->acousticHidden, 8);
        EXPECT_EQ(c->lyricLayers, 2);
        EXPECT_EQ(c->timbreLayers, 2);
        EXPECT_EQ(c->poolerLayers, 2);
        EXPECT_EQ(c->poolWindow, 5);
        EXPECT_EQ(c->fsqDim, 24);
        EXPECT_EQ(c->fsqLevels, (std::vector<std::int64_t>{8, 8, 8, 5, 5, 5}));
        EXPECT_EQ(c->codebookSize(), 64000);
        EXPECT_EQ(c->lyricSliding, (std::vector<bool>{true, false}));
        EXPECT_EQ(c->poolerSliding, (std::vector<bool>{true, false}));
        EXPECT_EQ(c->detokSliding, (std::vector<bool>{true, false}));
    }
    // Values that only the configs state (the tensors get release defaults).
    EXPECT_EQ(d.officialConfig.slidingWindow, 4);
    EXPECT_EQ(d.diffusersConfig.slidingWindow, 4);
    EXPECT_EQ(d.officialConfig.timbreFixFrames, 750);
}

TEST(ConditionParity, ConfigErrorsNameTheKey) {
    auto bad = conditionConfigFromOfficialJson(R"({"fsq_input_levels": [8, 1, 5]})", "config.json");
    ASSERT_FALSE(bad.isOk());
    EXPECT_NE(bad.status().message().find("fsq_input_levels"), std::string::npos) << bad.status().message();
    bad = conditionConfigFromOfficialJson(R"({"encoder_num_attention_heads": 16, "encoder_num_key_value_heads": 6})",
                                          "config.json");
    ASSERT_FALSE(bad.isOk());
    EXPECT_NE(bad.status().message().find("encoder_num_key_value_heads"), std::string::npos);
    bad = conditionConfigFromOfficialJson(R"({"pool_window_size": "5"})", "config.json");
    ASSERT_FALSE(bad.isOk());
    EXPECT_NE(bad.status().message().find("pool_window_size must be an integer"), std::string::npos)
        << bad.status().message();
    bad = conditionConfigFromOfficialJson(R"({"fsq_input_num_quantizers": 2})", "config.json");
    ASSERT_FALSE(bad.isOk());
    EXPECT_NE(bad.status().message().find("allowed 1"), std::string::npos);
}

TEST(ConditionParity, Fp32BothLayouts) {
    const auto official = runCases(loadModels(false, torch::kFloat32), "", Tolerance::fp32());
    const auto diffusers = runCases(loadModels(true, torch::kFloat32), "", Tolerance::fp32());
    // The two layouts are the same weights: the engine must give identical numbers.
    for (const auto& [name, tensor] : official) {
        expectEqual("official vs diffusers layout: " + name, tensor.to(torch::kFloat32),
                    diffusers.at(name).to(torch::kFloat32));
    }
}

TEST(ConditionParity, Bf16AgainstReferenceBf16) {
    runCases(loadModels(false, torch::kBFloat16), "bf16.", Tolerance::bf16());
    runCases(loadModels(true, torch::kBFloat16), "bf16.", Tolerance::bf16());
}

TEST(ConditionParity, CodeStrings) {
    EXPECT_EQ(parseAudioCodes("<|audio_code_5|><|audio_code_99999|>", 63999), (std::vector<std::int64_t>{5, 63999}));
    EXPECT_EQ(parseAudioCodes("<|audio_code_-1|><|audio_code_|><|audio_code_7", 63999), std::vector<std::int64_t>{});
    EXPECT_EQ(parseAudioCodes("<<|audio_code_<|audio_code_12|>x<|audio_code_0012|>", 63999),
              (std::vector<std::int64_t>{12, 12}));
    EXPECT_EQ(parseAudioCodes("<|audio_code_99999999999999999999999|>", 63999), (std::vector<std::int64_t>{63999}));
    EXPECT_FALSE(codesTensor({{}, {}}).isOk());
}

TEST(ConditionParity, BadInputsAreNamed) {
    const auto m = loadModels(false, torch::kFloat32);
    const auto& ref = data().ref;
    auto r = m.cond.forward(ref["in.text"], ref["in.text_mask"], ref["in.lyric"], ref["in.lyric_mask"],
                            ref["in.ref"], torch::tensor({0, 0, 0}, torch::kLong));
    ASSERT_FALSE(r.isOk());
    EXPECT_NE(r.status().message().find("reference order"), std::string::npos) << r.status().message();
    auto q = m.tok.quantizedFromCodes(torch::tensor({{1, 64000}}, torch::kLong));
    ASSERT_FALSE(q.isOk());
    EXPECT_NE(q.status().message().find("0 to 63999"), std::string::npos) << q.status().message();
    auto t = m.tok.tokenize(torch::zeros({1, 10, 7}), m.silence);
    ASSERT_FALSE(t.isOk());
    EXPECT_NE(t.status().message().find("latents"), std::string::npos);
}

TEST(ConditionParity, StrictLoadingNamesTensors) {
    const auto& d = data();
    auto broken = ComponentTensors::openFile(d.dir / "broken" / "model.safetensors");
    ASSERT_TRUE(broken.isOk()) << broken.status().message();
    const auto cpu = torch::Device(torch::kCPU);
    auto plain = ConditionEncoder::load(*broken, d.officialConfig, cpu, torch::kFloat32);
    ASSERT_FALSE(plain.isOk());
    EXPECT_EQ(plain.status().code(), ErrorCode::Corrupt);
    EXPECT_NE(plain.status().message().find("unexpected encoder.stray.weight"), std::string::npos)
        << plain.status().message();
    // diffusers mode does not need the timbre special_token; the official XL mode does.
    EXPECT_EQ(plain.status().message().find("special_token"), std::string::npos) << plain.status().message();
    auto cls = ConditionEncoder::load(*broken, d.officialConfig, cpu, torch::kFloat32, {.timbreCls = true});
    ASSERT_FALSE(cls.isOk());
    EXPECT_NE(cls.status().message().find("missing encoder.timbre_encoder.special_token"), std::string::npos)
        << cls.status().message();
    auto tok = AudioTokenizer::load(*broken, d.officialConfig, cpu, torch::kFloat32);
    ASSERT_FALSE(tok.isOk());
    EXPECT_NE(tok.status().message().find("missing tokenizer.attention_pooler.special_token"), std::string::npos)
        << tok.status().message();
    EXPECT_TRUE(AudioDetokenizer::load(*broken, d.officialConfig, cpu, torch::kFloat32).isOk());
    // A config of other sizes: wrong shapes are named.
    ConditionConfig other = d.officialConfig;
    other.textHidden = 16;
    auto wrong = ConditionEncoder::load(d.official, other, cpu, torch::kFloat32);
    ASSERT_FALSE(wrong.isOk());
    EXPECT_NE(wrong.status().message().find("encoder.text_projector.weight is [24, 32], expected [24, 16]"),
              std::string::npos)
        << wrong.status().message();
}

TEST(ConditionParity, SilenceLatentFromCatalogComponents) {
    const auto& d = data();
    const auto cpu = torch::Device(torch::kCPU);
    CatalogComponent pt;
    pt.kind = ComponentKind::SilenceLatent;
    pt.layout = Layout::TorchZip;
    pt.files = {d.dir / "official" / "silence_latent.pt"};
    const auto fromPt = must(loadSilenceLatent(pt, cpu, torch::kFloat32, 8), "silence_latent.pt");
    CatalogComponent baked;
    baked.kind = ComponentKind::SilenceLatent;
    baked.layout = Layout::DiffusersFolder;
    baked.files = {d.dir / "diffusers" / "condition_encoder" / "diffusion_pytorch_model.safetensors"};
    const auto fromBaked = must(loadSilenceLatent(baked, cpu, torch::kFloat32), "baked silence latent");
    ASSERT_EQ(fromPt.sizes(), (std::vector<std::int64_t>{1, 15000, 8}));
    expectEqual("silence .pt vs baked", fromPt, fromBaked);
    // The release reader insists on 64 channels and says so.
    auto wrong = loadSilenceLatent(pt, cpu, torch::kFloat32);
    ASSERT_FALSE(wrong.isOk());
    EXPECT_NE(wrong.status().message().find("64"), std::string::npos) << wrong.status().message();
    // A short silence latent gives what it has, as the pipeline's slice does.
    auto [latents, order] = must(silenceTimbreInput(fromPt.narrow(1, 0, 100), 750, 3), "short timbre input");
    EXPECT_EQ(latents.sizes(), (std::vector<std::int64_t>{3, 100, 8}));
    expectEqual("timbre order", order, torch::arange(3, torch::kLong));
}

// spec-dit §9.3: in fp16 the last lyric layer's down projection overflows on real checkpoints. The data's
// fp16_overflow copy scales that weight so its output passes 65504 (checked on the fp32 run): our fp16
// lyric encoder stays finite and close to the fp32 result.
TEST(ConditionParity, Fp16LyricOverflowGuard) {
    const auto& d = data();
    auto loud = must(ComponentTensors::openFile(d.dir / "fp16_overflow" / "model.safetensors"), "loud tensors");
    const auto cpu = torch::Device(torch::kCPU);
    auto fp32 = must(ConditionEncoder::load(loud, d.officialConfig, cpu, torch::kFloat32), "fp32");
    auto fp16 = must(ConditionEncoder::load(loud, d.officialConfig, cpu, torch::kHalf), "fp16");
    torch::manual_seed(4);
    const auto lyric = torch::randn({2, 9, d.officialConfig.textHidden});
    auto mask = torch::ones({2, 9}, torch::kLong);
    mask.index_put_({1, torch::indexing::Slice(6, torch::indexing::None)}, 0);
    const auto ref = fp32.encodeLyrics(lyric, mask);
    const auto ours = fp16.encodeLyrics(lyric.to(torch::kHalf), mask);
    EXPECT_EQ(ours.scalar_type(), torch::kHalf);
    EXPECT_TRUE(torch::isfinite(ours).all().item<bool>());
    // The guard is needed: before the final norm the fp32 stack's output is past fp16's range.
    {
        auto h = fp32.encodeLyricsPreNorm(lyric, mask);
        EXPECT_GT(h.abs().max().item<double>(), 65504.0);
    }
    expectClose("fp16 lyric encoder (guarded) vs fp32", ours.to(torch::kFloat32), ref, Tolerance::bf16());
}
