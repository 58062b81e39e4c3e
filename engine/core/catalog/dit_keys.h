// The official DiT bundle's tensor names and shapes (engine-spec-dit section 2) as a function of its
// dimensions: 677 tensors for 2B, 829 for XL, fewer for tiny test models.
#pragma once

#include "catalog/key_check.h"

#include <cstdint>

namespace songloom::catalog {

struct DitDims {
    // decoder (DiT proper)
    std::int64_t hidden = 0;         // H
    std::int64_t layers = 0;         // L
    std::int64_t heads = 0;          // Nh
    std::int64_t kvHeads = 0;        // Nkv
    std::int64_t headDim = 128;      // D
    std::int64_t intermediate = 0;   // I
    std::int64_t inChannels = 192;   // 3 x latent
    std::int64_t latent = 64;        // audio_acoustic_hidden_dim
    std::int64_t patch = 2;
    std::int64_t timeDim = 256;      // sinusoidal timestep width
    // condition side (encoder, audio tokenizer, detokenizer, null condition): width He
    std::int64_t encHidden = 0;      // He
    std::int64_t encIntermediate = 0;
    std::int64_t encHeads = 0;
    std::int64_t encKvHeads = 0;
    std::int64_t textDim = 1024;     // text encoder width
    std::int64_t timbreDim = 64;
    std::int64_t lyricLayers = 8;
    std::int64_t timbreLayers = 4;
    std::int64_t poolerLayers = 2;   // attention pooler and detokenizer
    std::int64_t fsqLevels = 6;
    std::int64_t poolWindow = 5;
};

// The 2B and XL releases (engine-spec-dit section 1).
DitDims officialDitDims2B();
DitDims officialDitDimsXL();

// Decoder (476 / 628 for 2B / XL), condition encoder (140), audio tokenizer (32), detokenizer (28),
// null condition (1) -- separately, so a missing optional group can be told from a broken one.
ExpectedTensors expectedDecoder(const DitDims& d);
ExpectedTensors expectedConditionEncoder(const DitDims& d);
ExpectedTensors expectedAudioTokenizer(const DitDims& d);
ExpectedTensors expectedAudioDetokenizer(const DitDims& d);
ExpectedTensors expectedNullCondition(const DitDims& d);

}  // namespace songloom::catalog
