#include "sampling/sampler_settings.h"

#include <cmath>
#include <cstdio>
#include <string>

namespace songloom::sampling {
namespace {

std::string num(double v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.9g", v);
    return buf;
}

Status bad(const std::string& field, const std::string& value, const std::string& range) {
    return Status::error(ErrorCode::InvalidArgument,
                         "sampler setting " + field + " = " + value + " is out of range: allowed " + range);
}

bool inUnit(double v) { return std::isfinite(v) && v >= 0.0 && v <= 1.0; }

}  // namespace

Status SamplerSettings::validate() const {
    if (steps < kMinSteps || steps > kMaxSteps)
        return bad("steps", std::to_string(steps), std::to_string(kMinSteps) + ".." + std::to_string(kMaxSteps));
    if (!std::isfinite(shift) || shift <= 0.0 || shift > kMaxShift)
        return bad("shift", num(shift), "0 < shift <= " + num(kMaxShift));
    if (!std::isfinite(guidanceScale) || guidanceScale < 0.0)
        return bad("guidanceScale", num(guidanceScale), ">= 0 (finite)");
    if (!inUnit(cfgIntervalStart))
        return bad("cfgIntervalStart", num(cfgIntervalStart), "[0, 1]");
    if (!inUnit(cfgIntervalEnd))
        return bad("cfgIntervalEnd", num(cfgIntervalEnd), "[0, 1]");
    if (cfgIntervalStart > cfgIntervalEnd)
        return bad("cfgIntervalStart", num(cfgIntervalStart),
                   "cfgIntervalStart <= cfgIntervalEnd (= " + num(cfgIntervalEnd) + ")");
    if (customTimesteps) {
        const auto& ts = *customTimesteps;
        if (ts.empty() || ts.size() > static_cast<std::size_t>(kMaxCustomTimesteps))
            return bad("customTimesteps", std::to_string(ts.size()) + " values",
                       "1.." + std::to_string(kMaxCustomTimesteps) + " values");
        for (std::size_t i = 0; i < ts.size(); ++i) {
            if (!inUnit(ts[i]))
                return bad("customTimesteps[" + std::to_string(i) + "]", num(ts[i]), "[0, 1]");
        }
        const float first = static_cast<float>(ts[0]);
        for (std::size_t i = 1; i < ts.size(); ++i) {
            if (static_cast<float>(ts[i]) == first)
                return bad("customTimesteps[" + std::to_string(i) + "]", num(ts[i]),
                           "a value other than the first timestep (" + num(ts[0]) +
                               "): the scheduler locates its start by the first value");
        }
    }
    if (!inUnit(coverStrength))
        return bad("coverStrength", num(coverStrength), "[0, 1]");
    if (coverMode != CoverMode::Off && coverMode != CoverMode::Blend && coverMode != CoverMode::Switch)
        return bad("coverMode", std::to_string(static_cast<int>(coverMode)), "Off, Blend or Switch");
    return Status::ok();
}

}  // namespace songloom::sampling
