// Sampling defaults per released variant. Steps and guidance come from the variant table of seed 000
// (the six Comfy-Org files: turbo 8 steps with guidance off at 1.0; base/SFT 50 steps with guidance
// about 4); the official 2B SFT, which Comfy-Org does not ship, takes its base sibling's numbers.
//
// Shift. Turbo: 3.0, the default the official UI and engine-spec-dit 1 give for the jointly distilled
// turbo table. Base/SFT: also 3.0, although the official Python API defaults to 1.0 (engine-spec-dit
// 7.4 lists 1.0 / 3.0 / 1.0 for API / Gradio UI / acestep.cpp). We take 3.0 because (1) diffusers, our
// parity reference (reference-policy.md rule 2), uses shift 3.0 for every variant (engine-spec-diffusers
// 2.1, difference 18); (2) ComfyUI's one ACE 1.5 model class samples every variant with shift 3.0
// (checkpoint-layouts 5.2), and the seed's 50-step / CFG-4 numbers are that pipeline's; (3) the official
// UI uses 3.0 for base/SFT too. Only the API default differs, and it is the least tuned of the four.
#include "songloom/model_catalog.h"

namespace songloom {

namespace {

constexpr int kTurboSteps = 8;
constexpr double kTurboGuidance = 1.0;  // 1.0 = guidance off: turbo is distilled without CFG
constexpr int kFullSteps = 50;
constexpr double kFullGuidance = 4.0;
constexpr double kShift = 3.0;

VariantPreset turbo(std::string id, std::string label, SizeClass size, bool aio, std::string summary) {
    return {std::move(id), std::move(label), size, DitVariant::Turbo, aio, kTurboSteps, kTurboGuidance, kShift,
            std::move(summary)};
}

VariantPreset full(std::string id, std::string label, SizeClass size, DitVariant variant, std::string summary) {
    return {std::move(id), std::move(label), size, variant, false, kFullSteps, kFullGuidance, kShift,
            std::move(summary)};
}

}  // namespace

const std::vector<VariantPreset>& variantPresets() {
    static const std::vector<VariantPreset> presets = {
        turbo("2b-turbo-aio", "2B Turbo (all-in-one)", SizeClass::TwoB, true,
              "The quickest way to hear an idea: a finished song in a few seconds, and everything it needs "
              "comes in one file."),
        turbo("2b-turbo", "2B Turbo", SizeClass::TwoB, false,
              "Same sound and speed as the all-in-one Turbo, for when you keep the model's parts as "
              "separate files."),
        full("2b-base", "2B Base", SizeClass::TwoB, DitVariant::Base,
             "Takes much longer than Turbo for a more careful result, and is the only kind that can "
             "lift a single part out of a song or build a song around one."),
        full("2b-sft", "2B SFT", SizeClass::TwoB, DitVariant::Sft,
             "A fine-tuned Base: same pace, its own character. Try it next to Base on the same song."),
        turbo("xl-turbo", "XL Turbo", SizeClass::XL, false,
              "The larger model at sketching speed: more detail than 2B Turbo, but it needs a graphics "
              "card with more memory."),
        full("xl-base", "XL Base", SizeClass::XL, DitVariant::Base,
             "The larger model, slow and careful: the most detail of all, and the longest wait."),
        full("xl-sft", "XL SFT", SizeClass::XL, DitVariant::Sft,
             "A fine-tuned XL Base: same wait and memory, a different character."),
    };
    return presets;
}

const VariantPreset* findPreset(SizeClass size, DitVariant variant, bool allInOne) {
    const VariantPreset* fallback = nullptr;
    for (const VariantPreset& p : variantPresets()) {
        if (p.size != size || p.variant != variant) continue;
        if (p.allInOne == allInOne) return &p;
        if (fallback == nullptr) fallback = &p;  // e.g. an XL all-in-one: the XL numbers are the same
    }
    return fallback;
}

}  // namespace songloom
