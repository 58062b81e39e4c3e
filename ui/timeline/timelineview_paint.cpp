// TimelineView's painting (split from timelineview.cpp to keep each file to one concern).
#include "timeline/timelineview.h"
#include "timeline/timelinestyle.h"

#include <QPaintEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace songloom::ui {

using namespace timelinestyle;

// --- Painting ------------------------------------------------------------------------------------------

void TimelineView::paintEvent(QPaintEvent* event) {
    QPainter p(viewport());
    const QRect dirty = event->rect();
    p.fillRect(dirty, WaveformStyle{}.background);
    if (!pyramid_) {
        p.setPen(rulerText());
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
        p.fillRect(QRect(left, rulerHeight() - 4, right - left, 4), loopColour());
}

void TimelineView::paintRuler(QPainter& p, const QRect& dirty) {
    const int rh = rulerHeight();
    if (dirty.top() >= rh)
        return;
    const int vw = viewport()->width();
    p.fillRect(QRect(dirty.left(), 0, dirty.width(), rh), rulerBackground());
    p.setPen(rulerTick());
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
        p.setPen(rulerTick());
        p.drawLine(x, kClockRow - (major ? 8 : 4), x, kClockRow - 1);
        if (major && x < vw) {
            p.setPen(rulerText());
            p.drawText(QPoint(x + 3, kClockRow - 6), formatClock(t, ct.major));
        }
    }
    const TempoGrid& g = model_->grid();
    if (g.valid()) {
        p.setPen(rulerTick());
        p.drawLine(dirty.left(), kClockRow, dirty.right(), kClockRow);
        const BarTicks bt = chooseBarTicks(g, pps, 48.0);
        const double beat = g.beatSeconds();
        const long long b0 = (long long)std::floor(s0 / beat / bt.minorBeats) * bt.minorBeats;
        for (long long b = std::max(0LL, b0); b * beat <= s1; b += bt.minorBeats) {
            const int x = int(std::lround(xAt(b * beat)));
            const bool major = b % bt.majorBeats == 0;
            const bool downbeat = b % g.beatsPerBar == 0;
            p.setPen(rulerTick());
            p.drawLine(x, rh - (major ? 9 : downbeat ? 6 : 3), x, rh - 1);
            if (major) {
                p.setPen(rulerText());
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
        p.setPen(rulerText());
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
    p.fillRect(QRect(xi, 0, 2, viewport()->height()), playheadColour());
    QPainterPath head;
    head.moveTo(xi - 5, 0);
    head.lineTo(xi + 6, 0);
    head.lineTo(xi + 1, 7);
    head.closeSubpath();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.fillPath(head, playheadColour());
    p.setRenderHint(QPainter::Antialiasing, false);
}

}  // namespace songloom::ui
