// Diffusers snapshots (checkpoint-layouts 6, engine-spec-diffusers 1): the DiT is split over four
// component folders with renamed attention keys; we map every key back to its official name so the one
// DiT classifier (and later the one loader) sees the official bundle.
#include "catalog/folder_parts.h"

#include "catalog/analyse.h"
#include "catalog/file_probe.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

namespace songloom::catalog {

namespace {

void replaceAll(std::string& s, std::string_view from, std::string_view to) {
    for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) {
        s.replace(at, from.size(), to);
    }
}

// Undo the converter's attention renames (6.3). Only inside self_attn./cross_attn. paths: elsewhere
// the same fragments would be ordinary names. Keys written by the early converter carry the official
// spellings already and pass through unchanged.
std::string officialAttentionNames(std::string key) {
    for (std::string_view attn : {"self_attn.", "cross_attn."}) {
        const std::string a(attn);
        replaceAll(key, a + "to_q.", a + "q_proj.");
        replaceAll(key, a + "to_k.", a + "k_proj.");
        replaceAll(key, a + "to_v.", a + "v_proj.");
        replaceAll(key, a + "to_out.0.", a + "o_proj.");
        replaceAll(key, a + "norm_q.", a + "q_norm.");
        replaceAll(key, a + "norm_k.", a + "k_norm.");
    }
    return key;
}

struct Part {
    const char* folder;
    const char* officialPrefix;
    bool required;
};
constexpr Part kDitParts[] = {
    {"transformer", "decoder.", true},
    {"condition_encoder", "encoder.", true},
    {"audio_tokenizer", "tokenizer.", false},
    {"audio_token_detokenizer", "detokenizer.", false},
};

std::string officialName(const Part& part, const std::string& key) {
    if (std::string_view(part.folder) == "condition_encoder" && key == "null_condition_emb") return key;
    std::string name = officialAttentionNames(key);
    if (std::string_view(part.folder) == "transformer") {
        if (name.rfind("proj_in_conv.", 0) == 0) name = "proj_in.1." + name.substr(13);
        if (name.rfind("proj_out_conv.", 0) == 0) name = "proj_out.1." + name.substr(14);
    }
    return part.officialPrefix + name;
}

// 9 step 3c signatures, checked on the stored names.
std::optional<std::string> partSignatureProblem(const Part& part, const TensorTable& t) {
    const std::string_view folder = part.folder;
    bool ok = true;
    if (folder == "transformer") {
        ok = t.has("proj_in_conv.weight") &&
             (t.has("layers.0.self_attn.to_q.weight") || t.has("layers.0.self_attn.q_proj.weight"));
    } else if (folder == "condition_encoder") {
        ok = t.has("text_projector.weight") && t.has("lyric_encoder.layers.0.input_layernorm.weight");
    } else if (folder == "audio_tokenizer") {
        ok = t.has("audio_acoustic_proj.weight") && t.has("attention_pooler.special_token");
    } else {
        ok = t.has("special_tokens") && t.has("proj_out.weight");
    }
    if (ok) return std::nullopt;
    return fmt::format("{}/ does not hold the ACE-Step 1.5 {} weights (first tensors: {})", part.folder, part.folder,
                       fmt::join(t.firstNames(3), ", "));
}

std::vector<std::filesystem::path> filesOf(const std::filesystem::path& checkpoint, const CheckpointHeaders& h) {
    std::vector<std::filesystem::path> files;
    if (isShardIndexFile(checkpoint)) files.push_back(checkpoint);
    for (const ShardEntry& shard : h.shards) files.push_back(shard.file);
    return files;
}

// vae/ and text_encoder/: ordinary one-model folders.
void scanPlainComponent(const std::filesystem::path& dir, DiffusersScan& out) {
    const auto checkpoint = checkpointInFolder(dir);
    if (!checkpoint) return;
    auto headers = readCheckpointHeaders(*checkpoint);
    if (!headers) {
        out.rejected.push_back({*checkpoint, headers.status().message()});
        return;
    }
    const auto config = readJsonFile(dir / "config.json");
    CheckpointSource source;
    source.files = filesOf(*checkpoint, *headers);
    source.config = config ? &*config : nullptr;
    source.folderLayout = Layout::DiffusersFolder;
    Analysis a = analyseCheckpoint(*headers, source);
    std::move(a.components.begin(), a.components.end(), std::back_inserter(out.components));
    std::move(a.rejected.begin(), a.rejected.end(), std::back_inserter(out.rejected));
}

void scanDit(const std::filesystem::path& dir, DiffusersScan& out) {
    TensorTable official;
    std::vector<std::filesystem::path> files;
    std::optional<TensorMeta> silence;
    std::filesystem::path silenceFile;
    for (const Part& part : kDitParts) {
        const auto checkpoint = checkpointInFolder(dir / part.folder);
        if (!checkpoint) {
            if (part.required) {
                out.rejected.push_back({dir, fmt::format("a diffusers-format ACE-Step folder without its {}/ weights: "
                                                         "the DiT cannot be assembled",
                                                         part.folder)});
                return;
            }
            continue;  // optional parts only switch features off (6.1)
        }
        auto headers = readCheckpointHeaders(*checkpoint);
        if (!headers) {
            out.rejected.push_back({*checkpoint, headers.status().message()});
            return;
        }
        const TensorTable stored = tableFromHeaders(*headers);
        if (auto problem = partSignatureProblem(part, stored)) {
            out.rejected.push_back({dir / part.folder, *problem});
            return;
        }
        for (const auto& [name, meta] : stored) {
            if (std::string_view(part.folder) == "condition_encoder" && name == "silence_latent") {
                silence = meta;  // baked in as [1, T, 64] (6.3); reported as its own component
                silenceFile = *checkpoint;
                continue;
            }
            official.add(officialName(part, name), meta.dtype, meta.shape);
        }
        const auto partFiles = filesOf(*checkpoint, *headers);
        files.insert(files.end(), partFiles.begin(), partFiles.end());
    }

    const auto config = readJsonFile(dir / "transformer" / "config.json");
    GroupHints hints;
    hints.config = config ? &*config : nullptr;
    Classified r = classifyGroup(official, hints);
    if (!r.component) {
        out.rejected.push_back({dir, r.rejection});
        return;
    }
    CatalogComponent c = std::move(*r.component);
    if (c.kind != ComponentKind::DiT) {
        out.rejected.push_back({dir, "the transformer/ and condition_encoder/ folders do not form an ACE-Step 1.5 DiT"});
        return;
    }
    c.layout = Layout::DiffusersFolder;
    c.files = std::move(files);
    resolveDitVariant(c, hints.config, dir, dir);
    out.components.push_back(std::move(c));

    if (silence) {
        CatalogComponent s;
        s.kind = ComponentKind::SilenceLatent;
        s.layout = Layout::DiffusersFolder;
        s.files = {silenceFile};
        s.dtype = silence->dtype;
        s.tensorCount = 1;
        s.parameterCount = silence->numel();
        const Shape& shape = silence->shape;
        if (shape.size() == 3 && shape[0] == 1 && shape[2] == 64) {
            s.dims = {{"channels", 64}, {"frames", shape[1]}};
            out.components.push_back(std::move(s));
        } else {
            out.rejected.push_back({silenceFile, fmt::format("its silence_latent is {}, expected [1, T, 64]",
                                                             formatShape(shape))});
        }
    }
}

}  // namespace

std::optional<std::string> diffusersOfficialName(std::string_view folder, const std::string& key) {
    for (const Part& part : kDitParts) {
        if (folder != part.folder) continue;
        if (folder == "condition_encoder" && key == "silence_latent") return std::nullopt;
        return officialName(part, key);
    }
    return std::nullopt;
}

std::optional<std::filesystem::path> checkpointInFolder(const std::filesystem::path& dir) {
    std::error_code ec;
    std::vector<std::filesystem::path> singles, indices;
    for (std::filesystem::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        const auto& p = it->path();
        if (isShardIndexFile(p)) indices.push_back(p);
        else if (p.extension() == ".safetensors") singles.push_back(p);
    }
    std::sort(indices.begin(), indices.end());
    std::sort(singles.begin(), singles.end());
    if (!indices.empty()) return indices.front();
    if (!singles.empty()) return singles.front();
    return std::nullopt;
}

DiffusersScan scanDiffusersFolder(const std::filesystem::path& dir) {
    DiffusersScan out;
    scanDit(dir, out);
    scanPlainComponent(dir / "vae", out);
    scanPlainComponent(dir / "text_encoder", out);

    std::set<std::string> names;
    std::error_code ec;
    for (std::filesystem::directory_iterator it(dir / "tokenizer", ec), end; !ec && it != end; it.increment(ec)) {
        names.insert(it->path().filename().string());
    }
    if (auto tok = tokenizerInFolder(dir / "tokenizer", names, Layout::DiffusersFolder, out.rejected)) {
        out.components.push_back(std::move(*tok));
    }
    // A raw silence_latent.pt at the root is optional (the pipeline does not read it, 6.1).
    if (std::filesystem::is_regular_file(dir / "silence_latent.pt", ec)) {
        Classified s = silenceLatentFromZip(dir / "silence_latent.pt", Layout::DiffusersFolder);
        if (s.component) out.components.push_back(std::move(*s.component));
        else out.rejected.push_back({dir / "silence_latent.pt", s.rejection});
    }
    return out;
}

}  // namespace songloom::catalog
