// Tokenizer: the encode / decode pipeline over the parts in this folder (spec §3.2).
#include "songloom/tokenizer.h"

#include "tokenizer/added_vocabulary.h"
#include "tokenizer/bpe_model.h"
#include "tokenizer/byte_level.h"
#include "tokenizer/nfc.h"
#include "tokenizer/regex_split.h"
#include "tokenizer/tokenizer_spec.h"
#include "tokenizer/utf8.h"

#include <algorithm>
#include <optional>

namespace songloom {

struct Tokenizer::Impl {
    bool nfc = false;
    std::optional<bpe::RegexSplitter> splitter;
    bpe::BpeModel model;
    bpe::AddedVocabulary added;
    std::vector<std::int32_t> prefix, suffix;
    std::vector<std::string> decodedVocab;  // per vocabulary id: the bytes decode emits
    std::size_t vocabSize = 0;

    explicit Impl(bpe::BpeModel m) : model(std::move(m)) {}

    std::string normalize(std::string_view text) const { return nfc ? bpe::toNfc(text) : std::string(text); }

    // Step 3 and 5 of spec §3.2 on a normalised stretch without added tokens: split, then BPE each piece.
    void encodePlain(std::string_view text, std::vector<std::int32_t>& ids) const {
        if (text.empty()) return;
        if (!splitter) {
            model.tokenize(text, ids);
            return;
        }
        std::vector<std::string_view> pieces;
        splitter->split(text, pieces);
        for (std::string_view piece : pieces) model.tokenize(piece, ids);
    }
};

namespace {

// HF's ByteLevel decoder: a token whose characters are all in the byte table yields those bytes; any
// other token (e.g. an added token with a space in it) yields its own UTF-8.
std::string decodedBytes(const std::string& token) {
    auto bytes = bpe::byteLevelToBytes(token);
    return bytes ? std::move(*bytes) : token;
}

}  // namespace

Tokenizer::Tokenizer(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}

Result<Tokenizer> Tokenizer::fromTokenizerJson(const std::filesystem::path& path) {
    auto spec = bpe::loadTokenizerJson(path);
    if (!spec) return spec.status();
    return fromSpec(std::move(*spec));
}

Result<Tokenizer> Tokenizer::fromVocabMerges(const std::filesystem::path& vocabJson,
                                             const std::filesystem::path& mergesTxt,
                                             const std::filesystem::path& addedTokens) {
    auto spec = bpe::loadVocabMerges(vocabJson, mergesTxt, addedTokens);
    if (!spec) return spec.status();
    return fromSpec(std::move(*spec));
}

Result<Tokenizer> Tokenizer::fromSpec(bpe::TokenizerSpec spec) {
    std::optional<bpe::RegexSplitter> splitter;
    if (spec.splitPattern) {
        auto compiled = bpe::RegexSplitter::compile(*spec.splitPattern, spec.source);
        if (!compiled) return compiled.status();
        splitter.emplace(std::move(*compiled));
    }
    auto model = bpe::BpeModel::build(std::move(spec.vocab), spec.merges, spec.source);
    if (!model) return model.status();

    auto impl = std::make_shared<Impl>(std::move(*model));
    impl->nfc = spec.nfc;
    impl->splitter = std::move(splitter);
    impl->prefix = std::move(spec.prefix);
    impl->suffix = std::move(spec.suffix);

    // Normalized added tokens are looked for in normalised text, so their contents are normalised too.
    std::vector<std::string> normalizedContents;
    normalizedContents.reserve(spec.addedTokens.size());
    std::int32_t maxId = impl->model.maxId();
    for (const auto& token : spec.addedTokens) {
        normalizedContents.push_back(token.normalized ? impl->normalize(token.content) : std::string());
        maxId = std::max(maxId, token.id);
    }
    impl->added = bpe::AddedVocabulary(std::move(spec.addedTokens), normalizedContents);
    impl->vocabSize = static_cast<std::size_t>(maxId + 1);

    impl->decodedVocab.resize(static_cast<std::size_t>(impl->model.maxId() + 1));
    for (std::int32_t id = 0; id <= impl->model.maxId(); ++id)
        if (const std::string* token = impl->model.idToToken(id)) impl->decodedVocab[id] = decodedBytes(*token);
    return Tokenizer(std::move(impl));
}

std::vector<std::int32_t> Tokenizer::encode(std::string_view text, bool addSpecial) const {
    const Impl& t = *impl_;
    std::string repaired;
    if (!bpe::isValidUtf8(text)) {
        bpe::appendUtf8Lossy(text, repaired);
        text = repaired;
    }
    std::vector<std::int32_t> ids;
    ids.reserve(text.size() / 3 + 4);
    // Spec §3.2 step 1, as HF does it: raw added tokens are cut from the input, the rest is normalised,
    // then normalized added tokens are cut from the normalised text.
    for (const bpe::Segment& raw : t.added.split(text, false)) {
        if (raw.id >= 0) {
            ids.push_back(raw.id);
            continue;
        }
        const std::string normalized = t.normalize(text.substr(raw.begin, raw.end - raw.begin));
        for (const bpe::Segment& seg : t.added.split(normalized, true)) {
            if (seg.id >= 0)
                ids.push_back(seg.id);
            else
                t.encodePlain(std::string_view(normalized).substr(seg.begin, seg.end - seg.begin), ids);
        }
    }
    return addSpecial ? postProcess(std::move(ids)) : ids;
}

std::vector<std::int32_t> Tokenizer::postProcess(std::vector<std::int32_t> ids) const {
    const Impl& t = *impl_;
    if (t.prefix.empty() && t.suffix.empty()) return ids;
    std::vector<std::int32_t> out;
    out.reserve(t.prefix.size() + ids.size() + t.suffix.size());
    out.insert(out.end(), t.prefix.begin(), t.prefix.end());
    out.insert(out.end(), ids.begin(), ids.end());
    out.insert(out.end(), t.suffix.begin(), t.suffix.end());
    return out;
}

std::size_t Tokenizer::numSpecialTokensToAdd() const { return impl_->prefix.size() + impl_->suffix.size(); }

std::string Tokenizer::decode(std::span<const std::int32_t> ids, bool skipSpecial) const {
    const Impl& t = *impl_;
    std::string bytes;
    for (const std::int32_t id : ids) {
        // Added tokens take precedence over a vocabulary entry with the same id, as in HF.
        if (const bpe::AddedToken* added = t.added.findById(id)) {
            if (!(skipSpecial && added->special)) bytes += decodedBytes(added->content);
        } else if (id >= 0 && static_cast<std::size_t>(id) < t.decodedVocab.size() && t.model.idToToken(id)) {
            bytes += t.decodedVocab[id];
        }
    }
    if (bpe::isValidUtf8(bytes)) return bytes;
    std::string text;
    bpe::appendUtf8Lossy(bytes, text);
    return text;
}

std::int32_t Tokenizer::tokenToId(std::string_view token) const {
    if (const bpe::AddedToken* added = impl_->added.findByContent(token)) return added->id;
    return impl_->model.tokenToId(token).value_or(-1);
}

std::string Tokenizer::idToToken(std::int32_t id) const {
    if (const bpe::AddedToken* added = impl_->added.findById(id)) return added->content;
    const std::string* token = impl_->model.idToToken(id);
    return token ? *token : std::string();
}

bool Tokenizer::isSpecial(std::int32_t id) const {
    const bpe::AddedToken* added = impl_->added.findById(id);
    return added != nullptr && added->special;
}

std::size_t Tokenizer::vocabSize() const { return impl_->vocabSize; }

}  // namespace songloom
