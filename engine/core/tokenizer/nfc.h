// Unicode NFC normalisation through utf8proc (spec §3.2 step 2: the Qwen2 tokenizer.json normalizer).
#pragma once

#include <string>
#include <string_view>

namespace songloom::bpe {

// True when NFC cannot change `text` (valid UTF-8) because every code point is inert: below U+0300, or
// a starter that has no canonical decomposition and takes part in no composition. Most text (ASCII,
// CJK, kana, Cyrillic, emoji) passes, so the full normalisation runs only where it may matter.
bool isNfcInert(std::string_view text);

// NFC of valid UTF-8. Embedded NUL characters are kept.
std::string toNfc(std::string_view text);

}  // namespace songloom::bpe
