#include "corpus.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <set>
#include <stdexcept>

namespace songloom::testsupport {
namespace {

void writeFile(const std::filesystem::path& path, const std::string& bytes) {
    std::filesystem::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) throw std::runtime_error("cannot write " + path.string());
}

}  // namespace

void CorpusWriter::file(const std::string& name, const std::string& kind, const std::string& extension,
                        const std::string& bytes, const std::string& code, const std::string& expect,
                        const std::string& description) {
    const std::string relative = name + extension;
    writeFile(dir_ / relative, bytes);
    cases_.push_back({name, kind, relative, code, expect, description});
}

void CorpusWriter::index(const std::string& name, const std::string& indexJson,
                         const std::vector<std::pair<std::string, std::string>>& shards, const std::string& code,
                         const std::string& expect, const std::string& description) {
    const std::string relative = name + "/model.safetensors.index.json";
    std::filesystem::remove_all(dir_ / name);
    writeFile(dir_ / relative, indexJson);
    for (const auto& [file, bytes] : shards) writeFile(dir_ / name / file, bytes);
    cases_.push_back({name, "index", relative, code, expect, description});
}

std::vector<CorpusCase> writeCorruptCorpus(const std::filesystem::path& dir) {
    std::filesystem::create_directories(dir);
    CorpusWriter writer(dir);
    addSafetensorsCases(writer);
    addIndexCases(writer);
    addTorchZipCases(writer);

    std::set<std::string> names;
    nlohmann::ordered_json manifest = {{"description", "Songloom corrupted-file corpus: every file must be refused "
                                                       "with `code` and a message containing `expect`"},
                                       {"cases", nlohmann::ordered_json::array()}};
    for (const CorpusCase& c : writer.cases()) {
        if (!names.insert(c.name).second) throw std::logic_error("duplicate corpus case " + c.name);
        manifest["cases"].push_back({{"name", c.name},
                                     {"kind", c.kind},
                                     {"path", c.path},
                                     {"code", c.code},
                                     {"expect", c.expect},
                                     {"description", c.description}});
    }
    writeFile(dir / "manifest.json", manifest.dump(2) + "\n");
    return writer.cases();
}

}  // namespace songloom::testsupport
