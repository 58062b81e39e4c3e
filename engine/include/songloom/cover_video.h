// A song with a still cover image as an MP4 video (issue 5, "Audio with cover image"): the cover is the
// whole picture for the whole song, H.264 video + AAC audio, written through FFmpeg's libraries.
//
// The picture: the image (any still format FFmpeg's image demuxers recognise: PNG, JPEG, WebP, BMP, ...)
// is decoded, composited over black where it has alpha, centre-cropped to the output's aspect ratio (the
// longer side loses equal amounts at both ends; nothing is letterboxed or stretched) and then scaled
// (bicubic) to width x height, 512 x 512 by default. Video: H.264 (libx264, yuv420p, BT.601 limited range,
// no B-frames, tune "stillimage", a constant quantiser) at a low frame rate; the last frame lasts until the audio ends, so the
// video track and the container last exactly as long as the song. Audio: AAC-LC (FFmpeg's own encoder) at
// 48 kHz stereo; other input rates are resampled and mono is duplicated to both channels. The file is an
// MP4 with the index at the front (+faststart), so it can start playing before it is fully downloaded.
//
// Tags (options.tags): written into the finished temporary file with TagLib (audio::writeTags, MP4 items;
// see songloom/audio_io.h) before it is renamed into place, so the file appears complete and tagged or not
// at all. The cover art tag is whatever tags.cover holds (the cover image is not copied into it unless the
// caller puts it there); libavformat shows a covr picture as an extra attached-picture stream.
//
// The file is written next to its final name under a temporary name and renamed into place when complete:
// on any failure (an unreadable cover, a full disk, an unwritable folder) no output file and no partial
// file are left behind. An existing file is replaced only with `overwrite`.
#pragma once

#include "songloom/audio_io.h"
#include "songloom/status.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <span>

namespace songloom {

struct CoverVideoOptions {
    int width = 512;                 // even, 16 .. 4096
    int height = 512;                // even, 16 .. 4096
    int framesPerSecond = 1;         // 1 .. 30: the picture never changes, so one frame a second is plenty
    int keyframeSeconds = 30;        // 1 .. 600: a keyframe this often (each costs a full picture)
    int videoQp = 20;                // x264 constant quantiser, 0 .. 51 (lower is finer and bigger);
                                     // keyframes get about 3 less (x264's I/P ratio)
    int audioBitRate = 192000;       // bits per second, 32000 .. 512000
    bool overwrite = false;          // replace an existing file at `out`
    std::optional<audio::AudioTags> tags;  // MP4 tags (title, lyrics, bpm, ..., cover art); none by default
};

// Writes `out` (an .mp4) from `frames` frames of interleaved float audio (`channels` 1 or 2, any rate
// 8000 .. 192000 Hz; the engine's is 48 kHz stereo) and the cover image's file bytes. Samples must be
// finite. Errors name the file or field at fault: InvalidArgument (options, audio, an existing output),
// Corrupt (cover bytes that are not a decodable image), NotFound (no such folder), Io (the folder cannot be
// written, the disk is full), Unsupported (an FFmpeg without an H.264 or AAC encoder); tags that MP4
// cannot hold (see audio::writeTags) are InvalidArgument and, like every error, leave no file.
Status writeCoverVideo(const std::filesystem::path& out, const float* interleavedAudio, std::int64_t frames,
                       int sampleRate, int channels, std::span<const std::byte> coverImage,
                       const CoverVideoOptions& options = {});

}  // namespace songloom
