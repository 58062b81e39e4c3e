// The waveform timeline of one take: zoom from the whole take down to single samples, horizontal
// scroll, a ruler in clock time and (with a tempo) in bars:beats, the lyric sections as bands, regions
// made and edited by dragging, a playhead driven by playback, click to seek, loop a region, stereo lanes
// or the summed view. The waveform is painted from cached tiles (WaveformTileCache); the playhead
// repaints only its own strip. The logic it draws lives in PeakPyramid, RegionModel and timegrid.h.
//
// Mouse: drag on the waveform makes a region (Shift+drag also inside a region); drag a region's edge to
// resize it, its body to move it; click to seek (and select the region under the mouse); click or drag
// in the ruler to seek (a drag held past the view's edge scrolls it); double-click a section band to make it a region. Ctrl+wheel zooms around the
// mouse, the wheel scrolls.
// Keys: Left/Right move the playhead (a beat with a tempo, else a second), Shift+Left/Right extend the
// selected region (or start one at the playhead), Home/End, L loops the selected region, Delete removes
// it, +/- zoom, 0 fits the take, S switches stereo/summed, R makes the section at the playhead a region,
// Escape cancels a drag or clears the selection.
#pragma once

#include "timeline/peakpyramid.h"
#include "timeline/regionmodel.h"
#include "timeline/timegrid.h"
#include "timeline/waveformtiles.h"

#include <QAbstractScrollArea>
#include <QTimer>

#include <memory>
#include <optional>

namespace songloom::ui {

class TimelineView : public QAbstractScrollArea {
    Q_OBJECT
public:
    static constexpr double kMinFramesPerPixel = 1.0 / 32.0;  // deepest zoom: 32 px per sample
    static constexpr double kZoomStep = 1.5;
    // Takes up to this many frames get their pyramid built at once; longer ones on the thread pool.
    static constexpr qint64 kSyncBuildFrames = 20 * 48000;

    explicit TimelineView(QWidget* parent = nullptr);
    ~TimelineView() override;

    // The take to show. Long takes build their pyramid on the thread pool (waveformReady() follows);
    // an empty pointer clears the view.
    void setAudio(std::shared_ptr<const audio::AudioBuffer> audio);
    // An already built pyramid (shown at once).
    void setPyramid(std::shared_ptr<const PeakPyramid> pyramid);
    const std::shared_ptr<const PeakPyramid>& pyramid() const { return pyramid_; }
    bool building() const { return building_; }
    double takeSeconds() const;

    RegionModel* regions() const { return model_; }
    void setTempo(const TempoGrid& grid);
    const TempoGrid& tempo() const { return model_->grid(); }
    void setSnapMode(SnapMode mode);
    void setSections(const QVector<TimelineSection>& sections);
    void setLaneMode(LaneMode mode);
    LaneMode laneMode() const { return laneMode_; }
    void setFollowPlayback(bool follow) { follow_ = follow; }
    bool followPlayback() const { return follow_; }

    // Zoom as frames per logical pixel.
    double framesPerPixel() const { return fpp_; }
    void setFramesPerPixel(double fpp, std::optional<int> anchorX = {});
    double minFramesPerPixel() const;
    double fitFramesPerPixel() const;
    bool fitted() const { return fitted_; }
    void scrollToX(qint64 contentX);
    qint64 scrollX() const;

    // Viewport coordinates <-> seconds.
    double secondsAt(double x) const;
    double xAt(double seconds) const;
    double playhead() const { return playhead_; }

    // Geometry of the viewport's bands (for tests and painting).
    int rulerHeight() const;
    int sectionsHeight() const;
    QRect waveformRect() const;
    QRect playheadStrip(double seconds) const;

    WaveformTileCache& tileCache() { return tiles_; }

public Q_SLOTS:
    void setPlayhead(double seconds);
    void zoomIn();
    void zoomOut();
    void zoomToFit();
    void toggleLaneMode();
    bool toggleLoopOfSelection();
    bool regionFromSectionAtPlayhead();

Q_SIGNALS:
    void seekRequested(double seconds);
    void loopChanged(bool on, double start, double end);
    void zoomChanged(double framesPerPixel);
    void laneModeChanged(LaneMode mode);
    void waveformReady();

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    struct Hit {
        int id = 0;
        RegionPart part = RegionPart::Body;
    };
    std::optional<Hit> hitRegion(QPoint pos) const;
    int sectionAtPoint(QPoint pos) const;
    void updateScrollRange();
    qint64 contentWidth() const;
    double extentSeconds() const;
    double nudgeStep() const;
    void seekTo(double seconds);
    void extendSelection(int direction);
    void updateDescription();
    void updateCursor(QPoint pos);
    void dragTo(QPoint pos);
    void autoScrollStep();

    void paintWaveform(QPainter& p, const QRect& dirty);
    void paintGrid(QPainter& p, const QRect& dirty);
    void paintRegions(QPainter& p);
    void paintRuler(QPainter& p, const QRect& dirty);
    void paintLoopMarker(QPainter& p);
    void paintSections(QPainter& p);
    void paintPlayhead(QPainter& p);

    RegionModel* model_;
    std::shared_ptr<const PeakPyramid> pyramid_;
    WaveformTileCache tiles_;
    quint64 buildGeneration_ = 0;
    bool building_ = false;
    double takeSeconds_ = 0.0;
    LaneMode laneMode_ = LaneMode::Stereo;
    double fpp_ = 1024.0;
    bool fitted_ = true;
    double playhead_ = 0.0;
    bool follow_ = true;

    // Mouse interaction state.
    enum class Press { None, Seek, Click, Create, Move };
    Press press_ = Press::None;
    QPoint pressPos_;
    QPoint lastMouse_;
    QTimer autoScroll_;  // scrolls while a drag is held past the view's left or right edge
    int pressRegion_ = 0;
};

}  // namespace songloom::ui
