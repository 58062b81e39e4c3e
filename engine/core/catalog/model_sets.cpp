// Pairing a DiT with the rest (checkpoint-layouts 9 step 6): components are identified by content and
// the VAE and text encoder serve every DiT variant and size, so any usable one in the folder will do.
// Among several, the closest wins: the same all-in-one file first, then the longest shared folder path
// (a diffusers snapshot's own vae/, the official checkpoints/ set), then scan order.
#include "catalog/model_sets.h"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>
#include <tuple>

namespace songloom::catalog {

namespace {

namespace fs = std::filesystem;

std::size_t sharedDepth(const fs::path& a, const fs::path& b) {
    std::size_t depth = 0;
    for (auto i = a.begin(), j = b.begin(); i != a.end() && j != b.end() && *i == *j; ++i, ++j) ++depth;
    return depth;
}

int plannerPreference(PlannerSize size) {  // the official app's default planner is the 1.7B
    switch (size) {
        case PlannerSize::Lm1_7B: return 3;
        case PlannerSize::Lm4B: return 2;
        case PlannerSize::Lm0_6B: return 1;
        case PlannerSize::Custom: return 0;
    }
    return 0;
}

// The name a person knows the component by: its folder for folder layouts, else its file.
std::string shownName(const CatalogComponent& c) {
    if (c.files.empty()) return {};
    const fs::path& first = c.files.front();
    if (c.layout == Layout::OfficialFolder) return first.parent_path().filename().string();
    if (c.layout == Layout::DiffusersFolder) return first.parent_path().parent_path().filename().string();
    return first.filename().string();
}

class Picker {
public:
    explicit Picker(const Catalog& catalog) : catalog_(catalog) {}

    // The best usable component of `kind` for something that lives at `near`.
    std::optional<std::size_t> pick(ComponentKind kind, const CatalogComponent& near) const {
        std::optional<std::size_t> best;
        auto key = [&](std::size_t i) {
            const CatalogComponent& c = catalog_.components[i];
            const bool sameFile = !c.files.empty() && !near.files.empty() && c.files.front() == near.files.front();
            const std::size_t depth =
                c.files.empty() || near.files.empty() ? 0 : sharedDepth(c.files.front(), near.files.front());
            return std::tuple(sameFile, depth, kind == ComponentKind::Planner ? plannerPreference(c.plannerSize) : 0);
        };
        for (std::size_t i = 0; i < catalog_.components.size(); ++i) {
            const CatalogComponent& c = catalog_.components[i];
            if (c.kind != kind || !c.usable()) continue;
            if (!best || key(i) > key(*best)) best = i;  // strict: the earlier one wins a tie
        }
        return best;
    }

    // A component of `kind` that exists but cannot be used, for the message.
    const CatalogComponent* broken(ComponentKind kind) const {
        for (const CatalogComponent& c : catalog_.components) {
            if (c.kind == kind && !c.usable()) return &c;
        }
        return nullptr;
    }

private:
    const Catalog& catalog_;
};

std::string unusable(const char* what, const CatalogComponent& c) {
    return fmt::format("{} `{}` cannot be used: {}.", what, shownName(c), c.problems.front());
}

}  // namespace

void assembleModelSets(Catalog& catalog) {
    const Picker picker(catalog);
    catalog.models.clear();
    for (std::size_t d = 0; d < catalog.components.size(); ++d) {
        const CatalogComponent& dit = catalog.components[d];
        if (dit.kind != ComponentKind::DiT) continue;
        ModelSet set;
        set.dit = d;
        set.vae = picker.pick(ComponentKind::Vae, dit);
        set.textEncoder = picker.pick(ComponentKind::TextEncoder, dit);
        set.planner = picker.pick(ComponentKind::Planner, dit);
        set.silenceLatent = picker.pick(ComponentKind::SilenceLatent, dit);
        // The tokenizer goes with the text encoder (the Qwen3-Embedding folder ships one).
        set.tokenizer = picker.pick(ComponentKind::Tokenizer,
                                    set.textEncoder ? catalog.components[*set.textEncoder] : dit);

        if (!dit.usable()) set.missing.push_back(unusable("The song model (DiT)", dit));
        if (dit.variant == DitVariant::Unknown) {
            set.missing.push_back(
                dit.variantSource == VariantSource::Config
                    ? fmt::format("Choose Base or SFT for `{}`: its config.json only says it is not Turbo.", shownName(dit))
                    : fmt::format("Choose whether `{}` is Turbo, Base or SFT: its files do not say.", shownName(dit)));
        }
        if (!set.vae) {
            const CatalogComponent* b = picker.broken(ComponentKind::Vae);
            set.missing.push_back(b ? unusable("The audio decoder (VAE)", *b)
                                    : "The audio decoder (VAE) is missing: add the `vae` folder or "
                                      "`ace_1.5_vae.safetensors`.");
        }
        if (!set.textEncoder) {
            const CatalogComponent* b = picker.broken(ComponentKind::TextEncoder);
            set.missing.push_back(b ? unusable("The text encoder", *b)
                                    : "The text encoder is missing: add the `Qwen3-Embedding-0.6B` folder or "
                                      "`qwen_0.6b_ace15.safetensors`.");
        }
        if (!set.tokenizer) {
            // Comfy-Org single files and all-in-one files carry no tokenizer (checkpoint-layouts 3.3).
            set.missing.push_back(
                "No tokenizer files found (the Qwen3-Embedding-0.6B folder has them): add its `tokenizer.json`, "
                "or `vocab.json` and `merges.txt`.");
        }
        if (!set.silenceLatent) {
            set.notes.push_back("No silence latent (silence_latent.pt): Songloom makes its own, so nothing is lost.");
        }
        if (!set.planner) {
            set.notes.push_back("No planner (5 Hz LM): songs generate without it; the features that need it stay off.");
        }
        if (dit.variant == DitVariant::Base || dit.variant == DitVariant::Sft) {
            if (!dit.hasNullCondition) {
                set.notes.push_back("This model has no null condition, so guidance (CFG) is off and its 50-step "
                                    "preset may sound unfinished.");
            }
        }
        set.readyToGenerate = set.missing.empty();
        catalog.models.push_back(std::move(set));
    }
}

}  // namespace songloom::catalog
