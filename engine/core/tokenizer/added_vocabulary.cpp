#include "tokenizer/added_vocabulary.h"

#include "tokenizer/utf8.h"

#include <utf8proc.h>

#include <array>

namespace songloom::bpe {

// Byte trie over the token contents of one kind. Edges live in one hash map keyed by (node, byte); a
// table of possible first bytes lets most text positions be rejected without a lookup.
class AddedVocabulary::Trie {
public:
    void insert(std::string_view content, std::size_t tokenIndex) {
        std::uint32_t node = 0;
        for (char c : content) {
            const auto key = edgeKey(node, c);
            const auto it = edges_.find(key);
            if (it != edges_.end()) {
                node = it->second;
            } else {
                terminal_.push_back(kNone);
                const auto child = static_cast<std::uint32_t>(terminal_.size() - 1);
                edges_.emplace(key, child);
                node = child;
            }
        }
        // Two tokens with the same matching text: the first one listed wins, as the lower id.
        if (terminal_[node] == kNone) terminal_[node] = tokenIndex;
        firstByte_[static_cast<unsigned char>(content.front())] = true;
    }

    struct Match {
        std::size_t begin = 0, end = 0, tokenIndex = kNone;
    };

    // The leftmost match at or after `from`, the longest of those starting there.
    std::optional<Match> find(std::string_view text, std::size_t from) const {
        for (std::size_t pos = from; pos < text.size(); ++pos) {
            if (!firstByte_[static_cast<unsigned char>(text[pos])]) continue;
            std::uint32_t node = 0;
            Match best;
            for (std::size_t i = pos; i < text.size(); ++i) {
                const auto it = edges_.find(edgeKey(node, text[i]));
                if (it == edges_.end()) break;
                node = it->second;
                if (terminal_[node] != kNone) best = {pos, i + 1, terminal_[node]};
            }
            if (best.tokenIndex != kNone) return best;
        }
        return std::nullopt;
    }

    bool empty() const { return edges_.empty(); }

private:
    static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
    static std::uint64_t edgeKey(std::uint32_t node, char c) {
        return (std::uint64_t(node) << 8) | static_cast<unsigned char>(c);
    }
    std::unordered_map<std::uint64_t, std::uint32_t> edges_;
    std::vector<std::size_t> terminal_{kNone};  // per node: index of the token ending there
    std::array<bool, 256> firstByte_{};
};

namespace {

// Rust regex's Unicode \w, which HF's single_word test uses: letters, marks, decimal and letter numbers,
// connector punctuation and the joiners.
bool isWordChar(char32_t cp) {
    if (cp == 0x200C || cp == 0x200D) return true;
    switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_PC:
        return true;
    default:
        return false;
    }
}

}  // namespace

AddedVocabulary::AddedVocabulary() : raw_(std::make_unique<Trie>()), normalized_(std::make_unique<Trie>()) {}
AddedVocabulary::AddedVocabulary(AddedVocabulary&&) noexcept = default;
AddedVocabulary& AddedVocabulary::operator=(AddedVocabulary&&) noexcept = default;
AddedVocabulary::~AddedVocabulary() = default;

AddedVocabulary::AddedVocabulary(std::vector<AddedToken> tokens, const std::vector<std::string>& normalizedContents)
    : AddedVocabulary() {
    tokens_ = std::move(tokens);
    for (std::size_t i = 0; i < tokens_.size(); ++i) {
        const AddedToken& t = tokens_[i];
        byId_.emplace(t.id, i);
        byContent_.emplace(t.content, i);
        if (t.normalized) {
            if (!normalizedContents[i].empty()) normalized_->insert(normalizedContents[i], i);
        } else if (!t.content.empty()) {
            raw_->insert(t.content, i);
        }
    }
}

std::vector<Segment> AddedVocabulary::split(std::string_view text, bool normalizedTokens) const {
    const Trie& trie = normalizedTokens ? *normalized_ : *raw_;
    std::vector<Segment> out;
    std::size_t done = 0;  // end of the last emitted segment
    std::size_t from = 0;  // where the next search starts
    while (!trie.empty()) {
        const auto match = trie.find(text, from);
        if (!match) break;
        const AddedToken& token = tokens_[match->tokenIndex];
        std::size_t begin = match->begin, end = match->end;
        from = end;
        if (token.singleWord) {
            std::size_t before = begin, after = end;
            const bool wordBefore = begin > 0 && isWordChar(previousCodePoint(text, before));
            const bool wordAfter = end < text.size() && isWordChar(nextCodePoint(text, after));
            if (wordBefore || wordAfter) continue;  // HF discards the match and searches on after it
        }
        if (token.lstrip) {
            std::size_t cursor = begin;
            while (cursor > done) {
                std::size_t back = cursor;
                if (!isUnicodeWhiteSpace(previousCodePoint(text, back))) break;
                cursor = back;
            }
            begin = cursor;
        }
        if (token.rstrip) {
            while (end < text.size()) {
                std::size_t ahead = end;
                if (!isUnicodeWhiteSpace(nextCodePoint(text, ahead))) break;
                end = ahead;
            }
            // HF resumes the search at the unstripped end; only a token that starts with whitespace could
            // match in between, and we let the stripped whitespace belong to this token.
            from = end;
        }
        if (done < begin) out.push_back({done, begin, -1});
        out.push_back({begin, end, token.id});
        done = end;
    }
    if (done < text.size() || out.empty()) out.push_back({done, text.size(), -1});
    return out;
}

const AddedToken* AddedVocabulary::findById(std::int32_t id) const {
    const auto it = byId_.find(id);
    return it == byId_.end() ? nullptr : &tokens_[it->second];
}

const AddedToken* AddedVocabulary::findByContent(std::string_view content) const {
    const auto it = byContent_.find(std::string(content));
    return it == byContent_.end() ? nullptr : &tokens_[it->second];
}

}  // namespace songloom::bpe
