#include "safetensors_writer.h"

#include <nlohmann/json.hpp>

#include <cstring>

namespace songloom::testsupport {

std::string le64(std::uint64_t value) {
    std::string out(8, '\0');
    for (int i = 0; i < 8; ++i) out[static_cast<std::size_t>(i)] = static_cast<char>((value >> (8 * i)) & 0xFFu);
    return out;
}

std::string safetensorsBytes(std::string_view headerJson, std::string_view data) {
    std::string out = le64(headerJson.size());
    out.append(headerJson);
    out.append(data);
    return out;
}

std::string buildSafetensors(const std::vector<TestTensor>& tensors, const std::map<std::string, std::string>& metadata,
                             std::size_t headerAlign) {
    nlohmann::ordered_json header = nlohmann::ordered_json::object();
    if (!metadata.empty()) header["__metadata__"] = metadata;
    std::string data;
    for (const TestTensor& t : tensors) {
        header[t.name] = {{"dtype", t.dtype}, {"shape", t.shape}, {"data_offsets", {data.size(), data.size() + t.data.size()}}};
        data += t.data;
    }
    std::string text = header.dump();
    if (headerAlign > 1) text.append((headerAlign - (8 + text.size()) % headerAlign) % headerAlign, ' ');
    return safetensorsBytes(text, data);
}

std::string floatBytes(const std::vector<float>& values) {
    std::string out(values.size() * 4, '\0');
    if (!values.empty()) std::memcpy(out.data(), values.data(), out.size());
    return out;
}

std::string u16Bytes(const std::vector<std::uint16_t>& values) {
    std::string out(values.size() * 2, '\0');
    if (!values.empty()) std::memcpy(out.data(), values.data(), out.size());
    return out;
}

}  // namespace songloom::testsupport
