// scanModels: the folder walk (checkpoint-layouts 9 step 1). Depth-limited; every folder is entered
// once by its canonical path, so symlink loops end; a folder or file that cannot be read is reported
// and the walk goes on.
#include "catalog/analyse.h"
#include "catalog/file_probe.h"
#include "catalog/folder_parts.h"
#include "catalog/model_sets.h"

#include <fmt/format.h>

#include <algorithm>
#include <set>

namespace songloom {

namespace fs = std::filesystem;
using namespace catalog;

namespace {

// The shard file names a *.safetensors.index.json lists (its weight_map values), read leniently: a
// broken index is reported by readCheckpointHeaders, this only keeps its shards from being reported
// twice.
std::set<std::string> shardsListedBy(const fs::path& index) {
    std::set<std::string> names;
    auto json = readJsonFile(index);
    if (!json || !json->is_object() || !json->contains("weight_map") || !(*json)["weight_map"].is_object()) {
        return names;
    }
    for (const auto& [tensor, shard] : (*json)["weight_map"].items()) {
        if (shard.is_string()) names.insert(fs::path(shard.get<std::string>()).filename().string());
    }
    return names;
}

class Scanner {
public:
    explicit Scanner(const ScanOptions& options) : options_(options) {}

    void scanFolder(const fs::path& dir, int depth);
    void scanLooseFile(const fs::path& file);
    Catalog finish(const fs::path& root);

private:
    struct Listing {
        std::vector<fs::path> files, folders;
        std::set<std::string> names;  // file names
    };
    std::optional<Listing> list(const fs::path& dir);
    void plainFolder(const fs::path& dir, const Listing& listing);
    void peftFolder(const fs::path& dir, const Listing& listing);
    void weightFile(const fs::path& file, const nlohmann::json* config, Layout layout);
    void checkpoint(const fs::path& fileOrIndex, const nlohmann::json* config, const nlohmann::json* adapterConfig,
                    Layout layout);
    bool firstTime(const fs::path& file);
    void reject(fs::path path, std::string reason) { catalog_.rejected.push_back({std::move(path), std::move(reason)}); }
    void take(std::vector<CatalogComponent>&& components, std::vector<RejectedItem>&& rejected);

    const ScanOptions& options_;
    Catalog catalog_;
    std::set<fs::path> seenFolders_, seenFiles_;
};

bool Scanner::firstTime(const fs::path& file) {
    std::error_code ec;
    const fs::path key = fs::canonical(file, ec);
    return seenFiles_.insert(ec ? file : key).second;
}

void Scanner::take(std::vector<CatalogComponent>&& components, std::vector<RejectedItem>&& rejected) {
    std::move(components.begin(), components.end(), std::back_inserter(catalog_.components));
    std::move(rejected.begin(), rejected.end(), std::back_inserter(catalog_.rejected));
}

std::optional<Scanner::Listing> Scanner::list(const fs::path& dir) {
    std::error_code ec;
    fs::directory_iterator it(dir, ec);
    if (ec) {
        reject(dir, fmt::format("this folder cannot be read: {}", ec.message()));
        return std::nullopt;
    }
    Listing listing;
    for (fs::directory_iterator end; it != end; it.increment(ec)) {
        if (ec) {
            reject(dir, fmt::format("this folder could not be read to the end: {}", ec.message()));
            break;
        }
        const fs::path& p = it->path();
        const std::string name = p.filename().string();
        if (!name.empty() && name.front() == '.') continue;  // .cache/, .git/, partial downloads
        std::error_code e;
        const fs::file_status st = fs::status(p, e);  // follows symlinks
        if (e || !fs::exists(st)) {
            std::error_code l;
            if (fs::is_symlink(fs::symlink_status(p, l))) reject(p, "a link to something that is not there");
            else reject(p, fmt::format("cannot be read: {}", e.message()));
            continue;
        }
        if (fs::is_directory(st)) listing.folders.push_back(p);
        else if (fs::is_regular_file(st)) {
            listing.files.push_back(p);
            listing.names.insert(name);
        }
    }
    std::sort(listing.files.begin(), listing.files.end());
    std::sort(listing.folders.begin(), listing.folders.end());
    return listing;
}

void Scanner::scanFolder(const fs::path& dir, int depth) {
    std::error_code ec;
    const fs::path canonical = fs::canonical(dir, ec);
    if (!seenFolders_.insert(ec ? dir : canonical).second) return;  // a symlink loop or a second way in
    auto listing = list(dir);
    if (!listing) return;

    if (listing->names.count("model_index.json") != 0) {
        std::string error;
        auto index = readJsonFile(dir / "model_index.json", &error);
        const std::string cls = index && index->is_object() && index->contains("_class_name") &&
                                        (*index)["_class_name"].is_string()
                                    ? (*index)["_class_name"].get<std::string>()
                                    : std::string();
        if (cls == "AceStepPipeline") {
            DiffusersScan d = scanDiffusersFolder(dir);
            for (const auto& c : d.components) {
                for (const auto& f : c.files) firstTime(f);
            }
            take(std::move(d.components), std::move(d.rejected));
            return;  // its sub-folders are its components
        }
        if (!cls.empty()) {
            reject(dir, fmt::format("a diffusers pipeline of another model ({}), not ACE-Step 1.5", cls));
            return;
        }
        reject(dir / "model_index.json", error.empty() ? "model_index.json names no pipeline; ignored" : error);
    }
    if (listing->names.count("adapter_config.json") != 0) {
        peftFolder(dir, *listing);
    } else {
        plainFolder(dir, *listing);
    }
    for (const fs::path& sub : listing->folders) {
        if (depth < options_.maxDepth) {
            scanFolder(sub, depth + 1);
        } else {
            reject(sub, fmt::format("not searched: more than {} folders below the scanned folder", options_.maxDepth));
        }
    }
}

void Scanner::peftFolder(const fs::path& dir, const Listing& listing) {
    std::string error;
    auto config = readJsonFile(dir / "adapter_config.json", &error);
    if (!config) {
        reject(dir / "adapter_config.json", error);
        return;
    }
    const fs::path weights = dir / "adapter_model.safetensors";
    if (listing.names.count("adapter_model.safetensors") == 0) {
        reject(dir, "adapter_config.json without adapter_model.safetensors");
        return;
    }
    checkpoint(weights, nullptr, &*config, Layout::PeftAdapter);
}

void Scanner::plainFolder(const fs::path& dir, const Listing& listing) {
    std::optional<nlohmann::json> config;
    if (listing.names.count("config.json") != 0) {
        std::string error;
        config = readJsonFile(dir / "config.json", &error);
        if (!config) reject(dir / "config.json", error + "; ignored");
    }
    // Shards listed by an index are read through it, never on their own (9 step 1).
    std::vector<fs::path> indices, singles, others;
    std::set<std::string> listed;
    for (const fs::path& f : listing.files) {
        if (isShardIndexFile(f)) {
            indices.push_back(f);
            listed.merge(shardsListedBy(f));
        }
    }
    for (const fs::path& f : listing.files) {
        if (isShardIndexFile(f) || !isWeightFileCandidate(f)) continue;
        if (listed.count(f.filename().string()) != 0) continue;
        (f.extension() == ".safetensors" ? singles : others).push_back(f);
    }
    // config.json describes the folder's model only when the folder holds exactly one (official layout).
    const bool oneModel = indices.size() + singles.size() == 1;
    const nlohmann::json* folderConfig = oneModel && config ? &*config : nullptr;
    const Layout layout = folderConfig != nullptr ? Layout::OfficialFolder : Layout::ComfySplitFile;
    for (const fs::path& index : indices) checkpoint(index, folderConfig, nullptr, layout);
    for (const fs::path& f : singles) weightFile(f, folderConfig, layout);
    for (const fs::path& f : others) weightFile(f, nullptr, layout);

    const Layout sideLayout = config ? Layout::OfficialFolder : Layout::TokenizerFiles;
    if (auto tok = tokenizerInFolder(dir, listing.names, sideLayout, catalog_.rejected)) {
        catalog_.components.push_back(std::move(*tok));
    }
}

void Scanner::weightFile(const fs::path& file, const nlohmann::json* config, Layout layout) {
    if (!firstTime(file)) return;
    auto format = probeFile(file);
    if (!format) {
        reject(file, format.status().message());
        return;
    }
    switch (*format) {
        case FileFormat::Safetensors: checkpoint(file, config, nullptr, layout); return;
        case FileFormat::TorchZip: {
            // Next to a DiT config (official folder) the silence latent belongs to that folder.
            const bool official = fs::exists(file.parent_path() / "config.json");
            Classified s = silenceLatentFromZip(file, official ? Layout::OfficialFolder : Layout::TorchZip);
            if (s.component) catalog_.components.push_back(std::move(*s.component));
            else reject(file, s.rejection);
            return;
        }
        default: reject(file, refusalReason(*format)); return;
    }
}

void Scanner::checkpoint(const fs::path& fileOrIndex, const nlohmann::json* config,
                         const nlohmann::json* adapterConfig, Layout layout) {
    auto headers = readCheckpointHeaders(fileOrIndex);
    if (!headers) {
        reject(fileOrIndex, headers.status().message());
        return;
    }
    CheckpointSource source;
    if (isShardIndexFile(fileOrIndex)) source.files.push_back(fileOrIndex);
    for (const ShardEntry& shard : headers->shards) {
        firstTime(shard.file);
        source.files.push_back(shard.file);
    }
    source.config = config;
    source.adapterConfig = adapterConfig;
    source.folderLayout = layout;
    Analysis a = analyseCheckpoint(*headers, source);
    take(std::move(a.components), std::move(a.rejected));
}

void Scanner::scanLooseFile(const fs::path& file) {
    // One file: its folder's config.json / adapter_config.json still say what it is.
    const fs::path dir = file.parent_path().empty() ? fs::path(".") : file.parent_path();
    std::error_code ec;
    if (isShardIndexFile(file)) {
        auto config = readJsonFile(dir / "config.json");
        checkpoint(file, config ? &*config : nullptr, nullptr, config ? Layout::OfficialFolder : Layout::ComfySplitFile);
        return;
    }
    if (fs::exists(dir / "adapter_config.json", ec)) {
        auto adapter = readJsonFile(dir / "adapter_config.json");
        auto format = probeFile(file);
        if (adapter && format.isOk() && *format == FileFormat::Safetensors) {
            checkpoint(file, nullptr, &*adapter, Layout::PeftAdapter);
            return;
        }
    }
    auto config = readJsonFile(dir / "config.json");
    weightFile(file, config ? &*config : nullptr, config ? Layout::OfficialFolder : Layout::ComfySplitFile);
}

Catalog Scanner::finish(const fs::path& root) {
    catalog_.root = root;
    for (CatalogComponent& c : catalog_.components) finishComponent(c, options_.variantChoices);
    assembleModelSets(catalog_, options_.bundledTokenizer);
    return std::move(catalog_);
}

}  // namespace

Result<Catalog> scanModels(const fs::path& root, const ScanOptions& options) {
    std::error_code ec;
    const fs::file_status st = fs::status(root, ec);
    if (ec || !fs::exists(st)) {
        return Status::error(ErrorCode::NotFound, fmt::format("{}: no such file or folder", root.string()));
    }
    Scanner scanner(options);
    if (fs::is_directory(st)) {
        fs::directory_iterator probe(root, ec);
        if (ec) return Status::error(ErrorCode::Io, fmt::format("{}: cannot read this folder ({})", root.string(), ec.message()));
        scanner.scanFolder(root, 0);
    } else {
        scanner.scanLooseFile(root);
    }
    return scanner.finish(root);
}

}  // namespace songloom
