#include "export/exportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

namespace songloom::ui {

namespace {

// A line edit with a "Choose…" button beside it.
QWidget* withButton(QWidget* parent, QLineEdit* edit, QPushButton* button) {
    auto* box = new QWidget(parent);
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(button);
    return box;
}

void fillInts(QComboBox* combo, const QList<int>& values, int current, const std::function<QString(int)>& text) {
    combo->clear();
    for (int v : values)
        combo->addItem(text(v), v);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
    // A single choice is shown, not offered.
    combo->setEnabled(values.size() > 1);
}

}  // namespace

ExportDialog::ExportDialog(QSettings& settings, QList<ExportItem> items, QWidget* parent)
    : QDialog(parent), store_(settings), items_(std::move(items)) {
    setObjectName(QStringLiteral("exportDialog"));
    // Singular and plural as two sentences: English has no plural forms file to resolve "%n".
    setWindowTitle(items_.size() == 1 ? tr("Export 1 Take") : tr("Export %1 Takes").arg(items_.size()));
    loadProblems_ = settings_.load(store_);
    if (settings_.folder.isEmpty())
        settings_.folder = QStandardPaths::writableLocation(QStandardPaths::MusicLocation);

    format_ = new QComboBox(this);
    format_->setObjectName(QStringLiteral("exportFormat"));
    format_->setAccessibleName(tr("Format"));
    for (ExportFormat f : ExportSettings::formats())
        format_->addItem(ExportSettings::formatName(f), static_cast<int>(f));
    rate_ = new QComboBox(this);
    rate_->setObjectName(QStringLiteral("exportSampleRate"));
    rate_->setAccessibleName(tr("Sample rate"));
    channels_ = new QComboBox(this);
    channels_->setObjectName(QStringLiteral("exportChannels"));
    channels_->setAccessibleName(tr("Channels"));
    bitrate_ = new QComboBox(this);
    bitrate_->setObjectName(QStringLiteral("exportBitrate"));
    bitrate_->setAccessibleName(tr("Bitrate"));
    wavDepth_ = new QComboBox(this);
    wavDepth_->setObjectName(QStringLiteral("exportWavDepth"));
    wavDepth_->setAccessibleName(tr("WAV bit depth"));
    for (auto e : {audio::WavEncoding::Pcm16, audio::WavEncoding::Pcm24, audio::WavEncoding::Float32})
        wavDepth_->addItem(ExportSettings::wavEncodingName(e), static_cast<int>(e));

    loudness_ = new QCheckBox(tr("&Normalise loudness"), this);
    loudness_->setObjectName(QStringLiteral("exportNormalize"));
    loudness_->setToolTip(tr("One gain per take so its integrated loudness (EBU R128) is the target, lowered "
                             "where needed so the true peak stays under the ceiling"));
    target_ = new QDoubleSpinBox(this);
    target_->setObjectName(QStringLiteral("exportTargetLufs"));
    target_->setAccessibleName(tr("Target loudness"));
    target_->setRange(ExportSettings::kMinTargetLufs, ExportSettings::kMaxTargetLufs);
    target_->setDecimals(1);
    target_->setSingleStep(0.5);
    target_->setSuffix(tr(" LUFS"));
    ceiling_ = new QDoubleSpinBox(this);
    ceiling_->setObjectName(QStringLiteral("exportTruePeak"));
    ceiling_->setAccessibleName(tr("True-peak ceiling"));
    ceiling_->setRange(ExportSettings::kMinTruePeakDb, ExportSettings::kMaxTruePeakDb);
    ceiling_->setDecimals(1);
    ceiling_->setSingleStep(0.5);
    ceiling_->setSuffix(tr(" dBTP"));

    title_ = new QLineEdit(this);
    title_->setObjectName(QStringLiteral("exportTitle"));
    title_->setAccessibleName(tr("Title"));
    title_->setPlaceholderText(tr("Each take's own title"));
    artist_ = new QLineEdit(this);
    artist_->setObjectName(QStringLiteral("exportArtist"));
    artist_->setAccessibleName(tr("Artist"));
    album_ = new QLineEdit(this);
    album_->setObjectName(QStringLiteral("exportAlbum"));
    album_->setAccessibleName(tr("Album"));
    cover_ = new QLineEdit(this);
    cover_->setObjectName(QStringLiteral("exportCover"));
    cover_->setAccessibleName(tr("Cover image"));
    cover_->setPlaceholderText(tr("No cover (PNG or JPEG; needed for MP4)"));
    cover_->setClearButtonEnabled(true);
    auto* chooseCover = new QPushButton(tr("C&hoose…"), this);
    folder_ = new QLineEdit(this);
    folder_->setObjectName(QStringLiteral("exportFolder"));
    folder_->setAccessibleName(tr("Folder"));
    auto* chooseFolder = new QPushButton(tr("Choo&se…"), this);
    pattern_ = new QLineEdit(this);
    pattern_->setObjectName(QStringLiteral("exportPattern"));
    pattern_->setAccessibleName(tr("File name pattern"));
    pattern_->setToolTip(tr("Text with {title}, {seed} and {n} (the take's number in this export)"));
    preview_ = new QLabel(this);
    preview_->setObjectName(QStringLiteral("exportPreview"));
    preview_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    preview_->setWordWrap(true);

    auto* audioBox = new QGroupBox(tr("Audio"), this);
    auto* audioForm = new QFormLayout(audioBox);
    audioForm->addRow(tr("&Format:"), format_);
    audioForm->addRow(tr("Sample &rate:"), rate_);
    audioForm->addRow(tr("C&hannels:"), channels_);
    audioForm->addRow(tr("&Bitrate:"), bitrate_);
    audioForm->addRow(tr("WAV bit &depth:"), wavDepth_);
    audioForm->addRow(loudness_);
    audioForm->addRow(tr("&Target:"), target_);
    audioForm->addRow(tr("True-peak &ceiling:"), ceiling_);

    auto* tagBox = new QGroupBox(tr("Tags"), this);
    auto* tagColumn = new QVBoxLayout(tagBox);
    auto* tagForm = new QFormLayout;
    tagColumn->addLayout(tagForm);
    tagForm->addRow(tr("T&itle:"), title_);
    tagForm->addRow(tr("&Artist:"), artist_);
    tagForm->addRow(tr("Al&bum:"), album_);
    tagForm->addRow(tr("C&over image:"), withButton(tagBox, cover_, chooseCover));
    auto* kept = new QLabel(tr("Each take keeps its caption, lyrics, tempo, key and full generation settings."), tagBox);
    kept->setWordWrap(true);
    kept->setEnabled(false);  // a note, not a field
    tagColumn->addWidget(kept);

    auto* fileBox = new QGroupBox(tr("Files"), this);
    auto* fileForm = new QFormLayout(fileBox);
    fileForm->addRow(tr("Fol&der:"), withButton(fileBox, folder_, chooseFolder));
    fileForm->addRow(tr("File &name:"), pattern_);
    fileForm->addRow(tr("Preview:"), preview_);

    problems_ = new QLabel(this);
    problems_->setObjectName(QStringLiteral("exportProblems"));
    problems_->setWordWrap(true);
    problems_->setStyleSheet(QStringLiteral("color: #b3261e;"));
    status_ = new QLabel(this);
    status_->setObjectName(QStringLiteral("exportStatus"));
    status_->setWordWrap(true);
    progress_ = new QProgressBar(this);
    progress_->setObjectName(QStringLiteral("exportProgress"));
    progress_->setAccessibleName(tr("Export progress"));
    progress_->setRange(0, std::max<int>(1, static_cast<int>(items_.size())));
    progress_->setValue(0);

    export_ = new QPushButton(tr("&Export"), this);
    export_->setObjectName(QStringLiteral("exportButton"));
    export_->setDefault(true);
    export_->setToolTip(tr("Write the files (Ctrl+Return)"));
    cancel_ = new QPushButton(tr("&Stop"), this);
    cancel_->setObjectName(QStringLiteral("exportCancelButton"));
    cancel_->setToolTip(tr("Stop after the take being written; the files already written stay"));
    cancel_->setEnabled(false);
    close_ = new QPushButton(tr("Close"), this);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(export_, QDialogButtonBox::AcceptRole);
    buttons->addButton(cancel_, QDialogButtonBox::ActionRole);
    buttons->addButton(close_, QDialogButtonBox::RejectRole);

    auto* columns = new QHBoxLayout;
    columns->addWidget(audioBox, 1);
    auto* right = new QVBoxLayout;
    right->addWidget(tagBox);
    right->addWidget(fileBox);
    columns->addLayout(right, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(problems_);
    layout->addWidget(progress_);
    layout->addWidget(status_);
    layout->addWidget(buttons);

    // Fill the form from the remembered settings.
    building_ = true;
    format_->setCurrentIndex(format_->findData(static_cast<int>(settings_.format)));
    wavDepth_->setCurrentIndex(wavDepth_->findData(static_cast<int>(settings_.wavEncoding)));
    loudness_->setChecked(settings_.normalizeLoudness);
    target_->setValue(settings_.targetLufs);
    ceiling_->setValue(settings_.truePeakDb);
    artist_->setText(settings_.artist);
    album_->setText(settings_.album);
    cover_->setText(settings_.coverPath);
    folder_->setText(settings_.folder);
    pattern_->setText(settings_.fileNamePattern);
    building_ = false;
    buildChoices();

    const auto changed = [this] {
        if (building_)
            return;
        readForm();
        updateState();
    };
    const auto choiceChanged = [this] {
        if (building_)
            return;
        readForm();
        buildChoices();  // a new format / rate / channel count changes what the others offer
    };
    connect(format_, &QComboBox::currentIndexChanged, this, choiceChanged);
    connect(rate_, &QComboBox::currentIndexChanged, this, choiceChanged);
    connect(channels_, &QComboBox::currentIndexChanged, this, choiceChanged);
    for (QComboBox* c : {bitrate_, wavDepth_})
        connect(c, &QComboBox::currentIndexChanged, this, changed);
    connect(loudness_, &QCheckBox::toggled, this, changed);
    for (QDoubleSpinBox* s : {target_, ceiling_})
        connect(s, &QDoubleSpinBox::valueChanged, this, changed);
    for (QLineEdit* e : {title_, artist_, album_, cover_, folder_, pattern_})
        connect(e, &QLineEdit::textChanged, this, changed);
    connect(chooseCover, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Cover Image"), QFileInfo(cover_->text()).path(),
                                                          tr("Images (*.png *.jpg *.jpeg)"));
        if (!file.isEmpty())
            cover_->setText(file);
    });
    connect(chooseFolder, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Export Folder"), folder_->text());
        if (!dir.isEmpty())
            folder_->setText(dir);
    });
    connect(export_, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(cancel_, &QPushButton::clicked, &service_, &ExportService::cancel);
    connect(close_, &QPushButton::clicked, this, &ExportDialog::reject);
    auto* go = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(go, &QShortcut::activated, this, &ExportDialog::startExport);

    connect(&service_, &ExportService::itemStarted, this, [this](int index, const QString& path) {
        status_->setText(tr("Writing take %1 of %2 (%3)…").arg(index + 1).arg(items_.size()).arg(QFileInfo(path).fileName()));
    });
    connect(&service_, &ExportService::progress, progress_, &QProgressBar::setValue);
    connect(&service_, &ExportService::finished, this, &ExportDialog::onFinished);

    askExisting_ = [this](const QStringList& existing) -> std::optional<ExistingFiles> {
        QMessageBox box(QMessageBox::Question, tr("Files Exist"),
                        (existing.size() == 1 ? tr("A file of this name exists already:")
                                              : tr("%1 files of these names exist already:").arg(existing.size())) +
                            QStringLiteral("\n\n") + existing.mid(0, 8).join(QLatin1Char('\n')),
                        QMessageBox::NoButton, this);
        QPushButton* number = box.addButton(tr("Keep Both (Number the New Files)"), QMessageBox::AcceptRole);
        QPushButton* replace = box.addButton(tr("Replace"), QMessageBox::DestructiveRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(number);
        box.exec();
        if (box.clickedButton() == number)
            return ExistingFiles::Number;
        if (box.clickedButton() == replace)
            return ExistingFiles::Replace;
        return std::nullopt;
    };
    updateState();
}

ExportDialog::~ExportDialog() = default;

void ExportDialog::setExistingFilesQuestion(std::function<std::optional<ExistingFiles>(const QStringList&)> ask) {
    askExisting_ = std::move(ask);
}

void ExportDialog::buildChoices() {
    settings_.fitToChoices();
    building_ = true;
    fillInts(rate_, settings_.sampleRateChoices(), settings_.sampleRate, [](int hz) { return tr("%1 Hz").arg(hz); });
    fillInts(channels_, settings_.channelChoices(), settings_.channels,
             [](int n) { return n == 1 ? tr("Mono") : tr("Stereo"); });
    const QList<int> rates = settings_.bitrateChoices();
    fillInts(bitrate_, rates, settings_.effectiveBitrate(), [](int kbps) { return tr("%1 kbps").arg(kbps); });
    if (rates.isEmpty()) {
        bitrate_->addItem(tr("Lossless"), 0);
        bitrate_->setEnabled(false);
    }
    wavDepth_->setEnabled(settings_.format == ExportFormat::Wav);
    building_ = false;
    readForm();
    updateState();
}

void ExportDialog::readForm() {
    settings_.format = static_cast<ExportFormat>(format_->currentData().toInt());
    settings_.sampleRate = rate_->currentData().toInt();
    settings_.channels = channels_->currentData().toInt();
    settings_.bitrateKbps = bitrate_->currentData().toInt();
    settings_.wavEncoding = static_cast<audio::WavEncoding>(wavDepth_->currentData().toInt());
    settings_.normalizeLoudness = loudness_->isChecked();
    settings_.targetLufs = target_->value();
    settings_.truePeakDb = ceiling_->value();
    settings_.title = title_->text();
    settings_.artist = artist_->text();
    settings_.album = album_->text();
    settings_.coverPath = cover_->text().trimmed();
    settings_.folder = folder_->text().trimmed();
    settings_.fileNamePattern = pattern_->text();
}

void ExportDialog::updateState() {
    target_->setEnabled(settings_.normalizeLoudness);
    ceiling_->setEnabled(settings_.normalizeLoudness);
    const QStringList problems = settings_.problems();
    if (!items_.isEmpty() && settings_.patternProblems().isEmpty()) {
        QString text = settings_.fileName(ExportService::takeTitle(items_.first(), settings_), items_.first().seed, 1,
                                          static_cast<int>(items_.size()));
        if (items_.size() > 1)
            text += tr(" and %1 more").arg(items_.size() - 1);
        preview_->setText(text);
    } else {
        preview_->setText(QStringLiteral("—"));
    }
    QStringList shown = loadProblems_;
    shown << problems;
    problems_->setText(shown.join(QLatin1Char('\n')));
    problems_->setVisible(!shown.isEmpty());
    const bool running = service_.isRunning();
    export_->setEnabled(problems.isEmpty() && !items_.isEmpty() && !running);
    cancel_->setEnabled(running);
}

void ExportDialog::startExport() {
    readForm();
    if (service_.isRunning() || !settings_.problems().isEmpty() || items_.isEmpty())
        return;
    QStringList existing;
    for (const QString& path : ExportService::plannedPaths(items_, settings_))
        if (QFileInfo::exists(path))
            existing << QDir::toNativeSeparators(path);
    ExistingFiles choice = ExistingFiles::Number;
    if (!existing.isEmpty()) {
        const auto asked = askExisting_(existing);
        if (!asked)
            return;
        choice = *asked;
    }
    QStringList problems;
    written_.clear();
    progress_->setValue(0);
    if (!service_.start(items_, settings_, choice, &problems)) {
        problems_->setText(problems.join(QLatin1Char('\n')));
        problems_->show();
        return;
    }
    loadProblems_.clear();  // they were about the stored settings, now replaced
    settings_.save(store_);
    updateState();
}

void ExportDialog::onFinished(const QList<ExportOutcome>& outcomes, bool cancelled) {
    QStringList errors;
    for (const ExportOutcome& o : outcomes) {
        if (o.ok())
            written_ << o.writtenPath;
        else
            errors << o.error;
    }
    const QString folder = QDir::toNativeSeparators(settings_.folder);
    QString text = written_.size() == 1 ? tr("1 file written to %1.").arg(folder)
                                        : tr("%1 files written to %2.").arg(written_.size()).arg(folder);
    if (cancelled)
        text += QLatin1Char(' ') + tr("Stopped before the other takes.");
    status_->setText(text);
    problems_->setText(errors.join(QLatin1Char('\n')));
    problems_->setVisible(!errors.isEmpty());
    updateState();
}

void ExportDialog::reject() {
    // Closing while exporting stops after the take being written (that file is kept, complete).
    if (service_.isRunning()) {
        service_.cancel();
        service_.waitForFinished();
    }
    QDialog::reject();
}

}  // namespace songloom::ui
