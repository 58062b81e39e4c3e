// A test-side zip writer (STORED entries, CRC-32 from zlib) whose fields can be overridden one by one, to
// build both torch.save-like archives and precisely broken ones.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace songloom::testsupport {

struct ZipFileSpec {
    ZipFileSpec(std::string entryName, std::string entryData) : name(std::move(entryName)), data(std::move(entryData)) {}

    std::string name;
    std::string data;
    std::uint16_t method = 0;                       // 0 STORED; other values are written as given
    std::uint16_t flags = 0x0800;                   // UTF-8 names, as torch writes
    std::optional<std::uint32_t> crcOverride;       // recorded CRC-32 instead of the real one
    std::optional<std::uint32_t> sizeOverride;      // recorded (central) sizes instead of data.size()
    std::optional<std::uint32_t> localOffsetOverride;
};

struct ZipSpec {
    std::vector<ZipFileSpec> files;
    std::optional<std::uint16_t> entryCountOverride;
    std::optional<std::uint32_t> directoryOffsetOverride;
};

std::string buildZip(const ZipSpec& spec);

// A torch.save-like archive: "<prefix>/data.pkl", "<prefix>/byteorder", "<prefix>/data/0",
// "<prefix>/version", in torch's order.
ZipSpec torchArchive(const std::string& prefix, const std::string& pickle, const std::string& storage0,
                     const std::string& byteorder = "little");

}  // namespace songloom::testsupport
