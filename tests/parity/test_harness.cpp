// The parity comparison must fail when the numbers differ beyond the stated tolerance.
#include "parity.h"

#include <gtest/gtest.h>

using songloom::parity::measure;
using songloom::parity::Tolerance;

TEST(ParityHarness, EqualTensorsPass) {
    const auto x = torch::randn({4, 8}, torch::kFloat64);
    const auto m = measure("same", x, x.clone(), Tolerance::fp32());
    EXPECT_TRUE(m.pass) << m.line;
    EXPECT_NEAR(m.cosine, 1.0, 1e-12);
    EXPECT_EQ(m.maxAbs, 0.0);
}

TEST(ParityHarness, SmallRelativeErrorPassesFp32) {
    const auto x = torch::randn({1000}, torch::kFloat64);
    const auto m = measure("tiny error", x + 1e-6 * x.abs().max(), x, Tolerance::fp32());
    EXPECT_TRUE(m.pass) << m.line;
}

TEST(ParityHarness, ErrorAboveAbsLimitFailsFp32) {
    // Cosine stays above 0.99999 but one element is off by 1e-3 x rms: the max-abs rule must catch it.
    auto x = torch::randn({10000}, torch::kFloat64);
    auto y = x.clone();
    y[17] += 1e-3 * std::sqrt((x * x).mean().item<double>());
    const auto m = measure("one outlier", y, x, Tolerance::fp32());
    EXPECT_GT(m.cosine, 0.99999);
    EXPECT_FALSE(m.pass) << m.line;
}

TEST(ParityHarness, LowCosineFails) {
    const auto x = torch::randn({256}, torch::kFloat64);
    const auto y = x + 0.1 * torch::randn({256}, torch::kFloat64);
    EXPECT_FALSE(measure("noisy", y, x, Tolerance::bf16()).pass);
    EXPECT_FALSE(measure("noisy", y, x, Tolerance::fp32()).pass);
}

TEST(ParityHarness, ShapeMismatchAndNanFail) {
    const auto x = torch::randn({4, 4});
    EXPECT_FALSE(measure("shape", x.reshape({16}), x, Tolerance::fp32()).pass);
    auto y = x.clone();
    y[0][0] = std::numeric_limits<float>::quiet_NaN();
    EXPECT_FALSE(measure("nan", y, x, Tolerance::bf16()).pass);
}
