#include "timeline/timelineview.h"
#include "timeline/timelinestyle.h"

#include <QFutureWatcher>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <QWheelEvent>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace songloom::ui {

using namespace timelinestyle;

TimelineView::TimelineView(QWidget* parent) : QAbstractScrollArea(parent), model_(new RegionModel(this)) {
    setFocusPolicy(Qt::StrongFocus);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    viewport()->setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumHeight(120);
    setAccessibleName(tr("Waveform timeline"));
    autoScroll_.setInterval(30);
    connect(&autoScroll_, &QTimer::timeout, this, &TimelineView::autoScrollStep);
    connect(model_, &RegionModel::regionsChanged, this, [this] {
        viewport()->update();
        updateDescription();
    });
    connect(model_, &RegionModel::selectionChanged, this, [this] { viewport()->update(); });
    connect(model_, &RegionModel::sectionsChanged, this, [this] { viewport()->update(); });
    connect(model_, &RegionModel::loopChanged, this, [this](bool on, double start, double end) {
        viewport()->update();
        Q_EMIT loopChanged(on, start, end);
    });
    updateDescription();
}

TimelineView::~TimelineView() = default;

// --- Take ----------------------------------------------------------------------------------------------

void TimelineView::setAudio(std::shared_ptr<const audio::AudioBuffer> audio) {
    const quint64 generation = ++buildGeneration_;
    if (!audio || audio->frames() <= kSyncBuildFrames) {
        setPyramid(audio ? PeakPyramid::build(std::move(audio)) : nullptr);
        return;
    }
    building_ = true;
    pyramid_.reset();
    // The length is known before the pyramid: regions can be placed while it builds.
    takeSeconds_ = audio->seconds();
    model_->setTakeLength(takeSeconds_);
    tiles_.setPyramid(nullptr);
    viewport()->update();
    auto* watcher = new QFutureWatcher<std::shared_ptr<const PeakPyramid>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == buildGeneration_)  // a newer take replaced this one meanwhile
            setPyramid(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([audio = std::move(audio)] { return PeakPyramid::build(audio); }));
}

void TimelineView::setPyramid(std::shared_ptr<const PeakPyramid> pyramid) {
    ++buildGeneration_;
    building_ = false;
    pyramid_ = std::move(pyramid);
    takeSeconds_ = pyramid_ && pyramid_->sampleRate() > 0 ? double(pyramid_->frames()) / pyramid_->sampleRate() : 0.0;
    tiles_.setPyramid(pyramid_);
    model_->setTakeLength(takeSeconds());
    playhead_ = std::clamp(playhead_, 0.0, extentSeconds());
    fitted_ = true;
    fpp_ = fitFramesPerPixel();
    updateScrollRange();
    horizontalScrollBar()->setValue(0);
    viewport()->update();
    updateDescription();
    Q_EMIT zoomChanged(fpp_);
    Q_EMIT waveformReady();
}

double TimelineView::takeSeconds() const {
    return takeSeconds_;
}

double TimelineView::extentSeconds() const {
    return std::max(takeSeconds(), model_->upperBound());
}

void TimelineView::setTempo(const TempoGrid& grid) {
    model_->setGrid(grid);
    viewport()->update();
}

void TimelineView::setSnapMode(SnapMode mode) {
    model_->setSnapMode(mode);
}

void TimelineView::setSections(const QVector<TimelineSection>& sections) {
    model_->setSections(sections);
}

void TimelineView::setLaneMode(LaneMode mode) {
    if (mode == laneMode_)
        return;
    laneMode_ = mode;
    viewport()->update();
    Q_EMIT laneModeChanged(mode);
}

void TimelineView::toggleLaneMode() {
    setLaneMode(laneMode_ == LaneMode::Stereo ? LaneMode::Summed : LaneMode::Stereo);
}

// --- Zoom and scroll -----------------------------------------------------------------------------------

double TimelineView::minFramesPerPixel() const {
    // Content width must fit the scroll bar's int: at most 2^30 pixels, whatever the take's length.
    const double frames = extentSeconds() * (pyramid_ ? pyramid_->sampleRate() : audio::kEngineSampleRate);
    return std::max(kMinFramesPerPixel, frames / double(1 << 30));
}

double TimelineView::fitFramesPerPixel() const {
    const double frames = extentSeconds() * (pyramid_ ? pyramid_->sampleRate() : audio::kEngineSampleRate);
    return std::max(minFramesPerPixel(), frames / std::max(1, viewport()->width()));
}

qint64 TimelineView::contentWidth() const {
    const double frames = extentSeconds() * (pyramid_ ? pyramid_->sampleRate() : audio::kEngineSampleRate);
    return qint64(std::ceil(frames / fpp_));
}

void TimelineView::updateScrollRange() {
    const int vw = viewport()->width();
    QScrollBar* bar = horizontalScrollBar();
    bar->setRange(0, int(std::max<qint64>(0, contentWidth() - vw)));
    bar->setPageStep(std::max(1, vw));
    bar->setSingleStep(std::max(1, vw / 10));
}

qint64 TimelineView::scrollX() const {
    return horizontalScrollBar()->value();
}

void TimelineView::scrollToX(qint64 contentX) {
    horizontalScrollBar()->setValue(int(std::clamp<qint64>(contentX, 0, horizontalScrollBar()->maximum())));
}

void TimelineView::setFramesPerPixel(double fpp, std::optional<int> anchorX) {
    const double fit = fitFramesPerPixel();
    fpp = std::clamp(fpp, minFramesPerPixel(), fit);
    const int ax = anchorX.value_or(viewport()->width() / 2);
    const double anchorFrame = (double(scrollX()) + ax) * fpp_;
    fitted_ = fpp >= fit * (1.0 - 1e-9);
    if (fpp == fpp_)
        return;
    fpp_ = fpp;
    updateScrollRange();
    scrollToX(qint64(std::llround(anchorFrame / fpp_ - ax)));
    viewport()->update();
    Q_EMIT zoomChanged(fpp_);
}

void TimelineView::zoomIn() {
    const double x = xAt(playhead_);
    setFramesPerPixel(fpp_ / kZoomStep, x >= 0 && x < viewport()->width() ? std::optional<int>(int(x)) : std::nullopt);
}

void TimelineView::zoomOut() {
    const double x = xAt(playhead_);
    setFramesPerPixel(fpp_ * kZoomStep, x >= 0 && x < viewport()->width() ? std::optional<int>(int(x)) : std::nullopt);
}

void TimelineView::zoomToFit() {
    setFramesPerPixel(fitFramesPerPixel(), 0);
    scrollToX(0);
}

void TimelineView::resizeEvent(QResizeEvent* event) {
    QAbstractScrollArea::resizeEvent(event);
    // A fitted view stays fitted; a zoomed one never shows less than the whole take's width.
    if (fitted_ || fpp_ > fitFramesPerPixel()) {
        fpp_ = fitFramesPerPixel();
        fitted_ = true;
    }
    updateScrollRange();
}

void TimelineView::scrollContentsBy(int dx, int /*dy*/) {
    // Everything drawn is in content coordinates, so the pixels already on screen stay valid: move them
    // and paint only the uncovered strip.
    if (std::abs(dx) < viewport()->width())
        viewport()->scroll(dx, 0);
    else
        viewport()->update();
}

// --- Coordinates ---------------------------------------------------------------------------------------

double TimelineView::secondsAt(double x) const {
    const int rate = pyramid_ ? pyramid_->sampleRate() : audio::kEngineSampleRate;
    return (double(scrollX()) + x) * fpp_ / rate;
}

double TimelineView::xAt(double seconds) const {
    const int rate = pyramid_ ? pyramid_->sampleRate() : audio::kEngineSampleRate;
    return seconds * rate / fpp_ - double(scrollX());
}

int TimelineView::rulerHeight() const {
    return kClockRow + (model_->grid().valid() ? kBarsRow : 0);
}

int TimelineView::sectionsHeight() const {
    return model_->sections().isEmpty() ? 0 : kSectionRow;
}

QRect TimelineView::waveformRect() const {
    const int top = rulerHeight() + sectionsHeight();
    return QRect(0, top, viewport()->width(), std::max(1, viewport()->height() - top));
}

QRect TimelineView::playheadStrip(double seconds) const {
    const int x = int(std::floor(xAt(seconds)));
    return QRect(x - 6, 0, 13, viewport()->height());
}

// --- Playhead and seeking ------------------------------------------------------------------------------

void TimelineView::setPlayhead(double seconds) {
    seconds = std::clamp(seconds, 0.0, std::max(0.0, extentSeconds()));
    if (seconds == playhead_)
        return;
    const QRect old = playheadStrip(playhead_);
    playhead_ = seconds;
    const double x = xAt(seconds);
    const int vw = viewport()->width();
    if (follow_ && (x < 0 || x >= vw) && !fitted_) {
        // Page so the playhead sits near the left edge (a whole-view repaint, once per screen).
        scrollToX(qint64(std::llround(x + double(scrollX()) - vw * 0.05)));
        viewport()->update();
        return;
    }
    viewport()->update(old);
    viewport()->update(playheadStrip(seconds));
}

void TimelineView::seekTo(double seconds) {
    setPlayhead(seconds);
    // Keep a keyboard- or mouse-moved playhead in view even when following playback is off.
    const double x = xAt(playhead_);
    if (x < 0 || x >= viewport()->width())
        scrollToX(qint64(std::llround(x + double(scrollX()) - viewport()->width() / 2.0)));
    updateDescription();
    Q_EMIT seekRequested(playhead_);
}

double TimelineView::nudgeStep() const {
    return model_->grid().valid() ? model_->grid().beatSeconds() : 1.0;
}

void TimelineView::extendSelection(int direction) {
    const double step = nudgeStep() * direction;
    const TimelineRegion* r = model_->region(model_->selectedId());
    if (!r) {
        if (const auto id = model_->add(playhead_, playhead_ + step))
            if (const TimelineRegion* made = model_->region(*id))
                seekTo(direction > 0 ? made->end : made->start);
        return;
    }
    // The edge nearer the playhead moves; the other stays.
    const bool endEdge = std::fabs(playhead_ - r->end) <= std::fabs(playhead_ - r->start);
    const int id = r->id;
    if (endEdge)
        model_->setSpan(id, r->start, std::max(r->end + step, r->start + model_->minLength()));
    else
        model_->setSpan(id, std::min(r->start + step, r->end - model_->minLength()), r->end);
    if (const TimelineRegion* now = model_->region(id))
        seekTo(endEdge ? now->end : now->start);
}

bool TimelineView::toggleLoopOfSelection() {
    return model_->toggleLoop(model_->selectedId());
}

bool TimelineView::regionFromSectionAtPlayhead() {
    const int i = model_->sectionAt(playhead_);
    return i >= 0 && model_->addFromSection(model_->sections()[i]).has_value();
}

void TimelineView::updateDescription() {
    setAccessibleDescription(tr("Playhead at %1 of %2; %n region(s)", nullptr, int(model_->regions().size()))
                                 .arg(formatClock(playhead_, 0.001), formatClock(takeSeconds(), 1.0)));
}

// --- Mouse ---------------------------------------------------------------------------------------------

std::optional<TimelineView::Hit> TimelineView::hitRegion(QPoint pos) const {
    if (pos.y() < waveformRect().top())
        return std::nullopt;
    const auto& regions = model_->regions();
    auto edgeHit = [&](const TimelineRegion& r) -> std::optional<Hit> {
        const double x0 = xAt(r.start), x1 = xAt(r.end);
        const double d0 = std::fabs(pos.x() - x0), d1 = std::fabs(pos.x() - x1);
        if (std::min(d0, d1) > kEdgeGrab)
            return std::nullopt;
        return Hit{r.id, d1 <= d0 ? RegionPart::End : RegionPart::Start};
    };
    // The selected region's edges first, then any edge, then bodies (topmost = drawn last).
    if (const TimelineRegion* sel = model_->region(model_->selectedId()))
        if (auto h = edgeHit(*sel))
            return h;
    for (auto it = regions.rbegin(); it != regions.rend(); ++it)
        if (auto h = edgeHit(*it))
            return h;
    for (auto it = regions.rbegin(); it != regions.rend(); ++it)
        if (pos.x() >= xAt(it->start) && pos.x() <= xAt(it->end))
            return Hit{it->id, RegionPart::Body};
    return std::nullopt;
}

int TimelineView::sectionAtPoint(QPoint pos) const {
    const int top = rulerHeight();
    if (sectionsHeight() == 0 || pos.y() < top || pos.y() >= top + sectionsHeight())
        return -1;
    return model_->sectionAt(secondsAt(pos.x()));
}

void TimelineView::updateCursor(QPoint pos) {
    const auto hit = hitRegion(pos);
    if (hit && hit->part != RegionPart::Body)
        viewport()->setCursor(Qt::SizeHorCursor);
    else if (hit)
        viewport()->setCursor(Qt::OpenHandCursor);
    else
        viewport()->setCursor(Qt::IBeamCursor);
}

void TimelineView::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton || !pyramid_) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    const QPoint pos = event->position().toPoint();
    pressPos_ = pos;
    pressRegion_ = 0;
    if (pos.y() < rulerHeight()) {
        press_ = Press::Seek;
        seekTo(secondsAt(pos.x()));
        return;
    }
    press_ = Press::Click;
    if (pos.y() < waveformRect().top() || (event->modifiers() & Qt::ShiftModifier))
        return;
    if (const auto hit = hitRegion(pos)) {
        if (hit->part == RegionPart::Body) {
            pressRegion_ = hit->id;
        } else {
            model_->beginDrag(hit->id, hit->part, secondsAt(pos.x()));
            press_ = Press::Move;
        }
    }
}

void TimelineView::mouseMoveEvent(QMouseEvent* event) {
    const QPoint pos = event->position().toPoint();
    switch (press_) {
    case Press::None:
        updateCursor(pos);
        return;
    case Press::Seek:
        dragTo(pos);
        return;
    case Press::Click:
        if ((pos - pressPos_).manhattanLength() < kDragStart || pressPos_.y() < waveformRect().top())
            return;
        if (pressRegion_ != 0) {
            model_->beginDrag(pressRegion_, RegionPart::Body, secondsAt(pressPos_.x()));
            press_ = Press::Move;
            viewport()->setCursor(Qt::ClosedHandCursor);
        } else {
            if (!model_->beginCreate(secondsAt(pressPos_.x())))
                return;
            press_ = Press::Create;
        }
        [[fallthrough]];
    case Press::Create:
    case Press::Move:
        dragTo(pos);
        return;
    }
}

void TimelineView::dragTo(QPoint pos) {
    lastMouse_ = pos;
    const double x = std::clamp(double(pos.x()), 0.0, double(viewport()->width()));
    if (press_ == Press::Seek)
        seekTo(secondsAt(x));
    else
        model_->updateDrag(secondsAt(x));
    const bool outside = pos.x() < 0 || pos.x() >= viewport()->width();
    if (outside && !autoScroll_.isActive())
        autoScroll_.start();
    else if (!outside)
        autoScroll_.stop();
}

void TimelineView::autoScrollStep() {
    if (press_ != Press::Seek && press_ != Press::Create && press_ != Press::Move) {
        autoScroll_.stop();
        return;
    }
    // Faster the further the mouse is past the edge, at most a quarter screen per step.
    const int vw = viewport()->width();
    const int past = lastMouse_.x() < 0 ? lastMouse_.x() : std::max(0, lastMouse_.x() - vw + 1);
    const int step = std::clamp(past, -vw / 4, vw / 4);
    if (step == 0) {
        autoScroll_.stop();
        return;
    }
    scrollToX(scrollX() + step);
    dragTo(lastMouse_);
}

void TimelineView::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mouseReleaseEvent(event);
        return;
    }
    const QPoint pos = event->position().toPoint();
    if (press_ == Press::Click) {
        model_->select(pressRegion_);
        seekTo(secondsAt(pos.x()));
    } else if (press_ == Press::Create || press_ == Press::Move) {
        model_->endDrag();
    }
    press_ = Press::None;
    autoScroll_.stop();
    updateCursor(pos);
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton || !pyramid_)
        return;
    const QPoint pos = event->position().toPoint();
    const int section = sectionAtPoint(pos);
    if (section >= 0) {
        model_->addFromSection(model_->sections()[section]);
        return;
    }
    // Double-click on a region loops it (or stops its loop).
    if (const auto hit = hitRegion(pos); hit && hit->part == RegionPart::Body)
        model_->toggleLoop(hit->id);
}

void TimelineView::wheelEvent(QWheelEvent* event) {
    const QPoint delta = event->angleDelta();
    if (event->modifiers() & Qt::ControlModifier) {
        if (delta.y() != 0)
            setFramesPerPixel(fpp_ * std::pow(kZoomStep, -delta.y() / 120.0), int(event->position().x()));
    } else {
        const int d = delta.x() != 0 ? delta.x() : delta.y();
        scrollToX(scrollX() - qint64(std::llround(d / 120.0 * viewport()->width() / 8.0)));
    }
    event->accept();
}

// --- Keyboard ------------------------------------------------------------------------------------------

void TimelineView::keyPressEvent(QKeyEvent* event) {
    if (!pyramid_) {
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right: {
        const int dir = event->key() == Qt::Key_Right ? 1 : -1;
        if (shift)
            extendSelection(dir);
        else
            seekTo(playhead_ + dir * nudgeStep());
        break;
    }
    case Qt::Key_Home:
        seekTo(0.0);
        break;
    case Qt::Key_End:
        seekTo(takeSeconds());
        break;
    case Qt::Key_L:
        toggleLoopOfSelection();
        break;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        model_->removeSelected();
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_0:
        zoomToFit();
        break;
    case Qt::Key_S:
        toggleLaneMode();
        break;
    case Qt::Key_R:
        regionFromSectionAtPlayhead();
        break;
    case Qt::Key_Escape:
        if (model_->dragging()) {
            model_->cancelDrag();
            press_ = Press::None;
            autoScroll_.stop();
        } else {
            model_->select(0);
        }
        break;
    default:
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    event->accept();
}

}  // namespace songloom::ui
