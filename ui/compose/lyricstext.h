// Plain logic behind the lyrics editor (no widgets): the section tags ACE-Step lyrics use, how one line is
// classified, the section outline with line counts, the length-versus-duration rule of thumb, and lyrics
// taken from an .lrc file.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace songloom::ui {

// Our curated vocabulary of section names, lower case ("verse", "pre-chorus", "chorus", ...). A tag is
// "[Name]", "[Name 2]", "[Name - modifier]" or "[Name 2 - modifier]" with Name from this list, any case.
const QStringList& knownSectionTags();
// The completer's entries: every known name in title case ("Verse", "Pre-Chorus", ...).
QStringList sectionTagCompletions();

enum class LyricsLineKind {
    Blank,       // empty or only spaces
    Text,        // a sung line: no brackets at all
    KnownTag,    // "[Verse 1]", "[Intro - ambient]"
    UnknownTag,  // a well-formed "[...]" whose name is not in the vocabulary
    Malformed,   // a bracket without its partner, "[]", nested or stray brackets, text beside a tag
};

struct LyricsLine {
    LyricsLineKind kind = LyricsLineKind::Blank;
    QString tagName;  // KnownTag / UnknownTag: the text inside the brackets, trimmed
};

LyricsLine classifyLyricsLine(const QString& line);

struct LyricsSection {
    QString title;      // the tag's text ("Verse 1"); "(untitled)" lines before the first tag get ""
    int tagLine = -1;   // 0-based line of the tag; -1 for lines before the first tag
    int lineCount = 0;  // sung (Text) lines in the section
};

struct LyricsSummary {
    QVector<LyricsSection> sections;
    int sungLines = 0;
    int unknownTags = 0;
    int malformedLines = 0;
};

LyricsSummary summarizeLyrics(const QString& lyrics);

// Rule of thumb for how many sung lines fit a song (also shown in the editor's help text):
//   one sung line takes about two bars, so the song holds  duration x bpm / 60 / beatsPerBar / 2  lines.
// An unset tempo counts as 120 bpm, an unset time signature as 4 beats per bar. More than 1.25 x that is
// too long (the model tends to skip or rush lines); fewer than 0.25 x is too short (long stretches with
// nothing to sing, so the model invents or repeats). Lyrics with no sung line are not judged.
inline constexpr double kBarsPerSungLine = 2.0;
inline constexpr double kTooLongFactor = 1.25;
inline constexpr double kTooShortFactor = 0.25;
inline constexpr int kAssumedBpm = 120;
inline constexpr int kAssumedBeatsPerBar = 4;

enum class LyricsFit { NotJudged, Fits, TooLong, TooShort };

struct LyricsFitAssessment {
    LyricsFit fit = LyricsFit::NotJudged;
    double capacityLines = 0.0;  // lines the duration and tempo hold by the rule above
};

LyricsFitAssessment assessLyricsFit(int sungLines, double durationSeconds, std::optional<int> bpm,
                                    std::optional<int> beatsPerBar);

// An .lrc file's lyrics: time stamps ("[01:02.50]") removed, ID tags ("[ar:Artist]", "[offset:+100]")
// dropped, other lines kept as they are.
QString lyricsFromLrc(const QString& lrc);

}  // namespace songloom::ui
