// Output formats and their encoder settings for a request. The seed-004 audioSettings table (bitrate limits
// per format, sample rate and channel count) is owned by the audio module (songloom/audio_io.h); this file
// only maps the request's fields onto it and words the errors with the request's field names.
#include "request/audio_output.h"
#include "request/request_fields.h"

#include "songloom/audio_io.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <vector>

namespace songloom::request {

namespace {

audio::OutputFormat toAudioFormat(AudioFormat format) {
    switch (format) {
        case AudioFormat::Mp3: return audio::OutputFormat::Mp3;
        case AudioFormat::Wav: return audio::OutputFormat::Wav;
        case AudioFormat::Flac: return audio::OutputFormat::Flac;
        case AudioFormat::Ogg: return audio::OutputFormat::Ogg;
    }
    return audio::OutputFormat::Mp3;
}

}  // namespace

Status checkAudioSettings(AudioFormat format, const std::optional<AudioSettings>& settings) {
    if (!settings) return Status::ok();
    if (format == AudioFormat::Wav || format == AudioFormat::Flac) {
        return invalid(fmt::format("audio_settings is given for audio_format {}: allowed only with mp3 or ogg (wav and "
                                   "flac have no encoder settings)",
                                   audioFormatName(format)));
    }
    const int channels = settings->channels.value_or(audio::kEngineChannels);
    if (channels != 1 && channels != 2)
        return invalid(fmt::format("audio_settings.channels {} is not allowed: allowed 1 (mono) or 2 (stereo)", channels));
    const int rate = settings->sampleRateHz.value_or(audio::kEngineSampleRate);
    const std::optional<audio::BitrateRange> limit = audio::bitrateRange(toAudioFormat(format), rate, channels);
    if (!limit) {
        return invalid(fmt::format("audio_settings.sample_rate {} Hz is not allowed for {}: allowed {} Hz", rate,
                                   audioFormatName(format),
                                   fmt::join(audio::allowedSampleRates(toAudioFormat(format)), ", ")));
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
    if (!out.channels) out.channels = audio::kEngineChannels;
    if (!out.sampleRateHz) out.sampleRateHz = audio::kEngineSampleRate;
    if (!out.bitrateKbps) {
        const auto limit = audio::bitrateRange(toAudioFormat(format), *out.sampleRateHz, *out.channels);
        out.bitrateKbps = limit ? limit->maxKbps : 0;
    }
    return out;
}

}  // namespace songloom::request
