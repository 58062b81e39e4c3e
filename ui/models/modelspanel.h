// The Models panel: which folder the ACE-Step 1.5 files are in, what the catalog found there, and the
// variant choice for DiTs that do not say. With no folder yet it asks for one.
#pragma once

#include "models/modelscanner.h"
#include "models/modelsettings.h"

#include <QWidget>

class QLabel;
class QSettings;
class QStackedWidget;

namespace songloom::ui {

class ElidedLabel;
class ModelSetList;
class NoticeView;
class RejectedList;

class ModelsPanel : public QWidget {
    Q_OBJECT

public:
    enum class Remember { No, Yes };

    explicit ModelsPanel(QSettings& settings, QWidget* parent = nullptr);

    QString folder() const { return folder_; }
    bool isScanning() const { return scanner_.isScanning(); }

    // Shows and scans `folder` (empty: ask for one). Remember::Yes also makes it the saved folder.
    void openFolder(const QString& folder, Remember remember);
    void openSavedFolder();

public Q_SLOTS:
    void chooseFolder();  // asks the user with a folder dialog, then opens and remembers the choice
    void rescan();

Q_SIGNALS:
    void folderChanged(const QString& folder);
    void scanFinished();
    // A scan of the current folder succeeded: the generate side picks its model sets from this.
    void catalogChanged(const songloom::Catalog& catalog);

private:
    NoticeView* createWelcomePage();
    QWidget* createCatalogPage();
    QWidget* createModelsSection();
    QWidget* createRejectedSection();
    void startScan();
    void showResult(const ScanResult& result);
    void showNotice(const QString& heading, const QString& text);
    void chooseVariant(const QString& ditFile, DitVariant variant);

    ModelSettings settings_;
    ModelScanner scanner_;
    QString folder_;

    QStackedWidget* pages_ = nullptr;
    NoticeView* welcomePage_ = nullptr;
    QWidget* catalogPage_ = nullptr;
    ElidedLabel* folderLabel_ = nullptr;
    QLabel* statusLabel_ = nullptr;
    QStackedWidget* content_ = nullptr;  // the lists, or a notice when there is nothing to list
    QWidget* lists_ = nullptr;
    NoticeView* notice_ = nullptr;
    QWidget* modelsSection_ = nullptr;
    ModelSetList* modelList_ = nullptr;
    QLabel* modelDetails_ = nullptr;  // the current model set's full status and details
    QWidget* rejectedSection_ = nullptr;
    RejectedList* rejectedList_ = nullptr;
};

}  // namespace songloom::ui
