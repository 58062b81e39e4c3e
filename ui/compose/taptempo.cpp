#include "compose/taptempo.h"

#include "songloom/prompts.h"

#include <algorithm>
#include <cmath>

namespace songloom::ui {

std::optional<int> TapTempo::tap(qint64 nowMs) {
    if (!times_.isEmpty() && (nowMs - times_.last() > kResetAfterMs || nowMs <= times_.last()))
        times_.clear();
    times_.append(nowMs);
    if (times_.size() > kMaxIntervals + 1)
        times_.removeFirst();
    if (times_.size() < 2)
        return std::nullopt;
    const double meanMs = double(times_.last() - times_.first()) / double(times_.size() - 1);
    const int bpm = static_cast<int>(std::lround(60000.0 / meanMs));
    return std::clamp(bpm, kMinBpm, kMaxBpm);
}

void TapTempo::reset() {
    times_.clear();
}

}  // namespace songloom::ui
