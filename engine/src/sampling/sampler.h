// The flow-matching sampler of diffusers' AceStepPipeline (engine-spec-diffusers §2.6–§2.9): the fp32
// sigma schedule, the Euler update with the scheduler's dtype rules, APG guidance over the guidance
// interval, the cover blend, seeded initial noise, and the loop. The velocity model is a callable, so any
// DiT (or a test surrogate) plugs in. Private to engine/src.
#pragma once

#include "sampling/sampler_settings.h"
#include "songloom/status.h"

#include <ATen/core/Generator.h>
#include <torch/types.h>

#include <atomic>
#include <cstdint>
#include <functional>
#include <vector>

namespace songloom::sampling {

// ---- schedule -------------------------------------------------------------------------------------

struct Schedule {
    torch::Tensor timesteps;  // [N] fp32: the sigmas the model is called at
    torch::Tensor sigmas;     // [N+1] fp32: timesteps and the appended terminal 0
    std::vector<double> values;  // timesteps as doubles (what the pipeline reads with float())
    std::int64_t size() const { return static_cast<std::int64_t>(values.size()); }
};

// The pipeline's schedule: custom timesteps rounded to fp32 and used verbatim; otherwise
// linspace(1, 0, N+1) in fp32 on `device`, shifted by s·t / (1 + (s−1)·t) when s != 1, the last entry
// dropped. The scheduler (shift 1, one training timestep) re-reads them unchanged and appends 0.
// Settings must be valid (validate() first); invalid ones give InvalidArgument.
Result<Schedule> makeSchedule(const SamplerSettings& settings, const torch::Device& device = torch::kCPU);

// ---- update and guidance --------------------------------------------------------------------------

// FlowMatchEulerDiscreteScheduler.step: x is upcast to fp32, dt = sigmas[k+1] − sigmas[k] stays a 0-dim
// fp32 tensor, so dt·v is computed in v's dtype (bf16 in a bf16 run) and added to the fp32 x; the sum is
// rounded to v's dtype. The last step (sigma 0 next) is x − t·v, the clean estimate.
torch::Tensor eulerStep(const torch::Tensor& x, const torch::Tensor& v, const torch::Tensor& sigmas,
                        std::int64_t k);

// APG momentum: avg = d + momentum·avg; the average starts at (integer) zero.
class MomentumBuffer {
public:
    explicit MomentumBuffer(double momentum = -0.75) : momentum_(momentum) {}
    void update(const torch::Tensor& d);
    const torch::Tensor& average() const { return average_; }  // undefined before the first update

private:
    double momentum_;
    torch::Tensor average_;
};

// diffusers' normalized_guidance with use_original_formulation: d = cond − uncond, through the momentum
// buffer (when given), scaled by min(1, threshold/‖d‖) over normDim (threshold > 0), projected against
// cond in float64; returns cond + scale·(d_orthogonal + eta·d_parallel) in the input dtype.
torch::Tensor normalizedGuidance(const torch::Tensor& cond, const torch::Tensor& uncond, double scale,
                                 MomentumBuffer* buffer, double eta = 0.0, double normThreshold = 2.5,
                                 std::int64_t normDim = 1);

// ---- noise ----------------------------------------------------------------------------------------

// A generator seeded like torch.Generator(device).manual_seed(seed) (CPU: mt19937; CUDA: Philox with
// offset 0).
at::Generator seededGenerator(std::uint64_t seed, const torch::Device& device = torch::kCPU);

// randn_tensor((B, T, A), generators, device, dtype) as diffusers draws it (§2.9): drawn directly in
// `dtype`; no generator → the device's default generator; one generator → one draw of [B,T,A]; B
// generators → B draws of [1,T,A], concatenated. CPU generators draw on the CPU and the result moves to
// `device`; a CUDA generator for a CPU tensor is an error, as is a list whose length is neither 1 nor B.
Result<torch::Tensor> initialNoise(std::int64_t batch, std::int64_t frames, std::int64_t channels,
                                   torch::ScalarType dtype, const torch::Device& device,
                                   const std::vector<at::Generator>& generators);

// ---- the loop -------------------------------------------------------------------------------------

// v = model(x [B',T,A], t [B'], t_r [B'], encoder [B',L,He], context [B',T,C]); B' is B, or 2B for the
// guided call (rows: conditional first, then unconditional). t and t_r are equal, in x's dtype.
using VelocityFn = std::function<torch::Tensor(const torch::Tensor& x, const torch::Tensor& t,
                                               const torch::Tensor& tr, const torch::Tensor& encoder,
                                               const torch::Tensor& context)>;

struct DenoiseInputs {
    torch::Tensor noise;         // [B,T,A], model dtype (the run's dtype): the initial x
    torch::Tensor encoder;       // [B,L,He]
    torch::Tensor nullEncoder;   // broadcast to encoder's shape; needed when guidance is enabled
    torch::Tensor context;       // [B,T,C]
    torch::Tensor coverEncoder;  // [B,L',He], text2music conditions; needed when the cover blend or switch runs
    torch::Tensor coverContext;  // [B,T,C], the switch's context (silence latents + the same chunk mask)
};

struct DenoiseHooks {
    std::function<void(int step, int total)> progress;                 // after each step (0-based)
    std::function<void(int step, const torch::Tensor& x)> afterStep;  // latents after each step
    const std::atomic<bool>* cancel = nullptr;                         // checked before each step
};

// The denoising loop of AceStepPipeline.__call__ (steps 13–14 of §2.2). Returns the final latents
// [B,T,A] in the model dtype (the last Euler step to sigma 0 is the clean estimate x − t·v; there is no
// separate x0 step). Errors: InvalidArgument (settings or shapes), Cancelled, Internal (the model threw
// or returned a wrong shape).
Result<torch::Tensor> denoise(const VelocityFn& model, const DenoiseInputs& inputs, const SamplerSettings& settings,
                              const DenoiseHooks& hooks = {});

}  // namespace songloom::sampling
