// Colours the lyrics: known section tags, unknown tags and malformed brackets each in their own format.
#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace songloom::ui {

class LyricsHighlighter : public QSyntaxHighlighter {
    Q_OBJECT

public:
    explicit LyricsHighlighter(QTextDocument* document);

    const QTextCharFormat& knownTagFormat() const { return known_; }
    const QTextCharFormat& unknownTagFormat() const { return unknown_; }
    const QTextCharFormat& malformedFormat() const { return malformed_; }

protected:
    void highlightBlock(const QString& text) override;

private:
    QTextCharFormat known_, unknown_, malformed_;
};

}  // namespace songloom::ui
