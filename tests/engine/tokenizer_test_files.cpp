#include "tokenizer_test_files.h"

#include "tokenizer/byte_level.h"
#include "tokenizer/tokenizer_spec.h"

#include <unistd.h>
#include <atomic>
#include <fstream>
#include <stdexcept>

namespace songloom::test {

std::string byteLevel(const std::string& bytes) { return bpe::bytesToByteLevel(bytes); }

TokenizerFiles::TokenizerFiles() {
    static std::atomic<int> counter{0};
    dir_ = std::filesystem::temp_directory_path() /
           ("songloom-tok-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
}

TokenizerFiles::~TokenizerFiles() {
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
}

void TokenizerFiles::addMerge(const std::string& left, const std::string& right) {
    if (!added_.empty()) throw std::logic_error("add merges before added tokens: added ids follow the merges");
    merges_.emplace_back(left, right);
}

std::int32_t TokenizerFiles::addAddedToken(const std::string& content, nlohmann::json flags) {
    const auto id = static_cast<std::int32_t>(256 + merges_.size() + added_.size());
    nlohmann::json token = {{"id", id},        {"content", content},  {"single_word", false}, {"lstrip", false},
                            {"rstrip", false}, {"normalized", false}, {"special", false}};
    token.update(flags);
    added_.push_back(token);
    return id;
}

std::int32_t TokenizerFiles::idOf(const std::string& bytes) const {
    if (bytes.size() == 1) return static_cast<unsigned char>(bytes[0]);
    for (std::size_t i = 0; i < merges_.size(); ++i)
        if (merges_[i].first + merges_[i].second == bytes) return static_cast<std::int32_t>(256 + i);
    return -1;
}

nlohmann::json TokenizerFiles::tokenizerJson(bool appendEos) const {
    nlohmann::json vocab = nlohmann::json::object();
    for (int b = 0; b < 256; ++b) vocab[byteLevel(std::string(1, static_cast<char>(b)))] = b;
    nlohmann::json merges = nlohmann::json::array();
    for (std::size_t i = 0; i < merges_.size(); ++i) {
        const auto& [l, r] = merges_[i];
        // Later merges may repeat a result; the first id stays (the vocabulary maps text to one id).
        if (!vocab.contains(byteLevel(l + r))) vocab[byteLevel(l + r)] = 256 + i;
        merges.push_back({byteLevel(l), byteLevel(r)});
    }
    const nlohmann::json byteLevelStage = {
        {"type", "ByteLevel"}, {"add_prefix_space", false}, {"trim_offsets", false}, {"use_regex", false}};
    nlohmann::json post = byteLevelStage;
    if (appendEos) {
        if (added_.empty()) throw std::logic_error("appendEos needs an added token");
        const std::string eos = added_.front()["content"];
        post = {{"type", "TemplateProcessing"},
                {"single",
                 {{{"Sequence", {{"id", "A"}, {"type_id", 0}}}}, {{"SpecialToken", {{"id", eos}, {"type_id", 0}}}}}},
                {"special_tokens", {{eos, {{"id", eos}, {"ids", {added_.front()["id"]}}, {"tokens", {eos}}}}}}};
    }
    return {
        {"version", "1.0"},
        {"truncation", nullptr},
        {"padding", nullptr},
        {"added_tokens", added_},
        {"normalizer", {{"type", "NFC"}}},
        {"pre_tokenizer",
         {{"type", "Sequence"},
          {"pretokenizers",
           {{{"type", "Split"},
             {"pattern", {{"Regex", std::string(bpe::kQwen2SplitPattern)}}},
             {"behavior", "Isolated"},
             {"invert", false}},
            byteLevelStage}}}},
        {"post_processor", post},
        {"decoder", byteLevelStage},
        {"model",
         {{"type", "BPE"},
          {"dropout", nullptr},
          {"unk_token", nullptr},
          {"continuing_subword_prefix", ""},
          {"end_of_word_suffix", ""},
          {"fuse_unk", false},
          {"byte_fallback", false},
          {"ignore_merges", false},
          {"vocab", vocab},
          {"merges", merges}}},
    };
}

std::filesystem::path TokenizerFiles::write(const std::string& name, const nlohmann::json& value) const {
    return writeText(name, value.dump());
}

std::filesystem::path TokenizerFiles::writeText(const std::string& name, const std::string& text) const {
    const auto path = dir_ / name;
    std::ofstream out(path, std::ios::binary);
    out << text;
    if (!out) throw std::runtime_error("cannot write " + path.string());
    return path;
}

void TokenizerFiles::writeVocabMerges() const {
    const nlohmann::json full = tokenizerJson();
    write("vocab.json", full["model"]["vocab"]);
    std::string merges = "#version: 0.2\n";
    for (const auto& m : full["model"]["merges"])
        merges += m[0].get<std::string>() + " " + m[1].get<std::string>() + "\n";
    writeText("merges.txt", merges);
    nlohmann::json decoder = nlohmann::json::object();
    for (const auto& t : added_) {
        nlohmann::json entry = t;
        entry.erase("id");
        decoder[std::to_string(t["id"].get<int>())] = entry;
    }
    write("tokenizer_config.json", {{"added_tokens_decoder", decoder}, {"tokenizer_class", "Qwen2Tokenizer"}});
}

}  // namespace songloom::test
