// CRC-32 as zip stores it (ISO-HDLC: reflected polynomial 0xEDB88320, initial and final XOR 0xFFFFFFFF).
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>

namespace songloom::torchzip {

std::uint32_t crc32(std::span<const std::byte> bytes);

}  // namespace songloom::torchzip
