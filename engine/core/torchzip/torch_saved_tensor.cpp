// readTorchSavedTensor / readSilenceLatent: checkpoint-layouts.md §4, steps 1-3.
#include "songloom/silence_latent.h"

#include "fileio/file_error.h"
#include "fileio/mapped_file.h"
#include "fileio/read_only_file.h"
#include "torchzip/half_float.h"
#include "torchzip/pickle_reader.h"
#include "torchzip/stored_zip.h"

#include <new>

namespace songloom {
namespace {

using fileio::fileError;
using fileio::formatDims;
using fileio::quoteText;
using torchzip::PickledTensor;
using torchzip::StoredZip;
using torchzip::ZipEntry;

// A tensor record is a few hundred bytes; a large data.pkl holds something else.
constexpr std::uint64_t kMaxPickleSize = 1u << 20;
constexpr std::string_view kPickleName = "data.pkl";

// The archive's "<prefix>/data.pkl". The prefix is the file stem or "archive" depending on how torch
// wrote the file, so it is found, never assumed (§4).
Result<const ZipEntry*> findPickle(const StoredZip& zip, std::string_view label) {
    const ZipEntry* found = nullptr;
    for (const ZipEntry& e : zip.entries) {
        const std::string_view name = e.name;
        const auto slash = name.find('/');
        if (slash == std::string_view::npos || slash == 0 || name.substr(slash + 1) != kPickleName) continue;
        if (found != nullptr)
            return fileError(ErrorCode::Unsupported, label, "archive holds two tensor records: {} and {}",
                             quoteText(found->name), quoteText(e.name));
        found = &e;
    }
    if (found == nullptr)
        return fileError(ErrorCode::Unsupported, label, "zip archive without a */data.pkl entry: not a torch.save file");
    return found;
}

Status checkByteOrder(std::span<const std::byte> archive, const StoredZip& zip, const std::string& prefix,
                      std::string_view label) {
    // Archives from torch before 2.1 have no "byteorder" entry; they are little-endian.
    const ZipEntry* entry = zip.find(prefix + "byteorder");
    if (entry == nullptr) return Status::ok();
    if (Status s = torchzip::checkEntryCrc(archive, *entry, label); !s) return s;
    const auto bytes = torchzip::entryBytes(archive, *entry);
    const std::string_view order(reinterpret_cast<const char*>(bytes.data()), bytes.size());
    if (order != "little")
        return fileError(ErrorCode::Unsupported, label, "tensor data are stored with byte order {}, not little-endian",
                         quoteText(order));
    return Status::ok();
}

// Shape, stride, offset and storage size agree, and the elements are one contiguous row-major run.
Status checkLayout(const PickledTensor& t, const ZipEntry& storage, std::string_view label, std::uint64_t& numel) {
    const auto fail = [&](ErrorCode code, const std::string& what) {
        return fileError(code, label, "tensor of size {} and stride {} at storage offset {}: {}", formatDims(t.shape),
                         formatDims(t.stride), t.storageOffset, what);
    };
    const std::size_t elem = dtypeSize(t.dtype);
    std::uint64_t storageBytes = 0;
    if (t.storageNumel < 0 || __builtin_mul_overflow(static_cast<std::uint64_t>(t.storageNumel), elem, &storageBytes))
        return fileError(ErrorCode::Corrupt, label, "storage {} claims {} elements", quoteText(t.storageKey),
                         t.storageNumel);
    if (storageBytes > storage.size)
        return fileError(ErrorCode::Corrupt, label, "storage {} holds {} x {} = {} bytes but entry {} has only {}",
                         quoteText(t.storageKey), t.storageNumel, dtypeName(t.dtype), storageBytes,
                         quoteText(storage.name), storage.size);
    if (t.shape.size() != t.stride.size()) return fail(ErrorCode::Corrupt, "size and stride differ in rank");
    if (t.storageOffset < 0) return fail(ErrorCode::Corrupt, "negative storage offset");
    numel = 1;
    for (const std::int64_t d : t.shape)
        if (d < 0 || __builtin_mul_overflow(numel, static_cast<std::uint64_t>(d), &numel))
            return fail(ErrorCode::Corrupt, "impossible size");
    if (numel == 0) return Status::ok();
    // Contiguous as torch defines it: strides of size-1 dimensions do not matter.
    std::int64_t expected = 1;
    for (std::size_t i = t.shape.size(); i-- > 0;) {
        if (t.shape[i] != 1 && t.stride[i] != expected)
            return fail(ErrorCode::Unsupported, "not contiguous (save it with .contiguous())");
        expected *= t.shape[i];  // cannot overflow: the product is numel
    }
    const auto offset = static_cast<std::uint64_t>(t.storageOffset);
    if (offset > static_cast<std::uint64_t>(t.storageNumel) || numel > static_cast<std::uint64_t>(t.storageNumel) - offset)
        return fail(ErrorCode::Corrupt, fmt::format("needs elements [{},{}) of a storage of {}", offset,
                                                    offset + numel, t.storageNumel));
    return Status::ok();
}

Result<TorchTensorData> parseArchive(std::span<const std::byte> archive, std::string_view label) {
    auto zip = torchzip::readStoredZip(archive, label);
    if (!zip) return zip.status();
    auto pickleEntry = findPickle(*zip, label);
    if (!pickleEntry) return pickleEntry.status();
    const ZipEntry& pkl = **pickleEntry;
    const std::string prefix = pkl.name.substr(0, pkl.name.size() - kPickleName.size());

    if (Status s = checkByteOrder(archive, *zip, prefix, label); !s) return s;
    if (pkl.size > kMaxPickleSize)
        return fileError(ErrorCode::Unsupported, label, "{} is {} bytes; a single tensor's record is a few hundred",
                         quoteText(pkl.name), pkl.size);
    if (Status s = torchzip::checkEntryCrc(archive, pkl, label); !s) return s;
    auto tensor = torchzip::readPickledTensor(torchzip::entryBytes(archive, pkl), fmt::format("{}: {}", label, pkl.name));
    if (!tensor) return tensor.status();

    if (tensor->storageKey.empty() || tensor->storageKey.find('/') != std::string::npos)
        return fileError(ErrorCode::Corrupt, label, "storage key {} is not an entry name", quoteText(tensor->storageKey));
    const std::string storageName = prefix + "data/" + tensor->storageKey;
    const ZipEntry* storage = zip->find(storageName);
    if (storage == nullptr)
        return fileError(ErrorCode::Corrupt, label, "the pickle refers to storage {} but the archive has no entry {}",
                         quoteText(tensor->storageKey), quoteText(storageName));
    if (Status s = torchzip::checkEntryCrc(archive, *storage, label); !s) return s;
    std::uint64_t numel = 0;
    if (Status s = checkLayout(*tensor, *storage, label, numel); !s) return s;

    TorchTensorData data;
    data.shape = tensor->shape;
    data.storedDType = tensor->dtype;
    data.values.resize(static_cast<std::size_t>(numel));
    const std::size_t elem = dtypeSize(tensor->dtype);
    const auto bytes = torchzip::entryBytes(archive, *storage)
                           .subspan(static_cast<std::size_t>(tensor->storageOffset) * elem,
                                    static_cast<std::size_t>(numel) * elem);
    torchzip::widenToFloat(tensor->dtype, bytes, data.values);
    return data;
}

}  // namespace

Result<TorchTensorData> parseTorchSavedTensor(std::span<const std::byte> archive, std::string_view label) {
    try {
        return parseArchive(archive, label);
    } catch (const std::bad_alloc&) {
        return fileError(ErrorCode::OutOfMemory, label, "not enough memory for the tensor");
    }
}

Result<TorchTensorData> readTorchSavedTensor(const std::filesystem::path& path) {
    auto mapped = fileio::MappedFile::open(path);
    if (!mapped) return mapped.status();
    return parseTorchSavedTensor(mapped->bytes(), mapped->label());
}

Result<TorchTensorData> readSilenceLatent(const std::filesystem::path& path) {
    auto data = readTorchSavedTensor(path);
    if (!data) return data;
    const auto& shape = data->shape;
    if (shape.size() != 3 || shape[0] != 1 || shape[1] != kSilenceLatentChannels || shape[2] < 1)
        return fileError(ErrorCode::Unsupported, fileio::fileLabel(path),
                         "a silence latent has shape [1,{},T] with T >= 1, this tensor has shape {}",
                         kSilenceLatentChannels, formatDims(shape));
    return data;
}

}  // namespace songloom
