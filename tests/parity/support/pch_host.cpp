// Carries the precompiled torch header that the parity tests reuse (see parity.cmake); runs nothing.
#include <gtest/gtest.h>

TEST(ParityPchHost, Builds) { SUCCEED(); }
