// TimelineView's layout sizes and colours, shared by its interaction and painting files.
#pragma once

#include "timeline/regionmodel.h"

#include <QColor>

namespace songloom::ui::timelinestyle {

inline constexpr int kClockRow = 18;    // ruler row in clock time
inline constexpr int kBarsRow = 18;     // ruler row in bars:beats (only with a tempo)
inline constexpr int kSectionRow = 20;  // lyric section bands (only when sections are known)
inline constexpr int kEdgeGrab = 5;     // pixels either side of a region edge that grab the edge
inline constexpr int kDragStart = 4;    // pixels the mouse must move before a press becomes a drag

// The timeline is dark whatever the desktop theme, as audio editors are: waveform contrast first.
inline QColor rulerBackground() { return QColor(0x2a, 0x2f, 0x38); }
inline QColor rulerText() { return QColor(0xc8, 0xcc, 0xd2); }
inline QColor rulerTick() { return QColor(0x7a, 0x80, 0x8a); }
inline QColor playheadColour() { return QColor(0xff, 0x5a, 0x4f); }
inline QColor loopColour() { return QColor(0x66, 0xd9, 0x8a); }

inline QColor regionColour(int index) {
    static const QColor colours[RegionModel::kColours] = {
        QColor(0xf5, 0xa6, 0x23), QColor(0x7e, 0xd3, 0x21), QColor(0xb3, 0x7f, 0xeb),
        QColor(0xf8, 0xe7, 0x1c), QColor(0xff, 0x7e, 0xb6), QColor(0x3f, 0xd0, 0xc9)};
    return colours[((index % RegionModel::kColours) + RegionModel::kColours) % RegionModel::kColours];
}

inline QColor sectionColour(int index) {
    return index % 2 == 0 ? QColor(0x3b, 0x4a, 0x5e) : QColor(0x4a, 0x3f, 0x5e);
}

}  // namespace songloom::ui::timelinestyle
