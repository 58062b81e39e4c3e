// Systematic damage to valid files: every truncation and many byte flips. Nothing may crash (this suite
// also runs under AddressSanitizer + UBSan); whatever is accepted must still be self-consistent.
#include "corrupt_corpus/pickle_writer.h"
#include "corrupt_corpus/safetensors_writer.h"
#include "corrupt_corpus/zip_writer.h"
#include "songloom/safetensors.h"
#include "songloom/silence_latent.h"
#include "st_test_support.h"
#include "torchzip/pickle_reader.h"

#include <gtest/gtest.h>

#include <random>

using namespace songloom;
using namespace songloom::testsupport;

namespace {

std::string validSafetensors() {
    return buildSafetensors({{"decoder.proj_in.1.weight", "BF16", {4, 3, 2}, std::string(48, '\x3f')},
                             {"null_condition_emb", "F32", {1, 1, 4}, floatBytes({1, 2, 3, 4})},
                             {"empty", "F16", {0}, ""},
                             {"flag", "BOOL", {2}, std::string("\x01\x00", 2)}},
                            {{"format", "pt"}});
}

std::string validArchive() {
    TensorRecord r;
    r.storageNumel = 64 * 3;
    r.shape = {1, 64, 3};
    std::vector<float> values(64 * 3);
    for (std::size_t i = 0; i < values.size(); ++i) values[i] = static_cast<float>(i) * 0.25f - 3.0f;
    return buildZip(torchArchive("silence_latent", tensorPickle(r), floatBytes(values)));
}

// An accepted header must describe ranges inside the data section that do not overlap.
void expectConsistent(const SafetensorsHeader& h, std::uint64_t fileSize) {
    std::uint64_t reach = 0;
    for (const TensorInfo& t : h.tensors) {
        ASSERT_LE(t.dataBegin, t.dataEnd);
        ASSERT_LE(h.dataOffset() + t.dataEnd, fileSize);
        ASSERT_EQ(t.numel() * dtypeSize(t.dtype), t.byteSize());
        if (t.byteSize() == 0) continue;
        ASSERT_GE(t.dataBegin, reach) << t.name;
        reach = t.dataEnd;
    }
}

}  // namespace

TEST(Robustness, EveryTruncationOfASafetensorsFileIsRefused) {
    const std::string bytes = validSafetensors();
    ASSERT_TRUE(parseSafetensorsHeader(asBytes(bytes), bytes.size(), "full"));
    for (std::size_t length = 0; length < bytes.size(); ++length) {
        const std::string cut = bytes.substr(0, length);
        auto header = parseSafetensorsHeader(asBytes(cut), cut.size(), "cut");
        ASSERT_FALSE(header) << "accepted a file cut to " << length << " bytes";
        EXPECT_EQ(header.status().code(), ErrorCode::Corrupt) << header.status().message();
    }
}

TEST(Robustness, ByteFlipsInASafetensorsHeaderNeverCrash) {
    const std::string bytes = validSafetensors();
    auto valid = parseSafetensorsHeader(asBytes(bytes), bytes.size(), "valid");
    ASSERT_TRUE(valid);
    const std::size_t headerEnd = valid->dataOffset();
    int accepted = 0;
    for (std::size_t i = 0; i < headerEnd; ++i) {
        for (const unsigned char mask : {0x01, 0x08, 0x20, 0x80, 0xFF}) {
            std::string damaged = bytes;
            damaged[i] = static_cast<char>(static_cast<unsigned char>(damaged[i]) ^ mask);
            auto header = parseSafetensorsHeader(asBytes(damaged), damaged.size(), "damaged");
            if (header) {
                ++accepted;
                expectConsistent(*header, damaged.size());
            } else {
                EXPECT_TRUE(isPrintableUtf8(header.status().message())) << header.status().message();
            }
        }
    }
    // Some flips are harmless (a letter in a name, a space in the padding); most are not.
    EXPECT_LT(accepted, static_cast<int>(headerEnd) * 5 / 2);
}

TEST(Robustness, RandomHeaderMutationsNeverCrash) {
    const std::string bytes = validSafetensors();
    std::mt19937 random(20240611);
    const char alphabet[] = "{}[]\":,0123456789-.eE \\uF8_ABDIU\x80\xff\x00";
    for (int round = 0; round < 3000; ++round) {
        std::string damaged = bytes;
        const std::size_t headerEnd = 8 + (damaged.size() > 200 ? 200 : damaged.size() - 8);
        const int edits = 1 + static_cast<int>(random() % 4);
        for (int e = 0; e < edits; ++e) {
            const std::size_t pos = 8 + random() % (headerEnd - 8);
            damaged[pos] = alphabet[random() % (sizeof(alphabet) - 1)];
        }
        auto header = parseSafetensorsHeader(asBytes(damaged), damaged.size(), "mutated");
        if (header) {
            expectConsistent(*header, damaged.size());
        }
    }
}

TEST(Robustness, EveryTruncationOfATorchArchiveIsRefused) {
    const std::string bytes = validArchive();
    ASSERT_TRUE(parseTorchSavedTensor(asBytes(bytes), "full"));
    for (std::size_t length = 0; length < bytes.size(); ++length) {
        auto tensor = parseTorchSavedTensor(asBytes(bytes).first(length), "cut");
        ASSERT_FALSE(tensor) << "accepted an archive cut to " << length << " bytes";
        EXPECT_EQ(tensor.status().code(), ErrorCode::Corrupt) << tensor.status().message();
    }
}

TEST(Robustness, ByteFlipsInATorchArchiveNeverCrashOrChangeValues) {
    const std::string bytes = validArchive();
    auto reference = parseTorchSavedTensor(asBytes(bytes), "valid");
    ASSERT_TRUE(reference);
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        for (const unsigned char mask : {0x01, 0x80, 0xFF}) {
            std::string damaged = bytes;
            damaged[i] = static_cast<char>(static_cast<unsigned char>(damaged[i]) ^ mask);
            auto tensor = parseTorchSavedTensor(asBytes(damaged), "damaged");
            // CRC-32 guards the pickle and the storage: whatever is accepted (a flip in a date field, a
            // version byte) must read exactly the original tensor.
            if (tensor) {
                EXPECT_EQ(tensor->shape, reference->shape) << "flip at " << i;
                EXPECT_EQ(tensor->values, reference->values) << "flip at " << i;
            }
        }
    }
}

TEST(Robustness, BitFlipsInAPickleNeverCrash) {
    TensorRecord r;
    r.storageNumel = 12;
    r.shape = {1, 3, 4};
    const std::string pickle = tensorPickle(r);
    ASSERT_TRUE(torchzip::readPickledTensor(asBytes(pickle), "valid"));
    for (std::size_t i = 0; i < pickle.size(); ++i) {
        for (int bit = 0; bit < 8; ++bit) {
            std::string damaged = pickle;
            damaged[i] = static_cast<char>(static_cast<unsigned char>(damaged[i]) ^ (1u << bit));
            auto tensor = torchzip::readPickledTensor(asBytes(damaged), "damaged");
            if (!tensor) {
                EXPECT_TRUE(isPrintableUtf8(tensor.status().message())) << tensor.status().message();
            }
        }
    }
}
