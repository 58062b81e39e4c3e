// Pieces shared by the condition-side modules (condition encoder, audio tokenizer / detokenizer): the
// attention dimensions of their bidirectional encoder blocks and the loading of a stack of them.
// Private to engine/src/dit.
#pragma once

#include "dit/condition_config.h"
#include "nn/ace_attention.h"
#include "nn/weights.h"

#include <fmt/format.h>

#include <cstdint>
#include <string>
#include <vector>

namespace songloom::dit {

// The attention dimensions of one condition-side encoder block (self-attention: kv input = hidden).
inline nn::AceAttentionDims conditionBlockDims(const ConditionConfig& c) {
    nn::AceAttentionDims d;
    d.hidden = c.hidden;
    d.kvInput = c.hidden;
    d.heads = c.heads;
    d.kvHeads = c.kvHeads;
    d.headDim = c.headDim;
    d.eps = c.eps;
    d.bias = c.attentionBias;
    return d;
}

// Loads `<prefix>.layers.0 .. count-1` as encoder blocks.
inline std::vector<nn::AceEncoderLayer> loadConditionStack(nn::WeightLoader& w, const std::string& prefix,
                                                           std::int64_t count, const ConditionConfig& c) {
    std::vector<nn::AceEncoderLayer> layers;
    for (std::int64_t i = 0; i < count; ++i) {
        layers.push_back(nn::loadAceEncoderLayer(w, fmt::format("{}.layers.{}", prefix, i), conditionBlockDims(c),
                                                 c.intermediate));
    }
    return layers;
}

}  // namespace songloom::dit
