// Model catalog on synthetic files: refusals by container, key-set problems, config cross-checks,
// variant rules, the folder walk's robustness, presets and names.
#include "catalog_support.h"

#include "songloom/model_catalog.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <unistd.h>

namespace songloom::catalog_test {
namespace {

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

bool anyContains(const std::vector<std::string>& lines, const std::string& part) {
    return std::any_of(lines.begin(), lines.end(), [&](const std::string& l) { return contains(l, part); });
}

std::string rejectionFor(const Catalog& catalog, const fs::path& path) {
    for (const RejectedItem& r : catalog.rejected) {
        if (r.path == path) return r.reason;
    }
    return "(not rejected)";
}

Catalog scanOk(const fs::path& path, const ScanOptions& options = {}) {
    auto result = scanModels(path, options);
    EXPECT_TRUE(result) << result.status().message();
    return result ? std::move(*result) : Catalog{};
}

const CatalogComponent* onlyDit(const Catalog& catalog) {
    const CatalogComponent* dit = nullptr;
    for (const auto& c : catalog.components) {
        if (c.kind == ComponentKind::DiT) {
            EXPECT_EQ(dit, nullptr) << "more than one DiT";
            dit = &c;
        }
    }
    return dit;
}

std::vector<FakeTensor> without(std::vector<FakeTensor> tensors, const std::string& prefix) {
    tensors.erase(std::remove_if(tensors.begin(), tensors.end(),
                                 [&](const FakeTensor& t) { return t.name.rfind(prefix, 0) == 0; }),
                  tensors.end());
    return tensors;
}

TEST(CatalogContainers, RefusesByContentWithReasons) {
    TempDir dir("catalog-containers");
    const fs::path d = dir.path();
    writeBytes(d / "model.bin", std::string("\x80\x02}q\x00.", 6));
    writeBytes(d / "model.gguf", std::string("GGUF\x03\x00\x00\x00", 8));
    writeText(d / "download.safetensors", "<html>Too many requests</html>");
    writeBytes(d / "empty.safetensors", "");
    writeBytes(d / "archive.pt", std::string("PK\x03\x04", 4) + std::string(40, '\0'));
    writeText(d / "README.md", "not looked at");
    std::string truncated(8, '\0');
    truncated[0] = 100;  // promises a 100-byte header, then the file ends
    writeBytes(d / "truncated.safetensors", truncated + "{\"a\":");

    const Catalog catalog = scanOk(d);
    EXPECT_TRUE(catalog.components.empty());
    EXPECT_EQ(rejectionFor(catalog, d / "model.bin"), "pickle checkpoints are not opened: they can run code");
    EXPECT_TRUE(contains(rejectionFor(catalog, d / "model.gguf"), "GGUF files are not supported yet"));
    // Files that call themselves safetensors get the reader's own diagnosis, not a generic refusal.
    EXPECT_TRUE(contains(rejectionFor(catalog, d / "download.safetensors"), "not a safetensors file"));
    EXPECT_TRUE(contains(rejectionFor(catalog, d / "empty.safetensors"), "file is 0 bytes"));
    EXPECT_TRUE(contains(rejectionFor(catalog, d / "archive.pt"), "not a silence latent"));
    EXPECT_NE(rejectionFor(catalog, d / "truncated.safetensors"), "(not rejected)");
    EXPECT_EQ(rejectionFor(catalog, d / "README.md"), "(not rejected)");
    EXPECT_EQ(catalog.rejected.size(), 6u);
}

TEST(CatalogDit, OfficialTableIsAClean2BWithEverything) {
    TempDir dir("catalog-dit");
    const fs::path file = dir.path() / "dit.safetensors";
    const auto tensors = official2BDitTensors();
    ASSERT_EQ(tensors.size(), 677u);  // engine-spec-dit 2
    writeFakeSafetensors(file, tensors);
    const Catalog catalog = scanOk(file);
    const CatalogComponent* dit = onlyDit(catalog);
    ASSERT_NE(dit, nullptr);
    EXPECT_TRUE(dit->problems.empty()) << dit->problems.front();
    EXPECT_EQ(dit->size, SizeClass::TwoB);
    EXPECT_EQ(dit->family, "2B");
    EXPECT_EQ(dit->parameterCount, 2393872518u);  // checkpoint-layouts 2.1
    EXPECT_TRUE(dit->hasAudioCodes);
    EXPECT_TRUE(dit->hasNullCondition);
    EXPECT_EQ(dit->layout, Layout::ComfySplitFile);
    EXPECT_EQ(dit->variantSource, VariantSource::Undetermined);
    EXPECT_FALSE(dit->nameHint.has_value());
}

TEST(CatalogDit, ReportsMissingUnexpectedAndWrongShapeKeys) {
    TempDir dir("catalog-dit-keys");
    auto tensors = official2BDitTensors();
    tensors.erase(std::remove_if(tensors.begin(), tensors.end(),
                                 [](const FakeTensor& t) { return t.name == "decoder.layers.7.mlp.up_proj.weight"; }),
                  tensors.end());
    for (auto& t : tensors) {
        if (t.name == "decoder.norm_out.weight") t.shape = {2047};
    }
    tensors.push_back({"decoder.extra.weight", {4}});
    writeFakeSafetensors(dir.path() / "dit.safetensors", tensors);
    const Catalog catalog = scanOk(dir.path() / "dit.safetensors");
    const CatalogComponent* dit = onlyDit(catalog);
    ASSERT_NE(dit, nullptr);
    EXPECT_FALSE(dit->usable());
    EXPECT_TRUE(anyContains(dit->problems, "missing: decoder.layers.7.mlp.up_proj.weight"));
    EXPECT_TRUE(anyContains(dit->problems, "unexpected tensor(s): decoder.extra.weight"));
    EXPECT_TRUE(anyContains(dit->problems, "decoder.norm_out.weight is [2047], expected [2048]"));
    ASSERT_EQ(catalog.models.size(), 1u);
    EXPECT_FALSE(catalog.models[0].readyToGenerate);
    EXPECT_TRUE(contains(catalog.models[0].missing.front(), "cannot be used"));
}

TEST(CatalogDit, OptionalGroupsOnlySwitchFeaturesOff) {
    TempDir dir("catalog-dit-optional");
    auto tensors = without(without(without(official2BDitTensors(), "tokenizer."), "detokenizer."), "null_condition_emb");
    writeFakeSafetensors(dir.path() / "dit.safetensors", tensors);
    const Catalog catalog = scanOk(dir.path() / "dit.safetensors");
    const CatalogComponent* dit = onlyDit(catalog);
    ASSERT_NE(dit, nullptr);
    EXPECT_TRUE(dit->usable()) << dit->problems.front();
    EXPECT_FALSE(dit->hasAudioCodes);
    EXPECT_FALSE(dit->hasNullCondition);
    EXPECT_TRUE(anyContains(dit->notes, "covers from audio are off"));
    EXPECT_TRUE(anyContains(dit->notes, "guidance (CFG) is off"));
}

TEST(CatalogDit, DecoderOnlyFileIsNotUsable) {
    TempDir dir("catalog-dit-decoder");
    writeFakeSafetensors(dir.path() / "dit.safetensors", without(official2BDitTensors(), "encoder."));
    const Catalog catalog = scanOk(dir.path() / "dit.safetensors");
    const CatalogComponent* dit = onlyDit(catalog);
    ASSERT_NE(dit, nullptr);
    ASSERT_EQ(dit->problems.size(), 1u) << dit->problems.back();
    EXPECT_TRUE(contains(dit->problems[0], "condition encoder"));
}

TEST(CatalogDit, ConfigDecidesTheVariantAndIsCheckedAgainstTheWeights) {
    TempDir dir("catalog-dit-config");
    const fs::path folder = dir.path() / "acestep-v15-sft";
    writeFakeSafetensors(folder / "model.safetensors", official2BDitTensors());
    writeText(folder / "config.json", R"({"is_turbo": false, "model_version": "sft", "hidden_size": 2048})");
    Catalog catalog = scanOk(dir.path());
    const CatalogComponent* dit = onlyDit(catalog);
    ASSERT_NE(dit, nullptr);
    EXPECT_EQ(dit->variant, DitVariant::Sft);
    EXPECT_EQ(dit->variantSource, VariantSource::Config);
    EXPECT_EQ(dit->layout, Layout::OfficialFolder);
    EXPECT_EQ(dit->release, "acestep-v15-sft");
    ASSERT_NE(dit->preset, nullptr);
    EXPECT_EQ(dit->preset->id, "2b-sft");
    EXPECT_TRUE(dit->usable());

    writeText(folder / "config.json", R"({"is_turbo": true, "hidden_size": 2560, "num_hidden_layers": 24})");
    catalog = scanOk(dir.path());
    dit = onlyDit(catalog);
    ASSERT_NE(dit, nullptr);
    EXPECT_EQ(dit->variant, DitVariant::Turbo);  // is_turbo alone decides (9 step 4.1)
    EXPECT_FALSE(dit->usable());
    EXPECT_TRUE(anyContains(dit->problems, "config.json says hidden_size = 2560, but the weights have 2048"));

    writeText(folder / "config.json", R"({"model_version": "turbo"})");
    catalog = scanOk(dir.path());
    dit = onlyDit(catalog);
    ASSERT_NE(dit, nullptr);
    EXPECT_EQ(dit->variant, DitVariant::Turbo);
}

TEST(CatalogDit, FileNameIsOnlyAHint) {
    TempDir dir("catalog-dit-name");
    writeFakeSafetensors(dir.path() / "my_sft_merge.safetensors", official2BDitTensors());
    writeFakeSafetensors(dir.path() / "base-sft-mix.safetensors", official2BDitTensors());
    const Catalog catalog = scanOk(dir.path());
    ASSERT_EQ(catalog.models.size(), 2u);
    for (const auto& c : catalog.components) {
        EXPECT_EQ(c.variant, DitVariant::Unknown);
        EXPECT_EQ(c.preset, nullptr);
        if (c.files.front().filename() == "my_sft_merge.safetensors") EXPECT_EQ(c.nameHint, DitVariant::Sft);
        else EXPECT_FALSE(c.nameHint.has_value());  // two variant words: no hint
    }
}

TEST(CatalogRefusals, QuantisedForeignAndUnknownGroups) {
    TempDir dir("catalog-refusals");
    const fs::path d = dir.path();
    auto fp8 = official2BDitTensors();
    fp8[3].dtype = "F8_E4M3";
    writeFakeSafetensors(d / "fp8.safetensors", fp8);
    auto scaled = official2BDitTensors();
    scaled.push_back({"decoder.layers.0.mlp.up_proj.weight_scale", {1}, "F32"});
    writeFakeSafetensors(d / "scaled.safetensors", scaled);
    writeFakeSafetensors(d / "umt5.safetensors",
                         {{"shared.weight", {256, 8}}, {"encoder.block.0.layer.0.SelfAttention.q.weight", {8, 8}}});
    writeFakeSafetensors(d / "dcae.safetensors", {{"vocoder.backbone.channel_layers.0.0.bias", {8}}});
    writeFakeSafetensors(d / "qwen.safetensors", {{"model.embed_tokens.weight", {1000, 16}},
                                                  {"model.layers.0.self_attn.q_norm.weight", {16}}});
    writeFakeSafetensors(d / "unet.safetensors", {{"conv_in.weight", {4, 4, 3, 3}}, {"time_embedding.bias", {4}}});

    const Catalog catalog = scanOk(d);
    EXPECT_TRUE(catalog.components.empty());
    EXPECT_TRUE(contains(rejectionFor(catalog, d / "fp8.safetensors"), "quantised"));
    EXPECT_TRUE(contains(rejectionFor(catalog, d / "fp8.safetensors"), "F8_E4M3"));
    EXPECT_TRUE(contains(rejectionFor(catalog, d / "scaled.safetensors"), "weight_scale"));
    EXPECT_TRUE(contains(rejectionFor(catalog, d / "umt5.safetensors"), "UMT5"));
    EXPECT_TRUE(contains(rejectionFor(catalog, d / "dcae.safetensors"), "ACE-Step v1"));
    EXPECT_TRUE(contains(rejectionFor(catalog, d / "qwen.safetensors"), "1000-token vocabulary"));
    EXPECT_TRUE(contains(rejectionFor(catalog, d / "unet.safetensors"), "conv_in.weight, time_embedding.bias"));
}

TEST(CatalogAdapters, LoraTargetsAndRankFromShapes) {
    TempDir dir("catalog-lora");
    std::vector<FakeTensor> kohya;
    for (int layer = 0; layer < 32; ++layer) {
        const std::string p = "lora_unet_decoder_layers_" + std::to_string(layer) + "_self_attn_q_proj";
        kohya.push_back({p + ".lora_down.weight", {16, 2560}});
        kohya.push_back({p + ".lora_up.weight", {4096, 16}});
    }
    writeFakeSafetensors(dir.path() / "xl.safetensors", kohya);
    std::vector<FakeTensor> wrong = {{"base_model.model.layers.30.self_attn.q_proj.lora_A.weight", {4, 2048}},
                                     {"base_model.model.layers.0.self_attn.q_proj.lora_A.weight", {4, 2048}},
                                     {"base_model.model.layers.0.self_attn.q_proj.lora_B.weight", {2048, 4}}};
    writeFakeSafetensors(dir.path() / "odd.safetensors", wrong);
    writeFakeSafetensors(dir.path() / "te.safetensors",
                         {{"text_encoders.qwen3_06b.transformer.model.layers.0.q.lora_A.weight", {4, 1024}}});

    const Catalog catalog = scanOk(dir.path());
    ASSERT_EQ(catalog.components.size(), 2u);
    for (const auto& c : catalog.components) {
        EXPECT_EQ(c.kind, ComponentKind::Adapter);
        if (c.files.front().filename() == "xl.safetensors") {
            EXPECT_EQ(c.adapterTarget, "XL");
            EXPECT_EQ(c.adapterRank, 16);
            EXPECT_EQ(c.keyPrefix, "lora_unet_decoder_");
            EXPECT_TRUE(c.usable());
        } else {
            EXPECT_EQ(c.adapterTarget, "2B");
            EXPECT_TRUE(anyContains(c.problems, "adapts layer 30, but the 2B DiT has only 24 layers"));
        }
    }
    EXPECT_TRUE(contains(rejectionFor(catalog, dir.path() / "te.safetensors"), "text encoder"));
}

TEST(CatalogWalk, SurvivesLoopsBrokenLinksDepthAndUnreadableFolders) {
    TempDir dir("catalog-walk");
    const fs::path d = dir.path();
    fs::create_directories(d / "a/b/c/d/e/f");
    writeFakeSafetensors(d / "a/b/c/d/e/f/deep.safetensors", official2BDitTensors());
    fs::create_directory_symlink(d, d / "a/loop");  // back to the root
    fs::create_symlink(d / "nowhere.safetensors", d / "broken.safetensors");
    fs::create_directories(d / "locked");
    fs::permissions(d / "locked", fs::perms::none);

    ScanOptions options;
    options.maxDepth = 3;
    const Catalog catalog = scanOk(d, options);
    EXPECT_TRUE(catalog.components.empty());
    EXPECT_TRUE(contains(rejectionFor(catalog, d / "broken.safetensors"), "link"));
    EXPECT_TRUE(contains(rejectionFor(catalog, d / "a/b/c/d"), "not searched"));
    if (::geteuid() != 0) {
        EXPECT_TRUE(contains(rejectionFor(catalog, d / "locked"), "cannot be read"));
    }

    options.maxDepth = 8;
    const Catalog deep = scanOk(d, options);
    EXPECT_EQ(deep.components.size(), 1u);  // reached once, although the loop offers it again
    fs::permissions(d / "locked", fs::perms::owner_all);
}

TEST(CatalogWalk, MissingRootIsAnError) {
    auto result = scanModels("/nonexistent/songloom/models");
    ASSERT_FALSE(result);
    EXPECT_EQ(result.status().code(), ErrorCode::NotFound);
    auto file = inspectFile("/nonexistent/songloom/model.safetensors");
    ASSERT_FALSE(file);
    EXPECT_EQ(file.status().code(), ErrorCode::NotFound);
}

TEST(CatalogWalk, ShardsOfAnIndexAreNotReportedAlone) {
    TempDir dir("catalog-shards");
    const auto tensors = official2BDitTensors();
    const std::vector<FakeTensor> first(tensors.begin(), tensors.begin() + 300), second(tensors.begin() + 300, tensors.end());
    writeFakeSafetensors(dir.path() / "model-00001-of-00002.safetensors", first);
    writeFakeSafetensors(dir.path() / "model-00002-of-00002.safetensors", second);
    std::string map;
    for (const auto& t : first) map += "\"" + t.name + "\": \"model-00001-of-00002.safetensors\",";
    for (const auto& t : second) map += "\"" + t.name + "\": \"model-00002-of-00002.safetensors\",";
    map.pop_back();
    writeText(dir.path() / "model.safetensors.index.json", "{\"metadata\": {}, \"weight_map\": {" + map + "}}");
    const Catalog catalog = scanOk(dir.path());
    ASSERT_EQ(catalog.components.size(), 1u);
    EXPECT_EQ(catalog.components[0].files.size(), 3u);
    EXPECT_EQ(catalog.components[0].tensorCount, 677u);
    EXPECT_TRUE(catalog.rejected.empty());

    fs::remove(dir.path() / "model-00002-of-00002.safetensors");
    const Catalog broken = scanOk(dir.path());
    EXPECT_TRUE(broken.components.empty());
    EXPECT_NE(rejectionFor(broken, dir.path() / "model.safetensors.index.json"), "(not rejected)");
}

TEST(CatalogPresets, SevenVariantsWithTheSeedNumbers) {
    const auto& presets = variantPresets();
    ASSERT_EQ(presets.size(), 7u);
    std::vector<std::string> ids, summaries;
    for (const auto& p : presets) {
        ids.push_back(p.id);
        summaries.push_back(p.summary);
        const bool turbo = p.variant == DitVariant::Turbo;
        EXPECT_EQ(p.steps, turbo ? 8 : 50) << p.id;
        EXPECT_DOUBLE_EQ(p.guidanceScale, turbo ? 1.0 : 4.0) << p.id;
        EXPECT_DOUBLE_EQ(p.shift, 3.0) << p.id;
        EXPECT_FALSE(p.label.empty());
        EXPECT_GT(p.summary.size(), 30u);
    }
    EXPECT_EQ(ids, (std::vector<std::string>{"2b-turbo-aio", "2b-turbo", "2b-base", "2b-sft", "xl-turbo", "xl-base",
                                             "xl-sft"}));
    std::sort(summaries.begin(), summaries.end());
    EXPECT_EQ(std::unique(summaries.begin(), summaries.end()), summaries.end());
    EXPECT_EQ(findPreset(SizeClass::TwoB, DitVariant::Turbo, true)->id, "2b-turbo-aio");
    EXPECT_EQ(findPreset(SizeClass::TwoB, DitVariant::Turbo, false)->id, "2b-turbo");
    EXPECT_EQ(findPreset(SizeClass::XL, DitVariant::Base, true)->id, "xl-base");  // an XL AIO samples like XL
    EXPECT_EQ(findPreset(SizeClass::Custom, DitVariant::Turbo, false), nullptr);
    EXPECT_EQ(findPreset(SizeClass::TwoB, DitVariant::Unknown, false), nullptr);
}

TEST(CatalogNames, StableSpellings) {
    EXPECT_STREQ(componentKindName(ComponentKind::TextEncoder), "text-encoder");
    EXPECT_STREQ(componentKindName(ComponentKind::SilenceLatent), "silence-latent");
    EXPECT_STREQ(layoutName(Layout::ComfyAllInOne), "comfy-aio");
    EXPECT_STREQ(layoutName(Layout::DiffusersFolder), "diffusers");
    EXPECT_STREQ(sizeClassName(SizeClass::TwoB), "2B");
    EXPECT_STREQ(plannerSizeName(PlannerSize::Lm1_7B), "1.7B");
    EXPECT_STREQ(variantSourceName(VariantSource::UserChoice), "user-choice");
    EXPECT_EQ(parseVariant("SFT"), DitVariant::Sft);
    EXPECT_EQ(parseVariant("turbo"), DitVariant::Turbo);
    EXPECT_FALSE(parseVariant("fast").has_value());
}

}  // namespace
}  // namespace songloom::catalog_test
