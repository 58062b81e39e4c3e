// vocab.json + merges.txt (+ added tokens) -> TokenizerSpec, the way transformers builds a fast
// Qwen2Tokenizer from these files: NFC, the Qwen2 split pattern, byte-level BPE, no post-processing
// (spec §3.1-3.2). The added tokens come from tokenizer_config.json ("added_tokens_decoder", with flags)
// or from added_tokens.json (content -> id; no flags, so none is set and nothing counts as special).
#include "tokenizer/json_fields.h"
#include "tokenizer/tokenizer_spec.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>

namespace songloom::bpe {
namespace {

Status readVocab(const std::filesystem::path& path, Vocab& vocab) {
    auto text = readTextFile(path);
    if (!text) return text.status();
    const std::string file = path.string();
    auto root = parseJson(*text, file);
    if (!root) return root.status();
    if (!root->is_object()) return jsonError(ErrorCode::Corrupt, file, "must be an object of token -> id");
    vocab.reserve(root->size());
    for (const auto& [token, id] : root->items()) {
        auto value = toInt32(id, fmt::format("{}: \"{}\"", file, token));
        if (!value) return value.status();
        vocab.emplace(token, *value);
    }
    return Status::ok();
}

Status readMerges(const std::filesystem::path& path, MergeList& merges) {
    auto text = readTextFile(path);
    if (!text) return text.status();
    const std::string file = path.string();
    std::string_view rest = *text;
    for (std::size_t lineNumber = 1; !rest.empty(); ++lineNumber) {
        const auto newline = rest.find('\n');
        std::string_view line = rest.substr(0, newline);
        rest = newline == std::string_view::npos ? std::string_view{} : rest.substr(newline + 1);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (lineNumber == 1 && line.starts_with("#version")) continue;
        if (line.empty() && rest.empty()) break;  // the newline that ends the file
        auto pair = parseMergeLine(line);
        if (!pair)
            return Status::error(
                ErrorCode::Corrupt,
                fmt::format("{}: line {}: \"{}\" is not two tokens separated by one space", file, lineNumber, line));
        merges.push_back(std::move(*pair));
    }
    return Status::ok();
}

Status readAddedTokens(const std::filesystem::path& path, std::vector<AddedToken>& tokens) {
    auto text = readTextFile(path);
    if (!text) return text.status();
    const std::string file = path.string();
    auto root = parseJson(*text, file);
    if (!root) return root.status();
    if (!root->is_object()) return jsonError(ErrorCode::Corrupt, file, "must be a JSON object");

    if (const auto decoder = root->find("added_tokens_decoder"); decoder != root->end()) {
        // tokenizer_config.json: {"151643": {"content": "<|endoftext|>", "special": true, ...}, ...}
        if (!decoder->is_object())
            return jsonError(ErrorCode::Corrupt, file + ": added_tokens_decoder", "must be an object");
        for (const auto& [key, entry] : decoder->items()) {
            const std::string where = fmt::format("{}: added_tokens_decoder[\"{}\"]", file, key);
            std::int32_t id = 0;
            const auto [end, ec] = std::from_chars(key.data(), key.data() + key.size(), id);
            if (ec != std::errc{} || end != key.data() + key.size() || id < 0)
                return jsonError(ErrorCode::Corrupt, where, "key must be a token id");
            auto token = parseAddedToken(entry, id, where);
            if (!token) return token.status();
            tokens.push_back(std::move(*token));
        }
    } else if (root->contains("added_tokens") || root->contains("model")) {
        return jsonError(ErrorCode::InvalidArgument, file, "is a tokenizer.json; load it with fromTokenizerJson");
    } else {
        // added_tokens.json: {"<|endoftext|>": 151643, ...}
        for (const auto& [content, id] : root->items()) {
            auto value = toInt32(id, fmt::format("{}: \"{}\"", file, content));
            if (!value) return value.status();
            AddedToken token;
            token.id = *value;
            token.content = content;
            tokens.push_back(std::move(token));
        }
    }
    // Matching prefers the lower id when two tokens read alike; keep the id order the files imply.
    std::stable_sort(tokens.begin(), tokens.end(),
                     [](const AddedToken& a, const AddedToken& b) { return a.id < b.id; });
    return Status::ok();
}

}  // namespace

Result<TokenizerSpec> loadVocabMerges(const std::filesystem::path& vocabJson, const std::filesystem::path& mergesTxt,
                                      const std::filesystem::path& addedTokens) {
    TokenizerSpec spec;
    spec.source = fmt::format("{} + {}", vocabJson.string(), mergesTxt.string());
    spec.nfc = true;
    spec.splitPattern = std::string(kQwen2SplitPattern);
    if (Status s = readVocab(vocabJson, spec.vocab); !s) return s;
    if (Status s = readMerges(mergesTxt, spec.merges); !s) return s;
    if (!addedTokens.empty()) {
        if (Status s = readAddedTokens(addedTokens, spec.addedTokens); !s) return s;
        spec.source += " + " + addedTokens.string();
    }
    if (Status s = checkAddedTokens(spec); !s) return s;
    return spec;
}

}  // namespace songloom::bpe
