// The settings of one denoising run and their allowed ranges (engine-spec-diffusers §2.1, §2.6–§2.8).
// Torch-free, so the studio can validate a request before any model is loaded.
#pragma once

#include "songloom/generation_limits.h"
#include "songloom/status.h"

#include <optional>
#include <vector>

namespace songloom::sampling {

// How audio_cover_strength acts. Diffusers (our parity reference, the default) blends the velocities of
// the cover conditions and of the text2music conditions on every step: v = s·v + (1−s)·v_text2music
// (§2.6). The official model code instead switches once, at step int(N·s), to the text2music conditions
// and a silence context (engine-spec-dit §6.4) -- an explicit option (reference-policy rule 3).
enum class CoverMode {
    Off,     // not a cover task: the strength is ignored, no extra model call
    Blend,   // diffusers: one extra model call per step when strength < 1
    Switch,  // official: steps k >= int(N·s) use the text2music conditions and context; no extra call
};

struct SamplerSettings {
    // The ranges live in songloom/generation_limits.h, shared with the request validation.
    static constexpr int kMinSteps = limits::kMinSteps;
    static constexpr int kMaxSteps = limits::kMaxSteps;
    static constexpr double kMaxShift = limits::kMaxShift;
    static constexpr int kMaxCustomTimesteps = limits::kMaxCustomTimesteps;

    int steps = 8;               // [1, 200]; ignored when customTimesteps is set (diffusers too)
    double shift = 3.0;          // (0, 100]; 1 = no shift; any real value (no snapping to {1,2,3})
    double guidanceScale = 7.0;  // >= 0 (finite); guidance runs iff > 1 and not turbo. Requests are
                                 // held to limits::kMin/kMaxGuidanceScale; below 1 acts as 1 (off).
    double cfgIntervalStart = 0.0;  // [0, 1]; compared with 1 − t (diffusers), start <= end
    double cfgIntervalEnd = 1.0;    // [0, 1]
    // Sigmas used verbatim (rounded to fp32), no shift: 1..200 values, each in [0, 1]. A trailing 0 costs a
    // model call with dt = 0, as in diffusers. The first value must not occur again: diffusers' scheduler
    // would start at its second occurrence and step past the end of its table.
    std::optional<std::vector<double>> customTimesteps;
    bool turbo = false;          // guidance-distilled checkpoint: never guided
    // APG (diffusers' only guidance, the default) or plain classifier-free guidance
    // v = uncond + scale·(cond − uncond), which seed 004's guidance_type offers.
    bool apg = true;
    double coverStrength = 1.0;  // [0, 1]
    CoverMode coverMode = CoverMode::Off;

    // Ok, or InvalidArgument naming the field, the value and the allowed range.
    Status validate() const;

    // Guidance runs at all (diffusers' do_classifier_free_guidance).
    bool cfgEnabled() const { return guidanceScale > 1.0 && !turbo; }
    // Guidance runs on the step whose sigma (as a double of the fp32 value) is t: start <= 1 − t <= end.
    bool cfgAppliesAt(double t) const {
        const double ratio = 1.0 - t;
        return cfgEnabled() && cfgIntervalStart <= ratio && ratio <= cfgIntervalEnd;
    }
    // The cover branch runs (one extra model call per step).
    bool coverBlendActive() const { return coverMode == CoverMode::Blend && coverStrength < 1.0; }
    // The switch happens inside the run (strength < 1): steps from coverSwitchStep() on use the text2music
    // conditions.
    bool coverSwitchActive() const { return coverMode == CoverMode::Switch && coverStrength < 1.0; }
    // int(N·s) as the official code computes it (N = the schedule's length).
    int coverSwitchStep() const { return static_cast<int>(static_cast<double>(scheduleLength()) * coverStrength); }
    // Model calls per run (steps of the schedule).
    int scheduleLength() const { return customTimesteps ? static_cast<int>(customTimesteps->size()) : steps; }
};

}  // namespace songloom::sampling
