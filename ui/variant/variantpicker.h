// The variant picker on the Compose page: model size (2B / XL) and variant (Turbo / Base / SFT), each
// showing whether it is installed; the model set when several match; the task, with the ones the variant
// cannot do disabled and the reason in their tooltip; and a collapsible "Advanced" panel (steps, guidance,
// APG/CFG, shift, seed, guidance interval). Choosing a variant loads its defaults unless "Keep my settings"
// is on. Logic: VariantCatalogModel; warnings come from the engine's resolveRequest.
#pragma once

#include "songloom/generation_request.h"
#include "variant/variantcatalogmodel.h"

#include <QWidget>

#include <cstdint>
#include <optional>

class QAction;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSettings;
class QSpinBox;
class QToolButton;

namespace songloom::ui {

// What the picker adds to a GenerationRequest.
struct VariantSelection {
    SizeClass size = SizeClass::TwoB;
    DitVariant variant = DitVariant::Turbo;
    QString presetId;               // the preset the values were taken from ("2b-turbo")
    int modelSet = -1;              // index into the catalog's models; -1: none installed
    QString model;                  // the chosen set's DiT file, else the preset id
    TaskType task = TaskType::Text2Music;
    int steps = 8;
    double guidanceScale = 1.0;
    GuidanceType guidanceType = GuidanceType::Apg;
    double shift = 3.0;
    std::optional<std::int64_t> seed;  // unset: random
    double guidanceIntervalStart = 0.0;
    double guidanceIntervalEnd = 1.0;
};

class VariantPicker : public QWidget {
    Q_OBJECT

public:
    // `settings` (optional) keeps the choice and the advanced values between runs; it must outlive this.
    explicit VariantPicker(QSettings* settings = nullptr, QWidget* parent = nullptr);

    void setCatalog(const Catalog& catalog);
    const VariantCatalogModel& model() const { return model_; }

    // Chooses a size / variant as the user would (defaults loaded unless keep-settings is on).
    void choose(SizeClass size, DitVariant variant);
    bool chooseTask(TaskType task);  // false when the variant cannot run it
    VariantSelection selection() const;
    const VariantChoice& currentChoice() const { return choice_; }
    // Errors and warnings resolveRequest gives for the current values (empty when none).
    QStringList warnings() const { return warnings_; }
    QString error() const { return error_; }

    QRadioButton* sizeButton(SizeClass size) const;
    QRadioButton* variantButton(DitVariant variant) const;
    QComboBox* modelSetCombo() const { return modelSet_; }
    QComboBox* taskCombo() const { return task_; }
    QToolButton* advancedToggle() const { return advancedToggle_; }
    QWidget* advancedPanel() const { return advanced_; }
    QSpinBox* stepsSpin() const { return steps_; }
    QDoubleSpinBox* guidanceSpin() const { return guidance_; }
    QComboBox* guidanceTypeCombo() const { return guidanceType_; }
    QDoubleSpinBox* shiftSpin() const { return shift_; }
    QCheckBox* randomSeedCheck() const { return randomSeed_; }
    QLineEdit* seedEdit() const { return seed_; }
    QToolButton* diceButton() const { return dice_; }
    QDoubleSpinBox* intervalStartSpin() const { return intervalStart_; }
    QDoubleSpinBox* intervalEndSpin() const { return intervalEnd_; }
    QCheckBox* keepSettingsCheck() const { return keep_; }
    QLabel* statusLabel() const { return status_; }
    QLabel* warningLabel() const { return warning_; }

public Q_SLOTS:
    void resetToDefaults();
    void rollSeed();  // a new random seed, shown so it can be kept
    void toggleSize();

Q_SIGNALS:
    void changed();

private:
    QWidget* createChoiceRows();
    QWidget* createAdvancedPanel();
    void createActions();
    void refreshChoice(bool loadDefaults);
    void refreshButtons();
    void refreshModelSets();
    void refreshTasks();
    void revalidate();
    void restore();
    void save() const;
    const VariantPreset* activePreset() const;  // the chosen set's preset, else the choice's

    QSettings* settings_ = nullptr;
    VariantCatalogModel model_;
    VariantChoice choice_;
    bool userChose_ = false;  // the user picked a variant: a new scan does not move to another
    bool restoring_ = false;
    QStringList warnings_;
    QString error_;

    QButtonGroup* sizeGroup_ = nullptr;
    QButtonGroup* variantGroup_ = nullptr;
    QRadioButton* size2b_ = nullptr;
    QRadioButton* sizeXl_ = nullptr;
    QRadioButton* turbo_ = nullptr;
    QRadioButton* base_ = nullptr;
    QRadioButton* sft_ = nullptr;
    QComboBox* modelSet_ = nullptr;
    QLabel* status_ = nullptr;
    QComboBox* task_ = nullptr;
    QToolButton* advancedToggle_ = nullptr;
    QWidget* advanced_ = nullptr;
    QSpinBox* steps_ = nullptr;
    QDoubleSpinBox* guidance_ = nullptr;
    QComboBox* guidanceType_ = nullptr;
    QDoubleSpinBox* shift_ = nullptr;
    QCheckBox* randomSeed_ = nullptr;
    QLineEdit* seed_ = nullptr;
    QToolButton* dice_ = nullptr;
    QLabel* seedError_ = nullptr;
    QDoubleSpinBox* intervalStart_ = nullptr;
    QDoubleSpinBox* intervalEnd_ = nullptr;
    QCheckBox* keep_ = nullptr;
    QLabel* warning_ = nullptr;
};

}  // namespace songloom::ui
