#include "catalog/dit_keys.h"

#include <fmt/format.h>

namespace songloom::catalog {

DitDims officialDitDims2B() {
    DitDims d;
    d.hidden = 2048;
    d.layers = 24;
    d.heads = 16;
    d.kvHeads = 8;
    d.intermediate = 6144;
    d.encHidden = 2048;
    d.encIntermediate = 6144;
    d.encHeads = 16;
    d.encKvHeads = 8;
    return d;
}

DitDims officialDitDimsXL() {
    // XL construction: only the DiT is wider; the condition side is the 2B one (engine-spec-dit 1).
    DitDims d = officialDitDims2B();
    d.hidden = 2560;
    d.layers = 32;
    d.heads = 32;
    d.intermediate = 9728;
    return d;
}

namespace {

// Attention block shared by self- and cross-attention of the DiT and by every encoder layer.
void addAttention(ExpectedTensors& e, const std::string& p, std::int64_t width, std::int64_t heads,
                  std::int64_t kvHeads, std::int64_t headDim) {
    e[p + "q_proj.weight"] = {heads * headDim, width};
    e[p + "k_proj.weight"] = {kvHeads * headDim, width};
    e[p + "v_proj.weight"] = {kvHeads * headDim, width};
    e[p + "o_proj.weight"] = {width, heads * headDim};
    e[p + "q_norm.weight"] = {headDim};
    e[p + "k_norm.weight"] = {headDim};
}

void addMlp(ExpectedTensors& e, const std::string& p, std::int64_t width, std::int64_t inner) {
    e[p + "gate_proj.weight"] = {inner, width};
    e[p + "up_proj.weight"] = {inner, width};
    e[p + "down_proj.weight"] = {width, inner};
}

// The generic encoder layer "E" (11 tensors, engine-spec-dit 2.3), He wide.
void addEncoderLayers(ExpectedTensors& e, const std::string& prefix, std::int64_t count, const DitDims& d) {
    for (std::int64_t i = 0; i < count; ++i) {
        const std::string p = fmt::format("{}{}.", prefix, i);
        e[p + "input_layernorm.weight"] = {d.encHidden};
        e[p + "post_attention_layernorm.weight"] = {d.encHidden};
        addAttention(e, p + "self_attn.", d.encHidden, d.encHeads, d.encKvHeads, d.headDim);
        addMlp(e, p + "mlp.", d.encHidden, d.encIntermediate);
    }
}

void addTimeEmbedding(ExpectedTensors& e, const std::string& p, const DitDims& d) {
    e[p + "linear_1.weight"] = {d.hidden, d.timeDim};
    e[p + "linear_1.bias"] = {d.hidden};
    e[p + "linear_2.weight"] = {d.hidden, d.hidden};
    e[p + "linear_2.bias"] = {d.hidden};
    e[p + "time_proj.weight"] = {6 * d.hidden, d.hidden};  // AdaLN: shift/scale/gate for attn and MLP
    e[p + "time_proj.bias"] = {6 * d.hidden};
}

}  // namespace

ExpectedTensors expectedDecoder(const DitDims& d) {
    ExpectedTensors e;
    const std::int64_t h = d.hidden;
    e["decoder.proj_in.1.weight"] = {h, d.inChannels, d.patch};
    e["decoder.proj_in.1.bias"] = {h};
    addTimeEmbedding(e, "decoder.time_embed.", d);
    addTimeEmbedding(e, "decoder.time_embed_r.", d);
    e["decoder.condition_embedder.weight"] = {h, d.encHidden};
    e["decoder.condition_embedder.bias"] = {h};
    e["decoder.norm_out.weight"] = {h};
    e["decoder.scale_shift_table"] = {1, 2, h};
    e["decoder.proj_out.1.weight"] = {h, d.latent, d.patch};  // ConvTranspose1d: [in, out, k]
    e["decoder.proj_out.1.bias"] = {d.latent};
    for (std::int64_t i = 0; i < d.layers; ++i) {
        const std::string p = fmt::format("decoder.layers.{}.", i);
        e[p + "self_attn_norm.weight"] = {h};
        addAttention(e, p + "self_attn.", h, d.heads, d.kvHeads, d.headDim);
        e[p + "cross_attn_norm.weight"] = {h};
        // Cross-attention K/V read the condition after condition_embedder, i.e. H wide (spec-dit 2.2).
        addAttention(e, p + "cross_attn.", h, d.heads, d.kvHeads, d.headDim);
        e[p + "mlp_norm.weight"] = {h};
        addMlp(e, p + "mlp.", h, d.intermediate);
        e[p + "scale_shift_table"] = {1, 6, h};
    }
    return e;
}

ExpectedTensors expectedConditionEncoder(const DitDims& d) {
    ExpectedTensors e;
    const std::int64_t w = d.encHidden;
    e["encoder.text_projector.weight"] = {w, d.textDim};
    e["encoder.lyric_encoder.embed_tokens.weight"] = {w, d.textDim};
    e["encoder.lyric_encoder.embed_tokens.bias"] = {w};
    addEncoderLayers(e, "encoder.lyric_encoder.layers.", d.lyricLayers, d);
    e["encoder.lyric_encoder.norm.weight"] = {w};
    e["encoder.timbre_encoder.embed_tokens.weight"] = {w, d.timbreDim};
    e["encoder.timbre_encoder.embed_tokens.bias"] = {w};
    addEncoderLayers(e, "encoder.timbre_encoder.layers.", d.timbreLayers, d);
    e["encoder.timbre_encoder.norm.weight"] = {w};
    e["encoder.timbre_encoder.special_token"] = {1, 1, w};
    return e;
}

ExpectedTensors expectedAudioTokenizer(const DitDims& d) {
    ExpectedTensors e;
    const std::int64_t w = d.encHidden;
    e["tokenizer.audio_acoustic_proj.weight"] = {w, d.latent};
    e["tokenizer.audio_acoustic_proj.bias"] = {w};
    e["tokenizer.attention_pooler.embed_tokens.weight"] = {w, w};
    e["tokenizer.attention_pooler.embed_tokens.bias"] = {w};
    e["tokenizer.attention_pooler.special_token"] = {1, 1, w};
    addEncoderLayers(e, "tokenizer.attention_pooler.layers.", d.poolerLayers, d);
    e["tokenizer.attention_pooler.norm.weight"] = {w};
    e["tokenizer.quantizer.project_in.weight"] = {d.fsqLevels, w};
    e["tokenizer.quantizer.project_in.bias"] = {d.fsqLevels};
    e["tokenizer.quantizer.project_out.weight"] = {w, d.fsqLevels};
    e["tokenizer.quantizer.project_out.bias"] = {w};
    return e;
}

ExpectedTensors expectedAudioDetokenizer(const DitDims& d) {
    ExpectedTensors e;
    const std::int64_t w = d.encHidden;
    e["detokenizer.embed_tokens.weight"] = {w, w};
    e["detokenizer.embed_tokens.bias"] = {w};
    e["detokenizer.special_tokens"] = {1, d.poolWindow, w};
    addEncoderLayers(e, "detokenizer.layers.", d.poolerLayers, d);
    e["detokenizer.norm.weight"] = {w};
    e["detokenizer.proj_out.weight"] = {d.latent, w};
    e["detokenizer.proj_out.bias"] = {d.latent};
    return e;
}

ExpectedTensors expectedNullCondition(const DitDims& d) {
    return ExpectedTensors{{"null_condition_emb", Shape{1, 1, d.encHidden}}};
}

}  // namespace songloom::catalog
