// Output post-processing (spec-vae-text-lm §7.2, engine-spec-diffusers §2.10) and loudness (libebur128),
// and the encoder settings allowed by the public API (seed 004: outputFormat, audioSettings).
#include <ebur128.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <fmt/format.h>
#include <memory>

#include "songloom/audio_io.h"

namespace songloom::audio {
namespace {

struct EburCloser {
    void operator()(ebur128_state* s) const { ebur128_destroy(&s); }
};

Result<std::unique_ptr<ebur128_state, EburCloser>> measure(const AudioBuffer& audio, int mode) {
    if (audio.channels <= 0 || audio.sampleRate <= 0)
        return Status::error(ErrorCode::InvalidArgument, "loudness: the audio has no channels or no sample rate");
    std::unique_ptr<ebur128_state, EburCloser> st(
        ebur128_init(static_cast<unsigned>(audio.channels), static_cast<unsigned long>(audio.sampleRate), mode));
    if (!st) return Status::error(ErrorCode::OutOfMemory, "loudness: libebur128 could not start");
    if (ebur128_add_frames_float(st.get(), audio.samples.data(), static_cast<size_t>(audio.frames())) !=
        EBUR128_SUCCESS)
        return Status::error(ErrorCode::Internal, "loudness: libebur128 refused the samples");
    return st;
}

double dbToLinear(double db) { return std::pow(10.0, db / 20.0); }

void scale(AudioBuffer& audio, double gain) {
    for (float& x : audio.samples) x = static_cast<float>(x * gain);
}

// Seed 004's bitrate tables, kbps per sample rate.
struct RateRow {
    int rate;
    BitrateRange range;
};
constexpr std::array<RateRow, 9> kMp3 = {{{8000, {8, 64}},
                                          {11025, {8, 64}},
                                          {12000, {8, 64}},
                                          {16000, {8, 160}},
                                          {22050, {8, 160}},
                                          {24000, {8, 160}},
                                          {32000, {32, 320}},
                                          {44100, {32, 320}},
                                          {48000, {32, 320}}}};
constexpr std::array<RateRow, 5> kOggMono = {
    {{8000, {8, 40}}, {12000, {16, 48}}, {16000, {16, 96}}, {24000, {16, 80}}, {48000, {32, 224}}}};
constexpr std::array<RateRow, 5> kOggStereo = {
    {{8000, {16, 80}}, {12000, {16, 96}}, {16000, {24, 192}}, {24000, {32, 160}}, {48000, {48, 256}}}};

std::string joinRates(const std::vector<int>& rates) {
    std::string s;
    for (size_t i = 0; i < rates.size(); ++i) s += fmt::format("{}{}", i ? ", " : "", rates[i]);
    return s;
}

}  // namespace

double samplePeak(const AudioBuffer& audio) {
    float peak = 0.0f;
    for (float x : audio.samples) peak = std::max(peak, std::fabs(x));
    return peak;
}

Result<double> integratedLoudness(const AudioBuffer& audio) {
    auto st = measure(audio, EBUR128_MODE_I);
    if (!st) return st.status();
    double lufs = 0.0;
    if (ebur128_loudness_global(st->get(), &lufs) != EBUR128_SUCCESS)
        return Status::error(ErrorCode::Internal, "loudness: libebur128 could not compute the integrated loudness");
    return lufs;
}

Result<double> truePeak(const AudioBuffer& audio) {
    auto st = measure(audio, EBUR128_MODE_TRUE_PEAK);
    if (!st) return st.status();
    double peak = 0.0;
    for (int c = 0; c < audio.channels; ++c) {
        double p = 0.0;
        if (ebur128_true_peak(st->get(), static_cast<unsigned>(c), &p) != EBUR128_SUCCESS)
            return Status::error(ErrorCode::Internal, "loudness: libebur128 could not compute the true peak");
        peak = std::max(peak, p);
    }
    return peak;
}

Result<PostProcessReport> postProcess(AudioBuffer& audio, const PostProcess& options) {
    PostProcessReport report;
    report.inputPeak = samplePeak(audio);
    double peak = report.inputPeak;
    // Anti-clip: x / max(peak, 1).
    if (options.antiClip && peak > 1.0) {
        scale(audio, 1.0 / peak);
        report.gain /= peak;
        peak = 1.0;
    }
    if (options.loudnessNormalize) {
        if (!std::isfinite(options.targetLufs) || options.targetLufs > 0.0 || options.targetLufs < -70.0)
            return Status::error(ErrorCode::InvalidArgument,
                                 fmt::format("loudness target {} LUFS is out of range: allowed -70 to 0",
                                             options.targetLufs));
        if (!std::isfinite(options.truePeakDb) || options.truePeakDb > 0.0 || options.truePeakDb < -20.0)
            return Status::error(ErrorCode::InvalidArgument,
                                 fmt::format("true-peak ceiling {} dBTP is out of range: allowed -20 to 0",
                                             options.truePeakDb));
        auto lufs = integratedLoudness(audio);
        if (!lufs) return lufs.status();
        report.inputLufs = *lufs;
        if (!std::isfinite(*lufs)) return report;  // silence (or shorter than one 400 ms block): no gain
        double gain = dbToLinear(options.targetLufs - *lufs);
        auto tp = truePeak(audio);
        if (!tp) return tp.status();
        const double ceiling = dbToLinear(options.truePeakDb);
        if (*tp * gain > ceiling) {
            gain = ceiling / *tp;
            report.truePeakLimited = true;
        }
        scale(audio, gain);
        report.gain *= gain;
        return report;
    }
    // Peak normalisation to peakDb dBFS, skipped below 1e-6.
    if (options.peakNormalize && peak >= 1e-6) {
        if (!std::isfinite(options.peakDb) || options.peakDb > 0.0)
            return Status::error(ErrorCode::InvalidArgument,
                                 fmt::format("peak normalisation level {} dBFS is out of range: allowed up to 0",
                                             options.peakDb));
        const double gain = dbToLinear(options.peakDb) / peak;
        scale(audio, gain);
        report.gain *= gain;
    }
    return report;
}

const char* formatName(OutputFormat format) {
    switch (format) {
        case OutputFormat::Mp3: return "MP3";
        case OutputFormat::Wav: return "WAV";
        case OutputFormat::Flac: return "FLAC";
        case OutputFormat::Ogg: return "OGG";
    }
    return "?";
}

const char* fileExtension(OutputFormat format) {
    switch (format) {
        case OutputFormat::Mp3: return "mp3";
        case OutputFormat::Wav: return "wav";
        case OutputFormat::Flac: return "flac";
        case OutputFormat::Ogg: return "ogg";
    }
    return "";
}

Result<OutputFormat> parseFormat(const std::string& name) {
    std::string up;
    for (char c : name) up += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    for (auto f : {OutputFormat::Mp3, OutputFormat::Wav, OutputFormat::Flac, OutputFormat::Ogg})
        if (up == formatName(f)) return f;
    return Status::error(ErrorCode::InvalidArgument,
                         fmt::format("outputFormat '{}' is not supported: allowed MP3, WAV, FLAC, OGG", name));
}

std::vector<int> allowedSampleRates(OutputFormat format) {
    std::vector<int> rates;
    if (format == OutputFormat::Mp3)
        for (const auto& r : kMp3) rates.push_back(r.rate);
    else if (format == OutputFormat::Ogg)
        for (const auto& r : kOggMono) rates.push_back(r.rate);
    return rates;
}

std::optional<BitrateRange> bitrateRange(OutputFormat format, int sampleRate, int channels) {
    if (channels != 1 && channels != 2) return std::nullopt;
    auto find = [&](const auto& table) -> std::optional<BitrateRange> {
        for (const auto& r : table)
            if (r.rate == sampleRate) return r.range;
        return std::nullopt;
    };
    if (format == OutputFormat::Mp3) return find(kMp3);
    if (format == OutputFormat::Ogg) return channels == 1 ? find(kOggMono) : find(kOggStereo);
    return std::nullopt;
}

Result<EncoderSettings> resolveSettings(OutputFormat format, const AudioSettings& settings, WavEncoding wavEncoding) {
    EncoderSettings out;
    out.format = format;
    out.wavEncoding = wavEncoding;
    if (format == OutputFormat::Wav || format == OutputFormat::Flac) {
        if (!settings.empty())
            return Status::error(
                ErrorCode::InvalidArgument,
                fmt::format("audioSettings is not allowed with outputFormat {}: it applies to the lossy formats "
                            "MP3 and OGG only; {} is written at 48000 Hz, 2 channels",
                            formatName(format), formatName(format)));
        return out;
    }
    out.channels = settings.channels.value_or(2);
    if (out.channels != 1 && out.channels != 2)
        return Status::error(ErrorCode::InvalidArgument,
                             fmt::format("audioSettings.channels {} is not allowed: allowed 1 (mono), 2 (stereo)",
                                         out.channels));
    out.sampleRate = settings.sampleRate.value_or(kEngineSampleRate);
    const auto rates = allowedSampleRates(format);
    if (std::find(rates.begin(), rates.end(), out.sampleRate) == rates.end())
        return Status::error(ErrorCode::InvalidArgument,
                             fmt::format("audioSettings.sampleRate {} Hz is not allowed for {}: allowed {} Hz",
                                         out.sampleRate, formatName(format), joinRates(rates)));
    const BitrateRange range = *bitrateRange(format, out.sampleRate, out.channels);
    out.bitrate = settings.bitrate.value_or(range.maxKbps);
    if (*out.bitrate < range.minKbps || *out.bitrate > range.maxKbps)
        return Status::error(
            ErrorCode::InvalidArgument,
            fmt::format("audioSettings.bitrate {} kbps is not allowed for {} at {} Hz, {}: allowed {} to {} kbps",
                        *out.bitrate, formatName(format), out.sampleRate, out.channels == 1 ? "mono" : "stereo",
                        range.minKbps, range.maxKbps));
    return out;
}

}  // namespace songloom::audio
