// Step 6 of the decision procedure (checkpoint-layouts 9): for every DiT, the VAE, text encoder,
// planner, silence latent and tokenizer it would run with, and what is still missing.
#pragma once

#include "songloom/model_catalog.h"

namespace songloom::catalog {

void assembleModelSets(Catalog& catalog);

}  // namespace songloom::catalog
