// ACE-Step 1.5's audio codes (engine-spec-dit §5, engine-spec-diffusers §2.11): the audio tokenizer
// (25 Hz latents -> 5 Hz FSQ codes: acoustic projection, attention pooler with its CLS token, FSQ) and
// the detokenizer (codes or quantized vectors -> 25 Hz latents), computed as diffusers 0.40.0 computes
// them; FSQ runs in fp32 with exact constants whatever the model dtype. Also the LM's code strings
// `<|audio_code_N|>`. Private to engine/src.
#pragma once

#include "dit/condition_config.h"
#include "nn/ace_attention.h"
#include "songloom/component_tensors.h"
#include "songloom/status.h"

#include <torch/types.h>

#include <string>
#include <string_view>
#include <vector>

namespace songloom::dit {

struct TokenizeResult {
    torch::Tensor quantized;  // [B, N, fsqDim]: project_out of the FSQ codes, in the input latents' dtype
    torch::Tensor codes;      // [B, N] int64, 0 .. codebookSize-1
};

class AudioTokenizer {
public:
    // Canonical official names tokenizer.* (audio_acoustic_proj, attention_pooler.{embed_tokens,
    // special_token, layers.N, norm}, quantizer.project_{in,out}); strict within "tokenizer.".
    static Result<AudioTokenizer> load(const ComponentTensors& tensors, const ConditionConfig& config,
                                       torch::Device device, torch::ScalarType dtype);

    // latents [B, T, A] at 25 Hz. T is padded to a multiple of the pool window with silence[:, :pad]
    // (frames from 0; zeros when `silence` is undefined or has another channel count), then pooled to
    // N = ceil(T / window) codes. InvalidArgument for a wrong shape.
    Result<TokenizeResult> tokenize(const torch::Tensor& latents, const torch::Tensor& silence) const;
    // patches [B, N, window, A] (already padded): the module's forward.
    TokenizeResult forward(const torch::Tensor& patches) const;

    // The FSQ vectors of `codes` [B, N] (values 0..codebookSize-1) through project_out, fp32 math, cast
    // to the model dtype: [B, N, fsqDim] (get_output_from_indices). InvalidArgument for codes out of range.
    Result<torch::Tensor> quantizedFromCodes(const torch::Tensor& codes) const;
    // The code vectors themselves, fp32 [..., levels] (level * 2/(L-1) - 1).
    torch::Tensor codeVectors(const torch::Tensor& codes) const;

    std::int64_t codebookSize() const { return config_.codebookSize(); }
    const ConditionConfig& config() const { return config_; }

private:
    ConditionConfig config_;
    torch::ScalarType dtype_ = torch::kFloat32;
    nn::Linear acousticProj_, poolerEmbed_;
    torch::Tensor poolerSpecial_;  // [1, 1, He]
    std::vector<nn::AceEncoderLayer> poolerLayers_;
    nn::RmsNorm poolerNorm_;
    nn::Linear projectIn_, projectOut_;  // model dtype; upcast to fp32 at use
    torch::Tensor levels_, basis_;       // int64 [D]
};

class AudioDetokenizer {
public:
    // Canonical names detokenizer.* (embed_tokens, special_tokens, layers.N, norm, proj_out); strict
    // within "detokenizer.".
    static Result<AudioDetokenizer> load(const ComponentTensors& tensors, const ConditionConfig& config,
                                         torch::Device device, torch::ScalarType dtype);
    // quantized [B, N, fsqDim] -> [B, window * N, A] (token n, sub-frame p -> frame window*n + p).
    Result<torch::Tensor> forward(const torch::Tensor& quantized) const;
    // codes [B, N] -> quantizer -> forward, as the pipeline decodes LM codes.
    Result<torch::Tensor> fromCodes(const AudioTokenizer& tokenizer, const torch::Tensor& codes) const;

private:
    ConditionConfig config_;
    torch::ScalarType dtype_ = torch::kFloat32;
    nn::Linear embed_, projOut_;
    torch::Tensor special_;  // [1, window, He]
    std::vector<nn::AceEncoderLayer> layers_;
    nn::RmsNorm norm_;
};

// Every `<|audio_code_N|>` of `text`, left to right, N clamped to [0, maxCode] (diffusers:
// re.findall(r"<\|audio_code_(\d+)\|>") and max(0, min(N, max))). Digits are ASCII 0-9; numbers beyond
// int64 clamp to maxCode as Python's big integers do.
std::vector<std::int64_t> parseAudioCodes(std::string_view text, std::int64_t maxCode);
// Lists of codes as one [B, max length] int64 tensor, shorter lists padded with code 0 (diffusers).
// InvalidArgument when every list is empty.
Result<torch::Tensor> codesTensor(const std::vector<std::vector<std::int64_t>>& lists);

}  // namespace songloom::dit
