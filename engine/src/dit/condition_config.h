// Dimensions of the condition side of an ACE-Step 1.5 DiT checkpoint: the condition encoder (text
// projector, lyric and timbre encoders, null condition), the audio tokenizer (attention pooler + FSQ) and
// the detokenizer (engine-spec-dit §1, §2.3; engine-spec-diffusers §1.3). Read from the official
// config.json, from the diffusers component configs, or -- for Comfy files without a config -- from the
// tensor shapes with the release defaults for what shapes cannot tell. Private to engine/src.
#pragma once

#include "songloom/component_tensors.h"
#include "songloom/status.h"

#include <cstdint>
#include <filesystem>
#include <string_view>
#include <vector>

namespace songloom::dit {

struct ConditionConfig {
    // Encoder width and blocks (shared by lyric/timbre encoders, pooler and detokenizer).
    std::int64_t hidden = 2048;
    std::int64_t intermediate = 6144;
    std::int64_t heads = 16;
    std::int64_t kvHeads = 8;
    std::int64_t headDim = 128;
    std::int64_t textHidden = 1024;    // text_hidden_dim (Qwen3-Embedding width)
    std::int64_t timbreHidden = 64;    // timbre_hidden_dim (= latent channels)
    std::int64_t acousticHidden = 64;  // audio_acoustic_hidden_dim (tokenizer input, detokenizer output)
    std::int64_t lyricLayers = 8;
    std::int64_t timbreLayers = 4;
    std::int64_t poolerLayers = 2;     // num_attention_pooler_hidden_layers (pooler and detokenizer)
    std::int64_t slidingWindow = 128;
    double ropeTheta = 1e6;
    double eps = 1e-6;
    bool attentionBias = false;
    std::int64_t poolWindow = 5;
    std::int64_t fsqDim = 2048;
    std::vector<std::int64_t> fsqLevels{8, 8, 8, 5, 5, 5};
    std::int64_t fsqQuantizers = 1;
    std::int64_t timbreFixFrames = 750;  // frames of silence fed to the timbre encoder without a reference

    // Whether layer i of each stack is a sliding-window layer. diffusers builds the condition encoder with
    // layer_types = null (even index sliding) and the tokenizer/detokenizer with the first entries of the
    // DiT list; the lyric stack takes a diffusers condition_encoder layer_types when one is stored.
    std::vector<bool> lyricSliding, timbreSliding, poolerSliding, detokSliding;

    // Fills the *Sliding lists that are empty with the default alternation (even index sliding).
    void fillDefaultLayerTypes();
    // InvalidArgument naming the key and the allowed values when a value is out of range.
    Status validate() const;
    std::int64_t codebookSize() const;
};

// The official config.json text (`label` names it in messages). Keys: encoder_hidden_size (absent:
// hidden_size), encoder_intermediate_size (absent: intermediate_size), encoder_num_attention_heads /
// encoder_num_key_value_heads (absent: num_attention_heads / num_key_value_heads), head_dim,
// text_hidden_dim, timbre_hidden_dim, audio_acoustic_hidden_dim, num_lyric_encoder_hidden_layers,
// num_timbre_encoder_hidden_layers, num_attention_pooler_hidden_layers, sliding_window, rope_theta,
// rms_norm_eps, attention_bias, pool_window_size, fsq_dim, fsq_input_levels, fsq_input_num_quantizers,
// timbre_fix_frame, layer_types (its first entries for pooler and detokenizer).
Result<ConditionConfig> conditionConfigFromOfficialJson(std::string_view text, std::string_view label);

// The diffusers component configs (condition_encoder/config.json required; the tokenizer and
// detokenizer texts may be empty when those components are absent).
Result<ConditionConfig> conditionConfigFromDiffusersJson(std::string_view conditionEncoder,
                                                         std::string_view audioTokenizer,
                                                         std::string_view audioDetokenizer);

// No config (Comfy files): widths, layer counts and FSQ size from the canonical tensors' shapes; head
// dim from q_norm; heads from q_proj / head dim; rope theta, eps, sliding window, pool window and the
// FSQ levels are the release values (8,8,8,5,5,5 when project_in has 6 rows; otherwise Unsupported).
Result<ConditionConfig> conditionConfigFromTensors(const ComponentTensors& tensors);

// From the files of a DiT folder: `dir`/config.json (official), or `dir`/condition_encoder/config.json
// (+ audio_tokenizer/, audio_token_detokenizer/) for a diffusers snapshot. NotFound when neither exists.
Result<ConditionConfig> conditionConfigFromFolder(const std::filesystem::path& dir);

}  // namespace songloom::dit
