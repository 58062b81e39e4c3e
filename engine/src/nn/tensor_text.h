// Small helpers shared by the engine's torch modules for their error messages: a tensor's shape as text
// and the InvalidArgument status they return for bad input. Private to engine/src.
#pragma once

#include "songloom/status.h"

#include <torch/torch.h>

#include <cstdint>
#include <string>

namespace songloom::nn {

// An InvalidArgument status with `message` (which names the field or tensor and the allowed range).
inline Status invalid(std::string message) { return Status::error(ErrorCode::InvalidArgument, std::move(message)); }

// "[2, 3, 4]", or "undefined" for an undefined tensor.
inline std::string shapeOf(const torch::Tensor& t) {
    if (!t.defined()) return "undefined";
    std::string s = "[";
    for (std::int64_t i = 0; i < t.dim(); ++i) s += (i ? ", " : "") + std::to_string(t.size(i));
    return s + "]";
}

}  // namespace songloom::nn
