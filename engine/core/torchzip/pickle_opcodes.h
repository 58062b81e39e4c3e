// Names of the pickle opcodes (CPython's Lib/pickletools.py spelling), for messages that say which
// opcode a file used.
#pragma once

#include <cstdint>
#include <string_view>

namespace songloom::torchzip {

// "BINUNICODE", "STACK_GLOBAL", ...; empty for a byte that is no pickle opcode.
std::string_view pickleOpcodeName(std::uint8_t opcode);

}  // namespace songloom::torchzip
