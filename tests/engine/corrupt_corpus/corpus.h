// The corrupted-file corpus: files that every reader must refuse with a given error code and message,
// never by crashing. Written by the `songloom-corrupt-corpus OUTDIR` tool and by the tests themselves.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace songloom::testsupport {

struct CorpusCase {
    std::string name;         // descriptive, also the file (or folder) name
    std::string kind;         // "safetensors" (a single file), "index" (a sharded checkpoint) or "torchzip"
    std::string path;         // what to hand to the reader, relative to the corpus folder
    std::string code;         // expected ErrorCode spelled as in the enum: "Corrupt", "NotFound", "Unsupported"
    std::string expect;       // a substring the error message must contain
    std::string description;
};

// Writes every case under `dir` (created when missing) plus `manifest.json` listing them.
std::vector<CorpusCase> writeCorruptCorpus(const std::filesystem::path& dir);

// Collects cases while writing their files (used by the per-kind generators).
class CorpusWriter {
public:
    explicit CorpusWriter(std::filesystem::path dir) : dir_(std::move(dir)) {}

    // One file "<name><extension>".
    void file(const std::string& name, const std::string& kind, const std::string& extension, const std::string& bytes,
              const std::string& code, const std::string& expect, const std::string& description);
    // A folder "<name>/" with "model.safetensors.index.json" and the given shard files.
    void index(const std::string& name, const std::string& indexJson,
               const std::vector<std::pair<std::string, std::string>>& shards, const std::string& code,
               const std::string& expect, const std::string& description);

    const std::vector<CorpusCase>& cases() const { return cases_; }

private:
    std::filesystem::path dir_;
    std::vector<CorpusCase> cases_;
};

void addSafetensorsCases(CorpusWriter& writer);  // corpus_safetensors.cpp
void addIndexCases(CorpusWriter& writer);        // corpus_index.cpp
void addTorchZipCases(CorpusWriter& writer);     // corpus_torchzip.cpp

}  // namespace songloom::testsupport
