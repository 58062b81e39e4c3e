// DiT variant (checkpoint-layouts 9 step 4): turbo / base / SFT share one architecture, so only a
// config.json or the user can tell. A file-name token is kept as a hint that pre-selects a choice.
// Step 4.2 (fingerprints of known releases) needs a table built from the real files; until it exists,
// unknown files go straight to step 4.3, the user's choice.
#include "catalog/analyse.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <set>

namespace songloom::catalog {

namespace {

std::string lowercase(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
    return s;
}

std::vector<std::string> tokens(const std::string& text) {
    std::vector<std::string> out;
    std::string current;
    for (char ch : lowercase(text)) {
        if (std::isalnum(static_cast<unsigned char>(ch))) {
            current += ch;
        } else if (!current.empty()) {
            out.push_back(std::move(current));
            current.clear();
        }
    }
    if (!current.empty()) out.push_back(std::move(current));
    return out;
}

// Exactly one variant word among the tokens, else nothing ("base-sft" names both: no hint).
std::optional<DitVariant> variantToken(const std::string& text) {
    std::set<DitVariant> found;
    for (const std::string& t : tokens(text)) {
        if (auto v = parseVariant(t)) found.insert(*v);
    }
    if (found.size() != 1) return std::nullopt;
    return *found.begin();
}

// Official folder names (checkpoint-layouts 3.1): informational only.
bool isOfficialRelease(const std::string& name) {
    static const std::set<std::string> names = {
        "acestep-v15-turbo",      "acestep-v15-turbo-shift1", "acestep-v15-turbo-shift3",
        "acestep-v15-turbo-continuous", "acestep-v15-base",   "acestep-v15-sft",
        "acestep-v15-xl-turbo",   "acestep-v15-xl-base",      "acestep-v15-xl-sft"};
    return names.count(name) != 0;
}

std::string titleFor(const CatalogComponent& c) {
    switch (c.kind) {
        case ComponentKind::DiT: {
            std::string size = c.size == SizeClass::Custom ? std::string("custom-size") : sizeClassName(c.size);
            std::string variant = c.variant == DitVariant::Turbo ? "Turbo"
                                  : c.variant == DitVariant::Base ? "Base"
                                  : c.variant == DitVariant::Sft  ? "SFT"
                                                                  : "(variant not known)";
            return fmt::format("ACE-Step 1.5 {} {}{} (DiT)", size, variant,
                               c.layout == Layout::ComfyAllInOne ? ", all-in-one" : "");
        }
        case ComponentKind::Vae: return "Audio decoder (VAE)";
        case ComponentKind::TextEncoder: return "Text encoder (Qwen3-Embedding-0.6B)";
        case ComponentKind::Planner: return fmt::format("Planner (5 Hz LM, {})", plannerSizeName(c.plannerSize));
        case ComponentKind::Adapter: {
            const char* kind = c.layout == Layout::LokrFile ? "LoKr" : "LoRA";
            std::string target = c.adapterTarget == "custom" ? std::string("a custom-size") : "the " + c.adapterTarget;
            return c.adapterRank > 0 ? fmt::format("{} for {} DiT (rank {})", kind, target, c.adapterRank)
                                     : fmt::format("{} for {} DiT", kind, target);
        }
        case ComponentKind::SilenceLatent: return "Silence latent";
        case ComponentKind::Tokenizer: return "Tokenizer";
    }
    return "Component";
}

bool choiceMatches(const CatalogComponent& c, const std::filesystem::path& key) {
    std::error_code ec;
    const auto want = std::filesystem::weakly_canonical(key, ec);
    if (ec) return false;
    auto same = [&](const std::filesystem::path& p) {
        std::error_code e;
        const auto have = std::filesystem::weakly_canonical(p, e);
        return !e && have == want;
    };
    if (std::any_of(c.files.begin(), c.files.end(), same)) return true;
    // The folder of a one-model folder names the DiT too (diffusers: the snapshot root above transformer/).
    if (c.files.empty()) return false;
    if (c.layout == Layout::OfficialFolder) return same(c.files.front().parent_path());
    if (c.layout == Layout::DiffusersFolder) return same(c.files.front().parent_path().parent_path());
    return false;
}

}  // namespace

void resolveDitVariant(CatalogComponent& dit, const nlohmann::json* config,
                       const std::filesystem::path& weightsFolder, const std::filesystem::path& nameSource) {
    dit.variant = DitVariant::Unknown;
    dit.variantSource = VariantSource::Undetermined;
    if (config != nullptr && config->is_object()) {
        // Step 4.1: turbo iff is_turbo or model_version == "turbo" (the diffusers pipeline's rule);
        // is_turbo absent means not turbo (the official is_turbo_model()).
        const bool isTurbo = config->contains("is_turbo") && (*config)["is_turbo"].is_boolean() &&
                             (*config)["is_turbo"].get<bool>();
        std::string version;
        if (config->contains("model_version") && (*config)["model_version"].is_string()) {
            version = lowercase((*config)["model_version"].get<std::string>());
        }
        dit.variantSource = VariantSource::Config;  // Unknown + Config: "not turbo", base/SFT not named
        if (isTurbo || version == "turbo") {
            dit.variant = DitVariant::Turbo;
        } else if (auto named = variantToken(version); named && *named != DitVariant::Turbo) {
            dit.variant = *named;
        }
    }
    if (dit.variantSource != VariantSource::Config || dit.variant == DitVariant::Unknown) {
        dit.nameHint = variantToken(nameSource.stem().string());
        if (!dit.nameHint) dit.nameHint = variantToken(weightsFolder.filename().string());
        if (dit.variantSource == VariantSource::Config && dit.nameHint == DitVariant::Turbo) dit.nameHint.reset();
    }
    const std::string folder = weightsFolder.filename().string();
    if (isOfficialRelease(folder)) dit.release = folder;
}

void finishComponent(CatalogComponent& c, const std::map<std::filesystem::path, DitVariant>& choices) {
    if (c.kind == ComponentKind::DiT) {
        for (const auto& [key, choice] : choices) {
            if (!choiceMatches(c, key)) continue;
            const bool configSaysNotTurbo = c.variantSource == VariantSource::Config;
            if (c.variant != DitVariant::Unknown) {
                if (choice != c.variant) {
                    c.notes.push_back(fmt::format("config.json says {}; the choice \"{}\" was not applied",
                                                  variantName(c.variant), variantName(choice)));
                }
            } else if (configSaysNotTurbo && choice == DitVariant::Turbo) {
                c.notes.push_back("config.json says this is not a turbo model; the choice \"turbo\" was not applied");
            } else {
                c.variant = choice;
                c.variantSource = VariantSource::UserChoice;
            }
            break;
        }
        if (c.variant == DitVariant::Unknown) {
            if (c.variantSource == VariantSource::Config) {
                c.notes.push_back("not turbo; base or SFT cannot be told apart — choose (their presets are the same)");
            } else {
                std::string hint = c.nameHint ? fmt::format(" (the file name suggests {})", variantName(*c.nameHint)) : "";
                c.notes.push_back("nothing in the files says turbo, base or SFT — choose" + hint);
            }
        }
        // Preset once size and variant are known. A custom size (a tiny test model, a resized merge)
        // samples like the release it is built like, so it takes its family's numbers.
        SizeClass presetSize = c.size;
        if (presetSize == SizeClass::Custom && (c.family == "2B" || c.family == "XL")) {
            presetSize = c.family == "XL" ? SizeClass::XL : SizeClass::TwoB;
        }
        c.preset = c.variant == DitVariant::Unknown || presetSize == SizeClass::Custom
                       ? nullptr
                       : findPreset(presetSize, c.variant, c.layout == Layout::ComfyAllInOne);
    }
    c.title = titleFor(c);
}

}  // namespace songloom::catalog
