// Step 3 of the decision procedure (checkpoint-layouts.md section 9): classify one prefix group of a
// checkpoint from its tensor table (+ config.json / adapter_config.json / __metadata__ as hints).
// The classifiers fill what the table tells (kind, dims, size, problems); paths, layout, variant and
// preset are added by the caller, which knows where the files came from.
#pragma once

#include "catalog/tensor_table.h"
#include "songloom/model_catalog.h"

#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <string>

namespace songloom::catalog {

struct GroupHints {
    const nlohmann::json* config = nullptr;         // config.json next to the weights
    const nlohmann::json* adapterConfig = nullptr;  // adapter_config.json of a PEFT folder
    const std::map<std::string, std::string>* metadata = nullptr;  // safetensors __metadata__
    std::string_view groupPrefix;                   // the all-in-one prefix this group was found under
};

struct Classified {
    std::optional<CatalogComponent> component;
    std::string rejection;  // set when there is no component

    static Classified accept(CatalogComponent component) { return {std::move(component), {}}; }
    static Classified reject(std::string reason) { return {std::nullopt, std::move(reason)}; }
};

// Runs the rules below in order; the first that recognises its signature decides.
Classified classifyGroup(const TensorTable& table, const GroupHints& hints);

// Each rule returns nullopt when its signature is absent.
std::optional<Classified> classifyQuantised(const TensorTable& table);       // classify_foreign.cpp
std::optional<Classified> classifyAdapter(const TensorTable& table, const GroupHints& hints);
std::optional<Classified> classifyDit(const TensorTable& table, const GroupHints& hints);
std::optional<Classified> classifyDiffusersPart(const TensorTable& table);  // classify_dit.cpp
std::optional<Classified> classifyVae(const TensorTable& table, const GroupHints& hints);
std::optional<Classified> classifyQwen(const TensorTable& table, const GroupHints& hints);
std::optional<Classified> classifyForeign(const TensorTable& table);        // not ACE-Step 1.5

// config.json cross-check: for each key that both the config (as an integer) and `dims` have, a
// differing value is a problem ("config.json says hidden_size 2048, the weights have 2560").
void checkConfigDims(const nlohmann::json* config, const std::map<std::string, std::int64_t>& dims,
                     std::vector<std::string>& problems);

}  // namespace songloom::catalog
