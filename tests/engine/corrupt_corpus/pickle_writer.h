// Test-side writer of the pickle torch.save emits for one tensor (protocol 2, the opcode sequence seen
// with pickletools in checkpoint-layouts.md §4), with every field adjustable.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace songloom::testsupport {

struct TensorRecord {
    std::string storageClass = "FloatStorage";
    std::string storageKey = "0";
    std::int64_t storageNumel = 0;
    std::int64_t storageOffset = 0;
    std::vector<std::int64_t> shape;
    std::vector<std::int64_t> stride;   // empty: contiguous row-major
};

std::string tensorPickle(const TensorRecord& record);

// Pieces for hand-made pickles.
std::string pickleInt(std::int64_t value);          // BININT or LONG1
std::string pickleString(const std::string& text);  // BINUNICODE
std::string pickleGlobal(const std::string& module, const std::string& name);

}  // namespace songloom::testsupport
