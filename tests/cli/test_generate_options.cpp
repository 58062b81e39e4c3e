// `songloom-cli generate` without models: flag parsing into a GenerationRequest (flags over a --request
// file), repaint edges, output naming, the field -> flag hints, the progress bar, the studio's models folder
// and the choice of a model set (tools/cli, songloom_cli_support).
#include "generate_options.h"
#include "models_folder.h"
#include "progress_bar.h"

#include "songloom/fixtures.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>

namespace songloom::cli {
namespace {

namespace fs = std::filesystem;

class TempDir {
public:
    TempDir() {
        path_ = fs::temp_directory_path() / ("songloom-cli-units-" + std::to_string(std::random_device{}()));
        fs::create_directories(path_);
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path_, ec);
    }
    const fs::path& path() const { return path_; }

private:
    fs::path path_;
};

void writeFile(const fs::path& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }

// Parses `args` (after "generate") as the real command does.
GenerateOptions parse(std::vector<std::string> args) {
    GenerateOptions options;
    CLI::App app;
    addGenerateOptions(app, options);
    std::reverse(args.begin(), args.end());  // CLI11 takes the vector back to front
    app.parse(args);
    return options;
}

TEST(GenerateOptions, FlagsBecomeRequestFields) {
    const auto o = parse({"-c", "dusty boom-bap", "-l", "[Verse]\\nline one\\nline two", "-d", "30", "-b", "3",
                          "--seed", "7", "--steps", "4", "--guidance", "5.5", "--guidance-type", "CFG", "--shift", "2",
                          "--guidance-interval", "0.2", "0.8", "--bpm", "90", "--key", "F# minor", "--time-signature",
                          "3", "--language", "de", "--negative-prompt", "muddy mix", "--format", "ogg", "--bitrate",
                          "160", "--sample-rate", "48000", "--channels", "1", "--thinking"});
    auto r = buildRequest(o);
    ASSERT_TRUE(r.isOk()) << r.status().message();
    EXPECT_EQ(r->caption, "dusty boom-bap");
    EXPECT_EQ(r->lyrics, "[Verse]\nline one\nline two");  // seed 001: \n on the command line
    EXPECT_EQ(r->durationSeconds, 30.0);
    EXPECT_EQ(r->batchSize, 3);
    EXPECT_EQ(r->seed, 7);
    EXPECT_EQ(r->steps, 4);
    EXPECT_EQ(r->guidanceScale, 5.5);
    EXPECT_EQ(r->guidanceType, GuidanceType::Cfg);
    EXPECT_EQ(r->shift, 2.0);
    EXPECT_EQ(r->guidanceIntervalStart, 0.2);
    EXPECT_EQ(r->guidanceIntervalEnd, 0.8);
    EXPECT_EQ(r->bpm, 90);
    EXPECT_EQ(r->keyScale, "F# minor");
    EXPECT_EQ(r->timeSignature, "3");
    EXPECT_EQ(r->vocalLanguage, "de");
    EXPECT_EQ(r->negativePrompt, "muddy mix");
    EXPECT_EQ(r->outputFormat, AudioFormat::Ogg);
    ASSERT_TRUE(r->audioSettings.has_value());
    EXPECT_EQ(r->audioSettings->bitrateKbps, 160);
    EXPECT_EQ(r->audioSettings->sampleRateHz, 48000);
    EXPECT_EQ(r->audioSettings->channels, 1);
    EXPECT_EQ(r->thinking, true);
    EXPECT_FALSE(r->instrumental.has_value());
    EXPECT_TRUE(validateRequest(*r, false).isOk()) << validateRequest(*r, false).message();
}

TEST(GenerateOptions, FlagsOverrideTheRequestFile) {
    TempDir dir;
    const fs::path file = dir.path() / "request.json";
    writeFile(file, R"({"prompt": "file caption", "lyrics": "[Chorus]\nfrom the file", "duration": 90,
                        "inference_steps": 6, "seed": 3, "instrumental": true, "audio_format": "wav"})");
    auto r = buildRequest(parse({"--request", file.string(), "--steps", "2", "--no-instrumental", "-o", "x.flac"}));
    ASSERT_TRUE(r.isOk()) << r.status().message();
    EXPECT_EQ(r->caption, "file caption");  // not given on the command line: the file's
    EXPECT_EQ(r->lyrics, "[Chorus]\nfrom the file");
    EXPECT_EQ(r->durationSeconds, 90.0);
    EXPECT_EQ(r->seed, 3);
    EXPECT_EQ(r->steps, 2);              // the flag wins
    EXPECT_EQ(r->instrumental, false);   // --no-instrumental undoes the file's switch
    EXPECT_EQ(r->outputFormat, AudioFormat::Wav);  // the file's format beats -o's extension ...
    EXPECT_FALSE(outputPaths(std::string("x.flac"), *r->outputFormat, 1).isOk());  // ... which then conflicts

    writeFile(file, R"({"caption": "x", "bogus_field": 1})");
    auto bad = buildRequest(parse({"--request", file.string()}));
    ASSERT_FALSE(bad.isOk());
    EXPECT_NE(bad.status().message().find("bogus_field"), std::string::npos) << bad.status().message();
    EXPECT_NE(bad.status().message().find("--request"), std::string::npos) << bad.status().message();

    auto missing = buildRequest(parse({"--request", (dir.path() / "none.json").string()}));
    ASSERT_FALSE(missing.isOk());
    EXPECT_NE(missing.status().message().find("--request"), std::string::npos);
}

TEST(GenerateOptions, LyricsFileAndConflicts) {
    TempDir dir;
    const fs::path lyrics = dir.path() / "song.txt";
    writeFile(lyrics, "[Verse]\nA backslash \\n stays\n");
    auto r = buildRequest(parse({"-c", "folk", "-f", lyrics.string()}));
    ASSERT_TRUE(r.isOk()) << r.status().message();
    EXPECT_EQ(r->lyrics, "[Verse]\nA backslash \\n stays\n");  // a file is taken verbatim
    EXPECT_FALSE(buildRequest(parse({"-c", "folk", "-f", lyrics.string(), "-l", "x"})).isOk());
    auto gone = buildRequest(parse({"-c", "folk", "-f", (dir.path() / "nope.txt").string()}));
    ASSERT_FALSE(gone.isOk());
    EXPECT_NE(gone.status().message().find("--lyrics-file"), std::string::npos);
}

TEST(GenerateOptions, WordsAreCheckedAndNamed) {
    auto type = buildRequest(parse({"-c", "pop", "--guidance-type", "xyz"}));
    ASSERT_FALSE(type.isOk());
    EXPECT_NE(type.status().message().find("--guidance-type \"xyz\""), std::string::npos);
    EXPECT_NE(type.status().message().find("apg, cfg"), std::string::npos);
    auto task = buildRequest(parse({"-c", "pop", "--task", "remix"}));
    ASSERT_FALSE(task.isOk());
    EXPECT_NE(task.status().message().find("--task"), std::string::npos);
    auto format = buildRequest(parse({"-c", "pop", "--format", "aac"}));
    ASSERT_FALSE(format.isOk());
    EXPECT_NE(format.status().message().find("mp3, wav, flac, ogg"), std::string::npos);
    EXPECT_THROW(parse({"--device", "tpu"}), CLI::ValidationError);
    EXPECT_EQ(parse({"--steps", "8", "--steps", "3"}).steps, 3);  // the last one wins
    EXPECT_EQ(parse({"--device", "cuda", "--device", "cpu"}).device, "cpu");
    EXPECT_THROW(parse({"--guidance-interval", "0.1"}), CLI::ParseError);
}

TEST(GenerateOptions, RepaintEdgesTakeSeed003Anchors) {
    auto edge = [](const std::string& text) { return parseRegionEdge("--repaint-start", text); };
    ASSERT_TRUE(edge("12.5").isOk());
    EXPECT_EQ(edge("12.5")->seconds, 12.5);
    EXPECT_EQ(edge("12.5")->anchor, RegionAnchor::Start);
    EXPECT_EQ(edge("-4")->seconds, -4.0);  // before the song: extends it
    EXPECT_EQ(edge("start+3")->seconds, 3.0);
    EXPECT_EQ(edge("end")->anchor, RegionAnchor::End);
    EXPECT_EQ(edge("end")->seconds, 0.0);
    EXPECT_EQ(edge("end-15")->seconds, 15.0);  // 15 s before the end
    EXPECT_EQ(edge("END-15")->anchor, RegionAnchor::End);
    EXPECT_EQ(edge("end+10")->seconds, -10.0);  // past the end: appends
    for (const char* bad : {"", "abc", "end-", "end*3", "12s", "end-x"}) {
        auto e = edge(bad);
        ASSERT_FALSE(e.isOk()) << bad;
        EXPECT_NE(e.status().message().find("--repaint-start"), std::string::npos) << e.status().message();
    }

    // A region without --task makes a repaint; the request validates with the anchors.
    auto r = buildRequest(parse({"-c", "indie pop", "--src-audio", "song.wav", "--repaint-start", "end-15",
                                 "--repaint-end", "end"}));
    ASSERT_TRUE(r.isOk()) << r.status().message();
    EXPECT_EQ(r->task, TaskType::Repaint);
    ASSERT_TRUE(r->repaintStart && r->repaintEnd);
    EXPECT_EQ(r->repaintStart->anchor, RegionAnchor::End);
    EXPECT_EQ(r->repaintStart->seconds, 15.0);
    EXPECT_TRUE(validateRequest(*r, false).isOk()) << validateRequest(*r, false).message();

    auto keep = buildRequest(parse({"-c", "indie pop", "--src-audio", "s.wav", "--repaint-start", "8", "--keep-source",
                                    "--crossfade", "0.05"}));
    ASSERT_TRUE(keep.isOk()) << keep.status().message();
    EXPECT_EQ(keep->keepSourceAudio, true);
    EXPECT_EQ(keep->crossfadeSeconds, 0.05);
    EXPECT_TRUE(validateRequest(*keep, false).isOk()) << validateRequest(*keep, false).message();
    auto cover = buildRequest(parse({"-c", "pop", "--task", "cover", "--src-audio", "s.wav", "--cover-mode", "Switch"}));
    ASSERT_TRUE(cover.isOk());
    EXPECT_EQ(cover->coverMode, CoverMode::Switch);
    EXPECT_FALSE(buildRequest(parse({"-c", "pop", "--cover-mode", "mix"})).isOk());
    GenerationRequest wrongTask;
    wrongTask.caption = "pop";
    wrongTask.crossfadeSeconds = 0.1;
    EXPECT_EQ(flagForMessage(validateRequest(wrongTask, false).message()), "--crossfade");

    auto extend = buildRequest(parse({"-c", "indie pop", "--src-audio", "s.wav", "--extend-after", "20",
                                      "--extend-context", "30"}));
    ASSERT_TRUE(extend.isOk());
    EXPECT_EQ(extend->repaintEnd->seconds, -20.0);
    EXPECT_EQ(extend->repaintEnd->anchor, RegionAnchor::End);
    EXPECT_EQ(extend->extendContextSeconds, 30.0);
    EXPECT_FALSE(buildRequest(parse({"-c", "x", "--extend-after", "20", "--repaint-end", "end"})).isOk());
}

TEST(GenerateOptions, OutputNamesFollowSeed001) {
    auto one = outputPaths(std::nullopt, AudioFormat::Mp3, 1);
    ASSERT_TRUE(one.isOk());
    EXPECT_EQ(*one, std::vector<fs::path>{"output.mp3"});
    auto batch = outputPaths(std::string("dance.mp3"), AudioFormat::Mp3, 2);
    ASSERT_TRUE(batch.isOk());
    EXPECT_EQ(*batch, (std::vector<fs::path>{"dance_1.mp3", "dance_2.mp3"}));
    auto noExt = outputPaths(std::string("out/song"), AudioFormat::Flac, 2);
    ASSERT_TRUE(noExt.isOk());
    EXPECT_EQ(*noExt, (std::vector<fs::path>{"out/song_1.flac", "out/song_2.flac"}));
    auto dotted = outputPaths(std::string("take.v2"), AudioFormat::Wav, 1);
    ASSERT_TRUE(dotted.isOk());
    EXPECT_EQ(*dotted, std::vector<fs::path>{"take.v2.wav"});
    auto clash = outputPaths(std::string("song.mp3"), AudioFormat::Wav, 1);
    ASSERT_FALSE(clash.isOk());
    EXPECT_NE(clash.status().message().find("--output"), std::string::npos);
    EXPECT_FALSE(outputPaths(std::string("dir/"), AudioFormat::Wav, 1).isOk());
    EXPECT_EQ(formatFromExtension("a.FLAC"), AudioFormat::Flac);
    EXPECT_FALSE(formatFromExtension("a.txt").has_value());
}

TEST(GenerateOptions, ValidationMessagesPointAtTheFlag) {
    EXPECT_EQ(flagForMessage("inference_steps 0 is out of range: allowed 1-200"), "--steps");
    EXPECT_EQ(flagForMessage("duration 9999 s is out of range: allowed 1-600 seconds"), "--duration");
    EXPECT_EQ(flagForMessage("guidance_interval_start 2 is out of range"), "--guidance-interval");
    EXPECT_EQ(flagForMessage("guidance_scale 40 is out of range"), "--guidance");
    EXPECT_EQ(flagForMessage("audio_settings.bitrate 999 kbps is out of range"), "--bitrate");
    EXPECT_EQ(flagForMessage("keyscale \"H major\" is not a key"), "--key");
    EXPECT_EQ(flagForMessage("src_audio_path \"x\" does not exist"), "--src-audio");
    EXPECT_EQ(flagForMessage("something else"), "");
    EXPECT_EQ(flagForMessage("seeds"), "");  // a word that only starts like a field

    // Every range error of validateRequest for a typical flag names a field we map.
    GenerationRequest r;
    r.caption = "pop";
    r.steps = 0;
    EXPECT_EQ(flagForMessage(validateRequest(r, false).message()), "--steps");
    r.steps.reset();
    r.durationSeconds = 9999;
    EXPECT_EQ(flagForMessage(validateRequest(r, false).message()), "--duration");
    r.durationSeconds.reset();
    r.bpm = 10;
    EXPECT_EQ(flagForMessage(validateRequest(r, false).message()), "--bpm");
    r.bpm.reset();
    r.timeSignature = "5";
    EXPECT_EQ(flagForMessage(validateRequest(r, false).message()), "--time-signature");
    r.timeSignature.clear();
    r.vocalLanguage = "xx";
    EXPECT_EQ(flagForMessage(validateRequest(r, false).message()), "--language");
}

TEST(ProgressBar, RendersStageStepsTakesAndTime) {
    ProgressEvent e;
    e.stage = ProgressStage::Denoise;
    e.step = 5;
    e.total = 8;
    e.item = 0;
    e.items = 2;
    e.fraction = 0.5;
    e.elapsedSeconds = 12.4;
    e.etaSeconds = 75;
    const std::string line = ProgressBar::render(e, 100);
    EXPECT_NE(line.find("generating"), std::string::npos) << line;
    EXPECT_NE(line.find("5/8"), std::string::npos) << line;
    EXPECT_NE(line.find("take 1/2"), std::string::npos) << line;
    EXPECT_NE(line.find("0:12"), std::string::npos) << line;
    EXPECT_NE(line.find("~1:15 left"), std::string::npos) << line;
    EXPECT_LT(line.size(), 100u);
    const auto open = line.find('['), close = line.find(']');
    ASSERT_NE(close, std::string::npos);
    const std::string bar = line.substr(open + 1, close - open - 1);
    const long filled = std::count(bar.begin(), bar.end(), '#');
    EXPECT_LE(std::abs(filled * 2 - static_cast<long>(bar.size())), 1) << bar;  // half full, rounded
    // The bar keeps its length while the tail changes (no step count, one take).
    ProgressEvent other = e;
    other.total = 0;
    other.items = 1;
    const std::string shorter = ProgressBar::render(other, 100);
    EXPECT_EQ(shorter.find(']') - shorter.find('['), close - open) << shorter;
    EXPECT_LE(ProgressBar::render(e, 40).size(), 39u);
    EXPECT_EQ(ProgressBar::clock(3723), "1:02:03");
    e.etaSeconds = -1;
    EXPECT_EQ(ProgressBar::render(e, 100).find("left"), std::string::npos);
}

TEST(ProgressBar, LinesModeWritesOneLinePerStage) {
    std::ostringstream err, out;
    ProgressBar bar(err, ProgressBar::Mode::Lines);
    ProgressEvent e;
    e.items = 2;
    e.stage = ProgressStage::EncodeText;
    bar.update(e);
    e.stage = ProgressStage::Denoise;
    e.total = 8;
    for (e.step = 0; e.step <= 8; ++e.step) bar.update(e);
    e.item = 1;
    e.step = 0;
    bar.update(e);
    bar.emit(out, "song_1.flac");
    e.stage = ProgressStage::Done;
    bar.update(e);
    const std::string text = err.str();
    EXPECT_EQ(std::count(text.begin(), text.end(), '\n'), 3) << text;  // text, take 1 denoise, take 2 denoise
    EXPECT_NE(text.find("generating (take 2/2): 8 steps"), std::string::npos) << text;
    EXPECT_EQ(text.find('\r'), std::string::npos);
    EXPECT_EQ(out.str(), "song_1.flac\n");

    std::ostringstream quiet, quietOut;
    ProgressBar silent(quiet, ProgressBar::Mode::Silent);
    silent.update(e);
    silent.note("note");
    silent.emit(quietOut, "song.mp3");  // the paths still come out with --quiet
    EXPECT_TRUE(quiet.str().empty());
    EXPECT_EQ(quietOut.str(), "song.mp3\n");
}

TEST(ProgressBar, TerminalModeRedrawsInPlace) {
    std::ostringstream err;
    ProgressBar bar(err, ProgressBar::Mode::Terminal, 80);
    ProgressEvent e;
    e.stage = ProgressStage::Denoise;
    e.total = 4;
    for (e.step = 1; e.step <= 4; ++e.step) {
        e.elapsedSeconds = e.step;  // far enough apart to redraw each time
        bar.update(e);
    }
    bar.finish();
    const std::string text = err.str();
    EXPECT_EQ(text.find('\n'), std::string::npos) << text;  // never scrolls
    EXPECT_NE(text.find("4/4"), std::string::npos);
    EXPECT_EQ(text.substr(text.size() - 5), "\r\x1b[2K");  // finish() leaves the line empty
}

TEST(ModelsFolder, ReadsTheStudioSettings) {
    TempDir dir;
    const fs::path ini = dir.path() / "Songloom.ini";
    writeFile(ini, "[General]\nfolder=/wrong\n\n[models]\nvariantChoices\\size=0\nfolder=\"/music/ace step, models\"\n");
    EXPECT_EQ(modelsFolderFromStudioSettings(ini), "/music/ace step, models");
    writeFile(ini, "[models]\nfolder=/home/me/Caf\\xe9\n");
    EXPECT_EQ(modelsFolderFromStudioSettings(ini), "/home/me/Caf\xc3\xa9");
    writeFile(ini, "[ui]\ntheme=dark\n");
    EXPECT_FALSE(modelsFolderFromStudioSettings(ini).has_value());
    EXPECT_FALSE(modelsFolderFromStudioSettings(dir.path() / "none.ini").has_value());

    ::setenv("SONGLOOM_MODELS", "/from/env", 1);
    EXPECT_EQ(defaultModelsFolder(), fs::path("/from/env"));
    ::unsetenv("SONGLOOM_MODELS");
    fs::create_directories(dir.path() / "Songloom");
    writeFile(dir.path() / "Songloom" / "Songloom.ini", "[models]\nfolder=/from/studio\n");
    ::setenv("XDG_CONFIG_HOME", dir.path().c_str(), 1);
    EXPECT_EQ(defaultModelsFolder(), fs::path("/from/studio"));
    ::unsetenv("XDG_CONFIG_HOME");
}

TEST(ModelsFolder, PicksTheModelSet) {
    TempDir dir;
    ASSERT_TRUE(fixtures::writeFixtures({"official-2b-turbo", "official-vae", "official-text-encoder"}, dir.path(),
                                        fixtures::Scale::Tiny, 1)
                    .isOk());
    auto catalog = scanModels(dir.path());
    ASSERT_TRUE(catalog.isOk());
    auto only = pickModelSet(*catalog, std::nullopt);
    ASSERT_TRUE(only.isOk()) << only.status().message();
    const CatalogComponent& dit = catalog->components.at(catalog->models.at(*only).dit);
    ASSERT_NE(dit.preset, nullptr);
    EXPECT_TRUE(pickModelSet(*catalog, std::string("2B-TURBO")).isOk());
    EXPECT_TRUE(pickModelSet(*catalog, dit.title).isOk());
    if (!dit.release.empty()) {
        EXPECT_TRUE(pickModelSet(*catalog, dit.release).isOk());
    }
    auto wrong = pickModelSet(*catalog, std::string("xl-base"));
    ASSERT_FALSE(wrong.isOk());
    EXPECT_EQ(wrong.status().code(), ErrorCode::InvalidArgument);
    EXPECT_NE(wrong.status().message().find("2b-turbo"), std::string::npos) << wrong.status().message();

    ScanOptions scan;
    EXPECT_TRUE(addVariantChoice(scan, "/m/acestep_v1.5_base.safetensors=BASE").isOk());
    EXPECT_EQ(scan.variantChoices.at("/m/acestep_v1.5_base.safetensors"), DitVariant::Base);
    for (const char* bad : {"/m/x.safetensors", "=turbo", "/m/x=fast", "/m/x=unknown"}) {
        const Status s = addVariantChoice(scan, bad);
        EXPECT_FALSE(s.isOk()) << bad;
        EXPECT_NE(s.message().find("--variant"), std::string::npos);
    }

    TempDir empty;
    auto none = scanModels(empty.path());
    ASSERT_TRUE(none.isOk());
    auto nothing = pickModelSet(*none, std::nullopt);
    ASSERT_FALSE(nothing.isOk());
    EXPECT_EQ(nothing.status().code(), ErrorCode::NotFound);
}

}  // namespace
}  // namespace songloom::cli
