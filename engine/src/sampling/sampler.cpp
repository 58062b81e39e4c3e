#include "sampling/sampler.h"

#include "nn/tensor_text.h"

#include <ATen/CPUGeneratorImpl.h>
#include <ATen/Context.h>
#include <torch/torch.h>

#include <exception>
#include <string>

namespace songloom::sampling {
using nn::invalid;
using nn::shapeOf;

// ---- schedule -------------------------------------------------------------------------------------

Result<Schedule> makeSchedule(const SamplerSettings& settings, const torch::Device& device) {
    if (auto st = settings.validate(); !st) return st;
    const auto f32 = torch::TensorOptions().dtype(torch::kFloat32).device(device);
    torch::Tensor t;
    if (settings.customTimesteps) {
        // torch.tensor(list, dtype=float32): each Python float rounded to fp32, used as given.
        const auto& list = *settings.customTimesteps;
        t = torch::tensor(std::vector<double>(list.begin(), list.end()), torch::kFloat64).to(f32);
    } else {
        t = torch::linspace(1.0, 0.0, settings.steps + 1, f32);
        const double s = settings.shift;
        // shift·t / (1 + (shift−1)·t), fp32 tensor ops in the pipeline's order.
        if (s != 1.0) t = (t * s) / ((t * (s - 1.0)) + 1.0);
        t = t.slice(0, 0, settings.steps);
    }
    Schedule out;
    // The scheduler re-reads the list as float32 (exact), applies shift 1 (identity) and appends 0.
    out.timesteps = t.contiguous();
    out.sigmas = torch::cat({out.timesteps, torch::zeros({1}, f32)});
    const auto host = out.timesteps.to(torch::kCPU);
    const float* p = host.data_ptr<float>();
    out.values.assign(p, p + host.numel());
    return out;
}

// ---- update and guidance --------------------------------------------------------------------------

torch::Tensor eulerStep(const torch::Tensor& x, const torch::Tensor& v, const torch::Tensor& sigmas,
                        std::int64_t k) {
    const auto dt = sigmas.select(0, k + 1) - sigmas.select(0, k);  // 0-dim fp32
    const auto prev = x.to(torch::kFloat32) + dt * v;               // dt·v in v's dtype, sum fp32
    return prev.to(v.scalar_type());
}

void MomentumBuffer::update(const torch::Tensor& d) {
    // momentum · 0 is a float −0.0; d + (−0.0) is d.
    average_ = average_.defined() ? d + average_ * momentum_ : d + (momentum_ * 0.0);
}

torch::Tensor normalizedGuidance(const torch::Tensor& cond, const torch::Tensor& uncond, double scale,
                                 MomentumBuffer* buffer, double eta, double normThreshold, std::int64_t normDim) {
    auto diff = cond - uncond;
    if (buffer) {
        buffer->update(diff);
        diff = buffer->average();
    }
    const std::vector<std::int64_t> dims{normDim};
    if (normThreshold > 0) {
        const auto norm = at::linalg_vector_norm(diff, 2, dims, /*keepdim=*/true);
        // Python's `threshold / tensor` is reciprocal() · threshold.
        const auto factor = torch::minimum(torch::ones_like(diff), norm.reciprocal() * normThreshold);
        diff = diff * factor;
    }
    const auto v0 = diff.to(torch::kFloat64);
    auto v1 = cond.to(torch::kFloat64);
    // F.normalize(p=2, eps=1e-12)
    v1 = v1 / at::linalg_vector_norm(v1, 2, dims, true).clamp_min(1e-12).expand_as(v1);
    const auto parallel = (v0 * v1).sum(dims, /*keepdim=*/true) * v1;
    const auto orthogonal = v0 - parallel;
    const auto dPar = parallel.to(diff.options());
    const auto dOrth = orthogonal.to(diff.options());
    const auto update = dOrth + dPar * eta;
    return cond + update * scale;
}

// ---- noise ----------------------------------------------------------------------------------------

at::Generator seededGenerator(std::uint64_t seed, const torch::Device& device) {
    if (device.is_cpu()) return at::make_generator<at::CPUGeneratorImpl>(seed);
    auto gen = at::globalContext().defaultGenerator(device).clone();
    gen.set_current_seed(seed);  // a fresh Philox stream: seed, offset 0 (= Generator(device).manual_seed)
    return gen;
}

Result<torch::Tensor> initialNoise(std::int64_t batch, std::int64_t frames, std::int64_t channels,
                                   torch::ScalarType dtype, const torch::Device& device,
                                   const std::vector<at::Generator>& generators) {
    if (batch < 1 || frames < 1 || channels < 1)
        return invalid("noise shape [" + std::to_string(batch) + "," + std::to_string(frames) + "," +
                       std::to_string(channels) + "]: every size must be >= 1");
    if (generators.size() > 1 && static_cast<std::int64_t>(generators.size()) != batch)
        return invalid("noise generators: " + std::to_string(generators.size()) +
                       " given for a batch of " + std::to_string(batch) + "; allowed: none, 1 or one per item");
    auto drawDevice = device;
    if (!generators.empty()) {
        const auto genType = generators[0].device().type();
        if (genType != device.type()) {
            if (genType == c10::DeviceType::CPU) {
                drawDevice = torch::kCPU;
            } else {
                return invalid("noise generators: a " + generators[0].device().str() +
                               " generator cannot draw a tensor for " + device.str() +
                               "; allowed: a CPU generator or one of the target device");
            }
        }
    }
    try {
        const auto opts = torch::TensorOptions().dtype(dtype).device(drawDevice);
        torch::Tensor x;
        if (generators.size() > 1) {
            std::vector<torch::Tensor> rows;
            rows.reserve(generators.size());
            for (const auto& g : generators) rows.push_back(at::randn({1, frames, channels}, g, opts));
            x = torch::cat(rows, 0);
        } else if (generators.size() == 1) {
            x = at::randn({batch, frames, channels}, generators[0], opts);
        } else {
            x = at::randn({batch, frames, channels}, opts);
        }
        return x.to(device);
    } catch (const std::exception& e) {
        return Status::error(ErrorCode::Internal, std::string("noise draw failed: ") + e.what());
    }
}

// ---- the loop -------------------------------------------------------------------------------------

Result<torch::Tensor> denoise(const VelocityFn& model, const DenoiseInputs& in, const SamplerSettings& settings,
                              const DenoiseHooks& hooks) {
    if (auto st = settings.validate(); !st) return st;
    if (!model) return invalid("denoise: no velocity model given");
    const auto& noise = in.noise;
    if (!noise.defined() || noise.dim() != 3)
        return invalid("denoise noise: shape " + shapeOf(noise) + ", expected [B,T,A]");
    const std::int64_t B = noise.size(0), T = noise.size(1);
    if (!in.encoder.defined() || in.encoder.dim() != 3 || in.encoder.size(0) != B)
        return invalid("denoise encoder: shape " + shapeOf(in.encoder) + ", expected [" + std::to_string(B) +
                       ",L,He]");
    if (!in.context.defined() || in.context.dim() != 3 || in.context.size(0) != B || in.context.size(1) != T)
        return invalid("denoise context: shape " + shapeOf(in.context) + ", expected [" + std::to_string(B) + "," +
                       std::to_string(T) + ",C]");
    const bool guided = settings.cfgEnabled();
    torch::Tensor null;
    if (guided) {
        if (!in.nullEncoder.defined())
            return invalid("denoise nullEncoder: required when guidanceScale > 1 on a non-turbo model");
        try {
            null = in.nullEncoder.to(in.encoder.device(), in.encoder.scalar_type()).expand_as(in.encoder);
        } catch (const std::exception&) {
            return invalid("denoise nullEncoder: shape " + shapeOf(in.nullEncoder) + " does not broadcast to " +
                           shapeOf(in.encoder));
        }
    }
    const bool cover = settings.coverBlendActive();
    const bool coverSwitch = settings.coverSwitchActive();
    if ((cover || coverSwitch) && (!in.coverEncoder.defined() || in.coverEncoder.dim() != 3 || in.coverEncoder.size(0) != B ||
                  in.coverEncoder.size(2) != in.encoder.size(2)))
        return invalid("denoise coverEncoder: shape " + shapeOf(in.coverEncoder) + ", expected [" +
                       std::to_string(B) + ",L'," + std::to_string(in.encoder.size(2)) +
                       "] (text2music conditions for the cover blend or switch)");
    if (coverSwitch && (!in.coverContext.defined() || in.coverContext.sizes() != in.context.sizes()))
        return invalid("denoise coverContext: shape " + shapeOf(in.coverContext) + ", expected " +
                       shapeOf(in.context) + " (the cover switch's silence context)");
    torch::Tensor coverNull;
    if (coverSwitch && guided) {
        try {
            coverNull = in.nullEncoder.to(in.coverEncoder.device(), in.coverEncoder.scalar_type())
                            .expand_as(in.coverEncoder);
        } catch (const std::exception&) {
            return invalid("denoise nullEncoder: shape " + shapeOf(in.nullEncoder) + " does not broadcast to " +
                           shapeOf(in.coverEncoder));
        }
    }

    auto sched = makeSchedule(settings, noise.device());
    if (!sched) return sched.status();
    const auto& sigmas = sched->sigmas;
    const int total = static_cast<int>(sched->size());
    const auto dtype = noise.scalar_type();
    const auto rowOpts = torch::TensorOptions().dtype(dtype).device(noise.device());
    MomentumBuffer momentum(-0.75);  // one per run, only updated on guided steps

    auto call = [&](const torch::Tensor& x, const torch::Tensor& t, const torch::Tensor& enc,
                    const torch::Tensor& ctx, int step) -> torch::Tensor {
        auto v = model(x, t, t, enc, ctx);
        if (!v.defined() || v.sizes() != x.sizes())
            throw std::runtime_error("velocity model returned shape " + shapeOf(v) + " for x " + shapeOf(x) +
                                     " at step " + std::to_string(step));
        return v;
    };

    torch::Tensor x = noise;
    try {
        torch::NoGradGuard noGrad;
        for (int k = 0; k < total; ++k) {
            if (hooks.cancel && hooks.cancel->load())
                return Status::error(ErrorCode::Cancelled,
                                     "denoising cancelled before step " + std::to_string(k + 1) + " of " +
                                         std::to_string(total));
            const double t = sched->values[static_cast<std::size_t>(k)];
            const auto tRow = torch::ones({B}, rowOpts) * t;
            // The official cover switch (spec-dit §6.4): from step int(N·s) on, the text2music conditions,
            // the silence context and the null condition shaped like them.
            const bool switched = coverSwitch && k >= settings.coverSwitchStep();
            const auto& enc = switched ? in.coverEncoder : in.encoder;
            const auto& ctx = switched ? in.coverContext : in.context;
            const auto& nul = switched ? coverNull : null;
            torch::Tensor v;
            if (settings.cfgAppliesAt(t)) {
                const auto out = call(torch::cat({x, x}), torch::cat({tRow, tRow}), torch::cat({enc, nul}),
                                      torch::cat({ctx, ctx}), k);
                const auto halves = out.chunk(2, 0);
                v = settings.apg
                        ? normalizedGuidance(halves[0], halves[1], settings.guidanceScale - 1.0, &momentum, 0.0, 2.5, 1)
                        : halves[1] + (halves[0] - halves[1]) * settings.guidanceScale;
            } else {
                v = call(x, tRow, enc, ctx, k);
            }
            if (cover) {
                const auto vText = call(x, tRow, in.coverEncoder, in.context, k);
                const double s = settings.coverStrength;
                v = v * s + vText * (1.0 - s);
            }
            x = eulerStep(x, v, sigmas, k);
            if (hooks.afterStep) hooks.afterStep(k, x);
            if (hooks.progress) hooks.progress(k, total);
        }
    } catch (const std::exception& e) {
        return Status::error(ErrorCode::Internal, std::string("denoising failed: ") + e.what());
    }
    return x;
}

}  // namespace songloom::sampling
