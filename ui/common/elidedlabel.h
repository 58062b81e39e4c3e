// A one-line label that shortens its text in the middle ("/home/…/models") instead of clipping it, and
// shows the whole text as its tooltip and accessible name. Used for file paths.
#pragma once

#include <QString>
#include <QWidget>

namespace songloom::ui {

class ElidedLabel : public QWidget {
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget* parent = nullptr);

    void setText(const QString& text);
    QString text() const { return text_; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString text_;
};

}  // namespace songloom::ui
