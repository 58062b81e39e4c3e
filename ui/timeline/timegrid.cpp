#include "timeline/timegrid.h"

#include <array>
#include <cmath>

namespace songloom::ui {

double snapStep(SnapMode mode, const TempoGrid& grid) {
    if (mode == SnapMode::Off || !grid.valid())
        return 0.0;
    return mode == SnapMode::Beats ? grid.beatSeconds() : grid.barSeconds();
}

double snapTime(double seconds, SnapMode mode, const TempoGrid& grid) {
    const double step = snapStep(mode, grid);
    if (step <= 0.0)
        return seconds;
    return std::round(seconds / step) * step;
}

ClockTicks chooseClockTicks(double pixelsPerSecond, double minLabelPixels) {
    if (!(pixelsPerSecond > 0.0))
        return {};
    // Candidate majors with their minor division, smallest first: 1-2-5 from a millisecond to 30 s,
    // then musical-clock minutes.
    struct Step {
        double major;
        double minor;
    };
    static const std::array<Step, 22> steps = {{
        {0.0001, 0.00002}, {0.0002, 0.00005}, {0.0005, 0.0001}, {0.001, 0.0002}, {0.002, 0.0005},
        {0.005, 0.001},    {0.01, 0.002},     {0.02, 0.005},     {0.05, 0.01},    {0.1, 0.02},
        {0.2, 0.05},       {0.5, 0.1},        {1, 0.2},          {2, 0.5},        {5, 1},
        {10, 2},           {15, 5},           {30, 10},          {60, 15},        {120, 30},
        {300, 60},         {600, 120},
    }};
    for (const Step& s : steps)
        if (s.major * pixelsPerSecond >= minLabelPixels)
            return {s.major, s.minor};
    // Beyond ten-minute steps: whole multiples of ten minutes.
    const double tens = std::ceil(minLabelPixels / (600.0 * pixelsPerSecond));
    return {600.0 * tens, 120.0 * tens};
}

QString formatClock(double seconds, double step) {
    int decimals = 0;
    for (double s = step; decimals < 4 && std::fabs(s - std::round(s)) > 1e-9; s *= 10.0)
        ++decimals;
    const double scale = std::pow(10.0, decimals);
    const long long units = std::llround(std::fabs(seconds) * scale);
    const long long whole = units / static_cast<long long>(scale);
    const long long frac = units % static_cast<long long>(scale);
    QString text = QStringLiteral("%1:%2").arg(whole / 60).arg(whole % 60, 2, 10, QLatin1Char('0'));
    if (decimals > 0)
        text += QStringLiteral(".%1").arg(frac, decimals, 10, QLatin1Char('0'));
    return seconds < 0 && units != 0 ? QStringLiteral("-") + text : text;
}

BarTicks chooseBarTicks(const TempoGrid& grid, double pixelsPerSecond, double minLabelPixels) {
    if (!grid.valid() || !(pixelsPerSecond > 0.0))
        return {};
    const double beatPx = grid.beatSeconds() * pixelsPerSecond;
    const int bar = grid.beatsPerBar;
    BarTicks t;
    if (beatPx >= minLabelPixels && bar > 1) {
        t.majorBeats = 1;
    } else {
        int bars = 1;
        while (beatPx * bar * bars < minLabelPixels && bars < (1 << 20))
            bars *= 2;
        t.majorBeats = bar * bars;
    }
    // Minors: beats while they stay 4 px apart, else bars, else none below the major.
    if (t.majorBeats == 1 || beatPx >= 4.0)
        t.minorBeats = 1;
    else if (beatPx * bar >= 4.0)
        t.minorBeats = bar;
    else
        t.minorBeats = t.majorBeats;
    return t;
}

QString formatBarBeat(long long beat, int beatsPerBar) {
    const int perBar = beatsPerBar > 0 ? beatsPerBar : 4;
    const long long barIndex = beat / perBar + 1;
    const long long beatInBar = beat % perBar + 1;
    if (beatInBar == 1)
        return QString::number(barIndex);
    return QStringLiteral("%1.%2").arg(barIndex).arg(beatInBar);
}

}  // namespace songloom::ui
