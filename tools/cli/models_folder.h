// Where `songloom-cli generate` finds its models, and which model set of a folder it uses.
#pragma once

#include "songloom/model_catalog.h"
#include "songloom/status.h"

#include <filesystem>
#include <optional>
#include <string>

namespace songloom::cli {

// --models, else $SONGLOOM_MODELS, else the folder the studio was last pointed at (its settings file,
// $XDG_CONFIG_HOME/Songloom/Songloom.ini, key models/folder). Empty when none of them says.
std::filesystem::path defaultModelsFolder();

// The models folder a QSettings INI file records (section [models], key folder), if any.
std::optional<std::string> modelsFolderFromStudioSettings(const std::filesystem::path& iniFile);

// "PATH=turbo|base|sft" (--variant) into ScanOptions::variantChoices; errors name --variant.
Status addVariantChoice(ScanOptions& scan, const std::string& text);

// The ready model set to use. `wanted` (from --model) matches the DiT's preset id ("2b-turbo"), its release
// folder ("acestep-v15-turbo"), its title, or its file / folder path, case-insensitively. Without `wanted`
// the folder must hold exactly one ready set. Errors list the ready sets (InvalidArgument: the choice is
// missing or matches none / several; NotFound: nothing ready, with what each set lacks).
Result<std::size_t> pickModelSet(const Catalog& catalog, const std::optional<std::string>& wanted);

// One ready set as the error lists show it: "2b-turbo  ACE-Step 1.5 2B Turbo (DiT)  [acestep-v15-turbo]".
std::string describeModelSet(const Catalog& catalog, const ModelSet& set);

}  // namespace songloom::cli
