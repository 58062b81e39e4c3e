// Unit tests of the tokenizer's building blocks (engine/core/tokenizer): the GPT-2 byte table, UTF-8
// repair, NFC and the PCRE2 form of the Qwen2 split pattern (spec-vae-text-lm §3.2).
#include "tokenizer/byte_level.h"
#include "tokenizer/nfc.h"
#include "tokenizer/regex_split.h"
#include "tokenizer/tokenizer_spec.h"
#include "tokenizer/utf8.h"

#include <gtest/gtest.h>

#include <set>

namespace songloom::bpe {
namespace {

TEST(ByteLevel, TableMatchesGpt2) {
    EXPECT_EQ(byteToCodePoint(' '), U'\u0120');   // 'Ġ'
    EXPECT_EQ(byteToCodePoint('\n'), U'\u010A');  // 'Ċ'
    EXPECT_EQ(byteToCodePoint(0), U'\u0100');
    EXPECT_EQ(byteToCodePoint('!'), U'!');
    EXPECT_EQ(byteToCodePoint('~'), U'~');
    EXPECT_EQ(byteToCodePoint(127), U'\u0121');
    EXPECT_EQ(byteToCodePoint(160), U'\u0142');
    EXPECT_EQ(byteToCodePoint(161), U'\u00A1');
    EXPECT_EQ(byteToCodePoint(173), U'\u0143');
    EXPECT_EQ(byteToCodePoint(255), U'\u00FF');
    std::set<char32_t> seen;
    for (int b = 0; b < 256; ++b) {
        const char32_t cp = byteToCodePoint(static_cast<unsigned char>(b));
        EXPECT_TRUE(seen.insert(cp).second) << "byte " << b;
        ASSERT_TRUE(codePointToByte(cp).has_value());
        EXPECT_EQ(*codePointToByte(cp), b);
    }
    EXPECT_FALSE(codePointToByte(U' ').has_value());
    EXPECT_FALSE(codePointToByte(U'\u0144').has_value());
    EXPECT_FALSE(codePointToByte(U'中').has_value());
}

TEST(ByteLevel, TextRoundTrip) {
    std::string all;
    for (int b = 0; b < 256; ++b) all.push_back(static_cast<char>(b));
    EXPECT_EQ(bytesToByteLevel(" the\n"), "\u0120the\u010A");
    EXPECT_EQ(byteLevelToBytes(bytesToByteLevel(all)), all);
    EXPECT_EQ(bytesToByteLevel("é"), "\u00C3\u00A9");  // 0xC3 0xA9 each keep their code point
    EXPECT_FALSE(byteLevelToBytes("a b").has_value());
}

std::string lossy(std::string_view bytes) {
    std::string out;
    appendUtf8Lossy(bytes, out);
    return out;
}

TEST(Utf8, ValidatesLikeTheStandard) {
    EXPECT_TRUE(isValidUtf8(""));
    EXPECT_TRUE(isValidUtf8("héllo 世界 🎵"));
    EXPECT_TRUE(isValidUtf8(std::string_view("a\0b", 3)));
    EXPECT_TRUE(isValidUtf8("\xF4\x8F\xBF\xBF"));   // U+10FFFF
    EXPECT_FALSE(isValidUtf8("\xF4\x90\x80\x80"));  // above U+10FFFF
    EXPECT_FALSE(isValidUtf8("\xED\xA0\x80"));      // surrogate
    EXPECT_FALSE(isValidUtf8("\xC0\xAF"));          // overlong
    EXPECT_FALSE(isValidUtf8("\xE0\x80\xAF"));      // overlong
    EXPECT_FALSE(isValidUtf8("abc\xE4\xB8"));       // truncated
    EXPECT_FALSE(isValidUtf8("\x80"));
}

TEST(Utf8, ReplacesMaximalSubparts) {
    const std::string r = "\xEF\xBF\xBD";
    EXPECT_EQ(lossy("abc"), "abc");
    EXPECT_EQ(lossy("\xFF"), r);
    EXPECT_EQ(lossy("abc\xE4\xB8"), "abc" + r);  // one truncated sequence -> one U+FFFD
    EXPECT_EQ(lossy("\xF0\x9F\x8E"
                    "x"),
              r + "x");
    EXPECT_EQ(lossy("\xC0\xAF"), r + r);          // C0 is never a lead byte
    EXPECT_EQ(lossy("\xED\xA0\x80"), r + r + r);  // ED A0: A0 is outside ED's range
    EXPECT_EQ(lossy("\xF4\x90\x80\x80"), r + r + r + r);
    EXPECT_EQ(lossy("\xE4\xB8\xE4\xB8\xAD"), r + "中");
}

TEST(Utf8, StepsOverCodePoints) {
    const std::string text = "aé中🎵";
    std::size_t pos = 0;
    EXPECT_EQ(nextCodePoint(text, pos), U'a');
    EXPECT_EQ(nextCodePoint(text, pos), U'é');
    EXPECT_EQ(nextCodePoint(text, pos), U'中');
    EXPECT_EQ(nextCodePoint(text, pos), U'🎵');
    EXPECT_EQ(pos, text.size());
    EXPECT_EQ(previousCodePoint(text, pos), U'🎵');
    EXPECT_EQ(previousCodePoint(text, pos), U'中');
    std::string encoded;
    for (char32_t cp : {U'a', U'é', U'中', U'🎵'}) appendUtf8(cp, encoded);
    EXPECT_EQ(encoded, text);
    EXPECT_TRUE(isUnicodeWhiteSpace(U'\u0085'));
    EXPECT_TRUE(isUnicodeWhiteSpace(U'\u3000'));
    EXPECT_FALSE(isUnicodeWhiteSpace(U'\u180E'));
    EXPECT_FALSE(isUnicodeWhiteSpace(U'\u200B'));
}

TEST(Nfc, ComposesAndKeepsInertText) {
    EXPECT_EQ(toNfc("Cafe\u0301"), "Café");
    EXPECT_EQ(toNfc("nin\u0303o"), "niño");
    EXPECT_EQ(toNfc("\u212B"), "\u00C5");          // Angstrom sign -> A with ring
    EXPECT_EQ(toNfc("\u1100\u1161\u11A8"), "각");  // conjoining jamo
    EXPECT_EQ(toNfc("가\u11A8"), "각");            // LV syllable + trailing jamo
    EXPECT_EQ(toNfc("\u304B\u3099"), "が");        // kana + combining voiced mark
    EXPECT_EQ(toNfc(std::string_view("a\0\u0301", 4)), std::string("a\0\u0301", 4));
    EXPECT_TRUE(isNfcInert("hello, 世界! Привет ラーメン 사랑 🎵👍🏽"));
    EXPECT_FALSE(isNfcInert("e\u0301"));
    EXPECT_TRUE(isNfcInert("\u0438"));           // и: a first element, inert on its own
    EXPECT_EQ(toNfc("\u0438\u0306"), "\u0439");  // ... and composes with a following breve
    EXPECT_FALSE(isNfcInert("가\u11A8"));
    EXPECT_EQ(toNfc("ﬁ ① ｆ"), "ﬁ ① ｆ");  // compatibility forms are NFKC's business
}

std::vector<std::string> splitQwen2(std::string_view text) {
    auto splitter = RegexSplitter::compile(kQwen2SplitPattern, "test");
    EXPECT_TRUE(splitter.isOk()) << splitter.status().message();
    std::vector<std::string_view> pieces;
    splitter->split(text, pieces);
    return {pieces.begin(), pieces.end()};
}

using Pieces = std::vector<std::string>;

TEST(RegexSplit, Qwen2PatternPieces) {
    EXPECT_EQ(splitQwen2("Hello world"), (Pieces{"Hello", " world"}));
    EXPECT_EQ(splitQwen2("I'M here, don't"), (Pieces{"I", "'M", " here", ",", " don", "'t"}));
    EXPECT_EQ(splitQwen2("123 456"), (Pieces{"1", "2", "3", " ", "4", "5", "6"}));
    EXPECT_EQ(splitQwen2("  \n  a"), (Pieces{"  \n", " ", " a"}));
    EXPECT_EQ(splitQwen2("a   b"), (Pieces{"a", "  ", " b"}));  // \s+(?!\S) leaves one space for " b"
    EXPECT_EQ(splitQwen2("x  "), (Pieces{"x", "  "}));
    EXPECT_EQ(splitQwen2("#C minor!!\n\n"), (Pieces{"#C", " minor", "!!\n\n"}));
    EXPECT_EQ(splitQwen2("[Verse 1]\r\n"), (Pieces{"[Verse", " ", "1", "]\r\n"}));
    EXPECT_EQ(splitQwen2("你好，世界"), (Pieces{"你好", "，世界"}));
    EXPECT_EQ(splitQwen2(""), Pieces{});
}

// Oniguruma (HF) semantics that a plain PCRE2 \s would get wrong, checked against tokenizers 0.23.3.
TEST(RegexSplit, WhiteSpaceIsUnicodeWhiteSpace) {
    EXPECT_EQ(splitQwen2("\u0085\u0085a"), (Pieces{"\u0085", "\u0085a"}));  // NEL is White_Space
    EXPECT_EQ(splitQwen2("\u180E\u180Ea"), (Pieces{"\u180E\u180E", "a"}));  // U+180E is not
    EXPECT_EQ(splitQwen2("x\u00A0\u00A0y"), (Pieces{"x", "\u00A0", "\u00A0y"}));
    EXPECT_EQ(splitQwen2("'\u017Ft"), (Pieces{"'\u017F", "t"}));  // (?i) folds long s to s
}

TEST(RegexSplit, AdaptsOnlyWhiteSpaceEscapes) {
    auto plain = adaptPatternForPcre2(R"(a\d+[\]x]\p{L})");
    ASSERT_TRUE(plain.isOk());
    EXPECT_EQ(*plain, R"(a\d+[\]x]\p{L})");
    auto ws = adaptPatternForPcre2(R"(\s[^\s\p{L}]\S)");
    ASSERT_TRUE(ws.isOk());
    EXPECT_EQ(ws->find("\\s"), std::string::npos);
    EXPECT_NE(ws->find("\\x{85}"), std::string::npos);
    EXPECT_EQ(adaptPatternForPcre2(R"([\S])").status().code(), ErrorCode::Unsupported);
    EXPECT_EQ(adaptPatternForPcre2(R"([abc)").status().code(), ErrorCode::Unsupported);
    EXPECT_EQ(RegexSplitter::compile("(unclosed", "f.json").status().code(), ErrorCode::Unsupported);
    EXPECT_NE(RegexSplitter::compile("(unclosed", "f.json").status().message().find("f.json"), std::string::npos);
}

TEST(RegexSplit, KeepsEveryByteAroundMatches) {
    auto splitter = RegexSplitter::compile("[0-9]+", "test");
    ASSERT_TRUE(splitter.isOk());
    std::vector<std::string_view> pieces;
    splitter->split("ab12cd345", pieces);
    EXPECT_EQ(Pieces(pieces.begin(), pieces.end()), (Pieces{"ab", "12", "cd", "345"}));
}

}  // namespace
}  // namespace songloom::bpe
