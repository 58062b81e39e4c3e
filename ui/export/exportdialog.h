// The Export dialog (Ctrl+Shift+E from History): format and audio settings offered from the engine's
// tables (only valid combinations can be chosen), loudness normalisation, tags, cover image, folder and
// file-name pattern with a preview, then the export itself with progress and cancel. The work runs in
// ExportService; the settings live in ExportSettings and are remembered when an export starts.
#pragma once

#include "export/exportservice.h"
#include "export/exportsettings.h"

#include <QDialog>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSettings;

namespace songloom::ui {

class ExportDialog : public QDialog {
    Q_OBJECT

public:
    // `settings` must outlive the dialog.
    ExportDialog(QSettings& settings, QList<ExportItem> items, QWidget* parent = nullptr);
    ~ExportDialog() override;

    const ExportSettings& exportSettings() const { return settings_; }
    ExportService& service() { return service_; }
    // Asked when files of the planned names exist: Number, Replace, or nullopt to not export. The default
    // asks with a message box.
    void setExistingFilesQuestion(std::function<std::optional<ExistingFiles>(const QStringList&)> ask);

    QComboBox* formatCombo() const { return format_; }
    QComboBox* sampleRateCombo() const { return rate_; }
    QComboBox* channelsCombo() const { return channels_; }
    QComboBox* bitrateCombo() const { return bitrate_; }
    QComboBox* wavDepthCombo() const { return wavDepth_; }
    QCheckBox* loudnessCheck() const { return loudness_; }
    QLineEdit* titleEdit() const { return title_; }
    QLineEdit* folderEdit() const { return folder_; }
    QLineEdit* coverEdit() const { return cover_; }
    QLineEdit* patternEdit() const { return pattern_; }
    QLabel* problemsLabel() const { return problems_; }
    QLabel* previewLabel() const { return preview_; }
    QPushButton* exportButton() const { return export_; }
    QStringList writtenFiles() const { return written_; }

public Q_SLOTS:
    void startExport();

protected:
    void reject() override;

private:
    void buildChoices();   // the combos from settings_'s choices
    void readForm();       // the widgets into settings_
    void updateState();    // preview, problems, enabled
    void onFinished(const QList<ExportOutcome>& outcomes, bool cancelled);

    QSettings& store_;
    QList<ExportItem> items_;
    ExportSettings settings_;
    ExportService service_;
    std::function<std::optional<ExistingFiles>(const QStringList&)> askExisting_;
    QStringList loadProblems_;
    QStringList written_;
    bool building_ = false;

    QComboBox* format_ = nullptr;
    QComboBox* rate_ = nullptr;
    QComboBox* channels_ = nullptr;
    QComboBox* bitrate_ = nullptr;
    QComboBox* wavDepth_ = nullptr;
    QCheckBox* loudness_ = nullptr;
    QDoubleSpinBox* target_ = nullptr;
    QDoubleSpinBox* ceiling_ = nullptr;
    QLineEdit* title_ = nullptr;
    QLineEdit* artist_ = nullptr;
    QLineEdit* album_ = nullptr;
    QLineEdit* cover_ = nullptr;
    QLineEdit* folder_ = nullptr;
    QLineEdit* pattern_ = nullptr;
    QLabel* preview_ = nullptr;
    QLabel* problems_ = nullptr;
    QLabel* status_ = nullptr;
    QProgressBar* progress_ = nullptr;
    QPushButton* export_ = nullptr;
    QPushButton* cancel_ = nullptr;
    QPushButton* close_ = nullptr;
};

}  // namespace songloom::ui
