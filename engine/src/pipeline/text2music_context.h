// The context latents of a text2music run (engine-spec-diffusers §2.2, steps 2 and 5): the source
// latents are the silence latent's first `frames` frames (repeated from frame 0 when it is shorter),
// expanded to the batch, and the chunk mask is all ones (the whole span is generated); the context is
// their concatenation along the channels, [B, T, 2C]. Private to engine/src.
#pragma once

#include "songloom/status.h"

#include <torch/types.h>

#include <cstdint>

namespace songloom::pipeline {

// silence [1, S, C] (time-major, the run's device and dtype) -> [batch, frames, 2C], contiguous, same
// dtype and device. InvalidArgument naming the argument for a wrong silence shape, frames < 1 or batch < 1.
Result<torch::Tensor> text2musicContext(const torch::Tensor& silence, std::int64_t batch, std::int64_t frames);

}  // namespace songloom::pipeline
