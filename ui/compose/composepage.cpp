#include "compose/composepage.h"

#include "compose/captionbuilder.h"
#include "compose/lyricseditor.h"
#include "songloom/generation_limits.h"
#include "songloom/prompts.h"
#include "variant/variantpicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

#include <cmath>

namespace songloom::ui {

namespace {

// Note names a key can start with; validateRequest accepts each followed by " major" / " minor".
const char* const kNotes[] = {"C", "C#", "Db", "D", "D#", "Eb", "E", "F", "F#", "Gb", "G", "G#", "Ab", "A", "A#", "Bb", "B"};

QString languageTitle(const QString& code) {
    if (code == QLatin1String("unknown"))
        return ComposePage::tr("Unknown / none");
    const QLocale::Language language = QLocale::codeToLanguage(code);
    if (language == QLocale::AnyLanguage || language == QLocale::C)
        return code;
    return QStringLiteral("%1 (%2)").arg(QLocale::languageToString(language), code);
}

}  // namespace

ComposePage::ComposePage(QSettings& settings, QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("composePage"));
    clock_.start();

    // ---- lyrics ----
    lyrics_ = new LyricsEditor(this);
    auto* lyricsPane = new QWidget(this);
    auto* lyricsLayout = new QVBoxLayout(lyricsPane);
    lyricsLayout->setContentsMargins(0, 0, 6, 0);
    lyricsLayout->addWidget(lyrics_, 1);
    lyricsLayout->addWidget(makeErrorLabel(ComposeField::Lyrics));

    // ---- style ----
    caption_ = new CaptionBuilder(settings, this);
    auto* styleBox = new QGroupBox(tr("Style"), this);
    auto* styleLayout = new QVBoxLayout(styleBox);
    styleLayout->addWidget(caption_);
    styleLayout->addWidget(makeErrorLabel(ComposeField::Caption));
    styleLayout->addWidget(makeErrorLabel(ComposeField::NegativePrompt));

    // ---- song ----
    duration_ = new QSpinBox(this);
    duration_->setObjectName(QStringLiteral("durationSpin"));
    duration_->setRange(static_cast<int>(std::ceil(kMinDurationSeconds)), static_cast<int>(std::floor(kMaxDurationSeconds)));
    duration_->setValue(60);
    duration_->setSuffix(tr(" s"));
    duration_->setAccelerated(true);
    durationText_ = new QLabel(this);
    durationText_->setStyleSheet(QStringLiteral("color: palette(mid);"));
    auto* durationRow = new QHBoxLayout;
    durationRow->addWidget(duration_);
    durationRow->addWidget(durationText_, 1);

    bpm_ = new QSpinBox(this);
    bpm_->setObjectName(QStringLiteral("bpmSpin"));
    bpm_->setRange(kMinBpm - 1, kMaxBpm);  // the value below the range reads "Auto"
    bpm_->setSpecialValueText(tr("Auto"));
    bpm_->setValue(bpm_->minimum());
    bpm_->setSuffix(tr(" BPM"));
    bpm_->setToolTip(tr("Beats per minute, %1–%2; Auto lets the model choose").arg(kMinBpm).arg(kMaxBpm));
    tap_ = new QPushButton(tr("Tap"), this);
    tap_->setObjectName(QStringLiteral("tapTempoButton"));
    tap_->setToolTip(tr("Tap along with the beat: the tempo is the average of your last taps (a pause of two "
                        "seconds starts over)"));
    connect(tap_, &QPushButton::pressed, this, [this] { tapTempoAt(clock_.elapsed()); });
    auto* bpmRow = new QHBoxLayout;
    bpmRow->addWidget(bpm_, 1);
    bpmRow->addWidget(tap_);

    keyNote_ = new QComboBox(this);
    keyNote_->setObjectName(QStringLiteral("keyNoteCombo"));
    keyNote_->addItem(tr("Auto"), QString());
    for (const char* note : kNotes)
        keyNote_->addItem(QString::fromLatin1(note), QString::fromLatin1(note));
    keyMode_ = new QComboBox(this);
    keyMode_->setObjectName(QStringLiteral("keyModeCombo"));
    keyMode_->addItem(tr("major"), QStringLiteral("major"));
    keyMode_->addItem(tr("minor"), QStringLiteral("minor"));
    auto* keyRow = new QHBoxLayout;
    keyRow->addWidget(keyNote_, 1);
    keyRow->addWidget(keyMode_, 1);

    timeSignature_ = new QComboBox(this);
    timeSignature_->setObjectName(QStringLiteral("timeSignatureCombo"));
    timeSignature_->addItem(tr("Auto"), QString());
    for (const std::string& ts : timeSignatures()) {
        const QString value = QString::fromStdString(ts);
        timeSignature_->addItem(tr("%1 beats per bar").arg(value), value);
    }

    language_ = new QComboBox(this);
    language_->setObjectName(QStringLiteral("languageCombo"));
    for (const std::string& code : vocalLanguages()) {
        const QString value = QString::fromStdString(code);
        language_->addItem(languageTitle(value), value);
    }
    language_->setCurrentIndex(language_->findData(QStringLiteral("en")));

    instrumental_ = new QCheckBox(tr("Instrumental (no vocals)"), this);
    instrumental_->setObjectName(QStringLiteral("instrumentalCheck"));

    // Variations per run: each one a take of its own, seeds s, s+1, ... (batch_size 1-8).
    variations_ = new QSpinBox(this);
    variations_->setObjectName(QStringLiteral("variationsSpin"));
    variations_->setRange(limits::kMinBatchSize, limits::kMaxBatchSize);
    variations_->setValue(1);
    variations_->setToolTip(tr("How many versions of the song one Generate makes (%1–%2); each gets the next seed")
                                .arg(limits::kMinBatchSize)
                                .arg(limits::kMaxBatchSize));
    variations_->setAccessibleName(tr("Variations per run"));

    auto* songBox = new QGroupBox(tr("Song"), this);
    auto* form = new QFormLayout(songBox);
    auto addRow = [&](const QString& label, QLayout* row, ComposeField field) {
        auto* cell = new QVBoxLayout;
        cell->setSpacing(2);
        cell->addLayout(row);
        cell->addWidget(makeErrorLabel(field));
        form->addRow(label, cell);
    };
    addRow(tr("Duration:"), durationRow, ComposeField::Duration);
    addRow(tr("Tempo:"), bpmRow, ComposeField::Bpm);
    addRow(tr("Key:"), keyRow, ComposeField::KeyScale);
    auto* tsRow = new QHBoxLayout;
    tsRow->addWidget(timeSignature_);
    addRow(tr("Time signature:"), tsRow, ComposeField::TimeSignature);
    auto* langRow = new QHBoxLayout;
    langRow->addWidget(language_);
    addRow(tr("Vocal language:"), langRow, ComposeField::Language);
    auto* variationsRow = new QHBoxLayout;
    variationsRow->addWidget(variations_);
    variationsRow->addStretch(1);
    form->addRow(tr("Variations:"), variationsRow);
    form->addRow(QString(), instrumental_);

    status_ = new QLabel(this);
    status_->setObjectName(QStringLiteral("requestStatusLabel"));
    status_->setWordWrap(true);
    makeErrorLabel(ComposeField::Other);

    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(6, 0, 6, 0);
    variant_ = new VariantPicker(&settings, this);
    auto* modelBox = new QGroupBox(tr("Model"), this);
    auto* modelLayout = new QVBoxLayout(modelBox);
    modelLayout->addWidget(variant_);
    sideLayout->addWidget(modelBox);
    sideLayout->addWidget(songBox);
    sideLayout->addWidget(styleBox);
    sideLayout->addWidget(errors_.value(ComposeField::Other));
    sideLayout->addWidget(status_);
    sideLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(side);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(lyricsPane);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(9, 9, 9, 9);
    layout->addWidget(splitter);

    connect(lyrics_, &LyricsEditor::lyricsChanged, this, &ComposePage::revalidate);
    connect(caption_, &CaptionBuilder::changed, this, &ComposePage::revalidate);
    connect(duration_, &QSpinBox::valueChanged, this, &ComposePage::revalidate);
    connect(bpm_, &QSpinBox::valueChanged, this, &ComposePage::revalidate);
    connect(keyNote_, &QComboBox::currentIndexChanged, this, &ComposePage::revalidate);
    connect(keyMode_, &QComboBox::currentIndexChanged, this, &ComposePage::revalidate);
    connect(timeSignature_, &QComboBox::currentIndexChanged, this, &ComposePage::revalidate);
    connect(language_, &QComboBox::currentIndexChanged, this, &ComposePage::revalidate);
    connect(instrumental_, &QCheckBox::toggled, this, &ComposePage::revalidate);
    connect(variant_, &VariantPicker::changed, this, &ComposePage::revalidate);
    revalidate();
}

QLabel* ComposePage::makeErrorLabel(ComposeField field) {
    auto* label = new QLabel(this);
    label->setObjectName(QStringLiteral("composeError%1").arg(static_cast<int>(field)));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet(QStringLiteral("color: #c01c28;"));
    label->hide();
    errors_.insert(field, label);
    return label;
}

ComposeState ComposePage::state() const {
    ComposeState s;
    s.caption = caption_->caption();
    s.negativePrompt = caption_->negativePrompt();
    s.lyrics = lyrics_->lyrics();
    s.durationSeconds = duration_->value();
    s.batchSize = variations_->value();
    if (bpm_->value() != bpm_->minimum())
        s.bpm = bpm_->value();
    const QString note = keyNote_->currentData().toString();
    if (!note.isEmpty())
        s.keyScale = note + QLatin1Char(' ') + keyMode_->currentData().toString();
    s.timeSignature = timeSignature_->currentData().toString();
    s.vocalLanguage = language_->currentData().toString();
    s.instrumental = instrumental_->isChecked();
    const VariantSelection v = variant_->selection();
    s.task = v.task;
    s.model = v.model;
    s.steps = v.steps;
    s.guidanceScale = v.guidanceScale;
    s.guidanceType = v.guidanceType;
    s.shift = v.shift;
    s.seed = v.seed;
    s.guidanceIntervalStart = v.guidanceIntervalStart;
    s.guidanceIntervalEnd = v.guidanceIntervalEnd;
    return s;
}

void ComposePage::setCatalog(const Catalog& catalog) {
    variant_->setCatalog(catalog);
}

void ComposePage::loadRequest(const GenerationRequest& request) {
    carried_ = request;
    const ComposeState s = composeStateOf(request);
    caption_->setCaption(s.caption);
    caption_->setNegativePrompt(s.negativePrompt);
    lyrics_->setLyrics(s.lyrics);
    duration_->setValue(static_cast<int>(std::lround(s.durationSeconds)));
    variations_->setValue(s.batchSize);
    bpm_->setValue(s.bpm.value_or(bpm_->minimum()));
    const QStringList key = s.keyScale.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    keyNote_->setCurrentIndex(std::max(0, keyNote_->findData(key.value(0))));
    if (key.size() > 1)
        keyMode_->setCurrentIndex(std::max(0, keyMode_->findData(key.value(1).toLower())));
    timeSignature_->setCurrentIndex(std::max(0, timeSignature_->findData(s.timeSignature)));
    language_->setCurrentIndex(std::max(0, language_->findData(s.vocalLanguage)));
    instrumental_->setChecked(s.instrumental);
    revalidate();
    // The picker's values follow the stored take (its seed, steps, guidance ...), so what is shown is what
    // the next Generate sends.
    VariantPicker* v = variant_;
    if (request.steps) v->stepsSpin()->setValue(*request.steps);
    if (request.guidanceScale) v->guidanceSpin()->setValue(*request.guidanceScale);
    if (request.shift) v->shiftSpin()->setValue(*request.shift);
    if (request.guidanceType) {
        const int i = v->guidanceTypeCombo()->findData(static_cast<int>(*request.guidanceType));
        if (i >= 0) v->guidanceTypeCombo()->setCurrentIndex(i);
    }
    if (request.seed && *request.seed >= 0) {
        v->randomSeedCheck()->setChecked(false);
        v->seedEdit()->setText(QString::number(*request.seed));
    }
    v->chooseTask(request.task);
}

void ComposePage::tapTempoAt(qint64 nowMs) {
    if (const std::optional<int> bpm = tapTempo_.tap(nowMs))
        bpm_->setValue(*bpm);
}

void ComposePage::revalidate() {
    const ComposeState s = state();
    const int seconds = duration_->value();
    durationText_->setText(tr("%1:%2 min").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0')));
    keyMode_->setEnabled(keyNote_->currentIndex() > 0);
    lyrics_->setEnabled(!s.instrumental);
    language_->setEnabled(!s.instrumental);
    std::optional<int> beats;
    if (!s.timeSignature.isEmpty())
        beats = s.timeSignature.toInt();
    lyrics_->setSongShape(s.durationSeconds, s.bpm, beats);

    check_ = checkComposeState(s);
    for (auto it = errors_.cbegin(); it != errors_.cend(); ++it) {
        const bool mine = !check_.ok && it.key() == check_.field;
        it.value()->setText(mine ? check_.message : QString());
        it.value()->setVisible(mine);
        // A caption not written yet is a to-do, not a mistake: the same text, in a quiet colour.
        const bool blankCaption = mine && check_.field == ComposeField::Caption && s.caption.trimmed().isEmpty();
        it.value()->setStyleSheet(blankCaption ? QStringLiteral("color: palette(mid);") : QStringLiteral("color: #c01c28;"));
    }
    if (check_.ok) {
        status_->setText(tr("✓ The request is complete and within the engine's limits."));
        status_->setStyleSheet(QStringLiteral("color: #26a269;"));
    } else {
        status_->setText(tr("The request is not ready yet: see the message in red."));
        status_->setStyleSheet(QStringLiteral("color: palette(mid);"));
    }
    Q_EMIT requestChanged();
}

}  // namespace songloom::ui
