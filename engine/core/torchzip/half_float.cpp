#include "torchzip/half_float.h"

#include <bit>
#include <cmath>
#include <cstring>

namespace songloom::torchzip {

// Byte order: torch.save archives record it (entry "byteorder"); the reader refuses big-endian ones, and
// these conversions assume a little-endian host, like the rest of the engine.
static_assert(std::endian::native == std::endian::little, "Songloom reads little-endian data in place");

float bf16ToFloat(std::uint16_t bits) { return std::bit_cast<float>(static_cast<std::uint32_t>(bits) << 16); }

float f16ToFloat(std::uint16_t bits) {
    const std::uint32_t sign = static_cast<std::uint32_t>(bits & 0x8000u) << 16;
    const std::uint32_t exponent = (bits >> 10) & 0x1Fu;
    const std::uint32_t mantissa = bits & 0x3FFu;
    if (exponent == 0) {
        // Zero or subnormal: mantissa x 2^-24, exact in float.
        const float magnitude = std::ldexp(static_cast<float>(mantissa), -24);
        return sign ? -magnitude : magnitude;
    }
    if (exponent == 0x1F) return std::bit_cast<float>(sign | 0x7F800000u | (mantissa << 13));  // inf, NaN
    return std::bit_cast<float>(sign | ((exponent - 15 + 127) << 23) | (mantissa << 13));
}

void widenToFloat(DType dtype, std::span<const std::byte> bytes, std::span<float> out) {
    if (out.empty()) return;  // memcpy must not see the null pointer of an empty span
    if (dtype == DType::F32) {
        std::memcpy(out.data(), bytes.data(), out.size() * sizeof(float));
        return;
    }
    for (std::size_t i = 0; i < out.size(); ++i) {
        std::uint16_t bits = 0;
        std::memcpy(&bits, bytes.data() + 2 * i, 2);
        out[i] = dtype == DType::BF16 ? bf16ToFloat(bits) : f16ToFloat(bits);
    }
}

}  // namespace songloom::torchzip
