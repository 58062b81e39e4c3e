// The regions marked on a take's timeline (for repaint, loop, later extend): several at once, each a
// span in seconds with a label and a colour index. Plain logic, no widget: creating by drag, moving and
// resizing by drag with a minimum length, snapping to beats or bars, clamping to the take, selection,
// one looping region, and lyric-section bands that can become regions.
//
// Regions may overlap (the user decides what a repaint of two overlapping spans means; the engine
// request is built from them later). The bounds are [0, take length]; with allowBeyondEnd() the end may
// reach maxEnd() (room to extend the song later).
#pragma once

#include "timeline/timegrid.h"

#include <QObject>
#include <QString>
#include <QVector>

#include <optional>

namespace songloom::ui {

struct TimelineRegion {
    int id = 0;
    double start = 0.0;
    double end = 0.0;
    QString label;
    int colour = 0;  // index into the view's region palette (cycles)

    double length() const { return end - start; }
};

// A lyric section of the take ("Verse 1", 12.0 s – 34.5 s), shown as a band above the waveform.
struct TimelineSection {
    QString name;
    double start = 0.0;
    double end = 0.0;
};

enum class RegionPart { Body, Start, End };

class RegionModel : public QObject {
    Q_OBJECT
public:
    static constexpr int kColours = 6;
    static constexpr double kDefaultMinLength = 0.25;  // seconds

    explicit RegionModel(QObject* parent = nullptr);

    // --- Bounds, grid, snapping
    // Also brings existing regions inside the new bounds (dropping those that cannot hold minLength).
    void setTakeLength(double seconds);
    double takeLength() const { return takeLength_; }
    void setAllowBeyondEnd(bool allow, double maxEnd);
    bool allowBeyondEnd() const { return allowBeyondEnd_; }
    double maxEnd() const { return maxEnd_; }
    double upperBound() const;  // the latest end a region may have
    void setMinLength(double seconds);
    double minLength() const { return minLength_; }
    void setGrid(const TempoGrid& grid) { grid_ = grid; }
    const TempoGrid& grid() const { return grid_; }
    void setSnapMode(SnapMode mode) { snap_ = mode; }
    SnapMode snapMode() const { return snap_; }
    double snap(double seconds) const { return snapTime(seconds, snap_, grid_); }

    // --- Regions
    const QVector<TimelineRegion>& regions() const { return regions_; }
    const TimelineRegion* region(int id) const;
    // Adds [start, end] (order free), snapped, clamped and at least minLength long; selects it. Returns
    // its id, or nullopt when the bounds cannot hold a region of minLength.
    std::optional<int> add(double start, double end, const QString& label = {});
    std::optional<int> addFromSection(const TimelineSection& section);
    // Sets a region's span with the same rules as add(); false if there is no such region.
    bool setSpan(int id, double start, double end);
    bool setLabel(int id, const QString& label);
    bool remove(int id);
    bool removeSelected();
    void clear();

    // --- Selection and loop
    int selectedId() const { return selected_; }  // 0 = none
    void select(int id);                            // 0 clears
    int loopId() const { return loop_; }            // 0 = no loop
    // Loops region `id`, or stops looping when it already loops (false if there is no such region).
    bool toggleLoop(int id);

    // --- Drag (the view maps mouse positions to seconds and calls these)
    // Starts a new region anchored at `seconds`; the drag moves its other edge.
    std::optional<int> beginCreate(double seconds);
    // Starts moving a part of an existing region; `seconds` is where the mouse grabbed it.
    bool beginDrag(int id, RegionPart part, double seconds);
    void updateDrag(double seconds);
    void endDrag();
    void cancelDrag();  // restores the span from before the drag (removes a region being created)
    bool dragging() const { return drag_.has_value(); }

    // --- Lyric sections
    void setSections(const QVector<TimelineSection>& sections);
    const QVector<TimelineSection>& sections() const { return sections_; }
    int sectionAt(double seconds) const;  // index, or -1

Q_SIGNALS:
    void regionsChanged();       // any region added, removed, moved or relabelled
    void selectionChanged(int id);
    void loopChanged(bool on, double start, double end);
    void sectionsChanged();

private:
    TimelineRegion* find(int id);
    // [start, end] ordered, snapped, clamped, at least minLength; nullopt if the bounds are too small.
    std::optional<std::pair<double, double>> fit(double start, double end) const;
    void emitLoopIfAffected(int id);

    struct Drag {
        int id = 0;
        RegionPart part = RegionPart::Body;
        bool creating = false;
        double grab = 0.0;    // where the mouse grabbed (seconds)
        double anchor = 0.0;  // creating: the fixed edge
        double start0 = 0.0;  // the span before the drag
        double end0 = 0.0;
    };

    QVector<TimelineRegion> regions_;
    QVector<TimelineSection> sections_;
    std::optional<Drag> drag_;
    double takeLength_ = 0.0;
    bool allowBeyondEnd_ = false;
    double maxEnd_ = 0.0;
    double minLength_ = kDefaultMinLength;
    TempoGrid grid_;
    SnapMode snap_ = SnapMode::Off;
    int nextId_ = 1;
    int nextColour_ = 0;
    int selected_ = 0;
    int loop_ = 0;
};

}  // namespace songloom::ui
