// Configuration of the ACE-Step 1.5 DiT decoder (engine-spec-dit §1, engine-spec-diffusers §1.3), read
// from the official config.json, from a diffusers snapshot's transformer/config.json, or -- for Comfy-Org
// files, which carry no config -- derived from the tensor shapes with the documented defaults for what
// shapes cannot tell (rope_theta 1e6, rms_norm_eps 1e-6, sliding_window 128, layer types alternating
// sliding/full starting with sliding, not turbo). Private to engine/src; torch-free.
#pragma once

#include "songloom/component_tensors.h"
#include "songloom/model_catalog.h"
#include "songloom/status.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace songloom::dit {

enum class LayerType { Sliding, Full };  // "sliding_attention" / "full_attention"

struct DitConfig {
    std::int64_t hidden = 2048;          // hidden_size
    std::int64_t intermediate = 6144;    // intermediate_size
    std::int64_t layers = 24;            // num_hidden_layers
    std::int64_t heads = 16;             // num_attention_heads
    std::int64_t kvHeads = 8;            // num_key_value_heads
    std::int64_t headDim = 128;          // head_dim
    std::int64_t inChannels = 192;       // in_channels (= 3 x latent: source, chunk mask, x_t)
    std::int64_t latent = 64;            // audio_acoustic_hidden_dim (A)
    std::int64_t patch = 2;              // patch_size
    double ropeTheta = 1e6;              // rope_theta
    double eps = 1e-6;                   // rms_norm_eps
    std::int64_t slidingWindow = 128;    // sliding_window: |i - j| <= window on sliding layers
    std::vector<LayerType> layerTypes;   // one per layer (layer_types)
    std::int64_t encoderHidden = 2048;   // encoder_hidden_size (He), the condition embedder's input width
    bool attentionBias = false;          // attention_bias
    bool isTurbo = false;                // is_turbo
    std::string modelVersion;            // model_version ("turbo", "base", ...; may be empty)

    // The reference's rule: turbo iff is_turbo or model_version == "turbo".
    bool turbo() const { return isTurbo || modelVersion == "turbo"; }
    bool slidingLayer(std::int64_t i) const { return layerTypes.at(static_cast<std::size_t>(i)) == LayerType::Sliding; }

    // Every value in range (InvalidArgument naming the key and the allowed values).
    Status validate() const;

    // The official AceStepConfig keys (encoder_hidden_size absent = hidden_size; layer_types absent =
    // alternating; use_sliding_window false is Unsupported). `origin` names the file in messages.
    static Result<DitConfig> fromOfficialJson(std::string_view json, std::string_view origin);
    // diffusers' AceStepTransformer1DModel config (transformer/config.json).
    static Result<DitConfig> fromDiffusersJson(std::string_view json, std::string_view origin);
    static Result<DitConfig> fromOfficialFile(const std::filesystem::path& configJson);
    static Result<DitConfig> fromDiffusersFile(const std::filesystem::path& configJson);
    // Shapes of the canonical decoder.* tensors, documented defaults for the rest.
    static Result<DitConfig> fromShapes(const ComponentTensors& tensors);
    // By the component's layout: official folder -> its config.json, diffusers -> transformer/config.json,
    // Comfy-Org files -> fromShapes(tensors).
    static Result<DitConfig> forComponent(const CatalogComponent& component, const ComponentTensors& tensors);
};

const char* layerTypeName(LayerType type);  // "sliding_attention" / "full_attention"

}  // namespace songloom::dit
