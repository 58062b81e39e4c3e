#include "nn/layers.h"

namespace songloom::nn {

torch::Tensor Linear::operator()(const torch::Tensor& x) const { return at::linear(x, weight, bias); }

Linear loadLinear(WeightLoader& w, const std::string& prefix, std::int64_t in, std::int64_t out, bool bias) {
    Linear l;
    l.weight = w.get(prefix + ".weight", {out, in});
    if (bias) l.bias = w.get(prefix + ".bias", {out});
    return l;
}

torch::Tensor RmsNorm::operator()(const torch::Tensor& x) const {
    const auto inputType = x.scalar_type();
    const auto x32 = x.to(torch::kFloat32);
    const auto variance = x32.pow(2).mean(-1, /*keepdim=*/true);
    return weight * (x32 * torch::rsqrt(variance + eps)).to(inputType);
}

RmsNorm loadRmsNorm(WeightLoader& w, const std::string& name, std::int64_t dim, double eps) {
    return RmsNorm{w.get(name, {dim}), eps};
}

torch::Tensor SwiGlu::operator()(const torch::Tensor& x) const {
    return down(torch::silu(gate(x)) * up(x));
}

SwiGlu loadSwiGlu(WeightLoader& w, const std::string& prefix, std::int64_t hidden, std::int64_t intermediate) {
    return SwiGlu{loadLinear(w, prefix + ".gate_proj", hidden, intermediate, false),
                  loadLinear(w, prefix + ".up_proj", hidden, intermediate, false),
                  loadLinear(w, prefix + ".down_proj", intermediate, hidden, false)};
}

}  // namespace songloom::nn
