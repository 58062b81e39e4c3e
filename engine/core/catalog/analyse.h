// One checkpoint (a safetensors file or a sharded set) -> the components inside it, or why not.
// Shared by the folder scan and `inspect`.
#pragma once

#include "catalog/tensor_table.h"
#include "songloom/model_catalog.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>
#include <vector>

namespace songloom::catalog {

// Step 3's prefix split (checkpoint-layouts 9): all-in-one files carry one prefix per component.
struct PrefixGroup {
    std::string prefix;  // "" for names without a known prefix
    TensorTable table;   // names with the prefix stripped
};
std::vector<PrefixGroup> splitByPrefix(const CheckpointHeaders& headers);

struct CheckpointSource {
    std::vector<std::filesystem::path> files;  // index first (when sharded), then the weight files
    const nlohmann::json* config = nullptr;         // config.json that belongs to these weights
    const nlohmann::json* adapterConfig = nullptr;  // adapter_config.json (PEFT folder)
    Layout folderLayout = Layout::ComfySplitFile;   // OfficialFolder / DiffusersFolder / PeftAdapter / ...
};

struct Analysis {
    std::vector<CatalogComponent> components;
    std::vector<RejectedItem> rejected;
};

// Classifies every prefix group; DiTs also get their config variant, name hint and release name.
Analysis analyseCheckpoint(const CheckpointHeaders& headers, const CheckpointSource& source);

// 9 step 4 for one DiT: config.json first; otherwise a file-name token as a hint only.
void resolveDitVariant(CatalogComponent& dit, const nlohmann::json* config,
                       const std::filesystem::path& weightsFolder, const std::filesystem::path& nameSource);

// After all answers are in: the user's variant choice, the preset, the title, the "choose" note.
void finishComponent(CatalogComponent& component, const std::map<std::filesystem::path, DitVariant>& choices);

// Reads a JSON file; nullopt (with `error` set) when it is missing, unreadable or not JSON.
std::optional<nlohmann::json> readJsonFile(const std::filesystem::path& path, std::string* error = nullptr);

}  // namespace songloom::catalog
