// songloom-cli inspect FILE [--json] [--limit N]
// The tensor table (name, dtype, shape, bytes) and what the catalog recognises the file as. Exit 0 when
// the file could be read (even if it is refused as a component), 1 when it cannot: malformed, missing,
// or a format that is never opened.
#include "commands.h"

#include "songloom/model_catalog.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <iostream>
#include <memory>

namespace songloom::cli {

namespace {

struct InspectOptions {
    std::string file;
    bool json = false;
    std::size_t limit = 0;  // 0: every row
};

std::string humanBytes(std::uint64_t bytes) {
    const char* units[] = {"B", "KB", "MB", "GB", "TB"};
    double value = static_cast<double>(bytes);
    int unit = 0;
    while (value >= 1000.0 && unit < 4) {
        value /= 1000.0;
        ++unit;
    }
    return unit == 0 ? fmt::format("{} B", bytes) : fmt::format("{:.2f} {}", value, units[unit]);
}

void printTable(const InspectReport& r, std::size_t limit) {
    const CheckpointHeaders& h = r.headers;
    std::size_t nameWidth = 4;
    for (const auto& [name, where] : h.index) nameWidth = std::max(nameWidth, name.size());
    nameWidth = std::min<std::size_t>(nameWidth, 96);

    std::cout << fmt::format("{:<{}}  {:<7} {:<22} {:>14}\n", "name", nameWidth, "dtype", "shape", "bytes");
    std::size_t row = 0;
    std::uint64_t totalBytes = 0, totalValues = 0;
    for (const auto& [name, where] : h.index) {
        const TensorInfo& t = h.shards.at(where.first).header.tensors.at(where.second);
        totalBytes += t.byteSize();
        totalValues += t.numel();
        if (limit != 0 && row >= limit) {
            ++row;
            continue;
        }
        ++row;
        std::cout << fmt::format("{:<{}}  {:<7} {:<22} {:>14}\n", name, nameWidth, dtypeName(t.dtype),
                                 fmt::format("[{}]", fmt::join(t.shape, ", ")), t.byteSize());
    }
    if (limit != 0 && row > limit) std::cout << fmt::format("... {} more (--limit 0 shows all)\n", row - limit);
    std::cout << fmt::format("{} tensors, {} values, {} of tensor data in {} file{}\n", h.tensorCount(), totalValues,
                             humanBytes(totalBytes), h.shards.size(), h.shards.size() == 1 ? "" : "s");
}

void printRecognition(const InspectReport& r) {
    std::cout << "\n";
    for (const CatalogComponent& c : r.components) {
        std::string line = fmt::format("Recognised: {} [{}, {}", c.title, componentKindName(c.kind), layoutName(c.layout));
        if (const std::string size = componentSizeName(c); !size.empty()) line += ", size " + size;
        if (!c.keyPrefix.empty()) line += fmt::format(", tensors under `{}`", c.keyPrefix);
        std::cout << line << "]\n";
        if (c.kind == ComponentKind::DiT) {
            std::cout << fmt::format("  variant {} ({})", variantName(c.variant), variantSourceName(c.variantSource));
            if (c.nameHint) std::cout << fmt::format(", file name suggests {}", variantName(*c.nameHint));
            std::cout << "\n";
            if (c.preset != nullptr) {
                std::cout << fmt::format("  preset {}: {} steps, guidance {:.1f}, shift {:.1f}\n", c.preset->label,
                                         c.preset->steps, c.preset->guidanceScale, c.preset->shift);
            }
        }
        for (const auto& [key, value] : c.dims) std::cout << fmt::format("  {} = {}\n", key, value);
        for (const auto& p : c.problems) std::cout << "  problem: " << p << "\n";
        for (const auto& n : c.notes) std::cout << "  note: " << n << "\n";
    }
    for (const RejectedItem& x : r.rejected) std::cout << "Not usable: " << x.reason << "\n";
}

int runInspect(const InspectOptions& o) {
    auto report = inspectFile(o.file);
    if (!report) {
        std::cerr << "error: " << report.status().message() << "\n";
        return 1;
    }
    if (o.json) {
        std::cout << inspectToJson(*report) << "\n";
        return 0;
    }
    std::cout << fmt::format("{} ({})\n\n", report->path.string(), report->format);
    if (report->format == "safetensors") printTable(*report, o.limit);
    printRecognition(*report);
    return 0;
}

}  // namespace

void registerInspectCommand(CLI::App& app, Context& ctx) {
    auto options = std::make_shared<InspectOptions>();
    CLI::App* cmd = app.add_subcommand(
        "inspect", "Show one model file's tensor table and what Songloom recognises it as. Reads headers only.");
    cmd->add_option("FILE", options->file, "A .safetensors file, a *.safetensors.index.json, or silence_latent.pt")
        ->required();
    cmd->add_flag("--json", options->json, "Print the table and the recognition as JSON (docs/model-catalog.md)");
    cmd->add_option("--limit", options->limit, "Show at most N tensor rows (0, the default: all)");
    cmd->callback([options, &ctx] { ctx.exitCode = runInspect(*options); });
}

}  // namespace songloom::cli
