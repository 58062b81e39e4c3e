// inspectFile: one file's tensor table and what the catalog makes of it.
#include "catalog/analyse.h"
#include "catalog/file_probe.h"
#include "catalog/folder_parts.h"

#include <fmt/format.h>

namespace songloom {

namespace fs = std::filesystem;
using namespace catalog;

Result<InspectReport> inspectFile(const fs::path& path) {
    std::error_code ec;
    const fs::file_status st = fs::status(path, ec);
    if (ec || !fs::exists(st)) return Status::error(ErrorCode::NotFound, fmt::format("{}: no such file", path.string()));
    if (fs::is_directory(st)) {
        return Status::error(ErrorCode::InvalidArgument,
                             fmt::format("{} is a folder: `songloom-cli models` scans folders", path.string()));
    }
    InspectReport report;
    report.path = path;
    const fs::path dir = path.parent_path().empty() ? fs::path(".") : path.parent_path();

    if (!isShardIndexFile(path)) {
        auto format = probeFile(path);
        if (!format) return format.status();
        if (*format == FileFormat::TorchZip) {
            Classified s = silenceLatentFromZip(path, Layout::TorchZip);
            if (!s.component) return Status::error(ErrorCode::Unsupported, fmt::format("{}: {}", path.string(), s.rejection));
            report.format = "torch-zip";
            finishComponent(*s.component, {});
            report.components.push_back(std::move(*s.component));
            return report;
        }
        if (*format != FileFormat::Safetensors) {
            return Status::error(ErrorCode::Unsupported, fmt::format("{}: {}", path.string(), refusalReason(*format)));
        }
    }
    auto headers = readCheckpointHeaders(path);
    if (!headers) return headers.status();
    report.format = "safetensors";
    report.headers = std::move(*headers);

    // The folder's config.json / adapter_config.json are part of what the file is (9 step 4.1, step 3a).
    const auto config = readJsonFile(dir / "config.json");
    const auto adapterConfig = readJsonFile(dir / "adapter_config.json");
    CheckpointSource source;
    if (isShardIndexFile(path)) source.files.push_back(path);
    for (const ShardEntry& shard : report.headers.shards) source.files.push_back(shard.file);
    source.config = config ? &*config : nullptr;
    source.adapterConfig = adapterConfig ? &*adapterConfig : nullptr;
    source.folderLayout = adapterConfig ? Layout::PeftAdapter : config ? Layout::OfficialFolder : Layout::ComfySplitFile;
    Analysis a = analyseCheckpoint(report.headers, source);
    for (CatalogComponent& c : a.components) finishComponent(c, {});
    report.components = std::move(a.components);
    report.rejected = std::move(a.rejected);
    return report;
}

}  // namespace songloom
