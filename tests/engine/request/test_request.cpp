// Generation request: parse, validate, resolve. The invalid table asserts that every error names the field,
// the value and the allowed range; the valid cases are the seeds' own examples (shared/seeds 000-004).
#include "songloom/generation_request.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>
#include <vector>

namespace fs = std::filesystem;
using namespace songloom;

namespace {

const VariantPreset& preset(const std::string& id) {
    for (const VariantPreset& p : variantPresets())
        if (p.id == id) return p;
    ADD_FAILURE() << "no preset " << id;
    return variantPresets().front();
}

// Small files for the audio checks, made once per process.
struct Files {
    fs::path dir, wav, flac, mp3, ogg, text, empty, folder, missing;
    Files() {
        dir = fs::temp_directory_path() / ("songloom_request_" + std::to_string(::getpid()));
        fs::create_directories(dir);
        auto write = [&](const char* name, std::string bytes) {
            const fs::path p = dir / name;
            std::ofstream(p, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
            return p;
        };
        wav = write("good.wav", std::string("RIFF\x24\0\0\0WAVEfmt ", 16));
        flac = write("good.flac", "fLaC\0\0\0\x22");
        mp3 = write("good.mp3", "ID3\x04\0\0\0\0\0\0");
        ogg = write("good.ogg", "OggS\0\x02");
        text = write("notes.wav", "these are not samples\n");
        empty = write("empty.mp3", "");
        folder = dir / "folder.wav";
        fs::create_directories(folder);
        missing = dir / "missing.wav";
    }
    ~Files() {
        std::error_code ec;
        fs::remove_all(dir, ec);
    }
};

const Files& files() {
    static Files f;
    return f;
}

std::string q(const fs::path& p) { return "\"" + p.string() + "\""; }

Result<ResolvedRequest> run(const std::string& json, const std::string& presetId) {
    Result<GenerationRequest> parsed = parseRequestJson(json);
    if (!parsed) return parsed.status();
    ResolveOptions options;
    options.randomSeed = [] { return 4242u; };
    return resolveRequest(*parsed, preset(presetId), options);
}

struct Bad {
    std::string name;
    std::string json;
    std::string presetId;
    std::vector<std::string> expect;  // field, value, allowed range (substrings of the message)
};

std::string cap(const std::string& rest) { return R"({"caption":"warm indie folk", )" + rest + "}"; }

std::vector<Bad> badRequests() {
    const Files& f = files();
    const std::string src = R"("src_audio_path":)" + q(f.wav);
    const std::string long3001(3001, 'a');
    return {
        {"duration below 1", cap(R"("duration":0)"), "2b-turbo", {"duration", "0", "1-600"}},
        {"duration above 600", cap(R"("duration":600.5)"), "2b-turbo", {"duration", "600.5", "1-600"}},
        {"duration negative", cap(R"("duration":-5)"), "2b-turbo", {"duration", "-5", "1-600"}},
        {"bpm below 30", cap(R"("bpm":29)"), "2b-turbo", {"bpm", "29", "30-300"}},
        {"bpm above 300", cap(R"("bpm":301)"), "2b-turbo", {"bpm", "301", "30-300"}},
        {"bpm as text", cap(R"("bpm":"120")"), "2b-turbo", {"bpm", "\"120\"", "an integer"}},
        {"bpm fractional", cap(R"("bpm":120.5)"), "2b-turbo", {"bpm", "120.5", "an integer"}},
        {"key H", cap(R"("key":"H major")"), "2b-turbo", {"keyscale", "H major", "A-G", "major or minor"}},
        {"key dorian", cap(R"("keyScale":"C dorian")"), "2b-turbo", {"keyscale", "C dorian", "major or minor"}},
        {"time signature 5", cap(R"("timeSignature":"5")"), "2b-turbo", {"timesignature", "\"5\"", "2, 3, 4, 6"}},
        {"time signature 7/8", cap(R"("time_signature":"7/8")"), "2b-turbo", {"timesignature", "7/8", "2, 3, 4, 6"}},
        {"language xx", cap(R"("language":"xx")"), "2b-turbo", {"vocal_language", "xx", "allowed", "zh"}},
        {"seed -2", cap(R"("seed":-2)"), "2b-turbo", {"seed", "-2", "-1", "0-4294967295"}},
        {"seed 2^32", cap(R"("seed":4294967296)"), "2b-turbo", {"seed", "4294967296", "0-4294967295"}},
        {"seed fractional", cap(R"("seed":1.5)"), "2b-turbo", {"seed", "1.5", "an integer"}},
        {"steps 0", cap(R"("steps":0)"), "2b-base", {"inference_steps", "0", "1-200"}},
        {"steps 201", cap(R"("inference_steps":201)"), "2b-base", {"inference_steps", "201", "1-200"}},
        {"turbo steps 21", cap(R"("steps":21)"), "xl-turbo", {"inference_steps", "21", "1-20", "turbo"}},
        {"guidance below 1", cap(R"("guidance_scale":0.5)"), "2b-base", {"guidance_scale", "0.5", "1-30"}},
        {"guidance above 30", cap(R"("CFGScale":30.5)"), "2b-base", {"guidance_scale", "30.5", "1-30"}},
        {"shift 0", cap(R"("shift":0)"), "2b-base", {"shift", "0", "0 < shift <= 100"}},
        {"shift 101", cap(R"("shift":101)"), "2b-base", {"shift", "101", "0 < shift <= 100"}},
        {"interval start -0.1", cap(R"("cfg_interval_start":-0.1)"), "2b-base", {"guidance_interval_start", "-0.1", "0-1"}},
        {"interval end 1.5", cap(R"("guidanceIntervalEnd":1.5)"), "2b-base", {"guidance_interval_end", "1.5", "0-1"}},
        {"interval reversed", cap(R"("cfg_interval_start":0.8, "cfg_interval_end":0.2)"), "2b-base",
         {"guidance_interval_start", "0.8", "0.2", "start <= end"}},
        {"batch 0", cap(R"("batch_size":0)"), "2b-turbo", {"batch_size", "0", "1-8"}},
        {"batch 9", cap(R"("batchSize":9)"), "2b-turbo", {"batch_size", "9", "1-8"}},
        {"vocal weight 1.1", cap(R"("vocalWeight":1.1)"), "2b-turbo", {"vocal_weight", "1.1", "0-1"}},
        {"instrumental weight -0.1", cap(R"("instrumentalWeight":-0.1)"), "2b-turbo", {"instrumental_weight", "-0.1", "0-1"}},
        {"caption empty", R"({"caption":""})", "2b-turbo", {"caption", "\"\"", "2-3000"}},
        {"caption 1 char", R"({"tags":"x"})", "2b-turbo", {"caption", "\"x\"", "2-3000"}},
        {"caption 3001 chars", R"({"prompt":")" + long3001 + R"("})", "2b-turbo", {"caption", "3001", "2-3000"}},
        {"negative 1 char", cap(R"("negativePrompt":"a")"), "2b-base", {"negative_prompt", "\"a\"", "2-3000"}},
        {"lyrics 3001 chars", cap(R"("lyrics":")" + long3001 + "\""), "2b-turbo", {"lyrics", "3001", "0-3000"}},
        {"task remix", cap(R"("task_type":"remix")"), "2b-turbo", {"task_type", "remix", "text2music", "complete"}},
        {"seed 004 envelope taskType", cap(R"("taskType":"audioInference")"), "2b-base",
         {"taskType", "audioInference", "text2music"}},
        {"guidance type pag", cap(R"("guidanceType":"pag")"), "2b-base", {"guidanceType", "pag", "apg, cfg"}},
        {"format aac", cap(R"("outputFormat":"aac")"), "2b-turbo", {"outputFormat", "aac", "mp3, wav, flac, ogg"}},
        {"lego on turbo", cap(src + R"(, "task_type":"lego", "track_name":"guitar")"), "2b-turbo",
         {"task_type", "lego", "Base", "text2music, repaint, cover"}},
        {"extract on xl turbo", cap(src + R"(, "task_type":"extract", "track_name":"vocals")"), "xl-turbo",
         {"task_type", "extract", "Base", "text2music, repaint, cover"}},
        {"complete on sft", cap(src + R"(, "task_type":"complete")"), "xl-sft",
         {"task_type", "complete", "Base", "text2music, repaint, cover"}},
        {"repaint without source", cap(R"("task_type":"repaint", "repainting_start":1, "repainting_end":5)"), "2b-turbo",
         {"src_audio_path", "repaint", "WAV, FLAC, MP3 or OGG"}},
        {"cover without source", cap(R"("task_type":"cover")"), "2b-turbo", {"src_audio_path", "cover", "WAV, FLAC, MP3 or OGG"}},
        {"lego without source", cap(R"("task_type":"lego")"), "2b-base", {"src_audio_path", "lego", "WAV, FLAC, MP3 or OGG"}},
        {"source missing", cap(R"("task_type":"cover", "src_audio_path":)" + q(f.missing)), "2b-turbo",
         {"src_audio_path", f.missing.string(), "does not exist", "WAV, FLAC, MP3 or OGG"}},
        {"source not audio", cap(R"("task_type":"cover", "audio":)" + q(f.text)), "2b-turbo",
         {"src_audio_path", f.text.string(), "not an audio file", "WAV, FLAC, MP3 or OGG"}},
        {"source empty file", cap(R"("task_type":"cover", "sourceAudio":)" + q(f.empty)), "2b-turbo",
         {"src_audio_path", f.empty.string(), "empty", "WAV, FLAC, MP3 or OGG"}},
        {"source is a folder", cap(R"("task_type":"cover", "src_audio":)" + q(f.folder)), "2b-turbo",
         {"src_audio_path", f.folder.string(), "not a file", "WAV, FLAC, MP3 or OGG"}},
        {"reference not audio", cap(R"("reference_audio":)" + q(f.text)), "2b-turbo",
         {"reference_audio", f.text.string(), "WAV, FLAC, MP3 or OGG"}},
        {"source on text2music", cap(R"("task_type":"text2music", )" + src), "2b-turbo",
         {"src_audio_path", f.wav.string(), "text2music"}},
        {"repaint start -301", cap(src + R"(, "repainting_start":-301)"), "2b-turbo", {"repainting_start", "-301", "-300 to 300"}},
        {"repaint start 301", cap(src + R"(, "repaintingStart":301)"), "2b-turbo", {"repainting_start", "301", "-300 to 300"}},
        {"repaint end 301", cap(src + R"(, "repainting_end":301)"), "2b-turbo", {"repainting_end", "301", "0 to 300"}},
        {"repaint end -1", cap(src + R"(, "end_time":-1)"), "2b-turbo", {"repainting_end", "-1", "0 to 300"}},
        {"repaint end-anchored start -1", cap(src + R"(, "start_time":-1, "start_time_relative_to":"end")"), "2b-turbo",
         {"repainting_start", "-1", "end", "0 to 300"}},
        {"repaint start after end", cap(src + R"(, "repainting_start":30, "repainting_end":20)"), "2b-turbo",
         {"repainting_start", "30", "20", "start < end"}},
        {"repaint start equals end", cap(src + R"(, "repainting_start":20, "repainting_end":20)"), "2b-turbo",
         {"repainting_start", "20", "start < end"}},
        {"repaint end-anchored reversed",
         cap(src + R"(, "start_time":5, "start_time_relative_to":"end", "end_time":10, "end_time_relative_to":"end")"),
         "2b-turbo", {"repainting_start", "5", "10", "start < end"}},
        {"anchor middle", cap(src + R"(, "start_time":5, "start_time_relative_to":"middle")"), "2b-turbo",
         {"start_time_relative_to", "middle", "start, end"}},
        {"extend before 301", cap(src + R"(, "extend_before_duration":301)"), "2b-turbo",
         {"extend_before_duration", "301", "0-300"}},
        {"extend after -5", cap(src + R"(, "extend_after_duration":-5)"), "2b-turbo", {"extend_after_duration", "-5", "0-300"}},
        {"region on cover", cap(src + R"(, "task_type":"cover", "repainting_start":3)"), "2b-turbo",
         {"repainting_start", "repaint task only", "cover"}},
        {"cover strength 1.5", cap(src + R"(, "task_type":"cover", "audio_cover_strength":1.5)"), "2b-turbo",
         {"audio_cover_strength", "1.5", "0-1"}},
        {"cover strength -0.1", cap(src + R"(, "task_type":"cover", "strength":-0.1)"), "2b-turbo",
         {"audio_cover_strength", "-0.1", "0-1"}},
        {"cover strength on text2music", cap(R"("coverStrength":0.5)"), "2b-turbo", {"audio_cover_strength", "cover task only"}},
        {"cover mode xfade", cap(src + R"(, "task_type":"cover", "cover_mode":"xfade")"), "2b-turbo",
         {"cover_mode", "xfade", "blend, switch"}},
        {"cover mode on repaint", cap(src + R"(, "task_type":"repaint", "coverMode":"switch")"), "2b-turbo",
         {"cover_mode", "switch", "cover task only"}},
        {"keep source on cover", cap(src + R"(, "task_type":"cover", "keep_source_audio":true)"), "2b-turbo",
         {"keep_source_audio", "repaint task only"}},
        {"crossfade 1.5", cap(src + R"(, "task_type":"repaint", "crossfade":1.5)"), "2b-turbo", {"crossfade", "1.5", "0-1"}},
        {"crossfade -0.01", cap(src + R"(, "task_type":"repaint", "crossfade_seconds":-0.01)"), "2b-turbo",
         {"crossfade", "-0.01", "0-1"}},
        {"extend context 0", cap(src + R"(, "extend_after_duration":10, "extend_context":0)"), "2b-turbo",
         {"extend_context", "0", "600"}},
        {"extend context 601", cap(src + R"(, "extend_after_duration":10, "extendContext":601)"), "2b-turbo",
         {"extend_context", "601", "600"}},
        {"extend context on text2music", cap(R"("extend_context":30)"), "2b-turbo", {"extend_context", "text2music"}},
        {"mp3 bitrate 321", cap(R"("outputFormat":"MP3", "audioSettings":{"bitrate":321, "sampleRate":48000})"), "2b-turbo",
         {"audio_settings.bitrate", "321", "48000", "32-320"}},
        {"mp3 bitrate 7 at 8 kHz", cap(R"("outputFormat":"mp3", "audioSettings":{"bitrate":7, "sampleRate":8000})"), "2b-turbo",
         {"audio_settings.bitrate", "7", "8000", "8-64"}},
        {"mp3 bitrate 65 at 12 kHz", cap(R"("audio_format":"mp3", "audio_settings":{"bitrate":65, "sample_rate":12000})"),
         "2b-turbo", {"audio_settings.bitrate", "65", "12000", "8-64"}},
        {"ogg mono 225 at 48 kHz", cap(R"("outputFormat":"OGG", "audioSettings":{"bitrate":225, "channels":1})"), "2b-turbo",
         {"audio_settings.bitrate", "225", "mono", "32-224"}},
        {"ogg stereo 15 at 8 kHz", cap(R"("outputFormat":"ogg", "audioSettings":{"bitrate":15, "sampleRate":8000})"), "2b-turbo",
         {"audio_settings.bitrate", "15", "stereo", "16-80"}},
        {"ogg stereo 257 at 48 kHz", cap(R"("outputFormat":"ogg", "audioSettings":{"bitrate":257})"), "2b-turbo",
         {"audio_settings.bitrate", "257", "stereo", "48-256"}},
        {"mp3 rate 44000", cap(R"("outputFormat":"mp3", "audioSettings":{"sampleRate":44000})"), "2b-turbo",
         {"audio_settings.sample_rate", "44000", "44100", "48000"}},
        {"ogg rate 44100", cap(R"("outputFormat":"ogg", "audioSettings":{"sampleRate":44100})"), "2b-turbo",
         {"audio_settings.sample_rate", "44100", "ogg", "24000, 48000"}},
        {"channels 3", cap(R"("outputFormat":"mp3", "audioSettings":{"channels":3})"), "2b-turbo",
         {"audio_settings.channels", "3", "1 (mono) or 2 (stereo)"}},
        {"wav with settings", cap(R"("outputFormat":"WAV", "audioSettings":{"bitrate":128})"), "2b-turbo",
         {"audio_settings", "wav", "mp3 or ogg"}},
        {"flac with settings", cap(R"("outputFormat":"flac", "audioSettings":{"channels":2})"), "2b-turbo",
         {"audio_settings", "flac", "mp3 or ogg"}},
        {"audio settings unknown member", cap(R"("audioSettings":{"quality":5})"), "2b-turbo",
         {"audioSettings.quality", "bitrate, channels, sample_rate"}},
        {"unknown field", cap(R"("temperature":0.7)"), "2b-turbo", {"temperature", "unknown"}},
        {"two aliases", R"({"caption":"indie folk", "prompt":"rock"})", "2b-turbo", {"caption", "prompt", "give it once"}},
        {"duplicate key", R"({"caption":"indie folk", "caption":"rock"})", "2b-turbo", {"caption", "twice"}},
        {"track kazoo", cap(src + R"(, "task_type":"extract", "track_name":"kazoo")"), "2b-base",
         {"track_name", "kazoo", "allowed", "vocals"}},
        {"track on text2music", cap(R"("track_name":"drums")"), "2b-base", {"track_name", "extract and lego", "text2music"}},
        {"complete class kazoo", cap(src + R"(, "task_type":"complete", "completeTrackClasses":["drums","kazoo"])"), "2b-base",
         {"complete_track_classes", "kazoo", "allowed"}},
        {"malformed JSON", R"({"caption": "x",)", "2b-turbo", {"request JSON", "malformed"}},
        {"not an object", R"(["caption"])", "2b-turbo", {"request JSON", "object", "array"}},
        {"settings not object", R"({"caption":"indie folk", "settings": 5})", "2b-turbo", {"settings", "object", "number"}},
        {"instrumental as text", cap(R"("instrumental":"yes")"), "2b-turbo", {"instrumental", "\"yes\"", "true or false"}},
        {"duration NaN-like string", cap(R"("duration":"long")"), "2b-turbo", {"duration", "\"long\"", "a number"}},
    };
}

}  // namespace

TEST(RequestInvalid, EveryCaseNamesFieldValueAndRange) {
    const std::vector<Bad> cases = badRequests();
    int passed = 0;
    for (const Bad& c : cases) {
        SCOPED_TRACE(c.name);
        Result<ResolvedRequest> r = run(c.json, c.presetId);
        ASSERT_FALSE(r.isOk()) << c.name << " was accepted";
        const std::string message = r.status().message();
        std::printf("  %-32s %s\n", c.name.c_str(), message.c_str());
        bool all = true;
        for (const std::string& part : c.expect) {
            EXPECT_NE(message.find(part), std::string::npos) << "\"" << part << "\" missing from: " << message;
            all = all && message.find(part) != std::string::npos;
        }
        passed += all ? 1 : 0;
    }
    std::printf("invalid requests: %d of %zu give the expected error (field, value, allowed range)\n", passed,
                cases.size());
    EXPECT_GE(cases.size(), 40u);
    EXPECT_EQ(passed, static_cast<int>(cases.size()));
}

TEST(RequestInvalid, FileErrorsHaveTheirCodes) {
    const Files& f = files();
    GenerationRequest r;
    r.caption = "indie folk";
    r.task = TaskType::Cover;
    r.sourceAudio = f.missing.string();
    EXPECT_EQ(validateRequest(r).code(), ErrorCode::NotFound);
    r.sourceAudio = f.text.string();
    EXPECT_EQ(validateRequest(r).code(), ErrorCode::InvalidArgument);
    EXPECT_TRUE(validateRequest(r, /*checkFiles=*/false).isOk());
    for (const fs::path& good : {f.wav, f.flac, f.mp3, f.ogg}) {
        r.sourceAudio = good.string();
        EXPECT_TRUE(validateRequest(r).isOk()) << good << ": " << validateRequest(r).message();
    }
}

TEST(RequestInvalid, NonFiniteAndInvalidUtf8) {
    GenerationRequest r;
    r.caption = "indie folk";
    r.durationSeconds = std::numeric_limits<double>::quiet_NaN();
    EXPECT_NE(validateRequest(r).message().find("duration"), std::string::npos);
    r.durationSeconds.reset();
    r.guidanceScale = std::numeric_limits<double>::infinity();
    EXPECT_NE(validateRequest(r).message().find("guidance_scale inf"), std::string::npos);
    r.guidanceScale.reset();
    r.lyrics = std::string("\xff\xfe bad", 6);
    EXPECT_NE(validateRequest(r).message().find("lyrics is not valid UTF-8"), std::string::npos);
    (void)requestToJson(r);  // must not throw on invalid UTF-8
}

TEST(RequestInvalid, CatalogComponentChecks) {
    GenerationRequest r;
    r.caption = "indie folk";
    CatalogComponent dit;
    dit.kind = ComponentKind::DiT;
    dit.title = "ACE-Step 1.5 2B (DiT)";
    Result<ResolvedRequest> unknown = resolveRequest(r, dit);
    ASSERT_FALSE(unknown.isOk());
    EXPECT_NE(unknown.status().message().find("choose turbo, base or sft"), std::string::npos);

    dit.variant = DitVariant::Base;
    dit.preset = findPreset(SizeClass::TwoB, DitVariant::Base, false);
    dit.hasAudioCodes = false;
    dit.hasNullCondition = false;
    Result<ResolvedRequest> noNull = resolveRequest(r, dit);
    ASSERT_FALSE(noNull.isOk());
    EXPECT_NE(noNull.status().message().find("guidance_scale 4"), std::string::npos) << noNull.status().message();
    dit.hasNullCondition = true;
    EXPECT_TRUE(resolveRequest(r, dit).isOk());

    r.task = TaskType::Cover;
    r.sourceAudio = files().wav.string();
    Result<ResolvedRequest> noCodes = resolveRequest(r, dit);
    ASSERT_FALSE(noCodes.isOk());
    EXPECT_NE(noCodes.status().message().find("audio tokenizer"), std::string::npos);
    dit.hasAudioCodes = true;
    EXPECT_TRUE(resolveRequest(r, dit).isOk());

    dit.problems.push_back("missing decoder.layers.0");
    EXPECT_EQ(resolveRequest(r, dit).status().code(), ErrorCode::Corrupt);
}

// ---- valid requests: the seeds' examples -----------------------------------------------------------------

TEST(RequestSeeds, Seed000CivitaiDefault) {
    const char* json = R"({
      "musicDescription": "Neo-Soul: A warm, organic neo-soul track with smooth Rhodes chords, mellow bass, and gentle drums.",
      "lyrics": "[Verse 1]\nSunlight breaks through the morning haze\n\n[Chorus]\nThis is the rhythm of my life",
      "duration": 30, "bpm": 95, "key": "D major", "language": "en", "seed": 12345 })";
    Result<ResolvedRequest> r = run(json, "2b-turbo-aio");
    ASSERT_TRUE(r.isOk()) << r.status().message();
    EXPECT_EQ(r->steps, 8);
    EXPECT_EQ(r->guidanceScale, 1.0);
    EXPECT_FALSE(r->guidanceEnabled);
    EXPECT_EQ(r->shift, 3.0);
    EXPECT_EQ(r->seed, 12345u);
    EXPECT_FALSE(r->seedWasRandom);
    EXPECT_EQ(r->durationSeconds, 30.0);
    EXPECT_EQ(r->bpm, 95);
    EXPECT_EQ(r->keyScale, "D major");
    EXPECT_FALSE(r->instrumental);
    EXPECT_TRUE(r->warnings.empty());
    EXPECT_EQ(r->outputFormat, AudioFormat::Mp3);
    EXPECT_EQ(r->audioSettings.bitrateKbps, 320);
}

TEST(RequestSeeds, Seed000InstrumentalWeightsAndCover) {
    const char* json = R"({
      "musicDescription": "Cinematic Orchestral: Sweeping strings, bold brass, and thundering percussion.",
      "lyrics": "", "duration": 30, "bpm": 110, "key": "D minor",
      "instrumentalWeight": 1.0, "vocalWeight": 0.0, "seed": 3,
      "model": "urn:air:ace:checkpoint:huggingface:Comfy-Org/ace_step_1.5_ComfyUI_files@main/split_files/diffusion_models/acestep_v1.5_xl_turbo_bf16.safetensors",
      "cover": {"imageUrl": "https://example.invalid/1.jpeg"} })";
    Result<ResolvedRequest> r = run(json, "xl-turbo");
    ASSERT_TRUE(r.isOk()) << r.status().message();
    EXPECT_TRUE(r->instrumental);
    EXPECT_EQ(r->lyrics, "[Instrumental]");
    EXPECT_EQ(r->vocalLanguage, "unknown");
    EXPECT_EQ(r->request.coverImage, "https://example.invalid/1.jpeg");
    EXPECT_NE(r->request.model.find("xl_turbo"), std::string::npos);

    // vocalWeight 0 with lyrics: an instrumental, and a warning that the lyrics are not sung.
    Result<ResolvedRequest> w = run(R"({"musicDescription":"Jazz: brushes", "lyrics":"[Verse]\nla la", "vocalWeight":0})",
                                    "2b-turbo");
    ASSERT_TRUE(w.isOk()) << w.status().message();
    EXPECT_TRUE(w->instrumental);
    ASSERT_EQ(w->warnings.size(), 1u);
    EXPECT_NE(w->warnings[0].find("vocal_weight 0"), std::string::npos);
}

TEST(RequestSeeds, Seed000BaseWithTurboSettingsWarns) {
    Result<ResolvedRequest> r = run(R"({"musicDescription":"Neo-Soul: warm Rhodes", "steps":8, "cfg":1.0})", "xl-base");
    ASSERT_TRUE(r.isOk()) << r.status().message();
    ASSERT_EQ(r->warnings.size(), 1u);
    EXPECT_NE(r->warnings[0].find("underbaked"), std::string::npos) << r->warnings[0];
    EXPECT_NE(r->warnings[0].find("50 steps"), std::string::npos) << r->warnings[0];
    EXPECT_FALSE(r->guidanceEnabled);
}

TEST(RequestSeeds, Seed001RunPod) {
    const char* json = R"({
      "caption": "Warm acoustic folk song with gentle fingerpicked guitar, soft piano, and a cozy nostalgic atmosphere",
      "lyrics": "[Verse 1]\nLines of code like poetry\nPatterns dancing endlessly\n\n[Chorus]\nIn the logic we find grace\nEvery problem has its place",
      "duration": 90, "batch_size": 2 })";
    Result<ResolvedRequest> r = run(json, "2b-base");
    ASSERT_TRUE(r.isOk()) << r.status().message();
    EXPECT_EQ(r->steps, 50);
    EXPECT_EQ(r->guidanceScale, 4.0);
    EXPECT_TRUE(r->guidanceEnabled);
    EXPECT_EQ(r->batchSize, 2);
    EXPECT_TRUE(r->seedWasRandom);
    EXPECT_EQ(r->seed, 4242u);
    EXPECT_EQ(r->itemSeeds, (std::vector<std::uint64_t>{4242u, 4243u}));
    EXPECT_EQ(toPromptRequest(*r).captions.size(), 2u);
    EXPECT_TRUE(validatePromptRequest(toPromptRequest(*r)).isOk());
}

TEST(RequestSeeds, Seed002OfficialApiWithParamObj) {
    const char* json = R"({
      "prompt": "Symphonic black metal, epic orchestral arrangements, blast beats",
      "lyrics": "[Intro - orchestral]\n\n[Verse 1 - aggressive]\nThrough frozen wastelands we march",
      "thinking": true,
      "param_obj": { "duration": 120, "bpm": 160, "key_scale": "D Minor", "time_signature": "4", "language": "en" } })";
    Result<ResolvedRequest> r = run(json, "2b-turbo");
    ASSERT_TRUE(r.isOk()) << r.status().message();
    EXPECT_EQ(r->durationSeconds, 120.0);
    EXPECT_EQ(r->bpm, 160);
    EXPECT_EQ(r->keyScale, "D Minor");
    EXPECT_EQ(r->timeSignature, "4");
    EXPECT_EQ(r->request.thinking, true);

    const char* repaint = R"({"caption":"indie pop", "task_type":"repaint", "src_audio_path":"%s",
      "repainting_start":10.0, "repainting_end":20.0, "inference_steps":8, "guidance_scale":7.0, "seed":-1,
      "audio_format":"flac", "vocal_language":"ja", "time_signature":"3/4"})";
    char buf[1024];
    std::snprintf(buf, sizeof buf, repaint, files().wav.string().c_str());
    Result<ResolvedRequest> p = run(buf, "2b-turbo");
    ASSERT_TRUE(p.isOk()) << p.status().message();
    EXPECT_EQ(p->task, TaskType::Repaint);
    EXPECT_EQ(p->timeSignature, "3");
    EXPECT_EQ(p->vocalLanguage, "ja");
    EXPECT_EQ(p->outputFormat, AudioFormat::Flac);
    EXPECT_FALSE(p->audioSettings.bitrateKbps.has_value());
    EXPECT_TRUE(p->seedWasRandom);
    ASSERT_EQ(p->warnings.size(), 1u);  // guidance 7 on turbo is ignored
    EXPECT_NE(p->warnings[0].find("guidance_scale 7 is ignored"), std::string::npos);
    Result<AbsoluteRegion> region = repaintRegion(*p, 60.0);
    ASSERT_TRUE(region.isOk());
    EXPECT_EQ(region->start, 10.0);
    EXPECT_EQ(region->end, 20.0);
}

TEST(RequestSeeds, Seed003RunComfyRoutes) {
    Result<ResolvedRequest> t2a = run(R"({"tags":"lo-fi hip-hop, mellow, vinyl crackle, rhodes piano, soft drums, 75 BPM",
                                          "lyrics":"[inst]", "duration":90})",
                                      "2b-turbo");
    ASSERT_TRUE(t2a.isOk()) << t2a.status().message();
    EXPECT_TRUE(t2a->instrumental);
    EXPECT_TRUE(t2a->warnings.empty());

    const std::string audio = q(files().mp3);
    // Inpaint 20-40 s.
    Result<ResolvedRequest> inpaint = run(R"({"audio":)" + audio + R"(, "tags":"indie pop, breakdown, piano only",
                                              "start_time":20, "end_time":40, "lyrics":"[inst]"})",
                                          "2b-turbo");
    ASSERT_TRUE(inpaint.isOk()) << inpaint.status().message();
    EXPECT_EQ(inpaint->task, TaskType::Repaint);
    Result<AbsoluteRegion> a = repaintRegion(*inpaint, 180.0);
    ASSERT_TRUE(a.isOk());
    EXPECT_EQ(a->start, 20.0);
    EXPECT_EQ(a->end, 40.0);
    // The last 15 s, both edges anchored to the end.
    Result<ResolvedRequest> tail = run(R"({"audio":)" + audio + R"(, "tags":"indie pop, fade, soft, ambient pad",
        "start_time":15, "start_time_relative_to":"end", "end_time":0, "end_time_relative_to":"end"})",
                                       "2b-turbo");
    ASSERT_TRUE(tail.isOk()) << tail.status().message();
    Result<AbsoluteRegion> b = repaintRegion(*tail, 60.0);
    ASSERT_TRUE(b.isOk());
    EXPECT_EQ(b->start, 45.0);
    EXPECT_EQ(b->end, 60.0);
    // Outpaint: 30 s before and 60 s after a 30 s hook.
    Result<ResolvedRequest> out = run(R"({"audio":)" + audio + R"(, "tags":"indie pop, electric guitar, drums",
        "extend_before_duration":30, "extend_after_duration":60, "lyrics":"[inst]"})",
                                      "2b-turbo");
    ASSERT_TRUE(out.isOk()) << out.status().message();
    Result<AbsoluteRegion> c = repaintRegion(*out, 30.0);
    ASSERT_TRUE(c.isOk());
    EXPECT_EQ(c->start, -30.0);
    EXPECT_EQ(c->end, 90.0);
    // One side only: the region is the new audio alone, the song itself is not repainted.
    Result<ResolvedRequest> after = run(R"({"audio":)" + audio + R"(, "tags":"indie pop", "extend_after_duration":20})",
                                        "2b-turbo");
    ASSERT_TRUE(after.isOk()) << after.status().message();
    Result<AbsoluteRegion> a2 = repaintRegion(*after, 30.0);
    ASSERT_TRUE(a2.isOk());
    EXPECT_EQ(a2->start, 30.0);
    EXPECT_EQ(a2->end, 50.0);
    Result<ResolvedRequest> before = run(R"({"audio":)" + audio + R"(, "tags":"indie pop", "extend_before_duration":12})",
                                         "2b-turbo");
    ASSERT_TRUE(before.isOk()) << before.status().message();
    Result<AbsoluteRegion> b2 = repaintRegion(*before, 30.0);
    ASSERT_TRUE(b2.isOk());
    EXPECT_EQ(b2->start, -12.0);
    EXPECT_EQ(b2->end, 0.0);
    // ... and past the 10-minute limit.
    Result<AbsoluteRegion> tooLong = repaintRegion(*out, 550.0);
    ASSERT_FALSE(tooLong.isOk());
    EXPECT_NE(tooLong.status().message().find("at most 600 seconds"), std::string::npos);
    // Crossed edges of different anchors are caught once the source length is known.
    Result<ResolvedRequest> crossed = run(R"({"audio":)" + audio + R"(, "tags":"indie pop",
        "start_time":50, "end_time":30, "end_time_relative_to":"end"})",
                                          "2b-turbo");
    ASSERT_TRUE(crossed.isOk()) << crossed.status().message();
    Result<AbsoluteRegion> d = repaintRegion(*crossed, 60.0);
    ASSERT_FALSE(d.isOk());
    EXPECT_NE(d.status().message().find("repainting_start < repainting_end"), std::string::npos);
}

TEST(RequestSeeds, Seed004RunwareSettings) {
    const char* json = R"({
      "model": "runware:ace-step@v1.5-base",
      "positivePrompt": "An energetic retro synth-pop track set in a nearly empty roller rink after closing time",
      "negativePrompt": "muddy mix, distorted vocals, aggressive metal guitars",
      "duration": 75, "seed": 25165, "steps": 120, "CFGScale": 8.5,
      "outputFormat": "OGG", "audioSettings": {"bitrate": 96, "channels": 1, "sampleRate": 16000},
      "settings": { "bpm": 112, "guidanceType": "apg", "keyScale": "A minor", "timeSignature": 4,
                    "vocalLanguage": "en", "lyrics": "[Verse 1]\nWheels in circles on a painted line" } })";
    Result<ResolvedRequest> r = run(json, "2b-base");
    ASSERT_TRUE(r.isOk()) << r.status().message();
    EXPECT_EQ(r->steps, 120);
    EXPECT_EQ(r->guidanceScale, 8.5);
    EXPECT_TRUE(r->guidanceEnabled);
    EXPECT_EQ(r->guidanceType, GuidanceType::Apg);
    EXPECT_EQ(r->timeSignature, "4");
    EXPECT_EQ(r->keyScale, "A minor");
    EXPECT_EQ(r->seed, 25165u);
    EXPECT_EQ(r->outputFormat, AudioFormat::Ogg);
    EXPECT_EQ(r->audioSettings.bitrateKbps, 96);
    ASSERT_EQ(r->warnings.size(), 1u);  // the negative prompt is recorded only
    EXPECT_NE(r->warnings[0].find("negative_prompt"), std::string::npos);

    // Cover with seed 004's names: inputs.audio and settings.coverConditioningScale.
    const std::string cover = R"({"positivePrompt":"jazz trio cover", "taskType":"cover", "inputs":{"audio":)" +
                              q(files().flac) + R"(}, "settings":{"coverConditioningScale":0.6}})";
    Result<ResolvedRequest> c = run(cover, "2b-base");
    ASSERT_TRUE(c.isOk()) << c.status().message();
    EXPECT_EQ(c->task, TaskType::Cover);
    EXPECT_EQ(c->coverStrength, 0.6);
    EXPECT_EQ(c->sourceAudio, files().flac.string());
}

// ---- aliases, defaults, seeds, round trip ---------------------------------------------------------------

TEST(RequestParse, CaptionAliases) {
    for (const char* name : {"caption", "prompt", "tags", "musicDescription", "music_description", "positivePrompt"}) {
        Result<GenerationRequest> r = parseRequestJson(std::string("{\"") + name + "\":\"dream pop\"}");
        ASSERT_TRUE(r.isOk()) << name << ": " << r.status().message();
        EXPECT_EQ(r->caption, "dream pop") << name;
    }
    for (const char* name : {"steps", "inference_steps", "inferenceSteps"}) {
        Result<GenerationRequest> r = parseRequestJson(std::string("{\"") + name + "\":12}");
        ASSERT_TRUE(r.isOk()) << name;
        EXPECT_EQ(r->steps, 12) << name;
    }
    for (const char* name : {"language", "vocal_language", "vocalLanguage"}) {
        Result<GenerationRequest> r = parseRequestJson(std::string("{\"") + name + "\":\"ko\"}");
        ASSERT_TRUE(r.isOk()) << name;
        EXPECT_EQ(r->vocalLanguage, "ko") << name;
    }
}

TEST(RequestResolve, DefaultsPerVariant) {
    GenerationRequest r;
    r.caption = "ambient drone";
    r.seed = 7;
    ResolveOptions o;
    for (const VariantPreset& p : variantPresets()) {
        Result<ResolvedRequest> out = resolveRequest(r, p, o);
        ASSERT_TRUE(out.isOk()) << p.id << ": " << out.status().message();
        EXPECT_EQ(out->presetId, p.id);
        if (p.variant == DitVariant::Turbo) {
            EXPECT_EQ(out->steps, 8) << p.id;
            EXPECT_EQ(out->guidanceScale, 1.0) << p.id;
            EXPECT_FALSE(out->guidanceEnabled) << p.id;
        } else {
            EXPECT_EQ(out->steps, 50) << p.id;
            EXPECT_EQ(out->guidanceScale, 4.0) << p.id;
            EXPECT_TRUE(out->guidanceEnabled) << p.id;
        }
        EXPECT_EQ(out->shift, 3.0) << p.id;
        EXPECT_EQ(out->durationSeconds, 60.0);
        EXPECT_EQ(out->vocalLanguage, "unknown");  // no lyrics: instrumental
        EXPECT_TRUE(out->warnings.empty()) << p.id << ": " << out->warnings.front();
    }
    // Turbo accepts its whole range, 1..20 steps.
    r.steps = 20;
    EXPECT_TRUE(resolveRequest(r, preset("2b-turbo"), o).isOk());
    r.steps = 1;
    EXPECT_TRUE(resolveRequest(r, preset("2b-turbo"), o).isOk());
    // Base-only tasks run on Base.
    GenerationRequest lego;
    lego.caption = "add a bass line";
    lego.task = TaskType::Lego;
    lego.trackName = "bass";
    lego.sourceAudio = files().wav.string();
    EXPECT_TRUE(resolveRequest(lego, preset("xl-base"), o).isOk());
}

TEST(RequestResolve, SeedsAreRecorded) {
    GenerationRequest r;
    r.caption = "city pop";
    r.batchSize = 8;
    r.seed = 4294967295;  // the largest: item seeds go past 32 bits rather than wrapping
    Result<ResolvedRequest> a = resolveRequest(r, preset("2b-turbo"));
    ASSERT_TRUE(a.isOk());
    ASSERT_EQ(a->itemSeeds.size(), 8u);
    EXPECT_EQ(a->itemSeeds.back(), 4294967302u);
    r.seed = -1;
    Result<ResolvedRequest> b = resolveRequest(r, preset("2b-turbo"));  // std::random_device
    ASSERT_TRUE(b.isOk());
    EXPECT_TRUE(b->seedWasRandom);
    EXPECT_LE(b->seed, 4294967295u);
    EXPECT_EQ(b->itemSeeds[3], b->seed + 3);
    // The request keeps -1; the resolved seed is what history records and a rerun passes back.
    EXPECT_EQ(b->request.seed, -1);
    GenerationRequest again = b->request;
    again.seed = static_cast<std::int64_t>(b->seed);
    Result<ResolvedRequest> c = resolveRequest(again, preset("2b-turbo"));
    ASSERT_TRUE(c.isOk());
    EXPECT_EQ(c->itemSeeds, b->itemSeeds);
}

TEST(RequestParse, JsonRoundTrip) {
    const std::string json = R"({"tags":"indie pop", "negativePrompt":"muddy mix", "lyrics":"[Verse]\nhello \u00e9",
      "instrumental":false, "vocalWeight":0.9, "instrumentalWeight":0.85, "duration":42.5, "bpm":128,
      "keyScale":"F# minor", "timeSignature":"6/8", "language":"fr", "seed":99, "steps":30, "CFGScale":5.5,
      "guidanceType":"CFG", "shift":2.5, "cfg_interval_start":0.1, "cfg_interval_end":0.9, "batchSize":3,
      "task":"repaint", "audio":"/tmp/a.wav", "start_time":5, "start_time_relative_to":"end",
      "end_time":-10, "end_time_relative_to":"end", "reference_audio":"/tmp/r.wav",
      "outputFormat":"ogg", "audioSettings":{"bitrate":128, "channels":2, "sampleRate":48000},
      "thinking":true, "model":"xl-base", "cover":{"imageUrl":"art.png"}, "keepSourceAudio":true, "crossfade":0.05,
      "extend_context":30})";
    Result<GenerationRequest> a = parseRequestJson(json);
    ASSERT_TRUE(a.isOk()) << a.status().message();
    const std::string once = requestToJson(*a);
    Result<GenerationRequest> b = parseRequestJson(once);
    ASSERT_TRUE(b.isOk()) << b.status().message() << "\n" << once;
    EXPECT_EQ(requestToJson(*b), once);
    EXPECT_EQ(b->caption, "indie pop");
    EXPECT_EQ(b->lyrics, "[Verse]\nhello \xc3\xa9");
    EXPECT_EQ(b->timeSignature, "6");
    EXPECT_EQ(b->guidanceType, GuidanceType::Cfg);
    EXPECT_EQ(b->task, TaskType::Repaint);
    ASSERT_TRUE(b->repaintEnd.has_value());
    EXPECT_EQ(b->repaintEnd->seconds, -10.0);
    EXPECT_EQ(b->repaintEnd->anchor, RegionAnchor::End);
    EXPECT_EQ(b->audioSettings->sampleRateHz, 48000);
    EXPECT_EQ(b->coverImage, "art.png");
    EXPECT_EQ(b->seed, 99);
    EXPECT_EQ(b->keepSourceAudio, true);
    EXPECT_EQ(b->crossfadeSeconds, 0.05);
    EXPECT_EQ(b->extendContextSeconds, 30.0);

    // The cover mode too.
    GenerationRequest cover;
    cover.caption = "as a ballad";
    cover.task = TaskType::Cover;
    cover.coverMode = CoverMode::Switch;
    Result<GenerationRequest> e = parseRequestJson(requestToJson(cover));
    ASSERT_TRUE(e.isOk());
    EXPECT_EQ(e->coverMode, CoverMode::Switch);

    // Lego / complete fields round-trip too.
    GenerationRequest c;
    c.caption = "fill in";
    c.task = TaskType::Complete;
    c.completeTrackClasses = {"drums", "bass"};
    Result<GenerationRequest> d = parseRequestJson(requestToJson(c));
    ASSERT_TRUE(d.isOk());
    EXPECT_EQ(d->completeTrackClasses, c.completeTrackClasses);
    EXPECT_EQ(d->task, TaskType::Complete);
}
