// Reading and resampling (spec-vae-text-lm §7.1): libsndfile decodes, soxr resamples to 48 kHz.
#include <sndfile.h>
#include <soxr.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <memory>
#include <fmt/format.h>
#include <system_error>

#include "songloom/audio_io.h"

namespace songloom::audio {
namespace {

std::string quoted(const std::filesystem::path& path) { return fmt::format("'{}'", path.string()); }

struct SndFileCloser {
    void operator()(SNDFILE* f) const {
        if (f) sf_close(f);
    }
};

}  // namespace

bool silentOnly(const AudioBuffer& audio) {
    return std::all_of(audio.samples.begin(), audio.samples.end(),
                       [](float x) { return std::fabs(x) < kSilenceThreshold; });
}

Result<AudioBuffer> resample(const AudioBuffer& audio, int rate) {
    if (rate <= 0 || audio.sampleRate <= 0 || audio.channels <= 0)
        return Status::error(ErrorCode::InvalidArgument,
                             fmt::format("resample: sample rates must be positive (from {} Hz to {} Hz, {} channels)",
                                         audio.sampleRate, rate, audio.channels));
    if (rate == audio.sampleRate) return audio;
    const int64_t inFrames = audio.frames();
    const int64_t outFrames = std::llround(static_cast<double>(inFrames) * rate / audio.sampleRate);
    AudioBuffer out;
    out.sampleRate = rate;
    out.channels = audio.channels;
    out.samples.assign(static_cast<size_t>(outFrames) * audio.channels, 0.0f);
    if (inFrames == 0) return out;
    const soxr_io_spec_t io = soxr_io_spec(SOXR_FLOAT32_I, SOXR_FLOAT32_I);
    const soxr_quality_spec_t quality = soxr_quality_spec(SOXR_VHQ, 0);
    size_t done = 0;
    const soxr_error_t err =
        soxr_oneshot(audio.sampleRate, rate, static_cast<unsigned>(audio.channels), audio.samples.data(),
                     static_cast<size_t>(inFrames), nullptr, out.samples.data(), static_cast<size_t>(outFrames),
                     &done, &io, &quality, nullptr);
    if (err)
        return Status::error(ErrorCode::Internal,
                             fmt::format("resample from {} Hz to {} Hz failed: {}", audio.sampleRate, rate, err));
    // soxr's one-shot output is the full-length signal; any shortfall (none expected) stays zero.
    return out;
}

Result<LoadedAudio> loadAudio(const std::filesystem::path& path, const LoadOptions& options) {
    std::error_code ec;
    const auto st = std::filesystem::status(path, ec);
    if (ec || !std::filesystem::exists(st))
        return Status::error(ErrorCode::NotFound, fmt::format("audio file {} does not exist", quoted(path)));
    if (std::filesystem::is_directory(st))
        return Status::error(ErrorCode::InvalidArgument,
                             fmt::format("audio file {} is a folder, not a file", quoted(path)));
    if (std::FILE* probe = std::fopen(path.c_str(), "rb")) {
        std::fclose(probe);
    } else {
        return Status::error(ErrorCode::Io,
                             fmt::format("audio file {} cannot be opened: {}", quoted(path), std::strerror(errno)));
    }
    if (std::filesystem::file_size(path, ec) == 0 && !ec)
        return Status::error(ErrorCode::InvalidArgument,
                             fmt::format("audio file {} is empty (0 bytes)", quoted(path)));

    SF_INFO info{};
    std::unique_ptr<SNDFILE, SndFileCloser> file(sf_open(path.c_str(), SFM_READ, &info));
    if (!file)
        return Status::error(ErrorCode::Corrupt,
                             fmt::format("audio file {} is not a readable audio file: {}", quoted(path),
                                         sf_strerror(nullptr)));
    if (info.channels <= 0 || info.samplerate <= 0)
        return Status::error(ErrorCode::Corrupt,
                             fmt::format("audio file {} declares {} channels at {} Hz", quoted(path),
                                         info.channels, info.samplerate));

    LoadedAudio result;
    result.info.sourceSampleRate = info.samplerate;
    result.info.sourceChannels = info.channels;
    SF_FORMAT_INFO fi{};
    fi.format = info.format & SF_FORMAT_TYPEMASK;
    if (sf_command(nullptr, SFC_GET_FORMAT_INFO, &fi, sizeof fi) == 0 && fi.name) result.info.sourceFormat = fi.name;

    // Decode until the decoder stops: the header's frame count is an estimate for some formats (MP3).
    std::vector<float> raw;
    std::vector<float> chunk(static_cast<size_t>(info.channels) * 16384);
    for (;;) {
        const sf_count_t got = sf_readf_float(file.get(), chunk.data(), 16384);
        if (got <= 0) break;
        raw.insert(raw.end(), chunk.begin(), chunk.begin() + got * info.channels);
    }
    if (sf_error(file.get()) != SF_ERR_NO_ERROR)
        return Status::error(ErrorCode::Corrupt, fmt::format("audio file {} could not be decoded: {}", quoted(path),
                                                             sf_strerror(file.get())));
    const int64_t frames = static_cast<int64_t>(raw.size()) / info.channels;
    result.info.sourceFrames = frames;
    if (frames == 0)
        return Status::error(ErrorCode::InvalidArgument,
                             fmt::format("audio file {} has no audio samples", quoted(path)));

    // Channels: mono → both; more than two → the first two (the reference's rule, spec §7.1).
    AudioBuffer stereo;
    stereo.sampleRate = info.samplerate;
    stereo.channels = 2;
    stereo.samples.resize(static_cast<size_t>(frames) * 2);
    for (int64_t i = 0; i < frames; ++i) {
        const float* in = raw.data() + i * info.channels;
        stereo.samples[2 * i] = in[0];
        stereo.samples[2 * i + 1] = info.channels == 1 ? in[0] : in[1];
    }
    raw.clear();
    raw.shrink_to_fit();

    auto resampled = resample(stereo, kEngineSampleRate);
    if (!resampled) return Status::error(resampled.status().code(),
                                         fmt::format("{}: {}", quoted(path), resampled.status().message()));
    result.audio = std::move(resampled).value();
    for (float& x : result.audio.samples) x = std::clamp(x, -1.0f, 1.0f);
    result.silentOnly = silentOnly(result.audio);
    if (options.refuseSilence && result.silentOnly)
        return Status::error(ErrorCode::InvalidArgument,
                             fmt::format("audio file {} is silent (every sample below {:g} in magnitude)",
                                         quoted(path), kSilenceThreshold));
    return result;
}

}  // namespace songloom::audio
