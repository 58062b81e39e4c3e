// Batched tokenisation as transformers' fast tokenizer does it for
// tokenizer(texts, padding="longest", truncation=True, max_length=N) (engine-spec-diffusers 2.3):
// truncation on the right to N minus the post-processor's tokens, post-processing, padding to the
// longest row on the configured side with the pad token, attention mask 1 for real tokens.
#include "songloom/prompts.h"
#include "songloom/tokenizer.h"

#include "tokenizer/json_fields.h"
#include "tokenizer/tokenizer_spec.h"

#include <fmt/format.h>

#include <algorithm>

namespace songloom {

namespace fs = std::filesystem;

namespace {

// pad_token as transformers stores it: a string, or an AddedToken object {"content": ...}.
Result<std::optional<std::string>> tokenText(const nlohmann::json& object, const char* key, std::string_view where) {
    const nlohmann::json* value = bpe::optionalMember(object, key);
    if (value == nullptr) return std::optional<std::string>();
    if (value->is_string()) return std::optional<std::string>(value->get<std::string>());
    if (value->is_object()) {
        auto content = bpe::requiredString(*value, "content", fmt::format("{}.{}", where, key));
        if (!content) return content.status();
        return std::optional<std::string>(*content);
    }
    return bpe::jsonError(ErrorCode::Corrupt, fmt::format("{}.{}", where, key), "must be a string or {\"content\": ...}");
}

Result<std::optional<nlohmann::json>> readOptionalJson(const fs::path& path) {
    std::error_code ec;
    if (!fs::exists(path, ec)) return std::optional<nlohmann::json>();
    auto text = bpe::readTextFile(path);
    if (!text) return text.status();
    auto json = bpe::parseJson(*text, path.string());
    if (!json) return json.status();
    if (!json->is_object()) {
        return Status::error(ErrorCode::Corrupt, fmt::format("{}: expected a JSON object", path.string()));
    }
    return std::optional<nlohmann::json>(std::move(*json));
}

}  // namespace

Result<PromptTokenizerConfig> readPromptTokenizerConfig(const fs::path& folder, const Tokenizer& tokenizer) {
    PromptTokenizerConfig config;
    const fs::path configPath = folder / "tokenizer_config.json";
    auto configJson = readOptionalJson(configPath);
    if (!configJson) return configJson.status();
    std::optional<std::string> pad;
    std::string padSource = "the default <|endoftext|>";
    if (*configJson) {
        const nlohmann::json& c = **configJson;
        const std::string where = configPath.string();
        if (const nlohmann::json* side = bpe::optionalMember(c, "padding_side")) {
            if (*side == "right") {
                config.paddingSide = PaddingSide::Right;
            } else if (*side == "left") {
                config.paddingSide = PaddingSide::Left;
            } else {
                return bpe::jsonError(ErrorCode::Corrupt, where + ": padding_side",
                                      fmt::format("must be \"left\" or \"right\", found {}", side->dump()));
            }
        }
        auto text = tokenText(c, "pad_token", where);
        if (!text) return text.status();
        if (*text) {
            pad = *text;
            padSource = where + ": pad_token";
        }
    }
    if (!pad) {
        const fs::path mapPath = folder / "special_tokens_map.json";
        auto map = readOptionalJson(mapPath);
        if (!map) return map.status();
        if (*map) {
            auto text = tokenText(**map, "pad_token", mapPath.string());
            if (!text) return text.status();
            if (*text) {
                pad = *text;
                padSource = mapPath.string() + ": pad_token";
            }
        }
    }
    if (!pad) {
        if (*configJson) {
            // transformers refuses to pad without a pad token; so do we.
            return Status::error(ErrorCode::Corrupt,
                                 fmt::format("{}: no pad_token (nor in special_tokens_map.json); padding a batch needs one "
                                             "(Qwen3 uses \"<|endoftext|>\")", configPath.string()));
        }
        pad = "<|endoftext|>";
    }
    const std::int32_t id = tokenizer.tokenToId(*pad);
    if (id < 0) {
        return Status::error(ErrorCode::Corrupt,
                             fmt::format("{}: the pad token \"{}\" is not in the tokenizer's vocabulary", padSource, *pad));
    }
    config.padId = id;
    return config;
}

Result<TokenBatch> tokenizeBatch(const Tokenizer& tokenizer, std::span<const std::string> texts, std::size_t maxLength,
                                 const PromptTokenizerConfig& config) {
    const std::size_t added = tokenizer.numSpecialTokensToAdd();
    if (maxLength <= added) {
        return Status::error(ErrorCode::InvalidArgument,
                             fmt::format("max_length {} leaves no room for text: the tokenizer adds {} token(s); use at least {}",
                                         maxLength, added, added + 1));
    }
    std::vector<std::vector<std::int32_t>> rows;
    rows.reserve(texts.size());
    std::size_t longest = 0;
    for (const std::string& text : texts) {
        std::vector<std::int32_t> ids = tokenizer.encode(text, /*addSpecial=*/false);
        if (ids.size() > maxLength - added) ids.resize(maxLength - added);
        ids = tokenizer.postProcess(std::move(ids));
        longest = std::max(longest, ids.size());
        rows.push_back(std::move(ids));
    }
    TokenBatch batch;
    batch.batch = rows.size();
    batch.length = longest;
    batch.ids.assign(batch.batch * longest, config.padId);
    batch.mask.assign(batch.batch * longest, 0);
    for (std::size_t b = 0; b < rows.size(); ++b) {
        const std::size_t n = rows[b].size();
        const std::size_t start = b * longest + (config.paddingSide == PaddingSide::Left ? longest - n : 0);
        std::copy(rows[b].begin(), rows[b].end(), batch.ids.begin() + static_cast<std::ptrdiff_t>(start));
        std::fill_n(batch.mask.begin() + static_cast<std::ptrdiff_t>(start), n, std::uint8_t{1});
    }
    return batch;
}

}  // namespace songloom
