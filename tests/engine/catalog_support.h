// Helpers shared by the model-catalog tests (normal and ASan builds): synthetic header-only safetensors
// files, temporary folders, and the fixture manifest (tools/fixtures writes manifest.json with what the
// catalog must find in each fixture).
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace songloom::catalog_test {

namespace fs = std::filesystem;

struct FakeTensor {
    std::string name;
    std::vector<std::int64_t> shape;
    std::string dtype = "BF16";
};

// A valid safetensors file whose data section is a hole (resize only): the catalog reads headers only.
void writeFakeSafetensors(const fs::path& path, const std::vector<FakeTensor>& tensors,
                          const std::map<std::string, std::string>& metadata = {});
void writeText(const fs::path& path, const std::string& text);
void writeBytes(const fs::path& path, const std::string& bytes);

// A fresh folder under the system temp folder, removed on destruction.
class TempDir {
public:
    explicit TempDir(const std::string& tag);
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const fs::path& path() const { return path_; }

private:
    fs::path path_;
};

// The official 2B DiT bundle under its official names (677 tensors), from the catalog's own table.
std::vector<FakeTensor> official2BDitTensors();

// Fixture manifest.
struct ManifestComponent {
    std::string kind, layout, expectedSize, family, variant, keyPrefix;
    std::optional<bool> turbo;
    std::vector<std::string> unavailable;
};
struct ManifestFixture {
    std::string id, path, hint;
    bool rejected = false;
    std::vector<ManifestComponent> components;
};
struct Manifest {
    std::string scale;
    std::vector<ManifestFixture> fixtures;
    const ManifestFixture* find(const std::string& id) const;
};
Manifest readManifest(const fs::path& fixtureRoot);

// Where the fixtures of one scale ("tiny" / "real") are, with their manifest.json. Two definitions: the
// normal test writes them in-process with songloom_fixtures (catalog_fixtures_written.cpp); the ASan
// test reads what a ctest setup step wrote (catalog_fixtures_prebuilt.cpp).
fs::path fixtureRoot(const std::string& scale);

// Is `file` the same as `under`, or inside it (lexically)?
bool isUnder(const fs::path& file, const fs::path& under);

}  // namespace songloom::catalog_test
