// The studio's player on its null sink (no sound card needed): real-time position, pause / resume, seek,
// loops, sample-accurate switching between variations, gains, format conversion, stop.
#include "playback/playbackengine.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <memory>
#include <vector>

using namespace songloom;
using songloom::ui::PlaybackEngine;

namespace {

// Frame f of buffer `sign` carries sign·f / 1e6 in both channels, so a sample names its frame.
std::shared_ptr<const audio::AudioBuffer> ramp(double seconds, float sign, int rate = 48000, int channels = 2) {
    auto b = std::make_shared<audio::AudioBuffer>();
    b->sampleRate = rate;
    b->channels = channels;
    const auto frames = static_cast<std::size_t>(seconds * rate);
    b->samples.resize(frames * static_cast<std::size_t>(channels));
    for (std::size_t f = 0; f < frames; ++f)
        for (int c = 0; c < channels; ++c) b->samples[f * static_cast<std::size_t>(channels) + static_cast<std::size_t>(c)] = sign * static_cast<float>(f) / 1e6f;
    return b;
}

}  // namespace

class TestPlayback : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void playsInRealTimeOnTheNullSink();
    void switchingKeepsTheSample();
    void gainsAndLoops();
    void convertsOtherFormats();
};

void TestPlayback::playsInRealTimeOnTheNullSink() {
    PlaybackEngine p(PlaybackEngine::Output::Null);
    QVERIFY(p.usingNullSink());
    p.setBuffers({ramp(2.0, 1.0f)});
    QCOMPARE(p.duration(), 2.0);
    QSignalSpy positions(&p, &PlaybackEngine::positionChanged);
    QElapsedTimer clock;
    clock.start();
    p.play();
    QCOMPARE(p.state(), PlaybackEngine::State::Playing);
    QTest::qWait(400);
    const double played = p.position(), wall = clock.elapsed() / 1000.0;
    QVERIFY2(played > 0.25 && played <= wall + 0.02, qPrintable(QString("%1 s played in %2 s").arg(played).arg(wall)));
    QVERIFY(positions.count() >= 5);  // ~30 per second
    p.pause();
    const double held = p.position();
    QTest::qWait(200);
    QCOMPARE(p.position(), held);
    p.seek(1.5);
    QCOMPARE(p.position(), 1.5);
    p.play();
    QTRY_COMPARE_WITH_TIMEOUT(p.state(), PlaybackEngine::State::Stopped, 3000);  // ran to the end
    QCOMPARE(p.position(), 0.0);
    p.play();
    p.stop();
    QCOMPARE(p.state(), PlaybackEngine::State::Stopped);
    QCOMPARE(p.position(), 0.0);
}

void TestPlayback::switchingKeepsTheSample() {
    PlaybackEngine p(PlaybackEngine::Output::Null);
    p.setBuffers({ramp(1.0, 1.0f), ramp(1.0, -1.0f), ramp(1.0, 2.0f)});
    QCOMPARE(p.bufferCount(), 3);
    p.seek(0.5);
    std::vector<float> out(200);
    QCOMPARE(p.renderFrames(out.data(), 100), qint64(100));
    QCOMPARE(out[0], 24000.0f / 1e6f);
    QCOMPARE(out[198], 24099.0f / 1e6f);
    QSignalSpy changed(&p, &PlaybackEngine::currentChanged);
    QVERIFY(p.switchTo(1));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(p.current(), 1);
    QCOMPARE(p.renderFrames(out.data(), 100), qint64(100));
    QCOMPARE(out[0], -24100.0f / 1e6f);  // the very next frame, from the other take
    QCOMPARE(out[199], -24199.0f / 1e6f);
    QVERIFY(!p.switchTo(3));
    QVERIFY(!p.switchTo(-1));
    QCOMPARE(p.current(), 1);
}

void TestPlayback::gainsAndLoops() {
    PlaybackEngine p(PlaybackEngine::Output::Null);
    p.setBuffers({ramp(1.0, 1.0f), ramp(1.0, 1.0f)}, {0.5, 2.0});
    p.seek(0.25);
    std::vector<float> out(4);
    p.renderFrames(out.data(), 2);
    QCOMPARE(out[0], 0.5f * 12000.0f / 1e6f);
    p.switchTo(1);
    p.renderFrames(out.data(), 2);
    QCOMPARE(out[0], 2.0f * 12002.0f / 1e6f);
    // A loop from 0.1 s to 0.1 s + 10 frames wraps back to its start.
    p.setLoop(std::make_pair(0.1, 0.1 + 10.0 / 48000.0));
    p.seek(0.1);
    std::vector<float> loop(2 * 25);
    QCOMPARE(p.renderFrames(loop.data(), 25), qint64(25));
    QCOMPARE(loop[2 * 0], 2.0f * 4800.0f / 1e6f);
    QCOMPARE(loop[2 * 9], 2.0f * 4809.0f / 1e6f);
    QCOMPARE(loop[2 * 10], 2.0f * 4800.0f / 1e6f);  // wrapped
    QCOMPARE(loop[2 * 24], 2.0f * 4804.0f / 1e6f);
    p.setLoop(std::nullopt);
    // Without a loop the end gives fewer frames.
    p.seek(1.0 - 5.0 / 48000.0);
    QCOMPARE(p.renderFrames(loop.data(), 25), qint64(5));
}

void TestPlayback::convertsOtherFormats() {
    PlaybackEngine p(PlaybackEngine::Output::Null);
    p.setBuffers({ramp(1.0, 1.0f, 48000, 1), ramp(0.5, 1.0f, 24000, 2)});
    QCOMPARE(p.duration(), 1.0);
    std::vector<float> out(2);
    p.seek(0.5);
    p.renderFrames(out.data(), 1);
    QCOMPARE(out[0], out[1]);  // mono duplicated
    QVERIFY(p.switchTo(1));
    QCOMPARE(p.duration(), 0.5);  // resampled to 48 kHz: same length in seconds
}

QTEST_MAIN(TestPlayback)
#include "test_playback.moc"
