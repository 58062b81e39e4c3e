// Loudness matching for comparing variations (issue 8): a louder take always sounds "better" in an A/B
// test, so every variation is played at the integrated loudness (EBU R128) of the QUIETEST one. Matching
// to the quietest only ever attenuates, so no take is pushed into clipping while comparing; a take whose
// loudness could not be measured (silence) keeps gain 1.
#pragma once

#include <optional>
#include <vector>

namespace songloom::ui {

struct LoudnessMatch {
    std::vector<double> gains;              // linear, one per take, each <= 1
    std::optional<double> referenceLufs;    // the quietest measured take's loudness; none if none measured
};

// `lufs`: each take's integrated loudness (nullopt or not finite: not measured).
LoudnessMatch matchLoudness(const std::vector<std::optional<double>>& lufs);

}  // namespace songloom::ui
