// The timeline's plain logic, without a window: the peak pyramid's exact min/max/RMS against brute force
// (random spans, edges, odd lengths, single samples, each channel and the summed lane), the snapping and
// ruler math, and the region model's editing rules.
#include "timeline/peakpyramid.h"
#include "timeline/regionmodel.h"
#include "timeline/timegrid.h"

#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <random>

using namespace songloom;
using namespace songloom::ui;

namespace {

std::shared_ptr<const audio::AudioBuffer> randomAudio(int channels, int64_t frames, unsigned seed) {
    auto a = std::make_shared<audio::AudioBuffer>();
    a->channels = channels;
    a->samples.resize(size_t(channels * frames));
    std::mt19937 rng(seed);
    std::uniform_real_distribution<float> d(-0.5f, 0.5f);
    for (float& s : a->samples)
        s = d(rng);
    // A few spikes, so a wrong block boundary shows up as a wrong min or max.
    for (int k = 0; k < 40 && frames > 0; ++k) {
        const auto f = int64_t(rng() % uint64_t(frames));
        a->samples[size_t(f * channels + int64_t(rng() % unsigned(channels)))] = (k % 2 ? 1.0f : -1.0f) * (0.6f + 0.01f * k);
    }
    return a;
}

PeakRange bruteForce(const audio::AudioBuffer& a, int lane, int64_t first, int64_t last) {
    PeakRange r;
    for (int64_t f = std::max<int64_t>(first, 0); f <= std::min(last, a.frames() - 1); ++f) {
        const float* s = a.samples.data() + f * a.channels;
        float v;
        if (lane == PeakPyramid::kSummed) {
            float sum = 0.0f;
            for (int c = 0; c < a.channels; ++c)
                sum += s[c];
            v = sum / float(a.channels);
        } else {
            v = s[lane];
        }
        r.add(v);
    }
    return r;
}

bool sameRange(const PeakRange& a, const PeakRange& b) {
    if (a.count != b.count)
        return false;
    if (a.count == 0)
        return true;
    // min/max must be exact; the sum of squares may differ by double rounding in the summation order.
    return a.min == b.min && a.max == b.max && std::fabs(a.sumSquares - b.sumSquares) <= 1e-9 * std::max(1.0, b.sumSquares);
}

}  // namespace

class TestTimelineLogic : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void pyramidLevelsAreDocumentedSizes() {
        QCOMPARE(PeakPyramid::blockFrames(0), int64_t(256));
        QCOMPARE(PeakPyramid::blockFrames(1), int64_t(1024));
        QCOMPARE(PeakPyramid::blockFrames(PeakPyramid::kLevels - 1), int64_t(262144));
    }

    void pyramidExactAgainstBruteForce_data() {
        QTest::addColumn<int>("channels");
        QTest::addColumn<qint64>("frames");
        QTest::newRow("stereo single frame") << 2 << qint64(1);
        QTest::newRow("stereo 255 (no whole block)") << 2 << qint64(255);
        QTest::newRow("stereo 256 (one block)") << 2 << qint64(256);
        QTest::newRow("stereo 257") << 2 << qint64(257);
        QTest::newRow("stereo odd 70001") << 2 << qint64(70001);
        QTest::newRow("stereo every level 600017") << 2 << qint64(600017);
        QTest::newRow("mono 12345") << 1 << qint64(12345);
        QTest::newRow("three channels 50003") << 3 << qint64(50003);
    }
    void pyramidExactAgainstBruteForce() {
        QFETCH(int, channels);
        QFETCH(qint64, frames);
        const auto audio = randomAudio(channels, frames, unsigned(frames * 7 + channels));
        const auto pyr = PeakPyramid::build(audio);
        QCOMPARE(pyr->frames(), frames);
        QCOMPARE(pyr->channels(), channels);
        std::mt19937_64 rng(99);
        QVector<int> lanes{PeakPyramid::kSummed};
        for (int c = 0; c < channels; ++c)
            lanes.append(c);
        auto check = [&](int lane, int64_t a, int64_t b) {
            const PeakRange got = pyr->range(lane, a, b);
            const PeakRange want = bruteForce(*audio, lane, a, b);
            if (!sameRange(got, want))
                QFAIL(qPrintable(QStringLiteral("lane %1 span [%2, %3]: got min %4 max %5 n %6, want min %7 max %8 n %9")
                                     .arg(lane).arg(a).arg(b).arg(got.min).arg(got.max).arg(got.count)
                                     .arg(want.min).arg(want.max).arg(want.count)));
        };
        for (int lane : lanes) {
            // The whole take, single frames at both ends, spans that end exactly on the last frame,
            // spans reaching past either end (clipped), an empty (reversed) span.
            check(lane, 0, frames - 1);
            check(lane, 0, 0);
            check(lane, frames - 1, frames - 1);
            check(lane, std::max<int64_t>(0, frames - 300), frames - 1);
            check(lane, -50, std::min<int64_t>(frames - 1, 700));
            check(lane, frames / 2, frames + 1000);
            check(lane, 5, 4);
            for (int q = 0; q < 400; ++q) {
                const int64_t a = int64_t(rng() % uint64_t(frames));
                // Short spans (edges only) as often as long ones (whole blocks at several levels).
                const int64_t maxLen = q % 2 ? 600 : frames;
                const int64_t b = std::min<int64_t>(frames - 1, a + int64_t(rng() % uint64_t(maxLen)));
                check(lane, a, b);
            }
            // Block-aligned spans: starts and ends on every level's boundaries.
            for (int level = 0; level < PeakPyramid::kLevels; ++level) {
                const int64_t bf = PeakPyramid::blockFrames(level);
                if (bf > frames)
                    break;
                check(lane, bf, std::min<int64_t>(frames - 1, 3 * bf - 1));
                check(lane, bf - 1, std::min<int64_t>(frames - 1, 2 * bf));
            }
        }
        QCOMPARE(pyr->range(channels, 0, frames - 1).count, int64_t(0));  // no such lane
    }

    void pyramidRmsOfAKnownSignal() {
        // A full-scale square wave has RMS 1; half of it at 0.5 and half at -0.5 has RMS 0.5.
        auto a = std::make_shared<audio::AudioBuffer>();
        a->channels = 2;
        for (int i = 0; i < 48000; ++i) {
            const float v = (i / 100) % 2 ? 0.5f : -0.5f;
            a->samples.push_back(v);
            a->samples.push_back(-v);
        }
        const auto pyr = PeakPyramid::build(a);
        QCOMPARE(pyr->range(0, 0, 47999).rms(), 0.5);
        QCOMPARE(pyr->range(PeakPyramid::kSummed, 0, 47999).rms(), 0.0);  // L + R cancel
        QCOMPARE(pyr->range(PeakPyramid::kSummed, 0, 47999).max, 0.0f);
    }

    void pyramidOfEmptyAudio() {
        const auto pyr = PeakPyramid::build(std::make_shared<audio::AudioBuffer>());
        QCOMPARE(pyr->frames(), int64_t(0));
        QCOMPARE(pyr->range(0, 0, 100).count, int64_t(0));
        QCOMPARE(PeakPyramid::build(nullptr)->frames(), int64_t(0));
    }

    // --- Snapping and the ruler
    void snapToBeatsAndBars_data() {
        QTest::addColumn<double>("bpm");
        QTest::addColumn<int>("beatsPerBar");
        QTest::addColumn<double>("time");
        QTest::addColumn<double>("beat");
        QTest::addColumn<double>("bar");
        // 120 bpm 4/4: beat 0.5 s, bar 2 s.
        QTest::newRow("120 4/4") << 120.0 << 4 << 3.3 << 3.5 << 4.0;
        QTest::newRow("120 4/4 below half") << 120.0 << 4 << 0.9 << 1.0 << 0.0;
        // 90 bpm 3/4: beat 2/3 s, bar 2 s.
        QTest::newRow("90 3/4") << 90.0 << 3 << 5.1 << 16.0 / 3.0 << 6.0;
        // 75 bpm 6/8 counted in six beats: beat 0.8 s, bar 4.8 s.
        QTest::newRow("75 6") << 75.0 << 6 << 7.3 << 7.2 << 9.6;
        // 174 bpm 2/4: beat 60/174 s, bar 120/174 s.
        QTest::newRow("174 2/4") << 174.0 << 2 << 10.1 << 29.0 * 60.0 / 174.0 << 15.0 * 120.0 / 174.0;
    }
    void snapToBeatsAndBars() {
        QFETCH(double, bpm);
        QFETCH(int, beatsPerBar);
        QFETCH(double, time);
        QFETCH(double, beat);
        QFETCH(double, bar);
        const TempoGrid g{bpm, beatsPerBar};
        QVERIFY(std::fabs(snapTime(time, SnapMode::Beats, g) - beat) < 1e-9);
        QVERIFY(std::fabs(snapTime(time, SnapMode::Bars, g) - bar) < 1e-9);
        QCOMPARE(snapTime(time, SnapMode::Off, g), time);
        QCOMPARE(snapTime(time, SnapMode::Beats, TempoGrid{}), time);  // unknown tempo: unchanged
    }

    void clockTicksAreReadable() {
        // Whole 10-minute take in 1000 px (1.67 px/s), labels 80 px apart: one minute.
        ClockTicks t = chooseClockTicks(1000.0 / 600.0, 80.0);
        QCOMPARE(t.major, 60.0);
        QCOMPARE(t.minor, 15.0);
        t = chooseClockTicks(100.0, 80.0);  // 100 px/s: 1 s labels
        QCOMPARE(t.major, 1.0);
        t = chooseClockTicks(30.0, 80.0);  // 30 px/s: 5 s (2 s would be 60 px)
        QCOMPARE(t.major, 5.0);
        t = chooseClockTicks(48000.0 * 32, 80.0);  // 32 px per sample: 0.1 ms steps
        QCOMPARE(t.major, 0.0001);
        t = chooseClockTicks(0.01, 80.0);  // beyond the table: whole ten-minute multiples
        QCOMPARE(t.major, 8400.0);
        // Every choice keeps labels apart, minors finer than majors.
        for (double pps = 0.05; pps < 2e6; pps *= 1.37) {
            const ClockTicks c = chooseClockTicks(pps, 80.0);
            QVERIFY(c.major * pps >= 80.0);
            QVERIFY(c.minor < c.major);
        }
    }

    void clockLabels() {
        QCOMPARE(formatClock(75.0, 5.0), QStringLiteral("1:15"));
        QCOMPARE(formatClock(0.0, 60.0), QStringLiteral("0:00"));
        QCOMPARE(formatClock(61.25, 0.05), QStringLiteral("1:01.25"));
        QCOMPARE(formatClock(1.2, 0.2), QStringLiteral("0:01.2"));
        QCOMPARE(formatClock(0.0123, 0.0001), QStringLiteral("0:00.0123"));
        QCOMPARE(formatClock(599.9996, 0.001), QStringLiteral("10:00.000"));
    }

    void barTicks() {
        const TempoGrid g{120.0, 4};  // beat 0.5 s
        BarTicks t = chooseBarTicks(g, 200.0, 48.0);  // beat = 100 px: label every beat
        QCOMPARE(t.majorBeats, 1);
        t = chooseBarTicks(g, 40.0, 48.0);  // beat 20 px, bar 80 px: label every bar, ticks on beats
        QCOMPARE(t.majorBeats, 4);
        QCOMPARE(t.minorBeats, 1);
        t = chooseBarTicks(g, 2.0, 48.0);  // bar 4 px: labels every 16 bars (64 px), minor ticks on bars
        QCOMPARE(t.majorBeats, 64);
        QCOMPARE(t.minorBeats, 4);
        t = chooseBarTicks(TempoGrid{90.0, 3}, 10.0, 48.0);  // bar 20 px: every 4 bars = 12 beats
        QCOMPARE(t.majorBeats, 12);
        QCOMPARE(formatBarBeat(0, 4), QStringLiteral("1"));
        QCOMPARE(formatBarBeat(6, 4), QStringLiteral("2.3"));
        QCOMPARE(formatBarBeat(6, 3), QStringLiteral("3"));
    }

    // --- Regions
    void addClampsSnapsAndKeepsMinLength() {
        RegionModel m;
        m.setTakeLength(60.0);
        QSignalSpy changed(&m, &RegionModel::regionsChanged);
        const auto a = m.add(10.0, 5.0, QStringLiteral("A"));  // reversed: ordered
        QVERIFY(a);
        QCOMPARE(m.region(*a)->start, 5.0);
        QCOMPARE(m.region(*a)->end, 10.0);
        QCOMPARE(m.selectedId(), *a);
        QCOMPARE(changed.count(), 1);
        const auto b = m.add(55.0, 70.0);  // clamped to the take
        QCOMPARE(m.region(*b)->end, 60.0);
        const auto c = m.add(59.95, 59.95);  // too short at the very end: shifted back, min length kept
        QCOMPARE(m.region(*c)->end, 60.0);
        QCOMPARE(m.region(*c)->start, 60.0 - RegionModel::kDefaultMinLength);
        QVERIFY(m.region(*a)->colour != m.region(*b)->colour);  // colours cycle
        // Snapping to bars at 120 bpm 4/4 (bar 2 s).
        m.setGrid(TempoGrid{120.0, 4});
        m.setSnapMode(SnapMode::Bars);
        const auto d = m.add(3.1, 8.7);
        QCOMPARE(m.region(*d)->start, 4.0);
        QCOMPARE(m.region(*d)->end, 8.0);
        const auto e = m.add(20.2, 20.4);  // both snap to 20: one bar long at least
        QCOMPARE(m.region(*e)->start, 20.0);
        QCOMPARE(m.region(*e)->end, 22.0);
        QCOMPARE(m.regions().size(), 5);
        // Beyond the end only when allowed.
        m.setSnapMode(SnapMode::Off);
        m.setAllowBeyondEnd(true, 90.0);
        const auto f = m.add(50.0, 100.0);
        QCOMPARE(m.region(*f)->end, 90.0);
        // An empty take cannot hold a region.
        RegionModel empty;
        QVERIFY(!empty.add(0.0, 1.0));
    }

    void dragCreateMoveResize() {
        RegionModel m;
        m.setTakeLength(30.0);
        m.setMinLength(0.5);
        // Create by dragging right, then back left across the anchor.
        const auto id = m.beginCreate(10.0);
        QVERIFY(id);
        m.updateDrag(14.0);
        QCOMPARE(m.region(*id)->start, 10.0);
        QCOMPARE(m.region(*id)->end, 14.0);
        m.updateDrag(7.0);
        QCOMPARE(m.region(*id)->start, 7.0);
        QCOMPARE(m.region(*id)->end, 10.0);
        m.updateDrag(9.9);  // shorter than the minimum, left of the anchor: grows to the left
        QCOMPARE(m.region(*id)->start, 9.5);
        QCOMPARE(m.region(*id)->end, 10.0);
        m.updateDrag(4.0);
        m.endDrag();
        QVERIFY(!m.dragging());
        // Resize the end: cannot pass start + minimum length, nor the take's end.
        QVERIFY(m.beginDrag(*id, RegionPart::End, 10.0));
        m.updateDrag(2.0);
        QCOMPARE(m.region(*id)->end, 4.5);
        m.updateDrag(40.0);
        QCOMPARE(m.region(*id)->end, 30.0);
        m.endDrag();
        // Resize the start: offset from where it was grabbed (grabbed 0.1 s right of the edge).
        QVERIFY(m.beginDrag(*id, RegionPart::Start, 4.1));
        m.updateDrag(6.1);
        QCOMPARE(m.region(*id)->start, 6.0);
        m.updateDrag(31.0);
        QCOMPARE(m.region(*id)->start, 29.5);
        m.updateDrag(-5.0);
        QCOMPARE(m.region(*id)->start, 0.0);
        m.endDrag();
        // Move the body: length kept, stopped at both ends.
        m.setSpan(*id, 10.0, 14.0);
        QVERIFY(m.beginDrag(*id, RegionPart::Body, 12.0));
        m.updateDrag(15.0);
        QCOMPARE(m.region(*id)->start, 13.0);
        QCOMPARE(m.region(*id)->end, 17.0);
        m.updateDrag(100.0);
        QCOMPARE(m.region(*id)->start, 26.0);
        QCOMPARE(m.region(*id)->end, 30.0);
        // Escape restores the span from before the drag.
        m.cancelDrag();
        QCOMPARE(m.region(*id)->start, 10.0);
        QCOMPARE(m.region(*id)->end, 14.0);
        // Cancelling a creation removes the new region.
        const auto gone = m.beginCreate(20.0);
        m.updateDrag(25.0);
        m.cancelDrag();
        QVERIFY(!m.region(*gone));
        QCOMPARE(m.regions().size(), 1);
    }

    void dragSnapsToBeats() {
        RegionModel m;
        m.setTakeLength(60.0);
        m.setGrid(TempoGrid{100.0, 4});  // beat 0.6 s
        m.setSnapMode(SnapMode::Beats);
        const auto id = m.beginCreate(1.0);  // anchor snaps to 1.2
        m.updateDrag(3.1);                   // to 3.0
        QVERIFY(std::fabs(m.region(*id)->start - 1.2) < 1e-9);
        QVERIFY(std::fabs(m.region(*id)->end - 3.0) < 1e-9);
        m.endDrag();
        m.beginDrag(*id, RegionPart::Body, 2.0);
        m.updateDrag(2.7);  // start 1.9 -> 1.8, length kept
        QVERIFY(std::fabs(m.region(*id)->start - 1.8) < 1e-9);
        QVERIFY(std::fabs(m.region(*id)->end - 3.6) < 1e-9);
        m.endDrag();
    }

    void deleteSelectLoopSignals() {
        RegionModel m;
        m.setTakeLength(30.0);
        const int a = *m.add(1.0, 2.0);
        const int b = *m.add(5.0, 9.0);
        QCOMPARE(m.selectedId(), b);
        QSignalSpy loop(&m, &RegionModel::loopChanged);
        QVERIFY(m.toggleLoop(b));
        QCOMPARE(loop.count(), 1);
        QCOMPARE(loop.last().at(0).toBool(), true);
        QCOMPARE(loop.last().at(1).toDouble(), 5.0);
        QCOMPARE(loop.last().at(2).toDouble(), 9.0);
        // Moving the looping region re-announces the loop with its new bounds.
        m.setSpan(b, 6.0, 8.0);
        QCOMPARE(loop.count(), 2);
        QCOMPARE(loop.last().at(1).toDouble(), 6.0);
        QCOMPARE(loop.last().at(2).toDouble(), 8.0);
        // Deleting it ends the loop and the selection.
        QSignalSpy selection(&m, &RegionModel::selectionChanged);
        QVERIFY(m.removeSelected());
        QCOMPARE(m.loopId(), 0);
        QCOMPARE(loop.last().at(0).toBool(), false);
        QCOMPARE(m.selectedId(), 0);
        QCOMPARE(selection.count(), 1);
        QVERIFY(!m.removeSelected());
        QVERIFY(!m.toggleLoop(b));
        QCOMPARE(m.regions().size(), 1);
        QCOMPARE(m.regions().first().id, a);
    }

    void shorterTakeClampsRegions() {
        RegionModel m;
        m.setTakeLength(100.0);
        const int inside = *m.add(10.0, 20.0);
        const int straddles = *m.add(40.0, 70.0);
        const int beyond = *m.add(80.0, 90.0);
        m.toggleLoop(straddles);
        QSignalSpy loop(&m, &RegionModel::loopChanged);
        m.setTakeLength(50.0);
        QCOMPARE(m.region(inside)->end, 20.0);
        QCOMPARE(m.region(straddles)->start, 40.0);
        QCOMPARE(m.region(straddles)->end, 50.0);
        QCOMPARE(loop.count(), 1);
        QCOMPARE(loop.last().at(2).toDouble(), 50.0);
        // Entirely past the new end: squeezed to the last minLength of the take.
        QCOMPARE(m.region(beyond)->end, 50.0);
        QCOMPARE(m.region(beyond)->start, 50.0 - m.minLength());
        m.setTakeLength(0.0);  // nothing fits
        QVERIFY(m.regions().isEmpty());
        QCOMPARE(m.loopId(), 0);
    }

    void sectionsBecomeRegions() {
        RegionModel m;
        m.setTakeLength(100.0);
        m.setSections({{QStringLiteral("Chorus"), 40.0, 60.0}, {QStringLiteral("Verse 1"), 10.0, 40.0},
                       {QStringLiteral("broken"), 5.0, 5.0}});
        QCOMPARE(m.sections().size(), 2);  // empty section dropped, sorted by start
        QCOMPARE(m.sections().first().name, QStringLiteral("Verse 1"));
        QCOMPARE(m.sectionAt(45.0), 1);
        QCOMPARE(m.sectionAt(70.0), -1);
        m.setGrid(TempoGrid{120.0, 4});
        m.setSnapMode(SnapMode::Bars);
        const auto id = m.addFromSection(m.sections()[1]);
        QCOMPARE(m.region(*id)->label, QStringLiteral("Chorus"));
        QCOMPARE(m.region(*id)->start, 40.0);
        QCOMPARE(m.region(*id)->end, 60.0);
        QCOMPARE(m.snapMode(), SnapMode::Bars);  // unchanged afterwards
    }
};

QTEST_GUILESS_MAIN(TestTimelineLogic)
#include "test_timeline_logic.moc"
