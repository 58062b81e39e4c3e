// writeCoverVideo: stream layout, sizes, codecs and durations read back with libavformat; the audio
// decodes to the sine that went in; covers of other shapes are centre-cropped; bad covers, no audio,
// unwritable folders and a full disk give errors and leave no file behind; tags (TagLib MP4 items) written
// before the rename read back identically and leave the two media streams intact.
#include "songloom/audio_io.h"
#include "songloom/cover_video.h"

#include <gtest/gtest.h>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/imgutils.h>
#include <libswscale/swscale.h>
}

#include <sys/resource.h>
#include <unistd.h>

#include <array>
#include <cmath>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <random>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using songloom::CoverVideoOptions;
using songloom::ErrorCode;
using songloom::writeCoverVideo;

namespace {

constexpr double kPi = 3.14159265358979323846;
using Rgb = std::array<std::uint8_t, 3>;

// A w x h RGB picture from f(x, y).
std::vector<std::uint8_t> picture(int w, int h, const std::function<Rgb(int, int)>& f) {
    std::vector<std::uint8_t> rgb(static_cast<std::size_t>(w) * h * 3);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            Rgb c = f(x, y);
            std::memcpy(&rgb[(static_cast<std::size_t>(y) * w + x) * 3], c.data(), 3);
        }
    return rgb;
}

// Encodes an RGB picture as a PNG or JPEG file's bytes with libavcodec.
std::vector<std::byte> encodeImage(const std::vector<std::uint8_t>& rgb, int w, int h, bool jpeg) {
    const AVCodec* codec = avcodec_find_encoder(jpeg ? AV_CODEC_ID_MJPEG : AV_CODEC_ID_PNG);
    EXPECT_NE(codec, nullptr);
    AVCodecContext* enc = avcodec_alloc_context3(codec);
    AVPixelFormat fmt = jpeg ? AV_PIX_FMT_YUVJ420P : AV_PIX_FMT_RGB24;
    enc->width = w;
    enc->height = h;
    enc->pix_fmt = fmt;
    enc->time_base = AVRational{1, 25};
    if (jpeg) {
        enc->flags |= AV_CODEC_FLAG_QSCALE;
        enc->global_quality = FF_QP2LAMBDA * 2;
    }
    EXPECT_EQ(avcodec_open2(enc, codec, nullptr), 0);
    AVFrame* f = av_frame_alloc();
    f->format = fmt;
    f->width = w;
    f->height = h;
    EXPECT_EQ(av_frame_get_buffer(f, 0), 0);
    SwsContext* sws = sws_getContext(w, h, AV_PIX_FMT_RGB24, w, h, fmt, SWS_BICUBIC, nullptr, nullptr, nullptr);
    const std::uint8_t* src[4] = {rgb.data(), nullptr, nullptr, nullptr};
    const int stride[4] = {w * 3, 0, 0, 0};
    sws_scale(sws, src, stride, 0, h, f->data, f->linesize);
    sws_freeContext(sws);
    f->pts = 0;
    EXPECT_EQ(avcodec_send_frame(enc, f), 0);
    EXPECT_EQ(avcodec_send_frame(enc, nullptr), 0);
    AVPacket* p = av_packet_alloc();
    std::vector<std::byte> bytes;
    while (avcodec_receive_packet(enc, p) == 0) {
        auto* d = reinterpret_cast<const std::byte*>(p->data);
        bytes.insert(bytes.end(), d, d + p->size);
        av_packet_unref(p);
    }
    av_packet_free(&p);
    av_frame_free(&f);
    avcodec_free_context(&enc);
    return bytes;
}

std::vector<std::byte> gradient(int w, int h, bool jpeg) {
    return encodeImage(picture(w, h, [&](int x, int y) {
                           return Rgb{static_cast<std::uint8_t>(255 * x / std::max(1, w - 1)),
                                      static_cast<std::uint8_t>(255 * y / std::max(1, h - 1)), 128};
                       }),
                       w, h, jpeg);
}

// Interleaved stereo sine: left `freq` Hz, right the same at half the level.
std::vector<float> sine(double seconds, int rate, int channels, double freq = 440.0, float amp = 0.5f) {
    auto frames = static_cast<std::int64_t>(std::llround(seconds * rate));
    std::vector<float> s(static_cast<std::size_t>(frames * channels));
    for (std::int64_t i = 0; i < frames; ++i)
        for (int c = 0; c < channels; ++c)
            s[static_cast<std::size_t>(i * channels + c)] =
                static_cast<float>((c == 0 ? amp : amp / 2) * std::sin(2 * kPi * freq * static_cast<double>(i) / rate));
    return s;
}

struct Probe {
    int videoStreams = 0, audioStreams = 0, otherStreams = 0;
    int attachedPictures = 0;  // a covr tag, which libavformat shows as an attached-picture stream
    AVCodecID videoCodec = AV_CODEC_ID_NONE, audioCodec = AV_CODEC_ID_NONE;
    int width = 0, height = 0, sampleRate = 0, channels = 0;
    double duration = 0, videoDuration = 0, audioDuration = 0;
    int videoFrames = 0;
    std::vector<std::uint8_t> firstFrameRgb;  // width x height RGB24
    std::vector<float> left, right;           // decoded audio
    bool moovFirst = false;
    int keyPackets = 0;
    std::size_t keyBytes = 0, otherVideoBytes = 0;
};

// Opens the MP4 with libavformat and decodes everything in it.
Probe probe(const fs::path& file) {
    Probe r;
    {
        std::ifstream in(file, std::ios::binary);
        std::vector<char> head(64 * 1024);
        in.read(head.data(), static_cast<std::streamsize>(head.size()));
        std::string h(head.data(), static_cast<std::size_t>(in.gcount()));
        auto moov = h.find("moov"), mdat = h.find("mdat");
        r.moovFirst = moov != std::string::npos && (mdat == std::string::npos || moov < mdat);
    }
    AVFormatContext* fc = nullptr;
    if (avformat_open_input(&fc, file.c_str(), nullptr, nullptr) != 0) {
        ADD_FAILURE() << "libavformat cannot open " << file;
        return r;
    }
    EXPECT_GE(avformat_find_stream_info(fc, nullptr), 0);
    EXPECT_STREQ(fc->iformat->name, "mov,mp4,m4a,3gp,3g2,mj2");
    r.duration = static_cast<double>(fc->duration) / AV_TIME_BASE;
    std::vector<AVCodecContext*> decs(fc->nb_streams, nullptr);
    for (unsigned i = 0; i < fc->nb_streams; ++i) {
        AVStream* st = fc->streams[i];
        const AVCodecParameters* par = st->codecpar;
        double d = st->duration == AV_NOPTS_VALUE ? -1 : static_cast<double>(st->duration) * av_q2d(st->time_base);
        if (st->disposition & AV_DISPOSITION_ATTACHED_PIC) {
            ++r.attachedPictures;
            continue;
        }
        if (par->codec_type == AVMEDIA_TYPE_VIDEO) {
            ++r.videoStreams;
            r.videoCodec = par->codec_id;
            r.width = par->width;
            r.height = par->height;
            r.videoDuration = d;
        } else if (par->codec_type == AVMEDIA_TYPE_AUDIO) {
            ++r.audioStreams;
            r.audioCodec = par->codec_id;
            r.sampleRate = par->sample_rate;
            r.channels = par->ch_layout.nb_channels;
            r.audioDuration = d;
        } else {
            ++r.otherStreams;
            continue;
        }
        const AVCodec* codec = avcodec_find_decoder(par->codec_id);
        decs[i] = avcodec_alloc_context3(codec);
        avcodec_parameters_to_context(decs[i], par);
        decs[i]->pkt_timebase = st->time_base;
        EXPECT_EQ(avcodec_open2(decs[i], codec, nullptr), 0);
    }
    AVPacket* pkt = av_packet_alloc();
    AVFrame* fr = av_frame_alloc();
    auto take = [&](unsigned i) {
        while (avcodec_receive_frame(decs[i], fr) == 0) {
            if (fc->streams[i]->codecpar->codec_type == AVMEDIA_TYPE_VIDEO) {
                if (r.videoFrames++ == 0) {
                    r.firstFrameRgb.resize(static_cast<std::size_t>(fr->width) * fr->height * 3);
                    SwsContext* s = sws_getContext(fr->width, fr->height, static_cast<AVPixelFormat>(fr->format),
                                                   fr->width, fr->height, AV_PIX_FMT_RGB24, SWS_POINT, nullptr,
                                                   nullptr, nullptr);
                    std::uint8_t* dst[4] = {r.firstFrameRgb.data(), nullptr, nullptr, nullptr};
                    int ds[4] = {fr->width * 3, 0, 0, 0};
                    sws_scale(s, fr->data, fr->linesize, 0, fr->height, dst, ds);
                    sws_freeContext(s);
                }
            } else {
                EXPECT_EQ(fr->format, AV_SAMPLE_FMT_FLTP);
                auto* l = reinterpret_cast<const float*>(fr->data[0]);
                auto* rr = reinterpret_cast<const float*>(fr->data[fr->ch_layout.nb_channels > 1 ? 1 : 0]);
                r.left.insert(r.left.end(), l, l + fr->nb_samples);
                r.right.insert(r.right.end(), rr, rr + fr->nb_samples);
            }
            av_frame_unref(fr);
        }
    };
    while (av_read_frame(fc, pkt) >= 0) {
        unsigned i = static_cast<unsigned>(pkt->stream_index);
        if (decs[i] && fc->streams[i]->codecpar->codec_type == AVMEDIA_TYPE_VIDEO) {
            if (pkt->flags & AV_PKT_FLAG_KEY) {
                ++r.keyPackets;
                r.keyBytes += static_cast<std::size_t>(pkt->size);
            } else {
                r.otherVideoBytes += static_cast<std::size_t>(pkt->size);
            }
        }
        if (decs[i]) {
            EXPECT_EQ(avcodec_send_packet(decs[i], pkt), 0);
            take(i);
        }
        av_packet_unref(pkt);
    }
    for (unsigned i = 0; i < fc->nb_streams; ++i)
        if (decs[i]) {
            avcodec_send_packet(decs[i], nullptr);
            take(i);
            avcodec_free_context(&decs[i]);
        }
    av_frame_free(&fr);
    av_packet_free(&pkt);
    avformat_close_input(&fc);
    return r;
}

double rms(const std::vector<float>& x, std::size_t from, std::size_t to) {
    double s = 0;
    for (std::size_t i = from; i < to; ++i) s += static_cast<double>(x[i]) * x[i];
    return std::sqrt(s / static_cast<double>(to - from));
}

// Share of the signal's energy at `freq` (projection on sin/cos over whole periods' worth of samples).
double toneShare(const std::vector<float>& x, std::size_t from, std::size_t to, double freq, int rate) {
    double c = 0, s = 0, e = 0;
    for (std::size_t i = from; i < to; ++i) {
        double t = 2 * kPi * freq * static_cast<double>(i) / rate;
        c += x[i] * std::cos(t);
        s += x[i] * std::sin(t);
        e += static_cast<double>(x[i]) * x[i];
    }
    double n = static_cast<double>(to - from);
    return (2 * (c * c + s * s) / n) / e;
}

Rgb pixelAt(const Probe& p, int x, int y) {
    const std::uint8_t* d = &p.firstFrameRgb[(static_cast<std::size_t>(y) * p.width + x) * 3];
    return {d[0], d[1], d[2]};
}

void expectNear(Rgb got, Rgb want, int tol, const std::string& where) {
    for (int c = 0; c < 3; ++c)
        EXPECT_NEAR(got[static_cast<std::size_t>(c)], want[static_cast<std::size_t>(c)], tol)
            << where << " channel " << c;
}

class CoverVideo : public ::testing::Test {
protected:
    void SetUp() override {
        const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
        dir_ = fs::temp_directory_path() / (std::string("songloom-cover-video-") + info->name() + "-" +
                                            std::to_string(::getpid()));
        fs::remove_all(dir_);
        fs::create_directories(dir_);
    }
    void TearDown() override {
        std::error_code ec;
        fs::permissions(dir_, fs::perms::owner_all, ec);
        fs::remove_all(dir_, ec);
    }
    std::size_t filesIn(const fs::path& d) const {
        std::size_t n = 0;
        for ([[maybe_unused]] auto& e : fs::directory_iterator(d)) ++n;
        return n;
    }
    fs::path dir_;
};

// The song: 3.5 s, 48 kHz stereo, 440 Hz.
void checkSong(const Probe& p, int size = 512) {
    EXPECT_EQ(p.videoStreams, 1);
    EXPECT_EQ(p.audioStreams, 1);
    EXPECT_EQ(p.otherStreams, 0);
    EXPECT_EQ(p.videoCodec, AV_CODEC_ID_H264);
    EXPECT_EQ(p.width, size);
    EXPECT_EQ(p.height, size);
    EXPECT_EQ(p.audioCodec, AV_CODEC_ID_AAC);
    EXPECT_EQ(p.sampleRate, 48000);
    EXPECT_EQ(p.channels, 2);
    EXPECT_NEAR(p.duration, 3.5, 0.05) << "container duration";
    EXPECT_NEAR(p.videoDuration, 3.5, 0.05) << "video stream duration: the last frame lasts to the end";
    EXPECT_NEAR(p.audioDuration, 3.5, 0.05) << "audio stream duration";
    EXPECT_TRUE(p.moovFirst) << "+faststart puts the index before the media data";
    EXPECT_GE(p.videoFrames, 4);  // 1 fps: frames at 0, 1, 2, 3 s
    // Priming is removed by the edit list: about 168000 samples come back.
    EXPECT_NEAR(static_cast<double>(p.left.size()), 168000.0, 1024.0);
    ASSERT_GT(p.left.size(), 48000u * 3);
    std::size_t from = 4800, to = 48000 * 3;  // skip the encoder's first frames
    EXPECT_NEAR(rms(p.left, from, to), 0.5 / std::sqrt(2.0), 0.03);
    EXPECT_NEAR(rms(p.right, from, to), 0.25 / std::sqrt(2.0), 0.02);
    EXPECT_GT(toneShare(p.left, from, to, 440.0, 48000), 0.98);
    EXPECT_GT(toneShare(p.right, from, to, 440.0, 48000), 0.98);
}

TEST_F(CoverVideo, PngCoverGivesH264AndAacOfTheSongsLength) {
    auto audio = sine(3.5, 48000, 2);
    auto cover = gradient(640, 640, false);
    fs::path out = dir_ / "song.mp4";
    auto s = writeCoverVideo(out, audio.data(), static_cast<std::int64_t>(audio.size() / 2), 48000, 2, cover);
    ASSERT_TRUE(s.isOk()) << s.message();
    EXPECT_EQ(filesIn(dir_), 1u) << "no temporary file left";
    Probe p = probe(out);
    checkSong(p);
    // The gradient survives: red grows left to right, green top to bottom.
    ASSERT_EQ(p.firstFrameRgb.size(), 512u * 512 * 3);
    expectNear(pixelAt(p, 10, 10), Rgb{5, 5, 128}, 16, "top left");
    expectNear(pixelAt(p, 501, 501), Rgb{250, 250, 128}, 16, "bottom right");
    auto size = fs::file_size(out);
    std::printf("png cover: %ju bytes, container %.4f s, video %.4f s, audio %.4f s, %zu samples, %d video frames\n",
                static_cast<std::uintmax_t>(size), p.duration, p.videoDuration, p.audioDuration, p.left.size(),
                p.videoFrames);
    EXPECT_LT(size, 400u * 1024) << "a still picture and 3.5 s of 192 kb/s AAC stay small";
}

// A detailed (noisy) cover on a 30 s song: one keyframe, then frames that repeat it for almost nothing.
TEST_F(CoverVideo, StillPictureCostsOneKeyframe) {
    auto audio = sine(30, 48000, 2);
    std::mt19937 rng(3);
    auto pic = picture(600, 600, [&](int x, int y) {
        return Rgb{static_cast<std::uint8_t>(((x * y) % 256) ^ static_cast<int>(rng() & 31)),
                   static_cast<std::uint8_t>(std::sin(x * 0.05) * 100 + 120), static_cast<std::uint8_t>(rng() & 255)};
    });
    fs::path out = dir_ / "song.mp4";
    auto s = writeCoverVideo(out, audio.data(), static_cast<std::int64_t>(audio.size() / 2), 48000, 2,
                             encodeImage(pic, 600, 600, true));
    ASSERT_TRUE(s.isOk()) << s.message();
    Probe p = probe(out);
    EXPECT_NEAR(p.duration, 30.0, 0.05);
    EXPECT_EQ(p.videoFrames, 30);
    EXPECT_EQ(p.keyPackets, 1);
    std::printf("30 s, noisy cover: %ju bytes; keyframe %zu bytes, the 29 other frames %zu bytes\n",
                static_cast<std::uintmax_t>(fs::file_size(out)), p.keyBytes, p.otherVideoBytes);
    // Repeats of a still picture are (almost all) skip blocks: under 1 kB a frame, 8 kb/s at 1 fps,
    // next to the 192 kb/s of the audio.
    EXPECT_LT(p.otherVideoBytes, 29u * 1000) << "repeats of a still picture should cost next to nothing";
    EXPECT_LT(p.otherVideoBytes * 5, p.keyBytes);
}

TEST_F(CoverVideo, JpegCoverWorksToo) {
    auto audio = sine(3.5, 48000, 2);
    auto cover = gradient(512, 512, true);
    ASSERT_GT(cover.size(), 4u);
    EXPECT_EQ(cover[0], std::byte{0xFF});
    EXPECT_EQ(cover[1], std::byte{0xD8});
    fs::path out = dir_ / "song.mp4";
    auto s = writeCoverVideo(out, audio.data(), static_cast<std::int64_t>(audio.size() / 2), 48000, 2, cover);
    ASSERT_TRUE(s.isOk()) << s.message();
    Probe p = probe(out);
    checkSong(p);
    expectNear(pixelAt(p, 256, 256), Rgb{128, 128, 128}, 16, "centre");
}

// Three bands along the long side; the centre crop keeps only the middle one.
std::vector<std::byte> bands(int w, int h) {
    return encodeImage(picture(w, h, [&](int x, int y) {
                           int along = w > h ? x : y, len = std::max(w, h), cut = (len - std::min(w, h)) / 2;
                           if (along < cut) return Rgb{230, 20, 20};
                           if (along >= len - cut) return Rgb{20, 20, 230};
                           return Rgb{20, 200, 20};
                       }),
                       w, h, false);
}

TEST_F(CoverVideo, WideAndTallCoversAreCentreCropped) {
    auto audio = sine(3.5, 48000, 2);
    for (auto [w, h] : {std::pair{900, 300}, std::pair{240, 720}}) {
        SCOPED_TRACE(std::to_string(w) + "x" + std::to_string(h));
        fs::path out = dir_ / ("cover-" + std::to_string(w) + "x" + std::to_string(h) + ".mp4");
        auto s = writeCoverVideo(out, audio.data(), static_cast<std::int64_t>(audio.size() / 2), 48000, 2, bands(w, h));
        ASSERT_TRUE(s.isOk()) << s.message();
        Probe p = probe(out);
        checkSong(p);
        ASSERT_EQ(p.firstFrameRgb.size(), 512u * 512 * 3);
        // Only the middle (green) band is left, right up to the edges.
        for (auto [x, y] : {std::pair{4, 4}, std::pair{507, 4}, std::pair{4, 507}, std::pair{507, 507},
                            std::pair{256, 256}, std::pair{4, 256}, std::pair{256, 4}})
            expectNear(pixelAt(p, x, y), Rgb{20, 200, 20}, 24, "pixel " + std::to_string(x) + "," + std::to_string(y));
    }
}

TEST_F(CoverVideo, SmallCoverIsScaledUpAndOtherSizesCanBeAsked) {
    auto audio = sine(3.5, 48000, 2);
    fs::path out = dir_ / "small.mp4";
    auto s = writeCoverVideo(out, audio.data(), static_cast<std::int64_t>(audio.size() / 2), 48000, 2,
                             gradient(24, 24, false));
    ASSERT_TRUE(s.isOk()) << s.message();
    checkSong(probe(out));

    CoverVideoOptions big;
    big.width = big.height = 720;
    fs::path out2 = dir_ / "720.mp4";
    s = writeCoverVideo(out2, audio.data(), static_cast<std::int64_t>(audio.size() / 2), 48000, 2,
                        gradient(300, 200, true), big);
    ASSERT_TRUE(s.isOk()) << s.message();
    checkSong(probe(out2), 720);
}

TEST_F(CoverVideo, MonoAndOtherRatesBecome48kStereo) {
    auto audio = sine(3.5, 44100, 1);
    fs::path out = dir_ / "mono.mp4";
    auto s = writeCoverVideo(out, audio.data(), static_cast<std::int64_t>(audio.size()), 44100, 1,
                             gradient(64, 64, false));
    ASSERT_TRUE(s.isOk()) << s.message();
    Probe p = probe(out);
    EXPECT_EQ(p.sampleRate, 48000);
    EXPECT_EQ(p.channels, 2);
    EXPECT_NEAR(p.duration, 3.5, 0.05);
    EXPECT_NEAR(static_cast<double>(p.left.size()), 168000.0, 1024.0);
    ASSERT_GT(p.left.size(), 48000u * 3);
    // Mono goes to both channels (at the level swresample's default matrix gives).
    EXPECT_GT(rms(p.left, 4800, 144000), 0.2);
    EXPECT_NEAR(rms(p.left, 4800, 144000), rms(p.right, 4800, 144000), 0.01);
    EXPECT_GT(toneShare(p.left, 4800, 144000, 440.0, 48000), 0.98);
}

TEST_F(CoverVideo, CorruptCoverIsAClearErrorAndNoFile) {
    auto audio = sine(1.0, 48000, 2);
    std::vector<std::byte> junk(4000);
    std::mt19937 rng(7);
    for (auto& b : junk) b = static_cast<std::byte>(rng() & 0xFF);
    auto png = gradient(64, 64, false);
    std::vector<std::byte> truncated(png.begin(), png.begin() + 60);
    std::vector<std::byte> damaged = png;  // the header is fine, the pixel data is not
    for (std::size_t i = 60; i < damaged.size(); ++i) damaged[i] = static_cast<std::byte>(rng() & 0xFF);
    int n = 0;
    for (const auto& bytes : {junk, truncated, damaged, std::vector<std::byte>{}}) {
        SCOPED_TRACE("case " + std::to_string(n++));
        fs::path out = dir_ / "song.mp4";
        auto s = writeCoverVideo(out, audio.data(), 48000, 48000, 2, bytes);
        ASSERT_FALSE(s.isOk());
        EXPECT_EQ(s.code(), ErrorCode::Corrupt) << s.message();
        EXPECT_NE(s.message().find("song.mp4"), std::string::npos) << s.message();
        EXPECT_NE(s.message().find("cover image"), std::string::npos) << s.message();
        std::printf("%s\n", s.message().c_str());
        EXPECT_EQ(filesIn(dir_), 0u);
    }
}

TEST_F(CoverVideo, NoAudioOrBadOptionsAreRefused) {
    auto cover = gradient(64, 64, false);
    fs::path out = dir_ / "song.mp4";
    auto s = writeCoverVideo(out, nullptr, 0, 48000, 2, cover);
    EXPECT_EQ(s.code(), ErrorCode::InvalidArgument);
    EXPECT_NE(s.message().find("no audio"), std::string::npos) << s.message();
    auto audio = sine(1.0, 48000, 2);
    EXPECT_EQ(writeCoverVideo(out, audio.data(), 48000, 48000, 3, cover).code(), ErrorCode::InvalidArgument);
    CoverVideoOptions odd;
    odd.width = 511;
    s = writeCoverVideo(out, audio.data(), 48000, 48000, 2, cover, odd);
    EXPECT_EQ(s.code(), ErrorCode::InvalidArgument);
    EXPECT_NE(s.message().find("width 511"), std::string::npos) << s.message();
    audio[1001] = std::nanf("");
    s = writeCoverVideo(out, audio.data(), 48000, 48000, 2, cover);
    EXPECT_EQ(s.code(), ErrorCode::InvalidArgument);
    EXPECT_NE(s.message().find("frame 500, channel 1"), std::string::npos) << s.message();
    EXPECT_EQ(filesIn(dir_), 0u);
}

TEST_F(CoverVideo, ExistingFileIsKeptUnlessOverwriteIsAsked) {
    auto audio = sine(1.0, 48000, 2);
    auto cover = gradient(64, 64, false);
    fs::path out = dir_ / "song.mp4";
    { std::ofstream(out) << "keep me"; }
    auto s = writeCoverVideo(out, audio.data(), 48000, 48000, 2, cover);
    EXPECT_EQ(s.code(), ErrorCode::InvalidArgument);
    EXPECT_NE(s.message().find("exists"), std::string::npos) << s.message();
    EXPECT_EQ(fs::file_size(out), 7u);
    CoverVideoOptions o;
    o.overwrite = true;
    s = writeCoverVideo(out, audio.data(), 48000, 48000, 2, cover, o);
    ASSERT_TRUE(s.isOk()) << s.message();
    EXPECT_EQ(probe(out).videoStreams, 1);
    EXPECT_EQ(filesIn(dir_), 1u);
}

TEST_F(CoverVideo, UnwritableOrMissingFolderIsAnErrorWithNoFile) {
    auto audio = sine(1.0, 48000, 2);
    auto cover = gradient(64, 64, false);
    // A read-only folder; root ignores permissions, so then a folder of a read-only file system (/proc).
    fs::path ro = dir_ / "read-only";
    fs::create_directories(ro);
    fs::permissions(ro, fs::perms::owner_read | fs::perms::owner_exec);
    bool refused = !std::ofstream(ro / "probe").is_open();
    fs::remove(ro / "probe");
    fs::path folder = refused ? ro : fs::path("/proc");
    if (!refused) {
        ASSERT_FALSE(std::ofstream(folder / "probe").is_open()) << "no unwritable folder to test with";
    }
    fs::path out = folder / "song.mp4";
    auto s = writeCoverVideo(out, audio.data(), 48000, 48000, 2, cover);
    ASSERT_FALSE(s.isOk());
    EXPECT_EQ(s.code(), ErrorCode::Io) << s.message();
    EXPECT_NE(s.message().find(out.string()), std::string::npos) << s.message();
    std::printf("%s\n", s.message().c_str());
    EXPECT_FALSE(fs::exists(out));
    if (refused) {
        EXPECT_EQ(filesIn(ro), 0u);
    }

    s = writeCoverVideo(dir_ / "no-such-folder" / "song.mp4", audio.data(), 48000, 48000, 2, cover);
    EXPECT_EQ(s.code(), ErrorCode::NotFound) << s.message();
}

TEST_F(CoverVideo, FullDiskIsAnErrorWithNoPartialFile) {
    // A file size limit makes writes fail as a full disk would (EFBIG instead of ENOSPC).
    auto audio = sine(3.5, 48000, 2);
    auto cover = gradient(256, 256, false);
    rlimit old{};
    ASSERT_EQ(getrlimit(RLIMIT_FSIZE, &old), 0);
    auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = old;
    small.rlim_cur = 20000;
    ASSERT_EQ(setrlimit(RLIMIT_FSIZE, &small), 0);
    fs::path out = dir_ / "song.mp4";
    auto s = writeCoverVideo(out, audio.data(), static_cast<std::int64_t>(audio.size() / 2), 48000, 2, cover);
    setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, oldHandler);
    ASSERT_FALSE(s.isOk());
    EXPECT_EQ(s.code(), ErrorCode::Io) << s.message();
    EXPECT_NE(s.message().find("song.mp4"), std::string::npos) << s.message();
    std::printf("%s\n", s.message().c_str());
    EXPECT_EQ(filesIn(dir_), 0u);
}

// ---- Tags ----

songloom::audio::AudioTags songTags(const std::vector<std::byte>& coverImage) {
    songloom::audio::AudioTags t;
    t.title = "Nachtzug — 夜行列車";
    t.artist = "Songloom Tester";
    t.album = "Cover Videos";
    t.lyrics = "[verse]\nÜber die Brücke, la la\n\n[chorus]\n夜の電車 🚆\r\nend";
    t.bpm = 124;
    t.key = "F# minor";
    t.language = "de";
    t.caption = "melancholic synthwave, female vocals, 124 bpm";
    t.parametersJson = R"({"caption":"melancholic synthwave","seed":42,"steps":8,"lyrics":"a\nb","note":"ä"})";
    const auto* b = reinterpret_cast<const std::uint8_t*>(coverImage.data());
    t.cover = songloom::audio::CoverArt{"image/png", std::vector<std::uint8_t>(b, b + coverImage.size())};
    return t;
}

songloom::audio::AudioTags noTags() {
    songloom::audio::AudioTags t;
    t.aiNote.clear();
    return t;
}

TEST_F(CoverVideo, TagsAreWrittenBeforeTheRenameAndReadBackIdentically) {
    auto audio = sine(3.5, 48000, 2);
    auto cover = gradient(640, 640, false);
    const auto tags = songTags(cover);
    CoverVideoOptions o;
    o.tags = tags;
    fs::path out = dir_ / "song.mp4";
    auto s = writeCoverVideo(out, audio.data(), static_cast<std::int64_t>(audio.size() / 2), 48000, 2, cover, o);
    ASSERT_TRUE(s.isOk()) << s.message();
    EXPECT_EQ(filesIn(dir_), 1u) << "no temporary file left";
    auto read = songloom::audio::readTags(out);
    ASSERT_TRUE(read) << read.status().message();
    EXPECT_EQ(*read, tags);
    EXPECT_EQ(read->lyrics, tags.lyrics) << "newlines and unicode survive";
    EXPECT_EQ(read->parametersJson, tags.parametersJson);
    EXPECT_EQ(read->aiNote, songloom::audio::kAiGeneratedNote);
    ASSERT_TRUE(read->cover);
    EXPECT_EQ(read->cover->data.size(), cover.size());
    Probe p = probe(out);
    checkSong(p);
    EXPECT_EQ(p.attachedPictures, 1) << "the covr tag";
    expectNear(pixelAt(p, 10, 10), Rgb{5, 5, 128}, 16, "top left");
}

TEST_F(CoverVideo, UntaggedVideoReadsEmptyAndCanBeTaggedAfterwards) {
    auto audio = sine(3.5, 48000, 2);
    auto cover = gradient(512, 512, true);
    fs::path out = dir_ / "song.mp4";
    auto s = writeCoverVideo(out, audio.data(), static_cast<std::int64_t>(audio.size() / 2), 48000, 2, cover);
    ASSERT_TRUE(s.isOk()) << s.message();
    auto plain = songloom::audio::readTags(out);
    ASSERT_TRUE(plain) << plain.status().message();
    EXPECT_EQ(*plain, noTags()) << "FFmpeg's own encoder item is not one of ours";
    EXPECT_EQ(probe(out).attachedPictures, 0);

    // The same one code path tags an existing MP4; an MP4 is not taken for an audio format.
    EXPECT_EQ(songloom::audio::writeTags(out, songloom::audio::OutputFormat::Mp3, noTags()).code(),
              ErrorCode::InvalidArgument);
    auto tags = songTags(cover);
    tags.cover->mimeType = "image/jpeg";
    ASSERT_TRUE(songloom::audio::writeTags(out, tags).isOk());
    auto read = songloom::audio::readTags(out);
    ASSERT_TRUE(read) << read.status().message();
    EXPECT_EQ(*read, tags);
    // Rewriting replaces (no duplicates; cleared fields and the cover go away).
    tags.title = "second";
    tags.cover.reset();
    tags.key.clear();
    tags.bpm.reset();
    ASSERT_TRUE(songloom::audio::writeTags(out, tags).isOk());
    read = songloom::audio::readTags(out);
    ASSERT_TRUE(read) << read.status().message();
    EXPECT_EQ(*read, tags);
    ASSERT_TRUE(songloom::audio::writeTags(out, noTags()).isOk());
    read = songloom::audio::readTags(out);
    ASSERT_TRUE(read);
    EXPECT_EQ(*read, noTags());
    // The media is untouched by the rewrites (TagLib moves the chunk offsets with the grown/shrunk moov).
    Probe p = probe(out);
    checkSong(p);
    EXPECT_EQ(p.attachedPictures, 0);
    expectNear(pixelAt(p, 256, 256), Rgb{128, 128, 128}, 16, "centre");
}

TEST_F(CoverVideo, TagsMp4CannotHoldAreRefusedWithNoFile) {
    auto audio = sine(1.0, 48000, 2);
    auto cover = gradient(64, 64, false);
    fs::path out = dir_ / "song.mp4";
    CoverVideoOptions o;
    o.tags = songTags(cover);
    o.tags->bpm = 70000;
    auto s = writeCoverVideo(out, audio.data(), static_cast<std::int64_t>(audio.size() / 2), 48000, 2, cover, o);
    EXPECT_EQ(s.code(), ErrorCode::InvalidArgument);
    EXPECT_NE(s.message().find("tags.bpm"), std::string::npos) << s.message();
    o.tags = songTags(cover);
    o.tags->cover->mimeType = "image/webp";
    s = writeCoverVideo(out, audio.data(), static_cast<std::int64_t>(audio.size() / 2), 48000, 2, cover, o);
    EXPECT_EQ(s.code(), ErrorCode::InvalidArgument);
    EXPECT_NE(s.message().find("image/webp"), std::string::npos) << s.message();
    EXPECT_EQ(filesIn(dir_), 0u);
}

}  // namespace
