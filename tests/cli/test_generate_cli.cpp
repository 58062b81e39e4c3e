// `songloom-cli generate`, run as a person would on the tiny fixture models (a turbo 2B-shaped DiT at tiny
// width, the VAE and the text encoder): a batch written, read back and its tags checked; each documented
// exit code for bad flags, missing models, unreadable audio and an existing output.
#include "songloom/audio_io.h"
#include "songloom/fixtures.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <random>
#include <sstream>
#include <sys/wait.h>

namespace songloom {
namespace {

namespace fs = std::filesystem;

struct CliRun {
    int code = -1;
    std::string out, err;
};

std::string quoted(const fs::path& p) { return "'" + p.string() + "'"; }

class GenerateCli : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        root_ = fs::temp_directory_path() / ("songloom-cli-generate-" + std::to_string(std::random_device{}()));
        fs::create_directories(root_ / "models");
        // The same three fixtures `songloom-fixtures --scale tiny --only ...` writes.
        const Status s = fixtures::writeFixtures({"official-2b-turbo", "official-vae", "official-text-encoder"},
                                                 root_ / "models", fixtures::Scale::Tiny, 1);
        ASSERT_TRUE(s.isOk()) << s.message();
    }
    static void TearDownTestSuite() {
        std::error_code ec;
        fs::remove_all(root_, ec);
    }

    // Runs `songloom-cli generate ARGS` with stdout and stderr captured; stdin is empty.
    static CliRun generate(const std::string& args) {
        const fs::path errFile = root_ / "stderr.txt";
        const std::string command = std::string("'") + SONGLOOM_CLI + "' generate " + args + " 2>" + quoted(errFile) +
                                    " </dev/null";
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

    static std::string models() { return "--models " + quoted(root_ / "models"); }
    static fs::path root() { return root_; }

    // A small valid request on the fixture models.
    static std::string song(const fs::path& out) {
        return models() + " -c 'warm indie folk, fingerpicked guitar' -l '[Verse]\\nRiver in the morning' -d 4 "
                          "--steps 2 --seed 7 -o " +
               quoted(out);
    }

private:
    static inline fs::path root_;
};

std::vector<std::string> filesIn(const fs::path& dir) {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(dir)) names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

TEST_F(GenerateCli, WritesATaggedBatch) {
    const fs::path out = root() / "batch";
    const CliRun r = generate(models() +
                              " -c 'warm indie folk, fingerpicked guitar' -l '[Verse]\\nRiver in the morning\\nCold "
                              "hands on the wheel' -d 4 -b 2 --steps 2 --seed 7 --format flac -o " +
                              quoted(out / "song"));
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(filesIn(out), (std::vector<std::string>{"song_1.flac", "song_2.flac"}));
    // stdout: exactly the written paths, one per line, in batch order.
    EXPECT_EQ(r.out, (out / "song_1.flac").string() + "\n" + (out / "song_2.flac").string() + "\n");
    // stderr is not a terminal here: one line per stage, no carriage returns.
    EXPECT_EQ(r.err.find('\r'), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("generating"), std::string::npos) << r.err;

    const std::int64_t expectedFrames = 4 * 48000;
    for (int i = 1; i <= 2; ++i) {
        const fs::path file = out / ("song_" + std::to_string(i) + ".flac");
        auto props = audio::probeFile(file);
        ASSERT_TRUE(props.isOk()) << props.status().message();
        EXPECT_EQ(props->sampleRate, 48000);
        EXPECT_EQ(props->channels, 2);
        EXPECT_LE(std::llabs(props->frames - expectedFrames), 1920) << file;  // one latent frame
        auto tags = audio::readTags(file);
        ASSERT_TRUE(tags.isOk()) << tags.status().message();
        EXPECT_EQ(tags->caption, "warm indie folk, fingerpicked guitar");
        EXPECT_NE(tags->lyrics.find("River in the morning\nCold hands"), std::string::npos) << tags->lyrics;
        EXPECT_EQ(tags->aiNote, audio::kAiGeneratedNote);
        const auto params = nlohmann::json::parse(tags->parametersJson);
        EXPECT_EQ(params.at("seed"), 7 + (i - 1)) << tags->parametersJson;  // take i uses seed + i - 1
        EXPECT_EQ(params.at("seed_was_random"), false);
        EXPECT_EQ(params.at("steps"), 2);
        EXPECT_EQ(params.at("batch_index"), i - 1);
        EXPECT_EQ(params.at("batch_size"), 2);
        EXPECT_EQ(params.at("caption"), "warm indie folk, fingerpicked guitar");
        EXPECT_EQ(params.at("model").at("preset"), "2b-turbo");
        EXPECT_EQ(params.at("model").at("sha256").get<std::string>().size(), 64u);
    }
}

TEST_F(GenerateCli, InvalidFlagsAreUsageErrorsNamingTheField) {
    const fs::path out = root() / "invalid" / "x";
    struct Case {
        std::string args, mustMention;
    };
    for (const Case& c : {Case{"--duration 9999", "--duration"}, Case{"--steps 0", "--steps"},
                          Case{"--guidance-type xyz", "--guidance-type"}, Case{"--bpm 500", "--bpm"},
                          Case{"--steps 25", "turbo"},  // the model's range: refused before loading
                          Case{"--device tpu", "--device"}, Case{"--repaint-start end*3", "--repaint-start"},
                          Case{"--format aac", "--format"}}) {
        const CliRun r = generate(song(out) + " " + c.args);
        EXPECT_EQ(r.code, 2) << c.args << "\n" << r.err;
        EXPECT_NE(r.err.find(c.mustMention), std::string::npos) << c.args << "\n" << r.err;
        EXPECT_TRUE(r.out.empty()) << r.out;
    }
    EXPECT_FALSE(fs::exists(out.parent_path() / "x.mp3"));
    const CliRun noCaption = generate(models() + " -d 4 -o " + quoted(out));
    EXPECT_EQ(noCaption.code, 2);
    EXPECT_NE(noCaption.err.find("caption"), std::string::npos) << noCaption.err;
}

TEST_F(GenerateCli, MissingModelsAreExit3) {
    const fs::path out = root() / "nomodels" / "x";
    const CliRun missing =
        generate("--models " + quoted(root() / "no-such-folder") + " -c 'pop song' -d 4 -o " + quoted(out));
    EXPECT_EQ(missing.code, 3) << missing.err;
    EXPECT_NE(missing.err.find("--models"), std::string::npos) << missing.err;

    fs::create_directories(root() / "empty-models");
    const CliRun empty =
        generate("--models " + quoted(root() / "empty-models") + " -c 'pop song' -d 4 -o " + quoted(out));
    EXPECT_EQ(empty.code, 3) << empty.err;
    EXPECT_NE(empty.err.find("ready"), std::string::npos) << empty.err;

    // No --models, no SONGLOOM_MODELS and no studio settings: the error names the flag.
    const std::string noDefault = "env -u SONGLOOM_MODELS XDG_CONFIG_HOME=" + quoted(root() / "no-config") + " ";
    const fs::path errFile = root() / "nodefault.txt";
    const int status = std::system((noDefault + "'" + SONGLOOM_CLI + "' generate -c 'pop song' -d 4 -o " +
                                    quoted(out) + " 2>" + quoted(errFile))
                                       .c_str());
    EXPECT_EQ(WEXITSTATUS(status), 3);
    std::stringstream err;
    err << std::ifstream(errFile).rdbuf();
    EXPECT_NE(err.str().find("--models"), std::string::npos) << err.str();

    // SONGLOOM_MODELS stands in for --models (a folder without models: the folder is named).
    const int fromEnv = std::system(("SONGLOOM_MODELS=" + quoted(root() / "empty-models") + " '" + SONGLOOM_CLI +
                                     "' generate -c 'pop song' -d 4 -o " + quoted(out) + " 2>" + quoted(errFile))
                                        .c_str());
    EXPECT_EQ(WEXITSTATUS(fromEnv), 3);
    std::stringstream envErr;
    envErr << std::ifstream(errFile).rdbuf();
    EXPECT_NE(envErr.str().find("empty-models"), std::string::npos) << envErr.str();
}

TEST_F(GenerateCli, UnreadableSourceAudioIsExit4) {
    const fs::path out = root() / "badsource" / "x";
    const CliRun missing =
        generate(song(out) + " --task cover --src-audio " + quoted(root() / "no-such-song.wav"));
    EXPECT_EQ(missing.code, 4) << missing.err;
    EXPECT_NE(missing.err.find("--src-audio"), std::string::npos) << missing.err;

    const fs::path notAudio = root() / "notes.wav";
    std::ofstream(notAudio) << "these are not samples";
    const CliRun garbage = generate(song(out) + " --task cover --src-audio " + quoted(notAudio));
    EXPECT_EQ(garbage.code, 4) << garbage.err;
    EXPECT_NE(garbage.err.find("notes.wav"), std::string::npos) << garbage.err;
}

TEST_F(GenerateCli, ExistingOutputIsRefusedUntouched) {
    const fs::path dir = root() / "existing";
    fs::create_directories(dir);
    const fs::path file = dir / "keep.mp3";
    std::ofstream(file, std::ios::binary) << "the user's own file";
    const CliRun r = generate(song(dir / "keep"));
    EXPECT_EQ(r.code, 7) << r.err;
    EXPECT_NE(r.err.find("keep.mp3"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("--overwrite"), std::string::npos) << r.err;
    std::stringstream text;
    text << std::ifstream(file, std::ios::binary).rdbuf();
    EXPECT_EQ(text.str(), "the user's own file");
    EXPECT_EQ(filesIn(dir), std::vector<std::string>{"keep.mp3"});

    // A folder that cannot be made (a file stands where it would go) is an output problem too.
    const CliRun blocked = generate(song(file / "song"));
    EXPECT_EQ(blocked.code, 7) << blocked.err;
    EXPECT_NE(blocked.err.find("keep.mp3"), std::string::npos) << blocked.err;

    // With --overwrite the take replaces it (and -q leaves only the path on stdout, nothing on stderr).
    const CliRun again = generate(song(dir / "keep") + " --overwrite -q");
    ASSERT_EQ(again.code, 0) << again.err;
    EXPECT_EQ(again.out, (dir / "keep.mp3").string() + "\n");
    EXPECT_TRUE(again.err.empty()) << again.err;
    auto props = audio::probeFile(file);
    ASSERT_TRUE(props.isOk()) << props.status().message();
    EXPECT_EQ(props->channels, 2);
}

TEST_F(GenerateCli, HelpTextsNeedNoModels) {
    const CliRun lyrics = generate("--show-lyrics-help --models " + quoted(root() / "no-such-folder"));
    EXPECT_EQ(lyrics.code, 0) << lyrics.err;
    EXPECT_NE(lyrics.out.find("[Chorus]"), std::string::npos);
    EXPECT_NE(lyrics.out.find("--duration"), std::string::npos);
    const CliRun caption = generate("--show-caption-help");
    EXPECT_EQ(caption.code, 0) << caption.err;
    EXPECT_NE(caption.out.find("Instruments"), std::string::npos);
    const CliRun help = generate("--help");
    EXPECT_EQ(help.code, 0);
    EXPECT_NE(help.out.find("Exit codes"), std::string::npos) << help.out;
    for (const char* flag : {"--caption", "--lyrics-file", "--batch-size", "--negative-prompt", "--time-signature",
                             "--guidance-interval", "--repaint-start", "--cover-strength", "--reference-audio",
                             "--complete-tracks", "--sample-rate", "--instrumental", "--request", "--model",
                             "--precision", "--memory"}) {
        EXPECT_NE(help.out.find(flag), std::string::npos) << flag;
    }
}

TEST_F(GenerateCli, RequestFileWithFlagOverrides) {
    const fs::path dir = root() / "request";
    fs::create_directories(dir);
    const fs::path request = dir / "request.json";
    std::ofstream(request) << R"({"caption": "lo-fi hip hop, mellow rhodes", "lyrics": "[instrumental]",
                                  "audio_duration": 3, "inference_steps": 2, "seed": 41, "audio_format": "wav"})";
    const CliRun r = generate(models() + " --request " + quoted(request) + " --seed 40 -o " + quoted(dir / "beat"));
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(filesIn(dir), (std::vector<std::string>{"beat.wav", "request.json"}));
    auto tags = audio::readTags(dir / "beat.wav");
    ASSERT_TRUE(tags.isOk()) << tags.status().message();
    const auto params = nlohmann::json::parse(tags->parametersJson);
    EXPECT_EQ(params.at("seed"), 40);  // the flag over the file
    EXPECT_EQ(params.at("instrumental"), true);
    EXPECT_EQ(params.at("duration"), 3.0);
    EXPECT_TRUE(tags->lyrics.empty());
}

}  // namespace
}  // namespace songloom
