// Turns the pipeline's stage / step / tile callbacks into ProgressEvents with an overall fraction and an
// ETA. A variation's work is weighted: 5 % text and audio encoding, 80 % denoising (by step), 15 % VAE
// decoding (by tile) -- the split a 2B turbo run shows on a GPU, close enough for an estimate. The ETA is
// elapsed · (1 − f) / f once a denoising step has been measured (before that it is unknown, −1). The
// fraction never decreases. Private to engine/src.
#pragma once

#include "songloom/engine.h"

#include <chrono>
#include <functional>

namespace songloom::engine {

class ProgressTracker {
public:
    using Clock = std::chrono::steady_clock;
    ProgressTracker(int items, std::function<void(const ProgressEvent&)> sink, Clock::time_point start = Clock::now());

    void stage(ProgressStage stage, int item);        // entering a stage of item `item`
    void step(int item, int done, int total);         // `done` denoising steps of `total` finished
    void tile(int item, int done, int total);         // `done` decode windows of `total` finished
    void itemDone(int item);
    void finish();                                    // Done, fraction 1
    double fraction() const { return fraction_; }
    double elapsedSeconds(Clock::time_point now = Clock::now()) const;

private:
    void emit(ProgressStage stage, int item, int step, int total, double itemFraction);
    int items_;
    std::function<void(const ProgressEvent&)> sink_;
    Clock::time_point start_;
    double fraction_ = 0.0;
    bool measured_ = false;
};

}  // namespace songloom::engine
