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
#include <string_view>
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

// Silence latents and tokenizer files take the layout of the folder they sit in (official / diffusers);
// TorchZip and TokenizerFiles are for ones found on their own.
enum class Layout {
    OfficialFolder,   // L1: Hugging Face folder with config.json
    DiffusersFolder,  // L4: model_index.json + component folders
    ComfySplitFile,   // L2: one safetensors per component, no config
    ComfyAllInOne,    // L3: DiT + VAE + text encoder + LM in one prefixed file
    PeftAdapter,      // L6: adapter_config.json + adapter_model.safetensors
    LoraFile,         // L6: single-file LoRA (ComfyUI naming)
    LokrFile,         // L6: LyCORIS LoKr
    TorchZip,         // a lone silence_latent.pt
    TokenizerFiles,   // lone tokenizer.json or vocab.json + merges.txt
};

enum class SizeClass { TwoB, XL, Custom };          // DiT sizes (Custom: consistent shapes of another size)
enum class DitVariant { Turbo, Base, Sft, Unknown };  // one architecture: only config.json or the user tells
enum class VariantSource { Config, UserChoice, Undetermined };
enum class PlannerSize { Lm0_6B, Lm1_7B, Lm4B, Custom };

// The spellings used in JSON, in the CLI and by the fixture expectations.
const char* componentKindName(ComponentKind kind);  // "dit", "vae", "text-encoder", "planner", "adapter",
                                                    // "silence-latent", "tokenizer"
const char* layoutName(Layout layout);              // "official-folder", "diffusers", "comfy-split",
                                                    // "comfy-aio", "peft-adapter", "lora-file", "lokr-file",
                                                    // "torch-zip", "tokenizer-files"
const char* sizeClassName(SizeClass size);          // "2B", "XL", "custom"
const char* variantName(DitVariant variant);        // "turbo", "base", "sft", "unknown"
const char* variantSourceName(VariantSource source);  // "config", "user-choice", "undetermined"
const char* plannerSizeName(PlannerSize size);      // "0.6B", "1.7B", "4B", "custom"
std::optional<DitVariant> parseVariant(std::string_view name);  // "turbo" / "base" / "sft", any case

// Sampling defaults per model variant (seed 000: the six Comfy-Org variants; plus the official 2B SFT).
// The reason for each number is in engine/core/catalog/presets.cpp.
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
// Exact match first; an all-in-one without its own preset takes its size's (XL AIO -> XL numbers).
// nullptr for SizeClass::Custom or DitVariant::Unknown.
const VariantPreset* findPreset(SizeClass size, DitVariant variant, bool allInOne);

struct CatalogComponent {
    ComponentKind kind = ComponentKind::DiT;
    Layout layout = Layout::OfficialFolder;
    std::vector<std::filesystem::path> files;  // every file it is read from (shards, diffusers parts)
    std::string keyPrefix;                     // what precedes the canonical names in the file: the all-in-one
                                               // group prefix ("vae.") plus any inner one ("model.",
                                               // "base_model.model.", "lycoris_")
    std::string title;                         // musician-facing one-liner: "ACE-Step 1.5 XL Turbo (DiT)"

    // DiT
    SizeClass size = SizeClass::Custom;
    std::string family;                        // DiT / adapter: "2B" or "XL" construction; planner: "0.6B" /
                                               // "1.7B" / "4B" shape family -- also for resized (tiny) models
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
    std::string adapterTarget;                 // "2B" / "XL" DiT the adapter fits ("custom" otherwise)
    int adapterRank = 0;                       // 0 when the shapes do not say (full LoKr factors)
    std::optional<double> adapterAlpha;        // from adapter_config.json or metadata, when stated

    std::map<std::string, std::int64_t> dims;  // hidden_size, num_hidden_layers, vocab_size, ...
    DType dtype = DType::BF16;                 // the dominant stored dtype
    std::uint64_t tensorCount = 0;
    std::uint64_t parameterCount = 0;
    std::vector<std::string> problems;         // blocking: missing / unexpected / wrong-shape keys,
                                               // config mismatch (the component cannot be loaded)
    std::vector<std::string> notes;            // informational: features off, non-release shapes,
                                               // "variant cannot be told: choose"
    bool bundled = false;                      // tokenizer: Songloom's own copy (ScanOptions::bundledTokenizer),
                                               // not a file in the user's folders

    bool usable() const { return problems.empty(); }
};

// The size the studio shows: DiT "2B"/"XL"/"custom"; planner "0.6B"/"1.7B"/"4B"/"custom"; adapter its
// target DiT ("2B"/"XL"/"custom"); "" for kinds without sizes.
std::string componentSizeName(const CatalogComponent& component);

// A file or folder that is not a usable ACE-Step 1.5 component, with the reason in plain words.
struct RejectedItem {
    std::filesystem::path path;
    std::string reason;
};

// One DiT together with what a generation also needs, resolved from the whole folder.
struct ModelSet {
    std::size_t dit = 0;                         // index into Catalog::components
    std::optional<std::size_t> vae, textEncoder, planner, silenceLatent, tokenizer;
    bool readyToGenerate = false;                // usable DiT with a known variant + VAE + text encoder
                                                 // + tokenizer
    std::vector<std::string> missing;            // musician words, one per blocking gap
    std::vector<std::string> notes;              // not blocking: no planner, synthesised silence latent
};

struct ScanOptions {
    // The user's answer for DiTs whose variant no config.json tells. Key: any of the DiT's files, or for an
    // official / diffusers folder the folder itself (compared after resolving symlinks). A choice that
    // contradicts config.json is not applied (a note says so).
    std::map<std::filesystem::path, DitVariant> variantChoices;
    int maxDepth = 4;  // folder levels below the root that are searched
    // The Qwen3-Embedding tokenizer Songloom brings (bundledTokenizerFolder()): used by model sets whose
    // folders hold no text-encoder tokenizer (Comfy-Org files carry none), with a note saying so. Empty:
    // none; the set then lists the tokenizer as missing.
    std::filesystem::path bundledTokenizer;
};

// Where the build / install puts the bundled tokenizer: `<dir of the running executable>/../share/songloom/
// tokenizer` when it holds tokenizer.json (the build tree: build/bin + build/share; an install: bin +
// share). Empty when there is none. Callers put it in ScanOptions::bundledTokenizer.
std::filesystem::path bundledTokenizerFolder();
std::filesystem::path bundledTokenizerFolderFor(const std::filesystem::path& executable);

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
    std::string format;                          // "safetensors" or "torch-zip"
    CheckpointHeaders headers;                   // empty for a torch zip
    std::vector<CatalogComponent> components;    // several for an all-in-one file
    std::vector<RejectedItem> rejected;
};
// Fails (Status) when no tensor table can be read: missing or unreadable file, malformed header, or a
// format that is never opened (pickle) or not supported (GGUF, other torch files, anything else).
Result<InspectReport> inspectFile(const std::filesystem::path& path);

// JSON for `songloom-cli models DIR --json` / `inspect --json` (stable field names, documented in docs/).
std::string catalogToJson(const Catalog& catalog);
std::string inspectToJson(const InspectReport& report);
// Plain words for a person: what is present, what is missing.
std::string describeCatalog(const Catalog& catalog);

}  // namespace songloom
