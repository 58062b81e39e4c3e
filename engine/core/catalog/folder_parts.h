// Components that are files or folders rather than tensor groups: tokenizer files, the silence latent,
// a diffusers snapshot (assembled from its component folders).
#pragma once

#include "catalog/classify.h"
#include "songloom/model_catalog.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace songloom::catalog {

// tokenizer.json and/or vocab.json + merges.txt among `fileNames` (names inside `dir`); refusals go to
// `rejected`.
std::optional<CatalogComponent> tokenizerInFolder(const std::filesystem::path& dir,
                                                  const std::set<std::string>& fileNames, Layout layout,
                                                  std::vector<RejectedItem>& rejected);

// A torch zip: accepted only as a silence latent [1, 64, T], read with the pickle-free reader (4).
Classified silenceLatentFromZip(const std::filesystem::path& file, Layout layout);

// The weight checkpoint of a component folder: its *.safetensors.index.json, else its one *.safetensors.
std::optional<std::filesystem::path> checkpointInFolder(const std::filesystem::path& dir);

struct DiffusersScan {
    std::vector<CatalogComponent> components;
    std::vector<RejectedItem> rejected;
};
// A diffusers snapshot (model_index.json with AceStepPipeline, checkpoint-layouts 6): one DiT from
// transformer/ + condition_encoder/ (+ audio_tokenizer/, audio_token_detokenizer/) with the renamed keys
// mapped back (6.3), its baked-in silence latent, and its vae/, text_encoder/, tokenizer/.
DiffusersScan scanDiffusersFolder(const std::filesystem::path& dir);

// The official name of tensor `key` stored in the DiT part folder `folder` ("transformer",
// "condition_encoder", "audio_tokenizer", "audio_token_detokenizer"); nullopt for another folder and for
// the baked-in silence_latent (its own component).
std::optional<std::string> diffusersOfficialName(std::string_view folder, const std::string& key);

}  // namespace songloom::catalog
