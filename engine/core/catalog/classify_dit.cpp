// DiT bundle recognition (checkpoint-layouts 2.1, 9 step 3b/3c): dimensions from shapes, size class,
// architecture family, and the exact key set of engine-spec-dit section 2.
#include "catalog/classify.h"
#include "catalog/dit_keys.h"

#include <fmt/format.h>

namespace songloom::catalog {

namespace {

std::int64_t dimOr(const TensorTable& t, std::string_view name, std::size_t axis, std::int64_t fallback) {
    return t.dim(name, axis).value_or(fallback);
}

DitDims deriveDims(const TensorTable& t) {
    DitDims d;
    d.hidden = dimOr(t, "decoder.proj_in.1.weight", 0, 0);
    d.inChannels = dimOr(t, "decoder.proj_in.1.weight", 1, 192);
    d.patch = dimOr(t, "decoder.proj_in.1.weight", 2, 2);
    d.layers = t.indexedCount("decoder.layers.");
    d.headDim = dimOr(t, "decoder.layers.0.self_attn.q_norm.weight", 0, 128);
    if (d.headDim <= 0) d.headDim = 128;
    d.heads = dimOr(t, "decoder.layers.0.self_attn.q_proj.weight", 0, 0) / d.headDim;
    d.kvHeads = dimOr(t, "decoder.layers.0.self_attn.k_proj.weight", 0, 0) / d.headDim;
    d.intermediate = dimOr(t, "decoder.layers.0.mlp.gate_proj.weight", 0, 0);
    d.latent = dimOr(t, "decoder.proj_out.1.weight", 1, d.inChannels / 3);
    d.timeDim = dimOr(t, "decoder.time_embed.linear_1.weight", 1, 256);

    // He: what the condition embedder reads; the lyric encoder's width (ComfyUI's key) as a fallback.
    d.encHidden = dimOr(t, "decoder.condition_embedder.weight", 1,
                        dimOr(t, "encoder.lyric_encoder.layers.0.input_layernorm.weight", 0, d.hidden));
    d.encIntermediate = dimOr(t, "encoder.lyric_encoder.layers.0.mlp.gate_proj.weight", 0,
                              d.encHidden == d.hidden ? d.intermediate : 3 * d.encHidden);
    d.encHeads = dimOr(t, "encoder.lyric_encoder.layers.0.self_attn.q_proj.weight", 0, d.encHidden) / d.headDim;
    d.encKvHeads = dimOr(t, "encoder.lyric_encoder.layers.0.self_attn.k_proj.weight", 0,
                         d.kvHeads * d.headDim) / d.headDim;
    d.textDim = dimOr(t, "encoder.text_projector.weight", 1, 1024);
    d.timbreDim = dimOr(t, "encoder.timbre_encoder.embed_tokens.weight", 1, 64);
    d.lyricLayers = t.indexedCount("encoder.lyric_encoder.layers.");
    d.timbreLayers = t.indexedCount("encoder.timbre_encoder.layers.");
    d.poolerLayers = t.indexedCount("tokenizer.attention_pooler.layers.");
    if (d.poolerLayers == 0) d.poolerLayers = t.indexedCount("detokenizer.layers.");
    d.fsqLevels = dimOr(t, "tokenizer.quantizer.project_in.weight", 0, 6);
    d.poolWindow = dimOr(t, "detokenizer.special_tokens", 1, 5);
    return d;
}

bool sameArchitecture(const DitDims& a, const DitDims& b) {
    return a.hidden == b.hidden && a.layers == b.layers && a.heads == b.heads && a.kvHeads == b.kvHeads &&
           a.headDim == b.headDim && a.intermediate == b.intermediate && a.encHidden == b.encHidden;
}

void merge(ExpectedTensors& into, ExpectedTensors part) { into.merge(part); }

}  // namespace

std::optional<Classified> classifyDit(const TensorTable& t, const GroupHints& hints) {
    if (!t.has("decoder.proj_in.1.weight") || !t.has("decoder.layers.0.self_attn.q_proj.weight")) {
        return std::nullopt;
    }
    CatalogComponent c;
    c.kind = ComponentKind::DiT;
    const DitDims found = deriveDims(t);

    // Size class: exact official dims (9 step 3b); anything else consistent is "custom", built from shapes.
    DitDims expectedDims = found;
    if (sameArchitecture(found, officialDitDims2B())) {
        c.size = SizeClass::TwoB;
        expectedDims = officialDitDims2B();
    } else if (sameArchitecture(found, officialDitDimsXL())) {
        c.size = SizeClass::XL;
        expectedDims = officialDitDimsXL();
    } else {
        c.size = SizeClass::Custom;
        c.notes.push_back(fmt::format(
            "not one of the released sizes (width {}, {} layers): an ACE-Step 1.5-like DiT built from its shapes",
            found.hidden, found.layers));
    }
    // Family: the 2B construction has one width throughout; XL widens only the DiT over a 2048-wide
    // condition side (engine-spec-dit 1, "XL construction").
    if (found.encHidden == found.hidden) {
        c.family = "2B";
    } else if (found.hidden > found.encHidden) {
        c.family = "XL";
    } else {
        c.family = "custom";
    }

    if (found.heads * found.headDim != t.dim("decoder.layers.0.self_attn.q_proj.weight", 0).value_or(0)) {
        c.problems.push_back(fmt::format("the attention width is not a multiple of the head size {}", found.headDim));
    }
    if (found.inChannels != 3 * found.latent) {
        c.problems.push_back(fmt::format("the DiT takes {} input channels; ACE-Step 1.5 uses 3 x {} latent channels",
                                         found.inChannels, found.latent));
    }

    // Exact key set. Decoder and condition encoder are required; the audio tokenizer/detokenizer and
    // the null condition are optional as whole groups (they only switch features off, 9 step 3b).
    ExpectedTensors expected = expectedDecoder(expectedDims);
    const bool hasEncoder = t.anyKeyStartsWith("encoder.");
    const bool hasTokenizer = t.anyKeyStartsWith("tokenizer.");
    const bool hasDetokenizer = t.anyKeyStartsWith("detokenizer.");
    const bool hasNull = t.has("null_condition_emb");
    if (hasEncoder) {
        merge(expected, expectedConditionEncoder(expectedDims));
    } else {
        c.problems.push_back("the condition encoder (encoder.*) is missing: this file holds only the DiT decoder");
    }
    if (hasTokenizer) merge(expected, expectedAudioTokenizer(expectedDims));
    if (hasDetokenizer) merge(expected, expectedAudioDetokenizer(expectedDims));
    if (hasNull) merge(expected, expectedNullCondition(expectedDims));

    const KeyCheck check = checkKeys(t, expected, {}, [&](const std::string& name) {
        // Without the encoder group its keys were never expected; it is reported once above.
        return !hasEncoder && name.rfind("encoder.", 0) == 0;
    });
    for (auto& p : describeKeyCheck(check)) c.problems.push_back(std::move(p));

    auto groupClean = [&](std::string_view prefix) {
        auto bad = [&](const std::vector<std::string>& names) {
            for (const auto& n : names) {
                if (n.rfind(prefix, 0) == 0) return true;
            }
            return false;
        };
        return !bad(check.missing) && !bad(check.wrongShape);
    };
    c.hasAudioCodes = hasTokenizer && hasDetokenizer && groupClean("tokenizer.") && groupClean("detokenizer.");
    c.hasNullCondition = hasNull && groupClean("null_condition_emb");
    if (!hasTokenizer || !hasDetokenizer) {
        c.notes.push_back("no audio-code tokenizer/detokenizer: planner codes and covers from audio are off");
    }
    if (!hasNull) c.notes.push_back("no null condition (null_condition_emb): guidance (CFG) is off");

    c.dims = {
        {"hidden_size", found.hidden},
        {"num_hidden_layers", found.layers},
        {"num_attention_heads", found.heads},
        {"num_key_value_heads", found.kvHeads},
        {"head_dim", found.headDim},
        {"intermediate_size", found.intermediate},
        {"in_channels", found.inChannels},
        {"audio_acoustic_hidden_dim", found.latent},
        {"patch_size", found.patch},
        {"encoder_hidden_size", found.encHidden},
        {"encoder_intermediate_size", found.encIntermediate},
        {"encoder_num_attention_heads", found.encHeads},
        {"encoder_num_key_value_heads", found.encKvHeads},
        {"text_hidden_dim", found.textDim},
        {"timbre_hidden_dim", found.timbreDim},
        {"num_lyric_encoder_hidden_layers", found.lyricLayers},
        {"num_timbre_encoder_hidden_layers", found.timbreLayers},
    };
    if (hasTokenizer || hasDetokenizer) c.dims["num_attention_pooler_hidden_layers"] = found.poolerLayers;
    if (hasDetokenizer) c.dims["pool_window_size"] = found.poolWindow;
    if (!hasEncoder) {
        for (const char* key : {"encoder_intermediate_size", "encoder_num_attention_heads",
                                "encoder_num_key_value_heads", "text_hidden_dim", "timbre_hidden_dim",
                                "num_lyric_encoder_hidden_layers", "num_timbre_encoder_hidden_layers"}) {
            c.dims.erase(key);
        }
    }
    checkConfigDims(hints.config, c.dims, c.problems);  // 9 step 4.1: a mismatch is an error

    c.tensorCount = t.size();
    c.parameterCount = t.parameterCount();
    c.dtype = t.dominantDType();
    return Classified::accept(std::move(c));
}

std::optional<Classified> classifyDiffusersPart(const TensorTable& t) {
    // A component file taken out of a diffusers snapshot (9 step 3c): recognisable, but only usable
    // together with its siblings, which the folder scan assembles.
    const char* part = nullptr;
    if (t.has("proj_in_conv.weight") &&
        (t.has("layers.0.self_attn.to_q.weight") || t.has("layers.0.self_attn.q_proj.weight"))) {
        part = "transformer";
    } else if (t.has("text_projector.weight") && t.has("lyric_encoder.layers.0.input_layernorm.weight")) {
        part = "condition_encoder";
    } else if (t.has("audio_acoustic_proj.weight") && t.has("attention_pooler.special_token")) {
        part = "audio_tokenizer";
    } else if (t.has("special_tokens") && t.has("proj_out.weight")) {
        part = "audio_token_detokenizer";
    }
    if (part == nullptr) return std::nullopt;
    return Classified::reject(fmt::format(
        "the {} part of a diffusers-format ACE-Step 1.5 model on its own: keep it in its diffusers folder "
        "(next to model_index.json) and scan that folder",
        part));
}

}  // namespace songloom::catalog
