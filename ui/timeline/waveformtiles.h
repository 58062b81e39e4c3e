// The waveform painted into fixed-width tiles, cached, so that scrolling and playhead repaints blit
// images instead of querying the pyramid again (the idea of Audacity's wave cache; our own code).
// A tile is keyed by zoom (frames per pixel), tile index, lane layout, height and pixel ratio; the
// cache keeps the most recently used tiles, so zooming back to a previous level also hits.
//
// Drawing: at one frame per device pixel or more, each column shows the exact min/max of its frames
// (PeakPyramid::range) and, inside it, ± their RMS; below one frame per pixel the samples are joined by
// a line, with a dot on each sample once samples are 6 device pixels or more apart.
#pragma once

#include "timeline/peakpyramid.h"

#include <QColor>
#include <QHash>
#include <QImage>

#include <memory>

namespace songloom::ui {

enum class LaneMode { Stereo, Summed };

struct WaveformStyle {
    QColor background{0x1f, 0x23, 0x2a};
    QColor laneSeparator{0x3a, 0x40, 0x4a};
    QColor centreLine{0x45, 0x4c, 0x58};
    QColor peak{0x4f, 0x9c, 0xe8};
    QColor rms{0x9c, 0xcb, 0xf7};
};

class WaveformTileCache {
public:
    static constexpr int kTileWidth = 256;  // logical pixels
    static constexpr int kMaxTiles = 96;    // about 30 MB at 256 × 300 px

    void setPyramid(std::shared_ptr<const PeakPyramid> pyramid);
    const std::shared_ptr<const PeakPyramid>& pyramid() const { return pyramid_; }
    void setStyle(const WaveformStyle& style);
    void clear();

    // Tile `index` (covering logical x [index · kTileWidth, (index + 1) · kTileWidth) of the whole take
    // at `framesPerPixel`), `height` logical pixels high.
    QImage tile(double framesPerPixel, qint64 index, LaneMode mode, int height, qreal dpr);

    int size() const { return int(tiles_.size()); }
    qint64 hits() const { return hits_; }
    qint64 misses() const { return misses_; }

    // Renders one tile without caching (what tile() stores).
    static QImage render(const PeakPyramid& pyramid, const WaveformStyle& style, double framesPerPixel,
                         qint64 index, LaneMode mode, int height, qreal dpr);
    // The lanes a layout shows: the channels (Stereo), or the summed lane alone.
    static QVector<int> lanes(const PeakPyramid& pyramid, LaneMode mode);

private:
    struct Key {
        quint64 zoomBits;
        qint64 index;
        int mode;
        int height;
        int dprPercent;
        bool operator==(const Key&) const = default;
    };
    friend size_t qHash(const Key& k, size_t seed) {
        return qHashMulti(seed, k.zoomBits, k.index, k.mode, k.height, k.dprPercent);
    }
    struct Entry {
        QImage image;
        quint64 used = 0;
    };

    std::shared_ptr<const PeakPyramid> pyramid_;
    WaveformStyle style_;
    QHash<Key, Entry> tiles_;
    quint64 clock_ = 0;
    qint64 hits_ = 0;
    qint64 misses_ = 0;
};

}  // namespace songloom::ui
