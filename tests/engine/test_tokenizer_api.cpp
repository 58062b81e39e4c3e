// Unit tests of songloom::Tokenizer on hand-made files: BPE merge order, added-token matching and flags,
// post-processing, decoding, invalid UTF-8, empty and 1 MB inputs (spec-vae-text-lm §3.2-3.4).
#include "songloom/tokenizer.h"
#include "tokenizer_test_files.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>

namespace songloom::test {
namespace {

using Ids = std::vector<std::int32_t>;

Tokenizer load(const TokenizerFiles& files, bool appendEos = false) {
    auto tok = Tokenizer::fromTokenizerJson(files.write("tokenizer.json", files.tokenizerJson(appendEos)));
    EXPECT_TRUE(tok.isOk()) << tok.status().message();
    return std::move(tok).value();
}

Ids bytesOf(const std::string& text) { return Ids(text.begin(), text.end()); }  // ids 0..255 are the bytes (ASCII)

TEST(TokenizerBpe, MergesLowestRankFirst) {
    TokenizerFiles files;
    files.addMerge("b", "c");   // rank 0
    files.addMerge("a", "b");   // rank 1
    files.addMerge("a", "bc");  // rank 2
    const Tokenizer tok = load(files);
    // b+c (rank 0) beats a+b (rank 1), then a+bc makes the whole word.
    EXPECT_EQ(tok.encode("abc"), Ids{files.idOf("abc")});
    EXPECT_EQ(tok.encode("abd"), (Ids{files.idOf("ab"), 'd'}));
}

TEST(TokenizerBpe, RankOrderDecidesWhichPairWins) {
    TokenizerFiles files;
    files.addMerge("a", "b");  // rank 0: wins over b+c, so "abc" can only end as ab + c
    files.addMerge("b", "c");
    files.addMerge("a", "bc");
    const Tokenizer tok = load(files);
    EXPECT_EQ(tok.encode("abc"), (Ids{files.idOf("ab"), 'c'}));
}

TEST(TokenizerBpe, EqualRanksMergeLeftmostFirst) {
    TokenizerFiles files;
    files.addMerge("a", "a");
    files.addMerge("aa", "a");
    const Tokenizer tok = load(files);
    // Leftmost a+a first gives aa + a -> aaa; rightmost first would leave a + aa, which has no merge.
    EXPECT_EQ(tok.encode("aaa"), Ids{files.idOf("aaa")});
    // a a a a a -> aa a a a -> aa aa a (the next rank-0 pair) -> aa aaa; tokenizers 0.23.3 agrees.
    EXPECT_EQ(tok.encode("aaaaa"), (Ids{files.idOf("aa"), files.idOf("aaa")}));
}

TEST(TokenizerBpe, PiecesNeverMergeAcrossTheSplit) {
    TokenizerFiles files;
    files.addMerge("o", " ");  // would join "Hello" and " world" if the split were skipped
    files.addMerge(" ", "w");
    const Tokenizer tok = load(files);
    const Ids ids = tok.encode("Hello world");
    EXPECT_EQ(ids, (Ids{'H', 'e', 'l', 'l', 'o', files.idOf(" w"), 'o', 'r', 'l', 'd'}));
}

TEST(TokenizerBpe, DigitsAreSingleTokens) {
    TokenizerFiles files;
    files.addMerge("1", "2");
    const Tokenizer tok = load(files);
    EXPECT_EQ(tok.encode("12"), bytesOf("12"));  // \p{N} splits every digit (spec §3.2 step 3)
}

TEST(TokenizerAdded, LeftmostLongestMatch) {
    TokenizerFiles files;
    const auto ab = files.addAddedToken("<ab>");
    const auto abc = files.addAddedToken("<ab>c");
    const auto bc = files.addAddedToken("b>c<");
    const Tokenizer tok = load(files);
    EXPECT_EQ(tok.encode("x<ab>cy"), (Ids{'x', abc, 'y'}));
    EXPECT_EQ(tok.encode("x<ab>y"), (Ids{'x', ab, 'y'}));
    EXPECT_EQ(tok.encode("<ab>c<"), (Ids{abc, '<'}));  // "b>c<" starts later, so it loses
    EXPECT_EQ(tok.encode("b>c<"), Ids{bc});
    EXPECT_EQ(tok.encode("<a"), bytesOf("<a"));
}

TEST(TokenizerAdded, StripFlagsSwallowWhitespace) {
    TokenizerFiles files;
    const auto l = files.addAddedToken("<L>", {{"lstrip", true}});
    const auto r = files.addAddedToken("<R>", {{"rstrip", true}});
    const auto plain = files.addAddedToken("<P>");
    const Tokenizer tok = load(files);
    EXPECT_EQ(tok.encode("a \t <L> b"), (Ids{'a', l, ' ', 'b'}));
    EXPECT_EQ(tok.encode("a <R> \n b"), (Ids{'a', ' ', r, 'b'}));
    EXPECT_EQ(tok.encode("a <P> b"), (Ids{'a', ' ', plain, ' ', 'b'}));
    EXPECT_EQ(tok.encode("<R> <L>"), (Ids{r, l}));
}

TEST(TokenizerAdded, SingleWordNeedsNonWordNeighbours) {
    TokenizerFiles files;
    const auto hey = files.addAddedToken("hey", {{"single_word", true}});
    const Tokenizer tok = load(files);
    EXPECT_EQ(tok.encode("hey"), Ids{hey});
    EXPECT_EQ(tok.encode("oh hey!"), (Ids{'o', 'h', ' ', hey, '!'}));
    EXPECT_EQ(tok.encode("heys"), bytesOf("heys"));
    EXPECT_EQ(tok.encode("_hey"), bytesOf("_hey"));
    EXPECT_EQ(tok.encode("they"), bytesOf("they"));
}

TEST(TokenizerAdded, NormalizedTokensMatchAfterNfc) {
    TokenizerFiles files;
    const auto composed = files.addAddedToken("Caf\u00e9", {{"normalized", true}});
    const auto raw = files.addAddedToken("ni\u00f1o");  // normalized: false -> only the exact bytes match
    const Tokenizer tok = load(files);
    EXPECT_EQ(tok.encode("Cafe\u0301"), Ids{composed});
    EXPECT_EQ(tok.encode("Caf\u00e9"), Ids{composed});
    EXPECT_EQ(tok.encode("ni\u00f1o"), Ids{raw});
    EXPECT_NE(tok.encode("nin\u0303o"), Ids{raw});
}

TEST(TokenizerPost, TemplateAppendsEos) {
    TokenizerFiles files;
    const auto eos = files.addAddedToken("<|endoftext|>", {{"special", true}});
    const Tokenizer tok = load(files, true);
    EXPECT_EQ(tok.encode("hi"), (Ids{'h', 'i', eos}));
    EXPECT_EQ(tok.encode("hi", false), (Ids{'h', 'i'}));
    EXPECT_EQ(tok.encode("hi<|endoftext|>"), (Ids{'h', 'i', eos, eos}));  // spec §3.4: two EOS at the end
    EXPECT_EQ(tok.encode(""), Ids{eos});
    EXPECT_EQ(tok.encode("", false), Ids{});
    EXPECT_EQ(tok.numSpecialTokensToAdd(), 1u);
    EXPECT_EQ(tok.postProcess({'a'}), (Ids{'a', eos}));
}

TEST(TokenizerDecode, BytesTextAndSpecials) {
    TokenizerFiles files;
    files.addMerge("\xE4", "\xB8");
    const auto eos = files.addAddedToken("<|endoftext|>", {{"special", true}});
    const auto think = files.addAddedToken("<think>");
    const Tokenizer tok = load(files);
    const std::string text = "中 <think>ok<|endoftext|>";
    const Ids ids = tok.encode(text);
    EXPECT_EQ(tok.decode(ids), text);
    EXPECT_EQ(tok.decode(ids, true), "中 <think>ok");
    EXPECT_EQ(tok.decode(Ids{files.idOf("\xE4\xB8")}), "\xEF\xBF\xBD");  // a cut character becomes U+FFFD
    EXPECT_EQ(tok.decode(Ids{'a', 999999, -5, 'b'}), "ab");              // unknown ids are skipped
    EXPECT_EQ(tok.decode(Ids{}), "");
    EXPECT_TRUE(tok.isSpecial(eos));
    EXPECT_FALSE(tok.isSpecial(think));
    EXPECT_EQ(tok.tokenToId("<think>"), think);
    EXPECT_EQ(tok.tokenToId("\u0120"), ' ');
    EXPECT_EQ(tok.tokenToId("nope"), -1);
    EXPECT_EQ(tok.idToToken(' '), "\u0120");
    EXPECT_EQ(tok.idToToken(eos), "<|endoftext|>");
    EXPECT_EQ(tok.idToToken(123456), "");
    EXPECT_EQ(tok.vocabSize(), static_cast<std::size_t>(think + 1));
}

TEST(TokenizerInput, InvalidUtf8IsReplacedNotFatal) {
    TokenizerFiles files;
    files.addMerge("\xEF", "\xBF");
    files.addMerge("\xEF\xBF", "\xBD");
    const Tokenizer tok = load(files);
    const Ids replacement = tok.encode("\xEF\xBF\xBD");
    EXPECT_EQ(replacement.size(), 1u);
    EXPECT_EQ(tok.encode("\xFF"), replacement);
    Ids abc = bytesOf("abc");
    abc.push_back(replacement[0]);
    EXPECT_EQ(tok.encode("abc\xE4\xB8"), abc);
    EXPECT_EQ(tok.encode("\xC0\xAF").size(), 2u);
    EXPECT_EQ(tok.decode(tok.encode("a\xFF"
                                    "b")),
              "a\xEF\xBF\xBD"
              "b");
    EXPECT_EQ(tok.encode(std::string_view("a\0b", 3)), (Ids{'a', 0, 'b'}));
}

TEST(TokenizerInput, MegabyteInputsStayLinear) {
    TokenizerFiles files;
    files.addMerge("a", "a");
    files.addMerge("aa", "aa");
    files.addMerge("aaaa", "aaaa");
    files.addMerge(" ", "a");
    const Tokenizer tok = load(files);
    const std::size_t mb = 1 << 20;
    const std::vector<std::string> inputs = {
        std::string(mb, 'a'),  // one 1 MB piece: the merge loop itself must not be quadratic
        std::string(mb, ' '),  // one whitespace run
        std::string(mb, '\n'),
        [&] {
            std::string s;
            while (s.size() < mb) s += "aaaa aa a, ";
            return s;
        }(),
        [&] {
            std::string s;
            while (s.size() < mb) s += "中文歌词 ";
            return s;
        }(),
    };
    for (const std::string& input : inputs) {
        const auto start = std::chrono::steady_clock::now();
        const Ids ids = tok.encode(input);
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        // Quadratic work on 1 MB would take minutes; linear takes well under a second even on a busy CI box.
        EXPECT_LT(seconds, 20.0) << "input starting with '" << input.substr(0, 8) << "'";
        EXPECT_EQ(tok.decode(ids), input);
    }
    EXPECT_EQ(tok.encode(inputs[0]).size(), mb / 8);
}

TEST(TokenizerInput, ConcurrentEncodesAgree) {
    TokenizerFiles files;
    files.addMerge("a", "b");
    files.addMerge("ab", "c");
    files.addAddedToken("<|endoftext|>", {{"special", true}});
    const Tokenizer tok = load(files, true);
    std::vector<std::string> texts;
    for (int i = 0; i < 200; ++i)
        texts.push_back("abc " + std::to_string(i) + " cab<|endoftext|>abcabc x" + std::string(i % 7, 'b'));
    std::vector<Ids> expected;
    for (const auto& t : texts) expected.push_back(tok.encode(t));
    // A fresh copy shares the model (and its cache) with `tok`: encode is const and thread-safe.
    const Tokenizer shared = tok;
    std::vector<std::thread> threads;
    std::atomic<int> mismatches{0};
    for (int w = 0; w < 4; ++w)
        threads.emplace_back([&, w] {
            for (int round = 0; round < 20; ++round)
                for (std::size_t i = 0; i < texts.size(); ++i) {
                    const std::size_t k = (i * (w + 1) + round) % texts.size();
                    if ((w % 2 ? shared : tok).encode(texts[k]) != expected[k]) ++mismatches;
                }
        });
    for (auto& t : threads) t.join();
    EXPECT_EQ(mismatches.load(), 0);
}

}  // namespace
}  // namespace songloom::test
