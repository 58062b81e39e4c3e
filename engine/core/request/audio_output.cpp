// Output formats and their encoder settings, from seed 004's audioSettings tables: MP3 bitrate limits per
// sample rate (the same for mono and stereo), OGG limits per sample rate and channel count; WAV and FLAC
// take no settings. No audio export module exists yet, so the table lives here.
#include "request/audio_output.h"
#include "request/request_fields.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <vector>

namespace songloom::request {

namespace {

struct RateLimit {
    int rate, minKbps, maxKbps;
};

const std::vector<RateLimit> kMp3 = {{8000, 8, 64},   {11025, 8, 64},  {12000, 8, 64},
                                     {16000, 8, 160}, {22050, 8, 160}, {24000, 8, 160},
                                     {32000, 32, 320}, {44100, 32, 320}, {48000, 32, 320}};
const std::vector<RateLimit> kOggMono = {
    {8000, 8, 40}, {12000, 16, 48}, {16000, 16, 96}, {24000, 16, 80}, {48000, 32, 224}};
const std::vector<RateLimit> kOggStereo = {
    {8000, 16, 80}, {12000, 16, 96}, {16000, 24, 192}, {24000, 32, 160}, {48000, 48, 256}};

constexpr int kDefaultChannels = 2;
constexpr int kDefaultRate = 48000;  // the VAE's own rate: no resampling

const std::vector<RateLimit>& table(AudioFormat format, int channels) {
    if (format == AudioFormat::Mp3) return kMp3;
    return channels == 1 ? kOggMono : kOggStereo;
}

const RateLimit* find(const std::vector<RateLimit>& t, int rate) {
    for (const RateLimit& l : t)
        if (l.rate == rate) return &l;
    return nullptr;
}

}  // namespace

Status checkAudioSettings(AudioFormat format, const std::optional<AudioSettings>& settings) {
    if (!settings) return Status::ok();
    if (format == AudioFormat::Wav || format == AudioFormat::Flac) {
        return invalid(fmt::format("audio_settings is given for audio_format {}: allowed only with mp3 or ogg (wav and "
                                   "flac have no encoder settings)",
                                   audioFormatName(format)));
    }
    const int channels = settings->channels.value_or(kDefaultChannels);
    if (channels != 1 && channels != 2)
        return invalid(fmt::format("audio_settings.channels {} is not allowed: allowed 1 (mono) or 2 (stereo)", channels));
    const std::vector<RateLimit>& t = table(format, channels);
    const int rate = settings->sampleRateHz.value_or(kDefaultRate);
    const RateLimit* limit = find(t, rate);
    if (limit == nullptr) {
        std::vector<int> rates;
        for (const RateLimit& l : t) rates.push_back(l.rate);
        return invalid(fmt::format("audio_settings.sample_rate {} Hz is not allowed for {}: allowed {} Hz",
                                   rate, audioFormatName(format), fmt::join(rates, ", ")));
    }
    if (settings->bitrateKbps && (*settings->bitrateKbps < limit->minKbps || *settings->bitrateKbps > limit->maxKbps)) {
        return invalid(fmt::format("audio_settings.bitrate {} kbps is out of range for {} at {} Hz{}: allowed {}-{} kbps",
                                   *settings->bitrateKbps, audioFormatName(format), rate,
                                   format == AudioFormat::Ogg ? (channels == 1 ? " mono" : " stereo") : "",
                                   limit->minKbps, limit->maxKbps));
    }
    return Status::ok();
}

AudioSettings defaultAudioSettings(AudioFormat format, const std::optional<AudioSettings>& given) {
    if (format == AudioFormat::Wav || format == AudioFormat::Flac) return {};
    AudioSettings out = given.value_or(AudioSettings{});
    if (!out.channels) out.channels = kDefaultChannels;
    if (!out.sampleRateHz) out.sampleRateHz = kDefaultRate;
    if (!out.bitrateKbps) {
        const RateLimit* limit = find(table(format, *out.channels), *out.sampleRateHz);
        out.bitrateKbps = limit != nullptr ? limit->maxKbps : 0;
    }
    return out;
}

}  // namespace songloom::request
