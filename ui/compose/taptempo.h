// Tap tempo: the average interval of the last taps, in beats per minute. A pause of more than two seconds
// starts a new measurement. Times are passed in (milliseconds) so the logic is testable without waiting.
#pragma once

#include <QVector>

#include <optional>

namespace songloom::ui {

class TapTempo {
public:
    static constexpr qint64 kResetAfterMs = 2000;
    static constexpr int kMaxIntervals = 8;  // the average covers at most the last 8 intervals

    // Records a tap; returns the tempo once two taps are in (rounded, clamped to the engine's bpm range).
    std::optional<int> tap(qint64 nowMs);
    void reset();
    int taps() const { return static_cast<int>(times_.size()); }

private:
    QVector<qint64> times_;
};

}  // namespace songloom::ui
