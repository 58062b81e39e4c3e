// writeCoverVideo: decode the cover (in-memory AVIOContext + FFmpeg's image demuxers), centre-crop and
// scale it (libswscale), encode H.264 + AAC (libavcodec, libswresample for the audio's layout and rate),
// mux an MP4 (+faststart) under a temporary name and rename it into place. See songloom/cover_video.h.
#include "songloom/cover_video.h"

#include <fmt/format.h>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/audio_fifo.h>
#include <libavutil/channel_layout.h>
#include <libavutil/error.h>
#include <libavutil/imgutils.h>
#include <libavutil/opt.h>
#include <libswresample/swresample.h>
#include <libswscale/swscale.h>
}

#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <map>
#include <memory>
#include <random>
#include <string>
#include <system_error>
#include <vector>

namespace songloom {
namespace {

namespace fs = std::filesystem;

std::string avError(int err) {
    char buf[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(err, buf, sizeof buf);
    return buf;
}

// An FFmpeg write error as a Status naming the file: a full disk and refused writes are Io.
Status writeError(const fs::path& out, const char* what, int err) {
    std::string reason = avError(err);
    if (err == AVERROR(ENOSPC) || err == AVERROR(EFBIG) || err == AVERROR(EDQUOT))
        reason += " (the disk is full or the file size limit was reached)";
    return Status::error(ErrorCode::Io, fmt::format("{}: {}: {}", out.string(), what, reason));
}

struct FormatInputDeleter {
    void operator()(AVFormatContext* c) const { avformat_close_input(&c); }
};
struct FormatOutputDeleter {
    void operator()(AVFormatContext* c) const {
        if (c->pb) avio_closep(&c->pb);
        avformat_free_context(c);
    }
};
struct CodecDeleter {
    void operator()(AVCodecContext* c) const { avcodec_free_context(&c); }
};
struct FrameDeleter {
    void operator()(AVFrame* f) const { av_frame_free(&f); }
};
struct PacketDeleter {
    void operator()(AVPacket* p) const { av_packet_free(&p); }
};
struct IoDeleter {
    void operator()(AVIOContext* io) const {
        av_freep(&io->buffer);
        avio_context_free(&io);
    }
};
struct SwsDeleter {
    void operator()(SwsContext* s) const { sws_freeContext(s); }
};
struct SwrDeleter {
    void operator()(SwrContext* s) const { swr_free(&s); }
};
struct FifoDeleter {
    void operator()(AVAudioFifo* f) const { av_audio_fifo_free(f); }
};
using FramePtr = std::unique_ptr<AVFrame, FrameDeleter>;
using PacketPtr = std::unique_ptr<AVPacket, PacketDeleter>;
using CodecPtr = std::unique_ptr<AVCodecContext, CodecDeleter>;

// ---- The cover: bytes → RGB24 picture of the output size ----

struct MemoryReader {
    const std::uint8_t* data;
    std::size_t size;
    std::size_t pos = 0;
};

int memoryRead(void* opaque, std::uint8_t* buf, int want) {
    auto* r = static_cast<MemoryReader*>(opaque);
    std::size_t n = std::min<std::size_t>(static_cast<std::size_t>(want), r->size - r->pos);
    if (n == 0) return AVERROR_EOF;
    std::memcpy(buf, r->data + r->pos, n);
    r->pos += n;
    return static_cast<int>(n);
}

std::int64_t memorySeek(void* opaque, std::int64_t offset, int whence) {
    auto* r = static_cast<MemoryReader*>(opaque);
    if (whence & AVSEEK_SIZE) return static_cast<std::int64_t>(r->size);
    std::int64_t base = 0;
    switch (whence & ~AVSEEK_FORCE) {
        case SEEK_SET: base = 0; break;
        case SEEK_CUR: base = static_cast<std::int64_t>(r->pos); break;
        case SEEK_END: base = static_cast<std::int64_t>(r->size); break;
        default: return AVERROR(EINVAL);
    }
    std::int64_t to = base + offset;
    if (to < 0 || to > static_cast<std::int64_t>(r->size)) return AVERROR(EINVAL);
    r->pos = static_cast<std::size_t>(to);
    return to;
}

Result<FramePtr> decodeCover(std::span<const std::byte> bytes) {
    auto bad = [](const std::string& why) {
        return Status::error(ErrorCode::Corrupt, fmt::format("cover image: {}", why));
    };
    if (bytes.empty()) return bad("no bytes (an empty file)");

    MemoryReader reader{reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()};
    constexpr int kIoBuffer = 1 << 16;
    auto* ioBuf = static_cast<std::uint8_t*>(av_malloc(kIoBuffer));
    if (!ioBuf) return Status::error(ErrorCode::OutOfMemory, "cover image: out of memory");
    std::unique_ptr<AVIOContext, IoDeleter> io(
        avio_alloc_context(ioBuf, kIoBuffer, 0, &reader, memoryRead, nullptr, memorySeek));
    if (!io) {
        av_free(ioBuf);
        return Status::error(ErrorCode::OutOfMemory, "cover image: out of memory");
    }

    AVFormatContext* raw = avformat_alloc_context();
    if (!raw) return Status::error(ErrorCode::OutOfMemory, "cover image: out of memory");
    raw->pb = io.get();
    raw->flags |= AVFMT_FLAG_CUSTOM_IO;
    if (int err = avformat_open_input(&raw, nullptr, nullptr, nullptr); err < 0)
        return bad(fmt::format("not a recognised image format ({})", avError(err)));
    std::unique_ptr<AVFormatContext, FormatInputDeleter> in(raw);

    int stream = av_find_best_stream(in.get(), AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
    if (stream < 0) return bad(fmt::format("the data holds no picture (detected as {})", in->iformat->name));
    const AVCodecParameters* par = in->streams[stream]->codecpar;
    const AVCodec* codec = avcodec_find_decoder(par->codec_id);
    if (!codec)
        return Status::error(ErrorCode::Unsupported,
                             fmt::format("cover image: no decoder for {}", avcodec_get_name(par->codec_id)));
    CodecPtr dec(avcodec_alloc_context3(codec));
    if (!dec || avcodec_parameters_to_context(dec.get(), par) < 0)
        return Status::error(ErrorCode::OutOfMemory, "cover image: out of memory");
    dec->thread_count = 1;
    if (int err = avcodec_open2(dec.get(), codec, nullptr); err < 0)
        return bad(fmt::format("cannot open the {} decoder ({})", codec->name, avError(err)));

    PacketPtr pkt(av_packet_alloc());
    FramePtr frame(av_frame_alloc());
    if (!pkt || !frame) return Status::error(ErrorCode::OutOfMemory, "cover image: out of memory");
    std::string lastError = "no picture in the data";
    bool draining = false;
    while (true) {
        int err = draining ? 0 : av_read_frame(in.get(), pkt.get());
        if (!draining && err < 0) {
            draining = true;
            avcodec_send_packet(dec.get(), nullptr);
        } else if (!draining) {
            if (pkt->stream_index == stream) {
                if (int s = avcodec_send_packet(dec.get(), pkt.get()); s < 0) lastError = avError(s);
            }
            av_packet_unref(pkt.get());
        }
        int r = avcodec_receive_frame(dec.get(), frame.get());
        if (r == 0) {
            if (frame->width <= 0 || frame->height <= 0 || frame->format < 0)
                return bad("the picture has no size");
            if (frame->decode_error_flags || (frame->flags & AV_FRAME_FLAG_CORRUPT))
                return bad(fmt::format("the {} data is damaged", codec->name));
            return frame;
        }
        if (r != AVERROR(EAGAIN)) {
            if (r != AVERROR_EOF) lastError = avError(r);
            return bad(fmt::format("cannot decode the {} data ({})", codec->name, lastError));
        }
        if (draining) return bad(fmt::format("cannot decode the {} data ({})", codec->name, lastError));
    }
}

// The decoded picture → yuv420p frame of width x height: RGBA, over black, centre crop, bicubic scale.
Result<FramePtr> coverPicture(const AVFrame& src, int width, int height) {
    auto oom = [] { return Status::error(ErrorCode::OutOfMemory, "cover image: out of memory"); };
    // 1. Any pixel format → RGBA at the source size.
    FramePtr rgba(av_frame_alloc());
    if (!rgba) return oom();
    rgba->format = AV_PIX_FMT_RGBA;
    rgba->width = src.width;
    rgba->height = src.height;
    if (av_frame_get_buffer(rgba.get(), 0) < 0) return oom();
    {
        std::unique_ptr<SwsContext, SwsDeleter> toRgba(
            sws_getContext(src.width, src.height, static_cast<AVPixelFormat>(src.format), src.width, src.height,
                           AV_PIX_FMT_RGBA, SWS_POINT, nullptr, nullptr, nullptr));
        if (!toRgba)
            return Status::error(ErrorCode::Unsupported,
                                 fmt::format("cover image: pixel format {} cannot be converted",
                                             av_get_pix_fmt_name(static_cast<AVPixelFormat>(src.format))));
        sws_scale(toRgba.get(), src.data, src.linesize, 0, src.height, rgba->data, rgba->linesize);
    }
    // 2. Composite over black: RGB24.
    FramePtr rgb(av_frame_alloc());
    if (!rgb) return oom();
    rgb->format = AV_PIX_FMT_RGB24;
    rgb->width = src.width;
    rgb->height = src.height;
    if (av_frame_get_buffer(rgb.get(), 0) < 0) return oom();
    for (int y = 0; y < src.height; ++y) {
        const std::uint8_t* s = rgba->data[0] + static_cast<std::ptrdiff_t>(y) * rgba->linesize[0];
        std::uint8_t* d = rgb->data[0] + static_cast<std::ptrdiff_t>(y) * rgb->linesize[0];
        for (int x = 0; x < src.width; ++x, s += 4, d += 3) {
            unsigned a = s[3];
            for (int c = 0; c < 3; ++c) d[c] = static_cast<std::uint8_t>((s[c] * a + 127) / 255);
        }
    }
    // 3. Centre crop to the output's aspect ratio (integer arithmetic, at least one pixel).
    int cropW = src.width, cropH = src.height;
    if (static_cast<std::int64_t>(src.width) * height > static_cast<std::int64_t>(src.height) * width)
        cropW = std::max<int>(1, static_cast<int>((static_cast<std::int64_t>(src.height) * width + height / 2) / height));
    else
        cropH = std::max<int>(1, static_cast<int>((static_cast<std::int64_t>(src.width) * height + width / 2) / width));
    int x0 = (src.width - cropW) / 2, y0 = (src.height - cropH) / 2;
    const std::uint8_t* cropData[4] = {rgb->data[0] + static_cast<std::ptrdiff_t>(y0) * rgb->linesize[0] + x0 * 3,
                                       nullptr, nullptr, nullptr};
    const int cropStride[4] = {rgb->linesize[0], 0, 0, 0};
    // 4. Scale into yuv420p (BT.601 limited range, as tagged on the stream).
    FramePtr out(av_frame_alloc());
    if (!out) return oom();
    out->format = AV_PIX_FMT_YUV420P;
    out->width = width;
    out->height = height;
    out->color_range = AVCOL_RANGE_MPEG;
    out->colorspace = AVCOL_SPC_SMPTE170M;
    out->color_primaries = AVCOL_PRI_SMPTE170M;
    out->color_trc = AVCOL_TRC_SMPTE170M;
    if (av_frame_get_buffer(out.get(), 0) < 0) return oom();
    std::unique_ptr<SwsContext, SwsDeleter> scale(
        sws_getContext(cropW, cropH, AV_PIX_FMT_RGB24, width, height, AV_PIX_FMT_YUV420P,
                       SWS_BICUBIC | SWS_ACCURATE_RND | SWS_FULL_CHR_H_INT, nullptr, nullptr, nullptr));
    if (!scale) return oom();
    sws_setColorspaceDetails(scale.get(), sws_getCoefficients(SWS_CS_ITU601), 1, sws_getCoefficients(SWS_CS_ITU601),
                             0, 0, 1 << 16, 1 << 16);
    sws_scale(scale.get(), cropData, cropStride, 0, cropH, out->data, out->linesize);
    return out;
}

// ---- Checks ----

Status checkArguments(const fs::path& out, const float* audio, std::int64_t frames, int sampleRate, int channels,
                      const CoverVideoOptions& o) {
    auto invalid = [&](const std::string& why) {
        return Status::error(ErrorCode::InvalidArgument, fmt::format("{}: {}", out.string(), why));
    };
    if (o.width < 16 || o.width > 4096 || o.width % 2)
        return invalid(fmt::format("width {} is not an even number in 16 .. 4096", o.width));
    if (o.height < 16 || o.height > 4096 || o.height % 2)
        return invalid(fmt::format("height {} is not an even number in 16 .. 4096", o.height));
    if (o.framesPerSecond < 1 || o.framesPerSecond > 30)
        return invalid(fmt::format("framesPerSecond {} is outside 1 .. 30", o.framesPerSecond));
    if (o.keyframeSeconds < 1 || o.keyframeSeconds > 600)
        return invalid(fmt::format("keyframeSeconds {} is outside 1 .. 600", o.keyframeSeconds));
    if (o.videoQp < 0 || o.videoQp > 51) return invalid(fmt::format("videoQp {} is outside 0 .. 51", o.videoQp));
    if (o.audioBitRate < 32000 || o.audioBitRate > 512000)
        return invalid(fmt::format("audioBitRate {} is outside 32000 .. 512000", o.audioBitRate));
    if (channels != 1 && channels != 2) return invalid(fmt::format("audio channels {} is not 1 or 2", channels));
    if (sampleRate < 8000 || sampleRate > 192000)
        return invalid(fmt::format("audio sample rate {} Hz is outside 8000 .. 192000", sampleRate));
    if (frames <= 0 || !audio) return invalid("no audio (0 frames); a cover video needs the song's audio");
    if (frames > static_cast<std::int64_t>(sampleRate) * 24 * 3600)
        return invalid(fmt::format("audio of {} frames is longer than 24 hours", frames));
    const std::int64_t n = frames * channels;
    for (std::int64_t i = 0; i < n; ++i)
        if (!std::isfinite(audio[i]))
            return invalid(fmt::format("audio sample {} (frame {}, channel {}) is not finite", i, i / channels,
                                       i % channels));
    if (out.filename().empty()) return invalid("the output path names no file");
    if (o.tags)
        if (Status s = audio::checkMp4Tags(*o.tags); !s) return invalid(std::string(s.message()));
    return Status::ok();
}

Status checkDestination(const fs::path& out, bool overwrite) {
    std::error_code ec;
    fs::path dir = out.parent_path().empty() ? fs::path(".") : out.parent_path();
    if (!fs::is_directory(dir, ec))
        return Status::error(ErrorCode::NotFound, fmt::format("{}: the folder {} does not exist", out.string(),
                                                              dir.string()));
    auto st = fs::status(out, ec);
    if (fs::exists(st)) {
        if (fs::is_directory(st))
            return Status::error(ErrorCode::InvalidArgument, fmt::format("{}: is a folder", out.string()));
        if (!overwrite)
            return Status::error(ErrorCode::InvalidArgument,
                                 fmt::format("{}: the file exists (set overwrite to replace it)", out.string()));
    }
    return Status::ok();
}

// A fresh, empty file next to `out` (same folder, so the final rename cannot cross file systems).
Result<fs::path> makeTempFile(const fs::path& out) {
    fs::path dir = out.parent_path().empty() ? fs::path(".") : out.parent_path();
    std::string pattern = (dir / ("." + out.filename().string() + ".XXXXXX.part")).string();
    std::vector<char> buf(pattern.begin(), pattern.end());
    buf.push_back('\0');
    int fd = mkstemps(buf.data(), 5);
    if (fd < 0) {
        int e = errno;
        return Status::error(ErrorCode::Io, fmt::format("{}: cannot create a file in the folder {}: {}", out.string(),
                                                        dir.string(), std::strerror(e)));
    }
    close(fd);
    return fs::path(buf.data());
}

// Renames `tmp` onto `out`; without `overwrite` an existing `out` (even one that appeared meanwhile) wins.
Status publish(const fs::path& tmp, const fs::path& out, bool overwrite) {
    if (int fd = open(tmp.c_str(), O_RDONLY | O_CLOEXEC); fd >= 0) {
        int rc = fsync(fd);
        int e = errno;
        close(fd);
        if (rc != 0)
            return Status::error(ErrorCode::Io, fmt::format("{}: cannot flush to disk: {}", out.string(),
                                                            std::strerror(e)));
    }
    if (!overwrite) {
        if (renameat2(AT_FDCWD, tmp.c_str(), AT_FDCWD, out.c_str(), RENAME_NOREPLACE) == 0) return Status::ok();
        int e = errno;
        if (e == EEXIST)
            return Status::error(ErrorCode::InvalidArgument,
                                 fmt::format("{}: the file exists (set overwrite to replace it)", out.string()));
        if (e != EINVAL && e != ENOSYS)
            return Status::error(ErrorCode::Io, fmt::format("{}: cannot rename the finished file into place: {}",
                                                            out.string(), std::strerror(e)));
        // A file system without RENAME_NOREPLACE: check, then rename.
        std::error_code ec;
        if (fs::exists(out, ec))
            return Status::error(ErrorCode::InvalidArgument,
                                 fmt::format("{}: the file exists (set overwrite to replace it)", out.string()));
    }
    std::error_code ec;
    fs::rename(tmp, out, ec);
    if (ec)
        return Status::error(ErrorCode::Io, fmt::format("{}: cannot rename the finished file into place: {}",
                                                        out.string(), ec.message()));
    return Status::ok();
}

// ---- Encoding and muxing ----

class Writer {
public:
    Writer(const fs::path& out, const fs::path& tmp) : out_(out), tmp_(tmp) {}

    Status run(const float* audio, std::int64_t frames, int sampleRate, int channels, const AVFrame& picture,
               const CoverVideoOptions& o);

private:
    Status openVideo(const CoverVideoOptions& o);
    Status openAudio(const CoverVideoOptions& o);
    Status encodeVideoUntil(std::int64_t audioPts, bool all);
    Status encodeAudio(AVFrame* frame);
    Status drain(AVCodecContext* enc, AVStream* st, bool video);

    static constexpr int kRate = 48000;
    fs::path out_, tmp_;
    std::unique_ptr<AVFormatContext, FormatOutputDeleter> oc_;
    CodecPtr venc_, aenc_;
    AVStream* vst_ = nullptr;
    AVStream* ast_ = nullptr;
    const AVFrame* picture_ = nullptr;
    std::int64_t totalSamples_ = 0;   // output samples at 48 kHz: the song's length, video included
    std::int64_t nextVideoPts_ = 0;   // in 1/48000 s
    std::int64_t videoStep_ = 0;
    std::map<std::int64_t, std::int64_t> videoDurations_;  // frame pts → how long it is shown
    PacketPtr pkt_{av_packet_alloc()};
};

Status Writer::openVideo(const CoverVideoOptions& o) {
    const AVCodec* codec = avcodec_find_encoder_by_name("libx264");
    if (!codec)
        return Status::error(ErrorCode::Unsupported,
                             fmt::format("{}: this FFmpeg has no libx264 H.264 encoder", out_.string()));
    venc_.reset(avcodec_alloc_context3(codec));
    if (!venc_) return Status::error(ErrorCode::OutOfMemory, "out of memory");
    venc_->width = o.width;
    venc_->height = o.height;
    venc_->pix_fmt = AV_PIX_FMT_YUV420P;
    venc_->time_base = AVRational{1, kRate};
    venc_->framerate = AVRational{o.framesPerSecond, 1};
    venc_->gop_size = o.framesPerSecond * o.keyframeSeconds;
    venc_->max_b_frames = 0;  // packets in presentation order: each one's duration is known (the map)
    venc_->color_range = AVCOL_RANGE_MPEG;
    venc_->colorspace = AVCOL_SPC_SMPTE170M;
    venc_->color_primaries = AVCOL_PRI_SMPTE170M;
    venc_->color_trc = AVCOL_TRC_SMPTE170M;
    venc_->sample_aspect_ratio = AVRational{1, 1};
    if (oc_->oformat->flags & AVFMT_GLOBALHEADER) venc_->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    AVDictionary* opts = nullptr;
    av_dict_set(&opts, "preset", "medium", 0);
    av_dict_set(&opts, "tune", "stillimage", 0);
    // A constant quantiser, not CRF: at one frame a second CRF's rate control spends the bits on ever finer
    // P-frames of the same picture; with a fixed QP every frame after a keyframe is all skip blocks.
    av_dict_set(&opts, "qp", std::to_string(o.videoQp).c_str(), 0);
    int err = avcodec_open2(venc_.get(), codec, &opts);
    av_dict_free(&opts);
    if (err < 0)
        return Status::error(ErrorCode::Internal,
                             fmt::format("{}: cannot open the H.264 encoder: {}", out_.string(), avError(err)));
    vst_ = avformat_new_stream(oc_.get(), nullptr);
    if (!vst_ || avcodec_parameters_from_context(vst_->codecpar, venc_.get()) < 0)
        return Status::error(ErrorCode::OutOfMemory, "out of memory");
    vst_->time_base = venc_->time_base;
    vst_->avg_frame_rate = venc_->framerate;
    vst_->sample_aspect_ratio = venc_->sample_aspect_ratio;
    return Status::ok();
}

Status Writer::openAudio(const CoverVideoOptions& o) {
    const AVCodec* codec = avcodec_find_encoder_by_name("aac");
    if (!codec)
        return Status::error(ErrorCode::Unsupported,
                             fmt::format("{}: this FFmpeg has no AAC encoder", out_.string()));
    aenc_.reset(avcodec_alloc_context3(codec));
    if (!aenc_) return Status::error(ErrorCode::OutOfMemory, "out of memory");
    aenc_->sample_fmt = AV_SAMPLE_FMT_FLTP;
    aenc_->sample_rate = kRate;
    av_channel_layout_default(&aenc_->ch_layout, 2);
    aenc_->bit_rate = o.audioBitRate;
    aenc_->time_base = AVRational{1, kRate};
    if (oc_->oformat->flags & AVFMT_GLOBALHEADER) aenc_->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    if (int err = avcodec_open2(aenc_.get(), codec, nullptr); err < 0)
        return Status::error(ErrorCode::Internal,
                             fmt::format("{}: cannot open the AAC encoder: {}", out_.string(), avError(err)));
    ast_ = avformat_new_stream(oc_.get(), nullptr);
    if (!ast_ || avcodec_parameters_from_context(ast_->codecpar, aenc_.get()) < 0)
        return Status::error(ErrorCode::OutOfMemory, "out of memory");
    ast_->time_base = aenc_->time_base;
    return Status::ok();
}

// Packets out of an encoder into the file. Video packets get the duration their frame is shown.
Status Writer::drain(AVCodecContext* enc, AVStream* st, bool video) {
    while (true) {
        int r = avcodec_receive_packet(enc, pkt_.get());
        if (r == AVERROR(EAGAIN) || r == AVERROR_EOF) return Status::ok();
        if (r < 0)
            return Status::error(ErrorCode::Internal,
                                 fmt::format("{}: the {} encoder failed: {}", out_.string(), video ? "H.264" : "AAC",
                                             avError(r)));
        if (video) {
            auto it = videoDurations_.find(pkt_->pts);
            if (it != videoDurations_.end()) {
                pkt_->duration = it->second;
                videoDurations_.erase(it);
            }
        }
        av_packet_rescale_ts(pkt_.get(), enc->time_base, st->time_base);
        pkt_->stream_index = st->index;
        if (int err = av_interleaved_write_frame(oc_.get(), pkt_.get()); err < 0)
            return writeError(out_, "writing failed", err);
    }
}

// Video frames up to the audio position `audioPts` (all remaining ones with `all`), then the last one
// lasts until the song's end.
Status Writer::encodeVideoUntil(std::int64_t audioPts, bool all) {
    while (nextVideoPts_ < totalSamples_ && (all || nextVideoPts_ <= audioPts)) {
        FramePtr f(av_frame_clone(picture_));
        if (!f) return Status::error(ErrorCode::OutOfMemory, "out of memory");
        f->pts = nextVideoPts_;
        f->pict_type = AV_PICTURE_TYPE_NONE;
        std::int64_t end = std::min(nextVideoPts_ + videoStep_, totalSamples_);
        videoDurations_[nextVideoPts_] = end - nextVideoPts_;
        nextVideoPts_ = end;
        if (int err = avcodec_send_frame(venc_.get(), f.get()); err < 0)
            return Status::error(ErrorCode::Internal,
                                 fmt::format("{}: the H.264 encoder refused a frame: {}", out_.string(), avError(err)));
        if (Status s = drain(venc_.get(), vst_, true); !s) return s;
    }
    return Status::ok();
}

Status Writer::encodeAudio(AVFrame* frame) {
    if (int err = avcodec_send_frame(aenc_.get(), frame); err < 0)
        return Status::error(ErrorCode::Internal,
                             fmt::format("{}: the AAC encoder refused audio: {}", out_.string(), avError(err)));
    return drain(aenc_.get(), ast_, false);
}

Status Writer::run(const float* audio, std::int64_t frames, int sampleRate, int channels, const AVFrame& picture,
                   const CoverVideoOptions& o) {
    if (!pkt_) return Status::error(ErrorCode::OutOfMemory, "out of memory");
    picture_ = &picture;
    AVFormatContext* raw = nullptr;
    if (int err = avformat_alloc_output_context2(&raw, nullptr, "mp4", tmp_.c_str()); err < 0 || !raw)
        return Status::error(ErrorCode::Unsupported,
                             fmt::format("{}: this FFmpeg cannot write MP4: {}", out_.string(), avError(err)));
    oc_.reset(raw);
    if (Status s = openVideo(o); !s) return s;
    if (Status s = openAudio(o); !s) return s;

    // float interleaved (any rate, 1 or 2 channels) → fltp 48 kHz stereo.
    AVChannelLayout inLayout{}, outLayout{};
    av_channel_layout_default(&inLayout, channels);
    av_channel_layout_default(&outLayout, 2);
    SwrContext* swrRaw = nullptr;
    int err = swr_alloc_set_opts2(&swrRaw, &outLayout, AV_SAMPLE_FMT_FLTP, kRate, &inLayout, AV_SAMPLE_FMT_FLT,
                                  sampleRate, 0, nullptr);
    std::unique_ptr<SwrContext, SwrDeleter> swr(swrRaw);
    if (err < 0 || !swr || (err = swr_init(swr.get())) < 0)
        return Status::error(ErrorCode::Internal,
                             fmt::format("{}: cannot set up the audio resampler: {}", out_.string(), avError(err)));
    totalSamples_ = av_rescale_rnd(frames, kRate, sampleRate, AV_ROUND_NEAR_INF);
    videoStep_ = kRate / o.framesPerSecond;

    if ((err = avio_open(&oc_->pb, tmp_.c_str(), AVIO_FLAG_WRITE)) < 0)
        return writeError(out_, "cannot open the temporary file for writing", err);
    AVDictionary* muxOpts = nullptr;
    av_dict_set(&muxOpts, "movflags", "+faststart", 0);
    err = avformat_write_header(oc_.get(), &muxOpts);
    av_dict_free(&muxOpts);
    if (err < 0) return writeError(out_, "cannot write the MP4 header", err);

    const int frameSize = aenc_->frame_size > 0 ? aenc_->frame_size : 1024;
    std::unique_ptr<AVAudioFifo, FifoDeleter> fifo(av_audio_fifo_alloc(AV_SAMPLE_FMT_FLTP, 2, frameSize * 4));
    FramePtr conv(av_frame_alloc());
    if (!fifo || !conv) return Status::error(ErrorCode::OutOfMemory, "out of memory");
    std::int64_t audioPts = 0, written = 0;  // samples sent to the encoder; samples that left the resampler

    auto sendFromFifo = [&](bool last) -> Status {
        while (av_audio_fifo_size(fifo.get()) >= frameSize || (last && av_audio_fifo_size(fifo.get()) > 0)) {
            int n = std::min(frameSize, av_audio_fifo_size(fifo.get()));
            FramePtr f(av_frame_alloc());
            if (!f) return Status::error(ErrorCode::OutOfMemory, "out of memory");
            f->nb_samples = n;
            f->format = AV_SAMPLE_FMT_FLTP;
            f->sample_rate = kRate;
            if (av_channel_layout_copy(&f->ch_layout, &aenc_->ch_layout) < 0 || av_frame_get_buffer(f.get(), 0) < 0)
                return Status::error(ErrorCode::OutOfMemory, "out of memory");
            av_audio_fifo_read(fifo.get(), reinterpret_cast<void**>(f->data), n);
            f->pts = audioPts;
            if (Status s = encodeVideoUntil(audioPts, false); !s) return s;
            audioPts += n;
            if (Status s = encodeAudio(f.get()); !s) return s;
        }
        return Status::ok();
    };
    auto pushToFifo = [&](const std::uint8_t** in, int inCount) -> Status {
        int room = swr_get_out_samples(swr.get(), inCount);
        if (room <= 0) room = 1;
        std::vector<float> l(static_cast<std::size_t>(room)), r(static_cast<std::size_t>(room));
        std::uint8_t* outPlanes[2] = {reinterpret_cast<std::uint8_t*>(l.data()), reinterpret_cast<std::uint8_t*>(r.data())};
        int got = swr_convert(swr.get(), outPlanes, room, in, inCount);
        if (got < 0)
            return Status::error(ErrorCode::Internal, fmt::format("{}: resampling failed: {}", out_.string(), avError(got)));
        // Never more than the song's length (a resampler's flush may round up by a sample).
        got = static_cast<int>(std::min<std::int64_t>(got, totalSamples_ - written));
        if (got > 0) {
            if (av_audio_fifo_write(fifo.get(), reinterpret_cast<void**>(outPlanes), got) < got)
                return Status::error(ErrorCode::OutOfMemory, "out of memory");
            written += got;
        }
        return Status::ok();
    };

    constexpr std::int64_t kChunk = 8192;
    for (std::int64_t at = 0; at < frames; at += kChunk) {
        int n = static_cast<int>(std::min(kChunk, frames - at));
        const std::uint8_t* in[1] = {reinterpret_cast<const std::uint8_t*>(audio + at * channels)};
        if (Status s = pushToFifo(in, n); !s) return s;
        if (Status s = sendFromFifo(false); !s) return s;
    }
    if (Status s = pushToFifo(nullptr, 0); !s) return s;  // the resampler's tail
    // A resampler that came up short (it never should by more than a sample): pad with silence.
    if (written < totalSamples_) {
        std::int64_t pad = totalSamples_ - written;
        std::vector<float> zeros(static_cast<std::size_t>(pad), 0.0f);
        void* planes[2] = {zeros.data(), zeros.data()};
        av_audio_fifo_write(fifo.get(), planes, static_cast<int>(pad));
        written = totalSamples_;
    }
    if (Status s = sendFromFifo(true); !s) return s;
    if (Status s = encodeVideoUntil(totalSamples_, true); !s) return s;
    if (Status s = encodeAudio(nullptr); !s) return s;
    if ((err = avcodec_send_frame(venc_.get(), nullptr)) < 0)
        return Status::error(ErrorCode::Internal, fmt::format("{}: cannot flush the H.264 encoder: {}", out_.string(),
                                                              avError(err)));
    if (Status s = drain(venc_.get(), vst_, true); !s) return s;
    if ((err = av_write_trailer(oc_.get())) < 0) return writeError(out_, "cannot finish the MP4", err);
    if (oc_->pb->error < 0) return writeError(out_, "writing failed", oc_->pb->error);
    if ((err = avio_closep(&oc_->pb)) < 0) return writeError(out_, "cannot close the file", err);
    return Status::ok();
}

}  // namespace

Status writeCoverVideo(const fs::path& out, const float* interleavedAudio, std::int64_t frames, int sampleRate,
                       int channels, std::span<const std::byte> coverImage, const CoverVideoOptions& options) {
    if (Status s = checkArguments(out, interleavedAudio, frames, sampleRate, channels, options); !s) return s;
    if (Status s = checkDestination(out, options.overwrite); !s) return s;

    auto decoded = decodeCover(coverImage);
    if (!decoded) return Status::error(decoded.status().code(),
                                       fmt::format("{}: {}", out.string(), decoded.status().message()));
    auto picture = coverPicture(**decoded, options.width, options.height);
    if (!picture) return Status::error(picture.status().code(),
                                       fmt::format("{}: {}", out.string(), picture.status().message()));

    auto tmp = makeTempFile(out);
    if (!tmp) return tmp.status();
    Status s;
    {
        Writer writer(out, *tmp);
        s = writer.run(interleavedAudio, frames, sampleRate, channels, **picture, options);
    }  // the file is closed here, whatever happened
    if (s && options.tags) {
        // Tagged before the rename: the final name only ever holds a complete, tagged file.
        if (Status t = audio::writeTags(*tmp, *options.tags); !t)
            s = Status::error(t.code(), fmt::format("{}: {}", out.string(), t.message()));
    }
    if (s) s = publish(*tmp, out, options.overwrite);
    if (!s) {
        std::error_code ec;
        fs::remove(*tmp, ec);
    }
    return s;
}

}  // namespace songloom
