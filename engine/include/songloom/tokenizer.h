// Byte-level BPE tokenizer for the Qwen2/Qwen3 tokenizers that ACE-Step uses (text encoder and 5 Hz LM).
// Produces the same ids as Hugging Face `tokenizers` on the same files (spec engine-spec-vae-text-lm.md §3):
// added tokens are cut out first, the rest is NFC-normalised, split with the Qwen2 pattern (PCRE2),
// mapped to GPT-2 byte characters and merged by rank; the file's post-processor then adds its tokens
// (Qwen3-Embedding appends <|endoftext|>, the LM adds nothing). Torch-free.
#pragma once

#include "songloom/status.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace songloom {

namespace bpe {
struct TokenizerSpec;
}

class Tokenizer {
public:
    // From a `tokenizer.json`. Reads the model (BPE vocab + merges in either spelling), added tokens and
    // their flags, normalizer (NFC or none), pre-tokenizer (Split regex + ByteLevel), post-processor
    // (TemplateProcessing, ByteLevel or none) and decoder (ByteLevel). Malformed files give Corrupt,
    // stages this tokenizer does not implement give Unsupported; messages name the file and the member.
    static Result<Tokenizer> fromTokenizerJson(const std::filesystem::path& path);

    // From Qwen2-style `vocab.json` + `merges.txt`, with NFC and the Qwen2 split pattern (what
    // Qwen2Tokenizer defines) and no post-processing. `addedTokens` (optional) is a tokenizer_config.json
    // (its added_tokens_decoder, flags included) or an added_tokens.json (content -> id, no flags).
    static Result<Tokenizer> fromVocabMerges(const std::filesystem::path& vocabJson,
                                             const std::filesystem::path& mergesTxt,
                                             const std::filesystem::path& addedTokens = {});

    // Token ids of `text`. `addSpecial` applies the post-processor (e.g. the appended <|endoftext|>);
    // added tokens written in the text are recognised either way. Text that is not valid UTF-8 is
    // repaired first: each maximal ill-formed byte sequence becomes U+FFFD, exactly what HF gives for
    // `bytes.decode("utf-8", "replace")` of the same bytes. Thread-safe.
    std::vector<std::int32_t> encode(std::string_view text, bool addSpecial = true) const;

    // Text of `ids`: token bytes concatenated and read as UTF-8 (ill-formed sequences -> U+FFFD), added
    // tokens as their text. `skipSpecial` drops added tokens marked special; unknown ids are skipped.
    std::string decode(std::span<const std::int32_t> ids, bool skipSpecial = false) const;

    // The post-processor alone, for callers that truncate first (spec §4.3: the caption prompt is cut
    // to 256 tokens with room kept for the appended EOS): postProcess(truncate(encode(x, false))).
    std::vector<std::int32_t> postProcess(std::vector<std::int32_t> ids) const;
    std::size_t numSpecialTokensToAdd() const;

    // Id of a vocabulary or added token given as its stored text (byte-level text for vocabulary
    // tokens, e.g. "Ġthe"); -1 when there is none.
    std::int32_t tokenToId(std::string_view token) const;
    // Stored text of an id; empty when the id is unknown.
    std::string idToToken(std::int32_t id) const;
    bool isSpecial(std::int32_t id) const;

    // Highest id + 1: the embedding rows a model needs (151669 for Qwen3-Embedding, 217204 for the LM).
    std::size_t vocabSize() const;

private:
    struct Impl;
    explicit Tokenizer(std::shared_ptr<const Impl> impl);
    static Result<Tokenizer> fromSpec(bpe::TokenizerSpec spec);
    std::shared_ptr<const Impl> impl_;
};

}  // namespace songloom
