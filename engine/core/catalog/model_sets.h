// Step 6 of the decision procedure (checkpoint-layouts 9): for every DiT, the VAE, text encoder,
// planner, silence latent and tokenizer it would run with, and what is still missing.
#pragma once

#include "songloom/model_catalog.h"

namespace songloom::catalog {

// `bundledTokenizer`: ScanOptions::bundledTokenizer (may be empty); read only when a set needs it.
void assembleModelSets(Catalog& catalog, const std::filesystem::path& bundledTokenizer = {});

}  // namespace songloom::catalog
