#include "catalog/classify.h"

#include "catalog/key_check.h"

#include <fmt/format.h>

namespace songloom::catalog {

Classified classifyGroup(const TensorTable& table, const GroupHints& hints) {
    if (table.empty()) return Classified::reject("an empty checkpoint: it holds no tensors");
    // Quantised files keep official names, so they are refused before the DiT/VAE/Qwen rules would
    // accept them (checkpoint-layouts 7.2, 9 step 3g).
    if (auto r = classifyQuantised(table)) return *r;
    if (auto r = classifyAdapter(table, hints)) return *r;   // 9 step 3a
    if (auto r = classifyDit(table, hints)) return *r;       // 3b
    if (auto r = classifyDiffusersPart(table)) return *r;    // 3c, a lone diffusers component file
    if (auto r = classifyVae(table, hints)) return *r;       // 3d
    if (auto r = classifyQwen(table, hints)) return *r;      // 3e
    if (auto r = classifyForeign(table)) return *r;          // 3g
    return Classified::reject(fmt::format("not an ACE-Step 1.5 component: unrecognised tensors ({})",
                                          listNames(table.firstNames(5), 5)));  // 3h
}

void checkConfigDims(const nlohmann::json* config, const std::map<std::string, std::int64_t>& dims,
                     std::vector<std::string>& problems) {
    if (config == nullptr || !config->is_object()) return;
    for (const auto& [key, value] : dims) {
        auto it = config->find(key);
        if (it == config->end() || !it->is_number_integer()) continue;
        const auto said = it->get<std::int64_t>();
        if (said != value) {
            problems.push_back(fmt::format("config.json says {} = {}, but the weights have {}", key, said, value));
        }
    }
}

}  // namespace songloom::catalog
