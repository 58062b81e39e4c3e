// Test-side writers of safetensors bytes: raw (any header text, for corrupt files) and valid (for files
// the reader must accept). Independent of the engine's reader on purpose.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace songloom::testsupport {

// 8 bytes, little-endian.
std::string le64(std::uint64_t value);

// Prefix N = headerJson.size(), the header text as given, then `data`.
std::string safetensorsBytes(std::string_view headerJson, std::string_view data);

struct TestTensor {
    std::string name;
    std::string dtype;                // safetensors spelling: "F32", "BF16", ...
    std::vector<std::int64_t> shape;
    std::string data;                 // raw little-endian bytes, numel x element size
};

// A valid file: tensors laid out back to back in the given order, header padded with spaces to a
// multiple of `headerAlign` (the reference writer pads to 8, so tensor data start aligned).
std::string buildSafetensors(const std::vector<TestTensor>& tensors,
                             const std::map<std::string, std::string>& metadata = {}, std::size_t headerAlign = 8);

// Raw bytes of little-endian floats / bf16 bit patterns, for TestTensor::data.
std::string floatBytes(const std::vector<float>& values);
std::string u16Bytes(const std::vector<std::uint16_t>& values);

}  // namespace songloom::testsupport
