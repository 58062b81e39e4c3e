// Internal: the request's checks of output format and audio settings (the seed-004 table itself lives in
// the audio module, songloom/audio_io.h: allowedSampleRates / bitrateRange), and the cheap audio file check.
#pragma once

#include "songloom/generation_request.h"

namespace songloom::request {

// mp3 / ogg: channels 1 or 2, a sample rate of the format's table, a bitrate within that rate's (and for
// ogg that channel count's) limits. wav / flac: no audio settings at all.
Status checkAudioSettings(AudioFormat format, const std::optional<AudioSettings>& settings);
// The settings used when some are unset: 2 channels, 48000 Hz, the highest bitrate allowed there.
AudioSettings defaultAudioSettings(AudioFormat format, const std::optional<AudioSettings>& given);

// Exists, is a regular readable file, and starts like WAV (RIFF/RF64 WAVE), FLAC, OGG or MP3 (ID3 or a
// frame sync). Decoding happens elsewhere.
Status checkAudioFile(const char* field, const std::string& path);

}  // namespace songloom::request
