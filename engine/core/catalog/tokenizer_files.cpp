// Tokenizer files (engine-spec-vae 3.1, checkpoint-layouts 3.3): tokenizer.json, or vocab.json +
// merges.txt (+ added_tokens.json). Checked to be what they claim, then reported as one component.
#include "catalog/folder_parts.h"

#include "catalog/analyse.h"

#include <fmt/format.h>


namespace songloom::catalog {

namespace {

constexpr std::int64_t kFirstAudioCodeId = 151669;  // <|audio_code_0|> in the planner's tokenizer

std::int64_t maxId(const nlohmann::json& vocab) {
    std::int64_t top = -1;
    for (const auto& [token, id] : vocab.items()) {
        if (id.is_number_integer()) top = std::max(top, id.get<std::int64_t>());
    }
    return top;
}

}  // namespace

std::optional<CatalogComponent> tokenizerInFolder(const std::filesystem::path& dir,
                                                  const std::set<std::string>& fileNames, Layout layout,
                                                  std::vector<RejectedItem>& rejected) {
    const bool hasJson = fileNames.count("tokenizer.json") != 0;
    const bool hasVocab = fileNames.count("vocab.json") != 0;
    const bool hasMerges = fileNames.count("merges.txt") != 0;
    if (!hasJson && !hasVocab && !hasMerges) return std::nullopt;

    CatalogComponent c;
    c.kind = ComponentKind::Tokenizer;
    c.layout = layout;
    std::int64_t vocabSize = -1;
    if (hasJson) {
        std::string error;
        auto json = readJsonFile(dir / "tokenizer.json", &error);
        if (!json || !json->is_object() || !json->contains("model") || !(*json)["model"].is_object()) {
            rejected.push_back({dir / "tokenizer.json", error.empty() ? "not a tokenizer.json: it has no \"model\" section"
                                                                      : "not a tokenizer.json: " + error});
            return std::nullopt;
        }
        const nlohmann::json& model = (*json)["model"];
        if (model.contains("type") && model["type"] != "BPE") {
            rejected.push_back({dir / "tokenizer.json",
                                fmt::format("a {} tokenizer, not the byte-level BPE that Qwen3 uses", model["type"].dump())});
            return std::nullopt;
        }
        if (model.contains("vocab") && model["vocab"].is_object()) vocabSize = maxId(model["vocab"]) + 1;
        if (json->contains("added_tokens") && (*json)["added_tokens"].is_array()) {
            for (const auto& t : (*json)["added_tokens"]) {
                if (t.is_object() && t.contains("id") && t["id"].is_number_integer()) {
                    vocabSize = std::max(vocabSize, t["id"].get<std::int64_t>() + 1);
                }
            }
        }
        c.files.push_back(dir / "tokenizer.json");
    }
    if (hasVocab != hasMerges && !hasJson) {
        rejected.push_back({dir / (hasVocab ? "vocab.json" : "merges.txt"),
                            hasVocab ? "vocab.json without merges.txt: a BPE tokenizer needs both"
                                     : "merges.txt without vocab.json: a BPE tokenizer needs both"});
        return std::nullopt;
    }
    if (hasVocab && hasMerges) {
        std::string error;
        auto vocab = readJsonFile(dir / "vocab.json", &error);
        if (!vocab || !vocab->is_object()) {
            rejected.push_back({dir / "vocab.json", error.empty() ? "vocab.json is not a token -> id map" : error});
            if (!hasJson) return std::nullopt;
        } else {
            vocabSize = std::max(vocabSize, maxId(*vocab) + 1);
            if (fileNames.count("added_tokens.json") != 0) {
                if (auto added = readJsonFile(dir / "added_tokens.json"); added && added->is_object()) {
                    vocabSize = std::max(vocabSize, maxId(*added) + 1);
                    c.files.push_back(dir / "added_tokens.json");
                }
            }
            c.files.push_back(dir / "vocab.json");
            c.files.push_back(dir / "merges.txt");
        }
    }
    if (vocabSize > 0) c.dims["vocab_size"] = vocabSize;
    if (vocabSize > kFirstAudioCodeId) c.notes.push_back("includes the planner's audio-code tokens");
    c.tensorCount = 0;
    return c;
}

}  // namespace songloom::catalog
