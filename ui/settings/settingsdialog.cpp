#include "settings/settingsdialog.h"

#include "common/elidedlabel.h"
#include "models/catalogpresenter.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace songloom::ui {

namespace {

QLabel* makeNote(QWidget* parent, const QString& name) {
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: palette(mid);"));
    return label;
}

void selectData(QComboBox* combo, const QVariant& data) {
    const int index = combo->findData(data);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

}  // namespace

SettingsDialog::SettingsDialog(QSettings& settings, const DeviceSupport& devices, QWidget* parent)
    : QDialog(parent), studio_(settings), devices_(devices) {
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    problems_ = new QLabel(this);
    problems_->setObjectName(QStringLiteral("settingsProblemsLabel"));
    problems_->setWordWrap(true);
    problems_->setStyleSheet(QStringLiteral("color: #c64600;"));

    // ---- models ----
    auto* modelsBox = new QGroupBox(tr("Models"), this);
    folderLabel_ = new ElidedLabel(modelsBox);
    folderLabel_->setObjectName(QStringLiteral("settingsFolderLabel"));
    auto* browse = new QPushButton(tr("&Choose Folder…"), modelsBox);
    browse->setObjectName(QStringLiteral("settingsChooseFolderButton"));
    rescan_ = new QPushButton(tr("&Rescan"), modelsBox);
    rescan_->setObjectName(QStringLiteral("settingsRescanButton"));
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(folderLabel_, 1);
    folderRow->addWidget(browse);
    folderRow->addWidget(rescan_);
    modelsSummary_ = new QLabel(modelsBox);
    modelsSummary_->setObjectName(QStringLiteral("settingsModelsSummary"));
    modelsSummary_->setWordWrap(true);
    modelsSummary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* modelsLayout = new QVBoxLayout(modelsBox);
    modelsLayout->addLayout(folderRow);
    modelsLayout->addWidget(modelsSummary_);
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::chooseFolder);
    connect(rescan_, &QPushButton::clicked, this, &SettingsDialog::rescanRequested);

    // ---- engine ----
    auto* engineBox = new QGroupBox(tr("Engine"), this);
    auto* form = new QFormLayout(engineBox);
    device_ = new QComboBox(engineBox);
    device_->setObjectName(QStringLiteral("deviceCombo"));
    device_->addItem(tr("Automatic (the graphics card when there is one)"), static_cast<int>(ComputeDevice::Auto));
    device_->addItem(tr("Processor (CPU)"), static_cast<int>(ComputeDevice::Cpu));
    device_->addItem(tr("NVIDIA graphics card (CUDA)"), static_cast<int>(ComputeDevice::Cuda));
    if (devices_.known && !devices_.cudaAvailable) {
        QStandardItem* cuda = qobject_cast<QStandardItemModel*>(device_->model())->item(2);
        cuda->setEnabled(false);
        cuda->setToolTip(devices_.reason);
    }
    deviceNote_ = makeNote(engineBox, QStringLiteral("deviceNote"));
    form->addRow(tr("&Device:"), device_);
    form->addRow(deviceNote_);

    precision_ = new QComboBox(engineBox);
    precision_->setObjectName(QStringLiteral("precisionCombo"));
    precision_->addItem(tr("Automatic (bf16 on the graphics card, fp32 on the processor)"),
                        static_cast<int>(Precision::Auto));
    precision_->addItem(tr("fp32 (full precision)"), static_cast<int>(Precision::Float32));
    precision_->addItem(tr("bf16 (half the memory)"), static_cast<int>(Precision::BFloat16));
    precision_->addItem(tr("fp16 (half the memory, older cards)"), static_cast<int>(Precision::Float16));
    precisionNote_ = makeNote(engineBox, QStringLiteral("precisionNote"));
    form->addRow(tr("&Precision:"), precision_);
    form->addRow(precisionNote_);

    memory_ = new QComboBox(engineBox);
    memory_->setObjectName(QStringLiteral("memoryCombo"));
    memory_->addItem(tr("Keep every part loaded (fastest)"), static_cast<int>(MemoryPolicy::KeepLoaded));
    memory_->addItem(tr("One part at a time (for 8 GB cards)"), static_cast<int>(MemoryPolicy::OneResident));
    memoryNote_ = makeNote(engineBox, QStringLiteral("memoryNote"));
    form->addRow(tr("&Memory:"), memory_);
    form->addRow(memoryNote_);
    auto* applyNote = makeNote(engineBox, QStringLiteral("engineApplyNote"));
    applyNote->setText(tr("Device, precision and memory take effect the next time a model is loaded."));
    form->addRow(applyNote);

    // ---- language ----
    auto* languageBox = new QGroupBox(tr("Language"), this);
    auto* languageForm = new QFormLayout(languageBox);
    language_ = new QComboBox(languageBox);
    language_->setObjectName(QStringLiteral("languageSettingCombo"));
    for (const LanguageOption& option : StudioSettings::languages())
        language_->addItem(option.name, option.code);
    languageNote_ = makeNote(languageBox, QStringLiteral("languageNote"));
    languageForm->addRow(tr("&Interface language:"), language_);
    languageForm->addRow(languageNote_);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel |
                                             QDialogButtonBox::RestoreDefaults,
                                         this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &SettingsDialog::restoreDefaults);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(problems_);
    layout->addWidget(modelsBox);
    layout->addWidget(engineBox);
    layout->addWidget(languageBox);
    layout->addStretch(1);
    layout->addWidget(buttons);

    // The saved values (the getters fall back to defaults and collect what was wrong).
    selectData(device_, static_cast<int>(studio_.device()));
    selectData(precision_, static_cast<int>(studio_.precision()));
    selectData(memory_, static_cast<int>(studio_.memoryPolicy()));
    selectData(language_, studio_.language());
    const QStringList problems = studio_.problems();
    problems_->setText(tr("Some saved settings were not valid and were replaced by their defaults (OK saves "
                          "them):\n%1")
                           .arg(problems.join(QLatin1Char('\n'))));
    problems_->setVisible(!problems.isEmpty());

    connect(device_, &QComboBox::currentIndexChanged, this, &SettingsDialog::refreshNotes);
    connect(precision_, &QComboBox::currentIndexChanged, this, &SettingsDialog::refreshNotes);
    connect(memory_, &QComboBox::currentIndexChanged, this, &SettingsDialog::refreshNotes);
    connect(language_, &QComboBox::currentIndexChanged, this, &SettingsDialog::refreshNotes);
    refreshNotes();
    setModels(QString(), Catalog{}, false);
    resize(sizeHint().expandedTo(QSize(620, 0)));
}

void SettingsDialog::setModels(const QString& folder, const Catalog& catalog, bool scanning) {
    folder_ = folder;
    folderLabel_->setText(folder.isEmpty() ? tr("No models folder chosen yet") : QDir::toNativeSeparators(folder));
    rescan_->setEnabled(!folder.isEmpty() && !scanning);
    if (folder.isEmpty()) {
        modelsSummary_->setText(CatalogPresenter::whereToPutModelsText());
        return;
    }
    if (scanning) {
        modelsSummary_->setText(tr("Looking for models in this folder…"));
        return;
    }
    const CatalogView view = CatalogPresenter::present(catalog);
    QStringList lines{view.summary};
    for (const ModelRow& row : view.models)
        lines << QStringLiteral("• %1: %2").arg(row.title, row.status);
    modelsSummary_->setText(lines.join(QLatin1Char('\n')));
}

void SettingsDialog::chooseFolder() {
    const QString start = folder_.isEmpty() ? QDir::homePath() : folder_;
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Choose Models Folder"), start);
    if (!chosen.isEmpty())
        Q_EMIT folderChosen(chosen);
}

void SettingsDialog::refreshNotes() {
    const auto device = static_cast<ComputeDevice>(device_->currentData().toInt());
    if (!devices_.known)
        deviceNote_->setText(tr("Songloom is still checking which graphics cards it can use."));
    else if (devices_.cudaAvailable)
        deviceNote_->setText(tr("A graphics card Songloom can use was found."));
    else
        deviceNote_->setText(tr("No graphics card can be used: %1").arg(devices_.reason));

    switch (static_cast<Precision>(precision_->currentData().toInt())) {
    case Precision::Auto:
        precisionNote_->setText(tr("The right choice for almost everyone."));
        break;
    case Precision::Float32:
        precisionNote_->setText(tr("Twice the memory of bf16 and slower on graphics cards; the processor always "
                                   "uses it."));
        break;
    case Precision::BFloat16:
        precisionNote_->setText(tr("Best on NVIDIA's RTX 30 series and newer cards; older cards run it slowly."));
        break;
    case Precision::Float16:
        precisionNote_->setText(
            tr("For graphics cards older than the RTX 30 series, which lack bf16. fp16 holds a smaller range of "
               "numbers than bf16, so a take can come out as noise or silence; if that happens, go back to "
               "Automatic. Not available on the processor."));
        break;
    }
    if (device == ComputeDevice::Cpu && static_cast<Precision>(precision_->currentData().toInt()) == Precision::Float16)
        precisionNote_->setText(tr("fp16 does not run on the processor: choose Automatic or fp32 for it."));

    memoryNote_->setText(
        static_cast<MemoryPolicy>(memory_->currentData().toInt()) == MemoryPolicy::KeepLoaded
            ? tr("Every part of the model stays on the graphics card between takes: the quickest, but the 2B "
                 "model with its text encoder and audio decoder wants more than an 8 GB card has.")
            : tr("Only the part that is working sits on the graphics card; the others wait in main memory. "
                 "This lets the 2B model run on an 8 GB card; each take is a little slower while parts are "
                 "moved in."));

    const QString code = language_->currentData().toString();
    QString note = tr("Takes effect the next time you start Songloom.");
    if (!StudioSettings::translationAvailable(code))
        note += QLatin1Char(' ') + tr("There is no %1 translation yet, so the texts stay in English.")
                                       .arg(language_->currentText());
    languageNote_->setText(note);
}

void SettingsDialog::restoreDefaults() {
    selectData(device_, static_cast<int>(StudioSettings::kDefaultDevice));
    selectData(precision_, static_cast<int>(StudioSettings::kDefaultPrecision));
    selectData(memory_, static_cast<int>(StudioSettings::kDefaultMemory));
    selectData(language_, QString());
}

void SettingsDialog::accept() {
    studio_.repair();
    studio_.setDevice(static_cast<ComputeDevice>(device_->currentData().toInt()));
    studio_.setPrecision(static_cast<Precision>(precision_->currentData().toInt()));
    studio_.setMemoryPolicy(static_cast<MemoryPolicy>(memory_->currentData().toInt()));
    studio_.setLanguage(language_->currentData().toString());
    QDialog::accept();
}

}  // namespace songloom::ui
