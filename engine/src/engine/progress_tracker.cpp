// See progress_tracker.h.
#include "engine/progress_tracker.h"

#include <algorithm>

namespace songloom::engine {

namespace {
constexpr double kEncodeShare = 0.05, kDenoiseShare = 0.80, kDecodeShare = 0.15;
}

ProgressTracker::ProgressTracker(int items, std::function<void(const ProgressEvent&)> sink, Clock::time_point start)
    : items_(std::max(items, 1)), sink_(std::move(sink)), start_(start) {}

double ProgressTracker::elapsedSeconds(Clock::time_point now) const {
    return std::chrono::duration<double>(now - start_).count();
}

void ProgressTracker::emit(ProgressStage stage, int item, int step, int total, double itemFraction) {
    const double f = (static_cast<double>(item) + std::clamp(itemFraction, 0.0, 1.0)) / static_cast<double>(items_);
    fraction_ = std::max(fraction_, std::min(f, 1.0));
    if (!sink_) return;
    ProgressEvent e;
    e.stage = stage;
    e.step = step;
    e.total = total;
    e.item = item;
    e.items = items_;
    e.fraction = fraction_;
    e.elapsedSeconds = elapsedSeconds();
    if (measured_ && fraction_ > 0.0) e.etaSeconds = e.elapsedSeconds * (1.0 - fraction_) / fraction_;
    sink_(e);
}

void ProgressTracker::stage(ProgressStage stage, int item) {
    double within = 0.0;
    if (stage == ProgressStage::Denoise) within = kEncodeShare;
    if (stage == ProgressStage::Decode) within = kEncodeShare + kDenoiseShare;
    emit(stage, item, 0, 0, within);
}

void ProgressTracker::step(int item, int done, int total) {
    measured_ = true;
    const double share = total > 0 ? static_cast<double>(done) / static_cast<double>(total) : 1.0;
    emit(ProgressStage::Denoise, item, done, total, kEncodeShare + kDenoiseShare * share);
}

void ProgressTracker::tile(int item, int done, int total) {
    const double share = total > 0 ? static_cast<double>(done) / static_cast<double>(total) : 1.0;
    emit(ProgressStage::Decode, item, done, total, kEncodeShare + kDenoiseShare + kDecodeShare * share);
}

void ProgressTracker::itemDone(int item) { emit(ProgressStage::Decode, item, 0, 0, 1.0); }

void ProgressTracker::finish() {
    measured_ = true;
    emit(ProgressStage::Done, items_ - 1, 0, 0, 1.0);
}

}  // namespace songloom::engine
