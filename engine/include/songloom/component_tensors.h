// The tensors of one catalog component under their canonical names, whatever layout they came in: the
// one place that knows how the official folders, the diffusers snapshots and the Comfy-Org files spell a
// tensor. Model loaders (engine/src) ask for canonical names only.
//
// Canonical names (checkpoint-layouts.md, engine-spec-diffusers.md §1.5):
//   DiT           the official bundle's names: decoder.*, encoder.*, tokenizer.*, detokenizer.*,
//                 null_condition_emb (diffusers folders: renames undone, folder prefix re-added)
//   text encoder  transformers Qwen3Model names without "model.": embed_tokens.weight, layers.N.*, norm.weight
//   planner       Qwen3 names after the component's key prefix ("model." stripped like the text encoder's)
//   VAE           the diffusers AutoencoderOobleck names of the file as stored (after the group prefix)
//   silence latent (diffusers, baked in) "silence_latent", [1, T, 64]
// Torch-free.
#pragma once

#include "songloom/model_catalog.h"
#include "songloom/safetensors.h"
#include "songloom/status.h"

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace songloom {

class ComponentTensors {
public:
    struct Entry {
        std::shared_ptr<const SafetensorsFile> file;
        const TensorInfo* info = nullptr;
        std::string storedName;  // the name in the file, for messages
    };

    // Every tensor of `component` (all shards, all diffusers part folders), with the component's key
    // prefix stripped and the layout's renames undone. Tensors of other components sharing the files
    // (all-in-one files, the baked-in silence latent) are left out. Errors: the files cannot be opened,
    // or two stored tensors map onto one canonical name (Corrupt).
    static Result<ComponentTensors> open(const CatalogComponent& component);

    // One safetensors file or shard index, keeping the names that start with `prefix` (stripped).
    // For tests and tools that know what a file is.
    static Result<ComponentTensors> openFile(const std::filesystem::path& fileOrIndex, std::string_view prefix = {});

    const Entry* find(std::string_view canonicalName) const;
    std::vector<std::string> names() const;
    std::size_t size() const { return entries_.size(); }
    // Where the tensors come from, for messages ("model.safetensors", "transformer/ + condition_encoder/").
    const std::string& origin() const { return origin_; }

private:
    std::map<std::string, Entry, std::less<>> entries_;
    std::string origin_;
};

}  // namespace songloom
