#include "models/modelspanel.h"

#include "common/elidedlabel.h"
#include "common/noticeview.h"
#include "common/pathtext.h"
#include "models/catalogpresenter.h"
#include "models/modelsetlist.h"
#include "models/rejectedlist.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace songloom::ui {

namespace {

QLabel* makeHeading(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

}  // namespace

ModelsPanel::ModelsPanel(QSettings& settings, QWidget* parent) : QWidget(parent), settings_(settings) {
    setObjectName(QStringLiteral("modelsPanel"));
    setAccessibleName(tr("Models"));
    pages_ = new QStackedWidget(this);
    welcomePage_ = createWelcomePage();
    catalogPage_ = createCatalogPage();
    pages_->addWidget(welcomePage_);
    pages_->addWidget(catalogPage_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(pages_);

    connect(&scanner_, &ModelScanner::finished, this, &ModelsPanel::showResult);
    connect(modelList_, &ModelSetList::variantChosen, this, &ModelsPanel::chooseVariant);
}

NoticeView* ModelsPanel::createWelcomePage() {
    auto* page = new NoticeView;
    page->setObjectName(QStringLiteral("welcomePage"));
    page->setIcon(QApplication::windowIcon());
    page->setHeading(tr("Find your models"));
    page->setText(tr("Choose the folder where your ACE-Step 1.5 model files are, and Songloom will list the "
                     "models it finds there."));
    page->textLabel()->setObjectName(QStringLiteral("noFolderMessage"));
    auto* button = new QPushButton(tr("Choose Models Folder…"));
    button->setObjectName(QStringLiteral("chooseFolderButton"));
    connect(button, &QPushButton::clicked, this, &ModelsPanel::chooseFolder);
    page->addButton(button);
    return page;
}

QWidget* ModelsPanel::createCatalogPage() {
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("catalogPage"));

    auto* folderCaption = makeHeading(tr("Models folder:"), page);
    folderLabel_ = new ElidedLabel(page);
    folderLabel_->setObjectName(QStringLiteral("folderLabel"));
    auto* changeButton = new QPushButton(tr("&Change Folder…"), page);
    changeButton->setObjectName(QStringLiteral("changeFolderButton"));
    connect(changeButton, &QPushButton::clicked, this, &ModelsPanel::chooseFolder);
    auto* rescanButton = new QPushButton(tr("&Rescan"), page);
    rescanButton->setObjectName(QStringLiteral("rescanButton"));
    connect(rescanButton, &QPushButton::clicked, this, &ModelsPanel::rescan);

    auto* folderRow = new QHBoxLayout;
    folderRow->setSpacing(8);
    folderRow->addWidget(folderCaption);
    folderRow->addWidget(folderLabel_, 1);
    folderRow->addWidget(changeButton);
    folderRow->addWidget(rescanButton);

    statusLabel_ = new QLabel(page);
    statusLabel_->setObjectName(QStringLiteral("scanStatusLabel"));
    statusLabel_->setWordWrap(true);
    statusLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->setChildrenCollapsible(false);
    modelsSection_ = createModelsSection();
    rejectedSection_ = createRejectedSection();
    splitter->addWidget(modelsSection_);
    splitter->addWidget(rejectedSection_);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    lists_ = splitter;
    notice_ = new NoticeView;
    notice_->setObjectName(QStringLiteral("catalogNotice"));
    content_ = new QStackedWidget(page);
    content_->addWidget(lists_);
    content_->addWidget(notice_);

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(16, 14, 16, 12);
    layout->setSpacing(12);
    layout->addLayout(folderRow);
    layout->addWidget(statusLabel_);
    layout->addWidget(content_, 1);
    return page;
}

QWidget* ModelsPanel::createModelsSection() {
    auto* section = new QWidget;
    modelList_ = new ModelSetList(section);
    auto* heading = makeHeading(tr("&Model sets"), section);
    heading->setBuddy(modelList_);

    // Everything the row's tooltips say, readable without a mouse.
    modelDetails_ = new QLabel(section);
    modelDetails_->setObjectName(QStringLiteral("modelDetails"));
    modelDetails_->setAccessibleName(tr("Model details"));
    modelDetails_->setTextFormat(Qt::RichText);
    modelDetails_->setWordWrap(true);
    modelDetails_->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    modelDetails_->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    modelDetails_->setFrameShape(QFrame::StyledPanel);
    modelDetails_->setMargin(8);
    modelDetails_->setBackgroundRole(QPalette::Base);
    modelDetails_->setAutoFillBackground(true);
    modelDetails_->hide();
    connect(modelList_, &ModelSetList::currentDetailsChanged, modelDetails_, [this](const QString& html) {
        modelDetails_->setText(html);
        modelDetails_->setVisible(!html.isEmpty());
    });

    auto* layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 0, 0, 8);
    layout->setSpacing(6);
    layout->addWidget(heading);
    layout->addWidget(modelList_, 1);
    layout->addWidget(modelDetails_);
    return section;
}

QWidget* ModelsPanel::createRejectedSection() {
    auto* section = new QWidget;
    rejectedList_ = new RejectedList(section);
    auto* heading = makeHeading(tr("Files &not used"), section);
    heading->setBuddy(rejectedList_);
    auto* layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(heading);
    layout->addWidget(rejectedList_, 1);
    return section;
}

void ModelsPanel::openFolder(const QString& folder, Remember remember) {
    // Absolute and clean, so the variant choices keyed by file path match from one run to the next.
    const QString previous = folder_;
    folder_ = folder.isEmpty() ? QString() : QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    if (remember == Remember::Yes)
        settings_.setFolder(folder_);
    if (folder_.isEmpty()) {
        pages_->setCurrentWidget(welcomePage_);
    } else {
        folderLabel_->setText(QDir::toNativeSeparators(folder_));
        if (folder_ != previous)  // another folder's models must not linger while this one is scanned
            showNotice(QString(), QString());
        pages_->setCurrentWidget(catalogPage_);
        startScan();
    }
    Q_EMIT folderChanged(folder_);
}

void ModelsPanel::openSavedFolder() {
    openFolder(settings_.folder(), Remember::No);
}

void ModelsPanel::chooseFolder() {
    const QString start = folder_.isEmpty() ? QDir::homePath() : folder_;
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Choose Models Folder"), start);
    if (!chosen.isEmpty())
        openFolder(chosen, Remember::Yes);
}

void ModelsPanel::rescan() {
    if (!folder_.isEmpty())
        startScan();
}

void ModelsPanel::startScan() {
    statusLabel_->setText(tr("Looking for models in this folder…"));
    scanner_.scan(folder_, settings_.scanOptions());
}

void ModelsPanel::showResult(const ScanResult& result) {
    if (result.folder != folder_)
        return;  // the user moved on to another folder (or none) meanwhile
    if (!result.status) {
        statusLabel_->setText(CatalogPresenter::scanFailure(QDir::toNativeSeparators(folder_), result.status));
        showNotice(tr("This folder cannot be scanned"),
                   tr("Choose another folder with Change Folder…, or check that the drive it is on is "
                      "connected, then rescan (F5)."));
    } else {
        const CatalogView view = CatalogPresenter::present(result.catalog);
        statusLabel_->setText(view.summary);
        modelList_->setRows(view.models);
        rejectedList_->setRows(view.rejected);
        modelsSection_->setVisible(!view.models.isEmpty());
        rejectedSection_->setVisible(!view.rejected.isEmpty());
        if (view.models.isEmpty() && view.rejected.isEmpty())
            showNotice(tr("No models here yet"), CatalogPresenter::whereToPutModelsText());
        else
            content_->setCurrentWidget(lists_);
        Q_EMIT catalogChanged(result.catalog);
    }
    Q_EMIT scanFinished();
}

void ModelsPanel::showNotice(const QString& heading, const QString& text) {
    modelList_->setRows({});
    rejectedList_->setRows({});
    notice_->setHeading(heading);
    notice_->setText(text);
    content_->setCurrentWidget(notice_);
}

void ModelsPanel::chooseVariant(const QString& ditFile, DitVariant variant) {
    settings_.setVariantChoice(toFsPath(ditFile), variant);
    startScan();  // the catalog resolves readiness and presets with the choice
}

}  // namespace songloom::ui
