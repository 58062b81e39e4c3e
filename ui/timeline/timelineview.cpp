#include "timeline/timelineview.h"

#include <QFutureWatcher>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QWheelEvent>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace songloom::ui {

namespace {

constexpr int kClockRow = 18;    // ruler row in clock time
constexpr int kBarsRow = 18;     // ruler row in bars:beats (only with a tempo)
constexpr int kSectionRow = 20;  // lyric section bands (only when sections are known)
constexpr int kEdgeGrab = 5;     // pixels either side of a region edge that grab the edge
constexpr int kDragStart = 4;    // pixels the mouse must move before a press becomes a drag

// The timeline is dark whatever the desktop theme, as audio editors are: waveform contrast first.
const QColor kRulerBg(0x2a, 0x2f, 0x38);
const QColor kRulerText(0xc8, 0xcc, 0xd2);
const QColor kRulerTick(0x7a, 0x80, 0x8a);
const QColor kPlayhead(0xff, 0x5a, 0x4f);
const QColor kLoop(0x66, 0xd9, 0x8a);

QColor regionColour(int index) {
    static const QColor colours[RegionModel::kColours] = {
        QColor(0xf5, 0xa6, 0x23), QColor(0x7e, 0xd3, 0x21), QColor(0xb3, 0x7f, 0xeb),
        QColor(0xf8, 0xe7, 0x1c), QColor(0xff, 0x7e, 0xb6), QColor(0x3f, 0xd0, 0xc9)};
    return colours[((index % RegionModel::kColours) + RegionModel::kColours) % RegionModel::kColours];
}

QColor sectionColour(int index) {
    return index % 2 == 0 ? QColor(0x3b, 0x4a, 0x5e) : QColor(0x4a, 0x3f, 0x5e);
}

}  // namespace

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

// --- Painting ------------------------------------------------------------------------------------------

void TimelineView::paintEvent(QPaintEvent* event) {
    QPainter p(viewport());
    const QRect dirty = event->rect();
    p.fillRect(dirty, WaveformStyle{}.background);
    if (!pyramid_) {
        p.setPen(kRulerText);
        p.drawText(viewport()->rect(), Qt::AlignCenter,
                   building_ ? tr("Building the waveform…") : tr("No audio to show"));
        return;
    }
    paintWaveform(p, dirty);
    paintGrid(p, dirty);
    paintRegions(p);
    paintRuler(p, dirty);
    paintLoopMarker(p);
    paintSections(p);
    paintPlayhead(p);
}

void TimelineView::paintWaveform(QPainter& p, const QRect& dirty) {
    const QRect wf = waveformRect();
    const QRect area = dirty.intersected(wf);
    if (area.isEmpty())
        return;
    const qint64 sx = scrollX();
    const int tw = WaveformTileCache::kTileWidth;
    const qint64 first = (sx + area.left()) / tw;
    const qint64 last = (sx + area.right()) / tw;
    const qreal dpr = viewport()->devicePixelRatioF();
    for (qint64 t = first; t <= last; ++t) {
        const QImage img = tiles_.tile(fpp_, t, laneMode_, wf.height(), dpr);
        const QRect target(int(t * tw - sx), wf.top(), tw, wf.height());
        const QRect part = target.intersected(area);
        const QRectF source((part.left() - target.left()) * dpr, (part.top() - target.top()) * dpr,
                            part.width() * dpr, part.height() * dpr);
        p.drawImage(QRectF(part), img, source);
    }
    // Beyond the take's end (room to extend): shaded.
    const double endX = xAt(takeSeconds());
    if (endX < area.right() + 1) {
        const QRect beyond = QRect(QPoint(int(std::ceil(endX)), wf.top()), wf.bottomRight()).intersected(area);
        p.fillRect(beyond, QColor(0, 0, 0, 90));
    }
}

void TimelineView::paintGrid(QPainter& p, const QRect& dirty) {
    const TempoGrid& g = model_->grid();
    if (!g.valid())
        return;
    const QRect wf = waveformRect();
    const double pps = pyramid_->sampleRate() / fpp_;
    const double beatPx = g.beatSeconds() * pps;
    const bool beats = beatPx >= 12.0;
    if (!beats && beatPx * g.beatsPerBar < 8.0)
        return;
    const long long b0 = (long long)std::floor(secondsAt(dirty.left() - 1) / g.beatSeconds());
    const long long b1 = (long long)std::ceil(secondsAt(dirty.right() + 1) / g.beatSeconds());
    for (long long b = std::max(0LL, b0); b <= b1; ++b) {
        const bool bar = b % g.beatsPerBar == 0;
        if (!bar && !beats)
            continue;
        const int x = int(std::lround(xAt(b * g.beatSeconds())));
        p.setPen(bar ? QColor(255, 255, 255, 38) : QColor(255, 255, 255, 16));
        p.drawLine(x, wf.top(), x, wf.bottom());
    }
}

void TimelineView::paintRegions(QPainter& p) {
    const QRect wf = waveformRect();
    const int vw = viewport()->width();
    const QFontMetrics fm(font());
    for (const TimelineRegion& r : model_->regions()) {
        const double x0 = xAt(r.start), x1 = xAt(r.end);
        if (x1 < -2 || x0 > vw + 2)
            continue;
        const bool selected = r.id == model_->selectedId();
        const bool loop = r.id == model_->loopId();
        const QColor c = regionColour(r.colour);
        const int left = int(std::lround(std::max(-2.0, x0)));
        const int right = int(std::lround(std::min(vw + 2.0, x1)));
        QColor fill = c;
        fill.setAlpha(selected ? 70 : 40);
        p.fillRect(QRect(left, wf.top(), std::max(1, right - left), wf.height()), fill);
        p.setPen(QPen(c, selected ? 2 : 1));
        if (x0 >= -2)
            p.drawLine(left, wf.top(), left, wf.bottom());
        if (x1 <= vw + 2)
            p.drawLine(right, wf.top(), right, wf.bottom());
        if (selected) {
            // Grab handles in the middle of each edge.
            p.setBrush(c);
            p.setPen(Qt::NoPen);
            const int hy = wf.center().y() - 10;
            if (x0 >= -2)
                p.drawRect(left - 3, hy, 6, 20);
            if (x1 <= vw + 2)
                p.drawRect(right - 3, hy, 6, 20);
        }
        // Label tab at the top of the region.
        QString label = r.label.isEmpty() ? tr("Region %1").arg(r.id) : r.label;
        if (loop)
            label = tr("%1 (loop)").arg(label);
        const int tabW = std::min(fm.horizontalAdvance(label) + 8, std::max(0, right - left - 1));
        if (tabW > 12) {
            const QRect tab(std::max(left, 0) + 1, wf.top() + 1, tabW, fm.height() + 2);
            QColor bg = c;
            bg.setAlpha(selected ? 230 : 170);
            p.fillRect(tab, bg);
            p.setPen(Qt::black);
            p.drawText(tab.adjusted(4, 0, -2, 0), Qt::AlignVCenter | Qt::AlignLeft,
                       fm.elidedText(label, Qt::ElideRight, tab.width() - 6));
        }
    }
}

void TimelineView::paintLoopMarker(QPainter& p) {
    // The looping region is also marked along the ruler's bottom edge (drawn after the ruler).
    const TimelineRegion* r = model_->region(model_->loopId());
    if (!r)
        return;
    const int vw = viewport()->width();
    const int left = int(std::lround(std::clamp(xAt(r->start), -2.0, vw + 2.0)));
    const int right = int(std::lround(std::clamp(xAt(r->end), -2.0, vw + 2.0)));
    if (right > left)
        p.fillRect(QRect(left, rulerHeight() - 4, right - left, 4), kLoop);
}

void TimelineView::paintRuler(QPainter& p, const QRect& dirty) {
    const int rh = rulerHeight();
    if (dirty.top() >= rh)
        return;
    const int vw = viewport()->width();
    p.fillRect(QRect(dirty.left(), 0, dirty.width(), rh), kRulerBg);
    p.setPen(kRulerTick);
    p.drawLine(dirty.left(), rh - 1, dirty.right(), rh - 1);
    const double pps = pyramid_->sampleRate() / fpp_;
    const QFontMetrics fm(font());
    // Labels sit right of their tick: start a label's width early so a partly dirty label is redrawn.
    const double s0 = std::max(0.0, secondsAt(dirty.left() - 90));
    const double s1 = std::min(extentSeconds(), secondsAt(dirty.right() + 2));
    QFont small = font();
    small.setPointSizeF(std::max(6.0, font().pointSizeF() * 0.85));
    p.setFont(small);

    const ClockTicks ct = chooseClockTicks(pps, 80.0);
    for (long long k = (long long)std::floor(s0 / ct.minor); k * ct.minor <= s1; ++k) {
        const double t = k * ct.minor;
        const int x = int(std::lround(xAt(t)));
        const double ratio = t / ct.major;
        const bool major = std::fabs(ratio - std::round(ratio)) < 1e-6;
        p.setPen(kRulerTick);
        p.drawLine(x, kClockRow - (major ? 8 : 4), x, kClockRow - 1);
        if (major && x < vw) {
            p.setPen(kRulerText);
            p.drawText(QPoint(x + 3, kClockRow - 6), formatClock(t, ct.major));
        }
    }
    const TempoGrid& g = model_->grid();
    if (g.valid()) {
        p.setPen(kRulerTick);
        p.drawLine(dirty.left(), kClockRow, dirty.right(), kClockRow);
        const BarTicks bt = chooseBarTicks(g, pps, 48.0);
        const double beat = g.beatSeconds();
        const long long b0 = (long long)std::floor(s0 / beat / bt.minorBeats) * bt.minorBeats;
        for (long long b = std::max(0LL, b0); b * beat <= s1; b += bt.minorBeats) {
            const int x = int(std::lround(xAt(b * beat)));
            const bool major = b % bt.majorBeats == 0;
            const bool downbeat = b % g.beatsPerBar == 0;
            p.setPen(kRulerTick);
            p.drawLine(x, rh - (major ? 9 : downbeat ? 6 : 3), x, rh - 1);
            if (major) {
                p.setPen(kRulerText);
                p.drawText(QPoint(x + 3, rh - 6), formatBarBeat(b, g.beatsPerBar));
            }
        }
    }
    p.setFont(font());
    Q_UNUSED(fm);
}

void TimelineView::paintSections(QPainter& p) {
    const int h = sectionsHeight();
    if (h == 0)
        return;
    const int top = rulerHeight();
    const int vw = viewport()->width();
    const QFontMetrics fm(font());
    const auto& sections = model_->sections();
    for (int i = 0; i < sections.size(); ++i) {
        const TimelineSection& s = sections[i];
        const double x0 = xAt(s.start), x1 = xAt(s.end);
        if (x1 < 0 || x0 > vw)
            continue;
        const QRect band(int(std::lround(std::max(-1.0, x0))), top + 1,
                         std::max(1, int(std::lround(std::min(vw + 1.0, x1) - std::max(-1.0, x0))) - 1), h - 2);
        p.fillRect(band, sectionColour(i));
        p.setPen(kRulerText);
        // The name stays readable while its band is scrolled partly out on the left.
        const QRect text = band.intersected(QRect(0, top, vw, h)).adjusted(4, 0, -2, 0);
        if (text.width() > 8)
            p.drawText(text, Qt::AlignVCenter | Qt::AlignLeft, fm.elidedText(s.name, Qt::ElideRight, text.width()));
    }
}

void TimelineView::paintPlayhead(QPainter& p) {
    const double x = xAt(playhead_);
    if (x < -6 || x > viewport()->width() + 6)
        return;
    const int xi = int(std::floor(x));
    p.fillRect(QRect(xi, 0, 2, viewport()->height()), kPlayhead);
    QPainterPath head;
    head.moveTo(xi - 5, 0);
    head.lineTo(xi + 6, 0);
    head.lineTo(xi + 1, 7);
    head.closeSubpath();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.fillPath(head, kPlayhead);
    p.setRenderHint(QPainter::Antialiasing, false);
}

}  // namespace songloom::ui
