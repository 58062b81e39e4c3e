// readCheckpointHeaders and Checkpoint::open: one safetensors file, or every shard of an index.
#include "songloom/safetensors.h"

#include "fileio/file_error.h"
#include "fileio/read_only_file.h"
#include "safetensors/shard_index.h"

#include <new>

namespace songloom {
namespace {

using safetensors_detail::ShardIndex;

// What both entry points share: the files to open, the names they go by in messages, and the index.
struct ShardPlan {
    std::string label;                       // the path the caller gave
    std::vector<std::filesystem::path> paths;
    std::vector<std::string> names;          // shard names for messages (file names as listed)
    std::optional<ShardIndex> index;
};

Result<ShardPlan> planShards(const std::filesystem::path& fileOrIndex) {
    ShardPlan plan;
    plan.label = fileio::fileLabel(fileOrIndex);
    if (!safetensors_detail::isShardIndexPath(fileOrIndex)) {
        plan.paths.push_back(fileOrIndex);
        plan.names.push_back(fileOrIndex.filename().string());
        return plan;
    }
    auto index = safetensors_detail::readShardIndex(fileOrIndex);
    if (!index) return index.status();
    const std::filesystem::path folder = fileOrIndex.parent_path();
    for (const std::string& name : index->shardNames) {
        plan.paths.push_back(folder / name);
        plan.names.push_back(name);
    }
    plan.index = std::move(*index);
    return plan;
}

// Opens shard i with `open`; a failing shard is reported under the index's name with the shard named.
template <class Open>
auto openShard(const ShardPlan& plan, std::size_t i, Open open) -> decltype(open(plan.paths[i])) {
    auto shard = open(plan.paths[i]);
    if (shard || !plan.index) return shard;
    const Status& s = shard.status();
    if (s.code() == ErrorCode::NotFound)
        return fileio::fileError(ErrorCode::NotFound, plan.label, "weight_map names shard {}, which is not there ({})",
                                 fileio::quoteText(plan.names[i]), s.message());
    return fileio::withPrefix(s, fmt::format("{}: shard {}", plan.label, fileio::quoteText(plan.names[i])));
}

Result<CheckpointHeaders> readHeaders(const std::filesystem::path& fileOrIndex) {
    auto plan = planShards(fileOrIndex);
    if (!plan) return plan.status();
    CheckpointHeaders result;
    for (std::size_t i = 0; i < plan->paths.size(); ++i) {
        auto header = openShard(*plan, i, [](const std::filesystem::path& p) { return readSafetensorsHeader(p); });
        if (!header) return header.status();
        result.shards.push_back(ShardEntry{plan->paths[i], std::move(*header)});
    }
    std::vector<const SafetensorsHeader*> headers;
    for (const ShardEntry& shard : result.shards) headers.push_back(&shard.header);
    auto table = safetensors_detail::buildTensorIndex(headers, plan->names, plan->index ? &*plan->index : nullptr,
                                                      plan->label);
    if (!table) return table.status();
    result.index = std::move(*table);
    return result;
}

// Maps every shard into `files` and cross-checks their tables (and the index, if any).
Status openFiles(const std::filesystem::path& fileOrIndex, std::vector<std::shared_ptr<const SafetensorsFile>>& files) {
    auto plan = planShards(fileOrIndex);
    if (!plan) return plan.status();
    for (std::size_t i = 0; i < plan->paths.size(); ++i) {
        auto file = openShard(*plan, i, [](const std::filesystem::path& p) { return SafetensorsFile::open(p); });
        if (!file) return file.status();
        files.push_back(std::move(*file));
    }
    std::vector<const SafetensorsHeader*> headers;
    for (const auto& file : files) headers.push_back(&file->header());
    auto table = safetensors_detail::buildTensorIndex(headers, plan->names, plan->index ? &*plan->index : nullptr,
                                                      plan->label);
    return table.status();
}

}  // namespace

const TensorInfo* CheckpointHeaders::find(std::string_view name) const {
    const auto it = index.find(std::string(name));
    if (it == index.end()) return nullptr;
    return &shards[it->second.first].header.tensors[it->second.second];
}

Result<CheckpointHeaders> readCheckpointHeaders(const std::filesystem::path& fileOrIndex) {
    try {
        return readHeaders(fileOrIndex);
    } catch (const std::bad_alloc&) {
        return fileio::fileError(ErrorCode::OutOfMemory, fileio::fileLabel(fileOrIndex), "not enough memory");
    }
}

Result<Checkpoint> Checkpoint::open(const std::filesystem::path& fileOrIndex) {
    try {
        std::vector<std::shared_ptr<const SafetensorsFile>> files;
        if (Status s = openFiles(fileOrIndex, files); !s) return s;
        Checkpoint checkpoint;
        for (const auto& file : files)
            for (const TensorInfo& info : file->header().tensors)
                checkpoint.entries_.emplace(info.name, Entry{file, &info});
        checkpoint.files_ = std::move(files);
        return checkpoint;
    } catch (const std::bad_alloc&) {
        return fileio::fileError(ErrorCode::OutOfMemory, fileio::fileLabel(fileOrIndex), "not enough memory");
    }
}

std::optional<Checkpoint::Entry> Checkpoint::find(std::string_view name) const {
    const auto it = entries_.find(name);
    if (it == entries_.end()) return std::nullopt;
    return it->second;
}

std::vector<std::string> Checkpoint::names() const {
    std::vector<std::string> out;
    out.reserve(entries_.size());
    for (const auto& [name, entry] : entries_) out.push_back(name);
    return out;
}

}  // namespace songloom
