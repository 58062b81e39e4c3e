// The waveform's peak pyramid: per lane (each channel, and the summed view) and per block, the minimum,
// the maximum and the sum of squares of the samples, at block sizes 256 · 4^k frames (256, 1 Ki, 4 Ki,
// 16 Ki, 64 Ki, 256 Ki). Built once per take: one pass over the samples for the finest level, then each
// coarser level from the four blocks below it. A query is EXACT over any frame span: it takes whole
// blocks from the coarsest level that fits and raw samples at the unaligned edges, so a waveform column
// at any zoom shows the true min/max of its samples (and their true RMS, up to double rounding).
//
// Why 256 · 4^k: the finest level costs 16 bytes per 256 frames per lane (about 7 MB for a 10-minute
// stereo take, three lanes, all levels), and a ratio of 4 bounds a query's work to fewer than
// 2 · 255 raw frames plus 2 · 3 blocks per level, whatever the span.
//
// Summed view = the mean of the channels, sample by sample ((L + R) / 2 for stereo): its min/max are
// not derivable from the channels' min/max, so it is a lane of its own. For a mono take the summed lane
// is the channel itself.
#pragma once

#include "songloom/audio_io.h"

#include <array>
#include <cstdint>
#include <memory>
#include <vector>

namespace songloom::ui {

// Min/max/sum of squares over a span of frames. count == 0: empty span (min/max meaningless).
struct PeakRange {
    float min = 0.0f;
    float max = 0.0f;
    double sumSquares = 0.0;
    int64_t count = 0;

    double rms() const;
    void add(float sample);
    void merge(const PeakRange& other);
};

class PeakPyramid {
public:
    static constexpr int kSummed = -1;            // lane index of the summed (mean of channels) view
    static constexpr int64_t kFinestBlock = 256;  // frames per block at level 0
    static constexpr int kLevelRatio = 4;         // each level's block holds 4 blocks of the level below
    static constexpr int kLevels = 6;             // 256 … 262144 frames per block

    PeakPyramid() = default;
    // Builds the pyramid of `audio` (any channel count >= 1; an empty buffer gives an empty pyramid).
    // Takes a few hundred milliseconds for a 10-minute take: call it off the GUI thread (TimelineView
    // runs it with QtConcurrent).
    static std::shared_ptr<const PeakPyramid> build(std::shared_ptr<const audio::AudioBuffer> audio);

    const std::shared_ptr<const audio::AudioBuffer>& audio() const { return audio_; }
    int channels() const { return channels_; }
    int64_t frames() const { return frames_; }
    int sampleRate() const { return audio_ ? audio_->sampleRate : 0; }

    // Exact min/max/sum of squares of lane `lane` (0 … channels-1, or kSummed) over frames
    // [firstFrame, lastFrame] inclusive. The span is clipped to the take; an empty span gives count 0.
    PeakRange range(int lane, int64_t firstFrame, int64_t lastFrame) const;
    // One sample of a lane (kSummed: the mean of the channels). `frame` must be inside the take.
    float sample(int lane, int64_t frame) const;

    static int64_t blockFrames(int level);
    // Blocks held at `level` (only whole blocks are stored; the tail is read from the samples).
    int64_t blockCount(int level) const;

private:
    struct Block {
        float min;
        float max;
        double sumSquares;
    };
    int laneSlot(int lane) const;  // storage slot of a lane (summed of mono = slot 0)
    const Block& block(int slot, int level, int64_t index) const;
    void addRaw(PeakRange& r, int lane, int64_t first, int64_t endFrame) const;

    std::shared_ptr<const audio::AudioBuffer> audio_;
    int channels_ = 0;
    int slots_ = 0;  // channels, plus one summed slot when channels > 1
    int64_t frames_ = 0;
    // levels_[level][slot * blockCount(level) + index]
    std::array<std::vector<Block>, kLevels> levels_;
};

}  // namespace songloom::ui
