// Output post-processing: anti-clip + −1 dBFS peak normalisation (the reference's default) and EBU R128
// loudness normalisation with a true-peak ceiling.
#include <gtest/gtest.h>

#include <cmath>

#include "audio_test_signals.h"

namespace songloom::audio {
namespace {

const double kMinus1dB = std::pow(10.0, -1.0 / 20.0);

TEST(AudioLevels, PeakNormalisationToMinus1dBFS) {
    for (double amp : {0.01, 0.3, 0.95}) {
        AudioBuffer a = test::sine(440, 1.0, 48000, 2, amp);
        const double before = samplePeak(a);
        auto r = postProcess(a, {});
        ASSERT_TRUE(r);
        EXPECT_NEAR(samplePeak(a), kMinus1dB, 1e-6) << amp;
        EXPECT_NEAR(r->gain, kMinus1dB / before, 1e-6 * r->gain);
    }
}

TEST(AudioLevels, AntiClipThenPeak) {
    AudioBuffer a = test::noise(1.0, 48000, 2, 2.5);
    const double before = samplePeak(a);
    ASSERT_GT(before, 1.0);
    // Anti-clip alone: divide by the peak.
    AudioBuffer b = a;
    ASSERT_TRUE(postProcess(b, {.antiClip = true, .peakNormalize = false}));
    EXPECT_NEAR(samplePeak(b), 1.0, 1e-6);
    for (size_t i = 0; i < a.samples.size(); i += 997) EXPECT_NEAR(b.samples[i], a.samples[i] / before, 1e-6);
    // Both (default).
    ASSERT_TRUE(postProcess(a, {}));
    EXPECT_NEAR(samplePeak(a), kMinus1dB, 1e-6);
}

TEST(AudioLevels, NearSilenceIsLeftAlone) {
    AudioBuffer a = test::sine(440, 0.5, 48000, 2, 5e-7);
    const auto copy = a.samples;
    auto r = postProcess(a, {});
    ASSERT_TRUE(r);
    EXPECT_EQ(a.samples, copy);
    EXPECT_EQ(r->gain, 1.0);
}

TEST(AudioLevels, PeakSurvivesTheWavFile) {
    test::TempDir dir;
    WriteOptions o;
    o.format = OutputFormat::Wav;
    o.wavEncoding = WavEncoding::Float32;
    const auto path = dir.path() / "peak.wav";
    ASSERT_TRUE(writeAudio(path, test::noise(1.0, 48000, 2, 1.8), o));
    auto back = loadAudio(path);
    ASSERT_TRUE(back);
    EXPECT_NEAR(samplePeak(back->audio), kMinus1dB, 1e-6);
}

TEST(AudioLevels, LoudnessNormalisationHitsTheTarget) {
    // A full-band noise at a moderate level: after normalisation to −23 LUFS (true peak far below −1 dBTP)
    // the integrated loudness measures −23 ± 0.1 LU.
    for (double target : {-23.0, -16.0}) {
        AudioBuffer a = test::noise(5.0, 48000, 2, 0.05);
        PostProcess p;
        p.loudnessNormalize = true;
        p.targetLufs = target;
        p.truePeakDb = -1.0;
        auto r = postProcess(a, p);
        ASSERT_TRUE(r) << r.status().message();
        ASSERT_TRUE(r->inputLufs);
        EXPECT_FALSE(r->truePeakLimited);
        auto lufs = integratedLoudness(a);
        ASSERT_TRUE(lufs);
        EXPECT_NEAR(*lufs, target, 0.1) << "input " << *r->inputLufs;
        auto tp = truePeak(a);
        ASSERT_TRUE(tp);
        EXPECT_LE(20 * std::log10(*tp), -1.0 + 0.01);
    }
}

TEST(AudioLevels, TruePeakCeilingBinds) {
    // Uniform noise sits about 5 dB above its loudness in true peak: −3 LUFS would need peaks near
    // +2 dBTP, so the gain stops at the −1 dBTP ceiling and the loudness falls short of the target.
    AudioBuffer a = test::noise(5.0, 48000, 2, 0.1);
    PostProcess p;
    p.loudnessNormalize = true;
    p.targetLufs = -3.0;
    p.truePeakDb = -1.0;
    auto r = postProcess(a, p);
    ASSERT_TRUE(r);
    EXPECT_TRUE(r->truePeakLimited);
    auto tp = truePeak(a);
    ASSERT_TRUE(tp);
    EXPECT_NEAR(20 * std::log10(*tp), -1.0, 0.05);
    auto lufs = integratedLoudness(a);
    ASSERT_TRUE(lufs);
    EXPECT_LT(*lufs, -3.5);
}

TEST(AudioLevels, LoudnessOptionsAreChecked) {
    AudioBuffer a = test::noise(1.0, 48000, 2, 0.1);
    PostProcess p;
    p.loudnessNormalize = true;
    p.targetLufs = 3.0;
    auto r = postProcess(a, p);
    ASSERT_FALSE(r);
    EXPECT_NE(r.status().message().find("allowed -70 to 0"), std::string::npos);
    p.targetLufs = -14.0;
    p.truePeakDb = 2.0;
    r = postProcess(a, p);
    ASSERT_FALSE(r);
    EXPECT_NE(r.status().message().find("allowed -20 to 0"), std::string::npos);
}

TEST(AudioLevels, LoudnessSurvivesTheFlacFile) {
    test::TempDir dir;
    WriteOptions o;
    o.format = OutputFormat::Flac;
    o.post.loudnessNormalize = true;
    o.post.targetLufs = -18.0;
    const auto path = dir.path() / "loud.flac";
    auto w = writeAudio(path, test::noise(5.0, 48000, 2, 0.02), o);
    ASSERT_TRUE(w) << w.status().message();
    auto back = loadAudio(path);
    ASSERT_TRUE(back);
    auto lufs = integratedLoudness(back->audio);
    ASSERT_TRUE(lufs);
    EXPECT_NEAR(*lufs, -18.0, 0.1);
}

}  // namespace
}  // namespace songloom::audio
