// Reading any rate / channel count into 48 kHz stereo, and the errors for missing, empty, corrupt files.
#include <gtest/gtest.h>
#include <sndfile.h>

#include <cmath>
#include <fstream>

#include "audio_test_signals.h"

namespace songloom::audio {
namespace {

TEST(AudioRead, Mono44k1BecomesStereo48kWithTheToneKept) {
    test::TempDir dir;
    const auto path = dir.path() / "mono44.wav";
    const AudioBuffer src = test::sine(997.0, 2.0, 44100, 1, 0.5);
    test::writeRaw(path, src.samples, 44100, 1, SF_FORMAT_WAV | SF_FORMAT_FLOAT);
    auto r = loadAudio(path);
    ASSERT_TRUE(r) << r.status().message();
    EXPECT_EQ(r->info.sourceSampleRate, 44100);
    EXPECT_EQ(r->info.sourceChannels, 1);
    EXPECT_EQ(r->info.sourceFrames, 88200);
    EXPECT_EQ(r->audio.sampleRate, 48000);
    EXPECT_EQ(r->audio.channels, 2);
    EXPECT_EQ(r->audio.frames(), 96000);  // round(88200 · 48000 / 44100)
    EXPECT_NEAR(r->audio.seconds(), 2.0, 1.0 / 48000);
    for (int64_t i = 0; i < r->audio.frames(); ++i)
        ASSERT_EQ(r->audio.samples[2 * i], r->audio.samples[2 * i + 1]) << "frame " << i;
    const double hz = test::measureFrequency(r->audio, 0);
    EXPECT_NEAR(hz, 997.0, 0.05) << "measured " << hz << " Hz";
    // Amplitude kept: soxr's passband is flat to well within 0.1 dB at 1 kHz.
    double peak = 0.0;
    for (int64_t i = 4800; i < r->audio.frames() - 4800; ++i) peak = std::max(peak, std::fabs(static_cast<double>(r->audio.samples[2 * i])));
    EXPECT_NEAR(peak, 0.5, 0.005);
}

TEST(AudioRead, UpsampledAndDownsampledRates) {
    test::TempDir dir;
    for (int rate : {8000, 22050, 32000, 48000, 96000}) {
        SCOPED_TRACE(rate);
        const auto path = dir.path() / ("r" + std::to_string(rate) + ".flac");
        const AudioBuffer src = test::sine(440.0, 1.5, rate, 2, 0.4);
        test::writeRaw(path, src.samples, rate, 2, SF_FORMAT_FLAC | SF_FORMAT_PCM_24);
        auto r = loadAudio(path);
        ASSERT_TRUE(r) << r.status().message();
        EXPECT_EQ(r->audio.frames(), std::llround(src.frames() * 48000.0 / rate));
        EXPECT_NEAR(test::measureFrequency(r->audio, 1), 440.0, 0.05);
    }
}

TEST(AudioRead, SixChannelsKeepTheFrontPair) {
    // Rule (the reference's, spec §7.1): more than two channels keep channels 0 and 1 (WAVE 5.1: FL, FR).
    test::TempDir dir;
    const auto path = dir.path() / "surround.wav";
    const int64_t n = 48000;
    const double hz[6] = {300, 500, 700, 900, 1100, 1300};
    std::vector<float> s(static_cast<size_t>(n) * 6);
    for (int64_t i = 0; i < n; ++i)
        for (int c = 0; c < 6; ++c)
            s[static_cast<size_t>(i * 6 + c)] = static_cast<float>(0.3 * std::sin(2 * M_PI * hz[c] * i / 48000.0));
    test::writeRaw(path, s, 48000, 6, SF_FORMAT_WAV | SF_FORMAT_FLOAT);
    auto r = loadAudio(path);
    ASSERT_TRUE(r) << r.status().message();
    EXPECT_EQ(r->info.sourceChannels, 6);
    EXPECT_EQ(r->audio.channels, 2);
    ASSERT_EQ(r->audio.frames(), n);
    for (int64_t i = 0; i < n; ++i) {
        ASSERT_EQ(r->audio.samples[2 * i], s[static_cast<size_t>(i * 6)]);
        ASSERT_EQ(r->audio.samples[2 * i + 1], s[static_cast<size_t>(i * 6 + 1)]);
    }
    EXPECT_NEAR(test::measureFrequency(r->audio, 0), 300.0, 0.01);
    EXPECT_NEAR(test::measureFrequency(r->audio, 1), 500.0, 0.01);
}

TEST(AudioRead, SamplesAreClamped) {
    test::TempDir dir;
    const auto path = dir.path() / "hot.wav";
    test::writeRaw(path, {0.5f, 1.7f, -2.5f, 0.0f}, 48000, 2, SF_FORMAT_WAV | SF_FORMAT_FLOAT);
    auto r = loadAudio(path);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->audio.samples, (std::vector<float>{0.5f, 1.0f, -1.0f, 0.0f}));
}

void expectError(const Result<LoadedAudio>& r, ErrorCode code, const std::filesystem::path& path,
                 const std::string& words) {
    ASSERT_FALSE(r);
    EXPECT_EQ(r.status().code(), code) << r.status().message();
    EXPECT_NE(r.status().message().find(path.string()), std::string::npos) << r.status().message();
    EXPECT_NE(r.status().message().find(words), std::string::npos) << r.status().message();
}

TEST(AudioRead, Errors) {
    test::TempDir dir;
    expectError(loadAudio(dir.path() / "missing.wav"), ErrorCode::NotFound, dir.path() / "missing.wav", "does not exist");
    expectError(loadAudio(dir.path()), ErrorCode::InvalidArgument, dir.path(), "is a folder");

    const auto empty = dir.path() / "empty.wav";
    std::ofstream(empty).close();
    expectError(loadAudio(empty), ErrorCode::InvalidArgument, empty, "empty (0 bytes)");

    const auto noFrames = dir.path() / "noframes.wav";
    test::writeRaw(noFrames, {}, 48000, 2, SF_FORMAT_WAV | SF_FORMAT_PCM_16);
    expectError(loadAudio(noFrames), ErrorCode::InvalidArgument, noFrames, "no audio samples");

    const auto garbage = dir.path() / "garbage.mp3";
    {
        std::ofstream out(garbage, std::ios::binary);
        for (int i = 0; i < 4096; ++i) out.put(static_cast<char>((i * 7919) % 251 & 0x7f));
    }
    expectError(loadAudio(garbage), ErrorCode::Corrupt, garbage, "not a readable audio file");

    // A WAV header cut short.
    const auto good = dir.path() / "good.wav";
    test::writeRaw(good, test::sine(440, 0.1, 48000, 2, 0.5).samples, 48000, 2, SF_FORMAT_WAV | SF_FORMAT_PCM_16);
    const auto cut = dir.path() / "cut.wav";
    {
        std::ifstream in(good, std::ios::binary);
        std::string bytes((std::istreambuf_iterator<char>(in)), {});
        std::ofstream(cut, std::ios::binary) << bytes.substr(0, 20);
    }
    expectError(loadAudio(cut), ErrorCode::Corrupt, cut, "not a readable audio file");
}

TEST(AudioRead, SilenceIsFlaggedAndCanBeRefused) {
    test::TempDir dir;
    const auto path = dir.path() / "silence.wav";
    test::writeRaw(path, test::silence(1.0, 44100, 1).samples, 44100, 1, SF_FORMAT_WAV | SF_FORMAT_PCM_16);
    auto r = loadAudio(path);
    ASSERT_TRUE(r);
    EXPECT_TRUE(r->silentOnly);
    EXPECT_TRUE(silentOnly(r->audio));
    expectError(loadAudio(path, {.refuseSilence = true}), ErrorCode::InvalidArgument, path, "is silent");

    AudioBuffer quiet = test::silence(0.1, 48000, 2);
    quiet.samples[17] = 2e-6f;
    EXPECT_FALSE(silentOnly(quiet));
    quiet.samples[17] = 9e-7f;
    EXPECT_TRUE(silentOnly(quiet));
}

}  // namespace
}  // namespace songloom::audio
