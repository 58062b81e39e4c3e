// torch.save archive cases: broken zips, forbidden or malformed pickles, storages that do not fit.
#include "corpus.h"
#include "pickle_writer.h"
#include "zip_writer.h"

namespace songloom::testsupport {
namespace {

const std::string kPrefix = "latent";

TensorRecord latentRecord() {
    TensorRecord r;
    r.storageNumel = 256;
    r.shape = {1, 64, 4};
    return r;
}

std::string storageBytes() {
    std::string bytes(1024, '\0');
    for (std::size_t i = 0; i < bytes.size(); ++i) bytes[i] = static_cast<char>(i * 7);
    return bytes;
}

ZipSpec archiveWith(const std::string& pickle) { return torchArchive(kPrefix, pickle, storageBytes()); }
ZipSpec archiveWith(const TensorRecord& record) { return archiveWith(tensorPickle(record)); }

ZipFileSpec& entryNamed(ZipSpec& spec, const std::string& name) {
    for (ZipFileSpec& f : spec.files)
        if (f.name == name) return f;
    spec.files.push_back({name, ""});
    return spec.files.back();
}

// A pickle made of the protocol header, `body` and STOP.
std::string pickle(const std::string& body) { return "\x80\x02" + body + "."; }

}  // namespace

void addTorchZipCases(CorpusWriter& w) {
    const auto pt = [&](const std::string& name, const std::string& bytes, const std::string& code,
                        const std::string& expect, const std::string& description) {
        w.file(name, "torchzip", ".pt", bytes, code, expect, description);
    };
    const std::string valid = buildZip(archiveWith(latentRecord()));

    // The zip container. Every file starts with the local-header magic, as a torch.save file does.
    pt("zip_too_short", std::string("PK\x03\x04", 4) + std::string(10, '\0'), "Corrupt", "too short for a zip archive",
       "14 bytes");
    pt("zip_without_end_record", std::string("PK\x03\x04", 4) + std::string(200, 'x'), "Corrupt",
       "no zip end-of-central-directory record", "zip magic followed by junk");
    pt("zip_truncated_tail", valid.substr(0, valid.size() - 10), "Corrupt", "no zip end-of-central-directory record",
       "end record cut short");
    pt("zip_truncated_half", valid.substr(0, valid.size() / 2), "Corrupt", "no zip end-of-central-directory record",
       "archive cut in half");
    {
        ZipSpec s = archiveWith(latentRecord());
        entryNamed(s, kPrefix + "/data.pkl").method = 8;
        pt("zip_compressed_entry", buildZip(s), "Unsupported", "zip entry \"latent/data.pkl\" is compressed (method 8)",
           "deflate-compressed entry");
    }
    {
        ZipSpec s = archiveWith(latentRecord());
        s.entryCountOverride = 0xFFFF;
        pt("zip_zip64_end_record", buildZip(s), "Unsupported", "ZIP64 archive", "end record defers to ZIP64");
    }
    {
        ZipSpec s = archiveWith(latentRecord());
        entryNamed(s, kPrefix + "/data/0").sizeOverride = 0xFFFFFFFF;
        pt("zip_zip64_entry_size", buildZip(s), "Unsupported", "needs ZIP64 fields", "entry size defers to ZIP64");
    }
    {
        ZipSpec s = archiveWith(latentRecord());
        entryNamed(s, kPrefix + "/data.pkl").flags |= 1;
        pt("zip_encrypted_entry", buildZip(s), "Unsupported", "zip entry \"latent/data.pkl\" is encrypted",
           "encryption flag set");
    }
    {
        ZipSpec s = archiveWith(latentRecord());
        s.directoryOffsetOverride = 0x7FFFFFFF;
        pt("zip_directory_outside", buildZip(s), "Corrupt", "zip central directory [2147483647,",
           "central directory offset past the end");
    }
    {
        ZipSpec s = archiveWith(latentRecord());
        entryNamed(s, kPrefix + "/data/0").localOffsetOverride = 0x10000000;
        pt("zip_local_header_outside", buildZip(s), "Corrupt", "zip entry \"latent/data/0\": no local header at byte 268435456",
           "local header offset past the end");
    }
    {
        ZipSpec s = archiveWith(latentRecord());
        entryNamed(s, kPrefix + "/data/0").localOffsetOverride = 1;
        pt("zip_local_header_misplaced", buildZip(s), "Corrupt", "zip entry \"latent/data/0\": no local header at byte 1",
           "local header offset pointing at no header");
    }
    {
        ZipSpec s = archiveWith(latentRecord());
        entryNamed(s, kPrefix + "/data/0").sizeOverride = 1024 + 4096;
        pt("zip_entry_past_directory", buildZip(s), "Corrupt", "run past the central directory",
           "entry size larger than the space before the directory");
    }
    {
        ZipSpec s = archiveWith(latentRecord());
        entryNamed(s, kPrefix + "/data/0").crcOverride = 0xDEADBEEF;
        pt("zip_crc_mismatch", buildZip(s), "Corrupt", "the archive records deadbeef", "wrong CRC-32 for the storage");
    }
    {
        ZipSpec s = archiveWith(latentRecord());
        s.files.push_back({kPrefix + "/data/0", storageBytes()});
        pt("zip_duplicate_entry", buildZip(s), "Corrupt", "zip entry \"latent/data/0\" appears twice",
           "two entries with one name");
    }
    {
        ZipSpec s;
        s.files.push_back({kPrefix + "/data/0", storageBytes()});
        pt("zip_without_data_pkl", buildZip(s), "Unsupported", "without a */data.pkl entry", "a zip that is not torch.save");
    }
    {
        ZipSpec s = archiveWith(latentRecord());
        s.files.push_back({"other/data.pkl", tensorPickle(latentRecord())});
        pt("zip_two_data_pkl", buildZip(s), "Unsupported", "archive holds two tensor records", "two pickles");
    }
    {
        ZipSpec s = torchArchive(kPrefix, tensorPickle(latentRecord()), storageBytes(), "big");
        pt("byteorder_big_endian", buildZip(s), "Unsupported", "byte order \"big\"", "big-endian storage");
    }

    // The pickle.
    const auto pk = [&](const std::string& name, const std::string& pickleBytes, const std::string& code,
                        const std::string& expect, const std::string& description) {
        pt(name, buildZip(archiveWith(pickleBytes)), code, expect, description);
    };
    pk("pickle_global_os_system", pickle(pickleGlobal("os", "system") + pickleString("touch /tmp/songloom-pwned") + "\x85R"),
       "Unsupported", "GLOBAL os.system is not allowed", "os.system('touch ...') via GLOBAL + REDUCE");
    pk("pickle_global_builtins_eval", pickle(pickleGlobal("builtins", "eval") + pickleString("1+1") + "\x85R"),
       "Unsupported", "GLOBAL builtins.eval is not allowed", "eval via GLOBAL");
    {
        TensorRecord r = latentRecord();
        r.storageClass = "LongStorage";
        pk("pickle_global_long_storage", tensorPickle(r), "Unsupported", "GLOBAL torch.LongStorage is not allowed",
           "an int64 storage (outside the whitelist)");
    }
    pk("pickle_stack_global", pickle(pickleString("os") + pickleString("system") + "\x93"), "Unsupported",
       "pickle opcode STACK_GLOBAL (0x93) is not allowed", "protocol 4 global lookup");
    pk("pickle_inst", pickle("(ios\nsystem\n"), "Unsupported", "pickle opcode INST (0x69) is not allowed",
       "protocol 0 instance creation");
    pk("pickle_setitem", pickle("}" + pickleString("k") + pickleString("v") + "s"), "Unsupported",
       "pickle opcode SETITEM (0x73) is not allowed", "a dict being filled");
    pk("pickle_unknown_opcode", pickle("\xff"), "Corrupt", "unknown pickle opcode 0xff", "byte that is no opcode");
    pk("pickle_protocol_99", "\x80\x63.", "Unsupported", "pickle protocol 99", "PROTO 99");
    {
        std::string p = tensorPickle(latentRecord());
        p.pop_back();
        pk("pickle_without_stop", p, "Corrupt", "pickle ends without STOP", "STOP missing");
    }
    pk("pickle_binget_unset", pickle("h\x07"), "Corrupt", "BINGET of memo slot 7, which was never set",
       "memo read before write");
    pk("pickle_reduce_on_empty_stack", pickle("R"), "Corrupt", "REDUCE on an empty stack", "stack underflow");
    pk("pickle_reduce_storage_class", pickle(pickleGlobal("torch", "FloatStorage") + ")R"), "Unsupported",
       "REDUCE on a storage class", "calling a storage class");
    pk("pickle_deep_tuples", pickle(")" + std::string(1000, '\x85')), "Unsupported", "tuples nested deeper than 8",
       "1000 nested 1-tuples");
    pk("pickle_string_past_end", pickle(std::string("X\xf0\xff\xff\xff", 5)), "Corrupt",
       "BINUNICODE of 4294967280 bytes runs past the end", "string length beyond the pickle");
    pk("pickle_dict_result", pickle("}"), "Unsupported", "the pickle holds a dict, not a single tensor",
       "a pickle of an empty dict");
    pk("pickle_persistent_id_not_storage", pickle(pickleString("abc") + "Q"), "Corrupt",
       "BINPERSID of something other than ('storage'", "persistent id that is a string");

    // The tensor against its storage.
    {
        TensorRecord r = latentRecord();
        r.storageKey = "1";
        pk("storage_entry_missing", tensorPickle(r), "Corrupt",
           "the pickle refers to storage \"1\" but the archive has no entry \"latent/data/1\"", "storage key without entry");
    }
    {
        TensorRecord r = latentRecord();
        r.storageNumel = 1000;
        pk("storage_larger_than_entry", tensorPickle(r), "Corrupt",
           "storage \"0\" holds 1000 x F32 = 4000 bytes but entry \"latent/data/0\" has only 1024",
           "storage size beyond its entry");
    }
    {
        TensorRecord r = latentRecord();
        r.storageOffset = 200;
        pk("tensor_beyond_storage", tensorPickle(r), "Corrupt", "needs elements [200,456) of a storage of 256",
           "storage offset pushes the tensor past its storage");
    }
    {
        TensorRecord r = latentRecord();
        r.stride = {256, 1, 64};
        pk("tensor_not_contiguous", tensorPickle(r), "Unsupported", "not contiguous", "a transposed view");
    }
    {
        TensorRecord r = latentRecord();
        r.shape = {1, -64, 4};
        r.stride = {256, 4, 1};
        pk("tensor_negative_dimension", tensorPickle(r), "Corrupt", "impossible size", "negative size");
    }
}

}  // namespace songloom::testsupport
