// Take tags (songloom/take_tags.h): the model file hash against sha256sum, its cache and errors, the
// generation parameters JSON of each batch item, and the round trip through a WAV's tags.
#include "songloom/take_tags.h"

#include "songloom/version.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace songloom;
using nlohmann::json;

namespace {

struct TempDir {
    fs::path dir;
    explicit TempDir(const std::string& tag) {
        dir = fs::temp_directory_path() / ("songloom_take_" + tag + "_" + std::to_string(::getpid()));
        fs::remove_all(dir);
        fs::create_directories(dir);
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(dir, ec);
    }
    fs::path write(const std::string& name, const std::string& bytes) const {
        const fs::path p = dir / name;
        std::ofstream(p, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        return p;
    }
};

// 0..255 repeated 5000 times (1 280 000 bytes: more than one 1 MiB read block).
std::string rampBytes() {
    std::string s;
    s.reserve(256 * 5000);
    for (int r = 0; r < 5000; ++r)
        for (int b = 0; b < 256; ++b) s.push_back(static_cast<char>(b));
    return s;
}
// `python3 -c 'sys.stdout.buffer.write(bytes(range(256))*5000)' | sha256sum`
constexpr const char* kRampSha256 = "7d471e4af16db5a30ce10aebbc29f5178b2edbad6c7dc2e8ff8ee6e4848a726f";
// sha256sum of: for each shard (sorted by name) name, NUL, size as u64 little-endian, bytes.
constexpr const char* kShardsSha256 = "685b67d219ef0c058d2386a24db135c748490c746cd7dd2be33721d80e92609e";

CatalogComponent ditWith(std::vector<fs::path> files) {
    CatalogComponent c;
    c.kind = ComponentKind::DiT;
    c.layout = Layout::ComfySplitFile;
    c.size = SizeClass::XL;
    c.variant = DitVariant::Base;
    c.title = "ACE-Step 1.5 XL Base (DiT)";
    c.files = std::move(files);
    return c;
}

const VariantPreset& preset(const std::string& id) {
    for (const VariantPreset& p : variantPresets())
        if (p.id == id) return p;
    ADD_FAILURE() << "no preset " << id;
    return variantPresets().front();
}

ResolvedRequest resolvedSong() {
    GenerationRequest r;
    r.caption = "warm lo-fi hip hop with dusty piano\nand vinyl crackle";
    r.lyrics = "[Verse]\nla la l\xc3\xa9";  // 16 code points, 17 bytes
    r.bpm = 84;
    r.keyScale = "D minor";
    r.timeSignature = "4";
    r.vocalLanguage = "fr";
    r.durationSeconds = 42.5;
    r.seed = 1000;
    r.batchSize = 3;
    r.steps = 32;
    r.guidanceScale = 5.5;
    r.guidanceType = GuidanceType::Cfg;
    r.shift = 2.5;
    r.guidanceIntervalStart = 0.1;
    r.guidanceIntervalEnd = 0.9;
    Result<ResolvedRequest> out = resolveRequest(r, preset("xl-base"), ResolveOptions{false, {}});
    EXPECT_TRUE(out.isOk()) << out.status().message();
    return *out;
}

// 2024-05-06T07:08:09Z
std::chrono::system_clock::time_point fixedTime() {
    return std::chrono::system_clock::from_time_t(1714979289);
}

}  // namespace

TEST(ModelFileHash, SingleFileIsSha256sum) {
    TempDir t("single");
    const fs::path f = t.write("acestep_v1.5_xl_base.safetensors", rampBytes());
    Result<std::string> h = modelFileHash(ditWith({f}));
    ASSERT_TRUE(h.isOk()) << h.status().message();
    EXPECT_EQ(*h, kRampSha256);
}

TEST(ModelFileHash, ShardsHashedInNameOrderWithFraming) {
    TempDir t("shards");
    const fs::path a = t.write("model-00001-of-00002.safetensors", "alpha shard");
    const fs::path b = t.write("model-00002-of-00002.safetensors", "beta shard, a little longer");
    Result<std::string> h1 = modelFileHash(ditWith({a, b}));
    ASSERT_TRUE(h1.isOk()) << h1.status().message();
    EXPECT_EQ(*h1, kShardsSha256);
    Result<std::string> h2 = modelFileHash(ditWith({b, a}));  // listed in another order: same hash
    ASSERT_TRUE(h2.isOk());
    EXPECT_EQ(*h2, kShardsSha256);
}

TEST(ModelFileHash, CacheKeyedByPathSizeMtime) {
    TempDir t("cache");
    const fs::path f = t.write("dit.safetensors", "original bytes!");
    Result<std::string> first = modelFileHash(ditWith({f}));
    ASSERT_TRUE(first.isOk());
    const fs::file_time_type mtime = fs::last_write_time(f);
    // Same size, same mtime, other bytes: the cached value comes back, so nothing was read.
    t.write("dit.safetensors", "changed bytes!!");
    fs::last_write_time(f, mtime);
    Result<std::string> cached = modelFileHash(ditWith({f}));
    ASSERT_TRUE(cached.isOk());
    EXPECT_EQ(*cached, *first);
    // A new mtime invalidates the entry: the file is read again.
    fs::last_write_time(f, mtime + std::chrono::seconds(5));
    Result<std::string> fresh = modelFileHash(ditWith({f}));
    ASSERT_TRUE(fresh.isOk());
    EXPECT_NE(*fresh, *first);
    // And a new size too.
    t.write("dit.safetensors", "original bytes!, longer");
    fs::last_write_time(f, mtime);
    Result<std::string> resized = modelFileHash(ditWith({f}));
    ASSERT_TRUE(resized.isOk());
    EXPECT_NE(*resized, *first);
}

TEST(ModelFileHash, ErrorsNameTheFile) {
    TempDir t("errors");
    const fs::path missing = t.dir / "gone.safetensors";
    Result<std::string> a = modelFileHash(ditWith({missing}));
    ASSERT_FALSE(a.isOk());
    EXPECT_EQ(a.status().code(), ErrorCode::NotFound);
    EXPECT_NE(a.status().message().find("gone.safetensors"), std::string::npos) << a.status().message();

    const fs::path folder = t.dir / "folder.safetensors";
    fs::create_directories(folder);
    Result<std::string> b = modelFileHash(ditWith({folder}));
    ASSERT_FALSE(b.isOk());
    EXPECT_EQ(b.status().code(), ErrorCode::Io);
    EXPECT_NE(b.status().message().find("folder.safetensors"), std::string::npos) << b.status().message();

    if (::geteuid() != 0) {  // root reads anything
        const fs::path locked = t.write("locked.safetensors", "secret");
        fs::permissions(locked, fs::perms::none);
        Result<std::string> c = modelFileHash(ditWith({locked}));
        ASSERT_FALSE(c.isOk());
        EXPECT_EQ(c.status().code(), ErrorCode::Io);
        EXPECT_NE(c.status().message().find("locked.safetensors"), std::string::npos) << c.status().message();
        fs::permissions(locked, fs::perms::owner_all);
    }

    Result<std::string> d = modelFileHash(ditWith({}));
    ASSERT_FALSE(d.isOk());
    EXPECT_EQ(d.status().code(), ErrorCode::InvalidArgument);
}

TEST(GenerationParametersJson, EveryFieldPerItem) {
    const ResolvedRequest r = resolvedSong();
    ASSERT_EQ(r.itemSeeds.size(), 3u);
    const CatalogComponent dit = ditWith({"/models/dit/acestep_v1.5_xl_base.safetensors"});
    for (std::size_t i = 0; i < 3; ++i) {
        const std::string text = generationParametersJson(r, i, dit, kRampSha256, fixedTime());
        json j = json::parse(text);  // throws (fails the test) if not JSON
        EXPECT_EQ(j["schema"], 1);
        EXPECT_EQ(j["app"], "Songloom");
        EXPECT_EQ(j["version"], SONGLOOM_VERSION);
        EXPECT_EQ(j["model"]["variant"], "base");
        EXPECT_EQ(j["model"]["size"], "XL");
        EXPECT_EQ(j["model"]["layout"], "comfy-split");
        EXPECT_EQ(j["model"]["title"], "ACE-Step 1.5 XL Base (DiT)");
        EXPECT_EQ(j["model"]["preset"], "xl-base");
        EXPECT_EQ(j["model"]["sha256"], kRampSha256);
        EXPECT_EQ(j["model"]["files"], json::array({"acestep_v1.5_xl_base.safetensors"}));  // names only
        EXPECT_EQ(j["task"], "text2music");
        EXPECT_EQ(j["seed"], 1000 + i) << i;
        EXPECT_EQ(j["seed_was_random"], false);
        EXPECT_EQ(j["steps"], 32);
        EXPECT_EQ(j["guidance_scale"], 5.5);
        EXPECT_EQ(j["guidance_type"], "cfg");
        EXPECT_EQ(j["guidance_enabled"], true);
        EXPECT_EQ(j["shift"], 2.5);
        EXPECT_EQ(j["guidance_interval"], json::array({0.1, 0.9}));
        EXPECT_TRUE(j["cover_strength"].is_null());
        EXPECT_TRUE(j["repaint_region"].is_null());
        EXPECT_EQ(j["duration"], 42.5);
        EXPECT_EQ(j["bpm"], 84);
        EXPECT_EQ(j["key"], "D minor");
        EXPECT_EQ(j["time_signature"], "4");
        EXPECT_EQ(j["language"], "fr");
        EXPECT_EQ(j["caption"], r.caption);
        EXPECT_EQ(j["instrumental"], false);
        EXPECT_EQ(j["has_lyrics"], true);
        EXPECT_EQ(j["lyrics_length"], 16);
        EXPECT_FALSE(j.contains("lyrics"));
        EXPECT_EQ(text.find("la la"), std::string::npos) << "the lyrics themselves are not in the JSON";
        EXPECT_EQ(j["batch_index"], i);
        EXPECT_EQ(j["batch_size"], 3);
        EXPECT_EQ(j["timestamp"], "2024-05-06T07:08:09Z");
        // Stable: the same inputs give the same bytes.
        EXPECT_EQ(text, generationParametersJson(r, i, dit, kRampSha256, fixedTime()));
    }
}

TEST(GenerationParametersJson, RepaintRegionAndCoverStrength) {
    TempDir t("repaint");
    const fs::path src = t.write("src.wav", std::string("RIFF\x24\0\0\0WAVEfmt ", 16));
    GenerationRequest r;
    r.caption = "rework the bridge";
    r.task = TaskType::Repaint;
    r.sourceAudio = src.string();
    r.repaintStart = RegionEdge{-5.0, RegionAnchor::Start};
    r.repaintEnd = RegionEdge{10.0, RegionAnchor::End};
    r.seed = 7;
    Result<ResolvedRequest> rr = resolveRequest(r, preset("xl-base"), ResolveOptions{false, {}});
    ASSERT_TRUE(rr.isOk()) << rr.status().message();
    json j = json::parse(generationParametersJson(*rr, 0, ditWith({"dit.safetensors"}), "ab", fixedTime()));
    EXPECT_EQ(j["task"], "repaint");
    EXPECT_EQ(j["repaint_region"]["start"]["seconds"], -5.0);
    EXPECT_EQ(j["repaint_region"]["start"]["anchor"], "start");
    EXPECT_EQ(j["repaint_region"]["end"]["seconds"], 10.0);
    EXPECT_EQ(j["repaint_region"]["end"]["anchor"], "end");
    EXPECT_TRUE(j["cover_strength"].is_null());
    EXPECT_EQ(j["instrumental"], true);
    EXPECT_EQ(j["has_lyrics"], false);
    EXPECT_EQ(j["lyrics_length"], 0);
    EXPECT_EQ(j["language"], "unknown");
    EXPECT_TRUE(j["bpm"].is_null());

    GenerationRequest c;
    c.caption = "as a bossa nova";
    c.task = TaskType::Cover;
    c.sourceAudio = src.string();
    c.coverStrength = 0.6;
    c.seed = 8;
    Result<ResolvedRequest> rc = resolveRequest(c, preset("xl-base"), ResolveOptions{false, {}});
    ASSERT_TRUE(rc.isOk()) << rc.status().message();
    json k = json::parse(generationParametersJson(*rc, 0, ditWith({"dit.safetensors"}), "ab", fixedTime()));
    EXPECT_EQ(k["task"], "cover");
    EXPECT_EQ(k["cover_strength"], 0.6);
    EXPECT_TRUE(k["repaint_region"].is_null());
}

TEST(TakeTags, FieldsAndWavRoundTrip) {
    const ResolvedRequest r = resolvedSong();
    TempDir t("wav");
    const fs::path model = t.write("acestep_v1.5_xl_base.safetensors", rampBytes());
    const CatalogComponent dit = ditWith({model});
    Result<std::string> hash = modelFileHash(dit);
    ASSERT_TRUE(hash.isOk()) << hash.status().message();

    const audio::AudioTags tags = tagsForTake(r, 2, dit, *hash, {}, fixedTime());
    EXPECT_EQ(tags.title, "warm lo-fi hip hop with dusty piano");  // caption's first line
    EXPECT_EQ(tags.lyrics, r.lyrics);
    EXPECT_EQ(tags.bpm, 84);
    EXPECT_EQ(tags.key, "D minor");
    EXPECT_EQ(tags.language, "fr");
    EXPECT_EQ(tags.caption, r.caption);
    EXPECT_EQ(tags.aiNote, audio::kAiGeneratedNote);
    EXPECT_EQ(tags.parametersJson, generationParametersJson(r, 2, dit, *hash, fixedTime()));
    EXPECT_EQ(json::parse(tags.parametersJson)["seed"], 1002);
    EXPECT_EQ(tagsForTake(r, 0, dit, *hash, "My Song", fixedTime()).title, "My Song");

    audio::AudioBuffer buf;
    buf.samples.resize(static_cast<std::size_t>(audio::kEngineSampleRate / 4) * 2);
    for (std::size_t i = 0; i < buf.samples.size(); ++i)
        buf.samples[i] = 0.3f * static_cast<float>(std::sin(static_cast<double>(i / 2) * 0.05));
    audio::WriteOptions opts;
    opts.format = audio::OutputFormat::Wav;
    opts.tags = std::nullopt;
    const fs::path wav = t.dir / "take.wav";
    auto written = audio::writeAudio(wav, buf, opts);
    ASSERT_TRUE(written.isOk()) << written.status().message();
    Status st = audio::writeTags(wav, audio::OutputFormat::Wav, tags);
    ASSERT_TRUE(st.isOk()) << st.message();
    Result<audio::AudioTags> back = audio::readTags(wav);
    ASSERT_TRUE(back.isOk()) << back.status().message();
    EXPECT_EQ(*back, tags);
    EXPECT_EQ(json::parse(back->parametersJson)["model"]["sha256"], kRampSha256);

    // An instrumental take: no lyrics tag, no "unknown" language.
    GenerationRequest inst;
    inst.caption = std::string(100, 'x');
    inst.seed = 3;
    Result<ResolvedRequest> ri = resolveRequest(inst, preset("xl-base"), ResolveOptions{false, {}});
    ASSERT_TRUE(ri.isOk());
    const audio::AudioTags it = tagsForTake(*ri, 0, dit, *hash, {}, fixedTime());
    EXPECT_TRUE(it.lyrics.empty());
    EXPECT_TRUE(it.language.empty());
    EXPECT_EQ(it.title, std::string(80, 'x') + "\xe2\x80\xa6");
}
