// Who owns the loaded modules of a pipeline, and how many of them sit on the device at once (architecture
// guide, "Engine shape": weights apart from per-run state, policy "one resident" or "keep loaded").
//  * KeepLoaded: every module is built on the device when the store is created and stays there.
//  * OneResident: the store keeps only the tensor sources (memory-mapped files) and builds a module on the
//    device when its stage asks for it, after dropping the one that was there. The groups are the text
//    encoder, the DiT (decoder + condition encoder + audio tokenizer / detokenizer, which work together) and
//    the VAE. Handles are shared_ptr: a run holds a module while it uses it, and memory returns when the
//    last handle goes.
// Private to engine/src.
#pragma once

#include "dit/audio_codes.h"
#include "dit/condition_config.h"
#include "dit/condition_encoder.h"
#include "dit/dit_config.h"
#include "dit/dit_model.h"
#include "songloom/component_tensors.h"
#include "songloom/status.h"
#include "text/qwen3_text_encoder.h"
#include "vae/oobleck.h"

#include <torch/types.h>

#include <memory>
#include <mutex>

namespace songloom::pipeline {

enum class Residency { KeepLoaded, OneResident };

struct ModuleSources {
    ComponentTensors dit;  // decoder.* / encoder.* / null_condition_emb (+ tokenizer.* / detokenizer.*)
    dit::DitConfig ditConfig;
    dit::ConditionConfig conditionConfig;
    ComponentTensors textEncoder;
    text::Qwen3Config textConfig;
    ComponentTensors vae;
    vae::VaeConfig vaeConfig;
    // The official XL timbre path (special_token as CLS, reference-policy rule 1); off = diffusers.
    dit::ConditionOptions conditionOptions;
};

struct DitGroup {
    std::shared_ptr<const dit::ConditionEncoder> condition;
    std::shared_ptr<const dit::DitModel> model;
    std::shared_ptr<const dit::AudioTokenizer> audioTokenizer;      // null without tokenizer.* tensors
    std::shared_ptr<const dit::AudioDetokenizer> audioDetokenizer;  // null without detokenizer.* tensors
};

class ModuleStore {
public:
    // Builds every module once (KeepLoaded keeps them; OneResident checks them one at a time and lets each
    // go), so a bad tensor is reported at load time under either policy.
    static Result<std::shared_ptr<ModuleStore>> create(ModuleSources sources, torch::Device device,
                                                       torch::ScalarType dtype, Residency residency);

    Result<std::shared_ptr<const text::Qwen3TextEncoder>> textEncoder();
    Result<DitGroup> dit();
    Result<std::shared_ptr<const vae::OobleckVae>> vae();
    // Drops what the store holds (OneResident: the resident module; KeepLoaded: nothing).
    void release();

    const dit::DitConfig& ditConfig() const { return sources_.ditConfig; }
    const dit::ConditionConfig& conditionConfig() const { return sources_.conditionConfig; }
    const vae::VaeConfig& vaeConfig() const { return sources_.vaeConfig; }
    bool hasAudioCodes() const { return hasAudioCodes_; }
    bool hasNullCondition() const { return hasNullCondition_; }
    bool timbreCls() const { return sources_.conditionOptions.timbreCls; }
    Residency residency() const { return residency_; }
    torch::Device device() const { return device_; }
    torch::ScalarType dtype() const { return dtype_; }
    // Modules built so far (for tests of the residency policy): text encoder, DiT group, VAE.
    int builds() const { return builds_; }

private:
    enum class Group { None, Text, Dit, Vae };
    Result<std::shared_ptr<const text::Qwen3TextEncoder>> buildText();
    Result<DitGroup> buildDit();
    Result<std::shared_ptr<const vae::OobleckVae>> buildVae();
    void evictExcept(Group keep);

    ModuleSources sources_;
    torch::Device device_{torch::kCPU};
    torch::ScalarType dtype_ = torch::kFloat32;
    Residency residency_ = Residency::KeepLoaded;
    bool hasAudioCodes_ = false, hasNullCondition_ = false;
    std::mutex mutex_;
    std::shared_ptr<const text::Qwen3TextEncoder> text_;
    DitGroup dit_;
    std::shared_ptr<const vae::OobleckVae> vae_;
    int builds_ = 0;
};

}  // namespace songloom::pipeline
