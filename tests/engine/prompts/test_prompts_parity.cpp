// Parity of the prompt builders with diffusers 0.40.0 (tests/parity/gen/prompts.py): for every case the
// caption and lyric prompt strings and the batched ids and attention masks that AceStepPipeline.encode_prompt
// got from the real Qwen3 tokenizer (transformers) must come out of our code exactly.
#include "songloom/prompts.h"
#include "songloom/tokenizer.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>

namespace songloom {
namespace {

namespace fs = std::filesystem;
const fs::path kData = fs::path(SONGLOOM_BINARY_DIR) / "parity-data" / "prompts";

std::vector<std::string> strings(const nlohmann::json& j) { return j.get<std::vector<std::string>>(); }

// The expected [B][L] lists flattened row-major, as TokenBatch keeps them.
template <class T>
std::vector<T> flat(const nlohmann::json& rows) {
    std::vector<T> out;
    for (const auto& row : rows) {
        for (const auto& v : row) out.push_back(v.get<T>());
    }
    return out;
}

PromptRequest requestOf(const nlohmann::json& c) {
    PromptRequest r;
    r.task = parseTaskType(c["task"].get<std::string>()).value();
    if (c.contains("track")) r.trackName = c["track"];
    if (c.contains("classes")) r.completeTrackClasses = strings(c["classes"]);
    if (c.contains("instruction")) r.instruction = c["instruction"].get<std::string>();
    if (c.contains("bpm")) r.metas.bpm = c["bpm"].get<int>();
    if (c.contains("timesignature")) r.metas.timeSignature = c["timesignature"];
    if (c.contains("keyscale")) r.metas.keyScale = c["keyscale"];
    r.metas.durationSeconds = c["duration"].get<double>();
    r.captions = strings(c["captions"]);
    r.lyrics = strings(c["lyrics"]);
    r.languages = strings(c["languages"]);
    return r;
}

TEST(PromptParity, MatchesDiffusersStringsIdsAndMasks) {
    std::ifstream in(kData / "cases.json");
    ASSERT_TRUE(in) << kData / "cases.json" << " is missing: run the parity_data_prompts fixture (ctest -L parity)";
    const nlohmann::json data = nlohmann::json::parse(in);

    struct Side {
        Tokenizer tokenizer;
        PromptTokenizerConfig config;
    };
    std::map<std::string, Side> sides;
    for (const char* side : {"right", "left"}) {
        const fs::path folder = data[std::string("tokenizer_") + side].get<std::string>();
        auto tok = Tokenizer::fromTokenizerJson(folder / "tokenizer.json");
        ASSERT_TRUE(tok) << tok.status().message();
        auto config = readPromptTokenizerConfig(folder, *tok);
        ASSERT_TRUE(config) << config.status().message();
        EXPECT_EQ(config->paddingSide, std::string(side) == "left" ? PaddingSide::Left : PaddingSide::Right) << folder;
        EXPECT_EQ(config->padId, 151643);
        sides.emplace(side, Side{std::move(*tok), *config});
    }

    std::size_t total = 0, stringMatches = 0, idMatches = 0;
    for (const auto& entry : data["cases"]) {
        const nlohmann::json& c = entry["case"];
        const nlohmann::json& want = entry["expected"];
        const std::string name = c["name"];
        SCOPED_TRACE(name);
        ++total;
        auto texts = buildPrompts(requestOf(c));
        ASSERT_TRUE(texts) << texts.status().message();
        const bool stringsEqual =
            texts->captions == strings(want["caption_texts"]) && texts->lyrics == strings(want["lyric_texts"]);
        EXPECT_EQ(texts->captions, strings(want["caption_texts"]));
        EXPECT_EQ(texts->lyrics, strings(want["lyric_texts"]));

        const Side& side = sides.at(c["side"].get<std::string>());
        auto encoded = tokenizePrompts(side.tokenizer, side.config, *texts);
        ASSERT_TRUE(encoded) << encoded.status().message();
        const std::size_t batch = want["caption_ids"].size();
        EXPECT_EQ(encoded->caption.batch, batch);
        EXPECT_EQ(encoded->caption.length, want["caption_ids"][0].size());
        EXPECT_EQ(encoded->lyric.length, want["lyric_ids"][0].size());
        const bool idsEqual = encoded->caption.ids == flat<std::int32_t>(want["caption_ids"]) &&
                              encoded->caption.mask == flat<std::uint8_t>(want["caption_mask"]) &&
                              encoded->lyric.ids == flat<std::int32_t>(want["lyric_ids"]) &&
                              encoded->lyric.mask == flat<std::uint8_t>(want["lyric_mask"]);
        EXPECT_TRUE(idsEqual) << "ids or masks differ";
        stringMatches += stringsEqual;
        idMatches += idsEqual;
    }
    std::printf("[prompt parity] %zu cases: %zu exact string matches, %zu exact id+mask matches\n", total,
                stringMatches, idMatches);
    EXPECT_GE(total, 50u);
    EXPECT_EQ(stringMatches, total);
    EXPECT_EQ(idMatches, total);
}

}  // namespace
}  // namespace songloom
