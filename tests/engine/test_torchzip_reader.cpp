// The torch.save reader on archives built here byte by byte, and its parts (zip walk, CRC-32, half
// floats, the mini-unpickler, message escaping).
#include "corrupt_corpus/pickle_writer.h"
#include "corrupt_corpus/safetensors_writer.h"
#include "corrupt_corpus/zip_writer.h"
#include "fileio/file_error.h"
#include "songloom/silence_latent.h"
#include "st_test_support.h"
#include "torchzip/crc32.h"
#include "torchzip/half_float.h"
#include "torchzip/pickle_reader.h"
#include "torchzip/stored_zip.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <bit>
#include <cmath>
#include <limits>
#include <random>

using namespace songloom;
using namespace songloom::testsupport;
using namespace std::string_literals;

namespace {

std::vector<float> ramp(std::size_t n) {
    std::vector<float> v(n);
    for (std::size_t i = 0; i < n; ++i) v[i] = static_cast<float>(i) * 0.5f - 7.0f;
    return v;
}

std::string archive(const TensorRecord& record, const std::string& storage, const std::string& prefix = "latent") {
    return buildZip(torchArchive(prefix, tensorPickle(record), storage));
}

}  // namespace

TEST(TorchZip, ReadsAFloatTensorWithAnyPrefix) {
    TensorRecord r;
    r.storageNumel = 64 * 5;
    r.shape = {1, 64, 5};
    for (const std::string prefix : {"silence_latent", "archive", "x"}) {
        auto t = parseTorchSavedTensor(asBytes(archive(r, floatBytes(ramp(320)), prefix)), "a.pt");
        ASSERT_TRUE(t) << t.status().message();
        EXPECT_EQ(t->shape, (std::vector<std::int64_t>{1, 64, 5}));
        EXPECT_EQ(t->storedDType, DType::F32);
        EXPECT_EQ(t->values, ramp(320));
    }
}

TEST(TorchZip, HonoursStorageOffsetAndSizeOneStrides) {
    TensorRecord r;
    r.storageNumel = 100;
    r.storageOffset = 10;
    r.shape = {1, 64, 1};
    r.stride = {999, 1, 12345};  // strides of size-1 dimensions do not matter for contiguity
    auto t = parseTorchSavedTensor(asBytes(archive(r, floatBytes(ramp(100)))), "a.pt");
    ASSERT_TRUE(t) << t.status().message();
    const auto all = ramp(100);
    EXPECT_EQ(t->values, std::vector<float>(all.begin() + 10, all.begin() + 74));
}

TEST(TorchZip, WidensBFloat16AndHalfExactly) {
    TensorRecord r;
    r.storageNumel = 4;
    r.shape = {4};
    r.storageClass = "BFloat16Storage";
    auto bf = parseTorchSavedTensor(asBytes(archive(r, u16Bytes({0x3f80, 0xc000, 0x0001, 0x7f80}))), "b.pt");
    ASSERT_TRUE(bf) << bf.status().message();
    EXPECT_EQ(bf->storedDType, DType::BF16);
    EXPECT_EQ(bf->values[0], 1.0f);
    EXPECT_EQ(bf->values[1], -2.0f);
    EXPECT_EQ(std::bit_cast<std::uint32_t>(bf->values[2]), 0x00010000u);
    EXPECT_EQ(bf->values[3], std::numeric_limits<float>::infinity());

    r.storageClass = "HalfStorage";
    auto half = parseTorchSavedTensor(asBytes(archive(r, u16Bytes({0x3c00, 0x0001, 0x7bff, 0xfc00}))), "h.pt");
    ASSERT_TRUE(half) << half.status().message();
    EXPECT_EQ(half->storedDType, DType::F16);
    EXPECT_EQ(half->values, (std::vector<float>{1.0f, std::ldexp(1.0f, -24), 65504.0f,
                                                -std::numeric_limits<float>::infinity()}));
}

TEST(HalfFloat, EveryHalfValueWidensLikeTheIeeeDefinition) {
    for (std::uint32_t bits = 0; bits < 0x10000; ++bits) {
        const float f = torchzip::f16ToFloat(static_cast<std::uint16_t>(bits));
        const std::uint32_t exponent = (bits >> 10) & 0x1F;
        const std::uint32_t mantissa = bits & 0x3FF;
        const float sign = (bits & 0x8000) ? -1.0f : 1.0f;
        if (exponent == 0x1F) {
            EXPECT_EQ(std::isnan(f), mantissa != 0) << bits;
            if (mantissa == 0) {
                EXPECT_EQ(f, sign * std::numeric_limits<float>::infinity());
            }
            continue;
        }
        const float expected = exponent == 0 ? sign * std::ldexp(static_cast<float>(mantissa), -24)
                                             : sign * std::ldexp(1.0f + static_cast<float>(mantissa) / 1024.0f,
                                                                 static_cast<int>(exponent) - 15);
        ASSERT_EQ(f, expected) << "bits " << bits;
        ASSERT_EQ(std::signbit(f), (bits & 0x8000) != 0) << bits;
    }
}

TEST(Crc32, MatchesZlib) {
    std::mt19937 random(7);
    for (std::size_t size : {0u, 1u, 3u, 64u, 1000u, 65537u}) {
        std::string data(size, '\0');
        for (char& c : data) c = static_cast<char>(random());
        const auto expected = ::crc32(::crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef*>(data.data()),
                                      static_cast<uInt>(data.size()));
        EXPECT_EQ(torchzip::crc32(asBytes(data)), static_cast<std::uint32_t>(expected)) << size;
    }
}

TEST(StoredZip, ListsEntriesAndTheirBytes) {
    ZipSpec spec;
    spec.files.push_back({"a/one", "hello"});
    spec.files.push_back({"a/two", ""});
    const std::string bytes = buildZip(spec);
    auto zip = torchzip::readStoredZip(asBytes(bytes), "z.zip");
    ASSERT_TRUE(zip) << zip.status().message();
    ASSERT_EQ(zip->entries.size(), 2u);
    const auto* one = zip->find("a/one");
    ASSERT_NE(one, nullptr);
    const auto data = torchzip::entryBytes(asBytes(bytes), *one);
    EXPECT_EQ(std::string(reinterpret_cast<const char*>(data.data()), data.size()), "hello");
    EXPECT_TRUE(torchzip::checkEntryCrc(asBytes(bytes), *one, "z.zip"));
    EXPECT_EQ(zip->find("a/two")->size, 0u);
    EXPECT_EQ(zip->find("a/three"), nullptr);

    // A trailing comment is allowed; the end record is found behind it.
    std::string commented = bytes;
    commented[commented.size() - 2] = 5;
    commented += "hello";
    EXPECT_TRUE(torchzip::readStoredZip(asBytes(commented), "c.zip"));
}

TEST(PickleReader, ReadsTheTorchRecord) {
    TensorRecord r;
    r.storageClass = "BFloat16Storage";
    r.storageKey = "17";
    r.storageNumel = 5000000000;  // LONG1
    r.storageOffset = 3;
    r.shape = {2, 70000, 1};      // BININT for 70000
    auto t = torchzip::readPickledTensor(asBytes(tensorPickle(r)), "p");
    ASSERT_TRUE(t) << t.status().message();
    EXPECT_EQ(t->dtype, DType::BF16);
    EXPECT_EQ(t->storageKey, "17");
    EXPECT_EQ(t->location, "cpu");
    EXPECT_EQ(t->storageNumel, 5000000000);
    EXPECT_EQ(t->storageOffset, 3);
    EXPECT_EQ(t->shape, (std::vector<std::int64_t>{2, 70000, 1}));
    EXPECT_EQ(t->stride, (std::vector<std::int64_t>{70000, 1, 1}));
}

TEST(PickleReader, AcceptsFramesMemoAndSmallIntForms) {
    // Protocol 4 framing, BININT1/BININT2, negative LONG1, SHORT_BINUNICODE, LONG_BINPUT/LONG_BINGET.
    std::string p = "\x80\x04\x95";
    p += std::string(8, '\0');
    p += pickleGlobal("torch._utils", "_rebuild_tensor_v2");
    p += "((";
    p += "\x8c\x07storage";
    p += pickleGlobal("torch", "FloatStorage");
    p += std::string("r\x05\x00\x00\x00", 5);  // LONG_BINPUT 5 (the storage class)
    p += "\x8c\x01" "0" "\x8c\x03" "cpu" "M\x00\x01"s;  // numel 256 (BININT2); "s" keeps the NUL
    p += "tQ";
    p += std::string("\x8a\x01\xff", 3);  // LONG1 -1 as the offset
    p += "K\x10\x85K\x01\x85\x88}tR.";    // size (16,), stride (1,), NEWTRUE, EMPTY_DICT
    auto t = torchzip::readPickledTensor(asBytes(p), "p");
    ASSERT_TRUE(t) << t.status().message();
    EXPECT_EQ(t->storageNumel, 256);
    EXPECT_EQ(t->storageOffset, -1);  // the reader reports it; the archive check refuses it
    EXPECT_EQ(t->shape, (std::vector<std::int64_t>{16}));

    std::string memo = "\x80\x02" + pickleGlobal("collections", "OrderedDict") + std::string("r\x09\x00\x00\x00", 5) + "0";
    // POP is not whitelisted: the message names it.
    auto refused = torchzip::readPickledTensor(asBytes(memo), "p");
    ASSERT_FALSE(refused);
    EXPECT_NE(refused.status().message().find("POP (0x30)"), std::string::npos) << refused.status().message();

    std::string get = "\x80\x02" + pickleGlobal("collections", "OrderedDict") + std::string("r\x09\x00\x00\x00", 5) +
                      std::string("j\x09\x00\x00\x00", 5) + ".";
    auto twoValues = torchzip::readPickledTensor(asBytes(get), "p");
    ASSERT_FALSE(twoValues);
    EXPECT_NE(twoValues.status().message().find("STOP with 2 values"), std::string::npos) << twoValues.status().message();
}

TEST(PickleReader, MarksFenceTheStack) {
    // REDUCE right after MARK may not reach below the mark (CPython raises "stack underflow" too).
    const std::string p = "\x80\x02" + pickleGlobal("collections", "OrderedDict") + ")(R.";
    auto t = torchzip::readPickledTensor(asBytes(p), "p");
    ASSERT_FALSE(t);
    EXPECT_EQ(t.status().code(), ErrorCode::Corrupt);
    EXPECT_NE(t.status().message().find("REDUCE on an empty stack"), std::string::npos) << t.status().message();
}

TEST(FileError, PrintableEscapesControlAndBrokenUtf8) {
    EXPECT_EQ(fileio::printable("plain"), "plain");
    EXPECT_EQ(fileio::printable(std::string("a\nb\x01", 4)), "a\\x0ab\\x01");
    EXPECT_EQ(fileio::printable("\xc3\xa4"), "\xc3\xa4");          // ä stays
    EXPECT_EQ(fileio::printable("\xc3\x28"), "\\xc3(");            // broken sequence
    EXPECT_EQ(fileio::printable("\xed\xa0\x80"), "\\xed\\xa0\\x80");  // UTF-16 surrogate
    EXPECT_EQ(fileio::printable("\xc0\xaf"), "\\xc0\\xaf");        // overlong '/'
    EXPECT_EQ(fileio::printable(std::string(300, 'x'), 10), "xxxxxxxxxx... (300 bytes in all)");
    EXPECT_EQ(fileio::quoteText("a\"b"), "\"a\"b\"");
}

TEST(SilenceLatent, AcceptsOnlyOneBy64ByT) {
    TempDir dir("silence");
    TensorRecord good;
    good.storageNumel = 64 * 3;
    good.shape = {1, 64, 3};
    writeFile(dir / "good.pt", archive(good, floatBytes(ramp(192))));
    auto latent = readSilenceLatent(dir / "good.pt");
    ASSERT_TRUE(latent) << latent.status().message();
    EXPECT_EQ(latent->values, ramp(192));

    TensorRecord flat = good;
    flat.shape = {64, 3};
    writeFile(dir / "flat.pt", archive(flat, floatBytes(ramp(192))));
    EXPECT_TRUE(readTorchSavedTensor(dir / "flat.pt"));
    auto refused = readSilenceLatent(dir / "flat.pt");
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.status().code(), ErrorCode::Unsupported);
    EXPECT_NE(refused.status().message().find("has shape [64,3]"), std::string::npos) << refused.status().message();

    TensorRecord empty = good;
    empty.shape = {1, 64, 0};
    writeFile(dir / "empty_t.pt", archive(empty, floatBytes(ramp(192))));
    auto zeroFrames = readTorchSavedTensor(dir / "empty_t.pt");
    ASSERT_TRUE(zeroFrames) << zeroFrames.status().message();
    EXPECT_TRUE(zeroFrames->values.empty());
    EXPECT_FALSE(readSilenceLatent(dir / "empty_t.pt"));

    auto missing = readSilenceLatent(dir / "missing.pt");
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.status().code(), ErrorCode::NotFound);
    writeFile(dir / "zero.pt", "");
    auto zero = readSilenceLatent(dir / "zero.pt");
    ASSERT_FALSE(zero);
    EXPECT_EQ(zero.status().code(), ErrorCode::Corrupt);
}
