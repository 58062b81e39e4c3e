// The two songwriting guides of `generate --show-lyrics-help` / `--show-caption-help`. Written for a
// musician, not a programmer: what the model listens to and what it ignores.
#include "help_texts.h"

namespace songloom::cli {

const char* lyricsHelp() {
    return R"TXT(Writing lyrics for Songloom
==========================

The model sings the lyrics you give it, section by section. Mark each section with a tag on its own line;
the tag tells the model what kind of part follows, the lines under it are sung.

Section tags the model knows well
  [Intro]          opening, usually without words (leave it empty or write [Intro] alone)
  [Verse]          a verse; number them if you like: [Verse 1], [Verse 2]
  [Pre-Chorus]     the lift into the chorus
  [Chorus]         the hook; repeat the same words each time for a chorus that sticks
  [Post-Chorus]    a short tag after the chorus
  [Bridge]         the contrasting part before the last chorus
  [Breakdown]      a stripped-down passage
  [Drop]           the peak of an electronic track
  [Instrumental], [Guitar Solo], [Piano Interlude]   a part with no singing
  [Outro]          the ending

Tips
  * Short lines sing better than long ones: four to eight lines per verse, a few words per line.
  * Keep a steady number of syllables per line within a section; the melody follows the rhythm of
    your words.
  * Leave an empty line between sections.
  * Backing vocals and ad-libs go in parentheses: "Hold on (hold on)".
  * The song's length comes from --duration, not from the lyrics: give about 20-30 seconds per
    verse or chorus; too many lines for the time get rushed or dropped, too few leave long
    instrumental stretches.
  * Write in the language you want sung and pass --language (en, de, fr, es, ja, zh, ...).
  * No words at all: leave the lyrics out, write [instrumental], or pass --instrumental.

On the command line, \n in --lyrics starts a new line:
  songloom-cli generate -c "warm indie folk" -l "[Verse]\nRiver in the morning\nCold hands on the wheel\n\n[Chorus]\nTake me home"
or keep the lyrics in a text file and pass --lyrics-file song.txt.
)TXT";
}

const char* captionHelp() {
    return R"TXT(Describing the style (the caption)
==================================

The caption tells the model what the song should sound like. Think of it as the note you would hand a
session band: a handful of concrete words, separated by commas, beats a long sentence.

What to put in it
  Genre and era     "90s trip-hop", "modern country", "bossa nova", "synthwave", "baroque pop"
  Instruments       "fingerpicked nylon guitar", "808 bass", "brushed drums", "string quartet"
  Voice             "breathy female vocal", "gritty baritone", "choir", "rap verses", "no vocals"
  Mood and energy   "melancholic", "euphoric", "laid-back", "driving", "tense"
  Tempo and feel    "slow 6/8 waltz", "half-time groove", "fast", or set --bpm exactly
  Sound             "lo-fi tape hiss", "warm analog", "wide and polished", "live room", "lots of reverb"

Tips
  * Lead with the genre, then the instruments and the voice: the first words weigh most.
  * Be concrete: "upright bass and brushed snare" gives more than "jazzy".
  * Do not contradict yourself ("acoustic" and "heavy distorted synths" pull apart).
  * Tempo, key and time signature have their own flags (--bpm, --key, --time-signature); use them
    when you need them exact, and leave them out to let the model choose.
  * For an instrumental say "instrumental" or "no vocals" here as well as passing --instrumental.
  * Keep the same caption and change --seed to hear different takes of one idea; -b 4 makes four at
    once with consecutive seeds.

Examples
  "dusty boom-bap hip-hop, jazzy piano sample, vinyl crackle, relaxed male rap, 88 bpm feel"
  "cinematic orchestral, swelling strings, French horns, taiko drums, epic and hopeful"
  "bedroom pop, soft female vocal, clean electric guitar, mellow drum machine, nostalgic"
  "alpine folk, accordion and fiddle, stomping rhythm, group vocals, joyful"
)TXT";
}

}  // namespace songloom::cli
