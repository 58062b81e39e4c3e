// Writing (spec-vae-text-lm §7.3 + seed 004's outputFormat/audioSettings): libsndfile for WAV and FLAC,
// LAME for MP3 (constant bitrate, with the LAME/Info frame that carries the encoder delay and padding so
// decoders return exactly the written samples), libvorbisenc + libogg for Ogg Vorbis at a nominal
// bitrate; a temporary
// file in the destination's folder that is renamed into place only once complete.
#include <fcntl.h>
#include <lame/lame.h>
#include <sndfile.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vorbis/vorbisenc.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <fmt/format.h>
#include <memory>
#include <random>

#include "songloom/audio_io.h"

namespace songloom::audio {
namespace {

std::string quoted(const std::filesystem::path& path) { return fmt::format("'{}'", path.string()); }

// Removes the temporary file unless released.
class TempFile {
public:
    explicit TempFile(std::filesystem::path p) : path_(std::move(p)) {}
    ~TempFile() {
        if (!path_.empty()) ::unlink(path_.c_str());
    }
    const std::filesystem::path& path() const { return path_; }
    void release() { path_.clear(); }

private:
    std::filesystem::path path_;
};

Status ioError(const std::string& what, const std::filesystem::path& path, int err) {
    return Status::error(ErrorCode::Io, fmt::format("{} {}: {}", what, quoted(path), std::strerror(err)));
}

// Ogg Vorbis through libvorbisenc: managed bitrate with the requested nominal rate (ABR).
Status writeVorbis(const std::filesystem::path& path, const AudioBuffer& audio, int kbps,
                   const std::filesystem::path& finalPath) {
    vorbis_info vi;
    vorbis_info_init(&vi);
    struct Guard {
        vorbis_info* vi;
        vorbis_dsp_state* vd = nullptr;
        vorbis_block* vb = nullptr;
        ogg_stream_state* os = nullptr;
        std::FILE* f = nullptr;
        ~Guard() {
            if (os) ogg_stream_clear(os);
            if (vb) vorbis_block_clear(vb);
            if (vd) vorbis_dsp_clear(vd);
            vorbis_info_clear(vi);
            if (f) std::fclose(f);
        }
    } guard{&vi};
    if (vorbis_encode_init(&vi, audio.channels, audio.sampleRate, -1, static_cast<long>(kbps) * 1000, -1) != 0)
        return Status::error(ErrorCode::Unsupported,
                             fmt::format("the Vorbis encoder refuses {} kbps at {} Hz with {} channel(s) for {}",
                                         kbps, audio.sampleRate, audio.channels, quoted(finalPath)));
    vorbis_comment vc;
    vorbis_comment_init(&vc);
    vorbis_dsp_state vd;
    vorbis_block vb;
    ogg_stream_state os;
    vorbis_analysis_init(&vd, &vi);
    guard.vd = &vd;
    vorbis_block_init(&vd, &vb);
    guard.vb = &vb;
    std::random_device rd;
    ogg_stream_init(&os, static_cast<int>(rd() & 0x7fffffff));
    guard.os = &os;

    guard.f = std::fopen(path.c_str(), "wb");
    if (!guard.f) {
        vorbis_comment_clear(&vc);
        return ioError("cannot write", finalPath, errno);
    }
    bool writeOk = true;
    ogg_page og;
    auto writePage = [&]() {
        if (std::fwrite(og.header, 1, static_cast<size_t>(og.header_len), guard.f) !=
                static_cast<size_t>(og.header_len) ||
            std::fwrite(og.body, 1, static_cast<size_t>(og.body_len), guard.f) != static_cast<size_t>(og.body_len))
            writeOk = false;
    };
    {
        ogg_packet header, comm, code;
        vorbis_analysis_headerout(&vd, &vc, &header, &comm, &code);
        ogg_stream_packetin(&os, &header);
        ogg_stream_packetin(&os, &comm);
        ogg_stream_packetin(&os, &code);
        while (ogg_stream_flush(&os, &og) != 0) writePage();
    }
    vorbis_comment_clear(&vc);

    const int64_t frames = audio.frames();
    const int64_t chunk = 4096;
    bool eos = false;
    for (int64_t pos = 0; !eos;) {
        const int64_t n = std::min(chunk, frames - pos);
        if (n > 0) {
            float** buf = vorbis_analysis_buffer(&vd, static_cast<int>(n));
            for (int64_t i = 0; i < n; ++i)
                for (int c = 0; c < audio.channels; ++c)
                    buf[c][i] = audio.samples[static_cast<size_t>((pos + i) * audio.channels + c)];
            vorbis_analysis_wrote(&vd, static_cast<int>(n));
            pos += n;
        } else {
            vorbis_analysis_wrote(&vd, 0);  // end of stream
        }
        while (vorbis_analysis_blockout(&vd, &vb) == 1) {
            vorbis_analysis(&vb, nullptr);
            vorbis_bitrate_addblock(&vb);
            ogg_packet op;
            while (vorbis_bitrate_flushpacket(&vd, &op)) {
                ogg_stream_packetin(&os, &op);
                while (ogg_stream_pageout(&os, &og) != 0) {
                    writePage();
                    if (ogg_page_eos(&og)) eos = true;
                }
            }
        }
        if (n <= 0 && !eos) {
            // Everything submitted: flush what remains.
            while (ogg_stream_flush(&os, &og) != 0) {
                writePage();
                if (ogg_page_eos(&og)) eos = true;
            }
            eos = true;
        }
    }
    if (!writeOk || std::fflush(guard.f) != 0) return ioError("cannot write", finalPath, errno ? errno : EIO);
    const int rc = std::fclose(guard.f);
    guard.f = nullptr;
    if (rc != 0) return ioError("cannot write", finalPath, errno);
    return Status::ok();
}

// Whether LAME, encoding at a constant `kbps`, has room for its LAME/Info frame: the tag is written into
// a frame of the stream's own bitrate, and a frame at the lowest bitrates of each MPEG tier (8–56 kbps
// depending on rate and channels) is too small for it. LAME decides this only once it encodes, so a
// throw-away encoder encodes one frame of silence and is asked for the tag.
bool cbrHasInfoFrame(int sampleRate, int channels, int kbps) {
    lame_global_flags* gf = lame_init();
    if (!gf) return true;
    lame_set_num_channels(gf, channels);
    lame_set_in_samplerate(gf, sampleRate);
    lame_set_out_samplerate(gf, sampleRate);
    lame_set_VBR(gf, vbr_off);
    lame_set_brate(gf, kbps);
    lame_set_mode(gf, channels == 1 ? MONO : JOINT_STEREO);
    lame_set_bWriteVbrTag(gf, 1);
    bool fits = true;
    if (lame_init_params(gf) >= 0) {
        std::vector<float> silence(1152, 0.0f);
        std::vector<unsigned char> out(16384);
        lame_encode_buffer_ieee_float(gf, silence.data(), silence.data(), 1152, out.data(), static_cast<int>(out.size()));
        lame_encode_flush(gf, out.data(), static_cast<int>(out.size()));
        fits = lame_get_lametag_frame(gf, out.data(), out.size()) > 0;
    }
    lame_close(gf);
    return fits;
}

// MP3 through LAME: every audio frame at the requested bitrate, joint stereo (or mono), the LAME tag
// frame at the start rewritten once the stream is complete, so decoders drop the encoder delay and
// padding (gapless). Where a frame at that bitrate is too small for the tag, LAME's ABR mode with the
// minimum, mean and maximum all pinned to the bitrate (and the minimum enforced) still puts every audio
// frame at exactly that bitrate, while the tag frame ahead of them gets a larger header bitrate of its own.
Status writeMp3(const std::filesystem::path& path, const AudioBuffer& audio, int kbps,
                const std::filesystem::path& finalPath) {
    struct Guard {
        lame_global_flags* gf = lame_init();
        std::FILE* f = nullptr;
        ~Guard() {
            if (gf) lame_close(gf);
            if (f) std::fclose(f);
        }
    } g;
    if (!g.gf) return Status::error(ErrorCode::OutOfMemory, "the MP3 encoder could not start");
    lame_set_num_channels(g.gf, audio.channels);
    lame_set_in_samplerate(g.gf, audio.sampleRate);
    lame_set_out_samplerate(g.gf, audio.sampleRate);
    if (cbrHasInfoFrame(audio.sampleRate, audio.channels, kbps)) {
        lame_set_VBR(g.gf, vbr_off);
        lame_set_brate(g.gf, kbps);
    } else {
        lame_set_VBR(g.gf, vbr_abr);
        lame_set_VBR_mean_bitrate_kbps(g.gf, kbps);
        lame_set_VBR_min_bitrate_kbps(g.gf, kbps);
        lame_set_VBR_max_bitrate_kbps(g.gf, kbps);
        lame_set_VBR_hard_min(g.gf, 1);
    }
    lame_set_mode(g.gf, audio.channels == 1 ? MONO : JOINT_STEREO);
    lame_set_quality(g.gf, 2);
    lame_set_bWriteVbrTag(g.gf, 1);
    if (lame_init_params(g.gf) < 0)
        return Status::error(ErrorCode::Unsupported,
                             fmt::format("the MP3 encoder refuses {} kbps at {} Hz with {} channel(s) for {}", kbps,
                                         audio.sampleRate, audio.channels, quoted(finalPath)));
    g.f = std::fopen(path.c_str(), "wb");
    if (!g.f) return ioError("cannot write", finalPath, errno);
    const int64_t frames = audio.frames();
    const int chunk = 8192;
    std::vector<unsigned char> out(static_cast<size_t>(chunk) * 5 / 4 + 7200);
    std::vector<float> mono;
    bool ok = true;
    for (int64_t pos = 0; pos < frames && ok; pos += chunk) {
        const int n = static_cast<int>(std::min<int64_t>(chunk, frames - pos));
        const float* pcm = audio.samples.data() + pos * audio.channels;
        const int got = audio.channels == 2
                            ? lame_encode_buffer_interleaved_ieee_float(g.gf, pcm, n, out.data(), static_cast<int>(out.size()))
                            : lame_encode_buffer_ieee_float(g.gf, pcm, pcm, n, out.data(), static_cast<int>(out.size()));
        if (got < 0) return Status::error(ErrorCode::Internal, fmt::format("the MP3 encoder failed ({}) on {}", got, quoted(finalPath)));
        ok = std::fwrite(out.data(), 1, static_cast<size_t>(got), g.f) == static_cast<size_t>(got);
    }
    if (ok) {
        const int got = lame_encode_flush(g.gf, out.data(), static_cast<int>(out.size()));
        if (got < 0) return Status::error(ErrorCode::Internal, fmt::format("the MP3 encoder failed ({}) on {}", got, quoted(finalPath)));
        ok = std::fwrite(out.data(), 1, static_cast<size_t>(got), g.f) == static_cast<size_t>(got);
    }
    if (ok) {
        // The tag frame is the stream's first frame, at offset 0 (tags are added afterwards).
        const size_t tagSize = lame_get_lametag_frame(g.gf, out.data(), out.size());
        if (tagSize == 0 || tagSize > out.size())
            return Status::error(ErrorCode::Internal,
                                 fmt::format("the MP3 encoder wrote no LAME tag frame at {} kbps, {} Hz for {}", kbps,
                                             audio.sampleRate, quoted(finalPath)));
        ok = std::fseek(g.f, 0, SEEK_SET) == 0 && std::fwrite(out.data(), 1, tagSize, g.f) == tagSize;
    }
    if (!ok || std::fflush(g.f) != 0) return ioError("cannot write", finalPath, errno ? errno : EIO);
    const int rc = std::fclose(g.f);
    g.f = nullptr;  // (MP3)
    if (rc != 0) return ioError("cannot write", finalPath, errno);
    return Status::ok();
}

Status writeSndfile(const std::filesystem::path& path, const AudioBuffer& audio, const EncoderSettings& s,
                    const std::filesystem::path& finalPath) {
    SF_INFO info{};
    info.samplerate = audio.sampleRate;
    info.channels = audio.channels;
    switch (s.format) {
        case OutputFormat::Wav:
            info.format = SF_FORMAT_WAV | (s.wavEncoding == WavEncoding::Pcm16   ? SF_FORMAT_PCM_16
                                           : s.wavEncoding == WavEncoding::Pcm24 ? SF_FORMAT_PCM_24
                                                                                  : SF_FORMAT_FLOAT);
            break;
        case OutputFormat::Flac: info.format = SF_FORMAT_FLAC | SF_FORMAT_PCM_16; break;
        case OutputFormat::Mp3:
        case OutputFormat::Ogg: return Status::error(ErrorCode::Internal, "MP3 and Ogg have their own encoders");
    }
    SNDFILE* f = sf_open(path.c_str(), SFM_WRITE, &info);
    if (!f)
        return Status::error(ErrorCode::Io, fmt::format("cannot write {} as {}: {}", quoted(finalPath),
                                                        formatName(s.format), sf_strerror(nullptr)));
    sf_command(f, SFC_SET_CLIPPING, nullptr, SF_TRUE);  // saturate, never wrap, when converting to PCM
    const sf_count_t frames = audio.frames();
    const sf_count_t wrote = sf_writef_float(f, audio.samples.data(), frames);
    const int err = sf_error(f);
    std::string message = err ? sf_strerror(f) : "";
    const int closeRc = sf_close(f);
    if (wrote != frames || err || closeRc != 0)
        return Status::error(ErrorCode::Io, fmt::format("cannot write {}: {}", quoted(finalPath),
                                                        message.empty() ? "short write" : message));
    return Status::ok();
}

Status syncPath(const std::filesystem::path& path, bool directory, const std::filesystem::path& finalPath) {
    const int fd = ::open(path.c_str(), (directory ? O_RDONLY | O_DIRECTORY : O_RDWR) | O_CLOEXEC);
    if (fd < 0) return ioError("cannot open for flushing", directory ? path : finalPath, errno);
    const int rc = ::fsync(fd);
    const int e = errno;
    ::close(fd);
    if (rc != 0 && !directory) return ioError("cannot flush to disk", finalPath, e);
    return Status::ok();
}

}  // namespace

Result<WriteReport> writeAudio(const std::filesystem::path& path, const AudioBuffer& input,
                               const WriteOptions& options) {
    auto settings = resolveSettings(options.format, options.settings, options.wavEncoding);
    if (!settings) return settings.status();
    if (input.channels != 1 && input.channels != 2)
        return Status::error(ErrorCode::InvalidArgument,
                             fmt::format("writeAudio {}: the audio has {} channels; allowed 1 or 2", quoted(path),
                                         input.channels));
    if (input.sampleRate <= 0 || input.frames() == 0 ||
        input.samples.size() % static_cast<size_t>(input.channels) != 0)
        return Status::error(ErrorCode::InvalidArgument,
                             fmt::format("writeAudio {}: no audio to write ({} samples at {} Hz)", quoted(path),
                                         input.samples.size(), input.sampleRate));
    for (float x : input.samples)
        if (!std::isfinite(x))
            return Status::error(ErrorCode::InvalidArgument,
                                 fmt::format("writeAudio {}: the audio holds NaN or infinite samples", quoted(path)));
    if (path.filename().empty())
        return Status::error(ErrorCode::InvalidArgument,
                             fmt::format("writeAudio {}: the path names no file", quoted(path)));
    std::error_code ec;
    if (!options.overwrite && std::filesystem::symlink_status(path, ec).type() != std::filesystem::file_type::not_found)
        return Status::error(ErrorCode::InvalidArgument,
                             fmt::format("{} already exists (pass overwrite to replace it)", quoted(path)));

    if (options.refuseSilence) {
        double sum = 0.0;
        for (float x : input.samples) sum += static_cast<double>(x) * x;
        const double rms = std::sqrt(sum / static_cast<double>(input.samples.size()));
        if (samplePeak(input) <= kSilentOutputLevel && rms <= kSilentOutputLevel)
            return Status::error(ErrorCode::InvalidArgument,
                                 fmt::format("writeAudio {}: the audio is silent (peak and RMS at most {:g}); "
                                             "nothing written",
                                             quoted(path), kSilentOutputLevel));
    }

    WriteReport report;
    report.settings = *settings;
    AudioBuffer audio = input;
    auto post = postProcess(audio, options.post);
    if (!post) return post.status();
    report.post = *post;

    // Channels: stereo → mono is the mean of the two; mono → stereo duplicates.
    if (audio.channels != settings->channels) {
        AudioBuffer conv;
        conv.sampleRate = audio.sampleRate;
        conv.channels = settings->channels;
        const int64_t n = audio.frames();
        conv.samples.resize(static_cast<size_t>(n * conv.channels));
        for (int64_t i = 0; i < n; ++i) {
            if (conv.channels == 1)
                conv.samples[i] = 0.5f * (audio.samples[2 * i] + audio.samples[2 * i + 1]);
            else
                conv.samples[2 * i] = conv.samples[2 * i + 1] = audio.samples[i];
        }
        audio = std::move(conv);
    }
    if (audio.sampleRate != settings->sampleRate) {
        auto r = resample(audio, settings->sampleRate);
        if (!r) return r.status();
        audio = std::move(r).value();
    }

    // The temporary file: same folder (so the rename stays on one file system), hidden, unique.
    const std::filesystem::path dir = path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
    std::string pattern = (dir / ("." + path.filename().string() + ".XXXXXX.part")).string();
    const int fd = ::mkstemps(pattern.data(), 5);
    if (fd < 0) return ioError("cannot create a temporary file in the folder of", path, errno);
    ::close(fd);
    TempFile temp{std::filesystem::path(pattern)};

    Status st = settings->format == OutputFormat::Ogg   ? writeVorbis(temp.path(), audio, *settings->bitrate, path)
                : settings->format == OutputFormat::Mp3 ? writeMp3(temp.path(), audio, *settings->bitrate, path)
                                                        : writeSndfile(temp.path(), audio, *settings, path);
    if (!st) return st;
    if (options.tags) {
        st = writeTags(temp.path(), settings->format, *options.tags);
        if (!st) return Status::error(st.code(), fmt::format("writing {}: {}", quoted(path), st.message()));
    }
    ::chmod(temp.path().c_str(), 0644);  // mkstemps made it 0600
    st = syncPath(temp.path(), false, path);
    if (!st) return st;
    if (options.overwrite) {
        if (::rename(temp.path().c_str(), path.c_str()) != 0) return ioError("cannot rename into", path, errno);
    } else if (::renameat2(AT_FDCWD, temp.path().c_str(), AT_FDCWD, path.c_str(), RENAME_NOREPLACE) != 0) {
        const int e = errno;
        if (e == EEXIST)
            return Status::error(ErrorCode::InvalidArgument,
                                 fmt::format("{} already exists (pass overwrite to replace it)", quoted(path)));
        if (e != EINVAL && e != ENOSYS) return ioError("cannot rename into", path, e);
        // File systems without RENAME_NOREPLACE: a hard link is just as exclusive.
        if (::link(temp.path().c_str(), path.c_str()) != 0) {
            const int le = errno;
            if (le == EEXIST)
                return Status::error(ErrorCode::InvalidArgument,
                                     fmt::format("{} already exists (pass overwrite to replace it)", quoted(path)));
            return ioError("cannot rename into", path, le);
        }
        ::unlink(temp.path().c_str());
    }
    temp.release();
    syncPath(dir, true, path);
    return report;
}

}  // namespace songloom::audio
