#include "dit/dit_config.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <optional>
#include <sstream>

namespace songloom::dit {

namespace {

using nlohmann::json;

Status invalid(std::string_view origin, const std::string& what) {
    return Status::error(ErrorCode::InvalidArgument, fmt::format("{}: {}", origin, what));
}

// Reads optional keys; a missing (or null) key keeps the default, which is the reference constructor's.
class KeyReader {
public:
    KeyReader(const json& j, std::string_view origin) : j_(j), origin_(origin) {}

    void integer(const char* key, std::int64_t& out) {
        const json* v = find(key);
        if (!v) return;
        if (v->is_number_integer() || v->is_number_unsigned()) {
            out = v->get<std::int64_t>();
        } else if (v->is_number_float() && v->get<double>() == static_cast<double>(static_cast<std::int64_t>(v->get<double>()))) {
            out = static_cast<std::int64_t>(v->get<double>());
        } else {
            fail(fmt::format("{} must be an integer, got {}", key, v->dump()));
        }
    }
    void number(const char* key, double& out) {
        const json* v = find(key);
        if (!v) return;
        if (v->is_number()) {
            out = v->get<double>();
        } else {
            fail(fmt::format("{} must be a number, got {}", key, v->dump()));
        }
    }
    void boolean(const char* key, bool& out) {
        const json* v = find(key);
        if (!v) return;
        if (v->is_boolean()) {
            out = v->get<bool>();
        } else {
            fail(fmt::format("{} must be true or false, got {}", key, v->dump()));
        }
    }
    void string(const char* key, std::string& out) {
        const json* v = find(key);
        if (!v) return;
        if (v->is_string()) {
            out = v->get<std::string>();
        } else {
            fail(fmt::format("{} must be a string, got {}", key, v->dump()));
        }
    }
    // layer_types: a list of "sliding_attention" / "full_attention".
    void layerTypes(const char* key, std::vector<LayerType>& out) {
        const json* v = find(key);
        if (!v) return;
        if (!v->is_array()) {
            fail(fmt::format("{} must be a list of \"sliding_attention\" / \"full_attention\", got {}", key, v->dump()));
            return;
        }
        std::vector<LayerType> types;
        for (std::size_t i = 0; i < v->size(); ++i) {
            const json& e = (*v)[i];
            if (e.is_string() && e.get<std::string>() == "sliding_attention") {
                types.push_back(LayerType::Sliding);
            } else if (e.is_string() && e.get<std::string>() == "full_attention") {
                types.push_back(LayerType::Full);
            } else {
                fail(fmt::format("{}[{}] must be \"sliding_attention\" or \"full_attention\", got {}", key, i, e.dump()));
                return;
            }
        }
        out = std::move(types);
    }
    bool has(const char* key) const { return find(key) != nullptr; }
    const Status& status() const { return status_; }

private:
    const json* find(const char* key) const {
        auto it = j_.find(key);
        if (it == j_.end() || it->is_null()) return nullptr;
        return &*it;
    }
    void fail(const std::string& what) {
        if (status_) status_ = invalid(origin_, what);
    }
    const json& j_;
    std::string origin_;
    Status status_;
};

std::vector<LayerType> alternating(std::int64_t layers) {
    std::vector<LayerType> types;
    for (std::int64_t i = 0; i < layers; ++i) types.push_back(i % 2 == 0 ? LayerType::Sliding : LayerType::Full);
    return types;
}

Result<json> parseObject(std::string_view text, std::string_view origin) {
    json j = json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded()) return Status::error(ErrorCode::Corrupt, fmt::format("{}: not valid JSON", origin));
    if (!j.is_object()) return Status::error(ErrorCode::Corrupt, fmt::format("{}: not a JSON object", origin));
    return j;
}

// The keys both layouts share (diffusers copies them from the official config).
void readCommon(KeyReader& r, DitConfig& c) {
    r.integer("hidden_size", c.hidden);
    r.integer("intermediate_size", c.intermediate);
    r.integer("num_hidden_layers", c.layers);
    r.integer("num_attention_heads", c.heads);
    r.integer("num_key_value_heads", c.kvHeads);
    r.integer("head_dim", c.headDim);
    r.integer("in_channels", c.inChannels);
    r.integer("audio_acoustic_hidden_dim", c.latent);
    r.integer("patch_size", c.patch);
    r.number("rope_theta", c.ropeTheta);
    r.number("rms_norm_eps", c.eps);
    r.integer("sliding_window", c.slidingWindow);
    r.boolean("attention_bias", c.attentionBias);
    r.boolean("is_turbo", c.isTurbo);
    r.string("model_version", c.modelVersion);
    c.encoderHidden = 0;
    r.integer("encoder_hidden_size", c.encoderHidden);
    c.layerTypes.clear();
    r.layerTypes("layer_types", c.layerTypes);
}

Result<DitConfig> finishParse(KeyReader& r, DitConfig c, std::string_view origin) {
    if (!r.status()) return r.status();
    if (c.encoderHidden == 0) c.encoderHidden = c.hidden;  // absent: the 2B construction
    if (c.layerTypes.empty() && c.layers > 0) c.layerTypes = alternating(c.layers);
    if (Status s = c.validate(); !s) return invalid(origin, s.message());
    return c;
}

Result<std::string> readText(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return Status::error(ErrorCode::NotFound, fmt::format("{}: cannot be read", file.string()));
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::optional<std::vector<std::int64_t>> shapeOf(const ComponentTensors& t, std::string_view name) {
    const auto* e = t.find(name);
    if (!e) return std::nullopt;
    return e->info->shape;
}

}  // namespace

const char* layerTypeName(LayerType type) {
    return type == LayerType::Sliding ? "sliding_attention" : "full_attention";
}

Status DitConfig::validate() const {
    auto positive = [](const char* key, std::int64_t v) -> Status {
        if (v >= 1) return Status::ok();
        return Status::error(ErrorCode::InvalidArgument, fmt::format("{} must be a positive integer, got {}", key, v));
    };
    for (auto [key, v] : {std::pair{"hidden_size", hidden}, {"intermediate_size", intermediate},
                          {"num_hidden_layers", layers}, {"num_attention_heads", heads},
                          {"num_key_value_heads", kvHeads}, {"head_dim", headDim}, {"in_channels", inChannels},
                          {"audio_acoustic_hidden_dim", latent}, {"patch_size", patch},
                          {"sliding_window", slidingWindow}, {"encoder_hidden_size", encoderHidden}}) {
        if (Status s = positive(key, v); !s) return s;
    }
    auto bad = [](std::string what) { return Status::error(ErrorCode::InvalidArgument, std::move(what)); };
    if (headDim % 2 != 0) return bad(fmt::format("head_dim must be even (rotary embedding halves), got {}", headDim));
    if (heads % kvHeads != 0) {
        return bad(fmt::format("num_attention_heads ({}) must be a multiple of num_key_value_heads ({})", heads, kvHeads));
    }
    if (inChannels != 3 * latent) {
        return bad(fmt::format("in_channels must be 3 x audio_acoustic_hidden_dim = {} (source, chunk mask, noisy "
                               "latent), got {}",
                               3 * latent, inChannels));
    }
    if (!(ropeTheta > 0)) return bad(fmt::format("rope_theta must be > 0, got {}", ropeTheta));
    if (!(eps > 0 && eps < 1)) return bad(fmt::format("rms_norm_eps must be in (0, 1), got {}", eps));
    if (static_cast<std::int64_t>(layerTypes.size()) < layers) {
        return bad(fmt::format("layer_types has {} entries; num_hidden_layers is {} (one \"sliding_attention\" or "
                               "\"full_attention\" per layer)",
                               layerTypes.size(), layers));
    }
    return Status::ok();
}

Result<DitConfig> DitConfig::fromOfficialJson(std::string_view text, std::string_view origin) {
    auto j = parseObject(text, origin);
    if (!j) return j.status();
    KeyReader r(*j, origin);
    DitConfig c;
    readCommon(r, c);
    bool useSliding = true;
    r.boolean("use_sliding_window", useSliding);
    if (r.status() && !useSliding) {
        return Status::error(ErrorCode::Unsupported,
                             fmt::format("{}: use_sliding_window is false; every ACE-Step 1.5 release uses true "
                                         "(allowed: true)",
                                         origin));
    }
    return finishParse(r, std::move(c), origin);
}

Result<DitConfig> DitConfig::fromDiffusersJson(std::string_view text, std::string_view origin) {
    auto j = parseObject(text, origin);
    if (!j) return j.status();
    if (auto it = j->find("_class_name"); it != j->end() && it->is_string() &&
                                          it->get<std::string>() != "AceStepTransformer1DModel") {
        return invalid(origin, fmt::format("_class_name is \"{}\", expected \"AceStepTransformer1DModel\"",
                                           it->get<std::string>()));
    }
    KeyReader r(*j, origin);
    DitConfig c;
    readCommon(r, c);
    return finishParse(r, std::move(c), origin);
}

Result<DitConfig> DitConfig::fromOfficialFile(const std::filesystem::path& file) {
    auto text = readText(file);
    if (!text) return text.status();
    return fromOfficialJson(*text, file.string());
}

Result<DitConfig> DitConfig::fromDiffusersFile(const std::filesystem::path& file) {
    auto text = readText(file);
    if (!text) return text.status();
    return fromDiffusersJson(*text, file.string());
}

Result<DitConfig> DitConfig::fromShapes(const ComponentTensors& t) {
    const std::string origin = t.origin();
    auto need = [&](std::string_view name, std::size_t rank) -> Result<std::vector<std::int64_t>> {
        auto s = shapeOf(t, name);
        if (!s) return Status::error(ErrorCode::Corrupt, fmt::format("{}: {} is missing", origin, name));
        if (s->size() != rank) {
            return Status::error(ErrorCode::Corrupt,
                                 fmt::format("{}: {} has {} dimensions, expected {}", origin, name, s->size(), rank));
        }
        return *s;
    };
    auto projIn = need("decoder.proj_in.1.weight", 3);
    auto projOut = need("decoder.proj_out.1.weight", 3);
    auto qNorm = need("decoder.layers.0.self_attn.q_norm.weight", 1);
    auto q = need("decoder.layers.0.self_attn.q_proj.weight", 2);
    auto k = need("decoder.layers.0.self_attn.k_proj.weight", 2);
    auto gate = need("decoder.layers.0.mlp.gate_proj.weight", 2);
    auto cond = need("decoder.condition_embedder.weight", 2);
    for (const Status& s : {projIn.status(), projOut.status(), qNorm.status(), q.status(), k.status(), gate.status(),
                            cond.status()}) {
        if (!s) return s;
    }
    DitConfig c;
    c.hidden = (*projIn)[0];
    c.inChannels = (*projIn)[1];
    c.patch = (*projIn)[2];
    c.latent = (*projOut)[1];
    c.headDim = (*qNorm)[0];
    c.heads = c.headDim > 0 ? (*q)[0] / c.headDim : 0;
    c.kvHeads = c.headDim > 0 ? (*k)[0] / c.headDim : 0;
    c.intermediate = (*gate)[0];
    c.encoderHidden = (*cond)[1];
    c.attentionBias = t.find("decoder.layers.0.self_attn.q_proj.bias") != nullptr;
    // Depth: the contiguous run of decoder.layers.N.
    std::int64_t n = 0;
    while (t.find(fmt::format("decoder.layers.{}.self_attn_norm.weight", n)) != nullptr) ++n;
    c.layers = n;
    c.layerTypes = alternating(n);
    c.modelVersion.clear();
    if (Status s = c.validate(); !s) return invalid(origin, fmt::format("tensor shapes: {}", s.message()));
    return c;
}

Result<DitConfig> DitConfig::forComponent(const CatalogComponent& component, const ComponentTensors& tensors) {
    if (component.kind != ComponentKind::DiT) {
        return Status::error(ErrorCode::InvalidArgument, "the component is not a DiT");
    }
    if (component.files.empty()) return Status::error(ErrorCode::InvalidArgument, "the DiT component has no files");
    switch (component.layout) {
        case Layout::OfficialFolder:
            return fromOfficialFile(component.files.front().parent_path() / "config.json");
        case Layout::DiffusersFolder:
            for (const auto& f : component.files) {
                if (f.parent_path().filename() == "transformer") {
                    return fromDiffusersFile(f.parent_path() / "config.json");
                }
            }
            return Status::error(ErrorCode::Corrupt, "the diffusers DiT has no transformer/ folder");
        default:
            return fromShapes(tensors);
    }
}

}  // namespace songloom::dit
