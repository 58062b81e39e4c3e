// The safetensors dtype names and element sizes (the format's README; F8 kinds as written by PyTorch).
#include "songloom/safetensors.h"

#include "safetensors/header_internal.h"

#include <array>

namespace songloom {
namespace {

struct DTypeRow {
    DType dtype;
    std::string_view name;
    std::size_t size;
};

constexpr std::array<DTypeRow, 15> kDTypes{{
    {DType::Bool, "BOOL", 1},   {DType::U8, "U8", 1},     {DType::I8, "I8", 1},
    {DType::I16, "I16", 2},     {DType::U16, "U16", 2},   {DType::I32, "I32", 4},
    {DType::U32, "U32", 4},     {DType::I64, "I64", 8},   {DType::U64, "U64", 8},
    {DType::F16, "F16", 2},     {DType::BF16, "BF16", 2}, {DType::F32, "F32", 4},
    {DType::F64, "F64", 8},     {DType::F8_E4M3, "F8_E4M3", 1}, {DType::F8_E5M2, "F8_E5M2", 1},
}};

const DTypeRow& row(DType dtype) {
    for (const DTypeRow& r : kDTypes)
        if (r.dtype == dtype) return r;
    return kDTypes[0];  // unreachable for valid enumerators
}

}  // namespace

std::string_view dtypeName(DType dtype) { return row(dtype).name; }

std::size_t dtypeSize(DType dtype) { return row(dtype).size; }

std::optional<DType> parseDType(std::string_view name) {
    for (const DTypeRow& r : kDTypes)
        if (r.name == name) return r.dtype;
    return std::nullopt;
}

bool isFloatingPoint(DType dtype) {
    return dtype == DType::F16 || dtype == DType::BF16 || dtype == DType::F32 || dtype == DType::F64;
}

namespace safetensors_detail {

std::string knownDTypeList() {
    std::string list;
    for (const DTypeRow& r : kDTypes) {
        if (!list.empty()) list += ", ";
        list += r.name;
    }
    return list;
}

}  // namespace safetensors_detail

}  // namespace songloom
