// The first-run guide: shown at start while no models folder is set or the folder holds no model set that
// is ready. It says where the official ACE-Step 1.5 checkpoints are published and which parts a set needs,
// lets the user choose a folder, scans it and shows what was found. "Not now" closes it; the studio works
// without models (writing lyrics, building captions) and the guide is in Help > Getting Models.
#pragma once

#include "models/modelscanner.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QSettings;

namespace songloom::ui {

class ElidedLabel;

// Whether the guide belongs on screen at start. `catalog`: the saved folder's scan (nullptr: not scanned).
bool firstRunNeeded(bool enabled, const QString& folder, const Catalog* catalog);

class FirstRunDialog : public QDialog {
    Q_OBJECT

public:
    // `settings`: for the "show at start" choice and the scan options (saved variant choices).
    explicit FirstRunDialog(QSettings& settings, QWidget* parent = nullptr);

    // Scans `folder` off the GUI thread and shows the result; "Use This Folder" becomes available.
    void scanFolder(const QString& folder);
    QString folder() const { return folder_; }
    bool isScanning() const { return scanner_.isScanning(); }
    bool folderReady() const { return ready_; }

    QLabel* resultLabel() const { return result_; }
    QPushButton* useButton() const { return use_; }
    QPushButton* notNowButton() const { return notNow_; }
    QCheckBox* showAtStartCheck() const { return showAtStart_; }

    void accept() override;  // emits folderChosen with the scanned folder
    void done(int result) override;  // saves the "show at start" choice either way

Q_SIGNALS:
    void folderChosen(const QString& folder);
    void scanned();

private:
    void chooseFolder();
    void showResult(const ScanResult& result);

    QSettings& settings_;
    ModelScanner scanner_;
    QString folder_;
    bool ready_ = false;
    ElidedLabel* folderLabel_ = nullptr;
    QLabel* result_ = nullptr;
    QPushButton* use_ = nullptr;
    QPushButton* notNow_ = nullptr;
    QCheckBox* showAtStart_ = nullptr;
};

}  // namespace songloom::ui
