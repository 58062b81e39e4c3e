// CONTRACT (to be implemented in ui/playback/playbackengine.cpp): the studio's player. It plays takes from
// memory (architecture guide: QAudioSink in pull mode, audio as shared_ptr<const AudioBuffer>), so that
// several variations of one song can be switched while playing without a gap and at the same sample
// (issue 8: keys 1–8, loudness-matched), regions can loop, and the timeline's playhead follows the sample
// actually playing. Where the system has no audio output device (CI, a headless box), or when asked, it
// plays into a null sink that consumes samples in real time from a timer: the position advances exactly
// as it would on a sound card, nothing is heard, and the state machine is the same.
#pragma once

#include "songloom/audio_io.h"

#include <QObject>

#include <memory>
#include <optional>
#include <vector>

namespace songloom::ui {

class PlaybackEngine : public QObject {
    Q_OBJECT

public:
    enum class Output { Auto, Device, Null };  // Auto: the default device when there is one, else Null
    enum class State { Stopped, Playing, Paused };

    explicit PlaybackEngine(Output output = Output::Auto, QObject* parent = nullptr);
    ~PlaybackEngine() override;

    // The takes that can be switched between (one for a single take). All are converted to 48 kHz stereo
    // float if they are not. `gains` (linear, one per buffer; empty: 1.0) are applied while mixing, e.g.
    // to match loudness. Resets the position to 0 unless keepPosition and the new first buffer is long enough.
    void setBuffers(std::vector<std::shared_ptr<const audio::AudioBuffer>> buffers, std::vector<double> gains = {},
                    bool keepPosition = false);
    int bufferCount() const;
    // Switches to buffer `index` at the current sample (no gap, no restart). False when out of range.
    bool switchTo(int index);
    int current() const;

    void play();
    void pause();
    void togglePlay();
    void stop();  // to position 0
    void seek(double seconds);
    // Loop [start, end) seconds while playing; nullopt: no loop.
    void setLoop(std::optional<std::pair<double, double>> range);

    // Pulls `frames` interleaved stereo frames exactly as a sink would (advancing the position, honouring
    // the loop, the current buffer and its gain); returns the frames given, fewer at the end. For offline
    // rendering and tests; do not call while playing.
    qint64 renderFrames(float* interleaved, qint64 frames);

    State state() const;
    double position() const;  // seconds of the sample now playing
    double duration() const;  // of the current buffer
    bool usingNullSink() const;

Q_SIGNALS:
    void stateChanged(songloom::ui::PlaybackEngine::State state);
    void positionChanged(double seconds);  // about 30 times a second while playing
    void currentChanged(int index);
    void error(const QString& message);

private:
    struct Impl;
    std::unique_ptr<Impl> d_;
};

}  // namespace songloom::ui
