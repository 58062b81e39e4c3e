// songloom-cli models DIR [--json] [--variant PATH=turbo|base|sft ...] [--max-depth N]
// Exit 0 when the scan ran (whether or not anything usable was found), 2 when DIR cannot be scanned or
// an argument is malformed.
#include "commands.h"

#include "songloom/model_catalog.h"

#include <iostream>
#include <memory>

namespace songloom::cli {

namespace {

struct ModelsOptions {
    std::string dir;
    bool json = false;
    std::vector<std::string> variants;
    int maxDepth = ScanOptions{}.maxDepth;
    bool noBundledTokenizer = false;
};

int runModels(const ModelsOptions& o) {
    ScanOptions scan;
    scan.maxDepth = o.maxDepth;
    // Comfy-Org files carry no tokenizer: the one the build put beside bin/ stands in (with a note).
    scan.bundledTokenizer = o.noBundledTokenizer ? std::filesystem::path() : bundledTokenizerFolder();
    for (const std::string& v : o.variants) {
        const auto eq = v.rfind('=');
        const auto variant = eq == std::string::npos ? std::nullopt : parseVariant(std::string_view(v).substr(eq + 1));
        if (eq == 0 || !variant) {
            std::cerr << "error: --variant expects PATH=turbo|base|sft, got '" << v << "'\n";
            return 2;
        }
        scan.variantChoices[std::filesystem::path(v.substr(0, eq))] = *variant;
    }
    auto catalog = scanModels(o.dir, scan);
    if (!catalog) {
        std::cerr << "error: " << catalog.status().message() << "\n";
        return 2;
    }
    std::cout << (o.json ? catalogToJson(*catalog) + "\n" : describeCatalog(*catalog));
    return 0;
}

}  // namespace

void registerModelsCommand(CLI::App& app, Context& ctx) {
    auto options = std::make_shared<ModelsOptions>();
    CLI::App* cmd = app.add_subcommand(
        "models", "Find ACE-Step 1.5 model files in a folder: what each file is, which model variants are "
                  "ready to make songs, and what is still missing.");
    cmd->add_option("DIR", options->dir, "Folder to scan (or a single model file)")->required();
    cmd->add_flag("--json", options->json, "Print the catalog as JSON (fields: docs/model-catalog.md)");
    cmd->add_option("--variant", options->variants,
                    "PATH=turbo|base|sft: the variant of a DiT whose files do not say which it is "
                    "(PATH: its file or folder). Repeat for several.")
        ->allow_extra_args(false);
    cmd->add_option("--max-depth", options->maxDepth, "How many folder levels below DIR to search")
        ->check(CLI::Range(0, 64));
    cmd->add_flag("--no-bundled-tokenizer", options->noBundledTokenizer,
                  "Do not use Songloom's own Qwen3 tokenizer (share/songloom/tokenizer) for models whose folders "
                  "hold none");
    cmd->callback([options, &ctx] { ctx.exitCode = runModels(*options); });
}

}  // namespace songloom::cli
