// Plain logic behind the caption builder: our chip word lists by category, and adding / removing one word
// in a free-text, comma-separated caption without touching the rest of what the user wrote.
#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace songloom::ui {

enum class ChipCategory { Genre, Instruments, Mood, VocalStyle, Production, Tempo };

struct ChipGroup {
    ChipCategory category;
    QStringList words;  // English caption words: ACE-Step captions are written in English
};

const QVector<ChipGroup>& captionChipGroups();

// The caption's comma-separated parts, trimmed, empty ones dropped.
QStringList captionParts(const QString& caption);
// Whether `word` is one of the caption's parts (case-insensitive).
bool captionHasWord(const QString& caption, const QString& word);
// The caption with `word` appended as a new part (on) or every part equal to it removed (off). Other text is
// kept; nothing changes when the word is already there / already absent.
QString toggleCaptionWord(const QString& caption, const QString& word, bool on);

}  // namespace songloom::ui
