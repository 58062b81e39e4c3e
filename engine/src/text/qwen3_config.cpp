// Qwen3Config from a transformers config.json or from tensor shapes (engine-spec-vae-text-lm §4.1).
#include "fileio/strict_json.h"
#include "text/qwen3_text_encoder.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <fstream>
#include <sstream>

namespace songloom::text {

namespace {

using nlohmann::json;

Status corrupt(const std::string& origin, const std::string& what) {
    return Status::error(ErrorCode::Corrupt, fmt::format("{}: {}", origin, what));
}
Status unsupported(const std::string& origin, const std::string& what) {
    return Status::error(ErrorCode::Unsupported, fmt::format("{}: {}", origin, what));
}

// An integer key: required (no default) or optional with transformers' default.
Status readInt(const json& j, const char* key, std::optional<std::int64_t> fallback, std::int64_t& out,
               const std::string& origin) {
    const auto it = j.find(key);
    if (it == j.end() || it->is_null()) {
        if (!fallback) return corrupt(origin, fmt::format("{} is missing (a positive integer is required)", key));
        out = *fallback;
        return Status::ok();
    }
    if (!it->is_number_integer()) {
        return corrupt(origin, fmt::format("{} must be a positive integer, found {} {}", key,
                                           fileio::jsonTypeName(*it), fileio::jsonExcerpt(*it)));
    }
    out = it->get<std::int64_t>();
    return Status::ok();
}

Status readNumber(const json& j, const char* key, const std::string& where, double& out, const std::string& origin) {
    const auto it = j.find(key);
    if (it == j.end() || it->is_null()) return Status::ok();  // keep the default
    if (!it->is_number()) {
        return corrupt(origin, fmt::format("{}{} must be a positive number, found {} {}", where, key,
                                           fileio::jsonTypeName(*it), fileio::jsonExcerpt(*it)));
    }
    out = it->get<double>();
    return Status::ok();
}

// RoPE as transformers 5 standardises it: `rope_scaling` (older files) replaces `rope_parameters` when
// set; theta comes from that dict, else from a top-level `rope_theta`, else the default 10000. Only the
// plain ("default") rotary embedding is implemented.
Status readRope(const json& j, Qwen3Config& c, const std::string& origin) {
    c.ropeTheta = 10000.0;
    Status st = readNumber(j, "rope_theta", "", c.ropeTheta, origin);
    if (!st) return st;
    const char* dictKey = nullptr;
    for (const char* key : {"rope_scaling", "rope_parameters"}) {
        const auto it = j.find(key);
        if (it != j.end() && !it->is_null() && !(it->is_object() && it->empty())) {
            dictKey = key;
            break;
        }
    }
    if (!dictKey) return Status::ok();
    const json& rope = j.at(dictKey);
    if (!rope.is_object()) {
        return corrupt(origin, fmt::format("{} must be an object or null, found {}", dictKey, fileio::jsonTypeName(rope)));
    }
    std::string type = "default";
    for (const char* key : {"rope_type", "type"}) {
        const auto it = rope.find(key);
        if (it != rope.end() && !it->is_null()) {
            if (!it->is_string()) return corrupt(origin, fmt::format("{}.{} must be a string", dictKey, key));
            type = it->get<std::string>();
            break;
        }
    }
    if (type != "default") {
        return unsupported(origin, fmt::format("{}.rope_type is \"{}\"; only \"default\" (unscaled RoPE) is supported",
                                               dictKey, type));
    }
    if (rope.contains("partial_rotary_factor") && !rope.at("partial_rotary_factor").is_null()) {
        double f = 1.0;
        st = readNumber(rope, "partial_rotary_factor", std::string(dictKey) + ".", f, origin);
        if (!st) return st;
        if (f != 1.0) {
            return unsupported(origin, fmt::format("{}.partial_rotary_factor is {}; only 1.0 is supported", dictKey, f));
        }
    }
    return readNumber(rope, "rope_theta", std::string(dictKey) + ".", c.ropeTheta, origin);
}

}  // namespace

Status Qwen3Config::validate(const std::string& origin) const {
    const std::pair<const char*, std::int64_t> sizes[] = {
        {"hidden_size", hidden},         {"intermediate_size", intermediate}, {"num_hidden_layers", layers},
        {"num_attention_heads", heads}, {"num_key_value_heads", kvHeads},   {"head_dim", headDim},
        {"vocab_size", vocab},           {"max_position_embeddings", maxPositions}};
    for (const auto& [key, value] : sizes) {
        if (value <= 0) return corrupt(origin, fmt::format("{} is {}; it must be a positive integer", key, value));
    }
    if (heads % kvHeads != 0) {
        return corrupt(origin, fmt::format("num_attention_heads {} is not a multiple of num_key_value_heads {}",
                                           heads, kvHeads));
    }
    if (headDim % 2 != 0) return corrupt(origin, fmt::format("head_dim is {}; RoPE needs an even head_dim", headDim));
    if (!(std::isfinite(ropeTheta) && ropeTheta > 0)) {
        return corrupt(origin, fmt::format("rope_theta is {}; it must be a finite positive number", ropeTheta));
    }
    if (!(std::isfinite(rmsEps) && rmsEps > 0)) {
        return corrupt(origin, fmt::format("rms_norm_eps is {}; it must be a finite positive number", rmsEps));
    }
    return Status::ok();
}

Result<Qwen3Config> Qwen3Config::fromJson(std::string_view text, const std::string& origin) {
    const fileio::StrictJson parsed = fileio::parseStrictJson(text, 32);
    if (parsed.problem) {
        const auto& p = *parsed.problem;
        const std::string detail = p.kind == fileio::JsonProblem::Kind::DuplicateKey ? "duplicate key \"" + p.key + "\""
                                   : p.kind == fileio::JsonProblem::Kind::TooDeep    ? std::string("nested too deeply")
                                                                                     : p.detail;
        return corrupt(origin, "not valid JSON: " + detail);
    }
    const json& j = parsed.value;
    if (!j.is_object()) return corrupt(origin, "expected a JSON object, found " + fileio::jsonTypeName(j));

    if (const auto it = j.find("model_type"); it != j.end() && !(it->is_string() && it->get<std::string>() == "qwen3")) {
        return unsupported(origin, fmt::format("model_type is {}; the text encoder must be \"qwen3\"",
                                               fileio::jsonExcerpt(*it)));
    }
    Qwen3Config c;
    Status st;
    if (!(st = readInt(j, "hidden_size", std::nullopt, c.hidden, origin))) return st;
    if (!(st = readInt(j, "intermediate_size", std::nullopt, c.intermediate, origin))) return st;
    if (!(st = readInt(j, "num_hidden_layers", std::nullopt, c.layers, origin))) return st;
    if (!(st = readInt(j, "num_attention_heads", std::nullopt, c.heads, origin))) return st;
    if (!(st = readInt(j, "num_key_value_heads", c.heads, c.kvHeads, origin))) return st;
    if (!(st = readInt(j, "head_dim", 128, c.headDim, origin))) return st;
    if (!(st = readInt(j, "vocab_size", std::nullopt, c.vocab, origin))) return st;
    if (!(st = readInt(j, "max_position_embeddings", 32768, c.maxPositions, origin))) return st;
    if (!(st = readNumber(j, "rms_norm_eps", "", c.rmsEps, origin))) return st;
    if (!(st = readRope(j, c, origin))) return st;

    if (const auto it = j.find("hidden_act"); it != j.end() && !(it->is_string() && it->get<std::string>() == "silu")) {
        return unsupported(origin, fmt::format("hidden_act is {}; only \"silu\" (SwiGLU) is supported",
                                               fileio::jsonExcerpt(*it)));
    }
    if (const auto it = j.find("attention_bias"); it != j.end() && !(it->is_boolean() && !it->get<bool>())) {
        return unsupported(origin, fmt::format("attention_bias is {}; only false is supported", fileio::jsonExcerpt(*it)));
    }
    // Sliding-window layers: transformers makes layer i sliding when use_sliding_window is set and
    // i >= max_window_layers, or when layer_types says so.
    if (const auto it = j.find("layer_types"); it != j.end() && !it->is_null()) {
        if (!it->is_array()) return corrupt(origin, "layer_types must be a list of strings or null");
        for (const auto& t : *it) {
            if (!(t.is_string() && t.get<std::string>() == "full_attention")) {
                return unsupported(origin, fmt::format("layer_types contains {}; only \"full_attention\" is supported",
                                                       fileio::jsonExcerpt(t)));
            }
        }
    } else if (const auto sw = j.find("use_sliding_window"); sw != j.end() && sw->is_boolean() && sw->get<bool>()) {
        std::int64_t maxWindowLayers = 28;
        if (!(st = readInt(j, "max_window_layers", 28, maxWindowLayers, origin))) return st;
        const auto win = j.find("sliding_window");
        const bool hasWindow = win == j.end() || !win->is_null();  // transformers' default window is 4096
        if (hasWindow && maxWindowLayers < c.layers) {
            return unsupported(origin, fmt::format("use_sliding_window is true with max_window_layers {} < "
                                                   "num_hidden_layers {}; sliding-window layers are not supported",
                                                   maxWindowLayers, c.layers));
        }
    }
    if (!(st = c.validate(origin))) return st;
    return c;
}

Result<Qwen3Config> Qwen3Config::fromFile(const std::filesystem::path& configJson) {
    std::ifstream in(configJson, std::ios::binary);
    if (!in) {
        return Status::error(std::filesystem::exists(configJson) ? ErrorCode::Io : ErrorCode::NotFound,
                             fmt::format("cannot read {}", configJson.string()));
    }
    std::ostringstream text;
    text << in.rdbuf();
    if (in.bad()) return Status::error(ErrorCode::Io, fmt::format("cannot read {}", configJson.string()));
    return fromJson(text.str(), configJson.string());
}

Result<Qwen3Config> Qwen3Config::fromTensors(const ComponentTensors& tensors) {
    const std::string& origin = tensors.origin();
    auto dim = [&](const std::string& name, std::size_t rank, std::size_t index) -> Result<std::int64_t> {
        const ComponentTensors::Entry* e = tensors.find(name);
        if (!e) return corrupt(origin, fmt::format("{} is missing: not a Qwen3 text encoder", name));
        if (e->info->shape.size() != rank) {
            return corrupt(origin, fmt::format("{} has {} dimensions, expected {}", name, e->info->shape.size(), rank));
        }
        return static_cast<std::int64_t>(e->info->shape[index]);
    };
    Qwen3Config c;
    // Layers: the count of consecutive layers.N present (a gap shows up as missing tensors when loading).
    while (tensors.find(fmt::format("layers.{}.input_layernorm.weight", c.layers))) ++c.layers;
    if (c.layers == 0) return corrupt(origin, "layers.0.input_layernorm.weight is missing: not a Qwen3 text encoder");
    const auto vocab = dim("embed_tokens.weight", 2, 0);
    const auto hidden = dim("embed_tokens.weight", 2, 1);
    const auto headDim = dim("layers.0.self_attn.q_norm.weight", 1, 0);
    const auto qRows = dim("layers.0.self_attn.q_proj.weight", 2, 0);
    const auto kRows = dim("layers.0.self_attn.k_proj.weight", 2, 0);
    const auto inner = dim("layers.0.mlp.gate_proj.weight", 2, 0);
    for (const Result<std::int64_t>* r : {&vocab, &hidden, &headDim, &qRows, &kRows, &inner}) {
        if (!*r) return r->status();
    }
    c.vocab = *vocab;
    c.hidden = *hidden;
    c.headDim = *headDim;
    c.intermediate = *inner;
    if (c.headDim <= 0 || *qRows % c.headDim != 0 || *kRows % c.headDim != 0) {
        return corrupt(origin, fmt::format("layers.0.self_attn.q_proj / k_proj rows ({}, {}) are not multiples of "
                                           "head_dim {} (q_norm width)",
                                           *qRows, *kRows, c.headDim));
    }
    c.heads = *qRows / c.headDim;
    c.kvHeads = *kRows / c.headDim;
    // No config travels with these files: theta and eps are those of Qwen3-Embedding-0.6B (see header).
    c.ropeTheta = 1e6;
    c.rmsEps = 1e-6;
    c.maxPositions = 32768;
    if (Status st = c.validate(origin); !st) return st;
    return c;
}

Result<Qwen3Config> configFor(const CatalogComponent& component, const ComponentTensors& tensors) {
    const bool folder = component.layout == Layout::OfficialFolder || component.layout == Layout::DiffusersFolder;
    if (folder && !component.files.empty()) {
        const auto config = component.files.front().parent_path() / "config.json";
        if (std::filesystem::exists(config)) return Qwen3Config::fromFile(config);
    }
    return Qwen3Config::fromTensors(tensors);
}

}  // namespace songloom::text
