// describeCatalog: the catalog in plain words, for `songloom-cli models` and logs.
#include "songloom/model_catalog.h"

#include <fmt/format.h>

namespace songloom {

namespace {

namespace fs = std::filesystem;

// Paths below the scanned root are shown relative to it.
std::string shown(const fs::path& root, const fs::path& p) {
    std::error_code ec;
    const fs::path rel = fs::relative(p, fs::is_directory(root, ec) ? root : root.parent_path(), ec);
    if (ec || rel.empty() || rel.string().rfind("..", 0) == 0) return p.string();
    return rel.string();
}

std::string where(const Catalog& catalog, const CatalogComponent& c) {
    if (c.files.empty()) return {};
    std::string s = shown(catalog.root, c.files.front());
    if (c.files.size() > 1) s += fmt::format(" (+{} more file{})", c.files.size() - 1, c.files.size() > 2 ? "s" : "");
    if (!c.keyPrefix.empty()) s += fmt::format(", tensors under `{}`", c.keyPrefix);
    return s;
}

void appendComponentDetails(std::string& out, const CatalogComponent& c, const char* indent) {
    for (const auto& p : c.problems) out += fmt::format("{}problem: {}\n", indent, p);
    for (const auto& n : c.notes) out += fmt::format("{}note: {}\n", indent, n);
}

}  // namespace

std::string describeCatalog(const Catalog& catalog) {
    std::string out = fmt::format("Models in {}\n", catalog.root.string());
    if (catalog.components.empty() && catalog.rejected.empty()) {
        out += "\nNothing found: no ACE-Step 1.5 model files here.\n";
        return out;
    }

    if (!catalog.models.empty()) out += "\nSong models (DiT)\n";
    for (const ModelSet& m : catalog.models) {
        const CatalogComponent& dit = catalog.components.at(m.dit);
        out += fmt::format("  [{}] {}\n", m.readyToGenerate ? "ready" : "not ready", dit.title);
        out += fmt::format("      from {} ({})\n", where(catalog, dit), layoutName(dit.layout));
        if (!dit.release.empty()) out += fmt::format("      release {}\n", dit.release);
        if (dit.preset != nullptr) {
            out += fmt::format("      preset {}: {} steps, guidance {:.1f}, shift {:.1f} ({})\n", dit.preset->label,
                               dit.preset->steps, dit.preset->guidanceScale, dit.preset->shift,
                               dit.variantSource == VariantSource::UserChoice ? "your choice" : "from config.json");
        } else if (dit.nameHint) {
            out += fmt::format("      the file name suggests {}\n", variantName(*dit.nameHint));
        }
        auto partLine = [&](const char* label, const std::optional<std::size_t>& index) {
            if (index) out += fmt::format("      {}: {}\n", label, where(catalog, catalog.components.at(*index)));
        };
        partLine("audio decoder", m.vae);
        partLine("text encoder", m.textEncoder);
        partLine("tokenizer", m.tokenizer);
        partLine("planner", m.planner);
        partLine("silence latent", m.silenceLatent);
        for (const auto& s : m.missing) out += fmt::format("      missing: {}\n", s);
        for (const auto& n : m.notes) out += fmt::format("      note: {}\n", n);
        appendComponentDetails(out, dit, "      ");
    }

    bool header = false;
    for (const CatalogComponent& c : catalog.components) {
        if (c.kind == ComponentKind::DiT) continue;
        if (!header) out += "\nOther components\n";
        header = true;
        out += fmt::format("  {}{}\n", c.title, c.usable() ? "" : " (cannot be used)");
        out += fmt::format("      from {} ({})\n", where(catalog, c), layoutName(c.layout));
        appendComponentDetails(out, c, "      ");
    }

    if (!catalog.rejected.empty()) out += "\nNot used\n";
    for (const RejectedItem& r : catalog.rejected) out += fmt::format("  {}: {}\n", shown(catalog.root, r.path), r.reason);
    return out;
}

}  // namespace songloom
