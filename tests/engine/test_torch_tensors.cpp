// engine/src/io/torch_tensors: checkpoint entries and torch.save data as torch::Tensor.
#include "corrupt_corpus/safetensors_writer.h"
#include "io/torch_tensors.h"
#include "st_test_support.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

#include <bit>
#include <cstring>

using namespace songloom;
using namespace songloom::testsupport;

namespace {

const std::vector<float> kValues = {1.5f, -2.0f, 3.25f, 0.0f, 1e-3f, -7.0f};
const std::vector<std::uint16_t> kBf16Bits = {0x3f80, 0xc040, 0x0001, 0x7f7f, 0x8000, 0x4049};

float bf16(std::uint16_t bits) { return std::bit_cast<float>(static_cast<std::uint32_t>(bits) << 16); }

std::vector<float> valuesOf(const torch::Tensor& t) {
    const torch::Tensor c = t.to(torch::kCPU, torch::kFloat32).contiguous();
    return {c.data_ptr<float>(), c.data_ptr<float>() + c.numel()};
}

bool insideMapping(const torch::Tensor& t, const SafetensorsFile& file) {
    const auto* p = static_cast<const std::byte*>(t.data_ptr());
    const auto* begin = file.data(file.header().tensors.front()).data() - file.header().tensors.front().dataBegin;
    const auto* end = begin + (file.fileSize() - file.header().dataOffset());
    return p >= begin && p < end;
}

class TorchTensors : public ::testing::Test {
protected:
    void SetUp() override {
        path_ = dir_ / "weights.safetensors";
        writeFile(path_, buildSafetensors({{"w", "F32", {2, 3}, floatBytes(kValues)},
                                           {"h", "BF16", {3, 2}, u16Bytes(kBf16Bits)},
                                           {"none", "F32", {0, 4}, ""}}));
    }
    TempDir dir_{"torch-tensors"};
    std::filesystem::path path_;
};

}  // namespace

TEST_F(TorchTensors, SameDTypeOnCpuIsAZeroCopyView) {
    auto checkpoint = Checkpoint::open(path_);
    ASSERT_TRUE(checkpoint) << checkpoint.status().message();
    const auto entry = *checkpoint->find("w");
    auto t = io::tensorFromEntry(entry, torch::kCPU, torch::kFloat32);
    ASSERT_TRUE(t) << t.status().message();
    EXPECT_EQ(t->sizes(), (std::vector<std::int64_t>{2, 3}));
    EXPECT_EQ(t->scalar_type(), torch::kFloat32);
    EXPECT_EQ(t->data_ptr(), static_cast<const void*>(entry.file->data(*entry.info).data()));
    EXPECT_TRUE(insideMapping(*t, *entry.file));
    EXPECT_EQ(valuesOf(*t), kValues);
}

TEST_F(TorchTensors, ViewKeepsTheFileMappedAfterTheCheckpointIsGone) {
    torch::Tensor t;
    std::weak_ptr<const SafetensorsFile> weak;
    {
        auto checkpoint = Checkpoint::open(path_);
        ASSERT_TRUE(checkpoint) << checkpoint.status().message();
        const auto entry = *checkpoint->find("w");
        weak = entry.file;
        auto loaded = io::tensorFromEntry(entry, torch::kCPU, torch::kFloat32);
        ASSERT_TRUE(loaded) << loaded.status().message();
        t = *loaded;
    }
    ASSERT_FALSE(weak.expired());  // only the tensor's deleter holds the file now
    EXPECT_EQ(weak.use_count(), 1);
    EXPECT_EQ(valuesOf(t), kValues);
    EXPECT_EQ(t.sum().item<float>(), 1.5f - 2.0f + 3.25f + 0.0f + 1e-3f - 7.0f);
    t = torch::Tensor();
    EXPECT_TRUE(weak.expired());
}

TEST_F(TorchTensors, Bf16ToF32CastIsExactAndOwnsItsMemory) {
    auto checkpoint = Checkpoint::open(path_);
    ASSERT_TRUE(checkpoint);
    const auto entry = *checkpoint->find("h");
    auto t = io::tensorFromEntry(entry, torch::kCPU, torch::kFloat32);
    ASSERT_TRUE(t) << t.status().message();
    EXPECT_EQ(t->scalar_type(), torch::kFloat32);
    EXPECT_EQ(t->sizes(), (std::vector<std::int64_t>{3, 2}));
    EXPECT_FALSE(insideMapping(*t, *entry.file));
    const auto values = valuesOf(*t);
    ASSERT_EQ(values.size(), kBf16Bits.size());
    for (std::size_t i = 0; i < values.size(); ++i)
        EXPECT_EQ(std::bit_cast<std::uint32_t>(values[i]), std::bit_cast<std::uint32_t>(bf16(kBf16Bits[i]))) << i;

    // Stored bf16 requested as bf16: a view of the very bits in the file.
    auto same = io::tensorFromEntry(entry, torch::kCPU, torch::kBFloat16);
    ASSERT_TRUE(same);
    EXPECT_TRUE(insideMapping(*same, *entry.file));
    EXPECT_EQ(std::memcmp(same->data_ptr(), kBf16Bits.data(), 12), 0);
}

TEST_F(TorchTensors, F32ToBf16MatchesTorchRounding) {
    auto checkpoint = Checkpoint::open(path_);
    ASSERT_TRUE(checkpoint);
    auto t = io::tensorFromEntry(*checkpoint->find("w"), torch::kCPU, torch::kBFloat16);
    ASSERT_TRUE(t) << t.status().message();
    const auto expected = torch::tensor(kValues).reshape({2, 3}).to(torch::kBFloat16);
    EXPECT_TRUE(torch::equal(*t, expected));
}

TEST_F(TorchTensors, EmptyTensorLoads) {
    auto checkpoint = Checkpoint::open(path_);
    ASSERT_TRUE(checkpoint);
    auto t = io::tensorFromEntry(*checkpoint->find("none"), torch::kCPU, torch::kFloat32);
    ASSERT_TRUE(t) << t.status().message();
    EXPECT_EQ(t->numel(), 0);
    EXPECT_EQ(t->sizes(), (std::vector<std::int64_t>{0, 4}));
}

TEST_F(TorchTensors, UnalignedDataIsCopiedNotViewed) {
    // A 1-byte tensor first and a header length chosen so that the F32 data are misaligned.
    const auto path = dir_ / "unaligned.safetensors";
    std::string json = R"({"pad":{"dtype":"U8","shape":[1],"data_offsets":[0,1]},)"
                       R"("w":{"dtype":"F32","shape":[6],"data_offsets":[1,25]}})";
    while ((8 + json.size() + 1) % 4 == 0) json += ' ';  // mappings are page-aligned: this misaligns "w"
    writeFile(path, safetensorsBytes(json, "z" + floatBytes(kValues)));
    auto checkpoint = Checkpoint::open(path);
    ASSERT_TRUE(checkpoint) << checkpoint.status().message();
    const auto entry = *checkpoint->find("w");
    ASSERT_NE(reinterpret_cast<std::uintptr_t>(entry.file->data(*entry.info).data()) % 4, 0u);
    auto t = io::tensorFromEntry(entry, torch::kCPU, torch::kFloat32);
    ASSERT_TRUE(t) << t.status().message();
    EXPECT_FALSE(insideMapping(*t, *entry.file));
    EXPECT_EQ(reinterpret_cast<std::uintptr_t>(t->data_ptr()) % 4, 0u);
    EXPECT_EQ(valuesOf(*t), kValues);
}

TEST(TorchTensorsDType, EveryDTypeHasATorchTypeOfTheSameWidth) {
    for (const char* name : {"BOOL", "U8", "I8", "I16", "U16", "I32", "U32", "I64", "U64", "F16", "BF16", "F32", "F64",
                             "F8_E4M3", "F8_E5M2"}) {
        const DType dtype = *parseDType(name);
        EXPECT_EQ(c10::elementSize(io::scalarTypeOf(dtype)), dtypeSize(dtype)) << name;
        EXPECT_EQ(c10::isFloatingType(io::scalarTypeOf(dtype)), isFloatingPoint(dtype) || dtype == DType::F8_E4M3 ||
                                                                   dtype == DType::F8_E5M2)
            << name;
    }
}

TEST(TorchTensorsData, CopiesTorchSavedValues) {
    TorchTensorData data;
    data.shape = {1, 64, 2};
    for (int i = 0; i < 128; ++i) data.values.push_back(static_cast<float>(i) / 3.0f);
    auto t = io::tensorFromData(data, torch::kCPU, torch::kFloat32);
    ASSERT_TRUE(t) << t.status().message();
    EXPECT_EQ(t->sizes(), (std::vector<std::int64_t>{1, 64, 2}));
    EXPECT_NE(t->data_ptr(), static_cast<const void*>(data.values.data()));  // owns its memory
    EXPECT_EQ(valuesOf(*t), data.values);

    auto half = io::tensorFromData(data, torch::kCPU, torch::kBFloat16);
    ASSERT_TRUE(half);
    EXPECT_TRUE(torch::equal(*half, torch::tensor(data.values).reshape({1, 64, 2}).to(torch::kBFloat16)));

    data.values.pop_back();
    auto wrong = io::tensorFromData(data, torch::kCPU, torch::kFloat32);
    ASSERT_FALSE(wrong);
    EXPECT_EQ(wrong.status().code(), ErrorCode::InvalidArgument);
}

TEST_F(TorchTensors, CudaCopiesWhenAGpuIsPresent) {
    if (!torch::cuda::is_available()) GTEST_SKIP() << "no CUDA device";
    auto checkpoint = Checkpoint::open(path_);
    ASSERT_TRUE(checkpoint);
    auto w = io::tensorFromEntry(*checkpoint->find("w"), torch::Device(torch::kCUDA, 0), torch::kFloat32);
    ASSERT_TRUE(w) << w.status().message();
    EXPECT_TRUE(w->is_cuda());
    EXPECT_EQ(valuesOf(*w), kValues);
    auto h = io::tensorFromEntry(*checkpoint->find("h"), torch::Device(torch::kCUDA, 0), torch::kFloat32);
    ASSERT_TRUE(h) << h.status().message();
    const auto values = valuesOf(*h);
    for (std::size_t i = 0; i < values.size(); ++i) EXPECT_EQ(values[i], bf16(kBf16Bits[i])) << i;
}
