#include "timeline/peakpyramid.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace songloom::ui {

double PeakRange::rms() const {
    return count > 0 ? std::sqrt(sumSquares / double(count)) : 0.0;
}

void PeakRange::add(float s) {
    if (count == 0) {
        min = max = s;
    } else {
        min = std::min(min, s);
        max = std::max(max, s);
    }
    sumSquares += double(s) * double(s);
    ++count;
}

void PeakRange::merge(const PeakRange& o) {
    if (o.count == 0)
        return;
    if (count == 0) {
        *this = o;
        return;
    }
    min = std::min(min, o.min);
    max = std::max(max, o.max);
    sumSquares += o.sumSquares;
    count += o.count;
}

int64_t PeakPyramid::blockFrames(int level) {
    return kFinestBlock << (2 * level);  // 256 · 4^level
}

int64_t PeakPyramid::blockCount(int level) const {
    return frames_ / blockFrames(level);
}

int PeakPyramid::laneSlot(int lane) const {
    if (lane == kSummed)
        return channels_ > 1 ? channels_ : 0;
    return lane;
}

const PeakPyramid::Block& PeakPyramid::block(int slot, int level, int64_t index) const {
    return levels_[level][size_t(slot * blockCount(level) + index)];
}

float PeakPyramid::sample(int lane, int64_t frame) const {
    const float* f = audio_->samples.data() + frame * channels_;
    if (lane != kSummed || channels_ == 1)
        return f[lane == kSummed ? 0 : lane];
    float sum = 0.0f;
    for (int c = 0; c < channels_; ++c)
        sum += f[c];
    return sum / float(channels_);
}

std::shared_ptr<const PeakPyramid> PeakPyramid::build(std::shared_ptr<const audio::AudioBuffer> audio) {
    auto p = std::make_shared<PeakPyramid>();
    if (!audio || audio->channels < 1 || audio->frames() == 0) {
        p->audio_ = std::move(audio);
        p->channels_ = p->audio_ ? std::max(p->audio_->channels, 0) : 0;
        return p;
    }
    p->audio_ = audio;
    p->channels_ = audio->channels;
    p->slots_ = audio->channels > 1 ? audio->channels + 1 : 1;
    p->frames_ = audio->frames();
    const int ch = p->channels_;
    const int slots = p->slots_;

    // Level 0: one pass over the interleaved samples, all lanes at once.
    const int64_t n0 = p->blockCount(0);
    auto& l0 = p->levels_[0];
    l0.resize(size_t(slots * n0));
    const float* s = audio->samples.data();
    std::vector<float> mn(static_cast<size_t>(slots)), mx(static_cast<size_t>(slots));
    std::vector<double> sq(static_cast<size_t>(slots));
    for (int64_t b = 0; b < n0; ++b) {
        std::fill(mn.begin(), mn.end(), std::numeric_limits<float>::infinity());
        std::fill(mx.begin(), mx.end(), -std::numeric_limits<float>::infinity());
        std::fill(sq.begin(), sq.end(), 0.0);
        const float* f = s + b * kFinestBlock * ch;
        for (int64_t i = 0; i < kFinestBlock; ++i, f += ch) {
            float sum = 0.0f;
            for (int c = 0; c < ch; ++c) {
                const float v = f[c];
                mn[size_t(c)] = std::min(mn[size_t(c)], v);
                mx[size_t(c)] = std::max(mx[size_t(c)], v);
                sq[size_t(c)] += double(v) * double(v);
                sum += v;
            }
            if (slots > ch) {
                const float m = sum / float(ch);  // the same expression as sample()
                mn[size_t(ch)] = std::min(mn[size_t(ch)], m);
                mx[size_t(ch)] = std::max(mx[size_t(ch)], m);
                sq[size_t(ch)] += double(m) * double(m);
            }
        }
        for (int k = 0; k < slots; ++k)
            l0[size_t(k * n0 + b)] = {mn[size_t(k)], mx[size_t(k)], sq[size_t(k)]};
    }
    // Coarser levels: each block from the kLevelRatio blocks below (only whole blocks exist, and a
    // whole block above always covers whole blocks below).
    for (int level = 1; level < kLevels; ++level) {
        const int64_t n = p->blockCount(level);
        const int64_t below = p->blockCount(level - 1);
        auto& lv = p->levels_[level];
        lv.resize(size_t(slots * n));
        const auto& lb = p->levels_[level - 1];
        for (int k = 0; k < slots; ++k) {
            for (int64_t b = 0; b < n; ++b) {
                const Block* c = &lb[size_t(k * below + b * kLevelRatio)];
                Block out = c[0];
                for (int j = 1; j < kLevelRatio; ++j) {
                    out.min = std::min(out.min, c[j].min);
                    out.max = std::max(out.max, c[j].max);
                    out.sumSquares += c[j].sumSquares;
                }
                lv[size_t(k * n + b)] = out;
            }
        }
    }
    return p;
}

void PeakPyramid::addRaw(PeakRange& r, int lane, int64_t first, int64_t endFrame) const {
    // The edges of every query: a tight loop over the interleaved samples (this is the hot path when
    // tiles are drawn), then one merge.
    if (first >= endFrame)
        return;
    const int ch = channels_;
    const float* f = audio_->samples.data() + first * ch;
    const bool summed = lane == kSummed && ch > 1;
    const int offset = lane == kSummed ? 0 : lane;
    auto valueAt = [&](const float* frame) {
        if (!summed)
            return frame[offset];
        float sum = 0.0f;
        for (int c = 0; c < ch; ++c)
            sum += frame[c];
        return sum / float(ch);  // the same expression as sample() and build()
    };
    float mn = valueAt(f), mx = mn;
    double sq = 0.0;
    for (int64_t i = first; i < endFrame; ++i, f += ch) {
        const float v = valueAt(f);
        mn = std::min(mn, v);
        mx = std::max(mx, v);
        sq += double(v) * double(v);
    }
    r.merge(PeakRange{mn, mx, sq, endFrame - first});
}

PeakRange PeakPyramid::range(int lane, int64_t firstFrame, int64_t lastFrame) const {
    PeakRange r;
    if (frames_ == 0 || lane < kSummed || lane >= channels_)
        return r;
    int64_t pos = std::max<int64_t>(firstFrame, 0);
    const int64_t end = std::min(lastFrame, frames_ - 1) + 1;
    if (pos >= end)
        return r;
    const int slot = laneSlot(lane);
    while (pos < end) {
        // The coarsest block that starts at pos and ends inside the span; raw samples up to the next
        // finest-block boundary where none fits (the unaligned edges).
        int level = -1;
        for (int l = kLevels - 1; l >= 0; --l) {
            const int64_t bf = blockFrames(l);
            if (pos % bf == 0 && pos + bf <= end) {
                level = l;
                break;
            }
        }
        if (level < 0) {
            const int64_t next = std::min(end, (pos / kFinestBlock + 1) * kFinestBlock);
            addRaw(r, lane, pos, next);
            pos = next;
            continue;
        }
        const int64_t bf = blockFrames(level);
        const Block& b = block(slot, level, pos / bf);
        r.merge(PeakRange{b.min, b.max, b.sumSquares, bf});
        pos += bf;
    }
    return r;
}

}  // namespace songloom::ui
