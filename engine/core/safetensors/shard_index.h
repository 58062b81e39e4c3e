// Sharded checkpoints: the Hugging Face `*.safetensors.index.json` (a "weight_map" from tensor name to
// shard file) and the cross-checks between it and the shards' own tables (checkpoint-layouts.md §9 step 1:
// "verify every shard exists and every listed key appears once").
#pragma once

#include "songloom/safetensors.h"

#include <cstddef>
#include <filesystem>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace songloom::safetensors_detail {

// True when the path names an index (its file name ends in ".json"); anything else is read as one file.
bool isShardIndexPath(const std::filesystem::path& path);

struct ShardIndex {
    std::vector<std::string> shardNames;          // as written in the weight_map, sorted, each once
    std::map<std::string, std::size_t> weightMap;  // tensor name -> index into shardNames
};

// Reads and validates the index JSON (not the shards).
Result<ShardIndex> readShardIndex(const std::filesystem::path& indexPath);

// name -> (shard, tensor) over the shards' tables. A name in two shards is an error; with an index,
// every weight_map name must be in the shard it names. Tensors a shard holds beyond the weight_map are
// kept, as transformers' loader keeps them. `shardLabels` name the shards in messages.
Result<std::map<std::string, std::pair<std::size_t, std::size_t>>> buildTensorIndex(
    std::span<const SafetensorsHeader* const> headers, std::span<const std::string> shardLabels,
    const ShardIndex* index, std::string_view label);

}  // namespace songloom::safetensors_detail
