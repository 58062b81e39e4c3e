#include "common/noticeview.h"

#include <QAbstractButton>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace songloom::ui {

namespace {
constexpr int kIconSize = 96;
constexpr int kTextWidthInChars = 64;  // a comfortable line length for reading
}  // namespace

NoticeView::NoticeView(QWidget* parent) : QWidget(parent) {
    icon_ = new QLabel(this);
    icon_->setAlignment(Qt::AlignCenter);
    icon_->hide();

    heading_ = new QLabel(this);
    heading_->setAlignment(Qt::AlignCenter);
    heading_->setWordWrap(true);
    QFont font = heading_->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.5);
    heading_->setFont(font);

    text_ = new QLabel(this);
    text_->setAlignment(Qt::AlignCenter);
    text_->setWordWrap(true);
    text_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    buttons_ = new QHBoxLayout;
    buttons_->setSpacing(8);
    buttons_->addStretch(1);
    buttons_->addStretch(1);

    // A fixed-width column centred by stretches: a word-wrapped label given an alignment in a layout
    // would be squeezed to its minimum width and cut off.
    auto* column = new QVBoxLayout;
    column->setSpacing(14);
    column->addWidget(icon_);
    column->addWidget(heading_);
    column->addWidget(text_);
    column->addSpacing(6);
    column->addLayout(buttons_);
    auto* columnHolder = new QWidget(this);
    columnHolder->setLayout(column);
    columnHolder->setFixedWidth(fontMetrics().averageCharWidth() * kTextWidthInChars);

    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(columnHolder);
    row->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);
}

void NoticeView::setIcon(const QIcon& icon) {
    icon_->setPixmap(icon.isNull() ? QPixmap() : icon.pixmap(kIconSize, kIconSize));
    icon_->setVisible(!icon.isNull());
}

void NoticeView::setHeading(const QString& heading) {
    heading_->setText(heading);
}

void NoticeView::setText(const QString& text) {
    text_->setText(text);
    text_->setVisible(!text.isEmpty());
}

void NoticeView::addButton(QAbstractButton* button) {
    buttons_->insertWidget(buttons_->count() - 1, button);
}

}  // namespace songloom::ui
