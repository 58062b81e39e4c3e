// Musical and clock time on the timeline: the beat/bar grid from BPM and time signature, snapping to it,
// and the ruler's choice of a readable tick spacing. Plain functions, testable without a window.
//
// The grid starts at 0 s: a generated take begins on beat 1 of bar 1 (ACE-Step writes no pickup), so
// beat n lies at n · 60 / bpm seconds. The beat is the time signature's counting unit (the model's
// time signatures 2, 3, 4, 6 are beats per bar at the given BPM).
#pragma once

#include <QString>

namespace songloom::ui {

struct TempoGrid {
    double bpm = 0.0;      // 0 = unknown: no bar ruler, no snapping
    int beatsPerBar = 4;   // the time signature's numerator

    bool valid() const { return bpm > 0.0 && beatsPerBar > 0; }
    double beatSeconds() const { return 60.0 / bpm; }
    double barSeconds() const { return beatSeconds() * beatsPerBar; }
};

enum class SnapMode { Off, Beats, Bars };

// The grid point (beat or bar line) nearest to `seconds`; unchanged when snapping is off or the grid is
// unknown.
double snapTime(double seconds, SnapMode mode, const TempoGrid& grid);
// The grid step in seconds for `mode` (0 when off or unknown).
double snapStep(SnapMode mode, const TempoGrid& grid);

// Ruler in clock time: labelled ticks every `major` seconds, unlabelled ticks every `minor` seconds.
struct ClockTicks {
    double major = 1.0;
    double minor = 0.5;
};
// The smallest "nice" major step (1, 2, 5 × 10^k below a minute; 1, 2, 5, 10, 15, 30 min above) whose
// labels are at least `minLabelPixels` apart at `pixelsPerSecond`; minor = a quarter, fifth or half of it.
ClockTicks chooseClockTicks(double pixelsPerSecond, double minLabelPixels);
// "m:ss" for whole-second steps, "m:ss.d", "m:ss.dd", "m:ss.ddd" for finer steps (enough decimals to
// tell neighbouring labels apart).
QString formatClock(double seconds, double step);

// Ruler in bars:beats: labelled ticks every `majorBeats` beats, unlabelled every `minorBeats`.
struct BarTicks {
    int majorBeats = 4;
    int minorBeats = 1;
};
// Majors at 1 beat, 1 bar, or 2^k bars, the smallest whose labels stay `minLabelPixels` apart; minors
// at beats (or bars when beats would be closer than 4 px).
BarTicks chooseBarTicks(const TempoGrid& grid, double pixelsPerSecond, double minLabelPixels);
// "bar" for a downbeat, "bar.beat" otherwise (both 1-based) for beat index `beat` (0 = first beat).
QString formatBarBeat(long long beat, int beatsPerBar);

}  // namespace songloom::ui
