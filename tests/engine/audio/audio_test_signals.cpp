#include "audio_test_signals.h"

#include <gtest/gtest.h>
#include <sndfile.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <numbers>
#include <random>
#include <string>

namespace songloom::audio::test {

AudioBuffer sine(double hz, double seconds, int rate, int channels, double amplitude) {
    AudioBuffer a;
    a.sampleRate = rate;
    a.channels = channels;
    const auto n = static_cast<int64_t>(std::llround(seconds * rate));
    a.samples.resize(static_cast<size_t>(n * channels));
    for (int64_t i = 0; i < n; ++i) {
        const auto v = static_cast<float>(amplitude * std::sin(2.0 * std::numbers::pi * hz * i / rate));
        for (int c = 0; c < channels; ++c) a.samples[static_cast<size_t>(i * channels + c)] = v;
    }
    return a;
}

AudioBuffer noise(double seconds, int rate, int channels, double amplitude, uint32_t seed) {
    AudioBuffer a;
    a.sampleRate = rate;
    a.channels = channels;
    std::mt19937 gen(seed);
    std::uniform_real_distribution<float> dist(static_cast<float>(-amplitude), static_cast<float>(amplitude));
    a.samples.resize(static_cast<size_t>(std::llround(seconds * rate)) * channels);
    for (float& x : a.samples) x = dist(gen);
    return a;
}

AudioBuffer silence(double seconds, int rate, int channels) {
    AudioBuffer a;
    a.sampleRate = rate;
    a.channels = channels;
    a.samples.assign(static_cast<size_t>(std::llround(seconds * rate)) * channels, 0.0f);
    return a;
}

void writeRaw(const std::filesystem::path& path, const std::vector<float>& interleaved, int rate, int channels,
              int format) {
    SF_INFO info{};
    info.samplerate = rate;
    info.channels = channels;
    info.format = format;
    SNDFILE* f = sf_open(path.c_str(), SFM_WRITE, &info);
    ASSERT_NE(f, nullptr) << sf_strerror(nullptr);
    const sf_count_t frames = static_cast<sf_count_t>(interleaved.size()) / channels;
    EXPECT_EQ(sf_writef_float(f, interleaved.data(), frames), frames);
    sf_close(f);
}

double measureFrequency(const AudioBuffer& audio, int channel) {
    const int64_t n = audio.frames();
    const int64_t begin = n / 10, end = n - n / 10;
    double first = -1.0, last = -1.0;
    int64_t crossings = 0;
    auto at = [&](int64_t i) { return static_cast<double>(audio.samples[static_cast<size_t>(i * audio.channels + channel)]); };
    for (int64_t i = begin; i + 1 < end; ++i) {
        const double a = at(i), b = at(i + 1);
        if (a < 0.0 && b >= 0.0) {  // rising crossings only: one per period
            const double t = i + (-a) / (b - a);
            if (first < 0) first = t;
            last = t;
            ++crossings;
        }
    }
    if (crossings < 2) return 0.0;
    return (crossings - 1) * audio.sampleRate / (last - first);
}

namespace {
double goertzelPower(const std::vector<double>& x, double hz, int rate) {
    const double w = 2.0 * std::numbers::pi * hz / rate;
    const double c = 2.0 * std::cos(w);
    double s1 = 0.0, s2 = 0.0;
    for (double v : x) {
        const double s0 = v + c * s1 - s2;
        s2 = s1;
        s1 = s0;
    }
    return s1 * s1 + s2 * s2 - c * s1 * s2;
}
}  // namespace

namespace {
std::vector<double> hannSegment(const AudioBuffer& audio, int channel, int64_t begin, int64_t count) {
    std::vector<double> x(static_cast<size_t>(count));
    for (int64_t k = 0; k < count; ++k) {
        const double w = 0.5 - 0.5 * std::cos(2.0 * std::numbers::pi * static_cast<double>(k) / static_cast<double>(count - 1));
        x[static_cast<size_t>(k)] = w * audio.samples[static_cast<size_t>((begin + k) * audio.channels + channel)];
    }
    return x;
}
}  // namespace

double dominantFrequency(const AudioBuffer& audio, int channel, double lo, double hi) {
    const int64_t n = audio.frames();
    const int64_t begin = n / 10, count = n - 2 * (n / 10);
    // Coarse: a short window (main lobe a few tens of Hz wide) scanned in 5 Hz steps.
    const std::vector<double> shortWin = hannSegment(audio, channel, begin, std::min<int64_t>(count, 4096));
    double best = lo, bestP = -1.0;
    for (double f = lo; f <= hi; f += 5.0)
        if (const double p = goertzelPower(shortWin, f, audio.sampleRate); p > bestP) bestP = p, best = f;
    // Fine: the whole middle window, 0.25 Hz steps within ±15 Hz of the coarse peak.
    const std::vector<double> longWin = hannSegment(audio, channel, begin, count);
    const double centre = best;
    bestP = -1.0;
    for (double f = centre - 15.0; f <= centre + 15.0; f += 0.25)
        if (const double p = goertzelPower(longWin, f, audio.sampleRate); p > bestP) bestP = p, best = f;
    return best;
}

TempDir::TempDir() {
    static std::atomic<int> counter{0};
    const char* base = std::getenv("TMPDIR");
    path_ = std::filesystem::path(base && *base ? base : "/tmp") /
            ("songloom-audio-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
}

TempDir::~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
}

std::vector<std::string> TempDir::entries() const {
    std::vector<std::string> names;
    for (const auto& e : std::filesystem::directory_iterator(path_)) names.push_back(e.path().filename().string());
    return names;
}

std::vector<uint8_t> tinyPng() {
    // 1×1 RGB PNG, byte for byte (signature, IHDR, IDAT, IEND).
    return {0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
            0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x02, 0x00, 0x00, 0x00, 0x90, 0x77, 0x53,
            0xDE, 0x00, 0x00, 0x00, 0x0C, 0x49, 0x44, 0x41, 0x54, 0x08, 0xD7, 0x63, 0xF8, 0xCF, 0xC0, 0x00,
            0x00, 0x03, 0x01, 0x01, 0x00, 0x18, 0xDD, 0x8D, 0xB0, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E,
            0x44, 0xAE, 0x42, 0x60, 0x82};
}

std::vector<uint8_t> tinyJpeg() {
    // SOI, a JFIF APP0 segment, 0x00..0xFF filler (every byte value, NULs included), EOI.
    std::vector<uint8_t> j = {0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F', 0x00, 0x01, 0x01,
                              0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00};
    for (int i = 0; i < 256; ++i) j.push_back(static_cast<uint8_t>(i));
    j.push_back(0xFF);
    j.push_back(0xD9);
    return j;
}

}  // namespace songloom::audio::test
