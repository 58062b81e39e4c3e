// Every corrupt-corpus file is refused by every reader with the expected code and message (no crash).
#include "corrupt_corpus/corpus.h"
#include "songloom/safetensors.h"
#include "songloom/silence_latent.h"
#include "st_test_support.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <map>
#include <memory>

using namespace songloom;
using namespace songloom::testsupport;

namespace {

class CorruptCorpus : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        dir_ = std::make_unique<TempDir>("corpus");
        cases_ = writeCorruptCorpus(dir_->path());
    }
    static void TearDownTestSuite() { dir_.reset(); }

    static std::unique_ptr<TempDir> dir_;
    static std::vector<CorpusCase> cases_;
};
std::unique_ptr<TempDir> CorruptCorpus::dir_;
std::vector<CorpusCase> CorruptCorpus::cases_;

// The status is an error of the expected code whose message holds the expected text and is printable.
void expectRefused(const Status& status, const CorpusCase& c, const char* api) {
    SCOPED_TRACE(api);
    ASSERT_FALSE(status.isOk()) << c.name << " was accepted";
    EXPECT_EQ(status.code(), errorCodeFromName(c.code))
        << c.name << ": got " << errorCodeName(status.code()) << ": " << status.message();
    EXPECT_NE(status.message().find(c.expect), std::string::npos)
        << c.name << ": message\n  " << status.message() << "\nlacks\n  " << c.expect;
    EXPECT_TRUE(isPrintableUtf8(status.message())) << status.message();
}

}  // namespace

TEST_F(CorruptCorpus, HasAtLeastThirtyDistinctCasesOfEveryKind) {
    std::map<std::string, int> perKind;
    for (const CorpusCase& c : cases_) ++perKind[c.kind];
    EXPECT_GE(cases_.size(), 30u);
    EXPECT_GE(perKind["safetensors"], 30);
    EXPECT_GE(perKind["index"], 10);
    EXPECT_GE(perKind["torchzip"], 20);
}

TEST_F(CorruptCorpus, ManifestListsEveryCase) {
    const auto manifest = nlohmann::json::parse(readFile(dir_->path() / "manifest.json"));
    ASSERT_EQ(manifest.at("cases").size(), cases_.size());
    for (std::size_t i = 0; i < cases_.size(); ++i) {
        const auto& m = manifest.at("cases").at(i);
        EXPECT_EQ(m.at("name"), cases_[i].name);
        EXPECT_EQ(m.at("path"), cases_[i].path);
        EXPECT_EQ(m.at("code"), cases_[i].code);
        EXPECT_EQ(m.at("expect"), cases_[i].expect);
        EXPECT_NE(errorCodeFromName(cases_[i].code), ErrorCode::Internal) << cases_[i].code;
        EXPECT_TRUE(std::filesystem::exists(dir_->path() / cases_[i].path)) << cases_[i].path;
    }
}

TEST_F(CorruptCorpus, SafetensorsFilesAreRefusedByEveryReader) {
    for (const CorpusCase& c : cases_) {
        if (c.kind != "safetensors") continue;
        SCOPED_TRACE(c.name);
        const auto path = dir_->path() / c.path;
        expectRefused(readSafetensorsHeader(path).status(), c, "readSafetensorsHeader");
        expectRefused(SafetensorsFile::open(path).status(), c, "SafetensorsFile::open");
        expectRefused(readCheckpointHeaders(path).status(), c, "readCheckpointHeaders");
        expectRefused(Checkpoint::open(path).status(), c, "Checkpoint::open");
        const std::string bytes = readFile(path);
        expectRefused(parseSafetensorsHeader(asBytes(bytes), bytes.size(), path.string()).status(), c,
                      "parseSafetensorsHeader");
        // The other format's reader refuses the file too, without crashing.
        EXPECT_FALSE(readTorchSavedTensor(path));
    }
}

TEST_F(CorruptCorpus, ShardIndexesAreRefusedByCheckpointReaders) {
    for (const CorpusCase& c : cases_) {
        if (c.kind != "index") continue;
        SCOPED_TRACE(c.name);
        const auto path = dir_->path() / c.path;
        expectRefused(readCheckpointHeaders(path).status(), c, "readCheckpointHeaders");
        expectRefused(Checkpoint::open(path).status(), c, "Checkpoint::open");
        // An index is not a safetensors file: the single-file readers refuse it (no crash, no success).
        EXPECT_FALSE(readSafetensorsHeader(path));
        EXPECT_FALSE(SafetensorsFile::open(path));
        EXPECT_FALSE(readTorchSavedTensor(path));
    }
}

TEST_F(CorruptCorpus, TorchArchivesAreRefusedByTheTorchReaders) {
    for (const CorpusCase& c : cases_) {
        if (c.kind != "torchzip") continue;
        SCOPED_TRACE(c.name);
        const auto path = dir_->path() / c.path;
        expectRefused(readTorchSavedTensor(path).status(), c, "readTorchSavedTensor");
        expectRefused(readSilenceLatent(path).status(), c, "readSilenceLatent");
        const std::string bytes = readFile(path);
        expectRefused(parseTorchSavedTensor(asBytes(bytes), path.string()).status(), c, "parseTorchSavedTensor");
        EXPECT_FALSE(readSafetensorsHeader(path));
        EXPECT_FALSE(readCheckpointHeaders(path));
    }
}

TEST_F(CorruptCorpus, ForbiddenGlobalWasNeverExecuted) {
    // pickle_global_os_system asks for `touch /tmp/songloom-pwned`; nothing may have run it.
    (void)readTorchSavedTensor(dir_->path() / "pickle_global_os_system.pt");
    EXPECT_FALSE(std::filesystem::exists("/tmp/songloom-pwned"));
}
