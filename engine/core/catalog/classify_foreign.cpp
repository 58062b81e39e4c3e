// Files that are recognisably something else (checkpoint-layouts 9 step 3g, 7.2): refused with a reason
// a person can act on.
#include "catalog/classify.h"

#include <fmt/format.h>

namespace songloom::catalog {

std::optional<Classified> classifyQuantised(const TensorTable& t) {
    std::string evidence;
    for (const auto& [name, meta] : t) {
        if (meta.dtype == DType::F8_E4M3 || meta.dtype == DType::F8_E5M2 || meta.dtype == DType::I8) {
            evidence = fmt::format("{} is stored as {}", name, dtypeName(meta.dtype));
            break;
        }
        // optimum-quanto and ComfyUI fp8-scaled markers (7.2)
        for (const char* suffix : {".weight_scale", ".scale_weight", ".comfy_quant", "._data", "._scale"}) {
            if (name.ends_with(suffix)) evidence = fmt::format("it has scale tensors such as {}", name);
        }
        if (name == "scaled_fp8") evidence = "it has a scaled_fp8 marker";
        if (!evidence.empty()) break;
    }
    if (evidence.empty()) return std::nullopt;
    return Classified::reject(fmt::format(
        "quantised weights (fp8/int8: {}) are not supported yet: use the bf16 or fp32 release of this model",
        evidence));
}

std::optional<Classified> classifyForeign(const TensorTable& t) {
    if (t.has("genre_embedder.weight") || t.anyKeyStartsWith("transformer_blocks.")) {
        return Classified::reject(
            "an ACE-Step v1 (3.5B) model: Songloom runs ACE-Step 1.5, whose files are different");
    }
    if (t.has("vocoder.backbone.channel_layers.0.0.bias")) {
        return Classified::reject("the ACE-Step v1 music DCAE/vocoder, not the ACE-Step 1.5 VAE");
    }
    if (t.has("shared.weight") && t.has("encoder.block.0.layer.0.SelfAttention.q.weight")) {
        return Classified::reject("a UMT5 text encoder (used by ACE-Step v1), not ACE-Step 1.5's Qwen3 text encoder");
    }
    return std::nullopt;
}

}  // namespace songloom::catalog
