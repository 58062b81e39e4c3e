// catalogToJson / inspectToJson. Field names are a published interface (docs/model-catalog.md): add
// fields freely, never rename or repurpose one without bumping the schema string.
#include "songloom/model_catalog.h"

#include <nlohmann/json.hpp>

namespace songloom {

namespace {

using nlohmann::ordered_json;

ordered_json optionalIndex(const std::optional<std::size_t>& index) {
    return index ? ordered_json(*index) : ordered_json(nullptr);
}

ordered_json pathList(const std::vector<std::filesystem::path>& paths) {
    ordered_json out = ordered_json::array();
    for (const auto& p : paths) out.push_back(p.string());
    return out;
}

ordered_json presetJson(const VariantPreset& p) {
    return {{"id", p.id},       {"label", p.label},         {"size", sizeClassName(p.size)},
            {"variant", variantName(p.variant)}, {"allInOne", p.allInOne}, {"steps", p.steps},
            {"guidanceScale", p.guidanceScale},  {"shift", p.shift},       {"summary", p.summary}};
}

ordered_json componentJson(const CatalogComponent& c, std::size_t id) {
    ordered_json j;
    j["id"] = id;
    j["kind"] = componentKindName(c.kind);
    j["layout"] = layoutName(c.layout);
    j["title"] = c.title;
    j["files"] = pathList(c.files);
    j["keyPrefix"] = c.keyPrefix;
    j["size"] = componentSizeName(c);
    j["dtype"] = std::string(dtypeName(c.dtype));
    j["tensorCount"] = c.tensorCount;
    j["parameterCount"] = c.parameterCount;
    j["dims"] = ordered_json::object();
    for (const auto& [key, value] : c.dims) j["dims"][key] = value;
    j["usable"] = c.usable();
    j["problems"] = c.problems;
    j["notes"] = c.notes;
    if (c.kind == ComponentKind::Tokenizer) j["bundled"] = c.bundled;
    if (c.kind == ComponentKind::DiT) {
        j["family"] = c.family;
        j["variant"] = variantName(c.variant);
        j["variantSource"] = variantSourceName(c.variantSource);
        j["nameHint"] = c.nameHint ? ordered_json(variantName(*c.nameHint)) : ordered_json(nullptr);
        j["release"] = c.release.empty() ? ordered_json(nullptr) : ordered_json(c.release);
        j["hasAudioCodes"] = c.hasAudioCodes;
        j["hasNullCondition"] = c.hasNullCondition;
        j["preset"] = c.preset != nullptr ? presetJson(*c.preset) : ordered_json(nullptr);
    }
    if (c.kind == ComponentKind::Planner) j["family"] = c.family;
    if (c.kind == ComponentKind::Adapter) {
        j["family"] = c.family;
        j["adapterRank"] = c.adapterRank;
        j["adapterAlpha"] = c.adapterAlpha ? ordered_json(*c.adapterAlpha) : ordered_json(nullptr);
    }
    return j;
}

ordered_json componentsJson(const std::vector<CatalogComponent>& components) {
    ordered_json out = ordered_json::array();
    for (std::size_t i = 0; i < components.size(); ++i) out.push_back(componentJson(components[i], i));
    return out;
}

ordered_json rejectedJson(const std::vector<RejectedItem>& rejected) {
    ordered_json out = ordered_json::array();
    for (const RejectedItem& r : rejected) out.push_back({{"path", r.path.string()}, {"reason", r.reason}});
    return out;
}

}  // namespace

std::string catalogToJson(const Catalog& catalog) {
    ordered_json j;
    j["schema"] = "songloom.model-catalog/1";
    j["root"] = catalog.root.string();
    j["components"] = componentsJson(catalog.components);
    ordered_json models = ordered_json::array();
    for (const ModelSet& m : catalog.models) {
        models.push_back({{"dit", m.dit},
                          {"vae", optionalIndex(m.vae)},
                          {"textEncoder", optionalIndex(m.textEncoder)},
                          {"planner", optionalIndex(m.planner)},
                          {"silenceLatent", optionalIndex(m.silenceLatent)},
                          {"tokenizer", optionalIndex(m.tokenizer)},
                          {"readyToGenerate", m.readyToGenerate},
                          {"missing", m.missing},
                          {"notes", m.notes}});
    }
    j["models"] = std::move(models);
    j["rejected"] = rejectedJson(catalog.rejected);
    ordered_json presets = ordered_json::array();
    for (const VariantPreset& p : variantPresets()) presets.push_back(presetJson(p));
    j["presets"] = std::move(presets);
    // Invalid UTF-8 in a file name must not throw: replace it.
    return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string inspectToJson(const InspectReport& report) {
    ordered_json j;
    j["schema"] = "songloom.inspect/1";
    j["path"] = report.path.string();
    j["format"] = report.format;
    ordered_json files = ordered_json::array();
    ordered_json metadata = ordered_json::object();
    for (const ShardEntry& shard : report.headers.shards) {
        files.push_back(shard.file.string());
        for (const auto& [key, value] : shard.header.metadata) metadata[key] = value;
    }
    j["files"] = std::move(files);
    j["metadata"] = std::move(metadata);
    ordered_json tensors = ordered_json::array();
    for (const auto& [name, where] : report.headers.index) {
        const TensorInfo& t = report.headers.shards.at(where.first).header.tensors.at(where.second);
        ordered_json row = {{"name", name},
                            {"dtype", std::string(dtypeName(t.dtype))},
                            {"shape", t.shape},
                            {"bytes", t.byteSize()}};
        if (report.headers.shards.size() > 1) row["shard"] = where.first;
        tensors.push_back(std::move(row));
    }
    j["tensors"] = std::move(tensors);
    j["components"] = componentsJson(report.components);
    j["rejected"] = rejectedJson(report.rejected);
    return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace songloom
