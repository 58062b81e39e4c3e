#include "mediaprobe.h"

extern "C" {
#include <libavformat/avformat.h>
}

namespace songloom::test {

Streams streamsOf(const QString& path) {
    Streams s;
    AVFormatContext* ctx = nullptr;
    if (avformat_open_input(&ctx, path.toUtf8().constData(), nullptr, nullptr) < 0)
        return s;
    s.opened = true;
    avformat_find_stream_info(ctx, nullptr);
    for (unsigned i = 0; i < ctx->nb_streams; ++i) {
        const AVStream* st = ctx->streams[i];
        if (st->disposition & AV_DISPOSITION_ATTACHED_PIC)
            ++s.attachedPictures;
        else if (st->codecpar->codec_type == AVMEDIA_TYPE_VIDEO)
            ++s.video;
        else if (st->codecpar->codec_type == AVMEDIA_TYPE_AUDIO)
            ++s.audio;
    }
    s.seconds = static_cast<double>(ctx->duration) / AV_TIME_BASE;
    avformat_close_input(&ctx);
    return s;
}

}  // namespace songloom::test
