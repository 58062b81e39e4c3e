// ComponentTensors: canonical names over the stored ones (see the public header for the naming rules).
#include "songloom/component_tensors.h"

#include "catalog/folder_parts.h"

#include <fmt/format.h>

#include <algorithm>
#include <set>

namespace songloom {

namespace {

bool isIndexFile(const std::filesystem::path& p) {
    const std::string name = p.filename().string();
    return name.size() > 5 && name.ends_with(".json");
}

// The checkpoints (single files or shard indexes) among a component's files: shards are reached through
// their index, so a shard listed beside its index is skipped.
std::vector<std::filesystem::path> checkpointsOf(const CatalogComponent& c) {
    std::vector<std::filesystem::path> indexes, singles;
    for (const auto& f : c.files) (isIndexFile(f) ? indexes : singles).push_back(f);
    std::set<std::filesystem::path> covered;
    for (const auto& index : indexes) {
        auto headers = readCheckpointHeaders(index);
        if (!headers) continue;  // open() below reports it
        for (const ShardEntry& shard : headers->shards) covered.insert(shard.file);
    }
    std::vector<std::filesystem::path> out = indexes;
    for (const auto& f : singles) {
        if (f.extension() == ".safetensors" && !covered.count(f)) out.push_back(f);
    }
    return out;
}

}  // namespace

Result<ComponentTensors> ComponentTensors::openFile(const std::filesystem::path& fileOrIndex, std::string_view prefix) {
    auto checkpoint = Checkpoint::open(fileOrIndex);
    if (!checkpoint) return checkpoint.status();
    ComponentTensors out;
    out.origin_ = fileOrIndex.filename().string();
    for (const std::string& name : checkpoint->names()) {
        if (!name.starts_with(prefix)) continue;
        auto entry = checkpoint->find(name);
        out.entries_.emplace(name.substr(prefix.size()), Entry{entry->file, entry->info, name});
    }
    return out;
}

Result<ComponentTensors> ComponentTensors::open(const CatalogComponent& component) {
    const auto checkpoints = checkpointsOf(component);
    if (checkpoints.empty()) {
        return Status::error(ErrorCode::NotFound,
                             fmt::format("{} has no safetensors weights to load", component.title.empty()
                                                                                        ? "this component"
                                                                                        : component.title));
    }
    const bool diffusersDit = component.layout == Layout::DiffusersFolder && component.kind == ComponentKind::DiT;
    const bool diffusersSilence =
        component.layout == Layout::DiffusersFolder && component.kind == ComponentKind::SilenceLatent;
    ComponentTensors out;
    for (const auto& path : checkpoints) {
        auto checkpoint = Checkpoint::open(path);
        if (!checkpoint) return checkpoint.status();
        const std::string folder = path.parent_path().filename().string();
        if (!out.origin_.empty()) out.origin_ += " + ";
        out.origin_ += diffusersDit ? folder + "/" : path.filename().string();
        for (const std::string& stored : checkpoint->names()) {
            std::optional<std::string> canonical;
            if (diffusersDit) {
                canonical = catalog::diffusersOfficialName(folder, stored);
            } else if (diffusersSilence) {
                if (stored == "silence_latent") canonical = stored;
            } else if (stored.starts_with(component.keyPrefix)) {
                canonical = stored.substr(component.keyPrefix.size());
            }
            if (!canonical) continue;
            auto entry = checkpoint->find(stored);
            auto [it, inserted] = out.entries_.emplace(*canonical, Entry{entry->file, entry->info, stored});
            if (!inserted) {
                return Status::error(ErrorCode::Corrupt,
                                     fmt::format("{} and {} both hold the tensor {}", it->second.file->path().string(),
                                                 path.string(), *canonical));
            }
        }
    }
    return out;
}

const ComponentTensors::Entry* ComponentTensors::find(std::string_view canonicalName) const {
    auto it = entries_.find(canonicalName);
    return it == entries_.end() ? nullptr : &it->second;
}

std::vector<std::string> ComponentTensors::names() const {
    std::vector<std::string> out;
    out.reserve(entries_.size());
    for (const auto& [name, entry] : entries_) out.push_back(name);
    return out;
}

}  // namespace songloom
