// Prompt builders without Python: the instruction table, the metas rules, the request checks and their
// messages, and the batched tokenisation (truncation keeps the appended EOS, padding side, masks) on a
// hand-made tokenizer.
#include "songloom/prompts.h"
#include "songloom/tokenizer.h"

#include "../tokenizer_test_files.h"

#include <gtest/gtest.h>

namespace songloom {
namespace {

using test::TokenizerFiles;

TEST(PromptText, TaskInstructions) {
    EXPECT_EQ(taskInstruction(TaskType::Text2Music), "Fill the audio semantic mask based on the given conditions:");
    EXPECT_EQ(taskInstruction(TaskType::Repaint), "Repaint the mask area based on the given conditions:");
    EXPECT_EQ(taskInstruction(TaskType::Cover), "Generate audio semantic tokens based on the given conditions:");
    EXPECT_EQ(taskInstruction(TaskType::Extract, "vocals"), "Extract the VOCALS track from the audio:");
    EXPECT_EQ(taskInstruction(TaskType::Extract), "Extract the track from the audio:");
    EXPECT_EQ(taskInstruction(TaskType::Lego, "backing_vocals"),
              "Generate the BACKING_VOCALS track based on the audio context:");
    EXPECT_EQ(taskInstruction(TaskType::Lego), "Generate the track based on the audio context:");
    const std::vector<std::string> classes = {"drums", "Bass"};
    EXPECT_EQ(taskInstruction(TaskType::Complete, {}, classes), "Complete the input track with DRUMS | BASS:");
    EXPECT_EQ(taskInstruction(TaskType::Complete), "Complete the input track:");
    EXPECT_EQ(finishInstruction("Make it live"), "Make it live:");
    EXPECT_EQ(finishInstruction("Already:"), "Already:");
    for (TaskType t : allTaskTypes()) EXPECT_EQ(parseTaskType(taskTypeName(t)), t);
    EXPECT_FALSE(parseTaskType("Text2Music"));
    EXPECT_EQ(vocalLanguages().size(), 51u);
    EXPECT_EQ(trackNames().size(), 12u);
}

TEST(PromptText, MetasAndPrompts) {
    CaptionMetas m;
    EXPECT_EQ(formatMetas(m), "- bpm: N/A\n- timesignature: N/A\n- keyscale: N/A\n- duration: 60 seconds\n");
    m.bpm = 120;
    m.timeSignature = "4";
    m.keyScale = "C major";
    m.durationSeconds = 30.99;
    EXPECT_EQ(formatMetas(m), "- bpm: 120\n- timesignature: 4\n- keyscale: C major\n- duration: 30 seconds\n");
    m.bpm = 0;
    m.keyScale = "  ";
    m.timeSignature = "";
    m.durationSeconds = 0;  // diffusers' unreachable fallback
    EXPECT_EQ(formatMetas(m), "- bpm: N/A\n- timesignature: N/A\n- keyscale: N/A\n- duration: 30 seconds\n");
    EXPECT_EQ(captionPrompt("Do it:", "pop", CaptionMetas{}),
              "# Instruction\nDo it:\n\n# Caption\npop\n\n# Metas\n- bpm: N/A\n- timesignature: N/A\n"
              "- keyscale: N/A\n- duration: 60 seconds\n<|endoftext|>\n");
    EXPECT_EQ(lyricPrompt("en", ""), "# Languages\nen\n\n# Lyric\n<|endoftext|>");
}

PromptRequest goodRequest() {
    PromptRequest r;
    r.captions = {"pop"};
    r.lyrics = {""};
    return r;
}

void expectInvalid(const PromptRequest& r, const std::string& fragment) {
    Status s = validatePromptRequest(r);
    ASSERT_FALSE(s) << "accepted; expected an error containing: " << fragment;
    EXPECT_EQ(s.code(), ErrorCode::InvalidArgument);
    EXPECT_NE(s.message().find(fragment), std::string::npos) << s.message();
}

TEST(PromptRequestChecks, RangesAndValues) {
    EXPECT_TRUE(validatePromptRequest(goodRequest()));
    PromptRequest r = goodRequest();
    r.metas.bpm = 29;
    expectInvalid(r, "bpm 29 is out of range: allowed 30-300");
    r.metas.bpm = 301;
    expectInvalid(r, "allowed 30-300");
    r = goodRequest();
    r.metas.durationSeconds = 0.5;
    expectInvalid(r, "duration 0.5 s is out of range: allowed 1-600 seconds");
    r.metas.durationSeconds = 600.5;
    expectInvalid(r, "duration");
    r.metas.durationSeconds = std::nan("");
    expectInvalid(r, "duration");
    r = goodRequest();
    r.metas.timeSignature = "4/4";
    expectInvalid(r, "timesignature \"4/4\" is not supported; allowed: 2, 3, 4, 6");
    r = goodRequest();
    r.metas.keyScale = "H major";
    expectInvalid(r, "keyscale \"H major\"");
    for (const char* ok : {"C major", "F# minor", "Bb major", "B\u266D major", "C\u266F minor", "C Major", "A MINOR"}) {
        r.metas.keyScale = ok;
        EXPECT_TRUE(validatePromptRequest(r)) << ok;
    }
    r = goodRequest();
    r.languages = {"xx"};
    expectInvalid(r, "vocal_language \"xx\" is not supported; allowed: ar, az");
    for (const std::string& code : vocalLanguages()) {
        r.languages = {code};
        EXPECT_TRUE(validatePromptRequest(r)) << code;
    }
    r = goodRequest();
    r.lyrics = {};
    expectInvalid(r, "lyrics: one entry per caption");
    r = goodRequest();
    r.captions = {};
    r.lyrics = {};
    expectInvalid(r, "caption: at least one caption");
    r = goodRequest();
    r.captions = {"a", "b"};
    r.lyrics = {"", ""};
    r.languages = {"en", "fr", "de"};
    expectInvalid(r, "vocal_language: give one code for the whole batch or one per caption (2), not 3");
    r = goodRequest();
    r.lyrics = {std::string("\xff\xfe")};
    expectInvalid(r, "lyrics is not valid UTF-8");
    r = goodRequest();
    r.trackName = "vocals";
    expectInvalid(r, "track_name applies to the extract and lego tasks only, not text2music");
    r.task = TaskType::Extract;
    EXPECT_TRUE(validatePromptRequest(r));
    r.trackName = "kazoo";
    expectInvalid(r, "track_name \"kazoo\" is not a track ACE-Step knows; allowed: woodwinds");
    r = goodRequest();
    r.task = TaskType::Complete;
    r.completeTrackClasses = {"drums", "piano"};
    expectInvalid(r, "complete_track_classes \"piano\"");
    r = goodRequest();
    r.instruction = " ";
    expectInvalid(r, "instruction is empty");
}

TEST(PromptRequestChecks, BuildUsesOneLanguageForAll) {
    PromptRequest r = goodRequest();
    r.captions = {"a", "b"};
    r.lyrics = {"x", "y"};
    r.languages = {"ja"};
    r.task = TaskType::Lego;
    r.trackName = "guitar";
    auto texts = buildPrompts(r);
    ASSERT_TRUE(texts) << texts.status().message();
    EXPECT_EQ(texts->instruction, "Generate the GUITAR track based on the audio context:");
    EXPECT_EQ(texts->lyrics[1], "# Languages\nja\n\n# Lyric\ny<|endoftext|>");
    r.instruction = "Custom";
    EXPECT_EQ(buildPrompts(r)->instruction, "Custom:");
}

// A byte-level tokenizer whose post-processor appends <|endoftext|> (its first added token).
struct SmallTokenizer {
    TokenizerFiles files;  // owns the temporary folder: kept in place, never copied
    std::int32_t eos = files.addAddedToken("<|endoftext|>", {{"special", true}});
    Tokenizer tokenizer = load(files);

    static Tokenizer load(const TokenizerFiles& f) {
        f.write("tokenizer.json", f.tokenizerJson(/*appendEos=*/true));
        auto tok = Tokenizer::fromTokenizerJson(f.dir() / "tokenizer.json");
        if (!tok) throw std::runtime_error(tok.status().message());
        return std::move(*tok);
    }
};

TEST(PromptTokenize, TruncationKeepsEosAndPadsOnTheConfiguredSide) {
    SmallTokenizer s;
    PromptTokenizerConfig right{PaddingSide::Right, 7};
    const std::vector<std::string> texts = {"abcdef", "ab"};
    auto batch = tokenizeBatch(s.tokenizer, texts, 4, right);
    ASSERT_TRUE(batch) << batch.status().message();
    ASSERT_EQ(batch->batch, 2u);
    ASSERT_EQ(batch->length, 4u);
    const std::int32_t a = 'a', b = 'b', c = 'c';  // byte tokens sit at their byte's id here
    ASSERT_EQ(s.tokenizer.encode("a", false), std::vector<std::int32_t>{a});
    EXPECT_EQ(batch->ids, (std::vector<std::int32_t>{a, b, c, s.eos, a, b, s.eos, 7}));
    EXPECT_EQ(batch->mask, (std::vector<std::uint8_t>{1, 1, 1, 1, 1, 1, 1, 0}));

    PromptTokenizerConfig left{PaddingSide::Left, 7};
    batch = tokenizeBatch(s.tokenizer, texts, 4, left);
    ASSERT_TRUE(batch);
    EXPECT_EQ(batch->ids, (std::vector<std::int32_t>{a, b, c, s.eos, 7, a, b, s.eos}));
    EXPECT_EQ(batch->mask, (std::vector<std::uint8_t>{1, 1, 1, 1, 0, 1, 1, 1}));
    EXPECT_EQ(batch->row(1)[1], a);
    EXPECT_EQ(batch->rowMask(1)[0], 0);

    auto tooSmall = tokenizeBatch(s.tokenizer, texts, 1, right);
    ASSERT_FALSE(tooSmall);
    EXPECT_NE(tooSmall.status().message().find("max_length 1 leaves no room"), std::string::npos);
}

TEST(PromptTokenize, ReadsPaddingSideAndPadToken) {
    SmallTokenizer s;
    auto config = readPromptTokenizerConfig(s.files.dir(), s.tokenizer);  // no tokenizer_config.json
    ASSERT_TRUE(config) << config.status().message();
    EXPECT_EQ(config->paddingSide, PaddingSide::Right);
    EXPECT_EQ(config->padId, s.eos);

    s.files.write("tokenizer_config.json", {{"padding_side", "left"}, {"pad_token", {{"content", "<|endoftext|>"}}}});
    config = readPromptTokenizerConfig(s.files.dir(), s.tokenizer);
    ASSERT_TRUE(config) << config.status().message();
    EXPECT_EQ(config->paddingSide, PaddingSide::Left);
    EXPECT_EQ(config->padId, s.eos);

    s.files.write("tokenizer_config.json", {{"padding_side", "middle"}, {"pad_token", "<|endoftext|>"}});
    config = readPromptTokenizerConfig(s.files.dir(), s.tokenizer);
    ASSERT_FALSE(config);
    EXPECT_NE(config.status().message().find("padding_side"), std::string::npos) << config.status().message();

    s.files.write("tokenizer_config.json", {{"model_max_length", 32768}});
    config = readPromptTokenizerConfig(s.files.dir(), s.tokenizer);
    ASSERT_FALSE(config);
    EXPECT_NE(config.status().message().find("no pad_token"), std::string::npos) << config.status().message();

    s.files.write("special_tokens_map.json", {{"pad_token", "<|endoftext|>"}});
    config = readPromptTokenizerConfig(s.files.dir(), s.tokenizer);
    ASSERT_TRUE(config) << config.status().message();
    EXPECT_EQ(config->padId, s.eos);

    s.files.write("tokenizer_config.json", {{"pad_token", "<pad>"}});
    config = readPromptTokenizerConfig(s.files.dir(), s.tokenizer);
    ASSERT_FALSE(config);
    EXPECT_NE(config.status().message().find("\"<pad>\" is not in the tokenizer's vocabulary"), std::string::npos)
        << config.status().message();
}

}  // namespace
}  // namespace songloom
