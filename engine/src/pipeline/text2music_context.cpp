#include "pipeline/text2music_context.h"

#include "dit/condition_encoder.h"
#include "nn/tensor_text.h"

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <torch/torch.h>

namespace songloom::pipeline {

using nn::invalid;

Result<torch::Tensor> text2musicContext(const torch::Tensor& silence, std::int64_t batch, std::int64_t frames) {
    if (!silence.defined() || silence.dim() != 3 || silence.size(0) != 1 || silence.size(1) < 1) {
        const auto shape = silence.defined() ? fmt::format("{}", fmt::join(silence.sizes(), ", ")) : "undefined";
        return invalid(
            fmt::format("text2music context: silence latent is [{}], expected [1, T >= 1, C]", shape));
    }
    if (frames < 1) {
        return invalid(fmt::format("text2music context: frames {} must be >= 1", frames));
    }
    if (batch < 1) return invalid(fmt::format("text2music context: batch {} must be >= 1", batch));
    const auto src = dit::silenceFrames(silence, frames).expand({batch, frames, silence.size(2)});
    const auto chunkMask = torch::ones({batch, frames, silence.size(2)}, silence.options());
    return torch::cat({src, chunkMask}, -1).contiguous();
}

}  // namespace songloom::pipeline
