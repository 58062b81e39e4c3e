// The small building blocks every model of the engine shares: linear layers, RMSNorm, the SwiGLU MLP.
// Each computes exactly what the reference computes (engine-spec-diffusers §2.11): RMSNorm reduces in
// fp32 and rounds once to the input dtype before the weight, as transformers' Qwen3RMSNorm and diffusers'
// RMSNorm both do. Private to engine/src.
#pragma once

#include "nn/weights.h"

#include <torch/types.h>

#include <string>

namespace songloom::nn {

struct Linear {
    torch::Tensor weight;  // [out, in]
    torch::Tensor bias;    // [out] or undefined
    torch::Tensor operator()(const torch::Tensor& x) const;
};
Linear loadLinear(WeightLoader& w, const std::string& prefix, std::int64_t in, std::int64_t out, bool bias);

struct RmsNorm {
    torch::Tensor weight;  // [dim]
    double eps = 1e-6;
    torch::Tensor operator()(const torch::Tensor& x) const;
};
RmsNorm loadRmsNorm(WeightLoader& w, const std::string& name, std::int64_t dim, double eps);

// down(silu(gate(x)) * up(x)), no biases (Qwen3 and ACE-Step alike).
struct SwiGlu {
    Linear gate, up, down;
    torch::Tensor operator()(const torch::Tensor& x) const;
};
SwiGlu loadSwiGlu(WeightLoader& w, const std::string& prefix, std::int64_t hidden, std::int64_t intermediate);

}  // namespace songloom::nn
