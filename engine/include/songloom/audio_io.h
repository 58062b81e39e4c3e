// Audio input/output (spec-vae-text-lm §7, engine-spec-diffusers §2.10): reading any file libsndfile reads
// into the engine's 48 kHz stereo float form, the reference's output post-processing (anti-clip, −1 dBFS
// peak normalisation) with optional EBU R128 loudness normalisation, writing WAV / FLAC / Ogg Vorbis / MP3
// with the encoder settings the public API allows (seed 004: outputFormat, audioSettings), atomic writes,
// and tags (TagLib) for every format. Torch-free.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "songloom/status.h"

namespace songloom::audio {

inline constexpr int kEngineSampleRate = 48000;
inline constexpr int kEngineChannels = 2;

// Interleaved float samples (frame-major: L R L R … for stereo).
struct AudioBuffer {
    int sampleRate = kEngineSampleRate;
    int channels = kEngineChannels;
    std::vector<float> samples;

    int64_t frames() const { return channels > 0 ? static_cast<int64_t>(samples.size()) / channels : 0; }
    double seconds() const { return sampleRate > 0 ? static_cast<double>(frames()) / sampleRate : 0.0; }
};

// --- Reading -----------------------------------------------------------------------------------------

struct LoadInfo {
    int sourceSampleRate = 0;
    int sourceChannels = 0;
    int64_t sourceFrames = 0;
    std::string sourceFormat;  // libsndfile's name of the container, e.g. "WAV (Microsoft)"
};

// The reference's silence test (spec §7.1): every |x| < 1e-6.
inline constexpr float kSilenceThreshold = 1e-6f;
bool silentOnly(const AudioBuffer& audio);

struct LoadOptions {
    // Refuse a file whose samples are all below kSilenceThreshold (InvalidArgument naming the file).
    bool refuseSilence = false;
};

struct LoadedAudio {
    AudioBuffer audio;  // always 48 kHz, 2 channels, clamped to [−1, 1]
    LoadInfo info;
    bool silentOnly = false;
};

// Reads any file libsndfile decodes (WAV, FLAC, Ogg Vorbis/Opus, MP3, AIFF, …) at any rate and channel
// count into 48 kHz stereo float, as the reference prepares src/reference audio (spec §7.1):
//  * channels: mono is duplicated to both channels; more than two channels keep the first two (the
//    reference's rule; for WAVE's 5.1 order FL FR C LFE SL SR that is the front pair);
//  * rate: resampled with soxr at very high quality (SOXR_VHQ, linear phase); the result has
//    round(frames · 48000 / rate) frames;
//  * samples are clamped to [−1, 1].
// Errors name the file: NotFound (missing), Io (unreadable), Corrupt (not decodable), InvalidArgument
// (no samples; silence when refused).
Result<LoadedAudio> loadAudio(const std::filesystem::path& path, const LoadOptions& options = {});

// Resamples interleaved audio with soxr (SOXR_VHQ). Returns a buffer at `rate` with
// round(frames · rate / audio.sampleRate) frames.
Result<AudioBuffer> resample(const AudioBuffer& audio, int rate);

// --- Output post-processing ------------------------------------------------------------------------

struct PostProcess {
    // Reference default (OFF+ and diffusers): anti-clip (x / max(peak, 1)), then peak normalisation so
    // the sample peak is `peakDb` dBFS (skipped when the peak is below 1e-6).
    bool antiClip = true;
    bool peakNormalize = true;
    double peakDb = -1.0;
    // Optional EBU R128 loudness normalisation (replaces peak normalisation when on): one gain so the
    // integrated loudness is `targetLufs`, lowered if needed so the true peak (4× oversampled, libebur128)
    // stays at or below `truePeakDb` dBTP. Plain gain, no limiter: when the ceiling binds, the result is
    // quieter than the target (reported in PostProcessReport).
    bool loudnessNormalize = false;
    double targetLufs = -14.0;
    double truePeakDb = -1.0;
};

struct PostProcessReport {
    double inputPeak = 0.0;
    double gain = 1.0;                         // total linear gain applied
    std::optional<double> inputLufs;           // measured when loudness normalisation ran
    bool truePeakLimited = false;              // the true-peak ceiling lowered the loudness gain
};

Result<PostProcessReport> postProcess(AudioBuffer& audio, const PostProcess& options);

// Measurements (libebur128 / plain).
double samplePeak(const AudioBuffer& audio);
Result<double> integratedLoudness(const AudioBuffer& audio);  // LUFS
Result<double> truePeak(const AudioBuffer& audio);            // linear, max over channels

// --- Formats and encoder settings (seed 004) -------------------------------------------------------

enum class OutputFormat { Mp3, Wav, Flac, Ogg };
enum class WavEncoding { Pcm16, Pcm24, Float32 };

const char* formatName(OutputFormat format);                 // "MP3", "WAV", "FLAC", "OGG"
Result<OutputFormat> parseFormat(const std::string& name);   // case-insensitive
const char* fileExtension(OutputFormat format);              // "mp3", "wav", "flac", "ogg"

// audioSettings: only for the lossy formats (MP3, OGG). Every field optional; defaults fill the rest.
struct AudioSettings {
    std::optional<int> bitrate;     // kbps
    std::optional<int> channels;    // 1 or 2 (default 2)
    std::optional<int> sampleRate;  // Hz (default 48000)
    bool empty() const { return !bitrate && !channels && !sampleRate; }
};

struct BitrateRange {
    int minKbps = 0;
    int maxKbps = 0;
};

// The allowed sample rates of a lossy format and the bitrate range for (format, rate, channels).
std::vector<int> allowedSampleRates(OutputFormat format);
std::optional<BitrateRange> bitrateRange(OutputFormat format, int sampleRate, int channels);

// The settings a file is written with once validation has filled the defaults.
struct EncoderSettings {
    OutputFormat format = OutputFormat::Mp3;
    int sampleRate = kEngineSampleRate;
    int channels = kEngineChannels;
    std::optional<int> bitrate;  // kbps; lossy formats only
    WavEncoding wavEncoding = WavEncoding::Pcm16;
};

// A lossy format without a bitrate is written at the highest one its rate and channels allow (the same
// rule as the request layer's defaults): a musician's export should not lose quality silently.

// Validates audioSettings for a format; the error lists the valid values. Lossless formats refuse any
// audioSettings and are written at 48 kHz stereo.
Result<EncoderSettings> resolveSettings(OutputFormat format, const AudioSettings& settings,
                                        WavEncoding wavEncoding = WavEncoding::Pcm16);

// --- Tags ------------------------------------------------------------------------------------------

struct CoverArt {
    std::string mimeType;           // "image/jpeg" or "image/png"
    std::vector<uint8_t> data;
    bool operator==(const CoverArt&) const = default;
};

inline constexpr const char* kAiGeneratedNote = "AI-generated with Songloom (ACE-Step 1.5)";

// One set of tags for every container (TagLib). Per field: the ID3v2 frame (MP3, WAV) / the Vorbis
// comment (FLAC, Ogg) / the MP4 ilst item (the cover video; "----:" items are iTunes freeform atoms under
// the mean "com.apple.iTunes").
struct AudioTags {
    std::string title, artist, album;  // TIT2, TPE1, TALB / TITLE, ARTIST, ALBUM / ©nam, ©ART, ©alb
    std::string lyrics;          // ID3 USLT / Vorbis LYRICS / MP4 ©lyr
    std::optional<int> bpm;      // ID3 TBPM / Vorbis BPM / MP4 tmpo (0 .. 65535 there)
    std::string key;             // ID3 TKEY / Vorbis INITIALKEY / MP4 ----:com.apple.iTunes:initialkey;
                                 // e.g. "C major"
    std::string language;        // ID3 TLAN / Vorbis LANGUAGE / MP4 ----:com.apple.iTunes:LANGUAGE
                                 // (ISO 639 code, e.g. "en")
    std::string caption;         // ID3 TXXX:CAPTION / Vorbis CAPTION / MP4 ----:com.apple.iTunes:CAPTION
    std::string parametersJson;  // ID3 TXXX:SONGLOOM_PARAMETERS / Vorbis SONGLOOM_PARAMETERS /
                                 // MP4 ----:com.apple.iTunes:SONGLOOM_PARAMETERS
    std::string aiNote = kAiGeneratedNote;  // ID3 COMM / Vorbis COMMENT / MP4 ©cmt
    std::optional<CoverArt> cover;          // ID3 APIC / FLAC PICTURE / Vorbis METADATA_BLOCK_PICTURE /
                                            // MP4 covr (image/jpeg, image/png, image/bmp or image/gif there)
    bool operator==(const AudioTags&) const = default;
};

// Replaces the tags of an existing file of the given format (empty fields are removed, not written).
// InvalidArgument when the file is not of that format.
Status writeTags(const std::filesystem::path& path, OutputFormat format, const AudioTags& tags);
// The same for any container readTags recognises (MP3, WAV, FLAC, Ogg Vorbis, MP4), recognised from the
// file's first bytes. In MP4 only the items above are replaced (others, such as FFmpeg's ©too, stay);
// a bpm outside 0 .. 65535 or a cover of another image type is refused (InvalidArgument) before
// anything is changed.
Status writeTags(const std::filesystem::path& path, const AudioTags& tags);
// Whether MP4 can hold the tags (the bpm and cover checks above); the error names the field.
Status checkMp4Tags(const AudioTags& tags);
// Reads the tags back; the container is recognised from the file's first bytes, not its name (MP4: the
// 'ftyp' box). A file without tags gives every field empty (aiNote included).
Result<AudioTags> readTags(const std::filesystem::path& path);

// What TagLib reports about an encoded file (for tests and the studio's history).
struct FileProperties {
    int sampleRate = 0;
    int channels = 0;
    int bitrateKbps = 0;     // MP3: the audio frames' header bitrate (the first one's where they differ,
                             // the LAME/Xing/Info tag frame not counted); Ogg: the nominal bitrate; else 0
    bool constantBitrate = true;  // MP3: every audio frame has the header bitrate bitrateKbps
    int64_t frames = 0;      // decoded frames (libsndfile)
    double seconds = 0.0;
    // Whether the decoder can return exactly the encoded samples. False for an MP3 without a LAME/Xing/
    // Info tag frame (writeAudio always writes one): such a file decodes with the encoder delay ahead of
    // the audio and padding to a whole MPEG frame after it.
    bool gapless = true;
};
Result<FileProperties> probeFile(const std::filesystem::path& path);

// --- Writing ---------------------------------------------------------------------------------------

inline constexpr double kSilentOutputLevel = 1e-5;

struct WriteOptions {
    OutputFormat format = OutputFormat::Mp3;
    AudioSettings settings;
    WavEncoding wavEncoding = WavEncoding::Pcm16;   // WAV only; FLAC is 16-bit (torchaudio's default);
                                                    // PCM conversion saturates (never wraps)
    PostProcess post;
    std::optional<AudioTags> tags = AudioTags{};
    bool overwrite = false;
    // The reference's silent-output guard (spec §7.2): refuse audio whose peak and RMS are both at most
    // kSilentOutputLevel, before any post-processing.
    bool refuseSilence = false;
};

struct WriteReport {
    EncoderSettings settings;
    PostProcessReport post;
};

// Encoders: WAV/FLAC libsndfile; MP3 LAME with every audio frame at the bitrate (LAME rounds a bitrate
// that is not an MPEG bitrate to the nearest one; the seed's range ends all are) and a LAME tag frame
// for gapless decoding (see FileProperties::gapless): CBR with an Info frame, or, where a frame at that
// bitrate is too small for the tag, ABR pinned to the bitrate with a larger Xing frame; Ogg Vorbis libvorbisenc in managed
// mode with the bitrate as the nominal (average) rate.
// Post-processes (at the input's rate), converts channels (stereo → mono is the mean of the two),
// resamples to the target rate, encodes into a temporary file in the destination's folder, tags it,
// flushes it to disk and renames it into place. A failure at any step removes the temporary file and
// leaves no file under the final name; an existing file is replaced only with `overwrite`.
Result<WriteReport> writeAudio(const std::filesystem::path& path, const AudioBuffer& audio,
                               const WriteOptions& options);

}  // namespace songloom::audio
