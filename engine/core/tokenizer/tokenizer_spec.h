// What a tokenizer file says, once parsed and checked: the input to building a Tokenizer. Both loaders
// (tokenizer.json; vocab.json + merges.txt) produce one, so the encode path has a single definition.
#pragma once

#include "songloom/status.h"
#include "tokenizer/added_vocabulary.h"
#include "tokenizer/bpe_model.h"

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace songloom::bpe {

// The Qwen2 pre-tokenizer pattern (spec §3.2 step 3), in HF (Oniguruma) syntax. vocab.json + merges.txt
// carry no pre-tokenizer: Qwen2Tokenizer defines this one.
inline constexpr std::string_view kQwen2SplitPattern =
    R"((?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+)";

struct TokenizerSpec {
    std::string source;                       // file name(s), for messages
    bool nfc = false;                         // normalizer: NFC or none
    std::optional<std::string> splitPattern;  // Split pre-tokenizer before ByteLevel; none = whole pieces
    Vocab vocab;
    MergeList merges;
    std::vector<AddedToken> addedTokens;
    std::vector<std::int32_t> prefix;  // post-processor (TemplateProcessing, single sequence):
    std::vector<std::int32_t> suffix;  // ids around the sequence when special tokens are added
};

Result<TokenizerSpec> loadTokenizerJson(const std::filesystem::path& path);
Result<TokenizerSpec> loadVocabMerges(const std::filesystem::path& vocabJson, const std::filesystem::path& mergesTxt,
                                      const std::filesystem::path& addedTokens);

// One added token's flags and content from `object` ({"content": ..., "special": ..., ...}); `id` comes
// from the caller because tokenizer.json and tokenizer_config.json keep it in different places.
Result<AddedToken> parseAddedToken(const nlohmann::json& object, std::int32_t id, std::string_view where);

// Checks added tokens against the vocabulary: unique ids, non-empty contents, and a content that is
// also a vocabulary token keeps that token's id (HF gives it that id whatever the file says).
Status checkAddedTokens(const TokenizerSpec& spec);

// Reads a whole file; NotFound / Io statuses name the file.
Result<std::string> readTextFile(const std::filesystem::path& path);

}  // namespace songloom::bpe
