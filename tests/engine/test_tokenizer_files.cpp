// Unit tests of the tokenizer loaders: every malformed or unsupported tokenizer.json / vocab.json /
// merges.txt gives a Status naming the file and the problem; supported variants load (spec §3.1).
#include "songloom/tokenizer.h"
#include "tokenizer_test_files.h"

#include <gtest/gtest.h>

#include <functional>

namespace songloom::test {
namespace {

using nlohmann::json;
using Ids = std::vector<std::int32_t>;

TokenizerFiles& sampleFiles(TokenizerFiles& files) {
    files.addMerge("a", "b");
    files.addMerge("\xC3", "\xA9");
    files.addAddedToken("<|endoftext|>", {{"special", true}});
    files.addAddedToken("<think>");
    return files;
}

struct BrokenCase {
    const char* name;
    std::function<void(json&)> breakIt;
    ErrorCode code;
    const char* mentions;  // a piece of the message that locates the problem
};

TEST(TokenizerFiles, MalformedOrUnsupportedTokenizerJsonIsRefused) {
    const std::vector<BrokenCase> cases = {
        {"model type", [](json& j) { j["model"]["type"] = "WordPiece"; }, ErrorCode::Unsupported, "WordPiece"},
        {"no model", [](json& j) { j.erase("model"); }, ErrorCode::Corrupt, "model"},
        {"negative id", [](json& j) { j["model"]["vocab"]["a"] = -3; }, ErrorCode::Corrupt, "-3"},
        {"id not a number", [](json& j) { j["model"]["vocab"]["a"] = "7"; }, ErrorCode::Corrupt, "vocab[\"a\"]"},
        {"shared id", [](json& j) { j["model"]["vocab"]["a"] = 98; }, ErrorCode::Corrupt, "share id 98"},
        {"merge not a pair", [](json& j) { j["model"]["merges"][0] = 5; }, ErrorCode::Corrupt, "merges[0]"},
        {"merge string", [](json& j) { j["model"]["merges"][0] = "a  b"; }, ErrorCode::Corrupt, "merges[0]"},
        {"merge unknown part",
         [](json& j) {
             j["model"]["merges"][0] = {"a", "zz"};
         },
         ErrorCode::Corrupt, "\"zz\""},
        {"merge result missing",
         [](json& j) {
             j["model"]["merges"][0] = {"a", "c"};
         },
         ErrorCode::Corrupt, "makes \"ac\""},
        {"no vocab", [](json& j) { j["model"].erase("vocab"); }, ErrorCode::Corrupt, "model.vocab"},
        {"unk token", [](json& j) { j["model"]["unk_token"] = "<unk>"; }, ErrorCode::Unsupported, "unk_token"},
        {"byte fallback", [](json& j) { j["model"]["byte_fallback"] = true; }, ErrorCode::Unsupported, "byte_fallback"},
        {"dropout", [](json& j) { j["model"]["dropout"] = 0.1; }, ErrorCode::Unsupported, "dropout"},
        {"subword prefix", [](json& j) { j["model"]["continuing_subword_prefix"] = "##"; }, ErrorCode::Unsupported,
         "continuing_subword_prefix"},
        {"empty added", [](json& j) { j["added_tokens"][1]["content"] = ""; }, ErrorCode::Corrupt, "empty content"},
        {"added same id", [](json& j) { j["added_tokens"][1]["id"] = j["added_tokens"][0]["id"]; }, ErrorCode::Corrupt,
         "share id"},
        {"added in vocab", [](json& j) { j["added_tokens"][1]["content"] = "ab"; }, ErrorCode::Corrupt, "\"ab\""},
        {"added on vocab id", [](json& j) { j["added_tokens"][1]["id"] = 97; }, ErrorCode::Corrupt, "gives to"},
        {"added flag type", [](json& j) { j["added_tokens"][0]["special"] = "yes"; }, ErrorCode::Corrupt,
         "added_tokens[0].special"},
        {"added no id", [](json& j) { j["added_tokens"][0].erase("id"); }, ErrorCode::Corrupt, "added_tokens[0]"},
        {"normalizer",
         [](json& j) {
             j["normalizer"] = {{"type", "Lowercase"}};
         },
         ErrorCode::Unsupported, "Lowercase"},
        {"normalizer no type", [](json& j) { j["normalizer"] = json::object(); }, ErrorCode::Corrupt,
         "normalizer.type"},
        {"no pre-tokenizer", [](json& j) { j["pre_tokenizer"] = nullptr; }, ErrorCode::Unsupported, "pre_tokenizer"},
        {"gpt2 byte level", [](json& j) { j["pre_tokenizer"]["pretokenizers"][1]["use_regex"] = true; },
         ErrorCode::Unsupported, "use_regex"},
        {"prefix space", [](json& j) { j["pre_tokenizer"]["pretokenizers"][1]["add_prefix_space"] = true; },
         ErrorCode::Unsupported, "add_prefix_space"},
        {"split behaviour", [](json& j) { j["pre_tokenizer"]["pretokenizers"][0]["behavior"] = "Removed"; },
         ErrorCode::Unsupported, "Removed"},
        {"split string",
         [](json& j) {
             j["pre_tokenizer"]["pretokenizers"][0]["pattern"] = {{"String", " "}};
         },
         ErrorCode::Unsupported, "pattern"},
        {"bad regex",
         [](json& j) {
             j["pre_tokenizer"]["pretokenizers"][0]["pattern"] = {{"Regex", "(a"}};
         },
         ErrorCode::Unsupported, "does not compile"},
        {"byte level first",
         [](json& j) { std::swap(j["pre_tokenizer"]["pretokenizers"][0], j["pre_tokenizer"]["pretokenizers"][1]); },
         ErrorCode::Unsupported, "pretokenizers[0]"},
        {"post processor",
         [](json& j) {
             j["post_processor"] = {{"type", "RobertaProcessing"}};
         },
         ErrorCode::Unsupported, "RobertaProcessing"},
        {"template token", [](json& j) { j["post_processor"]["special_tokens"] = json::object(); }, ErrorCode::Corrupt,
         "special_tokens"},
        {"template no A", [](json& j) { j["post_processor"]["single"].erase(0); }, ErrorCode::Corrupt, "no Sequence A"},
        {"decoder",
         [](json& j) {
             j["decoder"] = {{"type", "WordPiece"}};
         },
         ErrorCode::Unsupported, "decoder"},
        {"no decoder", [](json& j) { j.erase("decoder"); }, ErrorCode::Unsupported, "decoder"},
        {"truncation",
         [](json& j) {
             j["truncation"] = {{"max_length", 8}};
         },
         ErrorCode::Unsupported, "truncation"},
        {"padding",
         [](json& j) {
             j["padding"] = {{"strategy", {{"Fixed", 8}}}};
         },
         ErrorCode::Unsupported, "padding"},
        {"top level", [](json& j) { j = json::array(); }, ErrorCode::Corrupt, "top level"},
    };
    for (const BrokenCase& c : cases) {
        TokenizerFiles files;
        json j = sampleFiles(files).tokenizerJson(true);
        c.breakIt(j);
        const auto path = files.write("tokenizer.json", j);
        const auto tok = Tokenizer::fromTokenizerJson(path);
        ASSERT_FALSE(tok.isOk()) << c.name;
        EXPECT_EQ(tok.status().code(), c.code) << c.name << ": " << tok.status().message();
        EXPECT_NE(tok.status().message().find(path.string()), std::string::npos)
            << c.name << ": " << tok.status().message();
        EXPECT_NE(tok.status().message().find(c.mentions), std::string::npos)
            << c.name << ": " << tok.status().message();
    }
}

TEST(TokenizerFiles, MissingOrNotJson) {
    TokenizerFiles files;
    const auto missing = Tokenizer::fromTokenizerJson(files.dir() / "nope.json");
    EXPECT_EQ(missing.status().code(), ErrorCode::NotFound);
    EXPECT_NE(missing.status().message().find("nope.json"), std::string::npos);
    const auto garbage = Tokenizer::fromTokenizerJson(files.writeText("tokenizer.json", "{\"model\": [1, 2"));
    EXPECT_EQ(garbage.status().code(), ErrorCode::Corrupt);
    EXPECT_NE(garbage.status().message().find("not valid JSON"), std::string::npos);
    const auto empty = Tokenizer::fromTokenizerJson(files.writeText("empty.json", ""));
    EXPECT_EQ(empty.status().code(), ErrorCode::Corrupt);
}

TEST(TokenizerFiles, SupportedVariantsLoad) {
    TokenizerFiles files;
    json base = sampleFiles(files).tokenizerJson();
    const auto reference = Tokenizer::fromTokenizerJson(files.write("base.json", base));
    ASSERT_TRUE(reference.isOk()) << reference.status().message();
    const std::string text = "abé Cafe\u0301 <think>";

    json stringMerges = base;  // tokenizers < 0.20 wrote merges as "left right"
    for (auto& m : stringMerges["model"]["merges"]) m = m[0].get<std::string>() + " " + m[1].get<std::string>();
    json sequences = base;
    sequences["normalizer"] = {{"type", "Sequence"}, {"normalizers", {{{"type", "NFC"}}}}};
    sequences["post_processor"] = {{"type", "Sequence"}, {"processors", {base["post_processor"]}}};
    for (const auto& [name, variant] : {std::pair{"string merges", stringMerges}, std::pair{"sequences", sequences}}) {
        const auto tok = Tokenizer::fromTokenizerJson(files.write("variant.json", variant));
        ASSERT_TRUE(tok.isOk()) << name << ": " << tok.status().message();
        EXPECT_EQ(tok->encode(text), reference->encode(text)) << name;
    }

    json noNormalizer = base;
    noNormalizer["normalizer"] = nullptr;
    const auto raw = Tokenizer::fromTokenizerJson(files.write("raw.json", noNormalizer));
    ASSERT_TRUE(raw.isOk()) << raw.status().message();
    EXPECT_NE(raw->encode("e\u0301"), reference->encode("e\u0301"));  // the file decides: no NFC here
    EXPECT_EQ(raw->decode(raw->encode("e\u0301")), "e\u0301");
    EXPECT_EQ(reference->decode(reference->encode("e\u0301")), "\u00e9");
}

TEST(TokenizerFiles, VocabMergesMatchTokenizerJson) {
    TokenizerFiles files;
    sampleFiles(files).writeVocabMerges();
    const auto fromJson = Tokenizer::fromTokenizerJson(files.write("tokenizer.json", files.tokenizerJson()));
    const auto fromConfig = Tokenizer::fromVocabMerges(files.dir() / "vocab.json", files.dir() / "merges.txt",
                                                       files.dir() / "tokenizer_config.json");
    ASSERT_TRUE(fromJson.isOk()) << fromJson.status().message();
    ASSERT_TRUE(fromConfig.isOk()) << fromConfig.status().message();
    for (const std::string text : {"ab abé", "<think>ab</think><|endoftext|>", "Cafe\u0301\n\n  x", ""}) {
        EXPECT_EQ(fromConfig->encode(text), fromJson->encode(text)) << text;
        EXPECT_EQ(fromConfig->decode(fromConfig->encode(text), true), fromJson->decode(fromJson->encode(text), true));
    }
    files.write("added_tokens.json", {{"<|endoftext|>", 258}, {"<think>", 259}});
    const auto fromAdded = Tokenizer::fromVocabMerges(files.dir() / "vocab.json", files.dir() / "merges.txt",
                                                      files.dir() / "added_tokens.json");
    ASSERT_TRUE(fromAdded.isOk()) << fromAdded.status().message();
    EXPECT_EQ(fromAdded->encode("ab<think>"), fromJson->encode("ab<think>"));
    EXPECT_FALSE(fromAdded->isSpecial(258));  // added_tokens.json carries no flags
    const auto bare = Tokenizer::fromVocabMerges(files.dir() / "vocab.json", files.dir() / "merges.txt");
    ASSERT_TRUE(bare.isOk());
    EXPECT_EQ(bare->vocabSize(), 258u);
}

TEST(TokenizerFiles, MalformedVocabMergesAreRefused) {
    TokenizerFiles files;
    sampleFiles(files).writeVocabMerges();
    const auto vocab = files.dir() / "vocab.json", merges = files.dir() / "merges.txt";

    const auto badLine = files.writeText("bad_merges.txt", "#version: 0.2\na b\nab\n");
    auto r = Tokenizer::fromVocabMerges(vocab, badLine);
    EXPECT_EQ(r.status().code(), ErrorCode::Corrupt);
    EXPECT_NE(r.status().message().find("bad_merges.txt: line 3"), std::string::npos) << r.status().message();

    r = Tokenizer::fromVocabMerges(files.writeText("list.json", "[1, 2]"), merges);
    EXPECT_EQ(r.status().code(), ErrorCode::Corrupt);
    EXPECT_NE(r.status().message().find("list.json"), std::string::npos);

    r = Tokenizer::fromVocabMerges(vocab, merges,
                                   files.write("cfg.json", {{"added_tokens_decoder", {{"x1", {{"content", "a"}}}}}}));
    EXPECT_EQ(r.status().code(), ErrorCode::Corrupt);
    EXPECT_NE(r.status().message().find("x1"), std::string::npos) << r.status().message();

    r = Tokenizer::fromVocabMerges(vocab, merges, files.write("added.json", {{"<x>", "258"}}));
    EXPECT_EQ(r.status().code(), ErrorCode::Corrupt);

    r = Tokenizer::fromVocabMerges(vocab, merges, files.write("whole.json", files.tokenizerJson()));
    EXPECT_EQ(r.status().code(), ErrorCode::InvalidArgument);

    r = Tokenizer::fromVocabMerges(vocab, files.dir() / "missing.txt");
    EXPECT_EQ(r.status().code(), ErrorCode::NotFound);
    EXPECT_NE(r.status().message().find("missing.txt"), std::string::npos);
}

}  // namespace
}  // namespace songloom::test
