// songloom-cli tokenize --tokenizer PATH [--text T | --file F] [--no-special]
// Prints {"ids":[...],"count":N}: how many tokens a caption or lyric costs (spec-vae-text-lm §3-4).
// PATH is a tokenizer.json, or a folder holding tokenizer.json (or vocab.json + merges.txt, with
// tokenizer_config.json or added_tokens.json when present). --file - reads standard input.
// Exit 0 on success, 2 when the tokenizer or the text cannot be read or an argument is malformed.
#include "commands.h"

#include "songloom/tokenizer.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <optional>

namespace songloom::cli {

namespace {

struct TokenizeOptions {
    std::string tokenizer;
    std::string text;
    std::string file;
    bool hasText = false;
    bool hasFile = false;
    bool noSpecial = false;
};

Result<Tokenizer> loadTokenizer(const std::filesystem::path& path) {
    std::error_code ec;
    if (!std::filesystem::is_directory(path, ec)) return Tokenizer::fromTokenizerJson(path);
    if (std::filesystem::exists(path / "tokenizer.json", ec))
        return Tokenizer::fromTokenizerJson(path / "tokenizer.json");
    std::filesystem::path added;
    for (const char* name : {"tokenizer_config.json", "added_tokens.json"})
        if (added.empty() && std::filesystem::exists(path / name, ec)) added = path / name;
    return Tokenizer::fromVocabMerges(path / "vocab.json", path / "merges.txt", added);
}

std::optional<std::string> readInput(const TokenizeOptions& o) {
    if (o.hasText) return o.text;
    if (o.file == "-") return std::string(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    std::ifstream in(o.file, std::ios::binary);
    if (!in) return std::nullopt;
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

int runTokenize(const TokenizeOptions& o) {
    if (o.hasText == o.hasFile) {
        std::cerr << "error: give the text with exactly one of --text or --file\n";
        return 2;
    }
    auto tokenizer = loadTokenizer(o.tokenizer);
    if (!tokenizer) {
        std::cerr << "error: " << tokenizer.status().message() << "\n";
        return 2;
    }
    const auto input = readInput(o);
    if (!input) {
        std::cerr << "error: " << o.file << ": cannot read\n";
        return 2;
    }
    const std::vector<std::int32_t> ids = tokenizer->encode(*input, !o.noSpecial);
    const nlohmann::json out = {{"ids", ids}, {"count", ids.size()}};
    std::cout << out.dump() << "\n";
    return 0;
}

}  // namespace

void registerTokenizeCommand(CLI::App& app, Context& ctx) {
    auto opts = std::make_shared<TokenizeOptions>();
    CLI::App* cmd =
        app.add_subcommand("tokenize",
                           "Print the Qwen3 token ids of a text as JSON {\"ids\":[...],\"count\":N}, e.g. to see "
                           "how long a lyric is.");
    cmd->add_option("--tokenizer", opts->tokenizer,
                    "tokenizer.json, or a folder with tokenizer.json or vocab.json + merges.txt")
        ->required();
    CLI::Option* text = cmd->add_option("--text", opts->text, "the text to tokenize");
    CLI::Option* file = cmd->add_option("--file", opts->file, "read the text from this file ('-': standard input)");
    text->excludes(file);
    cmd->add_flag("--no-special", opts->noSpecial,
                  "do not add the post-processor's tokens (the <|endoftext|> Qwen3-Embedding appends)");
    cmd->callback([opts, text, file, &ctx] {
        opts->hasText = text->count() > 0;
        opts->hasFile = file->count() > 0;
        ctx.exitCode = runTokenize(*opts);
    });
}

}  // namespace songloom::cli
