#include "tokenizer/utf8.h"

#include <cstdint>

namespace songloom::bpe {
namespace {

// Length of the longest valid prefix (1..4) of the sequence starting at `p`, or 0 when the lead byte
// itself is invalid. `complete` tells whether that prefix is a whole character.
std::size_t validPrefix(const unsigned char* p, std::size_t avail, bool& complete) {
    const unsigned char b0 = p[0];
    complete = false;
    if (b0 < 0x80) {
        complete = true;
        return 1;
    }
    std::size_t need = 0;
    unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte (Unicode Table 3-7)
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        need = 2;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        need = 3;
        if (b0 == 0xE0) lo = 0xA0;
        if (b0 == 0xED) hi = 0x9F;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        need = 4;
        if (b0 == 0xF0) lo = 0x90;
        if (b0 == 0xF4) hi = 0x8F;
    } else {
        return 0;
    }
    std::size_t len = 1;
    while (len < need && len < avail) {
        const unsigned char b = p[len];
        const bool ok = len == 1 ? (b >= lo && b <= hi) : (b >= 0x80 && b <= 0xBF);
        if (!ok) break;
        ++len;
    }
    complete = len == need;
    return len;
}

}  // namespace

bool isValidUtf8(std::string_view text) {
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    std::size_t i = 0;
    while (i < text.size()) {
        if (p[i] < 0x80) {
            ++i;
            continue;
        }
        bool complete = false;
        const std::size_t len = validPrefix(p + i, text.size() - i, complete);
        if (!complete) return false;
        i += len;
    }
    return true;
}

void appendUtf8Lossy(std::string_view bytes, std::string& out) {
    static constexpr char kReplacement[] = "\xEF\xBF\xBD";
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    std::size_t i = 0;
    out.reserve(out.size() + bytes.size());
    while (i < bytes.size()) {
        bool complete = false;
        const std::size_t len = validPrefix(p + i, bytes.size() - i, complete);
        if (complete) {
            out.append(bytes.data() + i, len);
            i += len;
        } else {
            out.append(kReplacement, 3);
            i += len == 0 ? 1 : len;
        }
    }
}

char32_t nextCodePoint(std::string_view text, std::size_t& pos) {
    const auto* p = reinterpret_cast<const unsigned char*>(text.data()) + pos;
    if (p[0] < 0x80) {
        pos += 1;
        return p[0];
    }
    if (p[0] < 0xE0) {
        pos += 2;
        return (char32_t(p[0] & 0x1F) << 6) | (p[1] & 0x3F);
    }
    if (p[0] < 0xF0) {
        pos += 3;
        return (char32_t(p[0] & 0x0F) << 12) | (char32_t(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    }
    pos += 4;
    return (char32_t(p[0] & 0x07) << 18) | (char32_t(p[1] & 0x3F) << 12) | (char32_t(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
}

char32_t previousCodePoint(std::string_view text, std::size_t& pos) {
    std::size_t start = pos - 1;
    while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
    std::size_t cursor = start;
    const char32_t cp = nextCodePoint(text, cursor);
    pos = start;
    return cp;
}

void appendUtf8(char32_t cp, std::string& out) {
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

bool isUnicodeWhiteSpace(char32_t cp) {
    // PropList.txt, White_Space (unchanged since Unicode 6.3).
    return (cp >= 0x09 && cp <= 0x0D) || cp == 0x20 || cp == 0x85 || cp == 0xA0 || cp == 0x1680 ||
           (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F ||
           cp == 0x3000;
}

}  // namespace songloom::bpe
