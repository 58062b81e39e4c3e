#include "tokenizer/byte_level.h"

#include "tokenizer/utf8.h"

namespace songloom::bpe {
namespace {

bool keepsOwnCodePoint(unsigned b) { return (b >= 33 && b <= 126) || (b >= 161 && b <= 172) || b >= 174; }

constexpr char32_t kTableEnd = 0x100 + 68;  // the remapped bytes occupy U+0100..U+0143

struct Table {
    std::array<char32_t, 256> toCodePoint{};
    std::array<int, kTableEnd> toByte{};  // -1 where a code point stands for no byte
    Table() {
        toByte.fill(-1);
        char32_t next = 0x100;
        for (unsigned b = 0; b < 256; ++b) {
            toCodePoint[b] = keepsOwnCodePoint(b) ? char32_t(b) : next++;
            toByte[toCodePoint[b]] = static_cast<int>(b);
        }
    }
};

const Table& table() {
    static const Table t;
    return t;
}

}  // namespace

char32_t byteToCodePoint(unsigned char byte) { return table().toCodePoint[byte]; }

std::optional<unsigned char> codePointToByte(char32_t cp) {
    if (cp >= kTableEnd || table().toByte[cp] < 0) return std::nullopt;
    return static_cast<unsigned char>(table().toByte[cp]);
}

std::string bytesToByteLevel(std::string_view bytes) {
    std::string out;
    out.reserve(bytes.size() * 2);
    for (char c : bytes) appendUtf8(byteToCodePoint(static_cast<unsigned char>(c)), out);
    return out;
}

std::optional<std::string> byteLevelToBytes(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t pos = 0;
    while (pos < text.size()) {
        const auto byte = codePointToByte(nextCodePoint(text, pos));
        if (!byte) return std::nullopt;
        out.push_back(static_cast<char>(*byte));
    }
    return out;
}

}  // namespace songloom::bpe
