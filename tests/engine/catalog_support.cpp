#include "catalog_support.h"

#include "catalog/dit_keys.h"

#include <nlohmann/json.hpp>

#include <atomic>
#include <fstream>
#include <stdexcept>
#include <unistd.h>

namespace songloom::catalog_test {

namespace {

std::uint64_t dtypeBytes(const std::string& dtype) {
    if (dtype == "F32" || dtype == "I32" || dtype == "U32") return 4;
    if (dtype == "F64" || dtype == "I64" || dtype == "U64") return 8;
    if (dtype == "BF16" || dtype == "F16" || dtype == "I16" || dtype == "U16") return 2;
    return 1;  // F8_*, I8, U8, BOOL
}

}  // namespace

void writeFakeSafetensors(const fs::path& path, const std::vector<FakeTensor>& tensors,
                          const std::map<std::string, std::string>& metadata) {
    nlohmann::ordered_json header = nlohmann::ordered_json::object();
    if (!metadata.empty()) header["__metadata__"] = metadata;
    std::uint64_t offset = 0;
    for (const FakeTensor& t : tensors) {
        std::uint64_t n = dtypeBytes(t.dtype);
        for (auto d : t.shape) n *= static_cast<std::uint64_t>(d);
        header[t.name] = {{"dtype", t.dtype}, {"shape", t.shape}, {"data_offsets", {offset, offset + n}}};
        offset += n;
    }
    std::string text = header.dump();
    while (text.size() % 8 != 0) text += ' ';
    fs::create_directories(path.parent_path());
    {
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        std::uint64_t n = text.size();
        for (int i = 0; i < 8; ++i) out.put(static_cast<char>((n >> (8 * i)) & 0xff));
        out << text;
    }
    fs::resize_file(path, 8 + text.size() + offset);  // the data: a hole
}

void writeText(const fs::path& path, const std::string& text) { writeBytes(path, text); }

void writeBytes(const fs::path& path, const std::string& bytes) {
    fs::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << bytes;
}

TempDir::TempDir(const std::string& tag) {
    static std::atomic<int> counter{0};
    path_ = fs::temp_directory_path() /
            ("songloom-" + tag + "-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    fs::remove_all(path_);
    fs::create_directories(path_);
}

TempDir::~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
}

std::vector<FakeTensor> official2BDitTensors() {
    const catalog::DitDims d = catalog::officialDitDims2B();
    std::vector<FakeTensor> out;
    for (const auto& table : {catalog::expectedDecoder(d), catalog::expectedConditionEncoder(d),
                              catalog::expectedAudioTokenizer(d), catalog::expectedAudioDetokenizer(d),
                              catalog::expectedNullCondition(d)}) {
        for (const auto& [name, shape] : table) out.push_back({name, shape});
    }
    return out;
}

const ManifestFixture* Manifest::find(const std::string& id) const {
    for (const ManifestFixture& f : fixtures) {
        if (f.id == id) return &f;
    }
    return nullptr;
}

Manifest readManifest(const fs::path& fixtureRoot) {
    std::ifstream in(fixtureRoot / "manifest.json");
    if (!in) throw std::runtime_error("no manifest.json in " + fixtureRoot.string());
    const auto j = nlohmann::json::parse(in);
    Manifest m;
    m.scale = j.at("scale").get<std::string>();
    for (const auto& f : j.at("fixtures")) {
        ManifestFixture x;
        x.id = f.at("id").get<std::string>();
        x.path = f.at("path").get<std::string>();
        x.rejected = f.at("rejected").get<bool>();
        x.hint = f.value("rejectReasonHint", "");
        for (const auto& c : f.at("components")) {
            ManifestComponent e;
            e.kind = c.at("kind").get<std::string>();
            e.layout = c.at("layout").get<std::string>();
            e.expectedSize = c.at("expectedSize").get<std::string>();
            e.family = c.at("family").get<std::string>();
            e.variant = c.at("variant").get<std::string>();
            e.keyPrefix = c.at("keyPrefix").get<std::string>();
            if (c.contains("turbo") && c.at("turbo").is_boolean()) e.turbo = c.at("turbo").get<bool>();
            for (const auto& u : c.at("unavailable")) e.unavailable.push_back(u.get<std::string>());
            x.components.push_back(std::move(e));
        }
        m.fixtures.push_back(std::move(x));
    }
    return m;
}

bool isUnder(const fs::path& file, const fs::path& under) {
    const fs::path f = file.lexically_normal(), u = under.lexically_normal();
    auto fi = f.begin();
    for (const fs::path& part : u) {
        if (part.empty()) continue;  // a trailing separator
        if (fi == f.end() || *fi != part) return false;
        ++fi;
    }
    return true;
}

}  // namespace songloom::catalog_test
