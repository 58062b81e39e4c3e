// `songloom-cli tokenize` prints the same ids as the library (tools/cli/cmd_tokenize.cpp).
#include "songloom/tokenizer.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <sys/wait.h>
#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>

namespace songloom {
namespace {

const std::filesystem::path kDir = SONGLOOM_TOKENIZER_DATA_DIR;

struct CliRun {
    int exitCode = -1;
    std::string out;
};

CliRun runCli(const std::string& args) {
    const std::string command = std::string("'") + SONGLOOM_CLI + "' tokenize " + args + " 2>/dev/null";
    CliRun run;
    FILE* pipe = ::popen(command.c_str(), "r");
    if (pipe == nullptr) return run;
    std::array<char, 4096> buffer{};
    std::size_t n = 0;
    while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) run.out.append(buffer.data(), n);
    const int status = ::pclose(pipe);
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

std::string quoted(const std::filesystem::path& p) { return "'" + p.string() + "'"; }

TEST(TokenizerCli, PrintsTheLibraryIds) {
    auto tok = Tokenizer::fromTokenizerJson(kDir / "tokenizer.json");
    ASSERT_TRUE(tok.isOk()) << tok.status().message();
    const std::string text = "[Verse 1] Café night, 你好 🎵<|endoftext|>";

    const CliRun run = runCli("--tokenizer " + quoted(kDir / "tokenizer.json") + " --text '" + text + "'");
    ASSERT_EQ(run.exitCode, 0) << run.out;
    const auto json = nlohmann::json::parse(run.out);
    EXPECT_EQ(json["ids"].get<std::vector<std::int32_t>>(), tok->encode(text));
    EXPECT_EQ(json["count"].get<std::size_t>(), tok->encode(text).size());

    const auto file = std::filesystem::temp_directory_path() / "songloom-cli-tokenize.txt";
    std::ofstream(file, std::ios::binary) << text << "\n";
    const CliRun fromFile = runCli("--tokenizer " + quoted(kDir) + " --file " + quoted(file) + " --no-special");
    std::filesystem::remove(file);
    ASSERT_EQ(fromFile.exitCode, 0) << fromFile.out;
    EXPECT_EQ(nlohmann::json::parse(fromFile.out)["ids"].get<std::vector<std::int32_t>>(),
              tok->encode(text + "\n", false));
}

TEST(TokenizerCli, FailsCleanly) {
    EXPECT_EQ(runCli("--tokenizer /nonexistent/tokenizer.json --text hi").exitCode, 2);
    EXPECT_EQ(runCli("--tokenizer " + quoted(kDir / "tokenizer.json")).exitCode, 2);  // no text given
    EXPECT_NE(runCli("--tokenizer " + quoted(kDir / "tokenizer.json") + " --text a --file b").exitCode, 0);
}

}  // namespace
}  // namespace songloom
