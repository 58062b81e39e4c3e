// Parity with Hugging Face `tokenizers` on the real Qwen3 vocabulary (spec-vae-text-lm §3): the corpus
// from tokenizer/make_corpus.py, encoded by HF in tokenizer/make_reference.py, must come out of our
// tokenizer id for id, for the Qwen3-Embedding tokenizer.json (with and without the appended EOS), the LM
// tokenizer-lm.json (audio codes), tokenizer-flags.json (lstrip/rstrip/single_word/normalized) and the
// vocab.json + merges.txt route; decode must equal HF's decode and NFC(x) for text without added tokens.
#include "songloom/tokenizer.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

namespace songloom {
namespace {

using Ids = std::vector<std::int32_t>;
const std::filesystem::path kDir = SONGLOOM_TOKENIZER_DATA_DIR;

struct Case {
    std::string text;  // the bytes given to encode (not UTF-8 for "hex" cases)
    nlohmann::json ref;
};

std::vector<Case> loadCases() {
    std::ifstream in(kDir / "reference.json");
    if (!in) return {};
    const nlohmann::json ref = nlohmann::json::parse(in);
    std::vector<Case> cases;
    for (const auto& c : ref["cases"]) {
        std::string text;
        if (c.contains("text")) {
            text = c["text"].get<std::string>();
        } else {
            const std::string hex = c["hex"];
            for (std::size_t i = 0; i + 1 < hex.size(); i += 2)
                text.push_back(static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16)));
        }
        cases.push_back({std::move(text), c});
    }
    return cases;
}

const std::vector<Case>& cases() {
    static const std::vector<Case> all = loadCases();
    return all;
}

Tokenizer loadJson(const char* name) {
    auto tok = Tokenizer::fromTokenizerJson(kDir / name);
    if (!tok) throw std::runtime_error(tok.status().message());
    return std::move(tok).value();
}

std::string escaped(const std::string& s) {
    std::string out;
    for (unsigned char c : s) {
        if (c == '\n')
            out += "\\n";
        else if (c == '\r')
            out += "\\r";
        else if (c == '\t')
            out += "\\t";
        else if (c < 0x20 || c == 0x7F) {
            char b[8];
            std::snprintf(b, sizeof b, "\\x%02X", c);
            out += b;
        } else
            out += static_cast<char>(c);
    }
    return out.size() > 160 ? out.substr(0, 160) + "..." : out;
}

std::string idsText(const Ids& ids) {
    std::ostringstream os;
    for (std::size_t i = 0; i < ids.size() && i < 40; ++i) os << (i ? "," : "") << ids[i];
    if (ids.size() > 40) os << ",... (" << ids.size() << " ids)";
    return "[" + os.str() + "]";
}

// One comparison over the whole corpus: counts matches, prints the first mismatches in detail.
class Tally {
public:
    explicit Tally(std::string what) : what_(std::move(what)) {}
    void ids(const Case& c, const Ids& want, const Ids& got) {
        ++total_;
        if (want == got) {
            ++matched_;
            return;
        }
        if (shown_++ >= 5) return;
        std::size_t at = 0;
        while (at < want.size() && at < got.size() && want[at] == got[at]) ++at;
        std::printf("  MISMATCH %s: \"%s\"\n    HF   %s\n    ours %s\n    first difference at index %zu\n",
                    what_.c_str(), escaped(c.text).c_str(), idsText(want).c_str(), idsText(got).c_str(), at);
    }
    void text(const Case& c, const std::string& want, const std::string& got) {
        ++total_;
        if (want == got) {
            ++matched_;
            return;
        }
        if (shown_++ >= 5) return;
        std::printf("  MISMATCH %s: \"%s\"\n    want \"%s\"\n    got  \"%s\"\n", what_.c_str(), escaped(c.text).c_str(),
                    escaped(want).c_str(), escaped(got).c_str());
    }
    bool allMatched() const { return matched_ == total_; }
    void report() const { std::printf("  %-44s %zu / %zu\n", what_.c_str(), matched_, total_); }
    std::size_t total() const { return total_; }

private:
    std::string what_;
    std::size_t total_ = 0, matched_ = 0, shown_ = 0;
};

Ids idsOf(const nlohmann::json& v) { return v.get<Ids>(); }

TEST(TokenizerParity, EncodesTheCorpusLikeHfTokenizers) {
    ASSERT_GE(cases().size(), 5000u) << "reference.json missing or short in " << kDir;
    const Tokenizer embed = loadJson("tokenizer.json");
    const Tokenizer lm = loadJson("tokenizer-lm.json");
    const Tokenizer flags = loadJson("tokenizer-flags.json");
    auto viaConfig =
        Tokenizer::fromVocabMerges(kDir / "vocab.json", kDir / "merges.txt", kDir / "tokenizer_config.json");
    auto viaAdded = Tokenizer::fromVocabMerges(kDir / "vocab.json", kDir / "merges.txt", kDir / "added_tokens.json");
    ASSERT_TRUE(viaConfig.isOk()) << viaConfig.status().message();
    ASSERT_TRUE(viaAdded.isOk()) << viaAdded.status().message();

    Tally embedIds("tokenizer.json encode"), embedPlain("tokenizer.json encode, no special tokens"),
        lmIds("tokenizer-lm.json encode"), flagIds("tokenizer-flags.json encode"),
        configIds("vocab.json+merges.txt+tokenizer_config.json"), addedIds("vocab.json+merges.txt+added_tokens.json"),
        decodes("decode (HF, 4 variants per string)"), roundTrips("decode(encode(x)) == NFC(x)");
    std::size_t exact = 0;
    for (const Case& c : cases()) {
        const Ids e = embed.encode(c.text), plain = embed.encode(c.text, false), l = lm.encode(c.text),
                  f = flags.encode(c.text, false), vc = viaConfig->encode(c.text), va = viaAdded->encode(c.text);
        embedIds.ids(c, idsOf(c.ref["embed"]), e);
        embedPlain.ids(c, idsOf(c.ref["embed_plain"]), plain);
        lmIds.ids(c, idsOf(c.ref["lm"]), l);
        flagIds.ids(c, idsOf(c.ref["flags"]), f);
        configIds.ids(c, idsOf(c.ref["embed_plain"]), vc);
        addedIds.ids(c, idsOf(c.ref["lm"]), va);
        exact += e == idsOf(c.ref["embed"]) && plain == idsOf(c.ref["embed_plain"]) && l == idsOf(c.ref["lm"]) &&
                 f == idsOf(c.ref["flags"]) && vc == plain && va == l;

        decodes.text(c, c.ref["decode"], embed.decode(idsOf(c.ref["embed"])));
        decodes.text(c, c.ref["decode_skip"], embed.decode(idsOf(c.ref["embed"]), true));
        decodes.text(c, c.ref["decode_lm"], lm.decode(idsOf(c.ref["lm"])));
        decodes.text(c, c.ref["decode_flags"], flags.decode(idsOf(c.ref["flags"]), true));
        if (c.ref.contains("nfc")) roundTrips.text(c, c.ref["nfc"], embed.decode(plain));
    }
    std::printf("tokenizer parity: %zu strings, %zu exact matches\n", cases().size(), exact);
    for (const Tally* t : {&embedIds, &embedPlain, &lmIds, &flagIds, &configIds, &addedIds, &decodes, &roundTrips})
        t->report();
    EXPECT_EQ(exact, cases().size());
    for (const Tally* t : {&embedIds, &embedPlain, &lmIds, &flagIds, &configIds, &addedIds, &decodes, &roundTrips})
        EXPECT_TRUE(t->allMatched());
    EXPECT_GT(roundTrips.total(), 4000u);
}

TEST(TokenizerParity, QwenIdsFromTheSpec) {
    const Tokenizer embed = loadJson("tokenizer.json");
    const Tokenizer lm = loadJson("tokenizer-lm.json");
    EXPECT_EQ(embed.encode("test"), (Ids{1944, 151643}));  // spec §3.4
    EXPECT_EQ(embed.encode("test again"), (Ids{1944, 1549, 151643}));
    EXPECT_EQ(lm.encode("test"), Ids{1944});
    EXPECT_EQ(embed.vocabSize(), 151669u);  // spec §3.3
    EXPECT_EQ(lm.vocabSize(), 217204u);
    EXPECT_EQ(embed.tokenToId("<|endoftext|>"), 151643);
    EXPECT_EQ(embed.tokenToId("<|im_end|>"), 151645);
    EXPECT_EQ(embed.tokenToId("</think>"), 151668);
    EXPECT_EQ(lm.tokenToId("<|audio_code_0|>"), 151669);
    EXPECT_EQ(lm.tokenToId("<|audio_code_65534|>"), 217203);
    EXPECT_EQ(lm.encode("<|audio_code_12|><|im_end|>"), (Ids{151681, 151645}));
    EXPECT_TRUE(embed.isSpecial(151643));
    EXPECT_FALSE(embed.isSpecial(151667));  // <think> is added but not special
}

TEST(TokenizerParity, MegabyteOfLyricsWithTheRealVocabulary) {
    const Tokenizer embed = loadJson("tokenizer.json");
    std::string text;
    for (std::size_t i = 0; text.size() < (1u << 20); ++i) {
        const Case& c = cases()[i % cases().size()];
        if (c.ref.contains("nfc")) text += c.ref["nfc"].get<std::string>() + "\n";
    }
    const auto start = std::chrono::steady_clock::now();
    const Ids ids = embed.encode(text, false);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("1 MiB of corpus text: %zu tokens in %.3f s\n", ids.size(), seconds);
    EXPECT_LT(seconds, 30.0);
    EXPECT_EQ(embed.decode(ids), text);
}

}  // namespace
}  // namespace songloom
