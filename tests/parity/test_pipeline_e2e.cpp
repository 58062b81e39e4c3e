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
