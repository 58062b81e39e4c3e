#include "catalog/analyse.h"

#include "catalog/classify.h"

#include <fmt/format.h>

#include <fstream>
#include <sstream>

namespace songloom::catalog {

std::optional<nlohmann::json> readJsonFile(const std::filesystem::path& path, std::string* error) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        if (error != nullptr) *error = fmt::format("cannot open {}", path.string());
        return std::nullopt;
    }
    std::ostringstream text;
    text << in.rdbuf();
    auto json = nlohmann::json::parse(text.str(), nullptr, /*allow_exceptions=*/false);
    if (json.is_discarded()) {
        if (error != nullptr) *error = fmt::format("{} is not valid JSON", path.filename().string());
        return std::nullopt;
    }
    return json;
}

Analysis analyseCheckpoint(const CheckpointHeaders& headers, const CheckpointSource& source) {
    Analysis out;
    const std::filesystem::path& shown = source.files.front();
    const std::map<std::string, std::string>* metadata =
        headers.shards.empty() ? nullptr : &headers.shards.front().header.metadata;

    std::vector<PrefixGroup> groups = splitByPrefix(headers);
    const bool allInOne = groups.size() > 1;
    for (PrefixGroup& g : groups) {
        GroupHints hints;
        hints.config = allInOne ? nullptr : source.config;  // a folder config describes a one-model file
        hints.adapterConfig = source.adapterConfig;
        hints.metadata = metadata;
        hints.groupPrefix = g.prefix;
        Classified r = classifyGroup(g.table, hints);
        if (!r.component) {
            std::string reason = g.prefix.empty() || !allInOne
                                     ? r.rejection
                                     : fmt::format("{} (the tensors under `{}`)", r.rejection, g.prefix);
            out.rejected.push_back({shown, std::move(reason)});
            continue;
        }
        CatalogComponent c = std::move(*r.component);
        c.files = source.files;
        c.keyPrefix = g.prefix + c.keyPrefix;  // group prefix + what the classifier found inside the group
        if (c.kind == ComponentKind::Adapter) {
            if (source.folderLayout == Layout::PeftAdapter) c.layout = Layout::PeftAdapter;
        } else {
            c.layout = allInOne ? Layout::ComfyAllInOne : source.folderLayout;
        }
        if (c.kind == ComponentKind::DiT) {
            const std::filesystem::path& weights = source.files.back();
            resolveDitVariant(c, hints.config, weights.parent_path(), weights);
        }
        out.components.push_back(std::move(c));
    }
    return out;
}

}  // namespace songloom::catalog
