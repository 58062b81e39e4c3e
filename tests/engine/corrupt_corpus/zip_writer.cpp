#include "zip_writer.h"

#include <zlib.h>

namespace songloom::testsupport {
namespace {

void put16(std::string& out, std::uint32_t v) {
    out += static_cast<char>(v & 0xFFu);
    out += static_cast<char>((v >> 8) & 0xFFu);
}
void put32(std::string& out, std::uint32_t v) {
    put16(out, v & 0xFFFFu);
    put16(out, v >> 16);
}

std::uint32_t crcOf(const std::string& data) {
    return static_cast<std::uint32_t>(
        ::crc32(::crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef*>(data.data()), static_cast<uInt>(data.size())));
}

}  // namespace

std::string buildZip(const ZipSpec& spec) {
    std::string out;
    std::string directory;
    for (const ZipFileSpec& f : spec.files) {
        const std::uint32_t offset = static_cast<std::uint32_t>(out.size());
        const std::uint32_t crc = f.crcOverride.value_or(crcOf(f.data));
        const std::uint32_t size = f.sizeOverride.value_or(static_cast<std::uint32_t>(f.data.size()));
        // Local header with the real sizes (torch writes zeros and a data descriptor; readers must use
        // the central directory either way).
        put32(out, 0x04034b50);
        put16(out, 20);
        put16(out, f.flags);
        put16(out, f.method);
        put16(out, 0);
        put16(out, 0);
        put32(out, crc);
        put32(out, size);
        put32(out, size);
        put16(out, static_cast<std::uint32_t>(f.name.size()));
        put16(out, 0);
        out += f.name;
        out += f.data;

        put32(directory, 0x02014b50);
        put16(directory, 20);
        put16(directory, 20);
        put16(directory, f.flags);
        put16(directory, f.method);
        put16(directory, 0);
        put16(directory, 0);
        put32(directory, crc);
        put32(directory, size);
        put32(directory, size);
        put16(directory, static_cast<std::uint32_t>(f.name.size()));
        put16(directory, 0);
        put16(directory, 0);
        put16(directory, 0);
        put16(directory, 0);
        put32(directory, 0);
        put32(directory, f.localOffsetOverride.value_or(offset));
        directory += f.name;
    }
    const std::uint32_t directoryOffset = static_cast<std::uint32_t>(out.size());
    out += directory;
    const std::uint16_t count = spec.entryCountOverride.value_or(static_cast<std::uint16_t>(spec.files.size()));
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, count);
    put16(out, count);
    put32(out, static_cast<std::uint32_t>(directory.size()));
    put32(out, spec.directoryOffsetOverride.value_or(directoryOffset));
    put16(out, 0);
    return out;
}

ZipSpec torchArchive(const std::string& prefix, const std::string& pickle, const std::string& storage0,
                     const std::string& byteorder) {
    ZipSpec spec;
    spec.files.push_back({prefix + "/data.pkl", pickle});
    if (!byteorder.empty()) spec.files.push_back({prefix + "/byteorder", byteorder});
    spec.files.push_back({prefix + "/data/0", storage0});
    spec.files.push_back({prefix + "/version", "3\n"});
    return spec;
}

}  // namespace songloom::testsupport
