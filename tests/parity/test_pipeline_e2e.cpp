// The whole generation pipeline against diffusers' AceStepPipeline.__call__ with nothing replaced (data:
// gen/pipeline_e2e.py): the same tiny complete model files (official DiT folders, the VAE and text encoder
// as saved by save_pretrained, the real tokenizer), the same request, seeded generators (the reference's
// VAE posterior draws come from its global RNG, seeded before the call; ours from a generator seeded the
// same). Compared: the final latents and the post-processed audio, fp32 at the harness tolerance. Also:
// the same request twice gives bit-identical results, a cancel set from the progress hook stops the run,
// and the stages and steps are reported in order.
#include "parity.h"

#include "dit/condition_encoder.h"
#include "pipeline/pipeline.h"
#include "songloom/component_tensors.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

#include <atomic>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace {

using songloom::ComponentTensors;
using songloom::ErrorCode;
using songloom::Result;
using songloom::TaskType;
using songloom::Tokenizer;
using songloom::parity::dataDir;
using songloom::parity::expectClose;
using songloom::parity::Reference;
using songloom::parity::Tolerance;
using songloom::pipeline::Pipeline;
using songloom::pipeline::PipelineHooks;
using songloom::pipeline::PipelineRequest;
using songloom::pipeline::Stage;
namespace sampling = songloom::sampling;

const char* kCaption = "dreamy synth pop with airy vocals";
const char* kLyrics = "[Verse]\nNeon rivers in the rain\n[Chorus]\nHold the light";

template <class T>
T must(Result<T> r, const std::string& what) {
    if (!r.isOk()) throw std::runtime_error(what + ": " + r.status().message());
    return std::move(r).value();
}

std::filesystem::path dir() { return dataDir("pipeline_e2e"); }

// The pipeline of one DiT variant ("turbo" / "base"), loaded from the explicit files, kept for the process.
const Pipeline& pipelineFor(const std::string& variant) {
    static std::map<std::string, std::unique_ptr<Pipeline>> cache;
    auto& slot = cache[variant];
    if (!slot) {
        const auto folder = dir() / variant;
        const auto dit = must(ComponentTensors::openFile(folder / "model.safetensors"), "DiT tensors");
        const auto te = must(ComponentTensors::openFile(dir() / "text_encoder" / "model.safetensors"), "text encoder");
        const auto vae = must(ComponentTensors::openFile(dir() / "vae" / "diffusion_pytorch_model.safetensors"), "VAE");
        const auto tok = must(Tokenizer::fromTokenizerJson(dir() / "text_encoder" / "tokenizer.json"), "tokenizer");
        songloom::pipeline::PipelineParts parts;
        parts.dit = &dit;
        parts.ditConfig = must(songloom::dit::DitConfig::fromOfficialFile(folder / "config.json"), "DiT config");
        parts.conditionConfig = must(songloom::dit::conditionConfigFromFolder(folder), "condition config");
        parts.textEncoder = &te;
        parts.textConfig = must(songloom::text::Qwen3Config::fromFile(dir() / "text_encoder" / "config.json"),
                                "text config");
        parts.vae = &vae;
        parts.vaeConfig = must(songloom::vae::VaeConfig::fromFile(dir() / "vae" / "config.json"), "VAE config");
        parts.tokenizer = &tok;
        parts.promptConfig = must(songloom::readPromptTokenizerConfig(dir() / "text_encoder", tok), "prompt config");
        parts.silence = must(songloom::dit::loadSilenceLatentFile(folder / "silence_latent.pt", torch::kCPU,
                                                                  torch::kFloat32, parts.ditConfig.latent),
                             "silence latent");
        slot = std::make_unique<Pipeline>(
            must(Pipeline::load(parts, torch::kCPU, torch::kFloat32), "pipeline " + variant));
    }
    return *slot;
}

sampling::SamplerSettings turbo8() {
    sampling::SamplerSettings s;
    s.steps = 8;
    s.shift = 3.0;
    return s;
}

sampling::SamplerSettings apg10() {
    sampling::SamplerSettings s;
    s.steps = 10;
    s.shift = 3.0;
    s.guidanceScale = 7.0;
    s.cfgIntervalStart = 0.0;
    s.cfgIntervalEnd = 1.0;
    return s;
}

PipelineRequest request(TaskType task, sampling::SamplerSettings sampler, std::vector<std::uint64_t> seeds) {
    PipelineRequest r;
    r.prompts.task = task;
    r.prompts.captions = {kCaption};
    r.prompts.lyrics = {kLyrics};
    r.prompts.languages = {"en"};
    r.sampler = sampler;
    for (auto s : seeds) r.generators.push_back(sampling::seededGenerator(s));
    return r;
}

void withSource(PipelineRequest& r, const Reference& ref, std::uint64_t globalSeed) {
    r.sourceAudio = ref["src"];
    r.vaeGenerator = sampling::seededGenerator(globalSeed);
}

void compare(const std::string& name, const std::string& variant, const PipelineRequest& r) {
    SCOPED_TRACE(name);
    const auto ref = Reference::load(dir() / ("case_" + name + ".safetensors"));
    std::map<std::string, torch::Tensor> seen;
    PipelineHooks hooks;
    hooks.inspect = [&](const std::string& what, const torch::Tensor& t) { seen.emplace(what, t.clone()); };
    const auto out = must(pipelineFor(variant).run(r, hooks), name);
    for (const char* what : {"text", "lyric", "encoder", "context", "noise"}) {
        ASSERT_TRUE(seen.count(what)) << what;
        ASSERT_EQ(seen[what].sizes(), ref[std::string("seen_") + what].sizes()) << what;
        expectClose(name + " " + what, seen[what], ref[std::string("seen_") + what], Tolerance::fp32());
    }
    ASSERT_EQ(out.latents.sizes(), ref["final"].sizes()) << "latents";
    ASSERT_EQ(out.audio.sizes(), ref["audio"].sizes()) << "audio";
    expectClose(name + " final latents", out.latents, ref["final"], Tolerance::fp32());
    expectClose(name + " audio", out.audio, ref["audio"], Tolerance::fp32());
}

Reference source(const std::string& name) { return Reference::load(dir() / ("case_" + name + ".safetensors")); }

}  // namespace

TEST(PipelineE2E, Text2MusicTurbo8) {
    auto r = request(TaskType::Text2Music, turbo8(), {1234});
    r.durationSeconds = 1.0;
    compare("t2m_turbo", "turbo", r);
    // output_type="latent": the same latents, no decode.
    r.generators = {sampling::seededGenerator(1234)};
    r.latentOutput = true;
    const auto out = must(pipelineFor("turbo").run(r), "latent output");
    EXPECT_FALSE(out.audio.defined());
    expectClose("t2m_turbo latent output", out.latents, source("t2m_turbo")["final"], Tolerance::fp32());
}

TEST(PipelineE2E, Text2MusicBaseApg7) {
    auto r = request(TaskType::Text2Music, apg10(), {42});
    r.durationSeconds = 2.0;
    r.prompts.metas.bpm = 120;
    r.prompts.metas.keyScale = "C major";
    r.prompts.metas.timeSignature = "4";
    compare("t2m_base", "base", r);
}

TEST(PipelineE2E, RepaintInsideTheSong) {
    auto r = request(TaskType::Repaint, turbo8(), {5});
    withSource(r, source("repaint"), 21);
    r.repaintStart = 0.4;
    r.repaintEnd = 1.2;
    compare("repaint", "turbo", r);
}

TEST(PipelineE2E, CoverStrengthHalfBlends) {
    auto r = request(TaskType::Cover, turbo8(), {6});
    withSource(r, source("cover"), 11);
    r.sampler.coverStrength = 0.5;
    compare("cover", "turbo", r);
}

TEST(PipelineE2E, LegoWithTrack) {
    auto r = request(TaskType::Lego, turbo8(), {7});
    withSource(r, source("lego"), 12);
    r.prompts.trackName = "guitar";
    r.repaintStart = 0.2;
    r.repaintEnd = 1.0;
    compare("lego", "turbo", r);
}

TEST(PipelineE2E, ExtractWithTrack) {
    auto r = request(TaskType::Extract, turbo8(), {8});
    withSource(r, source("extract"), 13);
    r.prompts.trackName = "vocals";
    compare("extract", "turbo", r);
}

TEST(PipelineE2E, CompleteWithClassesBaseApg) {
    auto r = request(TaskType::Complete, apg10(), {9});
    withSource(r, source("complete"), 14);
    r.prompts.completeTrackClasses = {"drums", "bass"};
    compare("complete", "base", r);
}

TEST(PipelineE2E, BatchOfTwoUnequalPromptsPerItemGenerators) {
    auto r = request(TaskType::Text2Music, turbo8(), {70, 80});
    r.durationSeconds = 2.0;
    r.prompts.captions = {"lofi beat", std::string(kCaption) + ", with a long shimmering outro and warm tape saturation"};
    r.prompts.lyrics = {"", kLyrics};
    r.prompts.languages = {"en", "fr"};
    compare("batch2", "turbo", r);
}

TEST(PipelineRun, SameRequestTwiceIsBitIdentical) {
    auto make = [] {
        auto r = request(TaskType::Repaint, apg10(), {3});
        withSource(r, source("repaint"), 4);
        r.repaintStart = 0.2;
        return r;
    };
    const auto a = must(pipelineFor("base").run(make()), "first run");
    const auto b = must(pipelineFor("base").run(make()), "second run");
    EXPECT_TRUE(torch::equal(a.latents, b.latents));
    EXPECT_TRUE(torch::equal(a.audio, b.audio));
}

TEST(PipelineRun, CancelFromTheProgressHookStopsTheRun) {
    auto r = request(TaskType::Text2Music, turbo8(), {1});
    r.durationSeconds = 1.0;
    std::atomic<bool> cancel{false};
    int lastStep = -1;
    bool decoded = false;
    PipelineHooks hooks;
    hooks.cancel = &cancel;
    hooks.step = [&](int step, int) {
        lastStep = step;
        if (step == 2) cancel = true;
    };
    hooks.stage = [&](Stage s) { decoded = decoded || s == Stage::Decode; };
    const auto out = pipelineFor("turbo").run(r, hooks);
    ASSERT_FALSE(out.isOk());
    EXPECT_EQ(out.status().code(), ErrorCode::Cancelled) << out.status().message();
    EXPECT_EQ(lastStep, 2);
    EXPECT_FALSE(decoded);
}

TEST(PipelineRun, ProgressReportsStagesInOrderAndMonotonicSteps) {
    auto r = request(TaskType::Cover, turbo8(), {2});
    withSource(r, source("cover"), 5);
    r.sampler.coverStrength = 0.5;
    std::vector<Stage> stages;
    std::vector<std::pair<int, int>> steps;
    PipelineHooks hooks;
    hooks.stage = [&](Stage s) { stages.push_back(s); };
    hooks.step = [&](int step, int total) { steps.emplace_back(step, total); };
    must(pipelineFor("turbo").run(r, hooks), "run");
    const std::vector<Stage> expected{Stage::Prompts, Stage::TextEncoder, Stage::SourceLatents, Stage::Conditions,
                                      Stage::Noise,   Stage::Denoise,     Stage::Decode,        Stage::Done};
    ASSERT_EQ(stages.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(stages[i], expected[i]) << songloom::pipeline::stageName(stages[i]) << " at " << i;
    }
    ASSERT_EQ(steps.size(), 8u);
    for (std::size_t i = 0; i < steps.size(); ++i) {
        EXPECT_EQ(steps[i].first, static_cast<int>(i));
        EXPECT_EQ(steps[i].second, 8);
    }
}

TEST(PipelineRun, BadSourceAudioIsNamed) {
    auto r = request(TaskType::Repaint, turbo8(), {1});
    r.sourceAudio = torch::zeros({3, 100});
    const auto out = pipelineFor("turbo").run(r);
    ASSERT_FALSE(out.isOk());
    EXPECT_EQ(out.status().code(), ErrorCode::InvalidArgument);
    EXPECT_NE(out.status().message().find("source audio is [3, 100]"), std::string::npos) << out.status().message();
}

TEST(PipelineE2E, AudioCodesSwitchText2MusicToCover) {
    auto r = request(TaskType::Text2Music, turbo8(), {10});
    std::string codes;
    for (int c : {3, 17, 99999, 250, 0, 41, 64000}) codes += "<|audio_code_" + std::to_string(c) + "|>";
    r.audioCodes = {codes};
    compare("codes", "turbo", r);
    r.generators = {sampling::seededGenerator(10)};
    r.latentOutput = true;
    auto out = must(pipelineFor("turbo").run(r), "codes run");
    EXPECT_EQ(out.task, TaskType::Cover);
    EXPECT_EQ(out.frames, 35);
    EXPECT_DOUBLE_EQ(out.durationSeconds, 60.0);  // diffusers' default: the metas say 60 seconds
    // No duration: the codes' length, 35 frames at 25 per second; T is still 35.
    r.durationSeconds = 0;
    out = must(pipelineFor("turbo").run(r), "codes run without a duration");
    EXPECT_DOUBLE_EQ(out.durationSeconds, 35 / 25.0);
    EXPECT_EQ(out.frames, 35);
}

TEST(PipelineE2E, TimbreReferenceCrop) {
    auto r = request(TaskType::Text2Music, turbo8(), {4});
    r.durationSeconds = 1.0;
    r.referenceAudio = source("reference")["reference"];
    r.vaeGenerator = sampling::seededGenerator(15);
    compare("reference", "turbo", r);
}

// Through the model catalog: the tiny folder scanned as a user's models folder. The catalog pairs each
// DiT with its own 8-channel silence latent (the DiT's latent width), the text encoder and its tokenizer;
// it does not take the tiny VAE (not the ACE-Step 1.5 kernels), so the load stops there, naming it.
TEST(PipelineE2E, LoadThroughTheCatalogNamesWhatIsMissing) {
    const auto catalog = must(songloom::scanModels(dir()), "scan");
    const songloom::ModelSet* turbo = nullptr;
    for (const auto& set : catalog.models) {
        if (catalog.components[set.dit].files.front().parent_path().filename() == "turbo") turbo = &set;
    }
    ASSERT_NE(turbo, nullptr) << songloom::describeCatalog(catalog);
    ASSERT_TRUE(turbo->silenceLatent && turbo->textEncoder && turbo->tokenizer) << songloom::describeCatalog(catalog);
    EXPECT_EQ(catalog.components[*turbo->silenceLatent].files.front().parent_path().filename(), "turbo");
    EXPECT_EQ(catalog.components[*turbo->silenceLatent].dims.at("channels"), 8);
    EXPECT_FALSE(turbo->vae.has_value());
    const auto pipe = Pipeline::load(catalog, *turbo, torch::kCPU, torch::kFloat32);
    ASSERT_FALSE(pipe.isOk());
    EXPECT_EQ(pipe.status().code(), ErrorCode::NotFound);
    EXPECT_NE(pipe.status().message().find("no VAE"), std::string::npos) << pipe.status().message();
}

// ---- The extensions of reference-policy rule 3: each against the spec's formula, and off (or inert) the
// run is diffusers' own.

namespace {

// spec-dit §7.9's cross-fade written out sample by sample: weights k/(n+1) of the new audio, k = 1..n.
torch::Tensor spliceByHand(const torch::Tensor& gen, const torch::Tensor& src, std::int64_t a, std::int64_t b,
                           std::int64_t fade) {
    auto out = src.expand_as(gen).clone();
    const auto S = gen.size(2);
    const std::int64_t n = std::min(fade, (b - a) / 2);
    auto g = gen.accessor<float, 3>();
    auto s = src.expand_as(gen).contiguous();
    auto sa = s.accessor<float, 3>();
    auto o = out.accessor<float, 3>();
    for (std::int64_t i = 0; i < gen.size(0); ++i)
        for (std::int64_t c = 0; c < gen.size(1); ++c)
            for (std::int64_t k = a; k < b; ++k) {
                float w = 1.0f;
                if (a > 0 && k - a < n) w = static_cast<float>(static_cast<double>(k - a + 1) / static_cast<double>(n + 1));
                if (b < S && b - 1 - k < n) w = static_cast<float>(static_cast<double>(b - k) / static_cast<double>(n + 1));
                o[i][c][k] = w * g[i][c][k] + (1.0f - w) * sa[i][c][k];
            }
    return out;
}

}  // namespace

TEST(PipelineExtensions, KeepSourceSpliceFollowsTheCrossfadeFormula) {
    torch::manual_seed(3);
    const auto gen = torch::randn({2, 2, 1000});
    const auto src = torch::randn({1, 2, 1000});
    for (auto [a, b, fade] : std::vector<std::tuple<int, int, int>>{{100, 600, 50}, {0, 300, 40}, {700, 1000, 40},
                                                                     {200, 230, 100}, {0, 1000, 10}, {10, 20, 0}}) {
        SCOPED_TRACE(std::to_string(a) + "-" + std::to_string(b) + " fade " + std::to_string(fade));
        const auto ours = songloom::pipeline::spliceKeepingSource(gen, src, a, b, fade);
        const auto hand = spliceByHand(gen, src, a, b, fade);
        EXPECT_TRUE(torch::equal(ours.index({torch::indexing::Slice(), torch::indexing::Slice(), torch::indexing::Slice(0, a)}),
                                 src.expand({2, -1, -1}).index({torch::indexing::Slice(), torch::indexing::Slice(),
                                                                torch::indexing::Slice(0, a)})));
        EXPECT_LE((ours - hand).abs().max().item<double>(), 1e-6);
    }
}

TEST(PipelineExtensions, KeepSourceRepaintIsTheSourceOutsideTheRegionBitForBit) {
    const auto& p = pipelineFor("turbo");
    auto r = request(TaskType::Repaint, turbo8(), {5});
    withSource(r, source("repaint"), 21);
    r.repaintStart = 0.4;
    r.repaintEnd = 1.2;
    r.keepSource = true;
    r.crossfadeSeconds = 0.05;
    const auto out = must(p.run(r), "keep source");
    const auto src = r.sourceAudio.dim() == 2 ? r.sourceAudio.unsqueeze(0) : r.sourceAudio;
    ASSERT_EQ(out.audio.size(2), src.size(2));  // not shortened to whole latent frames
    const auto a = out.regionStartSample, b = out.regionEndSample;
    ASSERT_GT(a, 0);
    ASSERT_LT(b, src.size(2));
    using torch::indexing::None;
    using torch::indexing::Slice;
    EXPECT_TRUE(torch::equal(out.audio.index({Slice(), Slice(), Slice(0, a)}), src.index({Slice(), Slice(), Slice(0, a)})));
    EXPECT_TRUE(torch::equal(out.audio.index({Slice(), Slice(), Slice(b, None)}),
                             src.index({Slice(), Slice(), Slice(b, None)})));
    // Inside: the decoded run spliced by the formula (the same latents decoded by the same VAE).
    auto latentOnly = r;  // fresh generators: a copied at::Generator shares the used one's state
    latentOnly.generators = {sampling::seededGenerator(5)};
    latentOnly.vaeGenerator = sampling::seededGenerator(21);
    latentOnly.latentOutput = true;
    const auto lat = must(p.run(latentOnly), "latents");
    const auto decoded = must(must(p.modules().vae(), "vae")->decodeTiled(lat.latents.transpose(1, 2)), "decode");
    const auto fade = static_cast<std::int64_t>(0.05 * static_cast<double>(p.sampleRate()));
    const auto hand = spliceByHand(decoded.to(torch::kFloat32), src.index({Slice(), Slice(), Slice(0, decoded.size(2))}),
                                   a, b, fade);
    expectClose("keep-source splice", out.audio.index({Slice(), Slice(), Slice(0, decoded.size(2))}), hand,
                Tolerance::fp32());
}

TEST(PipelineExtensions, OutpaintFollowsTheSpecGeometry) {
    const auto& p = pipelineFor("turbo");
    const auto rate = static_cast<double>(p.sampleRate());
    const auto hop = p.hopLength();
    const double lps = p.latentsPerSecond();
    const auto ref = source("repaint");
    const auto S = ref["src"].size(-1);
    const double srcSeconds = static_cast<double>(S) / rate;
    struct Case {
        const char* name;
        double start, end;
    };
    for (const Case c : {Case{"after", 0.8 * srcSeconds, srcSeconds + 0.5}, Case{"before", -0.4, 0.6},
                         Case{"both", -0.3, srcSeconds + 0.3}}) {
        SCOPED_TRACE(c.name);
        auto r = request(TaskType::Repaint, turbo8(), {8});
        withSource(r, ref, 13);
        r.repaintStart = c.start;
        r.repaintEnd = c.end;
        r.outpaint = true;
        std::map<std::string, torch::Tensor> seen;
        PipelineHooks hooks;
        hooks.inspect = [&](const std::string& what, const torch::Tensor& t) { seen.emplace(what, t.clone()); };
        const auto out = must(p.run(r, hooks), c.name);
        // left_pad = int(max(0, −start)·rate); right_pad = int(max(0, end − dur)·rate), rounded up to frames.
        const auto left = static_cast<std::int64_t>(std::max(0.0, -c.start) * rate);
        auto right = static_cast<std::int64_t>(std::max(0.0, c.end - srcSeconds) * rate);
        if (right > 0) right += (hop - (left + S + right) % hop) % hop;
        EXPECT_EQ(out.prependedSamples, left);
        EXPECT_EQ(out.appendedSamples, right);
        const auto T = (left + S + right) / hop;
        ASSERT_EQ(out.frames, T);
        const double shift = static_cast<double>(left) / rate;
        const auto t0 = std::clamp<std::int64_t>(static_cast<std::int64_t>((c.start + shift) * lps), 0, T - 1);
        const auto t1 = std::clamp<std::int64_t>(static_cast<std::int64_t>((c.end + shift) * lps), t0 + 1, T);
        EXPECT_EQ(out.regionStartSample, t0 * hop);
        EXPECT_EQ(out.regionEndSample, t1 * hop);
        const auto& ctx = seen.at("context");
        const auto A = ctx.size(2) / 2;
        using torch::indexing::None;
        using torch::indexing::Slice;
        auto mask = ctx.index({0, Slice(), Slice(A, None)});
        EXPECT_TRUE(torch::equal(mask.index({Slice(t0, t1)}), torch::ones_like(mask.index({Slice(t0, t1)}))));
        EXPECT_EQ(mask.index({Slice(0, t0)}).sum().item<double>(), 0.0);
        EXPECT_EQ(mask.index({Slice(t1, None)}).sum().item<double>(), 0.0);
        // Outside the window: the VAE encoding of the zero-padded waveform, drawn with the same generator.
        auto padded = torch::constant_pad_nd(ref["src"].dim() == 2 ? ref["src"].unsqueeze(0) : ref["src"], {left, right}, 0.0);
        auto vae = must(p.modules().vae(), "vae");
        auto posterior = must(vae->encode(padded), "encode");
        const auto expected = posterior.sample(sampling::seededGenerator(13)).transpose(1, 2);
        const auto srcPart = ctx.index({0, Slice(), Slice(0, A)});
        expectClose(std::string(c.name) + " context before the window", srcPart.index({Slice(0, t0)}),
                    expected.index({0, Slice(0, t0)}), Tolerance::fp32());
        if (t1 < T) {
            expectClose(std::string(c.name) + " context after the window", srcPart.index({Slice(t1, None)}),
                        expected.index({0, Slice(t1, None)}), Tolerance::fp32());
        }
        EXPECT_EQ(out.audio.size(2), T * hop);
    }
}

TEST(PipelineExtensions, OffOrInertTheyLeaveDiffusersResultsUnchanged) {
    // A region inside the song with outpaint on pads nothing: the diffusers case still matches.
    auto r = request(TaskType::Repaint, turbo8(), {5});
    withSource(r, source("repaint"), 21);
    r.repaintStart = 0.4;
    r.repaintEnd = 1.2;
    r.outpaint = true;
    compare("repaint", "turbo", r);
    // The cover blend (the default mode) is what diffusers does, with the switch mode available.
    auto blend = request(TaskType::Cover, turbo8(), {6});
    withSource(blend, source("cover"), 11);
    blend.sampler.coverStrength = 0.5;
    compare("cover", "turbo", blend);
    // At strength 1 neither mode acts: the switch run equals the blend run bit for bit.
    auto full = request(TaskType::Cover, turbo8(), {6});
    withSource(full, source("cover"), 11);
    auto fullSwitch = full;  // fresh generators: a copied at::Generator shares the used one's state
    fullSwitch.generators = {sampling::seededGenerator(6)};
    fullSwitch.vaeGenerator = sampling::seededGenerator(11);
    fullSwitch.coverMode = sampling::CoverMode::Switch;
    const auto x = must(pipelineFor("turbo").run(full), "blend 1");
    const auto y = must(pipelineFor("turbo").run(fullSwitch), "switch 1");
    EXPECT_TRUE(torch::equal(x.latents, y.latents));
    // At strength 0.5 the switch differs from the blend (it really is another mode).
    auto half = fullSwitch;
    half.sampler.coverStrength = 0.5;
    half.vaeGenerator = sampling::seededGenerator(11);
    half.generators = {sampling::seededGenerator(6)};
    const auto z = must(pipelineFor("turbo").run(half), "switch 0.5");
    EXPECT_FALSE(torch::equal(x.latents, z.latents));
}

TEST(PipelineExtensions, CoverSwitchUsesTheText2MusicConditionsFromStepIntNTimesS) {
    // A surrogate model that records which conditions each call saw; the loop's result is checked against
    // the Euler updates written out with the recorded choice.
    torch::manual_seed(9);
    const std::int64_t B = 1, T = 6, A = 3;
    const auto enc = torch::randn({B, 4, 8}), cover = torch::randn({B, 5, 8});
    const auto ctx = torch::randn({B, T, 2 * A}), coverCtx = torch::randn({B, T, 2 * A});
    const auto noise = torch::randn({B, T, A});
    for (double s : {0.0, 0.25, 0.5, 0.8, 1.0}) {
        for (int steps : {4, 7}) {
            SCOPED_TRACE("strength " + std::to_string(s) + ", " + std::to_string(steps) + " steps");
            std::vector<bool> usedCover;
            sampling::VelocityFn model = [&](const torch::Tensor& x, const torch::Tensor& t, const torch::Tensor&,
                                             const torch::Tensor& e, const torch::Tensor& c) {
                const bool isCover = e.size(1) == cover.size(1);
                EXPECT_TRUE(torch::equal(c, isCover ? coverCtx : ctx));
                usedCover.push_back(isCover);
                return x * 0.5 + c.index({torch::indexing::Slice(), torch::indexing::Slice(), torch::indexing::Slice(0, A)}) *
                                     t.view({-1, 1, 1});
            };
            sampling::SamplerSettings st = turbo8();
            st.steps = steps;
            st.turbo = true;
            st.coverStrength = s;
            st.coverMode = sampling::CoverMode::Switch;
            auto x = must(sampling::denoise(model, {noise, enc, {}, ctx, cover, coverCtx}, st), "switch loop");
            const int switchAt = static_cast<int>(steps * s);
            ASSERT_EQ(usedCover.size(), static_cast<std::size_t>(steps));
            for (int k = 0; k < steps; ++k) EXPECT_EQ(usedCover[static_cast<std::size_t>(k)], s < 1.0 && k >= switchAt) << k;
            // The same loop by hand.
            auto sched = must(sampling::makeSchedule(st), "schedule");
            auto y = noise.clone();
            for (int k = 0; k < steps; ++k) {
                const bool c = s < 1.0 && k >= switchAt;
                const auto v = y * 0.5 + (c ? coverCtx : ctx).index({torch::indexing::Slice(), torch::indexing::Slice(),
                                                                     torch::indexing::Slice(0, A)}) *
                                             static_cast<float>(sched.values[static_cast<std::size_t>(k)]);
                y = sampling::eulerStep(y, v, sched.sigmas, k);
            }
            EXPECT_TRUE(torch::equal(x, y));
        }
    }
}
