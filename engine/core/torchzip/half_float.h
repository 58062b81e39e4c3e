// Widening the 16-bit float formats a torch storage may hold to float (exact: every bf16 and f16 value
// is representable as an IEEE single).
#pragma once

#include "songloom/safetensors.h"

#include <cstddef>
#include <cstdint>
#include <span>

namespace songloom::torchzip {

float bf16ToFloat(std::uint16_t bits);
float f16ToFloat(std::uint16_t bits);

// Little-endian elements of `dtype` (F32, BF16 or F16) from `bytes` into `out` (out.size() elements).
void widenToFloat(DType dtype, std::span<const std::byte> bytes, std::span<float> out);

}  // namespace songloom::torchzip
