// The public Engine (songloom/engine.h) on the tiny fixture models, loaded through the catalog as a user's
// folder would be: progress events (monotonic, ETA), streaming of variations with seeds s, s+1, ...,
// determinism, the memory policies giving the same audio, cancel now (mid-denoise and mid-decode) and
// after the current variation, the extend / keep-source extensions at the engine level (the kept audio is
// the source bit for bit), and the errors of bad options.
#include "songloom/audio_io.h"
#include "songloom/engine.h"
#include "songloom/fixtures.h"
#include "songloom/model_catalog.h"

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <memory>
#include <random>
#include <string>
#include <utility>
#include <vector>

namespace fs = std::filesystem;
using namespace songloom;

namespace {

struct Models {
    fs::path dir;
    Catalog catalog;
    const ModelSet* set = nullptr;
    Models() = default;
    Models(Models&& o) noexcept : dir(std::exchange(o.dir, {})), catalog(std::move(o.catalog)), set(o.set) {}
    Models& operator=(Models&&) = delete;
    // The fixtures are removed when the test program ends (the shared Engine, made later, is gone by then).
    ~Models() {
        std::error_code ec;
        if (!dir.empty()) fs::remove_all(dir, ec);
    }
};

const Models& models() {
    static Models m = [] {
        Models out;
        out.dir = fs::temp_directory_path() / ("songloom_engine_test_" + std::to_string(::getpid()));
        fs::remove_all(out.dir);
        auto st = fixtures::writeFixtures({"official-2b-turbo", "official-vae", "official-text-encoder"}, out.dir,
                                          fixtures::Scale::Tiny, 1);
        if (!st) throw std::runtime_error(st.message());
        auto cat = scanModels(out.dir);
        if (!cat) throw std::runtime_error(cat.status().message());
        out.catalog = std::move(*cat);
        for (const auto& s : out.catalog.models) {
            if (s.readyToGenerate) out.set = &s;
        }
        if (!out.set) throw std::runtime_error("no ready model set in the fixtures");
        return out;
    }();
    return m;
}

std::unique_ptr<Engine> openEngine(EngineOptions options = {}) {
    options.device = ComputeDevice::Cpu;
    auto e = Engine::open(models().catalog, *models().set, options);
    if (!e) throw std::runtime_error(e.status().message());
    return std::move(*e);
}

Engine& shared() {
    static auto e = openEngine();
    return *e;
}

GenerationRequest song(double seconds, int batch = 1, std::int64_t seed = 7) {
    GenerationRequest r;
    r.caption = "warm lo-fi piano with soft drums";
    r.lyrics = "[Verse]\nSmall lights over the harbour\n[Chorus]\nStay a little longer";
    r.durationSeconds = seconds;
    r.batchSize = batch;
    r.seed = seed;
    r.steps = 3;
    return r;
}

fs::path writeWav(const audio::AudioBuffer& a, const std::string& name) {
    const auto path = models().dir / name;
    audio::WriteOptions o;
    o.format = audio::OutputFormat::Wav;
    o.wavEncoding = audio::WavEncoding::Float32;
    o.post.antiClip = false;
    o.post.peakNormalize = false;
    o.tags.reset();
    o.overwrite = true;
    auto w = audio::writeAudio(path, a, o);
    if (!w) throw std::runtime_error(w.status().message());
    return path;
}

// A generated song written as 32-bit float WAV and read back as a repaint source reads it.
struct Source {
    fs::path path;
    audio::AudioBuffer audio;
};
Source sourceSong(double seconds, std::int64_t seed, const std::string& name) {
    auto first = shared().generate(song(seconds, 1, seed));
    if (!first) throw std::runtime_error(first.status().message());
    Source out;
    out.path = writeWav(*first->takes[0].audio, name);
    auto loaded = audio::loadAudio(out.path);
    if (!loaded) throw std::runtime_error(loaded.status().message());
    out.audio = std::move(loaded->audio);
    return out;
}

GenerationRequest repaintOf(const fs::path& source, std::int64_t seed) {
    GenerationRequest r = song(0, 1, seed);
    r.durationSeconds.reset();
    r.task = TaskType::Repaint;
    r.sourceAudio = source.string();
    return r;
}

}  // namespace

TEST(Engine, ProgressIsMonotonicWithEtaAndVariationsStreamInOrder) {
    std::vector<ProgressEvent> events;
    std::vector<std::pair<std::size_t, std::size_t>> ready;  // (item, events seen when it arrived)
    std::vector<std::uint64_t> seeds;
    GenerateCallbacks cb;
    cb.onProgress = [&](const ProgressEvent& e) { events.push_back(e); };
    cb.onItemReady = [&](const GeneratedTake& t) {
        ready.emplace_back(t.item, events.size());
        seeds.push_back(t.seed);
        ASSERT_TRUE(t.audio);
        EXPECT_EQ(t.audio->sampleRate, 48000);
        EXPECT_EQ(t.audio->channels, 2);
        EXPECT_NEAR(t.audio->seconds(), 4.0, 1920.0 / 48000.0);
    };
    auto out = shared().generate(song(4.0, 2, 41), cb);
    ASSERT_TRUE(out) << out.status().message();
    ASSERT_EQ(out->takes.size(), 2u);
    EXPECT_EQ(seeds, (std::vector<std::uint64_t>{41, 42}));
    ASSERT_EQ(ready.size(), 2u);
    EXPECT_EQ(ready[0].first, 0u);
    EXPECT_EQ(ready[1].first, 1u);
    // Streaming: the first variation arrived before any event of the second.
    bool secondStartedBeforeFirstReady = false;
    for (std::size_t i = 0; i < ready[0].second; ++i) secondStartedBeforeFirstReady |= events[i].item == 1;
    EXPECT_FALSE(secondStartedBeforeFirstReady);
    ASSERT_FALSE(events.empty());
    double lastFraction = 0, lastElapsed = 0;
    bool eta = false;
    int denoiseSteps = 0;
    for (const auto& e : events) {
        EXPECT_GE(e.fraction, lastFraction);
        EXPECT_GE(e.elapsedSeconds, lastElapsed);
        EXPECT_EQ(e.items, 2);
        lastFraction = e.fraction;
        lastElapsed = e.elapsedSeconds;
        if (e.stage == ProgressStage::Denoise && e.total > 0) {
            ++denoiseSteps;
            EXPECT_EQ(e.total, 3);
            EXPECT_GE(e.etaSeconds, 0.0);
            eta = true;
        }
    }
    EXPECT_TRUE(eta);
    EXPECT_EQ(denoiseSteps, 6);  // 3 steps × 2 variations
    EXPECT_EQ(events.back().stage, ProgressStage::Done);
    EXPECT_DOUBLE_EQ(events.back().fraction, 1.0);
}

TEST(Engine, SameRequestTwiceIsBitIdenticalAndMemoryPoliciesAgree) {
    auto a = shared().generate(song(3.0, 1, 99));
    auto b = shared().generate(song(3.0, 1, 99));
    ASSERT_TRUE(a && b);
    EXPECT_EQ(a->takes[0].audio->samples, b->takes[0].audio->samples);
    EngineOptions one;
    one.memory = MemoryPolicy::OneResident;
    auto lean = openEngine(one);
    EXPECT_EQ(lean->info().memory, "one-resident");
    auto c = lean->generate(song(3.0, 1, 99));
    ASSERT_TRUE(c) << c.status().message();
    EXPECT_EQ(a->takes[0].audio->samples, c->takes[0].audio->samples);
    // Another seed gives other audio.
    auto d = shared().generate(song(3.0, 1, 100));
    ASSERT_TRUE(d);
    EXPECT_NE(a->takes[0].audio->samples, d->takes[0].audio->samples);
}

TEST(Engine, BatchTogetherGivesTheSameVariationsAsOneByOne) {
    auto apart = shared().generate(song(3.0, 2, 5));
    auto together = shared().generate(song(3.0, 2, 5), {}, true);
    ASSERT_TRUE(apart && together);
    ASSERT_EQ(together->takes.size(), 2u);
    for (std::size_t i = 0; i < 2; ++i) {
        const auto& x = apart->takes[i].audio->samples;
        const auto& y = together->takes[i].audio->samples;
        ASSERT_EQ(x.size(), y.size());
        double worst = 0;
        for (std::size_t k = 0; k < x.size(); ++k) worst = std::max(worst, std::abs(double(x[k]) - double(y[k])));
        EXPECT_LT(worst, 1e-4) << "item " << i;
    }
}

TEST(Engine, CancelNowMidDenoiseStopsWithinOneStep) {
    CancelToken token;
    int stepsAfterCancel = 0;
    bool cancelled = false;
    GenerateCallbacks cb;
    cb.cancel = &token;
    cb.onProgress = [&](const ProgressEvent& e) {
        if (e.stage != ProgressStage::Denoise || e.total == 0) return;
        if (cancelled) ++stepsAfterCancel;
        if (e.step == 2 && !cancelled) {
            token.cancelNow();
            cancelled = true;
        }
    };
    auto r = song(4.0, 2);
    r.steps = 8;
    auto out = shared().generate(r, cb);
    ASSERT_FALSE(out);
    EXPECT_EQ(out.status().code(), ErrorCode::Cancelled);
    EXPECT_LE(stepsAfterCancel, 1);
    // The engine is usable afterwards.
    EXPECT_TRUE(shared().generate(song(2.0)));
}

TEST(Engine, CancelNowMidDecodeStopsWithinOneTile) {
    EngineOptions o;
    o.vaeTileSeconds = 6.0;  // 150 frames: cores of 22 frames beside 2 × 64 of overlap
    auto engine = openEngine(o);
    CancelToken token;
    int maxTotal = 0, tilesAfterCancel = 0;
    bool cancelled = false, delivered = false;
    GenerateCallbacks cb;
    cb.cancel = &token;
    cb.onItemReady = [&](const GeneratedTake&) { delivered = true; };
    cb.onProgress = [&](const ProgressEvent& e) {
        if (e.stage != ProgressStage::Decode || e.total == 0) return;
        maxTotal = std::max(maxTotal, e.total);
        if (cancelled) ++tilesAfterCancel;
        if (e.step == 2 && !cancelled) {
            token.cancelNow();
            cancelled = true;
        }
    };
    auto r = song(12.0);
    r.steps = 1;
    auto out = engine->generate(r, cb);
    ASSERT_FALSE(out);
    EXPECT_EQ(out.status().code(), ErrorCode::Cancelled);
    EXPECT_GT(maxTotal, 3);  // it really was tiled
    EXPECT_TRUE(cancelled);
    EXPECT_EQ(tilesAfterCancel, 0);
    EXPECT_FALSE(delivered);
}

TEST(Engine, FinishTheCurrentVariationThenStop) {
    CancelToken token;
    GenerateCallbacks cb;
    cb.cancel = &token;
    cb.onProgress = [&](const ProgressEvent& e) {
        if (e.item == 0 && e.stage == ProgressStage::Denoise && e.step == 1) token.finishCurrentItem();
    };
    std::vector<std::size_t> ready;
    cb.onItemReady = [&](const GeneratedTake& t) { ready.push_back(t.item); };
    auto out = shared().generate(song(2.0, 3), cb);
    ASSERT_TRUE(out) << out.status().message();
    EXPECT_TRUE(out->stoppedEarly);
    ASSERT_EQ(out->takes.size(), 1u);
    EXPECT_EQ(ready, std::vector<std::size_t>{0});
    EXPECT_EQ(out->takes[0].seed, 7u);
}

TEST(Engine, ExtendAfterKeepsTheSongBitForBitAndUsesOnlyTheContext) {
    const auto src = sourceSong(6.0, 3, "extend_src.wav");
    const auto& s = src.audio.samples;
    GenerationRequest r = repaintOf(src.path, 11);
    r.repaintStart = RegionEdge{0.0, RegionAnchor::End};   // the song's end
    r.repaintEnd = RegionEdge{-2.0, RegionAnchor::End};    // 2 s past it
    r.keepSourceAudio = true;
    r.extendContextSeconds = 3.0;
    auto out = shared().generate(r);
    ASSERT_TRUE(out) << out.status().message();
    const auto& take = out->takes[0];
    const auto& o = take.audio->samples;
    // 6 s of song + 2 s, the new part rounded up to whole latent frames.
    EXPECT_NEAR(take.audio->seconds(), 8.0, 1920.0 / 48000.0);
    EXPECT_GE(take.appendedSeconds, 2.0);
    EXPECT_NEAR(take.generated.end, take.audio->seconds(), 1e-9);
    // Everything before the generated part is the song, bit for bit (the 3 s head outside the context too).
    const auto keep = static_cast<std::size_t>(std::llround(take.generated.start * 48000.0)) * 2;
    ASSERT_GT(keep, static_cast<std::size_t>(5.5 * 48000) * 2);
    for (std::size_t i = 0; i < keep; ++i) ASSERT_EQ(o[i], s[i]) << "sample " << i / 2;
    // The new part is not silence.
    double energy = 0;
    for (std::size_t i = static_cast<std::size_t>(6.2 * 48000) * 2; i < o.size(); ++i) energy += double(o[i]) * o[i];
    EXPECT_GT(energy, 0.0);
}

TEST(Engine, ExtendBeforePrependsAndKeepsTheSong) {
    const auto src = sourceSong(4.0, 4, "extend_before_src.wav");
    const auto& s = src.audio.samples;
    GenerationRequest r = repaintOf(src.path, 12);
    r.repaintStart = RegionEdge{-1.5, RegionAnchor::Start};
    r.repaintEnd = RegionEdge{0.0, RegionAnchor::Start};
    r.keepSourceAudio = true;
    auto out = shared().generate(r);
    ASSERT_TRUE(out) << out.status().message();
    const auto& take = out->takes[0];
    EXPECT_NEAR(take.prependedSeconds, 1.5, 1e-9);
    EXPECT_DOUBLE_EQ(take.generated.start, 0.0);
    const auto pad = static_cast<std::size_t>(1.5 * 48000);
    const auto genEnd = static_cast<std::size_t>(std::llround(take.generated.end * 48000.0));
    const auto& o = take.audio->samples;
    ASSERT_LE(genEnd, pad + 1920);
    // After the generated part the song continues untouched, shifted by the pad.
    EXPECT_EQ(o.size(), 2 * (pad + s.size() / 2));  // nothing of the song is cut off
    for (std::size_t f = genEnd; f < pad; ++f) ASSERT_EQ(o[2 * f], 0.0f) << "padding frame " << f;
    const std::size_t frames = std::min(o.size() / 2, pad + s.size() / 2);
    for (std::size_t f = pad; f < frames; ++f) {
        ASSERT_EQ(o[2 * f], s[2 * (f - pad)]) << "frame " << f;
        ASSERT_EQ(o[2 * f + 1], s[2 * (f - pad) + 1]) << "frame " << f;
    }
}

TEST(Engine, BadOptionsAndRequestsAreRefusedWithTheFieldNamed) {
    EngineOptions fp16;
    fp16.device = ComputeDevice::Cpu;
    fp16.precision = Precision::Float16;
    auto e = Engine::open(models().catalog, *models().set, fp16);
    ASSERT_FALSE(e);
    EXPECT_EQ(e.status().code(), ErrorCode::Unsupported);
    EXPECT_NE(e.status().message().find("fp16"), std::string::npos);
    if (!cudaAvailable()) {
        EngineOptions cuda;
        cuda.device = ComputeDevice::Cuda;
        auto c = Engine::open(models().catalog, *models().set, cuda);
        ASSERT_FALSE(c);
        EXPECT_NE(c.status().message().find("cuda"), std::string::npos);
    }
    auto r = song(4.0);
    r.steps = 0;
    auto bad = shared().generate(r);
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.status().code(), ErrorCode::InvalidArgument);
    EXPECT_NE(bad.status().message().find("steps"), std::string::npos);
    auto lego = song(4.0);
    lego.task = TaskType::Extract;
    lego.sourceAudio = "/nonexistent.wav";
    EXPECT_FALSE(shared().generate(lego));
    auto context = song(4.0);
    context.extendContextSeconds = 2.0;
    auto c2 = shared().generate(context);
    ASSERT_FALSE(c2);
    EXPECT_NE(c2.status().message().find("extend_context"), std::string::npos);
    EXPECT_NE(outOfMemoryAdvice(120, 4, MemoryPolicy::KeepLoaded).find("one module resident"), std::string::npos);
}

TEST(Engine, InfoDescribesTheLoadedSet) {
    const auto info = shared().info();
    EXPECT_EQ(info.device, "cpu");
    EXPECT_EQ(info.precision, "fp32");
    EXPECT_EQ(info.presetId, "2b-turbo");
    EXPECT_NE(std::find(info.tasks.begin(), info.tasks.end(), TaskType::Repaint), info.tasks.end());
    EXPECT_EQ(std::find(info.tasks.begin(), info.tasks.end(), TaskType::Extract), info.tasks.end());
}

TEST(Engine, AnXlSetUsesTheOfficialTimbreToken) {
    const auto dir = models().dir / "xl";
    fs::remove_all(dir);
    ASSERT_TRUE(fixtures::writeFixtures({"official-xl-turbo", "official-vae", "official-text-encoder"}, dir,
                                        fixtures::Scale::Tiny, 1));
    auto cat = scanModels(dir);
    ASSERT_TRUE(cat);
    const ModelSet* set = nullptr;
    for (const auto& s : cat->models) {
        if (s.readyToGenerate) set = &s;
    }
    ASSERT_NE(set, nullptr);
    EngineOptions o;
    o.device = ComputeDevice::Cpu;
    auto xl = Engine::open(*cat, *set, o);
    ASSERT_TRUE(xl) << xl.status().message();
    EXPECT_TRUE((*xl)->info().officialXlTimbre);
    EXPECT_FALSE(shared().info().officialXlTimbre);  // the 2B set: diffusers' timbre path
    auto out = (*xl)->generate(song(2.0, 1, 3));
    ASSERT_TRUE(out) << out.status().message();
    EXPECT_NEAR(out->takes[0].audio->seconds(), 2.0, 1920.0 / 48000.0);
}
