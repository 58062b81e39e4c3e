// Writes land atomically: a failure leaves no file (final or temporary); existing files are kept unless
// overwrite is asked for.
#include <gtest/gtest.h>
#include <sys/resource.h>

#include <cmath>
#include <csignal>
#include <fstream>

#include "audio_test_signals.h"

namespace songloom::audio {
namespace {

TEST(AudioAtomicWrite, FullDiskMidWriteLeavesNothing) {
    // RLIMIT_FSIZE makes the kernel refuse writes past 64 KiB (EFBIG), as a full disk would, part way
    // through a 10 s WAV (≈ 1.9 MB).
    test::TempDir dir;
    struct rlimit old{};
    ASSERT_EQ(getrlimit(RLIMIT_FSIZE, &old), 0);
    auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit small = old;
    small.rlim_cur = 64 * 1024;
    ASSERT_EQ(setrlimit(RLIMIT_FSIZE, &small), 0);
    for (auto f : {OutputFormat::Wav, OutputFormat::Flac, OutputFormat::Mp3, OutputFormat::Ogg}) {
        SCOPED_TRACE(formatName(f));
        WriteOptions o;
        o.format = f;
        const auto path = dir.path() / (std::string("big.") + fileExtension(f));
        auto r = writeAudio(path, test::noise(10.0, 48000, 2, 0.5), o);
        EXPECT_FALSE(r);
        if (!r) {
            EXPECT_EQ(r.status().code(), ErrorCode::Io) << r.status().message();
            EXPECT_NE(r.status().message().find(path.string()), std::string::npos) << r.status().message();
        }
        EXPECT_TRUE(dir.entries().empty()) << "left " << dir.entries().size() << " file(s) behind";
    }
    setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, oldHandler);
}

TEST(AudioAtomicWrite, UnwritableFolder) {
    // /proc refuses new files even to root; a missing folder too.
    for (const std::filesystem::path& path : {std::filesystem::path("/proc/songloom-test.wav"),
                                             std::filesystem::path("/tmp/songloom-no-such-folder-xyz/a.wav")}) {
        WriteOptions o;
        o.format = OutputFormat::Wav;
        auto r = writeAudio(path, test::sine(440, 0.2, 48000, 2, 0.5), o);
        ASSERT_FALSE(r);
        EXPECT_EQ(r.status().code(), ErrorCode::Io);
        EXPECT_NE(r.status().message().find(path.string()), std::string::npos) << r.status().message();
        EXPECT_FALSE(std::filesystem::exists(path));
    }
}

TEST(AudioAtomicWrite, ExistingFileIsKeptUnlessOverwriteIsAsked) {
    test::TempDir dir;
    const auto path = dir.path() / "song.wav";
    std::ofstream(path) << "precious";
    WriteOptions o;
    o.format = OutputFormat::Wav;
    auto r = writeAudio(path, test::sine(440, 0.2, 48000, 2, 0.5), o);
    ASSERT_FALSE(r);
    EXPECT_NE(r.status().message().find("already exists"), std::string::npos);
    EXPECT_EQ(std::filesystem::file_size(path), 8u);
    EXPECT_EQ(dir.entries().size(), 1u);
    o.overwrite = true;
    auto r2 = writeAudio(path, test::sine(440, 0.2, 48000, 2, 0.5), o);
    ASSERT_TRUE(r2) << r2.status().message();
    auto back = loadAudio(path);
    ASSERT_TRUE(back) << back.status().message();
    EXPECT_EQ(back->audio.frames(), 9600);
    EXPECT_EQ(dir.entries().size(), 1u);
}

TEST(AudioAtomicWrite, SilentOutputGuard) {
    test::TempDir dir;
    WriteOptions o;
    o.format = OutputFormat::Flac;
    o.refuseSilence = true;
    auto r = writeAudio(dir.path() / "quiet.flac", test::sine(440, 0.5, 48000, 2, 0.9e-5), o);
    ASSERT_FALSE(r);
    EXPECT_NE(r.status().message().find("silent"), std::string::npos) << r.status().message();
    EXPECT_TRUE(dir.entries().empty());
    // Just above the guard: written (and peak-normalised like any other take).
    ASSERT_TRUE(writeAudio(dir.path() / "soft.flac", test::sine(440, 0.5, 48000, 2, 3e-5), o));
    // Without the guard, silence is written as silence (peak normalisation skips it).
    o.refuseSilence = false;
    ASSERT_TRUE(writeAudio(dir.path() / "silence.flac", test::silence(0.5, 48000, 2), o));
    auto back = loadAudio(dir.path() / "silence.flac");
    ASSERT_TRUE(back);
    EXPECT_TRUE(back->silentOnly);
}

TEST(AudioAtomicWrite, BadInputIsRefused) {
    test::TempDir dir;
    WriteOptions o;
    o.format = OutputFormat::Wav;
    AudioBuffer a = test::sine(440, 0.1, 48000, 2, 0.5);
    a.samples[5] = std::nanf("");
    auto r = writeAudio(dir.path() / "nan.wav", a, o);
    ASSERT_FALSE(r);
    EXPECT_NE(r.status().message().find("NaN"), std::string::npos);
    AudioBuffer six = test::sine(440, 0.1, 48000, 6, 0.5);
    r = writeAudio(dir.path() / "six.wav", six, o);
    ASSERT_FALSE(r);
    EXPECT_NE(r.status().message().find("allowed 1 or 2"), std::string::npos);
    EXPECT_TRUE(dir.entries().empty());
}

}  // namespace
}  // namespace songloom::audio
