#include "compose/captionbuilder.h"

#include "compose/captiontext.h"
#include "compose/flowlayout.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QToolButton>
#include <QVBoxLayout>

namespace songloom::ui {

namespace {
const QString kPresetGroup = QStringLiteral("captionPresets");
const QString kCaptionKey = QStringLiteral("caption");
const QString kNegativeKey = QStringLiteral("negative");
}  // namespace

// Preset names may hold any character: each is stored under its percent-encoded form.
QStringList CaptionPresets::names() const {
    settings_.beginGroup(kPresetGroup);
    QStringList names;
    for (const QString& key : settings_.childGroups())
        names.append(QString::fromUtf8(QByteArray::fromPercentEncoding(key.toLatin1())));
    settings_.endGroup();
    names.sort(Qt::CaseInsensitive);
    return names;
}

static QString presetKey(const QString& name) {
    return kPresetGroup + QLatin1Char('/') + QString::fromLatin1(name.toUtf8().toPercentEncoding());
}

void CaptionPresets::save(const QString& name, const QString& caption, const QString& negative) {
    settings_.setValue(presetKey(name) + QLatin1Char('/') + kCaptionKey, caption);
    settings_.setValue(presetKey(name) + QLatin1Char('/') + kNegativeKey, negative);
}

bool CaptionPresets::load(const QString& name, QString* caption, QString* negative) const {
    const QString key = presetKey(name) + QLatin1Char('/') + kCaptionKey;
    if (!settings_.contains(key))
        return false;
    *caption = settings_.value(key).toString();
    *negative = settings_.value(presetKey(name) + QLatin1Char('/') + kNegativeKey).toString();
    return true;
}

void CaptionPresets::remove(const QString& name) {
    settings_.remove(presetKey(name));
}

namespace {

QString categoryTitle(ChipCategory category) {
    switch (category) {
    case ChipCategory::Genre: return CaptionBuilder::tr("Genre");
    case ChipCategory::Instruments: return CaptionBuilder::tr("Instruments");
    case ChipCategory::Mood: return CaptionBuilder::tr("Mood");
    case ChipCategory::VocalStyle: return CaptionBuilder::tr("Vocal style");
    case ChipCategory::Production: return CaptionBuilder::tr("Production");
    case ChipCategory::Tempo: return CaptionBuilder::tr("Tempo");
    }
    return {};
}

const QString kChipStyle = QStringLiteral(
    "QToolButton { border: 1px solid palette(mid); border-radius: 11px; padding: 2px 10px; }"
    "QToolButton:checked { background: palette(highlight); color: palette(highlighted-text);"
    " border-color: palette(highlight); }");

}  // namespace

CaptionBuilder::CaptionBuilder(QSettings& settings, QWidget* parent) : QWidget(parent), presets_(settings) {
    setObjectName(QStringLiteral("captionBuilder"));

    captionEdit_ = new QPlainTextEdit(this);
    captionEdit_->setObjectName(QStringLiteral("captionText"));
    captionEdit_->setPlaceholderText(tr("Describe the song in English: genre, instruments, mood, voice… "
                                        "Click the words below or type your own."));
    captionEdit_->setFixedHeight(captionEdit_->fontMetrics().lineSpacing() * 4 + 12);
    captionEdit_->setTabChangesFocus(true);

    negativeEdit_ = new QLineEdit(this);
    negativeEdit_->setObjectName(QStringLiteral("negativePromptText"));
    negativeEdit_->setPlaceholderText(tr("What to avoid (optional)"));
    negativeEdit_->setToolTip(tr("Kept with the request. ACE-Step 1.5 guides away from its own empty "
                                 "condition, so this text does not steer the sound."));

    auto* chipsBox = new QWidget(this);
    auto* chipsForm = new QFormLayout(chipsBox);
    chipsForm->setContentsMargins(0, 0, 0, 0);
    chipsForm->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    chipsForm->setRowWrapPolicy(QFormLayout::DontWrapRows);
    for (const ChipGroup& group : captionChipGroups()) {
        auto* row = new QWidget(chipsBox);
        auto* flow = new FlowLayout(row, 4);
        for (const QString& word : group.words) {
            auto* chip = new QToolButton(row);
            // Caption words stay English (the model was trained on English captions); "&&" shows an "&".
            chip->setText(QString(word).replace(QLatin1Char('&'), QStringLiteral("&&")));
            chip->setProperty("captionWord", word);
            chip->setCheckable(true);
            chip->setAutoRaise(false);
            chip->setStyleSheet(kChipStyle);
            chip->setObjectName(QStringLiteral("chip:") + word);
            connect(chip, &QToolButton::toggled, this, [this, word](bool on) { chipToggled(word, on); });
            flow->addWidget(chip);
            chips_.append(chip);
        }
        auto* label = new QLabel(categoryTitle(group.category), chipsBox);
        label->setStyleSheet(QStringLiteral("color: palette(mid); padding-top: 3px;"));
        chipsForm->addRow(label, row);
    }

    presetCombo_ = new QComboBox(this);
    presetCombo_->setObjectName(QStringLiteral("captionPresetCombo"));
    presetCombo_->setMinimumContentsLength(16);
    presetCombo_->setPlaceholderText(tr("No saved presets"));
    loadPresetButton_ = new QPushButton(tr("Load"), this);
    loadPresetButton_->setToolTip(tr("Replace the caption and negative prompt with the chosen preset"));
    savePresetButton_ = new QPushButton(tr("Save As…"), this);
    savePresetButton_->setToolTip(tr("Keep the caption and negative prompt under a name"));
    deletePresetButton_ = new QPushButton(tr("Delete"), this);
    deletePresetButton_->setToolTip(tr("Forget the chosen preset"));
    connect(loadPresetButton_, &QPushButton::clicked, this, [this] { loadPreset(presetCombo_->currentText()); });
    connect(savePresetButton_, &QPushButton::clicked, this, &CaptionBuilder::askAndSavePreset);
    connect(deletePresetButton_, &QPushButton::clicked, this, [this] { deletePreset(presetCombo_->currentText()); });

    auto* presetRow = new QHBoxLayout;
    presetRow->addWidget(new QLabel(tr("Presets:"), this));
    presetRow->addWidget(presetCombo_, 1);
    presetRow->addWidget(loadPresetButton_);
    presetRow->addWidget(savePresetButton_);
    presetRow->addWidget(deletePresetButton_);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(captionEdit_);
    layout->addWidget(chipsBox);
    auto* negativeRow = new QFormLayout;
    negativeRow->addRow(tr("Negative prompt:"), negativeEdit_);
    layout->addLayout(negativeRow);
    layout->addLayout(presetRow);

    connect(captionEdit_, &QPlainTextEdit::textChanged, this, [this] {
        syncChips();
        Q_EMIT changed();
    });
    connect(negativeEdit_, &QLineEdit::textChanged, this, &CaptionBuilder::changed);
    refreshPresets();
}

QString CaptionBuilder::caption() const {
    return captionEdit_->toPlainText();
}

void CaptionBuilder::setCaption(const QString& caption) {
    captionEdit_->setPlainText(caption);
}

QString CaptionBuilder::negativePrompt() const {
    return negativeEdit_->text();
}

void CaptionBuilder::setNegativePrompt(const QString& text) {
    negativeEdit_->setText(text);
}

QAbstractButton* CaptionBuilder::chip(const QString& word) const {
    for (QAbstractButton* c : chips_)
        if (c->property("captionWord").toString() == word)
            return c;
    return nullptr;
}

void CaptionBuilder::chipToggled(const QString& word, bool on) {
    if (syncing_)
        return;
    setCaption(toggleCaptionWord(caption(), word, on));
    captionEdit_->moveCursor(QTextCursor::End);
}

// A chip is checked exactly when its word is one of the caption's comma-separated parts.
void CaptionBuilder::syncChips() {
    syncing_ = true;
    const QString text = caption();
    for (QAbstractButton* c : chips_)
        c->setChecked(captionHasWord(text, c->property("captionWord").toString()));
    syncing_ = false;
}

void CaptionBuilder::refreshPresets(const QString& select) {
    const QSignalBlocker block(presetCombo_);
    presetCombo_->clear();
    presetCombo_->addItems(presets_.names());
    presetCombo_->setCurrentIndex(select.isEmpty() ? (presetCombo_->count() ? 0 : -1) : presetCombo_->findText(select));
    const bool any = presetCombo_->count() > 0;
    loadPresetButton_->setEnabled(any);
    deletePresetButton_->setEnabled(any);
}

void CaptionBuilder::savePreset(const QString& name) {
    const QString trimmedName = name.trimmed();
    if (trimmedName.isEmpty())
        return;
    presets_.save(trimmedName, caption(), negativePrompt());
    refreshPresets(trimmedName);
}

bool CaptionBuilder::loadPreset(const QString& name) {
    QString caption, negative;
    if (!presets_.load(name, &caption, &negative))
        return false;
    setCaption(caption);
    setNegativePrompt(negative);
    return true;
}

void CaptionBuilder::deletePreset(const QString& name) {
    if (name.isEmpty())
        return;
    presets_.remove(name);
    refreshPresets();
}

void CaptionBuilder::askAndSavePreset() {
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save Caption Preset"), tr("Preset name:"),
                                               QLineEdit::Normal, presetCombo_->currentText(), &ok);
    if (ok)
        savePreset(name);
}

}  // namespace songloom::ui
