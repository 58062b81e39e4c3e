// The BPE model of a byte-level tokenizer (spec §3.2 step 5): a vocabulary of byte-level token texts and
// ranked merges. Works on raw bytes: byte b starts as the token whose text is the GPT-2 code point of b
// (byte_level.h), then adjacent pairs merge lowest rank first, leftmost first among equal ranks.
#pragma once

#include "songloom/status.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace songloom::bpe {

// Hash for string-keyed maps that are looked up with string_views (no temporary std::string).
struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};

using Vocab = std::unordered_map<std::string, std::int32_t, StringHash, std::equal_to<>>;  // byte-level text -> id
using MergeList = std::vector<std::pair<std::string, std::string>>;                        // in rank order

// Splits a merge written as one string, "left right" (merges.txt and older tokenizer.json files):
// exactly two non-empty parts around a single space, else nullopt.
std::optional<std::pair<std::string, std::string>> parseMergeLine(std::string_view line);

class BpeModel {
public:
    // Checks that ids are unique and non-negative and that every merge names two vocabulary tokens
    // whose concatenation is a vocabulary token. `source` names the file in error messages. As in HF,
    // a pair listed twice keeps its later rank.
    static Result<BpeModel> build(Vocab vocab, const MergeList& merges, std::string_view source);

    // Appends the ids of `piece` (raw bytes). Bytes whose byte-level character is not in the vocabulary
    // are dropped, as HF's BPE does without an unknown token.
    void tokenize(std::string_view piece, std::vector<std::int32_t>& out) const;

    std::optional<std::int32_t> tokenToId(std::string_view token) const;
    const std::string* idToToken(std::int32_t id) const;  // nullptr for an id outside the vocabulary
    std::size_t size() const { return vocab_.size(); }
    std::int32_t maxId() const { return static_cast<std::int32_t>(idToToken_.size()) - 1; }

    BpeModel(BpeModel&&) noexcept;
    BpeModel& operator=(BpeModel&&) noexcept;
    ~BpeModel();

private:
    struct Merge {
        std::int32_t rank;
        std::int32_t id;
    };
    struct Cache;

    BpeModel();
    static std::uint64_t pairKey(std::int32_t left, std::int32_t right) {
        return (std::uint64_t(std::uint32_t(left)) << 32) | std::uint32_t(right);
    }
    const Merge* findMerge(std::int32_t left, std::int32_t right) const;
    void mergeSymbols(std::vector<std::int32_t>& symbols) const;

    Vocab vocab_;
    std::vector<std::string> idToToken_;  // "" where no token has the id
    std::vector<bool> hasId_;
    std::unordered_map<std::uint64_t, Merge> merges_;
    std::int32_t byteIds_[256];  // id of each byte's one-character token, -1 when absent
    std::unique_ptr<Cache> cache_;
};

}  // namespace songloom::bpe
