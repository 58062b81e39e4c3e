// Precompiled for every torch translation unit of the engine (see engine/CMakeLists.txt).
#pragma once
#include <ATen/ATen.h>
#include <c10/core/ScalarType.h>
#include <torch/torch.h>
