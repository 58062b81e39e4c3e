#include "compose/lyricseditor.h"

#include "compose/writingtips.h"

#include "compose/lyricshighlighter.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QScrollBar>
#include <QSplitter>
#include <QStringListModel>
#include <QTextBlock>
#include <QVBoxLayout>

#include <cmath>

namespace songloom::ui {

LyricsTextEdit::LyricsTextEdit(QWidget* parent) : QPlainTextEdit(parent) {
    completer_ = new QCompleter(sectionTagCompletions(), this);
    completer_->setObjectName(QStringLiteral("tagCompleter"));
    completer_->setCaseSensitivity(Qt::CaseInsensitive);
    completer_->setCompletionMode(QCompleter::PopupCompletion);
    completer_->setWidget(this);
    connect(completer_, qOverload<const QString&>(&QCompleter::activated), this, &LyricsTextEdit::insertCompletion);
}

// The text typed since the last "[" on this line, when the cursor is inside an unclosed tag.
QString LyricsTextEdit::tagPrefixAtCursor(bool* inTag) const {
    const QTextCursor cursor = textCursor();
    const QString before = cursor.block().text().left(cursor.positionInBlock());
    const qsizetype open = before.lastIndexOf(QLatin1Char('['));
    *inTag = open >= 0 && before.indexOf(QLatin1Char(']'), open) < 0;
    return *inTag ? before.mid(open + 1) : QString();
}

void LyricsTextEdit::insertCompletion(const QString& completion) {
    bool inTag = false;
    const QString prefix = tagPrefixAtCursor(&inTag);
    if (!inTag)
        return;
    QTextCursor cursor = textCursor();
    cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, static_cast<int>(prefix.size()));
    const bool closed = cursor.block().text().mid(textCursor().positionInBlock()).startsWith(QLatin1Char(']'));
    cursor.insertText(closed ? completion : completion + QLatin1Char(']'));
    setTextCursor(cursor);
}

void LyricsTextEdit::keyPressEvent(QKeyEvent* event) {
    QAbstractItemView* popup = completer_->popup();
    if (popup->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            event->ignore();  // the completer handles these
            return;
        default:
            break;
        }
    }
    QPlainTextEdit::keyPressEvent(event);

    bool inTag = false;
    const QString prefix = tagPrefixAtCursor(&inTag);
    if (!inTag || event->text().isEmpty()) {
        popup->hide();
        return;
    }
    completer_->setCompletionPrefix(prefix);
    if (completer_->completionCount() == 0) {
        popup->hide();
        return;
    }
    popup->setCurrentIndex(completer_->completionModel()->index(0, 0));
    QRect rect = cursorRect();
    rect.setWidth(popup->sizeHintForColumn(0) + popup->verticalScrollBar()->sizeHint().width() + 8);
    completer_->complete(rect);
}

LyricsEditor::LyricsEditor(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("lyricsEditor"));
    edit_ = new LyricsTextEdit(this);
    edit_->setObjectName(QStringLiteral("lyricsText"));
    edit_->setPlaceholderText(tr("[Verse 1]\nWrite your lyrics here, one sung line per line.\n\n[Chorus]\n…\n\n"
                                 "Type [ for the section tags."));
    QFont mono = edit_->font();
    mono.setPointSizeF(mono.pointSizeF() * 1.1);
    edit_->setFont(mono);
    highlighter_ = new LyricsHighlighter(edit_->document());

    outline_ = new QListWidget(this);
    outline_->setObjectName(QStringLiteral("lyricsOutline"));
    outline_->setToolTip(tr("Sections of the lyrics and their sung lines; click one to go there"));

    fitLabel_ = new QLabel(this);
    fitLabel_->setObjectName(QStringLiteral("lyricsFitLabel"));
    fitLabel_->setWordWrap(true);
    fitLabel_->setToolTip(tr("Rule of thumb: one sung line takes about two bars, so a song holds "
                             "duration × BPM ÷ 60 ÷ beats per bar ÷ 2 lines (120 BPM and 4 beats per bar "
                             "when unset). Over 125 % of that is too long: lines get skipped or rushed. "
                             "Under 25 % is too short: the model fills the rest on its own."));
    issuesLabel_ = new QLabel(this);
    issuesLabel_->setObjectName(QStringLiteral("lyricsIssuesLabel"));
    issuesLabel_->setWordWrap(true);

    importButton_ = new QPushButton(tr("Import…"), this);
    importButton_->setObjectName(QStringLiteral("importLyricsButton"));
    importButton_->setToolTip(tr("Read lyrics from a text (.txt) or LRC (.lrc) file"));
    connect(importButton_, &QPushButton::clicked, this, &LyricsEditor::chooseFileToImport);

    tipsButton_ = new QPushButton(tr("Writing Tips…"), this);
    tipsButton_->setObjectName(QStringLiteral("writingTipsButton"));
    tipsButton_->setToolTip(tr("Section tags, line lengths and how to write a caption (F1)"));
    connect(tipsButton_, &QPushButton::clicked, this, &LyricsEditor::showWritingTips);
    auto* tipsKey = new QShortcut(QKeySequence::HelpContents, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(tipsKey, &QShortcut::activated, this, &LyricsEditor::showWritingTips);

    auto* header = new QHBoxLayout;
    auto* title = new QLabel(tr("Lyrics"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(tipsButton_);
    header->addWidget(importButton_);

    auto* outlineBox = new QWidget(this);
    auto* outlineLayout = new QVBoxLayout(outlineBox);
    outlineLayout->setContentsMargins(0, 0, 0, 0);
    auto* outlineTitle = new QLabel(tr("Sections"), outlineBox);
    outlineTitle->setFont(bold);
    outlineLayout->addWidget(outlineTitle);
    outlineLayout->addWidget(outline_, 1);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(edit_);
    splitter->addWidget(outlineBox);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    outline_->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("Pre-Chorus 2 - soft · 12 lines")));
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(splitter, 1);
    layout->addWidget(fitLabel_);
    layout->addWidget(issuesLabel_);

    connect(edit_, &QPlainTextEdit::textChanged, this, &LyricsEditor::refresh);
    connect(outline_, &QListWidget::currentRowChanged, this, &LyricsEditor::jumpToSection);
    refresh();
}

QString LyricsEditor::lyrics() const {
    return edit_->toPlainText();
}

void LyricsEditor::setLyrics(const QString& text) {
    edit_->setPlainText(text);
}

void LyricsEditor::setSongShape(double durationSeconds, std::optional<int> bpm, std::optional<int> beatsPerBar) {
    durationSeconds_ = durationSeconds;
    bpm_ = bpm;
    beatsPerBar_ = beatsPerBar;
    updateFit();
}

void LyricsEditor::refresh() {
    summary_ = summarizeLyrics(edit_->toPlainText());
    const QSignalBlocker block(outline_);
    outline_->clear();
    for (const LyricsSection& s : summary_.sections) {
        const QString title = s.title.isEmpty() ? tr("(before the first tag)") : s.title;
        auto* item = new QListWidgetItem((s.lineCount == 1 ? tr("%1 · 1 line").arg(title) : tr("%1 · %2 lines").arg(title).arg(s.lineCount)), outline_);
        item->setData(Qt::UserRole, s.tagLine);
    }
    QStringList issues;
    if (summary_.unknownTags > 0)
        issues << (summary_.unknownTags == 1 ? tr("1 tag not in the section vocabulary (shown in orange)")
                                              : tr("%1 tags not in the section vocabulary (shown in orange)").arg(summary_.unknownTags));
    if (summary_.malformedLines > 0)
        issues << (summary_.malformedLines == 1
                       ? tr("1 line with stray or unclosed brackets (shown in red)")
                       : tr("%1 lines with stray or unclosed brackets (shown in red)").arg(summary_.malformedLines));
    issuesLabel_->setText(issues.join(QStringLiteral("; ")));
    issuesLabel_->setVisible(!issues.isEmpty());
    updateFit();
    Q_EMIT lyricsChanged();
}

void LyricsEditor::updateFit() {
    fit_ = assessLyricsFit(summary_.sungLines, durationSeconds_, bpm_, beatsPerBar_);
    const int capacity = static_cast<int>(std::lround(fit_.capacityLines));
    QString text;
    QString style;
    switch (fit_.fit) {
    case LyricsFit::NotJudged:
        break;
    case LyricsFit::Fits:
        text = tr("%1 sung lines; about %2 fit this duration and tempo.").arg(summary_.sungLines).arg(capacity);
        style = QStringLiteral("color: palette(mid);");
        break;
    case LyricsFit::TooLong:
        text = tr("Too long: %1 sung lines, but only about %2 fit this duration and tempo. Lines may be "
                  "skipped; make the song longer or faster, or cut lines.")
                   .arg(summary_.sungLines)
                   .arg(capacity);
        style = QStringLiteral("color: #b06a00; font-weight: bold;");
        break;
    case LyricsFit::TooShort:
        text = tr("Too short: %1 sung lines for room of about %2. The model will fill the rest on its own; "
                  "add lines or make the song shorter.")
                   .arg(summary_.sungLines)
                   .arg(capacity);
        style = QStringLiteral("color: #b06a00; font-weight: bold;");
        break;
    }
    fitLabel_->setText(text);
    fitLabel_->setStyleSheet(style);
    fitLabel_->setVisible(!text.isEmpty());
}

void LyricsEditor::jumpToSection(int outlineRow) {
    if (outlineRow < 0 || outlineRow >= summary_.sections.size())
        return;
    const int line = std::max(summary_.sections[outlineRow].tagLine, 0);
    const QTextBlock block = edit_->document()->findBlockByNumber(line);
    QTextCursor cursor(block);
    edit_->setTextCursor(cursor);
    edit_->centerCursor();
    edit_->setFocus(Qt::OtherFocusReason);
}

bool LyricsEditor::importFile(const QString& path, QString* error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Could not read %1: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    const QByteArray bytes = file.read(1 << 20);
    if (!file.atEnd()) {
        if (error)
            *error = tr("%1 is larger than 1 MiB; that is not a lyrics file.").arg(QFileInfo(path).fileName());
        return false;
    }
    QString text = QString::fromUtf8(bytes);
    text.remove(QLatin1Char('\r'));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    if (QFileInfo(path).suffix().compare(QStringLiteral("lrc"), Qt::CaseInsensitive) == 0)
        text = lyricsFromLrc(text);
    setLyrics(text);
    return true;
}

void LyricsEditor::chooseFileToImport() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Lyrics"), QString(),
                                                      tr("Lyrics (*.txt *.lrc);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!importFile(path, &error))
        QMessageBox::warning(this, tr("Import Lyrics"), error);
}

void LyricsEditor::showWritingTips() {
    if (!tips_) {
        tips_ = new WritingTipsDialog(this);
    }
    tips_->show();
    tips_->raise();
    tips_->activateWindow();
}

}  // namespace songloom::ui
