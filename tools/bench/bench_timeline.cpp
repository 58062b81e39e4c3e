// Timeline painting benchmark (results go to docs/performance.md): a synthetic 10-minute 48 kHz stereo
// take; the time to build its peak pyramid, and the frame time of painting the TimelineView (rendered
// to a QImage, offscreen raster) at full zoom-out and while scrolling. Each frame is a whole-view
// repaint, the upper bound: on screen a scroll step repaints only the uncovered strip.
//
//   QT_QPA_PLATFORM=offscreen songloom-bench-timeline [--frames N] [--width W] [--height H]
#include "timeline/timelineview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <random>

using namespace songloom;
using namespace songloom::ui;

namespace {

std::shared_ptr<const audio::AudioBuffer> tenMinuteTake() {
    auto a = std::make_shared<audio::AudioBuffer>();
    const int rate = audio::kEngineSampleRate;
    const int64_t frames = int64_t(600) * rate;
    a->samples.resize(size_t(frames * 2));
    std::mt19937 rng(7);
    std::uniform_real_distribution<float> noise(-1.0f, 1.0f);
    for (int64_t i = 0; i < frames; ++i) {
        const double t = double(i) / rate;
        const double beat = std::fmod(t, 0.5);
        const double env = 0.3 + 0.6 * std::exp(-beat * 12.0);
        const double tone = std::sin(2 * M_PI * 110.0 * t) * 0.5;
        a->samples[size_t(2 * i)] = float(env * (tone + 0.2 * noise(rng)));
        a->samples[size_t(2 * i + 1)] = float(env * (0.8 * tone + 0.25 * noise(rng)));
    }
    return a;
}

struct Stats {
    double median = 0, p95 = 0, fps = 0;
};

Stats stats(std::vector<double> ms) {
    std::sort(ms.begin(), ms.end());
    Stats s;
    s.median = ms[ms.size() / 2];
    s.p95 = ms[std::min(ms.size() - 1, size_t(std::ceil(0.95 * double(ms.size()))) - 1)];
    s.fps = 1000.0 / s.median;
    return s;
}

// Renders the view `n` times, calling `before(i)` (untimed) before each frame.
Stats frames(TimelineView& view, int n, const std::function<void(int)>& before) {
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    std::vector<double> ms;
    ms.reserve(size_t(n));
    for (int i = 0; i < n; ++i) {
        before(i);
        QElapsedTimer t;
        t.start();
        view.render(&image);
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    return stats(ms);
}

QString loadAverage() {
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2)
                                       : QStringLiteral("?");
}

void row(const char* what, const Stats& s) {
    std::printf("| %s | %.2f | %.2f | %.0f |\n", what, s.median, s.p95, s.fps);
}

}  // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser cli;
    cli.addHelpOption();
    QCommandLineOption framesOpt(QStringLiteral("frames"), QStringLiteral("Frames per case (default 200)."),
                                 QStringLiteral("N"), QStringLiteral("200"));
    QCommandLineOption widthOpt(QStringLiteral("width"), QStringLiteral("View width (default 1280)."),
                                QStringLiteral("W"), QStringLiteral("1280"));
    QCommandLineOption heightOpt(QStringLiteral("height"), QStringLiteral("View height (default 300)."),
                                 QStringLiteral("H"), QStringLiteral("300"));
    cli.addOptions({framesOpt, widthOpt, heightOpt});
    cli.process(app);
    const int n = std::max(5, cli.value(framesOpt).toInt());

    std::printf("load average before: %s\n", qPrintable(loadAverage()));
    const auto audio = tenMinuteTake();

    // Pyramid build: median of 5.
    std::vector<double> buildMs;
    std::shared_ptr<const PeakPyramid> pyramid;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        pyramid = PeakPyramid::build(audio);
        buildMs.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(buildMs.begin(), buildMs.end());
    std::printf("pyramid build, 10 min stereo (28.8 M frames, 3 lanes): median %.1f ms (min %.1f, max %.1f)\n",
                buildMs[2], buildMs[0], buildMs[4]);

    TimelineView view;
    view.resize(cli.value(widthOpt).toInt(), cli.value(heightOpt).toInt());
    view.setTempo(TempoGrid{120.0, 4});
    view.setSections({{QStringLiteral("Intro"), 0, 20}, {QStringLiteral("Verse 1"), 20, 80},
                      {QStringLiteral("Chorus"), 80, 120}, {QStringLiteral("Verse 2"), 120, 180}});
    view.setPyramid(pyramid);
    view.regions()->add(30.0, 45.0, QStringLiteral("A"));
    view.regions()->add(200.0, 260.0, QStringLiteral("B"));
    view.show();
    QApplication::processEvents();
    std::printf("view %dx%d, viewport %dx%d, frames per case: %d\n", view.width(), view.height(),
                view.viewport()->width(), view.viewport()->height(), n);
    std::printf("\n| case | median ms | p95 ms | fps (1/median) |\n|---|---|---|---|\n");

    WaveformTileCache& tiles = view.tileCache();
    view.zoomToFit();
    row("full zoom-out, tiles cached (repaint)", frames(view, n, [](int) {}));
    row("full zoom-out, tiles rebuilt every frame (after a zoom)", frames(view, n, [&](int) { tiles.clear(); }));
    // Playhead moving along at full zoom-out: the whole view is rendered, only the strip changes.
    row("full zoom-out, playhead moving", frames(view, n, [&](int i) { view.setPlayhead(i * 0.5); }));

    // Zoomed so that one screen shows 10 s (60 screens in the take).
    view.setFramesPerPixel(10.0 * audio::kEngineSampleRate / view.viewport()->width(), 0);
    const int vw = view.viewport()->width();
    view.scrollToX(0);
    row("10 s per screen, scrolling one screen width per frame",
        frames(view, n, [&](int i) { view.scrollToX(qint64(i % 59) * vw); }));
    view.scrollToX(0);
    row("10 s per screen, scrolling 16 px per frame",
        frames(view, n, [&](int i) { view.scrollToX(qint64(i) * 16); }));
    // Sample detail: 8 px per sample.
    view.setFramesPerPixel(1.0 / 8.0, 0);
    const qint64 start = qint64(300.0 * audio::kEngineSampleRate * 8);
    row("8 px per sample, scrolling 16 px per frame",
        frames(view, n, [&](int i) { view.scrollToX(start + qint64(i) * 16); }));
    row("8 px per sample, scrolling one screen width per frame",
        frames(view, n, [&](int i) { view.scrollToX(start + qint64(i) * vw); }));
    std::printf("\ntile cache: %lld hits, %lld misses\n", (long long)tiles.hits(), (long long)tiles.misses());
    std::printf("load average after: %s\n", qPrintable(loadAverage()));
    return 0;
}
