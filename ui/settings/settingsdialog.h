// Settings (Ctrl+,): the models folder (choose, rescan, what was found), the compute device, precision and
// memory policy, and the interface language. Values are kept by StudioSettings (the folder by ModelSettings
// through the Models panel, which the dialog asks via signals). OK saves; a stored value that was invalid
// is shown at the top and replaced by its default on OK.
#pragma once

#include "settings/studiosettings.h"
#include "songloom/model_catalog.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QSettings;

namespace songloom::ui {

class ElidedLabel;

class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    SettingsDialog(QSettings& settings, const DeviceSupport& devices, QWidget* parent = nullptr);

    // The Models panel's folder and what its latest scan found (scanning: a scan is under way).
    void setModels(const QString& folder, const Catalog& catalog, bool scanning);

    QComboBox* deviceCombo() const { return device_; }
    QComboBox* precisionCombo() const { return precision_; }
    QComboBox* memoryCombo() const { return memory_; }
    QComboBox* languageCombo() const { return language_; }
    QLabel* problemsLabel() const { return problems_; }
    QLabel* modelsSummaryLabel() const { return modelsSummary_; }
    QLabel* languageNoteLabel() const { return languageNote_; }
    QPushButton* rescanButton() const { return rescan_; }

    void accept() override;  // saves
    void restoreDefaults();

Q_SIGNALS:
    void folderChosen(const QString& folder);
    void rescanRequested();

private:
    void chooseFolder();
    void refreshNotes();

    StudioSettings studio_;
    DeviceSupport devices_;
    QString folder_;
    ElidedLabel* folderLabel_ = nullptr;
    QLabel* modelsSummary_ = nullptr;
    QPushButton* rescan_ = nullptr;
    QComboBox* device_ = nullptr;
    QLabel* deviceNote_ = nullptr;
    QComboBox* precision_ = nullptr;
    QLabel* precisionNote_ = nullptr;
    QComboBox* memory_ = nullptr;
    QLabel* memoryNote_ = nullptr;
    QComboBox* language_ = nullptr;
    QLabel* languageNote_ = nullptr;
    QLabel* problems_ = nullptr;
};

}  // namespace songloom::ui
