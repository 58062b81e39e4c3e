// The torch.save reader against real files written by torch.save (the venv's torch, via
// make_torch_fixtures.py) and the values torch.load reads from them.
#include "songloom/silence_latent.h"
#include "st_test_support.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <bit>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>

using namespace songloom;
using namespace songloom::testsupport;

namespace {

class TorchSavedFiles : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
#if defined(SONGLOOM_TEST_PYTHON)
        dir_ = std::make_unique<TempDir>("torch-fixtures");
        const std::string command = std::string("'") + SONGLOOM_TEST_PYTHON + "' '" + SONGLOOM_SOURCE_DIR +
                                    "/tests/engine/make_torch_fixtures.py' '" + dir_->path().string() + "'";
        generatorStatus_ = std::system(command.c_str());
        if (generatorStatus_ == 0) expected_ = nlohmann::json::parse(readFile(dir_->path() / "expected.json"));
#endif
    }
    static void TearDownTestSuite() { dir_.reset(); }

    void SetUp() override {
#if !defined(SONGLOOM_TEST_PYTHON)
        GTEST_SKIP() << "built without a Python interpreter that has torch (SONGLOOM_PYTHON)";
#endif
        ASSERT_EQ(generatorStatus_, 0) << "make_torch_fixtures.py failed";
    }

    static std::filesystem::path file(const std::string& name) { return dir_->path() / (name + ".pt"); }

    // torch.load's values for `name`, as float32.
    static std::vector<float> reference(const std::string& name) {
        const std::string raw = readFile(dir_->path() / expected_.at("readable").at(name).at("values").get<std::string>());
        std::vector<float> values(raw.size() / 4);
        if (!values.empty()) std::memcpy(values.data(), raw.data(), raw.size());
        return values;
    }
    static std::vector<std::int64_t> referenceShape(const std::string& name) {
        return expected_.at("readable").at(name).at("shape").get<std::vector<std::int64_t>>();
    }

    static std::unique_ptr<TempDir> dir_;
    static int generatorStatus_;
    static nlohmann::json expected_;
};
std::unique_ptr<TempDir> TorchSavedFiles::dir_;
int TorchSavedFiles::generatorStatus_ = -1;
nlohmann::json TorchSavedFiles::expected_;

// Bit-exact equality (NaN-safe, and -0 differs from +0).
void expectSameBits(const std::vector<float>& actual, const std::vector<float>& expected) {
    ASSERT_EQ(actual.size(), expected.size());
    for (std::size_t i = 0; i < actual.size(); ++i)
        ASSERT_EQ(std::bit_cast<std::uint32_t>(actual[i]), std::bit_cast<std::uint32_t>(expected[i]))
            << "element " << i << ": " << actual[i] << " vs " << expected[i];
}

}  // namespace

TEST_F(TorchSavedFiles, ReadsEveryFloatTensorExactlyAsTorchLoadDoes) {
    const std::map<std::string, DType> stored = {
        {"latent_f32", DType::F32},     {"latent_bf16", DType::BF16},     {"latent_f16", DType::F16},
        {"silence_latent", DType::F32}, {"buffer_saved", DType::F32},     {"view_with_offset", DType::F32},
        {"two_dimensional", DType::F32}, {"scalar", DType::F32}};
    for (const auto& [name, dtype] : stored) {
        SCOPED_TRACE(name);
        auto tensor = readTorchSavedTensor(file(name));
        ASSERT_TRUE(tensor) << tensor.status().message();
        EXPECT_EQ(tensor->shape, referenceShape(name));
        EXPECT_EQ(tensor->storedDType, dtype);
        expectSameBits(tensor->values, reference(name));
    }
}

TEST_F(TorchSavedFiles, HalfFileHoldsTheSpecialValues) {
    auto tensor = readTorchSavedTensor(file("latent_f16"));
    ASSERT_TRUE(tensor) << tensor.status().message();
    EXPECT_EQ(tensor->values[4], 65504.0f);
    EXPECT_TRUE(std::signbit(tensor->values[1]));
    EXPECT_EQ(tensor->values[7], INFINITY);
    EXPECT_GT(tensor->values[6], 0.0f);  // 6e-08 is a half subnormal
    EXPECT_LT(tensor->values[6], 6.2e-5f);
}

TEST_F(TorchSavedFiles, SilenceLatentOfTheOfficialShape) {
    auto latent = readSilenceLatent(file("silence_latent"));
    ASSERT_TRUE(latent) << latent.status().message();
    EXPECT_EQ(latent->shape, (std::vector<std::int64_t>{1, 64, 15000}));
    expectSameBits(latent->values, reference("silence_latent"));
    EXPECT_TRUE(readSilenceLatent(file("latent_bf16")));

    auto flat = readSilenceLatent(file("two_dimensional"));
    ASSERT_FALSE(flat);
    EXPECT_EQ(flat.status().code(), ErrorCode::Unsupported);
    EXPECT_NE(flat.status().message().find("[64,9]"), std::string::npos) << flat.status().message();
    EXPECT_FALSE(readSilenceLatent(file("scalar")));
}

TEST_F(TorchSavedFiles, RefusesWhatItMustNotRead) {
    const auto& refused = expected_.at("refused");
    ASSERT_GE(refused.size(), 6u);
    for (const auto& [name, spec] : refused.items()) {
        SCOPED_TRACE(name);
        auto tensor = readTorchSavedTensor(file(name));
        ASSERT_FALSE(tensor) << name << " was accepted";
        EXPECT_EQ(tensor.status().code(), errorCodeFromName(spec.at(0).get<std::string>())) << tensor.status().message();
        EXPECT_NE(tensor.status().message().find(spec.at(1).get<std::string>()), std::string::npos)
            << tensor.status().message();
        EXPECT_TRUE(isPrintableUtf8(tensor.status().message()));
        EXPECT_FALSE(readSilenceLatent(file(name)));
    }
    // The crafted pickle asked for `touch <dir>/pwned`; nothing ran it.
    EXPECT_FALSE(std::filesystem::exists(dir_->path() / "pwned"));
}
