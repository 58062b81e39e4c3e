// GPT-2 byte-to-unicode table (spec §3.2 step 4): every byte gets a printable code point so that a
// byte-level BPE vocabulary can be stored as text. Bytes 33-126, 161-172 and 174-255 keep their own code
// point; the other 68 bytes map to U+0100, U+0101, ... in increasing byte order.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace songloom::bpe {

// The code point that stands for `byte`.
char32_t byteToCodePoint(unsigned char byte);

// The byte a code point stands for, or nullopt for a code point outside the table.
std::optional<unsigned char> codePointToByte(char32_t cp);

// `bytes` written as byte-level text (UTF-8 of the mapped code points).
std::string bytesToByteLevel(std::string_view bytes);

// The bytes behind byte-level text (valid UTF-8), or nullopt when a character is outside the table.
std::optional<std::string> byteLevelToBytes(std::string_view text);

}  // namespace songloom::bpe
