#include "tokenizer/bpe_model.h"

#include "tokenizer/byte_level.h"

#include <fmt/format.h>

#include <algorithm>
#include <mutex>
#include <queue>

namespace songloom::bpe {

// Finished words by their bytes. Text repeats words a lot, so most pieces skip the merge loop. Bounded:
// once full it stops growing (entries are never evicted, so a hit never has to be re-validated).
struct BpeModel::Cache {
    static constexpr std::size_t kMaxEntries = 1 << 16;
    static constexpr std::size_t kMaxWordBytes = 256;
    std::mutex mutex;
    std::unordered_map<std::string, std::vector<std::int32_t>, StringHash, std::equal_to<>> words;
};

namespace {
constexpr std::int32_t kMaxTokenId = (1 << 24) - 1;  // far above any real vocabulary; bounds the id table
}

std::optional<std::pair<std::string, std::string>> parseMergeLine(std::string_view line) {
    const auto space = line.find(' ');
    if (space == std::string_view::npos || space == 0 || space + 1 == line.size()) return std::nullopt;
    if (line.find(' ', space + 1) != std::string_view::npos) return std::nullopt;
    return std::pair{std::string(line.substr(0, space)), std::string(line.substr(space + 1))};
}

BpeModel::BpeModel() : cache_(std::make_unique<Cache>()) { std::fill(std::begin(byteIds_), std::end(byteIds_), -1); }
BpeModel::BpeModel(BpeModel&&) noexcept = default;
BpeModel& BpeModel::operator=(BpeModel&&) noexcept = default;
BpeModel::~BpeModel() = default;

Result<BpeModel> BpeModel::build(Vocab vocab, const MergeList& merges, std::string_view source) {
    BpeModel model;
    std::int32_t maxId = -1;
    for (const auto& [token, id] : vocab) {
        if (id < 0 || id > kMaxTokenId)
            return Status::error(ErrorCode::Corrupt, fmt::format("{}: vocabulary token \"{}\" has id {}, allowed 0..{}",
                                                                 source, token, id, kMaxTokenId));
        maxId = std::max(maxId, id);
    }
    model.idToToken_.resize(static_cast<std::size_t>(maxId + 1));
    model.hasId_.assign(static_cast<std::size_t>(maxId + 1), false);
    for (const auto& [token, id] : vocab) {
        if (model.hasId_[id])
            return Status::error(ErrorCode::Corrupt, fmt::format("{}: vocabulary tokens \"{}\" and \"{}\" share id {}",
                                                                 source, model.idToToken_[id], token, id));
        model.hasId_[id] = true;
        model.idToToken_[id] = token;
    }
    model.vocab_ = std::move(vocab);

    for (unsigned b = 0; b < 256; ++b) {
        const auto it = model.vocab_.find(bytesToByteLevel(std::string_view(reinterpret_cast<const char*>(&b), 1)));
        if (it != model.vocab_.end()) model.byteIds_[b] = it->second;
    }

    model.merges_.reserve(merges.size());
    for (std::size_t rank = 0; rank < merges.size(); ++rank) {
        const auto& [left, right] = merges[rank];
        const auto l = model.vocab_.find(left);
        const auto r = model.vocab_.find(right);
        if (l == model.vocab_.end() || r == model.vocab_.end())
            return Status::error(ErrorCode::Corrupt,
                                 fmt::format("{}: merge {} (\"{} {}\") names \"{}\", which is not in the vocabulary",
                                             source, rank, left, right, l == model.vocab_.end() ? left : right));
        const auto merged = model.vocab_.find(left + right);
        if (merged == model.vocab_.end())
            return Status::error(ErrorCode::Corrupt,
                                 fmt::format("{}: merge {} (\"{} {}\") makes \"{}\", which is not in the vocabulary",
                                             source, rank, left, right, left + right));
        model.merges_[pairKey(l->second, r->second)] = Merge{static_cast<std::int32_t>(rank), merged->second};
    }
    return model;
}

const BpeModel::Merge* BpeModel::findMerge(std::int32_t left, std::int32_t right) const {
    const auto it = merges_.find(pairKey(left, right));
    return it == merges_.end() ? nullptr : &it->second;
}

// Lowest rank first, then leftmost (the position of the pair's left symbol in the original word): the
// order in which HF's BPE applies merges. Stale candidates are dropped when popped: a candidate is still
// valid when the symbols now at its place merge into the same token.
void BpeModel::mergeSymbols(std::vector<std::int32_t>& symbols) const {
    const auto n = static_cast<std::int32_t>(symbols.size());
    struct Candidate {
        std::int32_t rank, pos, id;
        bool operator>(const Candidate& o) const { return rank != o.rank ? rank > o.rank : pos > o.pos; }
    };
    std::vector<std::int32_t> next(symbols.size()), prev(symbols.size());
    std::vector<Candidate> storage;
    storage.reserve(symbols.size());
    std::priority_queue<Candidate, std::vector<Candidate>, std::greater<>> queue(std::greater<>{}, std::move(storage));
    for (std::int32_t i = 0; i < n; ++i) {
        next[i] = i + 1 < n ? i + 1 : -1;
        prev[i] = i - 1;
        if (i + 1 < n)
            if (const Merge* m = findMerge(symbols[i], symbols[i + 1])) queue.push({m->rank, i, m->id});
    }
    constexpr std::int32_t kGone = -1;
    while (!queue.empty()) {
        const Candidate c = queue.top();
        queue.pop();
        if (symbols[c.pos] == kGone || next[c.pos] < 0) continue;
        const std::int32_t right = next[c.pos];
        const Merge* m = findMerge(symbols[c.pos], symbols[right]);
        if (m == nullptr || m->id != c.id) continue;

        symbols[c.pos] = c.id;
        symbols[right] = kGone;
        next[c.pos] = next[right];
        if (next[right] >= 0) prev[next[right]] = c.pos;

        if (prev[c.pos] >= 0)
            if (const Merge* l = findMerge(symbols[prev[c.pos]], c.id)) queue.push({l->rank, prev[c.pos], l->id});
        if (next[c.pos] >= 0)
            if (const Merge* r = findMerge(c.id, symbols[next[c.pos]])) queue.push({r->rank, c.pos, r->id});
    }
    symbols.erase(std::remove(symbols.begin(), symbols.end(), kGone), symbols.end());
}

void BpeModel::tokenize(std::string_view piece, std::vector<std::int32_t>& out) const {
    const bool cacheable = piece.size() <= Cache::kMaxWordBytes;
    if (cacheable) {
        std::lock_guard lock(cache_->mutex);
        const auto it = cache_->words.find(piece);
        if (it != cache_->words.end()) {
            out.insert(out.end(), it->second.begin(), it->second.end());
            return;
        }
    }
    std::vector<std::int32_t> symbols;
    symbols.reserve(piece.size());
    for (char c : piece) {
        const std::int32_t id = byteIds_[static_cast<unsigned char>(c)];
        if (id >= 0) symbols.push_back(id);
    }
    if (symbols.size() > 1) mergeSymbols(symbols);
    out.insert(out.end(), symbols.begin(), symbols.end());
    if (cacheable) {
        std::lock_guard lock(cache_->mutex);
        if (cache_->words.size() < Cache::kMaxEntries) cache_->words.emplace(std::string(piece), std::move(symbols));
    }
}

std::optional<std::int32_t> BpeModel::tokenToId(std::string_view token) const {
    const auto it = vocab_.find(token);
    if (it == vocab_.end()) return std::nullopt;
    return it->second;
}

const std::string* BpeModel::idToToken(std::int32_t id) const {
    if (id < 0 || id >= static_cast<std::int32_t>(idToToken_.size()) || !hasId_[id]) return nullptr;
    return &idToToken_[id];
}

}  // namespace songloom::bpe
