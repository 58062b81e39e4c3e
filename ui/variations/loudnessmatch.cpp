#include "variations/loudnessmatch.h"

#include <algorithm>
#include <cmath>

namespace songloom::ui {

namespace {
bool measured(const std::optional<double>& l) {
    return l && std::isfinite(*l);
}
}  // namespace

LoudnessMatch matchLoudness(const std::vector<std::optional<double>>& lufs) {
    LoudnessMatch out;
    for (const auto& l : lufs)
        if (measured(l))
            out.referenceLufs = out.referenceLufs ? std::min(*out.referenceLufs, *l) : *l;
    out.gains.reserve(lufs.size());
    for (const auto& l : lufs)
        out.gains.push_back(measured(l) ? std::pow(10.0, (*out.referenceLufs - *l) / 20.0) : 1.0);
    return out;
}

}  // namespace songloom::ui
