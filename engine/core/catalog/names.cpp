// Stable spellings of the catalog enums (JSON field values, CLI output, fixture expectations).
#include "songloom/model_catalog.h"

#include <algorithm>
#include <cctype>

namespace songloom {

const char* componentKindName(ComponentKind kind) {
    switch (kind) {
        case ComponentKind::DiT: return "dit";
        case ComponentKind::Vae: return "vae";
        case ComponentKind::TextEncoder: return "text-encoder";
        case ComponentKind::Planner: return "planner";
        case ComponentKind::Adapter: return "adapter";
        case ComponentKind::SilenceLatent: return "silence-latent";
        case ComponentKind::Tokenizer: return "tokenizer";
    }
    return "unknown";
}

const char* layoutName(Layout layout) {
    switch (layout) {
        case Layout::OfficialFolder: return "official-folder";
        case Layout::DiffusersFolder: return "diffusers";
        case Layout::ComfySplitFile: return "comfy-split";
        case Layout::ComfyAllInOne: return "comfy-aio";
        case Layout::PeftAdapter: return "peft-adapter";
        case Layout::LoraFile: return "lora-file";
        case Layout::LokrFile: return "lokr-file";
        case Layout::TorchZip: return "torch-zip";
        case Layout::TokenizerFiles: return "tokenizer-files";
    }
    return "unknown";
}

const char* sizeClassName(SizeClass size) {
    switch (size) {
        case SizeClass::TwoB: return "2B";
        case SizeClass::XL: return "XL";
        case SizeClass::Custom: return "custom";
    }
    return "custom";
}

const char* variantName(DitVariant variant) {
    switch (variant) {
        case DitVariant::Turbo: return "turbo";
        case DitVariant::Base: return "base";
        case DitVariant::Sft: return "sft";
        case DitVariant::Unknown: return "unknown";
    }
    return "unknown";
}

const char* variantSourceName(VariantSource source) {
    switch (source) {
        case VariantSource::Config: return "config";
        case VariantSource::UserChoice: return "user-choice";
        case VariantSource::Undetermined: return "undetermined";
    }
    return "undetermined";
}

const char* plannerSizeName(PlannerSize size) {
    switch (size) {
        case PlannerSize::Lm0_6B: return "0.6B";
        case PlannerSize::Lm1_7B: return "1.7B";
        case PlannerSize::Lm4B: return "4B";
        case PlannerSize::Custom: return "custom";
    }
    return "custom";
}

std::optional<DitVariant> parseVariant(std::string_view name) {
    std::string lower(name);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
    if (lower == "turbo") return DitVariant::Turbo;
    if (lower == "base") return DitVariant::Base;
    if (lower == "sft") return DitVariant::Sft;
    return std::nullopt;
}

std::string componentSizeName(const CatalogComponent& component) {
    switch (component.kind) {
        case ComponentKind::DiT: return sizeClassName(component.size);
        case ComponentKind::Planner: return plannerSizeName(component.plannerSize);
        case ComponentKind::Adapter: return component.adapterTarget;
        default: return {};
    }
}

}  // namespace songloom
