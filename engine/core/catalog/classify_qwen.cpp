// Qwen3 groups (checkpoint-layouts 2.3, 9 step 3e): the role follows from the vocabulary rows, not the
// width -- the text encoder and the 0.6B planner are both 1024 wide with 28 layers.
#include "catalog/classify.h"
#include "catalog/key_check.h"

#include <fmt/format.h>

namespace songloom::catalog {

namespace {

constexpr std::int64_t kTextEncoderVocab = 151669;  // Qwen3-Embedding-0.6B (engine-spec-vae 4.1)
constexpr std::int64_t kPlannerVocab = 217204;      // Qwen3 + 65,535 audio-code tokens (5.1)
constexpr std::int64_t kGenericQwen3Vocab = 151936;

PlannerSize plannerSizeFor(std::int64_t width, std::int64_t layers) {
    if (width == 1024 && layers == 28) return PlannerSize::Lm0_6B;
    if (width == 2048 && layers == 28) return PlannerSize::Lm1_7B;
    if (width == 2560 && layers == 36) return PlannerSize::Lm4B;
    return PlannerSize::Custom;
}

// The shape family a resized planner keeps: Qwen3-0.6B's attention is twice its width (2048 over
// 1024), 1.7B's equals it (2048), 4B's is 8/5 of it (4096 over 2560) with four query heads per KV head.
std::string plannerFamily(std::int64_t width, std::int64_t attentionWidth, std::int64_t heads, std::int64_t kvHeads) {
    if (attentionWidth == 2 * width) return "0.6B";
    if (attentionWidth == width) return "1.7B";
    if (5 * attentionWidth == 8 * width && heads == 4 * kvHeads) return "4B";
    return "custom";
}

}  // namespace

std::optional<Classified> classifyQwen(const TensorTable& t, const GroupHints& hints) {
    // Official text-encoder files have no "model." prefix; LM and Comfy files do (2.3). Accept both.
    std::string p;
    if (t.has("model.embed_tokens.weight") && t.has("model.layers.0.self_attn.q_norm.weight")) {
        p = "model.";
    } else if (!(t.has("embed_tokens.weight") && t.has("layers.0.self_attn.q_norm.weight"))) {
        return std::nullopt;
    }
    const Shape embed = t.shape(p + "embed_tokens.weight");
    if (embed.size() != 2) return Classified::reject("a Qwen3-like model whose embedding table is not 2-D");
    const std::int64_t vocab = embed[0], width = embed[1];

    if (vocab == kGenericQwen3Vocab) {
        return Classified::reject(
            fmt::format("a general-purpose Qwen3 model (vocabulary {}), not ACE-Step's text encoder", vocab));
    }
    if (vocab != kTextEncoderVocab && vocab != kPlannerVocab) {
        return Classified::reject(fmt::format(
            "a Qwen3 model with a {}-token vocabulary, not ACE-Step's text encoder ({}) or planner ({})", vocab,
            kTextEncoderVocab, kPlannerVocab));
    }

    CatalogComponent c;
    c.keyPrefix = p;
    const std::int64_t layers = t.indexedCount(p + "layers.");
    const std::int64_t headDim = t.dim(p + "layers.0.self_attn.q_norm.weight", 0).value_or(128);
    const std::int64_t heads = headDim > 0 ? t.dim(p + "layers.0.self_attn.q_proj.weight", 0).value_or(0) / headDim : 0;
    const std::int64_t kvHeads = headDim > 0 ? t.dim(p + "layers.0.self_attn.k_proj.weight", 0).value_or(0) / headDim : 0;
    const std::int64_t inner = t.dim(p + "layers.0.mlp.gate_proj.weight", 0).value_or(0);

    if (vocab == kTextEncoderVocab) {
        c.kind = ComponentKind::TextEncoder;
        if (width != 1024 || layers != 28) {
            c.notes.push_back(fmt::format("not the released Qwen3-Embedding-0.6B shape (1024 wide, 28 layers): "
                                          "{} wide, {} layers",
                                          width, layers));
        }
    } else {
        c.kind = ComponentKind::Planner;
        c.plannerSize = plannerSizeFor(width, layers);
        c.family = plannerFamily(width, heads * headDim, heads, kvHeads);
        if (c.plannerSize == PlannerSize::Custom) {
            c.notes.push_back(fmt::format("not a released planner size (0.6B, 1.7B, 4B): {} wide, {} layers",
                                          width, layers));
        }
    }

    // Exact key set (310 / 398 tensors); a stray lm_head is tolerated: embeddings are tied (2.3).
    ExpectedTensors expected;
    expected[p + "embed_tokens.weight"] = {vocab, width};
    expected[p + "norm.weight"] = {width};
    for (std::int64_t i = 0; i < layers; ++i) {
        const std::string l = fmt::format("{}layers.{}.", p, i);
        expected[l + "input_layernorm.weight"] = {width};
        expected[l + "post_attention_layernorm.weight"] = {width};
        expected[l + "self_attn.q_proj.weight"] = {heads * headDim, width};
        expected[l + "self_attn.k_proj.weight"] = {kvHeads * headDim, width};
        expected[l + "self_attn.v_proj.weight"] = {kvHeads * headDim, width};
        expected[l + "self_attn.o_proj.weight"] = {width, heads * headDim};
        expected[l + "self_attn.q_norm.weight"] = {headDim};
        expected[l + "self_attn.k_norm.weight"] = {headDim};
        expected[l + "mlp.gate_proj.weight"] = {inner, width};
        expected[l + "mlp.up_proj.weight"] = {inner, width};
        expected[l + "mlp.down_proj.weight"] = {width, inner};
    }
    const KeyCheck check = checkKeys(t, expected, {}, [](const std::string& name) {
        return name == "lm_head.weight" || name == "model.lm_head.weight";
    });
    for (auto& problem : describeKeyCheck(check)) c.problems.push_back(std::move(problem));

    c.dims = {{"vocab_size", vocab},           {"hidden_size", width},      {"num_hidden_layers", layers},
              {"num_attention_heads", heads}, {"num_key_value_heads", kvHeads}, {"head_dim", headDim},
              {"intermediate_size", inner}};
    checkConfigDims(hints.config, c.dims, c.problems);
    c.tensorCount = t.size();
    c.parameterCount = t.parameterCount();
    c.dtype = t.dominantDType();
    return Classified::accept(std::move(c));
}

}  // namespace songloom::catalog
