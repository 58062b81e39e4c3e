// Model file hash (OpenSSL EVP SHA-256, cached by path / size / mtime), the per-take generation
// parameters JSON and the AudioTags of a take. See songloom/take_tags.h.
#include "songloom/take_tags.h"

#include "songloom/version.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <openssl/evp.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <tuple>
#include <vector>

namespace songloom {

namespace fs = std::filesystem;
using nlohmann::ordered_json;

namespace {

struct FileStamp {
    std::string path;  // absolute
    std::uintmax_t size = 0;
    fs::file_time_type::rep mtime = 0;
    auto operator<=>(const FileStamp&) const = default;
};

std::mutex& cacheMutex() {
    static std::mutex m;
    return m;
}
std::map<std::vector<FileStamp>, std::string>& hashCache() {
    static std::map<std::vector<FileStamp>, std::string> cache;
    return cache;
}

Result<FileStamp> stampOf(const fs::path& file) {
    std::error_code ec;
    const fs::file_status st = fs::status(file, ec);
    if (ec || !fs::exists(st)) {
        if (!ec || ec == std::errc::no_such_file_or_directory)
            return Status::error(ErrorCode::NotFound, fmt::format("model file {}: not found", file.string()));
        return Status::error(ErrorCode::Io, fmt::format("model file {}: {}", file.string(), ec.message()));
    }
    if (!fs::is_regular_file(st))
        return Status::error(ErrorCode::Io, fmt::format("model file {}: not a regular file", file.string()));
    FileStamp s;
    s.path = fs::absolute(file, ec).lexically_normal().string();
    if (ec) s.path = file.string();
    s.size = fs::file_size(file, ec);
    if (ec) return Status::error(ErrorCode::Io, fmt::format("model file {}: {}", file.string(), ec.message()));
    s.mtime = fs::last_write_time(file, ec).time_since_epoch().count();
    if (ec) return Status::error(ErrorCode::Io, fmt::format("model file {}: {}", file.string(), ec.message()));
    return s;
}

struct MdCtxFree {
    void operator()(EVP_MD_CTX* c) const { EVP_MD_CTX_free(c); }
};
struct FileClose {
    void operator()(std::FILE* f) const { std::fclose(f); }
};

Status digestFail(const char* what) {
    return Status::error(ErrorCode::Internal, fmt::format("SHA-256: OpenSSL {} failed", what));
}

Status hashFile(EVP_MD_CTX* ctx, const FileStamp& stamp, std::vector<unsigned char>& buffer) {
    errno = 0;
    std::unique_ptr<std::FILE, FileClose> f(std::fopen(stamp.path.c_str(), "rb"));
    if (!f)
        return Status::error(errno == ENOENT ? ErrorCode::NotFound : ErrorCode::Io,
                             fmt::format("model file {}: cannot open: {}", stamp.path, std::strerror(errno)));
    std::uintmax_t total = 0;
    for (;;) {
        const std::size_t n = std::fread(buffer.data(), 1, buffer.size(), f.get());
        if (n > 0 && EVP_DigestUpdate(ctx, buffer.data(), n) != 1) return digestFail("DigestUpdate");
        total += n;
        if (n < buffer.size()) break;
    }
    if (std::ferror(f.get()))
        return Status::error(ErrorCode::Io, fmt::format("model file {}: read failed after {} bytes", stamp.path, total));
    if (total != stamp.size)
        return Status::error(ErrorCode::Io, fmt::format("model file {}: changed while it was read ({} bytes, {} expected)",
                                                        stamp.path, total, stamp.size));
    return Status::ok();
}

std::string utcIso8601(std::chrono::system_clock::time_point when) {
    const std::time_t t = std::chrono::system_clock::to_time_t(when);
    std::tm tm{};
    gmtime_r(&t, &tm);
    std::array<char, 32> out{};
    std::strftime(out.data(), out.size(), "%Y-%m-%dT%H:%M:%SZ", &tm);
    return out.data();
}

const char* anchorName(RegionAnchor a) { return a == RegionAnchor::Start ? "start" : "end"; }

std::size_t codePoints(const std::string& s) {
    return static_cast<std::size_t>(
        std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// The first line of the caption, at most `limit` code points (never cutting a UTF-8 sequence).
std::string titleFromCaption(const std::string& caption, std::size_t limit) {
    std::string line = caption.substr(0, caption.find('\n'));
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r' || line.back() == '\t')) line.pop_back();
    std::size_t count = 0;
    for (std::size_t i = 0; i < line.size(); ++i) {
        if ((static_cast<unsigned char>(line[i]) & 0xC0) == 0x80) continue;
        if (count == limit) {
            line.resize(i);
            while (!line.empty() && line.back() == ' ') line.pop_back();
            return line + "\xe2\x80\xa6";  // …
        }
        ++count;
    }
    return line;
}

}  // namespace

Result<std::string> modelFileHash(const CatalogComponent& component) {
    if (component.files.empty())
        return Status::error(ErrorCode::InvalidArgument,
                             fmt::format("model file hash: component '{}' lists no files", component.title));
    std::vector<FileStamp> stamps;
    for (const fs::path& file : component.files) {
        Result<FileStamp> s = stampOf(file);
        if (!s) return s.status();
        stamps.push_back(*s);
    }
    // Stable order: by file name, then by the whole path.
    std::sort(stamps.begin(), stamps.end(), [](const FileStamp& a, const FileStamp& b) {
        const std::string na = fs::path(a.path).filename().string(), nb = fs::path(b.path).filename().string();
        return std::tie(na, a.path) < std::tie(nb, b.path);
    });
    {
        std::lock_guard lock(cacheMutex());
        auto it = hashCache().find(stamps);
        if (it != hashCache().end()) return it->second;
    }

    std::unique_ptr<EVP_MD_CTX, MdCtxFree> ctx(EVP_MD_CTX_new());
    if (!ctx) return digestFail("MD_CTX_new");
    if (EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr) != 1) return digestFail("DigestInit");
    std::vector<unsigned char> buffer(1 << 20);
    const bool framed = stamps.size() > 1;
    for (const FileStamp& s : stamps) {
        if (framed) {
            const std::string name = fs::path(s.path).filename().string();
            std::array<unsigned char, 9> head{};  // NUL, then the size little-endian
            for (int b = 0; b < 8; ++b) head[1 + b] = static_cast<unsigned char>((static_cast<std::uint64_t>(s.size) >> (8 * b)) & 0xFF);
            if (EVP_DigestUpdate(ctx.get(), name.data(), name.size()) != 1 ||
                EVP_DigestUpdate(ctx.get(), head.data(), head.size()) != 1)
                return digestFail("DigestUpdate");
        }
        Status st = hashFile(ctx.get(), s, buffer);
        if (!st) return st;
    }
    std::array<unsigned char, EVP_MAX_MD_SIZE> md{};
    unsigned int len = 0;
    if (EVP_DigestFinal_ex(ctx.get(), md.data(), &len) != 1) return digestFail("DigestFinal");
    std::string hex;
    hex.reserve(2 * len);
    for (unsigned int i = 0; i < len; ++i) hex += fmt::format("{:02x}", md[i]);

    std::lock_guard lock(cacheMutex());
    hashCache()[stamps] = hex;
    return hex;
}

std::string generationParametersJson(const ResolvedRequest& r, std::size_t item, const CatalogComponent& dit,
                                     const std::string& sha256, std::chrono::system_clock::time_point when) {
    ordered_json j;
    j["schema"] = 1;
    j["app"] = "Songloom";
    j["version"] = SONGLOOM_VERSION;
    ordered_json model;
    model["variant"] = variantName(dit.variant != DitVariant::Unknown ? dit.variant : r.variant);
    model["size"] = componentSizeName(dit);
    model["layout"] = layoutName(dit.layout);
    model["title"] = dit.title;
    model["preset"] = r.presetId;
    model["sha256"] = sha256;
    ordered_json files = ordered_json::array();
    for (const fs::path& f : dit.files) files.push_back(f.filename().string());
    model["files"] = std::move(files);
    j["model"] = std::move(model);
    j["task"] = taskTypeName(r.task);
    // itemSeeds[i] == seed + i; computed the same way past the list so the value is always defined.
    j["seed"] = item < r.itemSeeds.size() ? r.itemSeeds[item] : r.seed + item;
    j["seed_was_random"] = r.seedWasRandom;
    j["steps"] = r.steps;
    j["guidance_scale"] = r.guidanceScale;
    j["guidance_type"] = guidanceTypeName(r.guidanceType);
    j["guidance_enabled"] = r.guidanceEnabled;
    j["shift"] = r.shift;
    j["guidance_interval"] = {r.guidanceIntervalStart, r.guidanceIntervalEnd};
    if (r.task == TaskType::Cover)
        j["cover_strength"] = r.coverStrength;
    else
        j["cover_strength"] = nullptr;
    if (r.task == TaskType::Repaint) {
        ordered_json region;
        region["start"] = {{"seconds", r.repaintStart.seconds}, {"anchor", anchorName(r.repaintStart.anchor)}};
        region["end"] = {{"seconds", r.repaintEnd.seconds}, {"anchor", anchorName(r.repaintEnd.anchor)}};
        j["repaint_region"] = std::move(region);
    } else {
        j["repaint_region"] = nullptr;
    }
    j["duration"] = r.durationSeconds;
    j["bpm"] = r.bpm ? ordered_json(*r.bpm) : ordered_json(nullptr);
    j["key"] = r.keyScale;
    j["time_signature"] = r.timeSignature;
    j["language"] = r.vocalLanguage;
    j["caption"] = r.caption;
    j["instrumental"] = r.instrumental;
    j["has_lyrics"] = !r.instrumental && !r.lyrics.empty();
    j["lyrics_length"] = r.instrumental ? 0 : codePoints(r.lyrics);
    j["batch_index"] = item;
    j["batch_size"] = r.batchSize;
    j["timestamp"] = utcIso8601(when);
    return j.dump();
}

audio::AudioTags tagsForTake(const ResolvedRequest& r, std::size_t item, const CatalogComponent& dit,
                             const std::string& sha256, const std::string& title,
                             std::chrono::system_clock::time_point when) {
    audio::AudioTags t;
    t.title = !title.empty() ? title : titleFromCaption(r.caption, 80);
    if (!r.instrumental) t.lyrics = r.lyrics;
    t.bpm = r.bpm;
    t.key = r.keyScale;
    if (r.vocalLanguage != "unknown") t.language = r.vocalLanguage;
    t.caption = r.caption;
    t.parametersJson = generationParametersJson(r, item, dit, sha256, when);
    t.aiNote = audio::kAiGeneratedNote;
    return t;
}

}  // namespace songloom
