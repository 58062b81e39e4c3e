// Added tokens (spec §3.2 step 1): strings such as <|endoftext|>, <think> or <|audio_code_7|> that map
// straight to one id and are cut out of the text before normalisation and BPE. Matching follows HF
// `tokenizers`: leftmost match, longest among those starting there; then the token's flags.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace songloom::bpe {

struct AddedToken {
    std::int32_t id = -1;
    std::string content;
    bool singleWord = false;  // match only where no word character touches either end
    bool lstrip = false;      // the match swallows the whitespace before it
    bool rstrip = false;      // the match swallows the whitespace after it
    bool normalized = false;  // matched in normalised text (after NFC) instead of the raw input
    bool special = false;     // dropped by decode(skipSpecial = true)
};

// A stretch of text: an added token (id >= 0) or plain text still to be tokenized (id == -1).
struct Segment {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::int32_t id = -1;
};

class AddedVocabulary {
public:
    AddedVocabulary();
    // `normalizedContents[i]` is the content of tokens[i] as it appears in normalised text (NFC of the
    // content for normalized tokens; ignored for the others).
    AddedVocabulary(std::vector<AddedToken> tokens, const std::vector<std::string>& normalizedContents);
    AddedVocabulary(AddedVocabulary&&) noexcept;
    AddedVocabulary& operator=(AddedVocabulary&&) noexcept;
    ~AddedVocabulary();

    // Splits valid UTF-8 `text` on the tokens whose `normalized` flag equals `normalizedTokens`: HF
    // matches the raw tokens in the input first, then the normalized ones in each normalised remainder.
    std::vector<Segment> split(std::string_view text, bool normalizedTokens) const;

    const AddedToken* findById(std::int32_t id) const;
    const AddedToken* findByContent(std::string_view content) const;
    const std::vector<AddedToken>& tokens() const { return tokens_; }

private:
    class Trie;
    std::vector<AddedToken> tokens_;
    std::unordered_map<std::int32_t, std::size_t> byId_;
    std::unordered_map<std::string, std::size_t> byContent_;
    std::unique_ptr<Trie> raw_;
    std::unique_ptr<Trie> normalized_;
};

}  // namespace songloom::bpe
