// The lyrics editor: a plain-text editor with tag highlighting and "[" completion, a section outline with
// per-section line counts that jumps to a section, a fit warning against duration and tempo, and import of
// .txt / .lrc files.
#pragma once

#include "compose/lyricstext.h"

#include <QPlainTextEdit>
#include <QWidget>

#include <optional>

class QCompleter;
class QLabel;
class QListWidget;
class QPushButton;

namespace songloom::ui {

class WritingTipsDialog;

class LyricsHighlighter;

// QPlainTextEdit that offers the tag vocabulary after "[".
class LyricsTextEdit : public QPlainTextEdit {
    Q_OBJECT

public:
    explicit LyricsTextEdit(QWidget* parent = nullptr);
    QCompleter* completer() const { return completer_; }

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    QString tagPrefixAtCursor(bool* inTag) const;
    void insertCompletion(const QString& completion);

    QCompleter* completer_ = nullptr;
};

class LyricsEditor : public QWidget {
    Q_OBJECT

public:
    explicit LyricsEditor(QWidget* parent = nullptr);

    QString lyrics() const;
    void setLyrics(const QString& text);
    LyricsTextEdit* textEdit() const { return edit_; }
    LyricsHighlighter* highlighter() const { return highlighter_; }
    QListWidget* outline() const { return outline_; }
    QLabel* fitLabel() const { return fitLabel_; }
    const LyricsSummary& summary() const { return summary_; }
    LyricsFitAssessment fit() const { return fit_; }

    // The song the lyrics must fit (from the metadata).
    void setSongShape(double durationSeconds, std::optional<int> bpm, std::optional<int> beatsPerBar);

    // Reads a .txt or .lrc file into the editor. Returns false and leaves the text as it is on failure
    // (`error` says why).
    bool importFile(const QString& path, QString* error = nullptr);
    void chooseFileToImport();
    // The songwriting tips (lyrics and caption), F1 inside the editor.
    void showWritingTips();
    QPushButton* writingTipsButton() const { return tipsButton_; }

    void jumpToSection(int outlineRow);

Q_SIGNALS:
    void lyricsChanged();

private:
    void refresh();
    void updateFit();

    LyricsTextEdit* edit_ = nullptr;
    LyricsHighlighter* highlighter_ = nullptr;
    QListWidget* outline_ = nullptr;
    QLabel* fitLabel_ = nullptr;
    QLabel* issuesLabel_ = nullptr;
    QPushButton* importButton_ = nullptr;
    QPushButton* tipsButton_ = nullptr;
    WritingTipsDialog* tips_ = nullptr;
    LyricsSummary summary_;
    LyricsFitAssessment fit_;
    double durationSeconds_ = 60.0;
    std::optional<int> bpm_, beatsPerBar_;
};

}  // namespace songloom::ui
