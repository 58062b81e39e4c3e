// What libavformat sees in a media file (the exported MP4s): its streams and duration. libsndfile, behind
// audio::probeFile, does not read MP4.
#pragma once

#include <QString>

namespace songloom::test {

struct Streams {
    int video = 0, audio = 0, attachedPictures = 0;
    double seconds = 0;
    bool opened = false;
};

Streams streamsOf(const QString& path);

}  // namespace songloom::test
