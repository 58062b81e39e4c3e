// `songloom-cli generate`: the command-line form of a GenerationRequest. Every request field has a flag
// (kebab-case); a flag given on the command line overrides the same field of a --request JSON file. Torch-
// free and window-free, so the parsing, the output naming and the field -> flag hints are unit-tested
// without models (tests/cli).
#pragma once

#include "songloom/generation_request.h"
#include "songloom/status.h"

#include <CLI/CLI.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace songloom::cli {

// What the command line said. Optionals: set only when the flag was given.
struct GenerateOptions {
    // Request fields.
    std::optional<std::string> caption, negativePrompt, lyrics, lyricsFile;
    std::optional<bool> instrumental, thinking;
    std::optional<double> vocalWeight, instrumentalWeight, duration;
    std::optional<int> bpm;
    std::optional<std::string> key, timeSignature, language;
    std::optional<std::int64_t> seed;
    std::optional<int> steps;
    std::optional<double> guidance;
    std::optional<std::string> guidanceType;
    std::optional<double> shift;
    std::vector<double> guidanceInterval;  // START END
    std::optional<int> batchSize;
    std::optional<std::string> task, srcAudio, repaintStart, repaintEnd;
    std::optional<double> extendBefore, extendAfter;
    std::optional<double> coverStrength;
    std::optional<std::string> coverMode;
    std::optional<bool> keepSource;
    std::optional<double> crossfade, extendContext;
    std::optional<std::string> referenceAudio, track;
    std::vector<std::string> completeTracks;
    std::optional<std::string> format;
    std::optional<int> bitrate, sampleRate, channels;
    std::optional<std::string> coverImage;

    // The run.
    std::optional<std::string> requestFile;
    std::optional<std::string> output;
    bool overwrite = false;
    bool quiet = false;
    bool showLyricsHelp = false, showCaptionHelp = false;
    std::optional<std::string> modelsDir, model;
    std::vector<std::string> variants;  // PATH=turbo|base|sft for DiTs whose files do not say
    std::string device = "auto", precision = "auto", memory = "keep-loaded";
    int threads = 0;
    double vaeTileSeconds = 0.0;
    bool batchTogether = false;
    std::optional<std::string> title, artist, album;
};

// Adds every generate flag to `cmd`, writing into `options` (which must outlive the parse).
void addGenerateOptions(CLI::App& cmd, GenerateOptions& options);

// A repaint edge as typed: "12.5" (seconds from the start; negative prepends), "end" (the source's end),
// "end-15" (15 s before the end), "end+10" (10 s past the end: appends). Errors name `flag`.
Result<RegionEdge> parseRegionEdge(const std::string& flag, const std::string& text);

// "\n" -> newline, "\t" -> tab, "\\" -> backslash (seed 001: lyrics on one command line); other escapes stay.
std::string expandEscapes(const std::string& text);

// The request: the --request file (when given) with each given flag laid over it. Type / syntax errors
// (InvalidArgument) name the flag or the file; ranges are left to validateRequest.
Result<GenerationRequest> buildRequest(const GenerateOptions& options);

// The output files, one per batch item (seed 001): NAME.EXT for one take, NAME_1.EXT .. NAME_N.EXT for a
// batch. EXT is the format's; an --output that already ends in an audio extension keeps its stem. Default
// "output". A file extension that names another format than the request's is an error (InvalidArgument).
Result<std::vector<std::filesystem::path>> outputPaths(const std::optional<std::string>& output, AudioFormat format,
                                                       int batchSize);

// The format an --output name asks for by its extension (".flac" -> Flac), if it names one.
std::optional<AudioFormat> formatFromExtension(const std::filesystem::path& output);

// The command-line flag for the request field a validation message starts with ("inference_steps 0 is out
// of range..." -> "--steps"); empty when the message names none.
std::string flagForMessage(const std::string& message);

}  // namespace songloom::cli
