#include "safetensors/shard_index.h"

#include "fileio/file_error.h"
#include "fileio/read_only_file.h"
#include "fileio/strict_json.h"

#include <algorithm>
#include <new>
#include <set>

namespace songloom::safetensors_detail {
namespace {

using fileio::fileError;
using fileio::jsonTypeName;
using fileio::quoteText;

// Real index files are around 100 KB (XL: 829 names); anything near this is not an index.
constexpr std::uint64_t kMaxIndexLength = 64ull * 1024 * 1024;
// root -> weight_map / metadata -> values; a little slack for metadata written by other tools.
constexpr std::size_t kMaxIndexDepth = 4;

// Shards are files next to the index; a name that climbs out of that folder or is absolute is refused.
bool isPlainShardName(const std::string& name) {
    const std::filesystem::path p(name);
    if (name.empty() || p.is_absolute() || !p.has_filename()) return false;
    for (const auto& part : p)
        if (part == "..") return false;
    return true;
}

Result<ShardIndex> parseIndex(std::string_view text, std::string_view label) {
    fileio::StrictJson json = fileio::parseStrictJson(text, kMaxIndexDepth);
    if (json.problem) {
        using Kind = fileio::JsonProblem::Kind;
        const auto& p = *json.problem;
        if (p.kind == Kind::Syntax)
            return fileError(ErrorCode::Corrupt, label, "index is not valid JSON: {}", p.detail);
        if (p.kind == Kind::TooDeep)
            return fileError(ErrorCode::Corrupt, label, "index JSON nests deeper than {} levels", kMaxIndexDepth);
        if (p.path.size() == 1 && p.path.front() == "weight_map")
            return fileError(ErrorCode::Corrupt, label, "weight_map lists tensor {} twice", quoteText(p.key));
        return fileError(ErrorCode::Corrupt, label, "index JSON has the key {} twice", quoteText(p.key));
    }
    const auto& root = json.value;
    if (!root.is_object())
        return fileError(ErrorCode::Corrupt, label, "index must be a JSON object, found {}", jsonTypeName(root));
    const auto map = root.find("weight_map");
    if (map == root.end())
        return fileError(ErrorCode::Corrupt, label, "index has no \"weight_map\" (tensor name -> shard file)");
    if (!map->is_object())
        return fileError(ErrorCode::Corrupt, label,
                         "\"weight_map\" must be an object of tensor name -> shard file, found {}", jsonTypeName(*map));
    if (map->empty()) return fileError(ErrorCode::Corrupt, label, "\"weight_map\" is empty");

    std::set<std::string> shardSet;
    for (const auto& [name, shard] : map->items()) {
        if (!shard.is_string())
            return fileError(ErrorCode::Corrupt, label, "weight_map entry {} must be a shard file name, found {}",
                             quoteText(name), jsonTypeName(shard));
        const auto& shardName = shard.get_ref<const std::string&>();
        if (!isPlainShardName(shardName))
            return fileError(ErrorCode::Corrupt, label,
                             "weight_map puts {} in {}, which is not a file name inside the index's folder",
                             quoteText(name), quoteText(shardName));
        shardSet.insert(shardName);
    }
    ShardIndex index;
    index.shardNames.assign(shardSet.begin(), shardSet.end());
    for (const auto& [name, shard] : map->items()) {
        const auto pos = std::lower_bound(index.shardNames.begin(), index.shardNames.end(),
                                          shard.get_ref<const std::string&>());
        index.weightMap.emplace(name, static_cast<std::size_t>(pos - index.shardNames.begin()));
    }
    return index;
}

}  // namespace

bool isShardIndexPath(const std::filesystem::path& path) { return path.extension() == ".json"; }

Result<ShardIndex> readShardIndex(const std::filesystem::path& indexPath) {
    auto file = fileio::ReadOnlyFile::open(indexPath);
    if (!file) return file.status();
    if (file->size() > kMaxIndexLength)
        return fileError(ErrorCode::Corrupt, file->label(), "index is {} bytes, more than the {}-byte limit",
                         file->size(), kMaxIndexLength);
    try {
        std::string text(static_cast<std::size_t>(file->size()), '\0');
        if (Status s = file->readAt(0, std::as_writable_bytes(std::span(text))); !s) return s;
        return parseIndex(text, file->label());
    } catch (const std::bad_alloc&) {
        return fileError(ErrorCode::OutOfMemory, file->label(), "not enough memory to read the index");
    } catch (const nlohmann::json::exception& e) {
        return fileError(ErrorCode::Corrupt, file->label(), "index could not be read: {}", fileio::printable(e.what()));
    }
}

Result<std::map<std::string, std::pair<std::size_t, std::size_t>>> buildTensorIndex(
    std::span<const SafetensorsHeader* const> headers, std::span<const std::string> shardLabels,
    const ShardIndex* index, std::string_view label) {
    std::map<std::string, std::pair<std::size_t, std::size_t>> table;
    for (std::size_t s = 0; s < headers.size(); ++s) {
        const auto& tensors = headers[s]->tensors;
        for (std::size_t t = 0; t < tensors.size(); ++t) {
            const auto [it, inserted] = table.emplace(tensors[t].name, std::pair{s, t});
            if (!inserted)
                return fileError(ErrorCode::Corrupt, label, "tensor {} is in two shards: {} and {}",
                                 quoteText(tensors[t].name), quoteText(shardLabels[it->second.first]),
                                 quoteText(shardLabels[s]));
        }
    }
    if (index == nullptr) return table;
    for (const auto& [name, shard] : index->weightMap) {
        const auto it = table.find(name);
        if (it == table.end())
            return fileError(ErrorCode::Corrupt, label, "weight_map puts {} in {}, but that shard has no such tensor",
                             quoteText(name), quoteText(shardLabels[shard]));
        if (it->second.first != shard)
            return fileError(ErrorCode::Corrupt, label, "weight_map puts {} in {}, but that shard has no such tensor "
                             "(it is in {})",
                             quoteText(name), quoteText(shardLabels[shard]), quoteText(shardLabels[it->second.first]));
    }
    return table;
}

}  // namespace songloom::safetensors_detail
