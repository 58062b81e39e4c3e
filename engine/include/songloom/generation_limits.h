// The allowed ranges of the sampling settings, in one torch-free place: the request validation
// (generation_request.h) and the sampler's own check (engine/src/sampling/sampler_settings.h) both use
// these. Sources: shared/seeds (the published ACE-Step APIs) and engine-spec-diffusers 2.1, 2.6-2.8.
#pragma once

namespace songloom::limits {

inline constexpr int kMinSteps = 1;
inline constexpr int kMaxSteps = 200;            // seed 002: "base: 1-200"
inline constexpr int kMaxTurboSteps = 20;        // seed 002: "turbo: 1-20"
inline constexpr double kMaxShift = 100.0;       // 0 < shift <= 100 (no published bound; a sanity cap)
inline constexpr int kMaxCustomTimesteps = 200;  // as many as steps
inline constexpr double kMinGuidanceScale = 1.0; // seed 004 CFGScale 1-30 (1 = guidance off)
inline constexpr double kMaxGuidanceScale = 30.0;
inline constexpr double kMinGuidanceInterval = 0.0;  // guidance interval bounds, fractions of the run
inline constexpr double kMaxGuidanceInterval = 1.0;
inline constexpr double kMinCoverStrength = 0.0;     // seed 004 strength / coverConditioningScale 0-1
inline constexpr double kMaxCoverStrength = 1.0;
// The keep-source crossfade (our extension): seconds inside each region edge. 25 ms is short enough to keep
// the kept audio's attack and long enough to hide the seam (the official "balanced" default).
inline constexpr double kDefaultCrossfadeSeconds = 0.025;
inline constexpr double kMaxCrossfadeSeconds = 1.0;
inline constexpr int kMinBatchSize = 1;
inline constexpr int kMaxBatchSize = 8;              // seed 002: "max 8"

}  // namespace songloom::limits
