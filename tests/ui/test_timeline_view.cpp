// The timeline widget, offscreen: regions made and edited with the mouse (drag to create, edge drag,
// minimum length, several regions, section double-click), click to seek, the keyboard (playhead, extend,
// loop, delete, zoom), zoom limits down to single samples, the playhead repainting only its strip,
// tiles reused while scrolling, the pyramid built off the GUI thread, and screenshots for people.
#include "timeline/timelinepage.h"
#include "timeline/timelineview.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QPaintEvent>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

#include <cmath>

using namespace songloom;
using namespace songloom::ui;

namespace {

// A take that looks like music: a kick-like thump on every beat at 120 bpm, a chord pad that swells
// per bar, the right channel a little different from the left.
std::shared_ptr<const audio::AudioBuffer> musicLikeTake(double seconds) {
    auto a = std::make_shared<audio::AudioBuffer>();
    const int rate = audio::kEngineSampleRate;
    const auto frames = int64_t(seconds * rate);
    a->samples.resize(size_t(frames * 2));
    for (int64_t i = 0; i < frames; ++i) {
        const double t = double(i) / rate;
        const double beatPhase = std::fmod(t, 0.5);
        const double kick = std::exp(-beatPhase * 18.0) * std::sin(2 * M_PI * (55.0 + 90.0 * std::exp(-beatPhase * 30.0)) * beatPhase);
        const double swell = 0.5 + 0.5 * std::sin(2 * M_PI * t / 2.0);
        const double song = t < 8.0 ? 0.35 : (t < 24.0 ? 0.7 : 1.0);  // intro, verse, chorus
        const double pad = 0.18 * swell * (std::sin(2 * M_PI * 220.0 * t) + 0.6 * std::sin(2 * M_PI * 277.2 * t));
        a->samples[size_t(2 * i)] = float(song * (0.55 * kick + pad));
        a->samples[size_t(2 * i + 1)] = float(song * (0.45 * kick + 1.2 * pad * std::cos(2 * M_PI * 0.1 * t)));
    }
    return a;
}

// Records the regions the viewport was asked to paint.
class PaintRecorder : public QObject {
public:
    QVector<QRegion> regions;
    bool eventFilter(QObject*, QEvent* e) override {
        if (e->type() == QEvent::Paint)
            regions.append(static_cast<QPaintEvent*>(e)->region());
        return false;
    }
};

}  // namespace

class TestTimelineView : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<TimelineView> view_;
    QWidget* vp() const { return view_->viewport(); }
    int waveY() const { return view_->waveformRect().center().y(); }
    double secondsPerPixel() const { return view_->framesPerPixel() / audio::kEngineSampleRate; }

private Q_SLOTS:
    void init() {
        view_ = std::make_unique<TimelineView>();
        view_->resize(1000, 260);
        view_->setPyramid(PeakPyramid::build(musicLikeTake(40.0)));
        view_->show();
        QVERIFY(QTest::qWaitForWindowExposed(view_.get()));
    }
    void cleanup() { view_.reset(); }

    void fitsTheTakeAndHasAccessibleName() {
        QVERIFY(view_->fitted());
        QVERIFY(std::fabs(view_->secondsAt(vp()->width()) - 40.0) < 1e-6);
        QCOMPARE(view_->horizontalScrollBar()->maximum(), 0);
        QCOMPARE(view_->accessibleName(), QStringLiteral("Waveform timeline"));
    }

    void dragCreatesRegions() {
        RegionModel* m = view_->regions();
        const int y = waveY();
        QTest::mousePress(vp(), Qt::LeftButton, {}, QPoint(100, y));
        QTest::mouseMove(vp(), QPoint(150, y));
        QTest::mouseMove(vp(), QPoint(250, y));
        QTest::mouseRelease(vp(), Qt::LeftButton, {}, QPoint(250, y));
        QCOMPARE(m->regions().size(), 1);
        const TimelineRegion first = m->regions().first();
        QVERIFY(std::fabs(first.start - view_->secondsAt(100)) < 1e-9);
        QVERIFY(std::fabs(first.end - view_->secondsAt(250)) < 1e-9);
        QCOMPARE(m->selectedId(), first.id);
        // A second region, dragged right to left.
        QTest::mousePress(vp(), Qt::LeftButton, {}, QPoint(800, y));
        QTest::mouseMove(vp(), QPoint(700, y));
        QTest::mouseMove(vp(), QPoint(600, y));
        QTest::mouseRelease(vp(), Qt::LeftButton, {}, QPoint(600, y));
        QCOMPARE(m->regions().size(), 2);
        QVERIFY(std::fabs(m->regions().last().start - view_->secondsAt(600)) < 1e-9);
        QVERIFY(std::fabs(m->regions().last().end - view_->secondsAt(800)) < 1e-9);
        // A click without movement does not make a region: it seeks and selects what is under it.
        QSignalSpy seek(view_.get(), &TimelineView::seekRequested);
        QTest::mouseClick(vp(), Qt::LeftButton, {}, QPoint(180, y));
        QCOMPARE(m->regions().size(), 2);
        QCOMPARE(seek.count(), 1);
        QVERIFY(std::fabs(seek.last().at(0).toDouble() - view_->secondsAt(180)) < 1e-9);
        QCOMPARE(m->selectedId(), first.id);
        QTest::mouseClick(vp(), Qt::LeftButton, {}, QPoint(450, y));  // empty: selection cleared
        QCOMPARE(m->selectedId(), 0);
        QVERIFY(std::fabs(view_->playhead() - view_->secondsAt(450)) < 1e-9);
    }

    void edgeDragMoveAndMinimumLength() {
        RegionModel* m = view_->regions();
        const int id = *m->add(view_->secondsAt(300), view_->secondsAt(500));
        const int y = waveY();
        // Drag the end edge 100 px right.
        QTest::mousePress(vp(), Qt::LeftButton, {}, QPoint(500, y));
        QTest::mouseMove(vp(), QPoint(560, y));
        QTest::mouseMove(vp(), QPoint(600, y));
        QTest::mouseRelease(vp(), Qt::LeftButton, {}, QPoint(600, y));
        QVERIFY(std::fabs(m->region(id)->end - view_->secondsAt(600)) < 1e-9);
        QVERIFY(std::fabs(m->region(id)->start - view_->secondsAt(300)) < 1e-9);
        // Drag the start edge past the end: stops at the minimum length.
        QTest::mousePress(vp(), Qt::LeftButton, {}, QPoint(302, y));
        QTest::mouseMove(vp(), QPoint(500, y));
        QTest::mouseMove(vp(), QPoint(900, y));
        QTest::mouseRelease(vp(), Qt::LeftButton, {}, QPoint(900, y));
        QVERIFY(std::fabs(m->region(id)->length() - m->minLength()) < 1e-9);
        QVERIFY(std::fabs(m->region(id)->end - view_->secondsAt(600)) < 1e-9);
        // Move the body 50 px left (grab in the middle, away from the edges: widen first).
        m->setSpan(id, view_->secondsAt(300), view_->secondsAt(500));
        QTest::mousePress(vp(), Qt::LeftButton, {}, QPoint(400, y));
        QTest::mouseMove(vp(), QPoint(380, y));
        QTest::mouseMove(vp(), QPoint(350, y));
        QTest::mouseRelease(vp(), Qt::LeftButton, {}, QPoint(350, y));
        QVERIFY(std::fabs(m->region(id)->start - view_->secondsAt(250)) < 1e-9);
        QVERIFY(std::fabs(m->region(id)->end - view_->secondsAt(450)) < 1e-9);
        // Escape during a drag puts it back.
        QTest::mousePress(vp(), Qt::LeftButton, {}, QPoint(450, y));
        QTest::mouseMove(vp(), QPoint(700, y));
        QTest::keyClick(view_.get(), Qt::Key_Escape);
        QTest::mouseRelease(vp(), Qt::LeftButton, {}, QPoint(700, y));
        QVERIFY(std::fabs(m->region(id)->end - view_->secondsAt(450)) < 1e-9);
    }

    void dragPastTheEdgeScrolls() {
        view_->setFramesPerPixel(view_->fitFramesPerPixel() / 8.0, 0);
        QCOMPARE(view_->scrollX(), qint64(0));
        const int y = waveY();
        const int vw = vp()->width();
        const double edgeBefore = view_->secondsAt(vw);
        QTest::mousePress(vp(), Qt::LeftButton, {}, QPoint(vw / 2, y));
        QTest::mouseMove(vp(), QPoint(vw / 2 + 50, y));
        QTest::mouseMove(vp(), QPoint(vw + 60, y));  // held past the right edge
        QTRY_VERIFY(view_->scrollX() > vw / 2);
        QTest::mouseRelease(vp(), Qt::LeftButton, {}, QPoint(vw + 60, y));
        const qint64 stopped = view_->scrollX();
        QTest::qWait(100);
        QCOMPARE(view_->scrollX(), stopped);  // released: no more scrolling
        const TimelineRegion r = view_->regions()->regions().first();
        QVERIFY(r.end > edgeBefore);  // the region followed the scrolled view
    }

    void snappedDragWithTempo() {
        view_->setTempo(TempoGrid{120.0, 4});
        view_->setSnapMode(SnapMode::Bars);
        const int y = waveY();
        QTest::mousePress(vp(), Qt::LeftButton, {}, QPoint(130, y));
        QTest::mouseMove(vp(), QPoint(200, y));
        QTest::mouseMove(vp(), QPoint(420, y));
        QTest::mouseRelease(vp(), Qt::LeftButton, {}, QPoint(420, y));
        const TimelineRegion r = view_->regions()->regions().first();
        QCOMPARE(std::fmod(r.start, 2.0), 0.0);  // on bar lines (2 s at 120 bpm 4/4)
        QCOMPARE(std::fmod(r.end, 2.0), 0.0);
        QVERIFY(std::fabs(r.start - view_->secondsAt(130)) <= 1.0);
        QVERIFY(std::fabs(r.end - view_->secondsAt(420)) <= 1.0);
    }

    void keyboard() {
        view_->setTempo(TempoGrid{120.0, 4});
        view_->setFocus();
        RegionModel* m = view_->regions();
        QSignalSpy seek(view_.get(), &TimelineView::seekRequested);
        view_->setPlayhead(10.0);
        QTest::keyClick(view_.get(), Qt::Key_Right);
        QCOMPARE(view_->playhead(), 10.5);  // one beat
        QTest::keyClick(view_.get(), Qt::Key_Left);
        QTest::keyClick(view_.get(), Qt::Key_Left);
        QCOMPARE(view_->playhead(), 9.5);
        QCOMPARE(seek.count(), 3);
        // Shift+Right with no selection starts a region at the playhead; more extends it.
        QTest::keyClick(view_.get(), Qt::Key_Right, Qt::ShiftModifier);
        QTest::keyClick(view_.get(), Qt::Key_Right, Qt::ShiftModifier);
        QCOMPARE(m->regions().size(), 1);
        QCOMPARE(m->regions().first().start, 9.5);
        QCOMPARE(m->regions().first().end, 10.5);
        QCOMPARE(view_->playhead(), 10.5);
        QTest::keyClick(view_.get(), Qt::Key_Left, Qt::ShiftModifier);  // the end edge comes back
        QCOMPARE(m->regions().first().end, 10.0);
        QSignalSpy loop(view_.get(), &TimelineView::loopChanged);
        QTest::keyClick(view_.get(), Qt::Key_L);
        QCOMPARE(loop.count(), 1);
        QCOMPARE(loop.last().at(0).toBool(), true);
        QCOMPARE(loop.last().at(1).toDouble(), 9.5);
        QCOMPARE(loop.last().at(2).toDouble(), 10.0);
        QTest::keyClick(view_.get(), Qt::Key_End);
        QCOMPARE(view_->playhead(), 40.0);
        QTest::keyClick(view_.get(), Qt::Key_Home);
        QCOMPARE(view_->playhead(), 0.0);
        QTest::keyClick(view_.get(), Qt::Key_Delete);
        QCOMPARE(m->regions().size(), 0);
        QCOMPARE(loop.last().at(0).toBool(), false);
        // Zoom keys: in, out, fit.
        const double fit = view_->framesPerPixel();
        QTest::keyClick(view_.get(), Qt::Key_Plus);
        QTest::keyClick(view_.get(), Qt::Key_Plus);
        QVERIFY(std::fabs(view_->framesPerPixel() - fit / (TimelineView::kZoomStep * TimelineView::kZoomStep)) < 1e-6);
        QVERIFY(!view_->fitted());
        QTest::keyClick(view_.get(), Qt::Key_Minus);
        QVERIFY(view_->framesPerPixel() > fit / 2.26);
        QTest::keyClick(view_.get(), Qt::Key_0);
        QVERIFY(view_->fitted());
        QCOMPARE(view_->framesPerPixel(), fit);
        QTest::keyClick(view_.get(), Qt::Key_S);
        QCOMPARE(view_->laneMode(), LaneMode::Summed);
    }

    void zoomToSingleSamplesAndScroll() {
        // Ctrl+wheel zooms around the mouse: the time under it stays put.
        const double under = view_->secondsAt(400);
        QWheelEvent wheel(QPointF(400, waveY()), vp()->mapToGlobal(QPointF(400, waveY())), QPoint(),
                          QPoint(0, 120 * 4), Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(vp(), &wheel);
        QVERIFY(view_->framesPerPixel() < view_->fitFramesPerPixel() / 4.0);
        QVERIFY(std::fabs(view_->secondsAt(400) - under) < 2.0 * secondsPerPixel());
        // Deepest zoom: 32 pixels per sample, and no further.
        view_->setFramesPerPixel(1e-6);
        QCOMPARE(view_->framesPerPixel(), TimelineView::kMinFramesPerPixel);
        view_->scrollToX(qint64(10.0 * audio::kEngineSampleRate * 32));  // 10 s in
        QVERIFY(std::fabs(view_->secondsAt(0) - 10.0) < 1e-9);
        // The samples are drawn (waveform colour in the waveform area), not an empty lane.
        const QImage shot = vp()->grab().toImage();
        const QRect wf = view_->waveformRect();
        int peakPixels = 0;
        for (int y = wf.top(); y <= wf.bottom(); ++y)
            for (int x = 0; x < shot.width(); ++x)
                if (QColor(shot.pixel(x, y)).blue() > 200)
                    ++peakPixels;
        QVERIFY2(peakPixels > 100, qPrintable(QString::number(peakPixels)));
        // And never wider than the take: zooming out stops at the fit.
        view_->setFramesPerPixel(1e12);
        QVERIFY(view_->fitted());
    }

    void playheadRepaintsOnlyItsStrip() {
        view_->setPlayhead(5.0);
        QApplication::processEvents();
        PaintRecorder rec;
        vp()->installEventFilter(&rec);
        view_->setPlayhead(5.0 + 30 * secondsPerPixel());
        QTRY_VERIFY(!rec.regions.isEmpty());
        vp()->removeEventFilter(&rec);
        const QRegion painted = rec.regions.first();
        for (const QRect& r : painted)
            QVERIFY2(r.width() <= 13, qPrintable(QStringLiteral("painted %1 px wide").arg(r.width())));
        QVERIFY(painted.boundingRect().width() < 60);
    }

    void scrollingReusesTiles() {
        view_->setFramesPerPixel(view_->fitFramesPerPixel() / 20.0, 0);
        view_->scrollToX(0);
        vp()->repaint();
        WaveformTileCache& tiles = view_->tileCache();
        const qint64 misses0 = tiles.misses();
        const qint64 hits0 = tiles.hits();
        // 64 small steps of 8 px: 512 px scrolled = 2 new tiles.
        for (int i = 0; i < 64; ++i) {
            view_->scrollToX(view_->scrollX() + 8);
            vp()->repaint();
        }
        QVERIFY2(tiles.misses() - misses0 <= 3, qPrintable(QString::number(tiles.misses() - misses0)));
        QVERIFY(tiles.hits() > hits0);
    }

    void sectionBandsBecomeRegions() {
        view_->setSections({{QStringLiteral("Verse 1"), 8.0, 24.0}, {QStringLiteral("Chorus"), 24.0, 40.0}});
        QVERIFY(view_->sectionsHeight() > 0);
        const int bandY = view_->rulerHeight() + view_->sectionsHeight() / 2;
        QTest::mouseDClick(vp(), Qt::LeftButton, {}, QPoint(int(view_->xAt(30.0)), bandY));
        QCOMPARE(view_->regions()->regions().size(), 1);
        const TimelineRegion r = view_->regions()->regions().first();
        QCOMPARE(r.label, QStringLiteral("Chorus"));
        QCOMPARE(r.start, 24.0);
        QCOMPARE(r.end, 40.0);
        // R does the same for the section under the playhead.
        view_->setPlayhead(10.0);
        view_->setFocus();
        QTest::keyClick(view_.get(), Qt::Key_R);
        QCOMPARE(view_->regions()->regions().size(), 2);
        QCOMPARE(view_->regions()->regions().last().label, QStringLiteral("Verse 1"));
    }

    void longTakeBuildsOffTheGuiThread() {
        QSignalSpy ready(view_.get(), &TimelineView::waveformReady);
        view_->setAudio(musicLikeTake(30.0));  // longer than kSyncBuildFrames
        QVERIFY(view_->building());
        QVERIFY(!view_->pyramid());
        QVERIFY(ready.wait(20000));
        QVERIFY(!view_->building());
        QCOMPARE(view_->pyramid()->frames(), int64_t(30 * audio::kEngineSampleRate));
        QVERIFY(std::fabs(view_->takeSeconds() - 30.0) < 1e-9);
    }

    // Pictures for people (test-artifacts/): two regions (one looping), section bands, tempo ruler.
    void screenshot() {
        TimelinePage page;
        page.resize(1100, 330);
        page.setTake(musicLikeTake(40.0), TempoGrid{120.0, 4},
                     {{QStringLiteral("Intro"), 0.0, 8.0},
                      {QStringLiteral("Verse 1"), 8.0, 24.0},
                      {QStringLiteral("Chorus"), 24.0, 40.0}});
        RegionModel* m = page.view()->regions();
        // Regions can be placed while the pyramid is still building (the take's length is known).
        QVERIFY(page.view()->building());
        const auto a = m->add(9.0, 15.0, QStringLiteral("Repaint vocals"));
        QVERIFY(a);
        QSignalSpy ready(page.view(), &TimelineView::waveformReady);
        QVERIFY(ready.wait(20000));
        m->toggleLoop(*a);
        QVERIFY(m->add(26.0, 33.5));
        page.view()->setPlayhead(12.25);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTest::qWait(50);
        QVERIFY(page.selectionLabel()->text().contains(QStringLiteral("0:26.000")));
        QVERIFY(page.snapCombo()->isEnabled());
        const QString out = QString::fromLocal8Bit(qgetenv("SONGLOOM_TEST_ARTIFACTS"));
        if (!out.isEmpty()) {
            QDir().mkpath(out);
            QVERIFY(page.grab().save(out + QStringLiteral("/songloom-timeline-region.png")));
            // Sample detail around 12 s, summed lane.
            page.view()->setLaneMode(LaneMode::Summed);
            page.view()->setFramesPerPixel(1.0 / 8.0);
            page.view()->scrollToX(qint64(12.0 * audio::kEngineSampleRate * 8));
            QTest::qWait(20);
            QVERIFY(page.grab().save(out + QStringLiteral("/songloom-timeline-samples.png")));
        }
    }
};

QTEST_MAIN(TestTimelineView)
#include "test_timeline_view.moc"
