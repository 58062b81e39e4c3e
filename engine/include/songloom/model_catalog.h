// The model catalog: scan a models folder (or inspect one file) and say, from config.json and the tensor
// tables -- never from file names -- which ACE-Step 1.5 components are there, which variant and size each
// is, and what a generation still lacks. Decision procedure: shared/docs/checkpoint-layouts.md section 9.
#pragma once

#include "songloom/safetensors.h"
#include "songloom/status.h"

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace songloom {

enum class ComponentKind {
    DiT,            // decoder + condition encoder (+ audio tokenizer/detokenizer, null condition)
    Vae,            // Oobleck audio VAE, 48 kHz, hop 1920
    TextEncoder,    // Qwen3-Embedding-0.6B (vocabulary 151669)
    Planner,        // 5 Hz LM (Qwen3 causal LM, vocabulary 217204): 0.6B / 1.7B / 4B
    Adapter,        // LoRA (PEFT folder, single file) or LyCORIS LoKr
    SilenceLatent,  // silence_latent.pt (torch zip, read without pickle execution) or baked-in tensor
    Tokenizer,      // tokenizer.json or vocab.json + merges.txt
};

enum class Layout {
    OfficialFolder,   // L1: Hugging Face folder with config.json
    DiffusersFolder,  // L4: model_index.json + component folders
    ComfySplitFile,   // L2: one safetensors per component, no config
    ComfyAllInOne,    // L3: DiT + VAE + text encoder + LM in one prefixed file
    PeftAdapter,      // L6: adapter_config.json + adapter_model.safetensors
    LoraFile,         // L6: single-file LoRA (ComfyUI naming)
    LokrFile,         // L6: LyCORIS LoKr
    TorchZip,         // silence_latent.pt
    TokenizerFiles,
};

enum class SizeClass { TwoB, XL, Custom };          // DiT sizes (Custom: consistent shapes of another size)
enum class DitVariant { Turbo, Base, Sft, Unknown };  // one architecture: only config.json or the user tells
enum class VariantSource { Config, UserChoice, Undetermined };
enum class PlannerSize { Lm0_6B, Lm1_7B, Lm4B, Custom };

const char* componentKindName(ComponentKind kind);  // "dit", "vae", "text-encoder", "planner", ...
const char* layoutName(Layout layout);              // "official-folder", "diffusers", "comfy-split", ...
const char* sizeClassName(SizeClass size);          // "2B", "XL", "custom"
const char* variantName(DitVariant variant);        // "turbo", "base", "sft", "unknown"
std::optional<DitVariant> parseVariant(std::string_view name);

// Sampling defaults per model variant (seed 000: the six Comfy-Org variants; plus the official 2B SFT).
struct VariantPreset {
    std::string id;      // "2b-turbo-aio", "2b-turbo", "2b-base", "2b-sft", "xl-turbo", "xl-base", "xl-sft"
    std::string label;   // what the studio shows: "2B Turbo (all-in-one)"
    SizeClass size;
    DitVariant variant;
    bool allInOne = false;
    int steps = 8;
    double guidanceScale = 1.0;
    double shift = 3.0;
    std::string summary;  // one sentence for a musician
};
const std::vector<VariantPreset>& variantPresets();
const VariantPreset* findPreset(SizeClass size, DitVariant variant, bool allInOne);

struct CatalogComponent {
    ComponentKind kind = ComponentKind::DiT;
    Layout layout = Layout::OfficialFolder;
    std::vector<std::filesystem::path> files;  // every file it is read from (shards, diffusers parts)
    std::string keyPrefix;                     // group prefix inside an all-in-one file ("vae.", ...)
    std::string title;                         // musician-facing one-liner: "ACE-Step 1.5 XL Turbo (DiT)"

    // DiT
    SizeClass size = SizeClass::Custom;
    std::string family;                        // "2B" or "XL": the architecture shape, also for tiny models
    DitVariant variant = DitVariant::Unknown;
    VariantSource variantSource = VariantSource::Undetermined;
    std::optional<DitVariant> nameHint;        // a file-name token: may pre-select a choice, never decides
    std::string release;                       // official folder name when it is one ("acestep-v15-turbo-shift3")
    bool hasAudioCodes = false;                // tokenizer/detokenizer present: LM codes and cover work
    bool hasNullCondition = false;             // null_condition_emb present: CFG works
    const VariantPreset* preset = nullptr;     // defaults once size and variant are known

    // Planner
    PlannerSize plannerSize = PlannerSize::Custom;

    // Adapter
    std::string adapterTarget;                 // "2B" / "XL" DiT the adapter fits
    int adapterRank = 0;

    std::map<std::string, std::int64_t> dims;  // hidden_size, num_hidden_layers, vocab_size, ...
    DType dtype = DType::BF16;                 // the dominant stored dtype
    std::uint64_t tensorCount = 0;
    std::uint64_t parameterCount = 0;
    std::vector<std::string> problems;         // missing / unexpected / wrong-shape keys, config mismatch
};

// A file or folder that is not a usable ACE-Step 1.5 component, with the reason in plain words.
struct RejectedItem {
    std::filesystem::path path;
    std::string reason;
};

// One DiT together with what a generation also needs, resolved from the whole folder.
struct ModelSet {
    std::size_t dit = 0;                         // index into Catalog::components
    std::optional<std::size_t> vae, textEncoder, planner, silenceLatent, tokenizer;
    bool readyToGenerate = false;                // DiT variant known + VAE + text encoder + tokenizer
    std::vector<std::string> missing;            // musician words: "the audio decoder (VAE) is missing"
};

struct ScanOptions {
    // The user's answer for DiTs whose variant no config.json tells (key: the DiT's first file path).
    std::map<std::filesystem::path, DitVariant> variantChoices;
    int maxDepth = 4;
};

struct Catalog {
    std::filesystem::path root;
    std::vector<CatalogComponent> components;
    std::vector<ModelSet> models;
    std::vector<RejectedItem> rejected;
};

// Scans `root` (a folder, or a single file). Fails only when root itself cannot be read.
Result<Catalog> scanModels(const std::filesystem::path& root, const ScanOptions& options = {});

// One file's tensor table and what it is recognised as (or why not).
struct InspectReport {
    std::filesystem::path path;
    CheckpointHeaders headers;                   // empty for a torch zip
    std::vector<CatalogComponent> components;    // several for an all-in-one file
    std::vector<RejectedItem> rejected;
};
Result<InspectReport> inspectFile(const std::filesystem::path& path);

// JSON for `songloom-cli models DIR --json` / `inspect --json` (stable field names, documented in docs/).
std::string catalogToJson(const Catalog& catalog);
std::string inspectToJson(const InspectReport& report);
// Plain words for a person: what is present, what is missing.
std::string describeCatalog(const Catalog& catalog);

}  // namespace songloom
