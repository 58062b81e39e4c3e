// songloom: the studio. See application.h for what is set up where.
#include "application.h"
#include "commandline.h"

#include <QCoreApplication>

int main(int argc, char* argv[]) {
    using namespace songloom::app;
    setApplicationIdentity();

    // --help and --version are answered before QApplication exists, so they work without a display.
    const CommandLine early = parseCommandLine(argumentList(argc, argv));
    if (early.help || early.version) {
        const QCoreApplication core(argc, argv);  // names the program in the usage line
        return printInformation(parseCommandLine(QCoreApplication::arguments()));
    }

    // Qt 6.4 picks GStreamer for playback, which crashes where gst-plugins-base is missing; FFmpeg is
    // Qt's own default from 6.5 on. A user's QT_MEDIA_BACKEND still wins.
    if (qEnvironmentVariableIsEmpty("QT_MEDIA_BACKEND"))
        qputenv("QT_MEDIA_BACKEND", "ffmpeg");
    Application application(argc, argv);
    return application.run();
}
