// The model catalog against every fixture the fixture writer knows, at both scales (tiny random weights;
// real shapes as sparse files), plus the folder scenarios a person runs into.
#include "catalog_support.h"

#include "songloom/model_catalog.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>

namespace songloom::catalog_test {
namespace {

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
    return s;
}

bool contains(const std::string& text, const std::string& part) { return lower(text).find(lower(part)) != std::string::npos; }

std::string describe(const CatalogComponent& c) {
    std::string s = std::string(componentKindName(c.kind)) + "/" + layoutName(c.layout) + " prefix '" + c.keyPrefix +
                    "' size '" + componentSizeName(c) + "' family '" + c.family + "'";
    for (const auto& p : c.problems) s += "\n    problem: " + p;
    return s;
}

std::vector<const CatalogComponent*> componentsUnder(const Catalog& catalog, const fs::path& where) {
    std::vector<const CatalogComponent*> out;
    for (const CatalogComponent& c : catalog.components) {
        if (std::any_of(c.files.begin(), c.files.end(), [&](const fs::path& f) { return isUnder(f, where); })) {
            out.push_back(&c);
        }
    }
    return out;
}

const ModelSet* modelFor(const Catalog& catalog, const fs::path& ditFileOrFolder) {
    for (const ModelSet& m : catalog.models) {
        const auto& files = catalog.components[m.dit].files;
        if (std::any_of(files.begin(), files.end(), [&](const fs::path& f) { return isUnder(f, ditFileOrFolder); })) {
            return &m;
        }
    }
    return nullptr;
}

class CatalogFixtures : public ::testing::TestWithParam<std::string> {
protected:
    fs::path root() const { return fixtureRoot(GetParam()); }
    bool tiny() const { return GetParam() == "tiny"; }

    Catalog scan(const fs::path& path, const ScanOptions& options = {}) const {
        auto result = scanModels(path, options);
        EXPECT_TRUE(result) << result.status().message();
        return result ? std::move(*result) : Catalog{};
    }
};

TEST_P(CatalogFixtures, EveryFixtureIsRecognisedAsExpected) {
    const Manifest manifest = readManifest(root());
    ASSERT_EQ(manifest.scale, GetParam());
    ASSERT_GT(manifest.fixtures.size(), 30u);
    const Catalog catalog = scan(root());

    for (const ManifestFixture& fx : manifest.fixtures) {
        SCOPED_TRACE(fx.id);
        const fs::path where = root() / fx.path;
        const auto found = componentsUnder(catalog, where);
        std::string foundText;
        for (const auto* c : found) foundText += "\n  " + describe(*c);

        if (fx.rejected) {
            EXPECT_TRUE(found.empty()) << "a refused fixture produced components:" << foundText;
            std::string reasons;
            bool matched = false;
            for (const RejectedItem& r : catalog.rejected) {
                if (!isUnder(r.path, where)) continue;
                reasons += "\n  " + r.reason;
                matched = matched || contains(r.reason, fx.hint);
            }
            EXPECT_TRUE(matched) << "no refusal mentioning '" << fx.hint << "'; refusals:" << reasons;
            continue;
        }

        for (const RejectedItem& r : catalog.rejected) {
            EXPECT_FALSE(isUnder(r.path, where)) << r.path << ": " << r.reason;
        }
        EXPECT_EQ(found.size(), fx.components.size()) << "found:" << foundText;
        for (const ManifestComponent& e : fx.components) {
            SCOPED_TRACE(e.kind + "/" + e.layout);
            auto it = std::find_if(found.begin(), found.end(), [&](const CatalogComponent* c) {
                return componentKindName(c->kind) == e.kind && layoutName(c->layout) == e.layout &&
                       c->keyPrefix == e.keyPrefix;
            });
            ASSERT_NE(it, found.end()) << "expected " << e.kind << "/" << e.layout << " prefix '" << e.keyPrefix
                                       << "'; found:" << foundText;
            const CatalogComponent& c = **it;
            EXPECT_TRUE(c.usable()) << describe(c);
            EXPECT_EQ(componentSizeName(c), e.expectedSize);
            if (!e.family.empty()) {
                EXPECT_EQ(c.family, e.family);
            }
            if (e.kind == "dit") {
                EXPECT_EQ(variantName(c.variant), e.variant);
                if (e.turbo) {
                    EXPECT_EQ(c.variant == DitVariant::Turbo, *e.turbo);
                    EXPECT_EQ(c.variantSource, VariantSource::Config);
                } else {
                    EXPECT_EQ(c.variantSource, VariantSource::Undetermined);  // never decided from a name
                }
                const bool codesOff = !e.unavailable.empty();
                EXPECT_EQ(c.hasAudioCodes, !codesOff);
                EXPECT_TRUE(c.hasNullCondition);
                if (c.variant != DitVariant::Unknown) {
                    ASSERT_NE(c.preset, nullptr);
                    EXPECT_EQ(c.preset->variant, c.variant);
                    EXPECT_EQ(sizeClassName(c.preset->size), e.family);
                    EXPECT_EQ(c.preset->allInOne, false);
                } else {
                    EXPECT_EQ(c.preset, nullptr);
                }
            }
        }
    }
}

TEST_P(CatalogFixtures, FolderWithoutVaeMissesExactlyTheVae) {
    TempDir dir("catalog-novae");
    fs::create_directory_symlink(root() / "official/acestep-v15-turbo", dir.path() / "acestep-v15-turbo");
    fs::create_directory_symlink(root() / "official/Qwen3-Embedding-0.6B", dir.path() / "Qwen3-Embedding-0.6B");

    Catalog catalog = scan(dir.path());
    ASSERT_EQ(catalog.models.size(), 1u);
    const ModelSet& m = catalog.models.front();
    EXPECT_FALSE(m.readyToGenerate);
    ASSERT_EQ(m.missing.size(), 1u) << (m.missing.empty() ? "" : m.missing.front());
    EXPECT_TRUE(contains(m.missing.front(), "VAE")) << m.missing.front();
    EXPECT_FALSE(m.vae.has_value());
    ASSERT_TRUE(m.textEncoder && m.tokenizer && m.silenceLatent);
    EXPECT_EQ(catalog.components[*m.textEncoder].kind, ComponentKind::TextEncoder);
    EXPECT_TRUE(catalog.rejected.empty());

    fs::create_directory_symlink(root() / "official/vae", dir.path() / "vae");
    catalog = scan(dir.path());
    ASSERT_EQ(catalog.models.size(), 1u);
    EXPECT_TRUE(catalog.models.front().readyToGenerate)
        << (catalog.models.front().missing.empty() ? "" : catalog.models.front().missing.front());
    EXPECT_TRUE(catalog.models.front().missing.empty());
}

TEST_P(CatalogFixtures, VariantChoiceResolvesAComfyDit) {
    const fs::path file = root() / "comfy/split_files/diffusion_models/acestep_v1.5_turbo.safetensors";
    Catalog unknown = scan(file);
    ASSERT_EQ(unknown.models.size(), 1u);
    const CatalogComponent& before = unknown.components[unknown.models[0].dit];
    EXPECT_EQ(before.variant, DitVariant::Unknown);
    EXPECT_EQ(before.variantSource, VariantSource::Undetermined);
    EXPECT_EQ(before.nameHint, DitVariant::Turbo);  // a pre-selection only
    EXPECT_EQ(before.preset, nullptr);
    EXPECT_TRUE(std::any_of(unknown.models[0].missing.begin(), unknown.models[0].missing.end(),
                            [](const std::string& s) { return contains(s, "Turbo, Base or SFT"); }));

    ScanOptions options;
    options.variantChoices[file] = DitVariant::Base;  // the user's answer, even against the name
    Catalog chosen = scan(file, options);
    const CatalogComponent& after = chosen.components[chosen.models[0].dit];
    EXPECT_EQ(after.variant, DitVariant::Base);
    EXPECT_EQ(after.variantSource, VariantSource::UserChoice);
    ASSERT_NE(after.preset, nullptr);
    EXPECT_EQ(after.preset->id, "2b-base");
    EXPECT_EQ(after.preset->steps, 50);
    EXPECT_DOUBLE_EQ(after.preset->guidanceScale, 4.0);

    const fs::path xl = root() / "comfy/split_files/diffusion_models/acestep_v1.5_xl_sft_bf16.safetensors";
    ScanOptions xlOptions;
    xlOptions.variantChoices[xl] = DitVariant::Turbo;
    Catalog xlChosen = scan(xl, xlOptions);
    const CatalogComponent& xlDit = xlChosen.components[xlChosen.models[0].dit];
    ASSERT_NE(xlDit.preset, nullptr);
    EXPECT_EQ(xlDit.preset->id, "xl-turbo");
    EXPECT_EQ(xlDit.preset->steps, 8);
}

TEST_P(CatalogFixtures, NonTurboConfigWithoutVersionAsksBaseOrSft) {
    const fs::path dir = root() / "official/acestep-v15-merge-nover";
    Catalog catalog = scan(dir);
    ASSERT_EQ(catalog.models.size(), 1u);
    const CatalogComponent& dit = catalog.components[catalog.models[0].dit];
    EXPECT_EQ(dit.variant, DitVariant::Unknown);
    EXPECT_EQ(dit.variantSource, VariantSource::Config);
    EXPECT_TRUE(std::any_of(dit.notes.begin(), dit.notes.end(), [](const std::string& n) {
        return contains(n, "not turbo") && contains(n, "choose");
    }));
    EXPECT_TRUE(std::any_of(catalog.models[0].missing.begin(), catalog.models[0].missing.end(),
                            [](const std::string& s) { return contains(s, "Base or SFT"); }));

    ScanOptions sft;
    sft.variantChoices[dir] = DitVariant::Sft;  // the folder names the DiT of an official folder
    Catalog chosen = scan(dir, sft);
    EXPECT_EQ(chosen.components[chosen.models[0].dit].variant, DitVariant::Sft);
    EXPECT_EQ(chosen.components[chosen.models[0].dit].variantSource, VariantSource::UserChoice);

    ScanOptions turbo;
    turbo.variantChoices[dir] = DitVariant::Turbo;  // contradicts config.json: not applied
    Catalog refused = scan(dir, turbo);
    EXPECT_EQ(refused.components[refused.models[0].dit].variant, DitVariant::Unknown);
}

TEST_P(CatalogFixtures, AllInOneBringsItsOwnParts) {
    const Catalog catalog = scan(root());
    const fs::path aio = root() / "comfy/checkpoints/ace_step_1.5_turbo_aio.safetensors";
    const ModelSet* m = modelFor(catalog, aio);
    ASSERT_NE(m, nullptr);
    ASSERT_TRUE(m->vae && m->textEncoder && m->planner);
    EXPECT_EQ(catalog.components[*m->vae].files.front(), aio);
    EXPECT_EQ(catalog.components[*m->textEncoder].files.front(), aio);
    EXPECT_EQ(catalog.components[*m->planner].files.front(), aio);
    const CatalogComponent& dit = catalog.components[m->dit];
    EXPECT_EQ(dit.layout, Layout::ComfyAllInOne);
    EXPECT_EQ(dit.nameHint, DitVariant::Turbo);

    ScanOptions options;
    options.variantChoices[aio] = DitVariant::Turbo;
    auto chosen = scanModels(aio, options);
    ASSERT_TRUE(chosen);
    const CatalogComponent& c = chosen->components[chosen->models.at(0).dit];
    ASSERT_NE(c.preset, nullptr);
    EXPECT_EQ(c.preset->id, "2b-turbo-aio");
}

TEST_P(CatalogFixtures, ShardsAreReadThroughTheirIndex) {
    const Catalog catalog = scan(root() / "official/acestep-v15-xl-turbo");
    EXPECT_TRUE(catalog.rejected.empty());
    ASSERT_EQ(catalog.models.size(), 1u);
    const CatalogComponent& dit = catalog.components[catalog.models[0].dit];
    ASSERT_EQ(dit.files.size(), 3u);  // index + two shards, reported once
    EXPECT_TRUE(dit.files.front().string().ends_with(".safetensors.index.json"));
    EXPECT_EQ(dit.dtype, DType::F32);
    EXPECT_EQ(dit.release, "acestep-v15-xl-turbo");
    EXPECT_EQ(catalog.components.size(), 2u);  // the DiT and its silence latent
    if (!tiny()) {
        EXPECT_EQ(dit.tensorCount, 829u);
        EXPECT_EQ(dit.parameterCount, 4987310726u);
    }
}

TEST_P(CatalogFixtures, InspectRecognisesOneFile) {
    const fs::path aio = root() / "comfy/checkpoints/ace_step_1.5_xl_sft_aio.safetensors";
    auto report = inspectFile(aio);
    ASSERT_TRUE(report) << report.status().message();
    EXPECT_EQ(report->format, "safetensors");
    std::vector<std::string> kinds;
    for (const auto& c : report->components) kinds.push_back(componentKindName(c.kind));
    std::sort(kinds.begin(), kinds.end());
    EXPECT_EQ(kinds, (std::vector<std::string>{"dit", "planner", "text-encoder", "vae"}));
    EXPECT_TRUE(report->rejected.empty());

    auto sharded = inspectFile(root() / "official/acestep-v15-xl-base/model.safetensors.index.json");
    ASSERT_TRUE(sharded) << sharded.status().message();
    EXPECT_EQ(sharded->headers.shards.size(), 2u);
    ASSERT_EQ(sharded->components.size(), 1u);
    EXPECT_EQ(sharded->components[0].variant, DitVariant::Base);  // config.json next to it

    auto silence = inspectFile(root() / "official/acestep-v15-turbo/silence_latent.pt");
    ASSERT_TRUE(silence) << silence.status().message();
    EXPECT_EQ(silence->format, "torch-zip");
    ASSERT_EQ(silence->components.size(), 1u);
    EXPECT_EQ(silence->components[0].kind, ComponentKind::SilenceLatent);
    EXPECT_EQ(silence->components[0].dims.at("channels"), 64);

    auto pickle = inspectFile(root() / "negative/model.ckpt");
    ASSERT_FALSE(pickle);
    EXPECT_TRUE(contains(pickle.status().message(), "pickle"));
    auto text = inspectFile(root() / "negative/readme.safetensors");
    ASSERT_FALSE(text);
    EXPECT_TRUE(contains(text.status().message(), "not a safetensors file"));
}

TEST_P(CatalogFixtures, JsonHasTheDocumentedFields) {
    const Catalog catalog = scan(root());
    const auto j = nlohmann::json::parse(catalogToJson(catalog));
    EXPECT_EQ(j.at("schema"), "songloom.model-catalog/1");
    EXPECT_EQ(j.at("root"), root().string());
    ASSERT_EQ(j.at("components").size(), catalog.components.size());
    for (const auto& c : j.at("components")) {
        for (const char* key : {"id", "kind", "layout", "title", "files", "keyPrefix", "size", "dtype", "tensorCount",
                                "parameterCount", "dims", "usable", "problems", "notes"}) {
            EXPECT_TRUE(c.contains(key)) << key;
        }
        if (c.at("kind") == "dit") {
            for (const char* key : {"family", "variant", "variantSource", "nameHint", "release", "hasAudioCodes",
                                    "hasNullCondition", "preset"}) {
                EXPECT_TRUE(c.contains(key)) << key;
            }
        }
        if (c.at("kind") == "planner") {
            EXPECT_TRUE(c.contains("family"));
        }
        if (c.at("kind") == "adapter") {
            for (const char* key : {"family", "adapterRank", "adapterAlpha"}) EXPECT_TRUE(c.contains(key)) << key;
        }
    }
    ASSERT_EQ(j.at("models").size(), catalog.models.size());
    for (const auto& m : j.at("models")) {
        for (const char* key : {"dit", "vae", "textEncoder", "planner", "silenceLatent", "tokenizer", "readyToGenerate",
                                "missing", "notes"}) {
            EXPECT_TRUE(m.contains(key)) << key;
        }
        EXPECT_EQ(j.at("components").at(m.at("dit").get<std::size_t>()).at("kind"), "dit");
    }
    ASSERT_EQ(j.at("rejected").size(), catalog.rejected.size());
    for (const auto& r : j.at("rejected")) EXPECT_TRUE(r.contains("path") && r.contains("reason"));
    EXPECT_EQ(j.at("presets").size(), variantPresets().size());

    auto report = inspectFile(root() / "official/Qwen3-Embedding-0.6B/model.safetensors");
    ASSERT_TRUE(report) << report.status().message();
    const auto i = nlohmann::json::parse(inspectToJson(*report));
    EXPECT_EQ(i.at("schema"), "songloom.inspect/1");
    EXPECT_EQ(i.at("format"), "safetensors");
    EXPECT_EQ(i.at("tensors").size(), report->headers.tensorCount());
    for (const char* key : {"name", "dtype", "shape", "bytes"}) EXPECT_TRUE(i.at("tensors").at(0).contains(key));
    ASSERT_EQ(i.at("components").size(), 1u);
    EXPECT_EQ(i.at("components").at(0).at("kind"), "text-encoder");
}

TEST_P(CatalogFixtures, DescriptionNamesWhatIsThereAndWhatIsMissing) {
    const std::string text = describeCatalog(scan(root() / "comfy"));
    EXPECT_TRUE(contains(text, "Song models")) << text;
    EXPECT_TRUE(contains(text, "No tokenizer files found (the Qwen3-Embedding-0.6B folder has them)")) << text;
    EXPECT_TRUE(contains(text, "Audio decoder (VAE)")) << text;
}

// A stand-in for Songloom's bundled tokenizer folder (share/songloom/tokenizer): the Qwen3-Embedding
// fixture's tokenizer files, copied into a folder of their own.
void writeBundle(const fs::path& from, const fs::path& to) {
    fs::create_directories(to);
    for (const char* name : {"tokenizer.json", "tokenizer_config.json", "vocab.json", "merges.txt", "special_tokens_map.json"}) {
        fs::copy_file(from / name, to / name);
    }
}

bool anyContains(const std::vector<std::string>& lines, const std::string& part) {
    return std::any_of(lines.begin(), lines.end(), [&](const std::string& s) { return contains(s, part); });
}

std::string joined(const std::vector<std::string>& lines) {
    std::string out;
    for (const auto& l : lines) out += "\n  " + l;
    return out;
}

TEST_P(CatalogFixtures, ComfyFilesUseTheBundledTokenizer) {
    TempDir bundle("catalog-bundle");
    writeBundle(root() / "official/Qwen3-Embedding-0.6B", bundle.path() / "tokenizer");
    const fs::path aio = root() / "comfy/checkpoints/ace_step_1.5_turbo_aio.safetensors";
    ScanOptions options;
    options.variantChoices[aio] = DitVariant::Turbo;
    options.bundledTokenizer = bundle.path() / "tokenizer";
    const Catalog catalog = scan(aio, options);
    ASSERT_EQ(catalog.models.size(), 1u);
    const ModelSet& m = catalog.models.front();
    EXPECT_TRUE(m.readyToGenerate) << joined(m.missing);
    ASSERT_TRUE(m.tokenizer.has_value());
    const CatalogComponent& tok = catalog.components[*m.tokenizer];
    EXPECT_TRUE(tok.bundled);
    EXPECT_EQ(tok.kind, ComponentKind::Tokenizer);
    EXPECT_EQ(tok.layout, Layout::TokenizerFiles);
    EXPECT_TRUE(isUnder(tok.files.front(), bundle.path() / "tokenizer")) << tok.files.front();
    EXPECT_TRUE(anyContains(tok.notes, "bundled with Songloom")) << joined(tok.notes);
    EXPECT_TRUE(anyContains(m.notes, "using the Qwen3 tokenizer bundled with Songloom")) << joined(m.notes);
    EXPECT_TRUE(nlohmann::json::parse(catalogToJson(catalog)).at("components").at(*m.tokenizer).at("bundled").get<bool>());

    // The whole Comfy folder: every DiT gets the one bundled component, each with the note.
    const Catalog all = scan(root() / "comfy", options);
    std::size_t bundledComponents = 0;
    for (const CatalogComponent& c : all.components) bundledComponents += c.bundled;
    EXPECT_EQ(bundledComponents, 1u);
    ASSERT_FALSE(all.models.empty());
    for (const ModelSet& set : all.models) {
        ASSERT_TRUE(set.tokenizer.has_value());
        EXPECT_TRUE(all.components[*set.tokenizer].bundled);
        EXPECT_TRUE(anyContains(set.notes, "bundled with Songloom")) << joined(set.notes);
        EXPECT_FALSE(anyContains(set.missing, "tokenizer")) << joined(set.missing);
    }
}

TEST_P(CatalogFixtures, NoTokenizerAnywhereSaysWhatToDo) {
    const fs::path aio = root() / "comfy/checkpoints/ace_step_1.5_turbo_aio.safetensors";
    ScanOptions options;
    options.variantChoices[aio] = DitVariant::Turbo;
    Catalog catalog = scan(aio, options);  // no bundled folder given
    ASSERT_EQ(catalog.models.size(), 1u);
    EXPECT_FALSE(catalog.models[0].readyToGenerate);
    EXPECT_FALSE(catalog.models[0].tokenizer.has_value());
    ASSERT_EQ(catalog.models[0].missing.size(), 1u) << joined(catalog.models[0].missing);
    const std::string& message = catalog.models[0].missing.front();
    EXPECT_TRUE(contains(message, "No tokenizer files found (the Qwen3-Embedding-0.6B folder has them)")) << message;
    EXPECT_TRUE(contains(message, "share/songloom/tokenizer")) << message;
    EXPECT_TRUE(contains(message, "scripts/install-deps.sh")) << message;

    TempDir empty("catalog-bundle-empty");  // a bundled folder that is there but holds nothing usable
    options.bundledTokenizer = empty.path();
    catalog = scan(aio, options);
    ASSERT_EQ(catalog.models.size(), 1u);
    EXPECT_FALSE(catalog.models[0].readyToGenerate);
    ASSERT_EQ(catalog.models[0].missing.size(), 1u) << joined(catalog.models[0].missing);
    EXPECT_TRUE(contains(catalog.models[0].missing.front(), "bundled tokenizer cannot be used either"))
        << catalog.models[0].missing.front();
    EXPECT_TRUE(contains(catalog.models[0].missing.front(), empty.path().string())) << catalog.models[0].missing.front();
    for (const CatalogComponent& c : catalog.components) EXPECT_FALSE(c.bundled);
}

TEST_P(CatalogFixtures, TheUsersTokenizerWinsOverTheBundle) {
    TempDir bundle("catalog-bundle");
    writeBundle(root() / "official/Qwen3-Embedding-0.6B", bundle.path() / "tokenizer");
    TempDir dir("catalog-official-tok");
    for (const char* part : {"acestep-v15-turbo", "Qwen3-Embedding-0.6B", "vae"}) {
        fs::create_directory_symlink(root() / "official" / part, dir.path() / part);
    }
    ScanOptions options;
    options.bundledTokenizer = bundle.path() / "tokenizer";
    const Catalog catalog = scan(dir.path(), options);
    ASSERT_EQ(catalog.models.size(), 1u);
    const ModelSet& m = catalog.models.front();
    EXPECT_TRUE(m.readyToGenerate) << joined(m.missing);
    ASSERT_TRUE(m.tokenizer.has_value());
    EXPECT_FALSE(catalog.components[*m.tokenizer].bundled);
    EXPECT_TRUE(isUnder(catalog.components[*m.tokenizer].files.front(), dir.path() / "Qwen3-Embedding-0.6B"));
    EXPECT_FALSE(anyContains(m.notes, "bundled")) << joined(m.notes);
    for (const CatalogComponent& c : catalog.components) EXPECT_FALSE(c.bundled);  // not even listed
}

TEST_P(CatalogFixtures, ThePlannersTokenizerDoesNotServeTheTextEncoder) {
    // The LM's tokenizer (audio-code tokens, no appended <|endoftext|>) next to Comfy files: the text
    // encoder takes the bundled one instead.
    TempDir dir("catalog-lm-tok");
    const fs::path aio = dir.path() / "ace_step_1.5_turbo_aio.safetensors";
    fs::create_symlink(root() / "comfy/checkpoints/ace_step_1.5_turbo_aio.safetensors", aio);
    const fs::path lm = dir.path() / "lm-tokenizer";
    fs::create_directories(lm);
    fs::copy_file(root() / "official/Qwen3-Embedding-0.6B/vocab.json", lm / "vocab.json");
    fs::copy_file(root() / "official/Qwen3-Embedding-0.6B/merges.txt", lm / "merges.txt");
    writeText(lm / "added_tokens.json", R"({"<|endoftext|>": 151643, "<|audio_code_0|>": 151669})");
    ScanOptions options;
    options.variantChoices[aio] = DitVariant::Turbo;
    Catalog catalog = scan(dir.path(), options);
    ASSERT_EQ(catalog.models.size(), 1u);
    EXPECT_FALSE(catalog.models[0].tokenizer.has_value());
    EXPECT_TRUE(anyContains(catalog.models[0].missing, "No tokenizer files found")) << joined(catalog.models[0].missing);

    TempDir bundle("catalog-bundle");
    writeBundle(root() / "official/Qwen3-Embedding-0.6B", bundle.path() / "tokenizer");
    options.bundledTokenizer = bundle.path() / "tokenizer";
    catalog = scan(dir.path(), options);
    ASSERT_EQ(catalog.models.size(), 1u);
    EXPECT_TRUE(catalog.models[0].readyToGenerate) << joined(catalog.models[0].missing);
    ASSERT_TRUE(catalog.models[0].tokenizer.has_value());
    EXPECT_TRUE(catalog.components[*catalog.models[0].tokenizer].bundled);
}

INSTANTIATE_TEST_SUITE_P(Scales, CatalogFixtures, ::testing::Values("tiny", "real"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace songloom::catalog_test
