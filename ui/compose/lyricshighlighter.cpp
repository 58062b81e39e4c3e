#include "compose/lyricshighlighter.h"

#include "compose/lyricstext.h"

namespace songloom::ui {

LyricsHighlighter::LyricsHighlighter(QTextDocument* document) : QSyntaxHighlighter(document) {
    known_.setForeground(QColor(0x1f, 0x6f, 0xd1));
    known_.setFontWeight(QFont::Bold);

    unknown_.setForeground(QColor(0xb0, 0x6a, 0x00));
    unknown_.setFontWeight(QFont::Bold);
    unknown_.setUnderlineStyle(QTextCharFormat::DotLine);
    unknown_.setUnderlineColor(QColor(0xb0, 0x6a, 0x00));

    malformed_.setForeground(QColor(0xc0, 0x1c, 0x28));
    malformed_.setBackground(QColor(0xfd, 0xe7, 0xe9));
    malformed_.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    malformed_.setUnderlineColor(QColor(0xc0, 0x1c, 0x28));
}

void LyricsHighlighter::highlightBlock(const QString& text) {
    int from = 0, to = static_cast<int>(text.size());
    while (from < to && text[from].isSpace())
        ++from;
    while (to > from && text[to - 1].isSpace())
        --to;
    const int length = to - from;
    switch (classifyLyricsLine(text).kind) {
    case LyricsLineKind::KnownTag:
        setFormat(from, length, known_);
        break;
    case LyricsLineKind::UnknownTag:
        setFormat(from, length, unknown_);
        break;
    case LyricsLineKind::Malformed:
        setFormat(from, length, malformed_);
        break;
    case LyricsLineKind::Text:
    case LyricsLineKind::Blank:
        break;
    }
}

}  // namespace songloom::ui
