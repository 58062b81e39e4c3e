// Single-file safetensors cases: truncation, impossible lengths, bad JSON, bad entries, bad layouts.
#include "corpus.h"
#include "safetensors_writer.h"

#include <random>

namespace songloom::testsupport {
namespace {

// A valid two-tensor file that the truncation cases cut short.
const std::string kHeader =
    R"({"a":{"dtype":"F32","shape":[2,2],"data_offsets":[0,16]},"b":{"dtype":"BF16","shape":[4],"data_offsets":[16,24]}})";
const std::string kData(24, '\x11');

std::string valid() { return safetensorsBytes(kHeader, kData); }

// `header` (a JSON text) with `data` after it.
std::string withHeader(const std::string& header, const std::string& data = std::string(16, '\0')) {
    return safetensorsBytes(header, data);
}

std::string entry(const std::string& name, const std::string& body) { return "\"" + name + "\":{" + body + "}"; }

}  // namespace

void addSafetensorsCases(CorpusWriter& w) {
    const auto st = [&](const std::string& name, const std::string& bytes, const std::string& code,
                        const std::string& expect, const std::string& description) {
        w.file(name, "safetensors", ".safetensors", bytes, code, expect, description);
    };
    const std::string file = valid();
    const std::size_t n = kHeader.size();

    // Truncation and lengths.
    st("empty_file", "", "Corrupt", "file is 0 bytes, shorter than the 8-byte header length prefix",
       "zero-byte file (must not be mmapped)");
    st("truncated_inside_length_prefix", file.substr(0, 5), "Corrupt", "file is 5 bytes, shorter than the 8-byte",
       "cut after 5 of the 8 length bytes");
    st("truncated_inside_header", file.substr(0, 8 + n / 2), "Corrupt",
       "header length " + std::to_string(n) + " runs past the end of the file: only " + std::to_string(n / 2) + " bytes",
       "cut in the middle of the JSON header");
    st("truncated_inside_data", file.substr(0, 8 + n + 10), "Corrupt",
       "tensor \"a\": data_offsets [0,16] reach past the end of the data section, which holds 10 bytes",
       "cut inside the first tensor's data");
    st("truncated_last_byte", file.substr(0, file.size() - 1), "Corrupt",
       "tensor \"b\": data_offsets [16,24] reach past the end of the data section, which holds 23 bytes",
       "the last data byte is missing");
    st("header_length_zero", le64(0) + "{}", "Corrupt", "header length is 0", "N = 0");
    st("header_length_2_pow_63", le64(1ull << 63) + kHeader, "Corrupt",
       "header length 9223372036854775808 exceeds the 104857600-byte limit", "N = 2^63");
    st("header_length_max_u64", le64(~0ull) + kHeader, "Corrupt", "header length 18446744073709551615 exceeds",
       "N = 2^64 - 1 (8 + N would wrap around)");
    st("header_length_over_limit", le64(100ull * 1024 * 1024 + 1) + kHeader, "Corrupt",
       "header length 104857601 exceeds the 104857600-byte limit", "N one byte over the 100 MiB bound");
    st("header_length_past_eof", le64(4096) + kHeader, "Corrupt",
       "header length 4096 runs past the end of the file: only " + std::to_string(n) + " bytes follow",
       "N larger than the file");

    // Not JSON, or not an object.
    st("header_not_json", withHeader("this is not json at all", ""), "Corrupt", "header is not valid JSON",
       "plain text header");
    st("header_json_array", withHeader("[1,2,3]", ""), "Corrupt", "header must be a JSON object, found array",
       "JSON array instead of an object");
    st("header_json_string", withHeader(R"("model")", ""), "Corrupt", "header must be a JSON object, found string",
       "JSON string instead of an object");
    st("header_only_spaces", withHeader("        ", ""), "Corrupt", "header is not valid JSON", "N bytes of padding");
    st("header_non_utf8_name", withHeader("{\"\xff\xfe\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]}}", "abcd"),
       "Corrupt", "header is not valid JSON", "tensor name with bytes that are not UTF-8");
    std::string junk(64, '\0');
    std::mt19937 random(1234);
    for (char& c : junk) c = static_cast<char>(random() & 0xFFu);
    junk[0] = '\x81';  // never a JSON start
    st("header_binary_junk", withHeader(junk, ""), "Corrupt", "header is not valid JSON", "64 random bytes");
    st("header_trailing_garbage", withHeader("{} xyz", ""), "Corrupt", "header is not valid JSON",
       "text after the JSON object");
    st("header_nul_padding", withHeader(std::string("{}") + std::string(6, '\0'), ""), "Corrupt",
       "header is not valid JSON: NUL byte at offset 2", "padded with NUL bytes instead of spaces");
    st("header_deeply_nested", withHeader("{\"a\":" + std::string(100000, '[') + std::string(100000, ']') + "}", ""),
       "Corrupt", "header JSON nests deeper than 8 levels", "100000 nested arrays (stack exhaustion attempt)");

    // Entries.
    st("unknown_dtype", withHeader("{" + entry("a", R"("dtype":"F128","shape":[2],"data_offsets":[0,16])") + "}"),
       "Unsupported", "tensor \"a\": unknown dtype \"F128\"", "dtype that safetensors does not define");
    st("dtype_lowercase", withHeader("{" + entry("a", R"("dtype":"f32","shape":[4],"data_offsets":[0,16])") + "}"),
       "Unsupported", "unknown dtype \"f32\"", "dtype in the wrong case");
    st("dtype_not_string", withHeader("{" + entry("a", R"("dtype":7,"shape":[4],"data_offsets":[0,16])") + "}"),
       "Corrupt", "\"dtype\" must be a string, found number", "dtype is a number");
    st("missing_dtype", withHeader("{" + entry("a", R"("shape":[4],"data_offsets":[0,16])") + "}"), "Corrupt",
       "tensor \"a\": missing \"dtype\"", "no dtype");
    st("missing_shape", withHeader("{" + entry("a", R"("dtype":"F32","data_offsets":[0,16])") + "}"), "Corrupt",
       "tensor \"a\": missing \"shape\"", "no shape");
    st("missing_data_offsets", withHeader("{" + entry("a", R"("dtype":"F32","shape":[4])") + "}"), "Corrupt",
       "tensor \"a\": missing \"data_offsets\"", "no data_offsets");
    st("entry_not_object", withHeader(R"({"a":[1,2,3]})"), "Corrupt", "tensor \"a\": entry must be an object",
       "tensor entry is an array");
    st("shape_not_array", withHeader("{" + entry("a", R"("dtype":"F32","shape":"2x2","data_offsets":[0,16])") + "}"),
       "Corrupt", "\"shape\" must be an array of non-negative integers, found string", "shape is a string");
    st("negative_dimension", withHeader("{" + entry("a", R"("dtype":"F32","shape":[-1,4],"data_offsets":[0,16])") + "}"),
       "Corrupt", "shape [-1,4]: dimension 0 is negative", "negative dimension");
    st("float_dimension", withHeader("{" + entry("a", R"("dtype":"F32","shape":[2.5],"data_offsets":[0,16])") + "}"),
       "Corrupt", "dimension 0 is not an integer", "fractional dimension");
    st("dimension_over_int64",
       withHeader("{" + entry("a", R"("dtype":"U8","shape":[9223372036854775808],"data_offsets":[0,16])") + "}"),
       "Corrupt", "dimension 0 = 9223372036854775808 is too large", "dimension 2^63");
    st("shape_element_overflow",
       withHeader("{" + entry("a", R"("dtype":"U8","shape":[4294967296,4294967296,2],"data_offsets":[0,16])") + "}"),
       "Corrupt", "shape [4294967296,4294967296,2] has more elements than fit in 64 bits",
       "product of dimensions overflows 64 bits");
    st("shape_byte_overflow",
       withHeader("{" + entry("a", R"("dtype":"F32","shape":[4611686018427387904],"data_offsets":[0,16])") + "}"),
       "Corrupt", "shape [4611686018427387904] x F32 needs more than 2^64 bytes",
       "element count fits, byte count overflows");
    st("element_count_mismatch",
       withHeader("{" + entry("decoder.proj_in.1.weight", R"("dtype":"BF16","shape":[2048,192,2],"data_offsets":[0,1000])") + "}",
                  std::string(1000, '\0')),
       "Corrupt",
       "tensor \"decoder.proj_in.1.weight\": shape [2048,192,2] x BF16 needs 1572864 bytes but data_offsets span 1000",
       "shape x dtype disagrees with the byte range");
    st("data_offsets_begin_after_end",
       withHeader("{" + entry("a", R"("dtype":"F32","shape":[4],"data_offsets":[16,0])") + "}"), "Corrupt",
       "data_offsets [16,0]: begin is after end", "begin > end");
    st("data_offsets_three_elements",
       withHeader("{" + entry("a", R"("dtype":"F32","shape":[4],"data_offsets":[0,8,16])") + "}"), "Corrupt",
       "\"data_offsets\" must hold two offsets [begin, end], found 3: [0,8,16]", "three offsets");
    st("data_offsets_one_element", withHeader("{" + entry("a", R"("dtype":"F32","shape":[4],"data_offsets":[16])") + "}"),
       "Corrupt", "\"data_offsets\" must hold two offsets [begin, end], found 1: [16]", "one offset");
    st("data_offsets_floats",
       withHeader("{" + entry("a", R"("dtype":"F32","shape":[4],"data_offsets":[0.0,16.0])") + "}"), "Corrupt",
       "\"data_offsets\" must be two non-negative integers, found [0.0,16.0]", "offsets written as floats");
    st("data_offsets_negative",
       withHeader("{" + entry("a", R"("dtype":"F32","shape":[4],"data_offsets":[-16,0])") + "}"), "Corrupt",
       "\"data_offsets\" must be two non-negative integers, found [-16,0]", "negative offset");
    st("data_offsets_not_array",
       withHeader("{" + entry("a", R"("dtype":"F32","shape":[4],"data_offsets":"0-16")") + "}"), "Corrupt",
       "\"data_offsets\" must be an array [begin, end], found string", "offsets as a string");
    st("range_outside_file", withHeader("{" + entry("a", R"("dtype":"F32","shape":[4],"data_offsets":[0,16])") + "}",
                                        std::string(8, '\0')),
       "Corrupt", "data_offsets [0,16] reach past the end of the data section, which holds 8 bytes",
       "range longer than the data section");
    st("range_near_u64_max",
       withHeader("{" + entry("a", R"("dtype":"U8","shape":[15],"data_offsets":[18446744073709551600,18446744073709551615])") + "}"),
       "Corrupt", "data_offsets [18446744073709551600,18446744073709551615] reach past the end",
       "offsets near 2^64 (8 + N + end would wrap around)");
    st("overlapping_ranges",
       withHeader("{" + entry("a", R"("dtype":"F32","shape":[4],"data_offsets":[0,16])") + "," +
                      entry("b", R"("dtype":"F32","shape":[4],"data_offsets":[8,24])") + "}",
                  std::string(24, '\0')),
       "Corrupt", "tensors \"a\" (data_offsets [0,16]) and \"b\" (data_offsets [8,24]) overlap", "partial overlap");
    st("identical_ranges",
       withHeader("{" + entry("a", R"("dtype":"F32","shape":[4],"data_offsets":[0,16])") + "," +
                      entry("b", R"("dtype":"I32","shape":[4],"data_offsets":[0,16])") + "}"),
       "Corrupt", "tensors \"a\" (data_offsets [0,16]) and \"b\" (data_offsets [0,16]) overlap",
       "two tensors share one range");
    st("duplicate_tensor_name",
       withHeader("{" + entry("a", R"("dtype":"F32","shape":[2],"data_offsets":[0,8])") + "," +
                      entry("a", R"("dtype":"F32","shape":[2],"data_offsets":[8,16])") + "}"),
       "Corrupt", "duplicate tensor name \"a\"", "the same name twice");
    st("duplicate_key_in_entry",
       withHeader("{" + entry("a", R"("dtype":"F32","dtype":"F16","shape":[4],"data_offsets":[0,16])") + "}"), "Corrupt",
       "duplicate key \"dtype\" in the entry for tensor \"a\"", "dtype given twice");
    st("metadata_not_object", withHeader(R"({"__metadata__":[1,2]})", ""), "Corrupt",
       "\"__metadata__\" must be an object of strings, found array", "metadata is an array");
    st("metadata_number_value", withHeader(R"({"__metadata__":{"format":1}})", ""), "Corrupt",
       "\"__metadata__\" entry \"format\" must be a string, found number", "metadata value is a number");
    st("metadata_nested_object", withHeader(R"({"__metadata__":{"config":{"a":"b"}}})", ""), "Corrupt",
       "\"__metadata__\" entry \"config\" must be a string, found object", "metadata value is an object");
}

}  // namespace songloom::testsupport
