// Seed 004's outputFormat / audioSettings tables: every allowed combination resolves, every other one is
// refused with a message that lists the valid values.
#include <gtest/gtest.h>

#include <string>

#include "audio_test_signals.h"

namespace songloom::audio {
namespace {

struct Row {
    int rate, min, max;
};
// The tables as printed in the seed, typed out independently of the library's copy.
const std::vector<Row> kMp3 = {{8000, 8, 64},    {11025, 8, 64},   {12000, 8, 64},
                               {16000, 8, 160},  {22050, 8, 160},  {24000, 8, 160},
                               {32000, 32, 320}, {44100, 32, 320}, {48000, 32, 320}};
const std::vector<Row> kOggMono = {{8000, 8, 40}, {12000, 16, 48}, {16000, 16, 96}, {24000, 16, 80}, {48000, 32, 224}};
const std::vector<Row> kOggStereo = {
    {8000, 16, 80}, {12000, 16, 96}, {16000, 24, 192}, {24000, 32, 160}, {48000, 48, 256}};

const std::vector<Row>& table(OutputFormat f, int channels) {
    if (f == OutputFormat::Mp3) return kMp3;
    return channels == 1 ? kOggMono : kOggStereo;
}

TEST(AudioSettings, FormatNames) {
    for (auto [name, f] : {std::pair{"mp3", OutputFormat::Mp3}, {"WAV", OutputFormat::Wav},
                           {"Flac", OutputFormat::Flac}, {"OGG", OutputFormat::Ogg}}) {
        auto r = parseFormat(name);
        ASSERT_TRUE(r) << r.status().message();
        EXPECT_EQ(*r, f);
    }
    auto bad = parseFormat("aac");
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.status().code(), ErrorCode::InvalidArgument);
    EXPECT_NE(bad.status().message().find("'aac'"), std::string::npos);
    EXPECT_NE(bad.status().message().find("MP3, WAV, FLAC, OGG"), std::string::npos);
}

TEST(AudioSettings, EveryAllowedCombinationResolves) {
    int count = 0;
    for (auto f : {OutputFormat::Mp3, OutputFormat::Ogg}) {
        for (int ch : {1, 2}) {
            for (const Row& row : table(f, ch)) {
                const auto range = bitrateRange(f, row.rate, ch);
                ASSERT_TRUE(range);
                EXPECT_EQ(range->minKbps, row.min) << formatName(f) << " " << row.rate << " ch" << ch;
                EXPECT_EQ(range->maxKbps, row.max) << formatName(f) << " " << row.rate << " ch" << ch;
                for (int kbps = row.min; kbps <= row.max; ++kbps) {
                    auto r = resolveSettings(f, {kbps, ch, row.rate});
                    ASSERT_TRUE(r) << r.status().message();
                    EXPECT_EQ(r->sampleRate, row.rate);
                    EXPECT_EQ(r->channels, ch);
                    EXPECT_EQ(r->bitrate, kbps);
                    ++count;
                }
            }
        }
    }
    EXPECT_GT(count, 3000);
}

TEST(AudioSettings, Defaults) {
    auto mp3 = resolveSettings(OutputFormat::Mp3, {});
    ASSERT_TRUE(mp3);
    EXPECT_EQ(mp3->sampleRate, 48000);
    EXPECT_EQ(mp3->channels, 2);
    EXPECT_EQ(mp3->bitrate, bitrateRange(OutputFormat::Mp3, 48000, 2)->maxKbps);  // the highest allowed
    EXPECT_EQ(mp3->bitrate, 320);
    auto ogg = resolveSettings(OutputFormat::Ogg, {std::nullopt, 1, 8000});
    ASSERT_TRUE(ogg);
    EXPECT_EQ(ogg->bitrate, 40);  // the top of 8 kHz mono's 8–40
    for (auto f : {OutputFormat::Wav, OutputFormat::Flac}) {
        auto r = resolveSettings(f, {});
        ASSERT_TRUE(r);
        EXPECT_EQ(r->sampleRate, 48000);
        EXPECT_EQ(r->channels, 2);
        EXPECT_FALSE(r->bitrate);
    }
}

void expectRefused(const Result<EncoderSettings>& r, const std::vector<std::string>& mentions) {
    ASSERT_FALSE(r) << "accepted";
    EXPECT_EQ(r.status().code(), ErrorCode::InvalidArgument);
    for (const auto& m : mentions)
        EXPECT_NE(r.status().message().find(m), std::string::npos)
            << "message '" << r.status().message() << "' lacks '" << m << "'";
}

TEST(AudioSettings, BitratesOutsideTheRangeAreRefused) {
    for (auto f : {OutputFormat::Mp3, OutputFormat::Ogg})
        for (int ch : {1, 2})
            for (const Row& row : table(f, ch)) {
                const std::string allowed = "allowed " + std::to_string(row.min) + " to " + std::to_string(row.max) + " kbps";
                expectRefused(resolveSettings(f, {row.min - 1, ch, row.rate}), {"bitrate", allowed});
                expectRefused(resolveSettings(f, {row.max + 1, ch, row.rate}), {"bitrate", allowed});
                expectRefused(resolveSettings(f, {0, ch, row.rate}), {allowed});
            }
}

TEST(AudioSettings, SampleRatesOutsideTheTableAreRefused) {
    const std::string mp3Rates = "allowed 8000, 11025, 12000, 16000, 22050, 24000, 32000, 44100, 48000 Hz";
    const std::string oggRates = "allowed 8000, 12000, 16000, 24000, 48000 Hz";
    for (int rate : {0, 7999, 44000, 96000, 192000})
        expectRefused(resolveSettings(OutputFormat::Mp3, {std::nullopt, 2, rate}), {"sampleRate", mp3Rates});
    for (int rate : {11025, 22050, 32000, 44100, 96000})
        expectRefused(resolveSettings(OutputFormat::Ogg, {std::nullopt, 2, rate}), {"sampleRate", oggRates});
}

TEST(AudioSettings, ChannelCountsOtherThanOneOrTwoAreRefused) {
    for (auto f : {OutputFormat::Mp3, OutputFormat::Ogg})
        for (int ch : {0, 3, 6, -1})
            expectRefused(resolveSettings(f, {std::nullopt, ch, 48000}), {"channels", "allowed 1 (mono), 2 (stereo)"});
}

TEST(AudioSettings, LosslessFormatsRefuseAudioSettings) {
    for (auto f : {OutputFormat::Wav, OutputFormat::Flac}) {
        expectRefused(resolveSettings(f, {128, std::nullopt, std::nullopt}), {"audioSettings", "MP3 and OGG only"});
        expectRefused(resolveSettings(f, {std::nullopt, 2, std::nullopt}), {"audioSettings"});
        expectRefused(resolveSettings(f, {std::nullopt, std::nullopt, 48000}), {"48000 Hz, 2 channels"});
    }
}

TEST(AudioSettings, WriteAudioRefusesBeforeTouchingTheDisk) {
    test::TempDir dir;
    WriteOptions o;
    o.format = OutputFormat::Ogg;
    o.settings = {300, 2, 48000};
    auto r = writeAudio(dir.path() / "x.ogg", test::sine(440, 0.5, 48000, 2, 0.5), o);
    ASSERT_FALSE(r);
    EXPECT_NE(r.status().message().find("allowed 48 to 256 kbps"), std::string::npos) << r.status().message();
    EXPECT_TRUE(dir.entries().empty());
}

}  // namespace
}  // namespace songloom::audio
