// Prefix groups of all-in-one files (checkpoint-layouts 5.4, 9 step 3).
#include "catalog/analyse.h"

#include <map>

namespace songloom::catalog {

namespace {

// The component prefix a key carries, or "" when it has none we know.
std::string knownPrefix(std::string_view name) {
    for (std::string_view p : {"model.diffusion_model.", "vae.", "first_stage_model."}) {
        if (name.substr(0, p.size()) == p) return std::string(p);
    }
    // One Qwen group per text-encoder name: text_encoders.<name>.transformer. (alias cond_stage_model.)
    for (std::string_view p : {"text_encoders.", "cond_stage_model."}) {
        if (name.substr(0, p.size()) != p) continue;
        const auto dot = name.find('.', p.size());
        if (dot == std::string_view::npos) continue;
        constexpr std::string_view transformer = "transformer.";
        if (name.substr(dot + 1, transformer.size()) == transformer) {
            return std::string(name.substr(0, dot + 1 + transformer.size()));
        }
    }
    return {};
}

}  // namespace

std::vector<PrefixGroup> splitByPrefix(const CheckpointHeaders& headers) {
    std::map<std::string, PrefixGroup> groups;
    for (const auto& [name, where] : headers.index) {
        std::string prefix = knownPrefix(name);
        const TensorInfo& info = headers.shards.at(where.first).header.tensors.at(where.second);
        PrefixGroup& g = groups[prefix];
        g.prefix = prefix;
        g.table.add(name.substr(prefix.size()), info.dtype, info.shape);
    }
    std::vector<PrefixGroup> out;
    for (auto& [prefix, group] : groups) out.push_back(std::move(group));
    return out;
}

}  // namespace songloom::catalog
