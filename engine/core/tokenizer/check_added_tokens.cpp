#include "tokenizer/tokenizer_spec.h"

#include <fmt/format.h>

#include <unordered_map>

namespace songloom::bpe {

Status checkAddedTokens(const TokenizerSpec& spec) {
    std::unordered_map<std::int32_t, const AddedToken*> ids;
    std::unordered_map<std::int32_t, const std::string*> vocabById;
    for (const auto& [token, id] : spec.vocab) vocabById.emplace(id, &token);
    for (const AddedToken& t : spec.addedTokens) {
        if (t.content.empty())
            return Status::error(ErrorCode::Corrupt,
                                 fmt::format("{}: added token {} has empty content", spec.source, t.id));
        if (t.id < 0)
            return Status::error(ErrorCode::Corrupt, fmt::format("{}: added token \"{}\" has negative id {}",
                                                                 spec.source, t.content, t.id));
        if (const auto [it, fresh] = ids.emplace(t.id, &t); !fresh)
            return Status::error(ErrorCode::Corrupt, fmt::format("{}: added tokens \"{}\" and \"{}\" share id {}",
                                                                 spec.source, it->second->content, t.content, t.id));
        const auto inVocab = spec.vocab.find(t.content);
        if (inVocab != spec.vocab.end() && inVocab->second != t.id)
            return Status::error(ErrorCode::Corrupt,
                                 fmt::format("{}: added token \"{}\" has id {} but the vocabulary gives it id {}",
                                             spec.source, t.content, t.id, inVocab->second));
        const auto owner = vocabById.find(t.id);
        if (inVocab == spec.vocab.end() && owner != vocabById.end())
            return Status::error(ErrorCode::Corrupt,
                                 fmt::format("{}: added token \"{}\" has id {}, which the vocabulary gives to \"{}\"",
                                             spec.source, t.content, t.id, *owner->second));
    }
    return Status::ok();
}

}  // namespace songloom::bpe
