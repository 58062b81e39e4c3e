// The exit codes of `songloom-cli generate` (documented in its --help and in docs/cli.md). Scripts rely on
// them: keep the numbers.
#pragma once

#include "songloom/status.h"

namespace songloom::cli {

enum ExitCode : int {
    kExitOk = 0,
    kExitInternal = 1,     // a bug or an unexpected failure
    kExitUsage = 2,        // a malformed flag or an invalid request (the field is named)
    kExitModels = 3,       // no models folder, no usable model set, a model file unreadable, no torch in this build
    kExitAudioInput = 4,   // source / reference audio or cover image missing or unreadable
    kExitOutOfMemory = 5,  // the device ran out of memory (the message says what to change)
    kExitCancelled = 6,    // Ctrl+C (takes finished before it are written and listed)
    kExitOutput = 7,       // an output file exists (without --overwrite) or cannot be written
};

// How an engine error of a generation maps to an exit code. Model-loading errors map separately (NotFound
// and Corrupt there are the models, not the audio).
inline int exitCodeForGenerate(ErrorCode code) {
    switch (code) {
        case ErrorCode::Ok: return kExitOk;
        case ErrorCode::InvalidArgument: return kExitUsage;
        case ErrorCode::NotFound:
        case ErrorCode::Io:
        case ErrorCode::Corrupt: return kExitAudioInput;
        case ErrorCode::Unsupported: return kExitModels;  // a task this model cannot do
        case ErrorCode::Cancelled: return kExitCancelled;
        case ErrorCode::OutOfMemory: return kExitOutOfMemory;
        case ErrorCode::Internal: return kExitInternal;
    }
    return kExitInternal;
}

inline int exitCodeForOpen(ErrorCode code) {
    switch (code) {
        case ErrorCode::Ok: return kExitOk;
        case ErrorCode::OutOfMemory: return kExitOutOfMemory;
        case ErrorCode::Unsupported: return kExitUsage;  // --device cuda without CUDA, fp16 on the CPU
        case ErrorCode::Cancelled: return kExitCancelled;
        case ErrorCode::Internal: return kExitInternal;
        default: return kExitModels;
    }
}

inline constexpr const char* kExitCodesHelp =
    "Exit codes: 0 done; 1 internal error; 2 invalid flag or request (the field is named); 3 models missing or "
    "unusable (or this build has no torch); 4 source/reference audio or cover image missing or unreadable; "
    "5 out of memory; 6 cancelled with Ctrl+C (finished takes are kept); 7 an output file exists or cannot be "
    "written. Details: docs/cli.md";

}  // namespace songloom::cli
