// UTF-8 helpers for the tokenizer: validation, lossy repair and code-point stepping.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace songloom::bpe {

// True when `text` is well-formed UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF).
bool isValidUtf8(std::string_view text);

// Appends `bytes` to `out`, replacing each maximal ill-formed subsequence with U+FFFD: the Unicode
// "substitution of maximal subparts" practice that Rust's String::from_utf8_lossy and Python's
// bytes.decode("utf-8", "replace") both follow.
void appendUtf8Lossy(std::string_view bytes, std::string& out);

// Decodes the code point that starts at `text[pos]` of valid UTF-8 and advances `pos` past it.
char32_t nextCodePoint(std::string_view text, std::size_t& pos);

// Decodes the code point that ends just before `text[pos]` of valid UTF-8 and moves `pos` back to its start.
char32_t previousCodePoint(std::string_view text, std::size_t& pos);

void appendUtf8(char32_t cp, std::string& out);

// Unicode White_Space property (what Rust's char::is_whitespace and Oniguruma's \s test).
bool isUnicodeWhiteSpace(char32_t cp);

}  // namespace songloom::bpe
