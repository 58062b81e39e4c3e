// parseSafetensorsHeader / readSafetensorsHeader on valid files and on precise mistakes.
#include "corrupt_corpus/safetensors_writer.h"
#include "songloom/safetensors.h"
#include "st_test_support.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <chrono>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace songloom;
using namespace songloom::testsupport;

namespace {

Result<SafetensorsHeader> parse(const std::string& bytes, const std::string& label = "test.safetensors") {
    return parseSafetensorsHeader(asBytes(bytes), bytes.size(), label);
}

}  // namespace

TEST(SafetensorsDType, NamesSizesAndKinds) {
    const std::vector<std::pair<std::string, std::size_t>> expected = {
        {"BOOL", 1}, {"U8", 1},  {"I8", 1},   {"I16", 2}, {"U16", 2},     {"I32", 4},     {"U32", 4},   {"I64", 8},
        {"U64", 8},  {"F16", 2}, {"BF16", 2}, {"F32", 4}, {"F64", 8}, {"F8_E4M3", 1}, {"F8_E5M2", 1}};
    for (const auto& [name, size] : expected) {
        const auto dtype = parseDType(name);
        ASSERT_TRUE(dtype.has_value()) << name;
        EXPECT_EQ(dtypeName(*dtype), name);
        EXPECT_EQ(dtypeSize(*dtype), size) << name;
    }
    EXPECT_FALSE(parseDType("F128"));
    EXPECT_FALSE(parseDType("f32"));
    EXPECT_FALSE(parseDType(""));
    EXPECT_TRUE(isFloatingPoint(DType::BF16));
    EXPECT_TRUE(isFloatingPoint(DType::F64));
    EXPECT_FALSE(isFloatingPoint(DType::F8_E4M3));
    EXPECT_FALSE(isFloatingPoint(DType::I32));
}

TEST(SafetensorsHeader, ParsesTensorsMetadataAndOffsets) {
    const std::string bytes =
        buildSafetensors({{"w", "F32", {2, 3}, floatBytes({1, 2, 3, 4, 5, 6})}, {"b", "BF16", {3}, u16Bytes({1, 2, 3})}},
                         {{"format", "pt"}, {"note", "hello"}});
    auto header = parse(bytes);
    ASSERT_TRUE(header) << header.status().message();
    ASSERT_EQ(header->tensors.size(), 2u);
    EXPECT_EQ(header->metadata.at("format"), "pt");
    EXPECT_EQ(header->metadata.at("note"), "hello");
    EXPECT_EQ(header->dataOffset() % 8, 0u);  // the writer pads like the reference writer
    const TensorInfo* w = header->find("w");
    const TensorInfo* b = header->find("b");
    ASSERT_NE(w, nullptr);
    ASSERT_NE(b, nullptr);
    EXPECT_EQ(header->find("missing"), nullptr);
    EXPECT_EQ(w->dtype, DType::F32);
    EXPECT_EQ(w->shape, (std::vector<std::int64_t>{2, 3}));
    EXPECT_EQ(w->numel(), 6u);
    EXPECT_EQ(w->dataBegin, 0u);
    EXPECT_EQ(w->dataEnd, 24u);
    EXPECT_EQ(b->dtype, DType::BF16);
    EXPECT_EQ(b->dataBegin, 24u);
    EXPECT_EQ(b->byteSize(), 6u);
    EXPECT_EQ(header->headerLength + 8 + 30, bytes.size());
}

TEST(SafetensorsHeader, TensorsAreSortedByOffsetNotByName) {
    const std::string json = R"({"a":{"dtype":"U8","shape":[2],"data_offsets":[4,6]},)"
                             R"("z":{"dtype":"U8","shape":[4],"data_offsets":[0,4]}})";
    auto header = parse(safetensorsBytes(json, "abcdef"));
    ASSERT_TRUE(header) << header.status().message();
    ASSERT_EQ(header->tensors.size(), 2u);
    EXPECT_EQ(header->tensors[0].name, "z");
    EXPECT_EQ(header->tensors[1].name, "a");
}

TEST(SafetensorsHeader, AcceptsTrailingSpacesEmptyHeaderAndNullMetadata) {
    EXPECT_TRUE(parse(safetensorsBytes("{}", "")));
    EXPECT_TRUE(parse(safetensorsBytes("{}      ", "")));
    auto padded = parse(safetensorsBytes(R"({"a":{"dtype":"F32","shape":[],"data_offsets":[0,4]}}   )", "abcd"));
    ASSERT_TRUE(padded) << padded.status().message();
    EXPECT_EQ(padded->tensors.at(0).numel(), 1u);  // a scalar: shape [] has one element
    auto nullMetadata = parse(safetensorsBytes(R"({"__metadata__":null})", ""));
    ASSERT_TRUE(nullMetadata) << nullMetadata.status().message();
    EXPECT_TRUE(nullMetadata->metadata.empty());
    EXPECT_TRUE(nullMetadata->tensors.empty());
}

TEST(SafetensorsHeader, AcceptsEveryDTypeAndIgnoresUnknownFields) {
    std::vector<TestTensor> tensors;
    for (const char* name : {"BOOL", "U8", "I8", "I16", "U16", "I32", "U32", "I64", "U64", "F16", "BF16", "F32", "F64",
                             "F8_E4M3", "F8_E5M2"}) {
        const std::size_t size = dtypeSize(*parseDType(name));
        tensors.push_back({std::string("t_") + name, name, {3}, std::string(3 * size, '\x01')});
    }
    auto header = parse(buildSafetensors(tensors));
    ASSERT_TRUE(header) << header.status().message();
    EXPECT_EQ(header->tensors.size(), 15u);

    auto extra = parse(safetensorsBytes(R"({"a":{"dtype":"U8","shape":[1],"data_offsets":[0,1],"quant":{"x":[1]}}})", "z"));
    ASSERT_TRUE(extra) << extra.status().message();
}

TEST(SafetensorsHeader, EmptyTensorsMayShareOffsetsWithOthers) {
    const std::string json = R"({"a":{"dtype":"F32","shape":[4],"data_offsets":[0,16]},)"
                             R"("e1":{"dtype":"F32","shape":[0,5],"data_offsets":[8,8]},)"
                             R"("e2":{"dtype":"BF16","shape":[0],"data_offsets":[8,8]}})";
    auto header = parse(safetensorsBytes(json, std::string(16, '\0')));
    ASSERT_TRUE(header) << header.status().message();
    EXPECT_EQ(header->find("e1")->numel(), 0u);
}

TEST(SafetensorsHeader, GapsBetweenTensorsAreAllowed) {
    const std::string json = R"({"a":{"dtype":"U8","shape":[2],"data_offsets":[0,2]},)"
                             R"("b":{"dtype":"U8","shape":[2],"data_offsets":[6,8]}})";
    EXPECT_TRUE(parse(safetensorsBytes(json, std::string(10, '\0'))));
}

TEST(SafetensorsHeader, MessageNamesFileTensorAndNumbers) {
    const std::string json = R"({"decoder.proj_in.1.weight":{"dtype":"BF16","shape":[2048,192,2],"data_offsets":[0,1000]}})";
    auto header = parse(safetensorsBytes(json, std::string(1000, '\0')), "model.safetensors");
    ASSERT_FALSE(header);
    EXPECT_EQ(header.status().code(), ErrorCode::Corrupt);
    EXPECT_EQ(header.status().message(),
              "model.safetensors: tensor \"decoder.proj_in.1.weight\": shape [2048,192,2] x BF16 needs 1572864 bytes but "
              "data_offsets span 1000");
}

TEST(SafetensorsHeader, HostileNamesAndJunkStayPrintableAndShort) {
    // Control bytes in a (valid JSON) tensor name, and raw non-UTF-8 bytes in the JSON itself.
    const std::string controlName = R"({"bad\u0001\u001bname":{"dtype":"F32","shape":[4],"data_offsets":[0,12]}})";
    auto a = parse(safetensorsBytes(controlName, std::string(12, '\0')));
    ASSERT_FALSE(a);
    EXPECT_TRUE(isPrintableUtf8(a.status().message())) << a.status().message();
    EXPECT_NE(a.status().message().find("bad\\x01\\x1bname"), std::string::npos) << a.status().message();

    auto b = parse(safetensorsBytes(std::string("{\"\xc3\x28\xff\":1}"), ""));
    ASSERT_FALSE(b);
    EXPECT_TRUE(isPrintableUtf8(b.status().message())) << b.status().message();
    EXPECT_NO_THROW((void)nlohmann::json(b.status().message()).dump());

    const std::string longName(100000, 'n');
    auto c = parse(safetensorsBytes("{\"" + longName + R"(":{"dtype":"F32","shape":[4],"data_offsets":[0,12]}})",
                                    std::string(12, '\0')));
    ASSERT_FALSE(c);
    EXPECT_LT(c.status().message().size(), 1000u);
    EXPECT_NE(c.status().message().find("(100000 bytes in all)"), std::string::npos);

    // Valid non-ASCII UTF-8 survives as is.
    auto d = parse(safetensorsBytes(R"({"gewicht_ä":{"dtype":"F32","shape":[4],"data_offsets":[0,12]}})", std::string(12, '\0')));
    ASSERT_FALSE(d);
    EXPECT_NE(d.status().message().find("\"gewicht_ä\""), std::string::npos) << d.status().message();
}

TEST(SafetensorsHeader, CallerErrorsAreInvalidArgument) {
    const std::string bytes = buildSafetensors({{"a", "U8", {2}, "xy"}});
    // More bytes than the file has.
    auto more = parseSafetensorsHeader(asBytes(bytes), bytes.size() - 1, "x");
    ASSERT_FALSE(more);
    EXPECT_EQ(more.status().code(), ErrorCode::InvalidArgument);
    // Fewer than 8 + N bytes of a file that is long enough.
    auto fewer = parseSafetensorsHeader(asBytes(bytes).first(10), bytes.size(), "x");
    ASSERT_FALSE(fewer);
    EXPECT_EQ(fewer.status().code(), ErrorCode::InvalidArgument);
    // Only the header bytes of a longer file: fine.
    auto headerOnly = parseSafetensorsHeader(asBytes(bytes).first(bytes.size() - 2), bytes.size(), "x");
    EXPECT_TRUE(headerOnly) << headerOnly.status().message();
}

TEST(SafetensorsHeaderFile, ReadsValidFileAndReportsMissingOnes) {
    TempDir dir("st-header");
    const std::string bytes = buildSafetensors({{"a", "F32", {2}, floatBytes({1, 2})}});
    writeFile(dir / "ok.safetensors", bytes);
    auto ok = readSafetensorsHeader(dir / "ok.safetensors");
    ASSERT_TRUE(ok) << ok.status().message();
    EXPECT_EQ(ok->tensors.size(), 1u);

    auto missing = readSafetensorsHeader(dir / "missing.safetensors");
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.status().code(), ErrorCode::NotFound);
    EXPECT_NE(missing.status().message().find("missing.safetensors"), std::string::npos);

    auto folder = readSafetensorsHeader(dir.path());
    ASSERT_FALSE(folder);
    EXPECT_EQ(folder.status().code(), ErrorCode::InvalidArgument);
}

// A 20 GB sparse file: reading the header must not touch (or allocate) the data.
TEST(SafetensorsHeaderFile, HeaderOfHugeSparseFileIsCheap) {
    TempDir dir("st-sparse");
    const std::uint64_t dataBytes = 20ull * 1000 * 1000 * 1000;
    const std::string json = R"({"huge":{"dtype":"U8","shape":[)" + std::to_string(dataBytes) +
                             R"(],"data_offsets":[0,)" + std::to_string(dataBytes) + "]}}";
    const auto path = dir / "huge.safetensors";
    writeFile(path, safetensorsBytes(json, ""));
    const int fd = ::open(path.c_str(), O_WRONLY);
    ASSERT_GE(fd, 0);
    const bool grown = ::ftruncate(fd, static_cast<off_t>(8 + json.size() + dataBytes)) == 0;
    ::close(fd);
    if (!grown) GTEST_SKIP() << "this filesystem cannot hold a 20 GB sparse file";

    const auto start = std::chrono::steady_clock::now();
    auto header = readSafetensorsHeader(path);
    const auto elapsed = std::chrono::steady_clock::now() - start;
    ASSERT_TRUE(header) << header.status().message();
    EXPECT_EQ(header->tensors.at(0).byteSize(), dataBytes);
    EXPECT_LT(std::chrono::duration_cast<std::chrono::milliseconds>(elapsed).count(), 2000);

    // Mapping is lazy too: opening succeeds and the span covers the data without reading it.
    auto file = SafetensorsFile::open(path);
    ASSERT_TRUE(file) << file.status().message();
    EXPECT_EQ((*file)->data((*file)->header().tensors.at(0)).size(), dataBytes);
}
