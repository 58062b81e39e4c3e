// SafetensorsFile (mapped views) and Checkpoint / readCheckpointHeaders (single files and shard indexes).
#include "corrupt_corpus/safetensors_writer.h"
#include "songloom/safetensors.h"
#include "st_test_support.h"

#include <gtest/gtest.h>

#include <cstring>

using namespace songloom;
using namespace songloom::testsupport;

namespace {

std::vector<float> floatsOf(std::span<const std::byte> bytes) {
    std::vector<float> out(bytes.size() / 4);
    if (!out.empty()) std::memcpy(out.data(), bytes.data(), bytes.size());
    return out;
}

const std::string kShard1 = "model-00001-of-00002.safetensors";
const std::string kShard2 = "model-00002-of-00002.safetensors";

// Two shards: "a", "b" in the first, "c" (and "extra", not in the weight_map) in the second.
std::filesystem::path writeShardedCheckpoint(const TempDir& dir) {
    writeFile(dir / kShard1, buildSafetensors({{"a", "F32", {2}, floatBytes({1, 2})}, {"b", "F32", {1}, floatBytes({3})}}));
    writeFile(dir / kShard2, buildSafetensors({{"c", "F32", {3}, floatBytes({4, 5, 6})}, {"extra", "U8", {1}, "x"}}));
    const auto index = dir / "model.safetensors.index.json";
    writeFile(index, R"({"metadata":{"total_size":24},"weight_map":{"a":")" + kShard1 + R"(","b":")" + kShard1 +
                         R"(","c":")" + kShard2 + R"("}})");
    return index;
}

}  // namespace

TEST(SafetensorsFile, MapsFileAndServesTensorBytes) {
    TempDir dir("st-file");
    const auto path = dir / "m.safetensors";
    writeFile(path, buildSafetensors({{"w", "F32", {2, 2}, floatBytes({1.5f, -2, 3, 4})}, {"v", "F32", {1}, floatBytes({7})}},
                                     {{"format", "pt"}}));
    auto file = SafetensorsFile::open(path);
    ASSERT_TRUE(file) << file.status().message();
    const SafetensorsFile& f = **file;
    EXPECT_EQ(f.path(), path);
    EXPECT_EQ(f.fileSize(), std::filesystem::file_size(path));
    EXPECT_EQ(f.header().metadata.at("format"), "pt");
    const auto w = f.data(*f.header().find("w"));
    const auto v = f.data(*f.header().find("v"));
    EXPECT_EQ(floatsOf(w), (std::vector<float>{1.5f, -2, 3, 4}));
    EXPECT_EQ(floatsOf(v), (std::vector<float>{7}));
    EXPECT_EQ(v.data(), w.data() + 16);  // one mapping, back to back

    // A TensorInfo that does not belong to the file yields an empty span, not a wild pointer.
    TensorInfo stranger;
    stranger.dataBegin = 0;
    stranger.dataEnd = 1u << 30;
    EXPECT_TRUE(f.data(stranger).empty());
}

TEST(SafetensorsFile, RefusesMissingEmptyAndFolderPaths) {
    TempDir dir("st-file-bad");
    auto missing = SafetensorsFile::open(dir / "nope.safetensors");
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.status().code(), ErrorCode::NotFound);

    writeFile(dir / "empty.safetensors", "");
    auto empty = SafetensorsFile::open(dir / "empty.safetensors");
    ASSERT_FALSE(empty);
    EXPECT_EQ(empty.status().code(), ErrorCode::Corrupt);
    EXPECT_NE(empty.status().message().find("empty.safetensors: file is 0 bytes"), std::string::npos)
        << empty.status().message();

    auto folder = SafetensorsFile::open(dir.path());
    ASSERT_FALSE(folder);
    EXPECT_EQ(folder.status().code(), ErrorCode::InvalidArgument);
}

TEST(Checkpoint, SingleFileHeadersAndMappedEntries) {
    TempDir dir("st-ckpt");
    const auto path = dir / "one.safetensors";
    writeFile(path, buildSafetensors({{"x", "BF16", {2}, u16Bytes({0x3f80, 0x4000})}, {"y", "F32", {1}, floatBytes({2})}}));

    auto headers = readCheckpointHeaders(path);
    ASSERT_TRUE(headers) << headers.status().message();
    EXPECT_EQ(headers->tensorCount(), 2u);
    ASSERT_EQ(headers->shards.size(), 1u);
    EXPECT_EQ(headers->shards[0].file, path);
    ASSERT_NE(headers->find("x"), nullptr);
    EXPECT_EQ(headers->find("x")->dtype, DType::BF16);
    EXPECT_EQ(headers->find("z"), nullptr);

    auto checkpoint = Checkpoint::open(path);
    ASSERT_TRUE(checkpoint) << checkpoint.status().message();
    EXPECT_EQ(checkpoint->names(), (std::vector<std::string>{"x", "y"}));
    ASSERT_EQ(checkpoint->files().size(), 1u);
    const auto x = checkpoint->find("x");
    ASSERT_TRUE(x.has_value());
    EXPECT_EQ(x->file, checkpoint->files()[0]);
    EXPECT_EQ(x->info->name, "x");
    EXPECT_EQ(x->file->data(*x->info).size(), 4u);
    EXPECT_FALSE(checkpoint->find("nope").has_value());
}

TEST(Checkpoint, ShardedIndexJoinsShards) {
    TempDir dir("st-shards");
    const auto index = writeShardedCheckpoint(dir);

    auto headers = readCheckpointHeaders(index);
    ASSERT_TRUE(headers) << headers.status().message();
    ASSERT_EQ(headers->shards.size(), 2u);
    EXPECT_EQ(headers->shards[0].file, dir / kShard1);
    EXPECT_EQ(headers->shards[1].file, dir / kShard2);
    // Tensors a shard holds beyond the weight_map are kept (as transformers keeps them).
    EXPECT_EQ(headers->tensorCount(), 4u);
    EXPECT_EQ(headers->index.at("c"), (std::pair<std::size_t, std::size_t>{1, 0}));
    ASSERT_NE(headers->find("b"), nullptr);
    EXPECT_EQ(headers->find("b")->shape, (std::vector<std::int64_t>{1}));

    auto checkpoint = Checkpoint::open(index);
    ASSERT_TRUE(checkpoint) << checkpoint.status().message();
    EXPECT_EQ(checkpoint->files().size(), 2u);
    EXPECT_EQ(checkpoint->names(), (std::vector<std::string>{"a", "b", "c", "extra"}));
    const auto c = checkpoint->find("c");
    ASSERT_TRUE(c.has_value());
    EXPECT_EQ(c->file->path(), dir / kShard2);
    EXPECT_EQ(floatsOf(c->file->data(*c->info)), (std::vector<float>{4, 5, 6}));
}

TEST(Checkpoint, MissingIndexIsNotFound) {
    TempDir dir("st-index-missing");
    auto headers = readCheckpointHeaders(dir / "model.safetensors.index.json");
    ASSERT_FALSE(headers);
    EXPECT_EQ(headers.status().code(), ErrorCode::NotFound);
    auto checkpoint = Checkpoint::open(dir / "model.safetensors.index.json");
    ASSERT_FALSE(checkpoint);
    EXPECT_EQ(checkpoint.status().code(), ErrorCode::NotFound);
}

TEST(Checkpoint, MappedFilesOutliveTheCheckpoint) {
    TempDir dir("st-lifetime");
    const auto path = dir / "m.safetensors";
    writeFile(path, buildSafetensors({{"w", "F32", {3}, floatBytes({1, 2, 3})}}));
    std::shared_ptr<const SafetensorsFile> kept;
    const TensorInfo* info = nullptr;
    {
        auto checkpoint = Checkpoint::open(path);
        ASSERT_TRUE(checkpoint) << checkpoint.status().message();
        const auto entry = checkpoint->find("w");
        ASSERT_TRUE(entry.has_value());
        kept = entry->file;
        info = entry->info;
    }
    EXPECT_EQ(kept.use_count(), 1);
    EXPECT_EQ(floatsOf(kept->data(*info)), (std::vector<float>{1, 2, 3}));
}
