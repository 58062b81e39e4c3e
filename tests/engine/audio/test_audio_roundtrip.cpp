// Round trip for every output format and every allowed audioSettings (sample rate × channels × the range's
// two ends) of seed 004: rate, channels, duration and tags read back.
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <string>
#include <tuple>

#include "audio_test_signals.h"

namespace songloom::audio {
namespace {

AudioTags fullTags(bool png) {
    AudioTags t;
    t.title = "Nachtzug — 夜行列車";
    t.artist = "Songloom Tester";
    t.album = "Round Trips";
    t.lyrics = "[verse]\nÜber die Brücke, la la\n[chorus]\n夜の電車\n";
    t.bpm = 124;
    t.key = "F# minor";
    t.language = "de";
    t.caption = "melancholic synthwave, female vocals, 124 bpm";
    t.parametersJson = R"({"caption":"melancholic synthwave","seed":42,"steps":8,"guidance":7.0,"lyrics":"a\nb"})";
    t.cover = CoverArt{png ? "image/png" : "image/jpeg", png ? test::tinyPng() : test::tinyJpeg()};
    return t;
}

struct Case {
    OutputFormat format;
    AudioSettings settings;
    WavEncoding wav = WavEncoding::Pcm16;
};

std::string describe(const Case& c) {
    std::string s = formatName(c.format);
    if (c.settings.sampleRate) s += " " + std::to_string(*c.settings.sampleRate) + " Hz";
    if (c.settings.channels) s += " ch" + std::to_string(*c.settings.channels);
    if (c.settings.bitrate) s += " " + std::to_string(*c.settings.bitrate) + " kbps";
    if (c.format == OutputFormat::Wav) s += c.wav == WavEncoding::Pcm16 ? " pcm16" : c.wav == WavEncoding::Pcm24 ? " pcm24" : " float";
    return s;
}

void roundTrip(const Case& c, const std::filesystem::path& dir, int index) {
    SCOPED_TRACE(describe(c));
    const double seconds = 1.0;
    // Stereo programme: a 440 Hz tone plus a little noise, different per channel.
    AudioBuffer in = test::sine(440.0, seconds, 48000, 2, 0.5);
    const AudioBuffer n = test::noise(seconds, 48000, 2, 0.05);
    for (size_t i = 0; i < in.samples.size(); ++i) in.samples[i] += n.samples[i];

    WriteOptions o;
    o.format = c.format;
    o.settings = c.settings;
    o.wavEncoding = c.wav;
    o.tags = fullTags(index % 2 == 0);
    const auto path = dir / ("take" + std::to_string(index) + "." + fileExtension(c.format));
    auto w = writeAudio(path, in, o);
    ASSERT_TRUE(w) << w.status().message();
    const EncoderSettings& s = w->settings;

    auto p = probeFile(path);
    ASSERT_TRUE(p) << p.status().message();
    EXPECT_EQ(p->sampleRate, s.sampleRate);
    EXPECT_EQ(p->channels, s.channels);
    const int64_t written = std::llround(seconds * s.sampleRate);
    // Decoded length: exact for PCM, FLAC, Ogg Vorbis (granule positions) and MP3 (the LAME tag frame
    // names the encoder delay and padding, at every bitrate including each tier's lowest).
    EXPECT_EQ(p->frames, written);
    EXPECT_TRUE(p->gapless);
    if (s.format == OutputFormat::Mp3) {
        EXPECT_TRUE(p->constantBitrate) << "every audio frame at " << *s.bitrate << " kbps";
    }
    if (s.bitrate) {
        EXPECT_EQ(p->bitrateKbps, *s.bitrate);
    }

    auto tags = readTags(path);
    ASSERT_TRUE(tags) << tags.status().message();
    EXPECT_EQ(*tags, *o.tags);
    EXPECT_EQ(tags->title, o.tags->title);
    EXPECT_EQ(tags->lyrics, o.tags->lyrics);
    EXPECT_EQ(tags->parametersJson, o.tags->parametersJson);
    EXPECT_EQ(tags->aiNote, kAiGeneratedNote);
    ASSERT_TRUE(tags->cover);
    EXPECT_EQ(tags->cover->data, o.tags->cover->data);

    // The file still decodes through the reader into 48 kHz stereo of the right length.
    auto back = loadAudio(path);
    ASSERT_TRUE(back) << back.status().message();
    EXPECT_EQ(back->audio.sampleRate, 48000);
    EXPECT_EQ(back->audio.channels, 2);
    EXPECT_EQ(back->audio.frames(), std::llround(static_cast<double>(p->frames) * 48000.0 / s.sampleRate));
    EXPECT_FALSE(back->silentOnly);
    // The 440 Hz tone survives every codec and setting: the strongest component between 100 Hz and
    // 3.5 kHz (below every setting's Nyquist) is still at 440 Hz to within 0.5 Hz (LAME's lowpass at 8 kbps
    // stereo, 24 kHz, sits below 1 kHz, so the tone is kept low).
    EXPECT_NEAR(test::dominantFrequency(back->audio, 0, 100.0, 3500.0), 440.0, 0.5);
    EXPECT_NEAR(test::dominantFrequency(back->audio, 1, 100.0, 3500.0), 440.0, 0.5);
    std::filesystem::remove(path);
}

TEST(AudioRoundTrip, Lossless) {
    test::TempDir dir;
    int i = 0;
    for (auto wav : {WavEncoding::Pcm16, WavEncoding::Pcm24, WavEncoding::Float32})
        roundTrip({OutputFormat::Wav, {}, wav}, dir.path(), i++);
    roundTrip({OutputFormat::Flac, {}}, dir.path(), i++);
}

TEST(AudioRoundTrip, LosslessSamplesAreKept) {
    // WAV float keeps the post-processed samples exactly; 24-bit within one LSB.
    test::TempDir dir;
    const AudioBuffer in = test::noise(0.5, 48000, 2, 0.9);
    WriteOptions o;
    o.format = OutputFormat::Wav;
    o.post.peakNormalize = false;
    for (auto [enc, tol] : {std::pair{WavEncoding::Float32, 0.0}, {WavEncoding::Pcm24, 1.0 / 8388608.0},
                            {WavEncoding::Pcm16, 1.0 / 32768.0}}) {
        o.wavEncoding = enc;
        const auto path = dir.path() / ("lossless" + std::to_string(static_cast<int>(enc)) + ".wav");
        ASSERT_TRUE(writeAudio(path, in, o));
        auto back = loadAudio(path);
        ASSERT_TRUE(back);
        ASSERT_EQ(back->audio.samples.size(), in.samples.size());
        double worst = 0.0;
        for (size_t k = 0; k < in.samples.size(); ++k)
            worst = std::max(worst, std::fabs(static_cast<double>(back->audio.samples[k]) - in.samples[k]));
        EXPECT_LE(worst, tol) << "encoding " << static_cast<int>(enc);
    }
}

void lossyAll(OutputFormat f) {
    test::TempDir dir;
    int i = 0;
    for (int ch : {1, 2})
        for (int rate : allowedSampleRates(f)) {
            const auto range = bitrateRange(f, rate, ch);
            ASSERT_TRUE(range);
            for (int kbps : {range->minKbps, range->maxKbps}) roundTrip({f, {kbps, ch, rate}}, dir.path(), i++);
        }
    // Defaults (no audioSettings) too.
    roundTrip({f, {}}, dir.path(), i++);
    EXPECT_EQ(i, static_cast<int>(allowedSampleRates(f).size()) * 4 + 1);
}

TEST(AudioRoundTrip, Mp3EveryAllowedSetting) { lossyAll(OutputFormat::Mp3); }

TEST(AudioRoundTrip, Mp3BitratesTooSmallForAnInfoFrame) {
    // Inside the ranges, more bitrates than the tiers' lowest give a CBR frame too small for the LAME tag
    // (it needs about 180–190 bytes); they are written with pinned ABR and still decode exactly, every
    // audio frame at the bitrate.
    test::TempDir dir;
    int i = 0;
    for (auto [rate, ch, kbps] : {std::tuple{8000, 2, 16}, {11025, 1, 24}, {16000, 1, 32}, {22050, 2, 48},
                                  {24000, 2, 56}, {32000, 2, 40}, {44100, 2, 56}, {48000, 1, 56}})
        roundTrip({OutputFormat::Mp3, {kbps, ch, rate}}, dir.path(), i++);
}
TEST(AudioRoundTrip, OggEveryAllowedSetting) { lossyAll(OutputFormat::Ogg); }

TEST(AudioRoundTrip, TagErrors) {
    test::TempDir dir;
    auto missing = readTags(dir.path() / "none.mp3");
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.status().code(), ErrorCode::NotFound);
    const auto text = dir.path() / "notes.mp3";
    std::ofstream(text) << "just some text, not audio";
    auto notAudio = readTags(text);
    ASSERT_FALSE(notAudio);
    EXPECT_EQ(notAudio.status().code(), ErrorCode::Unsupported);
    EXPECT_NE(notAudio.status().message().find(text.string()), std::string::npos);
    EXPECT_FALSE(writeTags(text, OutputFormat::Mp3, AudioTags{}));
    EXPECT_EQ(writeTags(text, AudioTags{}).code(), ErrorCode::Unsupported);
    EXPECT_EQ(writeTags(dir.path() / "none.mp4", AudioTags{}).code(), ErrorCode::NotFound);
}

TEST(AudioRoundTrip, EmptyTagsAndRewrite) {
    test::TempDir dir;
    for (auto f : {OutputFormat::Mp3, OutputFormat::Wav, OutputFormat::Flac, OutputFormat::Ogg}) {
        SCOPED_TRACE(formatName(f));
        WriteOptions o;
        o.format = f;
        o.tags = AudioTags{};  // only the AI note
        const auto path = dir.path() / (std::string("plain.") + fileExtension(f));
        ASSERT_TRUE(writeAudio(path, test::sine(440, 0.3, 48000, 2, 0.3), o));
        auto t = readTags(path);
        ASSERT_TRUE(t) << t.status().message();
        EXPECT_EQ(*t, AudioTags{});
        // Rewriting the tags replaces them (no duplicates, the cover can be removed again).
        AudioTags full = fullTags(true);
        ASSERT_TRUE(writeTags(path, f, full));
        full.title = "second";
        full.cover.reset();
        ASSERT_TRUE(writeTags(path, f, full));
        auto t2 = readTags(path);
        ASSERT_TRUE(t2);
        EXPECT_EQ(*t2, full);
    }
}

}  // namespace
}  // namespace songloom::audio
