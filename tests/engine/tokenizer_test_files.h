// Hand-made tokenizer files for the tokenizer unit tests: a byte-level vocabulary (the 256 byte
// characters at ids 0..255, in byte order) plus chosen merged tokens, written as tokenizer.json or as
// vocab.json + merges.txt into a fresh temporary folder.
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace songloom::test {

class TokenizerFiles {
public:
    TokenizerFiles();   // creates an empty temporary folder
    ~TokenizerFiles();  // removes it

    // Merges as raw byte strings; every merge result gets the next id after 255, in list order. All
    // merges come before the first added token.
    void addMerge(const std::string& left, const std::string& right);
    // Added token at the next free id; `flags` holds any of single_word/lstrip/rstrip/normalized/special.
    std::int32_t addAddedToken(const std::string& content, nlohmann::json flags = nlohmann::json::object());

    // A Qwen2-shaped tokenizer.json; `appendEos` adds a TemplateProcessing that appends the first added
    // token. Tests edit the returned JSON before writing it to break one thing at a time.
    nlohmann::json tokenizerJson(bool appendEos = false) const;
    std::filesystem::path write(const std::string& name, const nlohmann::json& value) const;
    std::filesystem::path writeText(const std::string& name, const std::string& text) const;
    // vocab.json + merges.txt (+ tokenizer_config.json with the added tokens) into the folder.
    void writeVocabMerges() const;

    std::int32_t idOf(const std::string& bytes) const;  // id of a byte string's token, -1 if none
    const std::filesystem::path& dir() const { return dir_; }

private:
    std::filesystem::path dir_;
    std::vector<std::pair<std::string, std::string>> merges_;  // raw bytes
    std::vector<nlohmann::json> added_;
};

std::string byteLevel(const std::string& bytes);  // raw bytes -> GPT-2 byte-level text

}  // namespace songloom::test
