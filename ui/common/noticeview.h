// A centred notice filling an empty area: optional icon, heading, a short wrapped text and buttons.
// Used for the welcome ("choose your models folder") and for empty or failed scans.
#pragma once

#include <QWidget>

class QAbstractButton;
class QHBoxLayout;
class QLabel;

namespace songloom::ui {

class NoticeView : public QWidget {
    Q_OBJECT

public:
    explicit NoticeView(QWidget* parent = nullptr);

    void setIcon(const QIcon& icon);  // no icon shown while it is null
    void setHeading(const QString& heading);
    void setText(const QString& text);
    void addButton(QAbstractButton* button);

    QLabel* headingLabel() const { return heading_; }
    QLabel* textLabel() const { return text_; }

private:
    QLabel* icon_ = nullptr;
    QLabel* heading_ = nullptr;
    QLabel* text_ = nullptr;
    QHBoxLayout* buttons_ = nullptr;
};

}  // namespace songloom::ui
