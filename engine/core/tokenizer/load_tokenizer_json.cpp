// tokenizer.json (HF `tokenizers` serialisation) -> TokenizerSpec. Every stage is read from the file;
// a stage this engine does not implement is refused with Unsupported rather than guessed (spec §3).
#include "tokenizer/json_fields.h"
#include "tokenizer/tokenizer_spec.h"

#include <fmt/format.h>

namespace songloom::bpe {
namespace {

Status unsupported(std::string_view where, std::string_view what) {
    return jsonError(ErrorCode::Unsupported, where, what);
}

// Optional string members that must be empty when present (BPE options this engine does not implement).
Status requireEmptyOrNull(const Json& model, const char* key, std::string_view where) {
    const Json* value = optionalMember(model, key);
    if (value == nullptr || (value->is_string() && value->get<std::string>().empty())) return Status::ok();
    return unsupported(fmt::format("{}.{}", where, key), "only null or \"\" is supported");
}

Status readModel(const Json& root, const std::string& file, TokenizerSpec& spec) {
    const std::string where = file + ": model";
    const Json* model = optionalMember(root, "model");
    if (model == nullptr) return jsonError(ErrorCode::Corrupt, where, "missing");
    auto type = typeTag(*model, where);
    if (!type) return type.status();
    if (*type != "BPE") return unsupported(where, fmt::format("model type \"{}\" (only BPE is supported)", *type));

    if (const Json* dropout = optionalMember(*model, "dropout");
        dropout != nullptr && !(dropout->is_number() && dropout->get<double>() == 0.0))
        return unsupported(where + ".dropout", "BPE dropout is not supported");
    if (optionalMember(*model, "unk_token") != nullptr)
        return unsupported(where + ".unk_token", "an unknown token is not supported (byte-level BPE needs none)");
    for (const char* key : {"continuing_subword_prefix", "end_of_word_suffix"})
        if (Status s = requireEmptyOrNull(*model, key, where); !s) return s;
    for (const char* key : {"byte_fallback", "ignore_merges"}) {
        auto on = optionalBool(*model, key, false, where);
        if (!on) return on.status();
        if (*on) return unsupported(fmt::format("{}.{}", where, key), "only false is supported");
    }

    const Json* vocab = optionalMember(*model, "vocab");
    if (vocab == nullptr || !vocab->is_object())
        return jsonError(ErrorCode::Corrupt, where + ".vocab", "missing or not an object");
    spec.vocab.reserve(vocab->size());
    for (const auto& [token, id] : vocab->items()) {
        auto value = toInt32(id, fmt::format("{}.vocab[\"{}\"]", where, token));
        if (!value) return value.status();
        spec.vocab.emplace(token, *value);
    }

    const Json* merges = optionalMember(*model, "merges");
    if (merges == nullptr || !merges->is_array())
        return jsonError(ErrorCode::Corrupt, where + ".merges", "missing or not an array");
    spec.merges.reserve(merges->size());
    for (std::size_t i = 0; i < merges->size(); ++i) {
        const Json& m = (*merges)[i];
        // Two spellings: "left right" (tokenizers < 0.20) and ["left", "right"].
        if (m.is_string()) {
            auto pair = parseMergeLine(m.get_ref<const std::string&>());
            if (!pair)
                return jsonError(ErrorCode::Corrupt, fmt::format("{}.merges[{}]", where, i),
                                 fmt::format("\"{}\" is not two tokens separated by one space", m.get<std::string>()));
            spec.merges.push_back(std::move(*pair));
        } else if (m.is_array() && m.size() == 2 && m[0].is_string() && m[1].is_string()) {
            spec.merges.emplace_back(m[0].get<std::string>(), m[1].get<std::string>());
        } else {
            return jsonError(ErrorCode::Corrupt, fmt::format("{}.merges[{}]", where, i),
                             "must be \"left right\" or [\"left\", \"right\"]");
        }
    }
    return Status::ok();
}

Status readAddedTokens(const Json& root, const std::string& file, TokenizerSpec& spec) {
    const Json* added = optionalMember(root, "added_tokens");
    if (added == nullptr) return Status::ok();
    if (!added->is_array()) return jsonError(ErrorCode::Corrupt, file + ": added_tokens", "must be an array");
    spec.addedTokens.reserve(added->size());
    for (std::size_t i = 0; i < added->size(); ++i) {
        const std::string where = fmt::format("{}: added_tokens[{}]", file, i);
        const Json& entry = (*added)[i];
        const Json* id = entry.is_object() ? optionalMember(entry, "id") : nullptr;
        if (id == nullptr) return jsonError(ErrorCode::Corrupt, where, "missing id");
        auto value = toInt32(*id, where + ".id");
        if (!value) return value.status();
        auto token = parseAddedToken(entry, *value, where);
        if (!token) return token.status();
        spec.addedTokens.push_back(std::move(*token));
    }
    return Status::ok();
}

Status readNormalizer(const Json& node, const std::string& where, TokenizerSpec& spec) {
    auto type = typeTag(node, where);
    if (!type) return type.status();
    if (*type == "NFC") {
        spec.nfc = true;
        return Status::ok();
    }
    if (*type == "Sequence") {
        const Json* list = optionalMember(node, "normalizers");
        if (list == nullptr || !list->is_array())
            return jsonError(ErrorCode::Corrupt, where + ".normalizers", "must be an array");
        for (std::size_t i = 0; i < list->size(); ++i)
            if (Status s = readNormalizer((*list)[i], fmt::format("{}.normalizers[{}]", where, i), spec); !s) return s;
        return Status::ok();
    }
    return unsupported(where, fmt::format("normalizer \"{}\" (supported: NFC, a Sequence of NFC, none)", *type));
}

Status readByteLevelOptions(const Json& node, const std::string& where, bool regexAllowed) {
    auto prefix = optionalBool(node, "add_prefix_space", false, where);
    if (!prefix) return prefix.status();
    if (*prefix) return unsupported(where + ".add_prefix_space", "only false is supported");
    auto useRegex = optionalBool(node, "use_regex", true, where);
    if (!useRegex) return useRegex.status();
    if (*useRegex && !regexAllowed)
        return unsupported(where + ".use_regex", "the GPT-2 split built into ByteLevel is not supported (only false)");
    return Status::ok();
}

Status readSplit(const Json& node, const std::string& where, TokenizerSpec& spec) {
    if (spec.splitPattern) return unsupported(where, "more than one Split pre-tokenizer");
    const Json* pattern = optionalMember(node, "pattern");
    if (pattern == nullptr || !pattern->is_object())
        return jsonError(ErrorCode::Corrupt, where + ".pattern", "missing or not an object");
    const Json* regex = optionalMember(*pattern, "Regex");
    if (regex == nullptr || !regex->is_string())
        return unsupported(where + ".pattern", "only {\"Regex\": ...} patterns are supported");
    auto behavior = requiredString(node, "behavior", where);
    if (!behavior) return behavior.status();
    if (*behavior != "Isolated")
        return unsupported(where + ".behavior", fmt::format("\"{}\" (only Isolated)", *behavior));
    auto invert = optionalBool(node, "invert", false, where);
    if (!invert) return invert.status();
    if (*invert) return unsupported(where + ".invert", "only false is supported");
    spec.splitPattern = regex->get<std::string>();
    return Status::ok();
}

// Supported: Sequence[Split(Regex, Isolated), ByteLevel(use_regex: false)] (Qwen2), or ByteLevel alone
// with use_regex: false. Byte-level mapping must come last.
Status readPreTokenizer(const Json& root, const std::string& file, TokenizerSpec& spec) {
    const std::string where = file + ": pre_tokenizer";
    const Json* node = optionalMember(root, "pre_tokenizer");
    if (node == nullptr) return unsupported(where, "a byte-level pre-tokenizer is required (found none)");
    auto type = typeTag(*node, where);
    if (!type) return type.status();
    if (*type == "ByteLevel") return readByteLevelOptions(*node, where, false);
    if (*type != "Sequence") return unsupported(where, fmt::format("pre-tokenizer \"{}\"", *type));
    const Json* list = optionalMember(*node, "pretokenizers");
    if (list == nullptr || !list->is_array() || list->empty())
        return jsonError(ErrorCode::Corrupt, where + ".pretokenizers", "must be a non-empty array");
    for (std::size_t i = 0; i < list->size(); ++i) {
        const std::string itemWhere = fmt::format("{}.pretokenizers[{}]", where, i);
        auto itemType = typeTag((*list)[i], itemWhere);
        if (!itemType) return itemType.status();
        const bool last = i + 1 == list->size();
        if (*itemType == "Split" && !last) {
            if (Status s = readSplit((*list)[i], itemWhere, spec); !s) return s;
        } else if (*itemType == "ByteLevel" && last) {
            if (Status s = readByteLevelOptions((*list)[i], itemWhere, false); !s) return s;
        } else {
            return unsupported(itemWhere,
                               fmt::format("\"{}\" here (supported: Split ..., then ByteLevel last)", *itemType));
        }
    }
    return Status::ok();
}

Status readTemplate(const Json& node, const std::string& where, TokenizerSpec& spec) {
    const Json* single = optionalMember(node, "single");
    if (single == nullptr || !single->is_array())
        return jsonError(ErrorCode::Corrupt, where + ".single", "missing or not an array");
    const Json* specials = optionalMember(node, "special_tokens");
    bool seenSequence = false;
    for (std::size_t i = 0; i < single->size(); ++i) {
        const std::string pieceWhere = fmt::format("{}.single[{}]", where, i);
        const Json& piece = (*single)[i];
        if (const Json* seq = piece.is_object() ? optionalMember(piece, "Sequence") : nullptr) {
            auto id = requiredString(*seq, "id", pieceWhere + ".Sequence");
            if (!id) return id.status();
            if (*id != "A" || seenSequence)
                return jsonError(ErrorCode::Corrupt, pieceWhere, "a single-sequence template holds sequence A once");
            seenSequence = true;
            continue;
        }
        const Json* tok = piece.is_object() ? optionalMember(piece, "SpecialToken") : nullptr;
        if (tok == nullptr) return jsonError(ErrorCode::Corrupt, pieceWhere, "must be a Sequence or a SpecialToken");
        auto name = requiredString(*tok, "id", pieceWhere + ".SpecialToken");
        if (!name) return name.status();
        const Json* entry =
            specials != nullptr && specials->is_object() ? optionalMember(*specials, name->c_str()) : nullptr;
        const Json* ids = entry != nullptr && entry->is_object() ? optionalMember(*entry, "ids") : nullptr;
        if (ids == nullptr || !ids->is_array())
            return jsonError(ErrorCode::Corrupt, pieceWhere,
                             fmt::format("special token \"{}\" is not in special_tokens", *name));
        for (const Json& id : *ids) {
            auto value = toInt32(id, fmt::format("{}.special_tokens[\"{}\"].ids", where, *name));
            if (!value) return value.status();
            (seenSequence ? spec.suffix : spec.prefix).push_back(*value);
        }
    }
    if (!seenSequence) return jsonError(ErrorCode::Corrupt, where + ".single", "has no Sequence A");
    return Status::ok();
}

// Supported: none, ByteLevel (changes offsets only), TemplateProcessing, or a Sequence of those.
Status readPostProcessor(const Json& node, const std::string& where, TokenizerSpec& spec) {
    auto type = typeTag(node, where);
    if (!type) return type.status();
    if (*type == "ByteLevel") return readByteLevelOptions(node, where, true);
    if (*type == "TemplateProcessing") {
        if (!spec.prefix.empty() || !spec.suffix.empty()) return unsupported(where, "more than one TemplateProcessing");
        return readTemplate(node, where, spec);
    }
    if (*type == "Sequence") {
        const Json* list = optionalMember(node, "processors");
        if (list == nullptr || !list->is_array())
            return jsonError(ErrorCode::Corrupt, where + ".processors", "must be an array");
        for (std::size_t i = 0; i < list->size(); ++i)
            if (Status s = readPostProcessor((*list)[i], fmt::format("{}.processors[{}]", where, i), spec); !s)
                return s;
        return Status::ok();
    }
    return unsupported(where,
                       fmt::format("post-processor \"{}\" (supported: TemplateProcessing, ByteLevel, none)", *type));
}

Status readDecoder(const Json& root, const std::string& file) {
    const std::string where = file + ": decoder";
    const Json* node = optionalMember(root, "decoder");
    if (node == nullptr) return unsupported(where, "a ByteLevel decoder is required (found none)");
    auto type = typeTag(*node, where);
    if (!type) return type.status();
    if (*type != "ByteLevel") return unsupported(where, fmt::format("decoder \"{}\" (only ByteLevel)", *type));
    return Status::ok();
}

// Truncation changes what encode returns, so a file that asks for it is refused; padding only matters
// for batches (or a Fixed length), which this API does not pad.
Status readTruncationAndPadding(const Json& root, const std::string& file) {
    if (optionalMember(root, "truncation") != nullptr)
        return unsupported(file + ": truncation", "truncation in the file is not supported (truncate the ids instead)");
    if (const Json* padding = optionalMember(root, "padding")) {
        const Json* strategy = padding->is_object() ? optionalMember(*padding, "strategy") : nullptr;
        if (strategy != nullptr && !(strategy->is_string() && strategy->get<std::string>() == "BatchLongest"))
            return unsupported(file + ": padding.strategy", "only BatchLongest padding is supported");
    }
    return Status::ok();
}

}  // namespace

Result<TokenizerSpec> loadTokenizerJson(const std::filesystem::path& path) {
    auto text = readTextFile(path);
    if (!text) return text.status();
    const std::string file = path.string();
    auto root = parseJson(*text, file);
    if (!root) return root.status();
    if (!root->is_object()) return jsonError(ErrorCode::Corrupt, file, "top level must be an object");

    TokenizerSpec spec;
    spec.source = file;
    if (Status s = readModel(*root, file, spec); !s) return s;
    if (Status s = readAddedTokens(*root, file, spec); !s) return s;
    if (const Json* normalizer = optionalMember(*root, "normalizer"))
        if (Status s = readNormalizer(*normalizer, file + ": normalizer", spec); !s) return s;
    if (Status s = readPreTokenizer(*root, file, spec); !s) return s;
    if (const Json* post = optionalMember(*root, "post_processor"))
        if (Status s = readPostProcessor(*post, file + ": post_processor", spec); !s) return s;
    if (Status s = readDecoder(*root, file); !s) return s;
    if (Status s = readTruncationAndPadding(*root, file); !s) return s;
    if (Status s = checkAddedTokens(spec); !s) return s;
    return spec;
}

}  // namespace songloom::bpe
