#include "settings/firstrundialog.h"

#include "common/elidedlabel.h"
#include "models/catalogpresenter.h"
#include "models/modelsettings.h"
#include "settings/studiosettings.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace songloom::ui {

bool firstRunNeeded(bool enabled, const QString& folder, const Catalog* catalog) {
    if (!enabled)
        return false;
    if (folder.isEmpty())
        return true;
    if (catalog == nullptr)
        return false;  // wait for the scan before judging the folder
    return std::none_of(catalog->models.begin(), catalog->models.end(),
                        [](const ModelSet& set) { return set.readyToGenerate; });
}

FirstRunDialog::FirstRunDialog(QSettings& settings, QWidget* parent) : QDialog(parent), settings_(settings) {
    setObjectName(QStringLiteral("firstRunDialog"));
    setWindowTitle(tr("Get Started with Songloom"));

    auto* heading = new QLabel(tr("<h3>Songloom needs the ACE-Step 1.5 model files</h3>"), this);
    auto* intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("firstRunIntro"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);
    intro->setTextInteractionFlags(Qt::TextBrowserInteraction);
    intro->setOpenExternalLinks(true);
    // Repository and file names from shared/docs/checkpoint-layouts.md (sections 3.1, 5.1).
    intro->setText(
        tr("<p>The music is made on your computer by the open ACE-Step 1.5 model. Its files are a separate "
           "download of several gigabytes; keep them together in one folder (subfolders are fine) and show "
           "Songloom that folder.</p>"
           "<p><b>Where to get them</b></p>"
           "<ul>"
           "<li>From the ACE-Step team on Hugging Face: the repository <i>%1</i> contains the Turbo model "
           "(folder <i>acestep-v15-turbo</i>) together with <i>vae</i> and <i>Qwen3-Embedding-0.6B</i>. The "
           "other variants have a repository each under the same name as their folder, for example "
           "<i>ACE-Step/acestep-v15-base</i> or <i>ACE-Step/acestep-v15-xl-turbo</i>.</li>"
           "<li>From Comfy-Org on Hugging Face (<i>%2</i>): single files. "
           "<i>ace_step_1.5_turbo_aio.safetensors</i> holds everything in one file; the files under "
           "<i>split_files</i> hold one part each.</li>"
           "</ul>"
           "<p><b>What a working set contains</b>: the song model (DiT, e.g. <i>acestep-v15-turbo</i>), the "
           "audio decoder (VAE), the text encoder (Qwen3-Embedding-0.6B) and the text encoder's tokenizer. "
           "Comfy-Org's files come without the tokenizer; Songloom supplies its own copy for them.</p>")
            .arg(QStringLiteral("ACE-Step/Ace-Step1.5"), QStringLiteral("Comfy-Org/ace_step_1.5_ComfyUI_files")));

    folderLabel_ = new ElidedLabel(this);
    folderLabel_->setObjectName(QStringLiteral("firstRunFolderLabel"));
    folderLabel_->setText(tr("No folder chosen yet"));
    auto* choose = new QPushButton(tr("&Choose Folder…"), this);
    choose->setObjectName(QStringLiteral("firstRunChooseButton"));
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(folderLabel_, 1);
    folderRow->addWidget(choose);

    result_ = new QLabel(this);
    result_->setObjectName(QStringLiteral("firstRunResult"));
    result_->setWordWrap(true);
    result_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    showAtStart_ = new QCheckBox(tr("Show this guide at start while no model is ready"), this);
    showAtStart_->setObjectName(QStringLiteral("firstRunShowAtStart"));
    showAtStart_->setChecked(StudioSettings(settings_).showFirstRun());

    auto* buttons = new QDialogButtonBox(this);
    use_ = buttons->addButton(tr("&Use This Folder"), QDialogButtonBox::AcceptRole);
    use_->setObjectName(QStringLiteral("firstRunUseButton"));
    use_->setEnabled(false);
    notNow_ = buttons->addButton(tr("&Not Now"), QDialogButtonBox::RejectRole);
    notNow_->setObjectName(QStringLiteral("firstRunNotNowButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstRunDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FirstRunDialog::reject);
    connect(choose, &QPushButton::clicked, this, &FirstRunDialog::chooseFolder);
    connect(&scanner_, &ModelScanner::finished, this, &FirstRunDialog::showResult);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addLayout(folderRow);
    layout->addWidget(result_);
    layout->addStretch(1);
    layout->addWidget(showAtStart_);
    layout->addWidget(buttons);
    resize(QSize(640, 0).expandedTo(sizeHint()));

    const QString saved = ModelSettings(settings_).folder();
    if (!saved.isEmpty())
        scanFolder(saved);
}

void FirstRunDialog::chooseFolder() {
    const QString start = folder_.isEmpty() ? QDir::homePath() : folder_;
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Choose Models Folder"), start);
    if (!chosen.isEmpty())
        scanFolder(chosen);
}

void FirstRunDialog::scanFolder(const QString& folder) {
    folder_ = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    ready_ = false;
    folderLabel_->setText(QDir::toNativeSeparators(folder_));
    result_->setText(tr("Looking for models in this folder…"));
    use_->setEnabled(false);
    scanner_.scan(folder_, ModelSettings(settings_).scanOptions());
}

void FirstRunDialog::showResult(const ScanResult& result) {
    if (result.folder != folder_)
        return;
    if (!result.status) {
        result_->setText(CatalogPresenter::scanFailure(QDir::toNativeSeparators(folder_), result.status));
        use_->setEnabled(false);
    } else {
        const CatalogView view = CatalogPresenter::present(result.catalog);
        ready_ = std::any_of(view.models.begin(), view.models.end(), [](const ModelRow& r) { return r.ready; });
        QStringList lines{view.summary};
        for (const ModelRow& row : view.models)
            lines << QStringLiteral("• %1: %2").arg(row.title, row.status);
        if (!ready_)
            lines << tr("You can use this folder now and add the missing files later; Songloom looks again "
                        "when you press F5.");
        result_->setText(lines.join(QLatin1Char('\n')));
        result_->setStyleSheet(ready_ ? QStringLiteral("color: #26a269;") : QString());
        use_->setEnabled(true);  // an incomplete folder is still where the user will put the rest
    }
    Q_EMIT scanned();
}

void FirstRunDialog::accept() {
    if (folder_.isEmpty())
        return;
    Q_EMIT folderChosen(folder_);
    QDialog::accept();
}

void FirstRunDialog::done(int result) {
    StudioSettings(settings_).setShowFirstRun(showAtStart_->isChecked());
    QDialog::done(result);
}

}  // namespace songloom::ui
