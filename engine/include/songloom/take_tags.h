// What a finished take carries in its tags (issue 5): the model file hash, the full generation parameters
// of one batch item as JSON, and the AudioTags built from them. Torch-free. Schema:
// docs/generation-request.md, "Generation parameters in the tags".
#pragma once

#include "songloom/audio_io.h"
#include "songloom/generation_request.h"
#include "songloom/model_catalog.h"
#include "songloom/status.h"

#include <chrono>
#include <cstddef>
#include <string>

namespace songloom {

// SHA-256 (lower-case hex) of a component's weights, read in 1 MiB blocks (OpenSSL EVP).
//  * one file: the SHA-256 of its bytes, the same as `sha256sum file` (and a model hub's checksum);
//  * several files (shards, diffusers parts): sorted by file name, then for each its name (UTF-8), a NUL
//    byte, its size as 8 bytes little-endian, then its bytes -- one digest over that stream.
// Cached per process by every file's (absolute path, size, modification time): a second call for unchanged
// files reads nothing. Errors name the file: NotFound (missing), Io (unreadable, a folder, a read failure),
// InvalidArgument (a component without files).
Result<std::string> modelFileHash(const CatalogComponent& component);

// The generation parameters of batch item `item` as one compact JSON object with a fixed key order (schema
// in the docs): app version, model {variant, size, layout, title, sha256, files}, task, this item's seed,
// steps, guidance, shift, interval, cover strength, repaint region (as resolved), duration, bpm, key, time
// signature, language, caption, lyrics flag and length (not the lyrics), batch index / size, and `when`
// as UTC ISO 8601 to the second.
std::string generationParametersJson(const ResolvedRequest& resolved, std::size_t item,
                                     const CatalogComponent& dit, const std::string& sha256,
                                     std::chrono::system_clock::time_point when = std::chrono::system_clock::now());

// The tags of one take: title (the given one, else the caption's first line, at most 80 characters), lyrics
// (none for an instrumental), bpm, key, language (none when "unknown"), caption, the parameters JSON above
// and the AI-generated note. Artist, album and cover are left for the caller.
audio::AudioTags tagsForTake(const ResolvedRequest& resolved, std::size_t item, const CatalogComponent& dit,
                             const std::string& sha256, const std::string& title = {},
                             std::chrono::system_clock::time_point when = std::chrono::system_clock::now());

}  // namespace songloom
