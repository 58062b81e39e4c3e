// The songwriting guides `songloom-cli generate` prints with --show-lyrics-help / --show-caption-help.
#pragma once

namespace songloom::cli {

const char* lyricsHelp();   // section tags, line lengths, how lyrics relate to duration
const char* captionHelp();  // how to describe genre, instruments, voice, mood, sound

}  // namespace songloom::cli
