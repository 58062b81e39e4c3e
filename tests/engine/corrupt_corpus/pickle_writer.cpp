#include "pickle_writer.h"

#include <limits>

namespace songloom::testsupport {

std::string pickleInt(std::int64_t value) {
    std::string out;
    if (value >= std::numeric_limits<std::int32_t>::min() && value <= std::numeric_limits<std::int32_t>::max()) {
        out += 'J';
        const auto v = static_cast<std::uint32_t>(static_cast<std::int32_t>(value));
        for (int i = 0; i < 4; ++i) out += static_cast<char>((v >> (8 * i)) & 0xFFu);
        return out;
    }
    out += '\x8a';
    out += '\x08';
    const auto v = static_cast<std::uint64_t>(value);
    for (int i = 0; i < 8; ++i) out += static_cast<char>((v >> (8 * i)) & 0xFFu);
    return out;
}

std::string pickleString(const std::string& text) {
    std::string out = "X";
    const auto n = static_cast<std::uint32_t>(text.size());
    for (int i = 0; i < 4; ++i) out += static_cast<char>((n >> (8 * i)) & 0xFFu);
    return out + text;
}

std::string pickleGlobal(const std::string& module, const std::string& name) {
    return "c" + module + "\n" + name + "\n";
}

std::string tensorPickle(const TensorRecord& r) {
    std::vector<std::int64_t> stride = r.stride;
    if (stride.empty()) {
        stride.assign(r.shape.size(), 1);
        for (std::size_t i = r.shape.size(); i-- > 1;) stride[i - 1] = stride[i] * r.shape[i];
    }
    std::string p = "\x80\x02";
    p += pickleGlobal("torch._utils", "_rebuild_tensor_v2");
    p += std::string("q\0", 2);  // BINPUT 0 (a literal "q\x00" would stop at the NUL)
    p += "((";
    p += pickleString("storage");
    p += pickleGlobal("torch", r.storageClass);
    p += pickleString(r.storageKey);
    p += pickleString("cpu");
    p += pickleInt(r.storageNumel);
    p += "tQ";
    p += pickleInt(r.storageOffset);
    p += "(";
    for (const auto d : r.shape) p += pickleInt(d);
    p += "t(";
    for (const auto s : stride) p += pickleInt(s);
    p += "t\x89";
    p += pickleGlobal("collections", "OrderedDict");
    p += ")RtR.";
    return p;
}

}  // namespace songloom::testsupport
