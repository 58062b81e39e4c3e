// LoRA / LoKr / LoHa recognition (checkpoint-layouts 8, 9 step 3a). Only the DiT decoder is adapted by
// every known trainer; the self-attention q_proj's input width tells the DiT size (2048 / 2560).
#include "catalog/classify.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cmath>

namespace songloom::catalog {

namespace {

bool isAdapterKey(const std::string& name) {
    static const char* const fragments[] = {".lora_A.", ".lora_B.", ".lora_down.", ".lora_up.", "lokr_w1",
                                            "lokr_w2", ".hada_",   ".lora.down.", ".lora.up."};
    for (const char* f : fragments) {
        if (name.find(f) != std::string::npos) return true;
    }
    return name.rfind("lycoris_", 0) == 0 || name.rfind("lora_unet_", 0) == 0 ||
           name.rfind("base_model.model.", 0) == 0;
}

// Dots and underscores both separate path parts across the conventions (PEFT dotted paths, kohya and
// LyCORIS underscore paths), so compare in an all-underscore spelling.
std::string flat(std::string s) {
    std::replace(s.begin(), s.end(), '.', '_');
    return s;
}

// The layer index after "layers_" (or -1).
int layerIndex(const std::string& flatName) {
    const auto at = flatName.find("layers_");
    if (at == std::string::npos) return -1;
    std::size_t i = at + 7;
    if (i >= flatName.size() || !std::isdigit(static_cast<unsigned char>(flatName[i]))) return -1;
    int value = 0;
    while (i < flatName.size() && std::isdigit(static_cast<unsigned char>(flatName[i])) && value < 100000) {
        value = value * 10 + (flatName[i++] - '0');
    }
    return value;
}

bool isDown(const std::string& f) {
    return f.find("lora_A") != std::string::npos || f.find("lora_down") != std::string::npos ||
           f.find("lora_linear_layer_down") != std::string::npos;
}
bool isUp(const std::string& f) {
    return f.find("lora_B") != std::string::npos || f.find("lora_up") != std::string::npos ||
           f.find("lora_linear_layer_up") != std::string::npos;
}

std::optional<double> numberFrom(const nlohmann::json& j, const char* key) {
    auto it = j.find(key);
    if (it == j.end() || !it->is_number()) return std::nullopt;
    return it->get<double>();
}

std::optional<double> numberFromText(const std::map<std::string, std::string>* md, const char* key) {
    if (md == nullptr) return std::nullopt;
    auto it = md->find(key);
    if (it == md->end()) return std::nullopt;
    try {
        return std::stod(it->second);
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

}  // namespace

std::optional<Classified> classifyAdapter(const TensorTable& t, const GroupHints& hints) {
    bool any = false;
    for (const auto& [name, meta] : t) any = any || isAdapterKey(name);
    if (!any) return std::nullopt;

    const bool textEncoderGroup = hints.groupPrefix.rfind("text_encoders.", 0) == 0 ||
                                  hints.groupPrefix.rfind("cond_stage_model.", 0) == 0;
    if (textEncoderGroup || t.anyKeyStartsWith("text_encoders.") || t.anyKeyStartsWith("lora_te")) {
        return Classified::reject("a LoRA for the text encoder: Songloom applies adapters to the DiT only");
    }

    CatalogComponent c;
    c.kind = ComponentKind::Adapter;
    const bool lokr = t.anyKeyContains("lokr_w1") || t.anyKeyContains("lokr_w2");
    const bool loha = t.anyKeyContains(".hada_");
    c.layout = lokr ? Layout::LokrFile : Layout::LoraFile;

    // What precedes the decoder-relative module path ("base_model.model.", "lycoris_", ...).
    for (const auto& [name, meta] : t) {
        const auto at = name.find("layers");
        if (at == std::string::npos) continue;
        c.keyPrefix = name.substr(0, at);
        break;
    }

    int maxLayer = -1;
    std::optional<std::int64_t> inWidth, outWidth, rank;
    std::pair<std::int64_t, std::int64_t> lokr1{0, 0}, lokr2{0, 0};  // (out, in) of the two Kronecker factors
    bool alphaTensors = false;
    for (const auto& [name, meta] : t) {
        const std::string f = flat(name);
        maxLayer = std::max(maxLayer, layerIndex(f));
        if (f.ends_with("_alpha") && meta.numel() == 1) alphaTensors = true;
        if (layerIndex(f) != 0 || f.find("self_attn_q_proj") == std::string::npos) continue;
        const Shape& s = meta.shape;
        if (s.size() != 2) continue;
        if (lokr) {  // W = kron(w1, w2): [out, in] multiply; factored halves are a: [o, r], b: [r, i]
            if (f.ends_with("lokr_w1") || f.ends_with("lokr_w1_a")) lokr1.first = s[0];
            if (f.ends_with("lokr_w1") || f.ends_with("lokr_w1_b")) lokr1.second = s[1];
            if (f.ends_with("lokr_w2") || f.ends_with("lokr_w2_a")) lokr2.first = s[0];
            if (f.ends_with("lokr_w2") || f.ends_with("lokr_w2_b")) lokr2.second = s[1];
            if (f.ends_with("lokr_w1_b") || f.ends_with("lokr_w2_b")) rank = s[0];
        } else if (loha) {
            if (f.ends_with("hada_w1_b")) {
                inWidth = s[1];
                rank = s[0];
            }
        } else if (isDown(f)) {
            inWidth = s[1];  // down / A: [r, in]
            rank = s[0];
        } else if (isUp(f)) {
            outWidth = s[0];  // up / B: [out, r]
        }
    }
    if (lokr && lokr1.second > 0 && lokr2.second > 0) inWidth = lokr1.second * lokr2.second;
    if (lokr && lokr1.first > 0 && lokr2.first > 0) outWidth = lokr1.first * lokr2.first;
    const std::int64_t layers = maxLayer + 1;

    // Target DiT: q_proj in-width first, else the layer count (section 8, last paragraph).
    if (inWidth) {
        c.adapterTarget = *inWidth == 2048 ? "2B" : *inWidth == 2560 ? "XL" : "custom";
    } else {
        c.adapterTarget = layers == 24 ? "2B" : layers == 32 ? "XL" : "custom";
        c.notes.push_back("no self-attention q_proj weights: the target size is guessed from the layer count");
    }
    // Family of a non-released (tiny) target: the 2B DiT's attention is as wide as the model
    // (16 x 128 = 2048), the XL one's is wider (32 x 128 = 4096 over 2560).
    if (c.adapterTarget == "custom" && inWidth && outWidth) c.family = *outWidth == *inWidth ? "2B" : "XL";
    else if (c.adapterTarget != "custom") c.family = c.adapterTarget;
    const std::int64_t targetLayers = c.adapterTarget == "2B" ? 24 : c.adapterTarget == "XL" ? 32 : 0;
    if (targetLayers > 0 && layers > targetLayers) {
        c.problems.push_back(fmt::format("adapts layer {}, but the {} DiT has only {} layers", layers - 1,
                                         c.adapterTarget, targetLayers));
    }

    c.adapterRank = static_cast<int>(rank.value_or(0));
    // Scale: adapter_config.json, then __metadata__, then per-module .alpha tensors (section 9 step 3a).
    if (hints.adapterConfig != nullptr && hints.adapterConfig->is_object()) {
        c.adapterAlpha = numberFrom(*hints.adapterConfig, "lora_alpha");
        const auto r = numberFrom(*hints.adapterConfig, "r");
        const bool patterns = hints.adapterConfig->contains("rank_pattern") &&
                              !hints.adapterConfig->at("rank_pattern").empty();
        if (r && rank && !patterns && std::llround(*r) != *rank) {
            c.problems.push_back(fmt::format("adapter_config.json says r = {}, but the weights have rank {}",
                                             std::llround(*r), *rank));
        }
    }
    if (!c.adapterAlpha) c.adapterAlpha = numberFromText(hints.metadata, "lora_alpha");
    if (lokr && hints.metadata != nullptr) {
        auto it = hints.metadata->find("lokr_config");
        if (it != hints.metadata->end()) {
            const auto j = nlohmann::json::parse(it->second, nullptr, false);
            if (j.is_object()) {
                if (!c.adapterAlpha) c.adapterAlpha = numberFrom(j, "linear_alpha");
                if (c.adapterRank == 0) c.adapterRank = static_cast<int>(numberFrom(j, "linear_dim").value_or(0));
            }
        }
    }
    if (!c.adapterAlpha && alphaTensors) c.notes.push_back("strength (alpha) stored per module in the file");
    if (loha) c.notes.push_back("LoHa adapter");

    c.dims = {{"layers", layers}};
    if (rank) c.dims["rank"] = *rank;
    if (inWidth) c.dims["target_hidden_size"] = *inWidth;
    c.tensorCount = t.size();
    c.parameterCount = t.parameterCount();
    c.dtype = t.dominantDType();
    return Classified::accept(std::move(c));
}

}  // namespace songloom::catalog
