#include "dit/condition_config.h"

#include "fileio/strict_json.h"
#include "nn/tensor_text.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <fstream>
#include <numeric>
#include <optional>
#include <sstream>

namespace songloom::dit {

namespace {

using nlohmann::json;

using nn::invalid;

// Reads the keys of one JSON object with type checks; the first problem is kept and reported.
class Keys {
public:
    Keys(const json& object, std::string_view label) : j_(object), label_(label) {}

    bool has(const char* key) const { return j_.contains(key) && !j_[key].is_null(); }

    void integer(const char* key, std::int64_t& out) {
        if (!has(key)) return;
        const json& v = j_[key];
        if (!v.is_number_integer()) return fail(key, "an integer", v);
        out = v.get<std::int64_t>();
    }
    void number(const char* key, double& out) {
        if (!has(key)) return;
        const json& v = j_[key];
        if (!v.is_number()) return fail(key, "a number", v);
        out = v.get<double>();
    }
    void boolean(const char* key, bool& out) {
        if (!has(key)) return;
        const json& v = j_[key];
        if (!v.is_boolean()) return fail(key, "true or false", v);
        out = v.get<bool>();
    }
    void integers(const char* key, std::vector<std::int64_t>& out) {
        if (!has(key)) return;
        const json& v = j_[key];
        if (!v.is_array()) return fail(key, "a list of integers", v);
        std::vector<std::int64_t> values;
        for (const json& e : v) {
            if (!e.is_number_integer()) return fail(key, "a list of integers", v);
            values.push_back(e.get<std::int64_t>());
        }
        out = std::move(values);
    }
    // layer_types: "sliding_attention" / "full_attention" entries; `count` first ones (all when 0).
    void layerTypes(const char* key, std::vector<bool>& out, std::size_t count) {
        if (!has(key)) return;
        const json& v = j_[key];
        if (!v.is_array()) return fail(key, "a list of \"sliding_attention\" / \"full_attention\"", v);
        std::vector<bool> sliding;
        for (const json& e : v) {
            if (!e.is_string() || (e != "sliding_attention" && e != "full_attention")) {
                return fail(key, "a list of \"sliding_attention\" / \"full_attention\"", v);
            }
            sliding.push_back(e == "sliding_attention");
        }
        if (count != 0 && sliding.size() < count) {
            status_ = invalid(fmt::format("{}: {} has {} entries, at least {} needed", label_, key, sliding.size(),
                                          count));
            return;
        }
        if (count != 0) sliding.resize(count);
        out = std::move(sliding);
    }
    const Status& status() const { return status_; }

private:
    void fail(const char* key, const char* expected, const json& v) {
        if (!status_.isOk()) return;
        status_ = invalid(fmt::format("{}: {} must be {}, found {} {}", label_, key, expected,
                                      fileio::jsonTypeName(v), fileio::jsonExcerpt(v)));
    }
    const json& j_;
    std::string label_;
    Status status_;
};

Result<json> parseObject(std::string_view text, std::string_view label) {
    auto parsed = fileio::parseStrictJson(text, 16);
    if (parsed.problem) {
        return Status::error(ErrorCode::Corrupt, fmt::format("{} is not valid JSON: {}", label,
                                                             parsed.problem->detail.empty() ? parsed.problem->key
                                                                                            : parsed.problem->detail));
    }
    if (!parsed.value.is_object()) {
        return Status::error(ErrorCode::Corrupt, fmt::format("{} must hold a JSON object", label));
    }
    return std::move(parsed.value);
}

std::optional<std::string> readText(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// The shared encoder-block keys of a diffusers component config.
void readBlockKeys(Keys& k, ConditionConfig& c) {
    k.integer("hidden_size", c.hidden);
    k.integer("intermediate_size", c.intermediate);
    k.integer("num_attention_heads", c.heads);
    k.integer("num_key_value_heads", c.kvHeads);
    k.integer("head_dim", c.headDim);
    k.number("rope_theta", c.ropeTheta);
    k.number("rms_norm_eps", c.eps);
    k.boolean("attention_bias", c.attentionBias);
    k.integer("sliding_window", c.slidingWindow);
}

std::int64_t rows(const ComponentTensors& t, const char* name, int dim, std::int64_t fallback) {
    const auto* e = t.find(name);
    if (!e || static_cast<int>(e->info->shape.size()) <= dim) return fallback;
    return static_cast<std::int64_t>(e->info->shape[static_cast<std::size_t>(dim)]);
}

std::int64_t countLayers(const ComponentTensors& t, const std::string& prefix) {
    std::int64_t n = 0;
    while (t.find(fmt::format("{}.layers.{}.input_layernorm.weight", prefix, n))) ++n;
    return n;
}

}  // namespace

void ConditionConfig::fillDefaultLayerTypes() {
    auto fill = [](std::vector<bool>& v, std::int64_t n) {
        if (!v.empty()) return;
        for (std::int64_t i = 0; i < n; ++i) v.push_back(i % 2 == 0);
    };
    fill(lyricSliding, lyricLayers);
    fill(timbreSliding, timbreLayers);
    fill(poolerSliding, poolerLayers);
    fill(detokSliding, poolerLayers);
}

std::int64_t ConditionConfig::codebookSize() const {
    return std::accumulate(fsqLevels.begin(), fsqLevels.end(), std::int64_t{1}, std::multiplies<>());
}

Status ConditionConfig::validate() const {
    auto positive = [](const char* key, std::int64_t v, std::int64_t max) -> Status {
        if (v < 1 || v > max) return invalid(fmt::format("{} = {} is out of range: allowed 1 to {}", key, v, max));
        return Status::ok();
    };
    const std::pair<const char*, std::int64_t> sizes[] = {
        {"encoder_hidden_size", hidden},        {"encoder_intermediate_size", intermediate},
        {"encoder_num_attention_heads", heads}, {"encoder_num_key_value_heads", kvHeads},
        {"head_dim", headDim},                  {"text_hidden_dim", textHidden},
        {"timbre_hidden_dim", timbreHidden},    {"audio_acoustic_hidden_dim", acousticHidden},
        {"sliding_window", slidingWindow},      {"pool_window_size", poolWindow},
        {"fsq_dim", fsqDim},                    {"timbre_fix_frame", timbreFixFrames}};
    for (const auto& [key, v] : sizes) {
        if (Status s = positive(key, v, 1 << 20); !s) return s;
    }
    const std::pair<const char*, std::int64_t> layers[] = {{"num_lyric_encoder_hidden_layers", lyricLayers},
                                                           {"num_timbre_encoder_hidden_layers", timbreLayers},
                                                           {"num_attention_pooler_hidden_layers", poolerLayers}};
    for (const auto& [key, v] : layers) {
        if (Status s = positive(key, v, 256); !s) return s;
    }
    if (heads % kvHeads != 0) {
        return invalid(fmt::format("encoder_num_attention_heads = {} must be a multiple of "
                                   "encoder_num_key_value_heads = {}",
                                   heads, kvHeads));
    }
    if (headDim % 2 != 0) return invalid(fmt::format("head_dim = {} must be even (rotary embedding)", headDim));
    if (!(ropeTheta > 0.0)) return invalid(fmt::format("rope_theta = {} must be > 0", ropeTheta));
    if (!(eps > 0.0 && eps < 1.0)) return invalid(fmt::format("rms_norm_eps = {} must be in (0, 1)", eps));
    if (fsqQuantizers != 1) {
        return invalid(fmt::format("fsq_input_num_quantizers = {} is not supported: allowed 1", fsqQuantizers));
    }
    if (fsqLevels.empty() || fsqLevels.size() > 16) {
        return invalid(fmt::format("fsq_input_levels has {} entries: allowed 1 to 16", fsqLevels.size()));
    }
    std::int64_t size = 1;
    for (std::int64_t l : fsqLevels) {
        if (l < 2 || l > 1024) {
            return invalid(fmt::format("fsq_input_levels [{}] holds {}: each level must be 2 to 1024",
                                       fmt::join(fsqLevels, ", "), l));
        }
        size *= l;
        if (size > (std::int64_t{1} << 40)) return invalid("fsq_input_levels: the codebook is too large");
    }
    auto checkTypes = [](const char* what, const std::vector<bool>& v, std::int64_t n) -> Status {
        if (static_cast<std::int64_t>(v.size()) != n) {
            return invalid(fmt::format("layer_types of the {} has {} entries, {} layers", what, v.size(), n));
        }
        return Status::ok();
    };
    if (Status s = checkTypes("lyric encoder", lyricSliding, lyricLayers); !s) return s;
    if (Status s = checkTypes("timbre encoder", timbreSliding, timbreLayers); !s) return s;
    if (Status s = checkTypes("attention pooler", poolerSliding, poolerLayers); !s) return s;
    if (Status s = checkTypes("detokenizer", detokSliding, poolerLayers); !s) return s;
    return Status::ok();
}

Result<ConditionConfig> conditionConfigFromOfficialJson(std::string_view text, std::string_view label) {
    auto object = parseObject(text, label);
    if (!object) return object.status();
    const json& j = *object;
    Keys k(j, label);
    ConditionConfig c;
    // The encoder side takes the DiT's values when the encoder_* keys are absent (2B configs).
    k.integer("hidden_size", c.hidden);
    k.integer("intermediate_size", c.intermediate);
    k.integer("num_attention_heads", c.heads);
    k.integer("num_key_value_heads", c.kvHeads);
    k.integer("encoder_hidden_size", c.hidden);
    k.integer("encoder_intermediate_size", c.intermediate);
    k.integer("encoder_num_attention_heads", c.heads);
    k.integer("encoder_num_key_value_heads", c.kvHeads);
    k.integer("head_dim", c.headDim);
    k.integer("text_hidden_dim", c.textHidden);
    k.integer("timbre_hidden_dim", c.timbreHidden);
    k.integer("audio_acoustic_hidden_dim", c.acousticHidden);
    k.integer("num_lyric_encoder_hidden_layers", c.lyricLayers);
    k.integer("num_timbre_encoder_hidden_layers", c.timbreLayers);
    k.integer("num_attention_pooler_hidden_layers", c.poolerLayers);
    k.integer("sliding_window", c.slidingWindow);
    k.number("rope_theta", c.ropeTheta);
    k.number("rms_norm_eps", c.eps);
    k.boolean("attention_bias", c.attentionBias);
    k.integer("pool_window_size", c.poolWindow);
    k.integer("fsq_dim", c.fsqDim);
    k.integers("fsq_input_levels", c.fsqLevels);
    k.integer("fsq_input_num_quantizers", c.fsqQuantizers);
    k.integer("timbre_fix_frame", c.timbreFixFrames);
    if (!k.status()) return k.status();
    // diffusers' converter: the condition encoder gets no layer_types (default alternation), the pooler and
    // the detokenizer the first entries of the DiT's list.
    k.layerTypes("layer_types", c.poolerSliding, static_cast<std::size_t>(std::max<std::int64_t>(c.poolerLayers, 1)));
    if (!k.status()) return k.status();
    c.detokSliding = c.poolerSliding;
    c.fillDefaultLayerTypes();
    if (Status s = c.validate(); !s) return Status::error(s.code(), fmt::format("{}: {}", label, s.message()));
    return c;
}

Result<ConditionConfig> conditionConfigFromDiffusersJson(std::string_view conditionEncoder,
                                                         std::string_view audioTokenizer,
                                                         std::string_view audioDetokenizer) {
    ConditionConfig c;
    {
        auto object = parseObject(conditionEncoder, "condition_encoder/config.json");
        if (!object) return object.status();
        Keys k(*object, "condition_encoder/config.json");
        readBlockKeys(k, c);
        k.integer("text_hidden_dim", c.textHidden);
        k.integer("timbre_hidden_dim", c.timbreHidden);
        k.integer("num_lyric_encoder_hidden_layers", c.lyricLayers);
        k.integer("num_timbre_encoder_hidden_layers", c.timbreLayers);
        if (!k.status()) return k.status();
        // Only the lyric encoder receives layer_types; the timbre encoder always alternates.
        k.layerTypes("layer_types", c.lyricSliding, 0);
        if (!k.status()) return k.status();
        if (!c.lyricSliding.empty() && static_cast<std::int64_t>(c.lyricSliding.size()) < c.lyricLayers) {
            return invalid(fmt::format("condition_encoder/config.json: layer_types has {} entries, {} layers",
                                       c.lyricSliding.size(), c.lyricLayers));
        }
        if (!c.lyricSliding.empty()) c.lyricSliding.resize(static_cast<std::size_t>(c.lyricLayers));
    }
    c.acousticHidden = c.timbreHidden;
    const ConditionConfig encoderSide = c;
    auto component = [&](std::string_view text, const char* label, bool tokenizer,
                         std::vector<bool>& sliding) -> Status {
        if (text.empty()) return Status::ok();
        auto object = parseObject(text, label);
        if (!object) return object.status();
        Keys k(*object, label);
        ConditionConfig t = encoderSide;
        readBlockKeys(k, t);
        k.integer("audio_acoustic_hidden_dim", c.acousticHidden);
        k.integer("pool_window_size", c.poolWindow);
        k.integer("num_attention_pooler_hidden_layers", c.poolerLayers);
        if (tokenizer) {
            k.integer("fsq_dim", c.fsqDim);
            k.integers("fsq_input_levels", c.fsqLevels);
            k.integer("fsq_input_num_quantizers", c.fsqQuantizers);
        }
        if (!k.status()) return k.status();
        k.layerTypes("layer_types", sliding, static_cast<std::size_t>(std::max<std::int64_t>(c.poolerLayers, 1)));
        if (!k.status()) return k.status();
        // One block shape for every part: the engine keeps one set of encoder dimensions.
        const std::pair<const char*, std::pair<std::int64_t, std::int64_t>> same[] = {
            {"hidden_size", {t.hidden, encoderSide.hidden}},
            {"intermediate_size", {t.intermediate, encoderSide.intermediate}},
            {"num_attention_heads", {t.heads, encoderSide.heads}},
            {"num_key_value_heads", {t.kvHeads, encoderSide.kvHeads}},
            {"head_dim", {t.headDim, encoderSide.headDim}},
            {"sliding_window", {t.slidingWindow, encoderSide.slidingWindow}}};
        for (const auto& [key, v] : same) {
            if (v.first != v.second) {
                return invalid(fmt::format("{}: {} = {} differs from condition_encoder/config.json ({}); allowed: "
                                           "the same value",
                                           label, key, v.first, v.second));
            }
        }
        if (t.ropeTheta != encoderSide.ropeTheta || t.eps != encoderSide.eps ||
            t.attentionBias != encoderSide.attentionBias) {
            return invalid(fmt::format("{}: rope_theta / rms_norm_eps / attention_bias differ from "
                                       "condition_encoder/config.json; allowed: the same values",
                                       label));
        }
        return Status::ok();
    };
    if (Status s = component(audioTokenizer, "audio_tokenizer/config.json", true, c.poolerSliding); !s) return s;
    if (Status s = component(audioDetokenizer, "audio_token_detokenizer/config.json", false, c.detokSliding); !s) {
        return s;
    }
    c.fillDefaultLayerTypes();
    if (Status s = c.validate(); !s) return Status::error(s.code(), "diffusers configs: " + s.message());
    return c;
}

Result<ConditionConfig> conditionConfigFromTensors(const ComponentTensors& t) {
    ConditionConfig c;
    if (!t.find("encoder.text_projector.weight")) {
        return Status::error(ErrorCode::Corrupt,
                             fmt::format("{} has no encoder.text_projector.weight: not a condition encoder", t.origin()));
    }
    c.hidden = rows(t, "encoder.text_projector.weight", 0, c.hidden);
    c.textHidden = rows(t, "encoder.text_projector.weight", 1, c.textHidden);
    c.timbreHidden = rows(t, "encoder.timbre_encoder.embed_tokens.weight", 1, c.timbreHidden);
    c.acousticHidden = rows(t, "tokenizer.audio_acoustic_proj.weight", 1, c.timbreHidden);
    c.intermediate = rows(t, "encoder.lyric_encoder.layers.0.mlp.gate_proj.weight", 0, c.intermediate);
    c.headDim = rows(t, "encoder.lyric_encoder.layers.0.self_attn.q_norm.weight", 0, c.headDim);
    c.heads = rows(t, "encoder.lyric_encoder.layers.0.self_attn.q_proj.weight", 0, c.heads * c.headDim) / c.headDim;
    c.kvHeads =
        rows(t, "encoder.lyric_encoder.layers.0.self_attn.k_proj.weight", 0, c.kvHeads * c.headDim) / c.headDim;
    c.attentionBias = t.find("encoder.lyric_encoder.layers.0.self_attn.q_proj.bias") != nullptr;
    c.lyricLayers = countLayers(t, "encoder.lyric_encoder");
    c.timbreLayers = countLayers(t, "encoder.timbre_encoder");
    if (t.find("tokenizer.attention_pooler.layers.0.input_layernorm.weight")) {
        c.poolerLayers = countLayers(t, "tokenizer.attention_pooler");
    } else if (t.find("detokenizer.layers.0.input_layernorm.weight")) {
        c.poolerLayers = countLayers(t, "detokenizer");
    }
    c.poolWindow = rows(t, "detokenizer.special_tokens", 1, c.poolWindow);
    c.fsqDim = rows(t, "tokenizer.quantizer.project_in.weight", 1, c.fsqDim);
    if (const auto codebookDim = rows(t, "tokenizer.quantizer.project_in.weight", 0, 6); codebookDim != 6) {
        return Status::error(ErrorCode::Unsupported,
                             fmt::format("{}: tokenizer.quantizer.project_in.weight has {} rows; without a config "
                                         "only the release FSQ levels [8, 8, 8, 5, 5, 5] (6 rows) are known",
                                         t.origin(), codebookDim));
    }
    c.fillDefaultLayerTypes();
    if (Status s = c.validate(); !s) return Status::error(s.code(), fmt::format("{}: {}", t.origin(), s.message()));
    return c;
}

Result<ConditionConfig> conditionConfigFromFolder(const std::filesystem::path& dir) {
    const auto diffusersConfig = readText(dir / "condition_encoder" / "config.json");
    if (diffusersConfig) {
        const auto tok = readText(dir / "audio_tokenizer" / "config.json");
        const auto detok = readText(dir / "audio_token_detokenizer" / "config.json");
        return conditionConfigFromDiffusersJson(*diffusersConfig, tok.value_or(""), detok.value_or(""));
    }
    const auto official = readText(dir / "config.json");
    if (official) return conditionConfigFromOfficialJson(*official, (dir / "config.json").string());
    return Status::error(ErrorCode::NotFound, fmt::format("{} holds neither config.json nor "
                                                          "condition_encoder/config.json",
                                                          dir.string()));
}

}  // namespace songloom::dit
