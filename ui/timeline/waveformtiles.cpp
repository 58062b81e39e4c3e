#include "timeline/waveformtiles.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace songloom::ui {

void WaveformTileCache::setPyramid(std::shared_ptr<const PeakPyramid> pyramid) {
    pyramid_ = std::move(pyramid);
    clear();
}

void WaveformTileCache::setStyle(const WaveformStyle& style) {
    style_ = style;
    clear();
}

void WaveformTileCache::clear() {
    tiles_.clear();
}

QImage WaveformTileCache::tile(double framesPerPixel, qint64 index, LaneMode mode, int height, qreal dpr) {
    if (!pyramid_)
        return {};
    quint64 bits = 0;
    std::memcpy(&bits, &framesPerPixel, sizeof bits);
    const Key key{bits, index, int(mode), height, int(std::lround(dpr * 100))};
    auto it = tiles_.find(key);
    if (it != tiles_.end()) {
        ++hits_;
        it->used = ++clock_;
        return it->image;
    }
    ++misses_;
    if (tiles_.size() >= kMaxTiles) {
        // Evict the least recently used tile (a linear scan over at most kMaxTiles entries).
        auto oldest = tiles_.begin();
        for (auto i = tiles_.begin(); i != tiles_.end(); ++i)
            if (i->used < oldest->used)
                oldest = i;
        tiles_.erase(oldest);
    }
    QImage image = render(*pyramid_, style_, framesPerPixel, index, mode, height, dpr);
    tiles_.insert(key, Entry{image, ++clock_});
    return image;
}

QVector<int> WaveformTileCache::lanes(const PeakPyramid& pyramid, LaneMode mode) {
    QVector<int> out;
    if (mode == LaneMode::Summed || pyramid.channels() <= 1) {
        out.append(pyramid.channels() <= 1 ? 0 : PeakPyramid::kSummed);
        return out;
    }
    for (int c = 0; c < pyramid.channels(); ++c)
        out.append(c);
    return out;
}

namespace {

// Vertical run of pixels [y0, y1] in column x, clipped to the lane [top, bottom].
void fillColumn(QImage& img, int x, int y0, int y1, int top, int bottom, QRgb colour) {
    if (y0 > y1)
        std::swap(y0, y1);
    y0 = std::max(y0, top);
    y1 = std::min(y1, bottom);
    for (int y = y0; y <= y1; ++y)
        reinterpret_cast<QRgb*>(img.scanLine(y))[x] = colour;
}

}  // namespace

QImage WaveformTileCache::render(const PeakPyramid& pyr, const WaveformStyle& style, double framesPerPixel,
                                 qint64 index, LaneMode mode, int height, qreal dpr) {
    const int w = int(std::lround(kTileWidth * dpr));
    const int h = std::max(1, int(std::lround(height * dpr)));
    QImage img(w, h, QImage::Format_ARGB32_Premultiplied);
    img.fill(style.background);
    img.setDevicePixelRatio(dpr);
    const QVector<int> laneList = lanes(pyr, mode);
    const int laneCount = int(laneList.size());
    if (pyr.frames() == 0 || laneCount == 0)
        return img;

    const double fpd = framesPerPixel / dpr;  // frames per device pixel
    const qint64 firstCol = index * w;        // global device column of the tile's left edge
    const QRgb peak = style.peak.rgba();
    const QRgb rms = style.rms.rgba();
    const QRgb centre = style.centreLine.rgba();
    const QRgb sep = style.laneSeparator.rgba();

    for (int li = 0; li < laneCount; ++li) {
        const int top = li * h / laneCount;
        const int bottom = (li + 1) * h / laneCount - 1;
        const double mid = (top + bottom) / 2.0;
        const double half = std::max(1.0, (bottom - top) / 2.0 - 1.0);
        auto yOf = [&](double v) { return int(std::lround(mid - std::clamp(v, -1.0, 1.0) * half)); };
        const int lane = laneList[li];
        // Centre line and lane separator.
        const int yc = int(std::lround(mid));
        for (int x = 0; x < w; ++x)
            reinterpret_cast<QRgb*>(img.scanLine(yc))[x] = centre;
        if (li > 0)
            for (int x = 0; x < w; ++x)
                reinterpret_cast<QRgb*>(img.scanLine(top))[x] = sep;

        if (fpd >= 1.0) {
            for (int x = 0; x < w; ++x) {
                const qint64 col = firstCol + x;
                const auto f0 = qint64(std::floor(double(col) * fpd));
                const auto f1 = qint64(std::floor(double(col + 1) * fpd)) - 1;
                if (f0 >= pyr.frames())
                    break;
                const PeakRange r = pyr.range(lane, f0, f1);
                if (r.count == 0)
                    continue;
                fillColumn(img, x, yOf(r.max), yOf(r.min), top, bottom, peak);
                const double a = std::min<double>(r.rms(), std::max(std::fabs(r.min), std::fabs(r.max)));
                // RMS drawn inside the min/max, never beyond it.
                const int ry0 = std::max(yOf(a), yOf(r.max));
                const int ry1 = std::min(yOf(-a), yOf(r.min));
                if (ry1 >= ry0 && a > 0.0)
                    fillColumn(img, x, ry0, ry1, top, bottom, rms);
            }
            continue;
        }
        // Sample detail: each frame f at the centre of its span, x = (f + 0.5) / fpd − firstCol.
        QPainter p(&img);
        p.setRenderHint(QPainter::Antialiasing, true);
        p.scale(1.0 / dpr, 1.0 / dpr);  // draw in device pixels
        const qint64 fFirst = std::max<qint64>(0, qint64(std::floor(double(firstCol) * fpd)) - 1);
        const qint64 fLast = std::min<qint64>(pyr.frames() - 1, qint64(std::ceil(double(firstCol + w) * fpd)) + 1);
        if (fFirst > fLast)
            continue;
        QPolygonF line;
        line.reserve(int(fLast - fFirst + 1));
        for (qint64 f = fFirst; f <= fLast; ++f) {
            const double x = (double(f) + 0.5) / fpd - double(firstCol);
            line.append(QPointF(x, mid - std::clamp<double>(pyr.sample(lane, f), -1.0, 1.0) * half));
        }
        p.setClipRect(QRect(0, top, w, bottom - top + 1));
        p.setPen(QPen(style.peak, std::max(1.0, dpr)));
        p.drawPolyline(line);
        if (1.0 / fpd >= 6.0) {
            p.setPen(Qt::NoPen);
            p.setBrush(style.rms);
            const double radius = std::min(3.0 * dpr, 0.2 / fpd);
            for (const QPointF& pt : line)
                p.drawEllipse(pt, radius, radius);
        }
    }
    return img;
}

}  // namespace songloom::ui
