#include "tokenizer/json_fields.h"
#include "tokenizer/tokenizer_spec.h"

namespace songloom::bpe {

Result<AddedToken> parseAddedToken(const Json& object, std::int32_t id, std::string_view where) {
    if (!object.is_object()) return jsonError(ErrorCode::Corrupt, where, "must be an object");
    AddedToken token;
    token.id = id;
    auto content = requiredString(object, "content", where);
    if (!content) return content.status();
    token.content = std::move(*content);
    // Flags the file leaves out take the defaults of HF's AddedToken: false, except `normalized`, which
    // defaults to `!special`. The files HF writes always spell all five out.
    struct Flag {
        const char* key;
        bool* target;
    };
    auto special = optionalBool(object, "special", false, where);
    if (!special) return special.status();
    token.special = *special;
    for (const Flag& flag : {Flag{"single_word", &token.singleWord}, Flag{"lstrip", &token.lstrip},
                             Flag{"rstrip", &token.rstrip}, Flag{"normalized", &token.normalized}}) {
        auto value = optionalBool(object, flag.key, flag.target == &token.normalized && !token.special, where);
        if (!value) return value.status();
        *flag.target = *value;
    }
    return token;
}

}  // namespace songloom::bpe
