// Test signals and helpers for the audio I/O tests.
#pragma once

#include <cstdint>
#include <filesystem>
#include <vector>

#include "songloom/audio_io.h"

namespace songloom::audio::test {

// Interleaved sine of `channels` identical channels.
AudioBuffer sine(double hz, double seconds, int rate, int channels, double amplitude);
// Uniform white noise in [−amplitude, amplitude], fixed seed.
AudioBuffer noise(double seconds, int rate, int channels, double amplitude, uint32_t seed = 1234);
AudioBuffer silence(double seconds, int rate, int channels);

// Writes raw float frames with libsndfile (any rate / channel count); `format` an SF_FORMAT_* value.
void writeRaw(const std::filesystem::path& path, const std::vector<float>& interleaved, int rate, int channels,
              int format);

// Frequency of the dominant tone of one channel, from interpolated zero crossings over the middle 80 %.
double measureFrequency(const AudioBuffer& audio, int channel);

// Frequency of the strongest component between `lo` and `hi` Hz of one channel (Goertzel scan of the
// middle 80 %: 5 Hz steps on a 4096-sample window, then 0.25 Hz steps on the whole): robust to noise
// and codec artefacts.
double dominantFrequency(const AudioBuffer& audio, int channel, double lo, double hi);

// A fresh empty folder under the test temp dir, removed at destruction.
class TempDir {
public:
    TempDir();
    ~TempDir();
    const std::filesystem::path& path() const { return path_; }
    std::vector<std::string> entries() const;

private:
    std::filesystem::path path_;
};

// Small but real image bytes (PNG signature + IHDR/IDAT/IEND chunks of a 1×1 image; JPEG SOI…EOI).
std::vector<uint8_t> tinyPng();
std::vector<uint8_t> tinyJpeg();

}  // namespace songloom::audio::test
