// Songwriting tips, reachable from the lyrics editor (Writing Tips…, F1 on the Compose page): how to mark
// sections with tags, how many lines fit, and how to write a caption the model understands. Our own words,
// translated like every other string.
#pragma once

#include <QDialog>

class QTabWidget;

namespace songloom::ui {

class WritingTipsDialog : public QDialog {
    Q_OBJECT

public:
    explicit WritingTipsDialog(QWidget* parent = nullptr);
    QTabWidget* tabs() const { return tabs_; }
    static QString lyricsTips();
    static QString captionTips();

private:
    QTabWidget* tabs_ = nullptr;
};

}  // namespace songloom::ui
