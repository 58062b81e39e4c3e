#include "models_folder.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <fstream>

namespace songloom::cli {

namespace {

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

std::string trim(std::string s) {
    const auto notSpace = [](unsigned char c) { return !std::isspace(c); };
    s.erase(s.begin(), std::find_if(s.begin(), s.end(), notSpace));
    s.erase(std::find_if(s.rbegin(), s.rend(), notSpace).base(), s.end());
    return s;
}

void appendUtf8(std::string& out, unsigned code) {
    if (code < 0x80) {
        out += static_cast<char>(code);
    } else if (code < 0x800) {
        out += static_cast<char>(0xC0 | (code >> 6));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (code >> 12));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    }
}

// A QSettings INI value: optionally quoted, with \\, \", \n, \t and \xHHHH escapes (UTF-16 code units;
// paths outside the BMP are rare enough that surrogate pairs are left as they come).
std::string unescapeIniValue(const std::string& raw) {
    std::string v = trim(raw);
    std::string out;
    for (std::size_t i = 0; i < v.size(); ++i) {
        const char c = v[i];
        if (c == '"') continue;  // quotes only protect spaces, commas and semicolons
        if (c == '\\' && i + 1 < v.size()) {
            const char n = v[++i];
            if (n == 'n') out += '\n';
            else if (n == 't') out += '\t';
            else if (n == 'x') {
                unsigned code = 0;
                std::size_t digits = 0;
                while (i + 1 < v.size() && digits < 4 && std::isxdigit(static_cast<unsigned char>(v[i + 1]))) {
                    code = code * 16 + static_cast<unsigned>(std::stoi(std::string(1, v[++i]), nullptr, 16));
                    ++digits;
                }
                appendUtf8(out, code);
            } else out += n;
            continue;
        }
        out += c;
    }
    // A QVariant that is not a plain string is stored as "@Type(...)"; a string starting with '@' as "@@".
    if (out.rfind("@@", 0) == 0) out.erase(0, 1);
    else if (!out.empty() && out.front() == '@') return {};
    return out;
}

std::string lowerTitle(const CatalogComponent& c) { return lower(c.title); }

}  // namespace

std::optional<std::string> modelsFolderFromStudioSettings(const std::filesystem::path& iniFile) {
    std::ifstream in(iniFile);
    if (!in) return std::nullopt;
    std::string line, section;
    while (std::getline(in, line)) {
        line = trim(line);
        if (line.empty() || line.front() == ';' || line.front() == '#') continue;
        if (line.front() == '[') {
            section = line.substr(1, line.find(']') - 1);
            continue;
        }
        const auto eq = line.find('=');
        if (eq == std::string::npos) continue;
        const std::string key = trim(line.substr(0, eq));
        // QSettings writes "models/folder" as [models] folder=...; a top-level "models%2Ffolder" is not used.
        if (section == "models" && key == "folder") {
            std::string value = unescapeIniValue(line.substr(eq + 1));
            if (!value.empty()) return value;
        }
    }
    return std::nullopt;
}

std::filesystem::path defaultModelsFolder() {
    if (const char* env = std::getenv("SONGLOOM_MODELS"); env != nullptr && *env != '\0') return env;
    std::filesystem::path config;
    if (const char* xdg = std::getenv("XDG_CONFIG_HOME"); xdg != nullptr && *xdg != '\0') config = xdg;
    else if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0')
        config = std::filesystem::path(home) / ".config";
    if (config.empty()) return {};
    if (auto folder = modelsFolderFromStudioSettings(config / "Songloom" / "Songloom.ini")) return *folder;
    return {};
}

Status addVariantChoice(ScanOptions& scan, const std::string& text) {
    const auto eq = text.rfind('=');
    const auto variant = eq == std::string::npos ? std::nullopt : parseVariant(std::string_view(text).substr(eq + 1));
    if (eq == 0 || !variant || *variant == DitVariant::Unknown) {
        return Status::error(ErrorCode::InvalidArgument,
                             fmt::format("--variant \"{}\": expected PATH=turbo|base|sft", text));
    }
    scan.variantChoices[std::filesystem::path(text.substr(0, eq))] = *variant;
    return Status::ok();
}

std::string describeModelSet(const Catalog& catalog, const ModelSet& set) {
    const CatalogComponent& dit = catalog.components.at(set.dit);
    std::string line = fmt::format("{:<12} {}", dit.preset != nullptr ? dit.preset->id : "?", dit.title);
    if (!dit.release.empty()) line += fmt::format("  [{}]", dit.release);
    if (!dit.files.empty()) line += fmt::format("  {}", dit.files.front().string());
    return line;
}

Result<std::size_t> pickModelSet(const Catalog& catalog, const std::optional<std::string>& wanted) {
    std::vector<std::size_t> ready;
    for (std::size_t i = 0; i < catalog.models.size(); ++i)
        if (catalog.models[i].readyToGenerate) ready.push_back(i);

    if (ready.empty()) {
        std::string message = fmt::format("no model in \"{}\" is ready to make songs", catalog.root.string());
        for (const ModelSet& set : catalog.models) {
            message += fmt::format("\n  {}: missing {}", catalog.components.at(set.dit).title,
                                   set.missing.empty() ? std::string("nothing named") : fmt::format("{}", fmt::join(set.missing, "; ")));
        }
        const bool variantUnknown = std::any_of(catalog.models.begin(), catalog.models.end(), [&](const ModelSet& set) {
            return catalog.components.at(set.dit).variant == DitVariant::Unknown;
        });
        if (variantUnknown)
            message += "\n(a DiT whose files do not tell turbo, base or sft needs --variant PATH=turbo|base|sft)";
        if (catalog.models.empty()) message += " (no song model (DiT) was found; `songloom-cli models DIR` shows what is there)";
        return Status::error(ErrorCode::NotFound, message);
    }
    auto choices = [&] {
        std::string list;
        for (std::size_t i : ready) list += "\n  " + describeModelSet(catalog, catalog.models[i]);
        return list;
    };
    if (!wanted) {
        if (ready.size() == 1) return ready.front();
        return Status::error(ErrorCode::InvalidArgument,
                             fmt::format("--model is needed: \"{}\" holds {} ready models; pick one by its preset, "
                                         "release folder, title or path:{}",
                                         catalog.root.string(), ready.size(), choices()));
    }
    const std::string w = lower(*wanted);
    std::vector<std::size_t> matches;
    for (std::size_t i : ready) {
        const CatalogComponent& dit = catalog.components.at(catalog.models[i].dit);
        bool hit = (dit.preset != nullptr && lower(dit.preset->id) == w) || lower(dit.release) == w || lowerTitle(dit) == w;
        for (const auto& file : dit.files) {
            hit = hit || lower(file.string()) == w || lower(file.parent_path().string()) == w ||
                  lower(file.parent_path().filename().string()) == w;
        }
        if (hit) matches.push_back(i);
    }
    if (matches.size() == 1) return matches.front();
    return Status::error(ErrorCode::InvalidArgument,
                         fmt::format("--model \"{}\" matches {} of the ready models; allowed (preset, release folder, "
                                     "title or path):{}",
                                     *wanted, matches.empty() ? "none" : "several", choices()));
}

}  // namespace songloom::cli
