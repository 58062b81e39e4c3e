// Pieces of the safetensors reader shared by its translation units (not part of the public API).
#pragma once

#include "songloom/safetensors.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace songloom::safetensors_detail {

// "BOOL, U8, ..., F8_E5M2": for "unknown dtype" messages.
std::string knownDTypeList();

// Reads N from the 8-byte little-endian prefix and checks it against the bound and the file size
// (format README: "8 bytes: N, an unsigned little-endian 64-bit integer"). `prefix` may be shorter than
// 8 bytes only when the file is.
Result<std::uint64_t> checkHeaderLength(std::span<const std::byte> prefix, std::uint64_t fileSize,
                                        std::string_view label);

}  // namespace songloom::safetensors_detail
