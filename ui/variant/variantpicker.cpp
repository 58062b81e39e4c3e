#include "variant/variantpicker.h"

#include "variant/presettexts.h"

#include "common/pathtext.h"
#include "models/catalogpresenter.h"
#include "songloom/generation_limits.h"

#include <QAction>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QRegularExpressionValidator>
#include <QSettings>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace songloom::ui {

namespace {

constexpr std::int64_t kMaxSeed = 4294967295;  // validateRequest's range: the unsigned 32-bit seeds

const QString kGroup = QStringLiteral("variant/");

const DitVariant kVariants[] = {DitVariant::Turbo, DitVariant::Base, DitVariant::Sft};
const SizeClass kSizes[] = {SizeClass::TwoB, SizeClass::XL};

QString availabilityColour(VariantAvailability a) {
    switch (a) {
    case VariantAvailability::Ready: return QStringLiteral("#26a269");
    case VariantAvailability::Blocked: return QStringLiteral("#c64600");
    case VariantAvailability::NotInstalled: break;
    }
    return QStringLiteral("palette(mid)");
}

// A request that only the picker's values can make warn or fail: a caption and sung lyrics, no duration,
// no negative prompt (resolveRequest warns about those for reasons of their own).
GenerationRequest probeRequest(const VariantSelection& s) {
    GenerationRequest r;
    r.caption = "probe";
    r.lyrics = "[Verse]\nla la";
    r.steps = s.steps;
    r.guidanceScale = s.guidanceScale;
    r.guidanceType = s.guidanceType;
    r.shift = s.shift;
    r.guidanceIntervalStart = s.guidanceIntervalStart;
    r.guidanceIntervalEnd = s.guidanceIntervalEnd;
    r.seed = s.seed.value_or(-1);
    return r;
}

}  // namespace

VariantPicker::VariantPicker(QSettings* settings, QWidget* parent) : QWidget(parent), settings_(settings) {
    setObjectName(QStringLiteral("variantPicker"));
    setAccessibleName(tr("Model variant"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createChoiceRows());
    layout->addWidget(createAdvancedPanel());
    warning_ = new QLabel(this);
    warning_->setObjectName(QStringLiteral("variantWarningLabel"));
    warning_->setWordWrap(true);
    warning_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    warning_->hide();
    layout->addWidget(warning_);
    createActions();

    choice_ = model_.choice(SizeClass::TwoB, DitVariant::Turbo);
    restore();
}

QWidget* VariantPicker::createChoiceRows() {
    auto* box = new QWidget(this);
    auto* form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);

    sizeGroup_ = new QButtonGroup(this);
    size2b_ = new QRadioButton(QStringLiteral("2B"), box);
    size2b_->setObjectName(QStringLiteral("size2BRadio"));
    sizeXl_ = new QRadioButton(QStringLiteral("XL"), box);
    sizeXl_->setObjectName(QStringLiteral("sizeXLRadio"));
    sizeGroup_->addButton(size2b_, static_cast<int>(SizeClass::TwoB));
    sizeGroup_->addButton(sizeXl_, static_cast<int>(SizeClass::XL));
    size2b_->setChecked(true);
    auto* sizeRow = new QHBoxLayout;
    sizeRow->addWidget(size2b_);
    sizeRow->addWidget(sizeXl_);
    sizeRow->addStretch(1);
    form->addRow(tr("Model size:"), sizeRow);

    variantGroup_ = new QButtonGroup(this);
    turbo_ = new QRadioButton(tr("Turbo"), box);
    turbo_->setObjectName(QStringLiteral("variantTurboRadio"));
    base_ = new QRadioButton(tr("Base"), box);
    base_->setObjectName(QStringLiteral("variantBaseRadio"));
    sft_ = new QRadioButton(tr("SFT"), box);
    sft_->setObjectName(QStringLiteral("variantSftRadio"));
    variantGroup_->addButton(turbo_, static_cast<int>(DitVariant::Turbo));
    variantGroup_->addButton(base_, static_cast<int>(DitVariant::Base));
    variantGroup_->addButton(sft_, static_cast<int>(DitVariant::Sft));
    turbo_->setChecked(true);
    auto* variantRow = new QHBoxLayout;
    variantRow->addWidget(turbo_);
    variantRow->addWidget(base_);
    variantRow->addWidget(sft_);
    variantRow->addStretch(1);
    form->addRow(tr("Variant:"), variantRow);

    modelSet_ = new QComboBox(box);
    modelSet_->setObjectName(QStringLiteral("modelSetCombo"));
    modelSet_->setToolTip(tr("The model files to use when the folder holds more than one set of this variant"));
    form->addRow(tr("Model set:"), modelSet_);

    status_ = new QLabel(box);
    status_->setObjectName(QStringLiteral("variantStatusLabel"));
    status_->setWordWrap(true);
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(status_);

    task_ = new QComboBox(box);
    task_->setObjectName(QStringLiteral("taskCombo"));
    for (TaskType t : allTaskTypes())
        task_->addItem(VariantCatalogModel::taskLabel(t), static_cast<int>(t));
    form->addRow(tr("Task:"), task_);

    connect(sizeGroup_, &QButtonGroup::idClicked, this, [this](int id) {
        userChose_ = true;
        choose(static_cast<SizeClass>(id), choice_.variant);
    });
    connect(variantGroup_, &QButtonGroup::idClicked, this, [this](int id) {
        userChose_ = true;
        choose(choice_.size, static_cast<DitVariant>(id));
    });
    connect(modelSet_, &QComboBox::activated, this, [this] {
        refreshTasks();
        revalidate();
    });
    connect(task_, &QComboBox::currentIndexChanged, this, [this] { revalidate(); });
    return box;
}

QWidget* VariantPicker::createAdvancedPanel() {
    auto* box = new QWidget(this);
    auto* outer = new QVBoxLayout(box);
    outer->setContentsMargins(0, 4, 0, 0);
    advancedToggle_ = new QToolButton(box);
    advancedToggle_->setObjectName(QStringLiteral("advancedToggle"));
    advancedToggle_->setText(tr("Advanced"));
    advancedToggle_->setCheckable(true);
    advancedToggle_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    advancedToggle_->setArrowType(Qt::RightArrow);
    advancedToggle_->setAutoRaise(true);
    advancedToggle_->setToolTip(tr("Steps, guidance, shift and seed (Ctrl+Shift+A)"));
    outer->addWidget(advancedToggle_);

    advanced_ = new QWidget(box);
    advanced_->setObjectName(QStringLiteral("advancedPanel"));
    auto* form = new QFormLayout(advanced_);
    form->setContentsMargins(12, 0, 0, 0);

    steps_ = new QSpinBox(advanced_);
    steps_->setObjectName(QStringLiteral("stepsSpin"));
    steps_->setRange(limits::kMinSteps, limits::kMaxSteps);
    form->addRow(tr("Steps:"), steps_);

    guidance_ = new QDoubleSpinBox(advanced_);
    guidance_->setObjectName(QStringLiteral("guidanceSpin"));
    guidance_->setRange(limits::kMinGuidanceScale, limits::kMaxGuidanceScale);
    guidance_->setSingleStep(0.5);
    guidance_->setDecimals(1);
    guidance_->setToolTip(tr("How strongly the song follows the caption and lyrics, %1–%2 (1 = guidance off)")
                              .arg(limits::kMinGuidanceScale)
                              .arg(limits::kMaxGuidanceScale));
    guidanceType_ = new QComboBox(advanced_);
    guidanceType_->setObjectName(QStringLiteral("guidanceTypeCombo"));
    guidanceType_->addItem(tr("APG"), static_cast<int>(GuidanceType::Apg));
    guidanceType_->addItem(tr("CFG"), static_cast<int>(GuidanceType::Cfg));
    guidanceType_->setToolTip(tr("APG keeps strong guidance from over-saturating the sound; CFG is the "
                                 "classic method"));
    auto* guidanceRow = new QHBoxLayout;
    guidanceRow->addWidget(guidance_, 1);
    guidanceRow->addWidget(guidanceType_);
    form->addRow(tr("Guidance:"), guidanceRow);

    intervalStart_ = new QDoubleSpinBox(advanced_);
    intervalStart_->setObjectName(QStringLiteral("intervalStartSpin"));
    intervalEnd_ = new QDoubleSpinBox(advanced_);
    intervalEnd_->setObjectName(QStringLiteral("intervalEndSpin"));
    for (QDoubleSpinBox* s : {intervalStart_, intervalEnd_}) {
        s->setRange(limits::kMinGuidanceInterval, limits::kMaxGuidanceInterval);
        s->setSingleStep(0.05);
        s->setDecimals(2);
    }
    intervalStart_->setValue(limits::kMinGuidanceInterval);
    intervalEnd_->setValue(limits::kMaxGuidanceInterval);
    intervalStart_->setAccessibleName(tr("Guidance interval start"));
    intervalEnd_->setAccessibleName(tr("Guidance interval end"));
    auto* intervalRow = new QHBoxLayout;
    intervalRow->addWidget(intervalStart_, 1);
    intervalRow->addWidget(new QLabel(tr("to"), advanced_));
    intervalRow->addWidget(intervalEnd_, 1);
    auto* intervalLabel = new QLabel(tr("Guide from:"), advanced_);
    intervalLabel->setToolTip(tr("The part of the run, as fractions from 0 (start) to 1 (end), in which "
                                 "guidance is applied"));
    form->addRow(intervalLabel, intervalRow);

    shift_ = new QDoubleSpinBox(advanced_);
    shift_->setObjectName(QStringLiteral("shiftSpin"));
    // Shift must be above 0 (validateRequest); 0.01 is the smallest value two decimals can show.
    shift_->setRange(0.01, limits::kMaxShift);
    shift_->setDecimals(2);
    shift_->setSingleStep(0.5);
    shift_->setToolTip(tr("Spends more of the steps on the song's overall shape (higher) or on detail "
                          "(lower)"));
    form->addRow(tr("Shift:"), shift_);

    randomSeed_ = new QCheckBox(tr("Random"), advanced_);
    randomSeed_->setObjectName(QStringLiteral("randomSeedCheck"));
    randomSeed_->setChecked(true);
    seed_ = new QLineEdit(advanced_);
    seed_->setObjectName(QStringLiteral("seedEdit"));
    seed_->setAccessibleName(tr("Seed"));
    seed_->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,10}")), seed_));
    seed_->setPlaceholderText(tr("0–%1").arg(kMaxSeed));
    seed_->setEnabled(false);
    dice_ = new QToolButton(advanced_);
    dice_->setObjectName(QStringLiteral("diceButton"));
    dice_->setText(tr("New Seed"));
    dice_->setAccessibleName(tr("New random seed"));
    dice_->setToolTip(tr("Draw a new seed and keep it (Ctrl+Shift+D)"));
    auto* seedRow = new QHBoxLayout;
    seedRow->addWidget(randomSeed_);
    seedRow->addWidget(seed_, 1);
    seedRow->addWidget(dice_);
    form->addRow(tr("Seed:"), seedRow);
    seedError_ = new QLabel(advanced_);
    seedError_->setObjectName(QStringLiteral("seedErrorLabel"));
    seedError_->setStyleSheet(QStringLiteral("color: #c01c28;"));
    seedError_->setWordWrap(true);
    seedError_->hide();
    form->addRow(seedError_);

    keep_ = new QCheckBox(tr("Keep my settings when I switch variants"), advanced_);
    keep_->setObjectName(QStringLiteral("keepSettingsCheck"));
    auto* reset = new QToolButton(advanced_);
    reset->setObjectName(QStringLiteral("resetDefaultsButton"));
    reset->setText(tr("Variant defaults"));
    reset->setToolTip(tr("Set steps, guidance and shift to the chosen variant's defaults"));
    auto* keepRow = new QHBoxLayout;
    keepRow->addWidget(keep_, 1);
    keepRow->addWidget(reset);
    form->addRow(keepRow);

    advanced_->setVisible(false);
    outer->addWidget(advanced_);

    connect(advancedToggle_, &QToolButton::toggled, this, [this](bool open) {
        advanced_->setVisible(open);
        advancedToggle_->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        save();
    });
    connect(steps_, &QSpinBox::valueChanged, this, &VariantPicker::revalidate);
    connect(guidance_, &QDoubleSpinBox::valueChanged, this, &VariantPicker::revalidate);
    connect(guidanceType_, &QComboBox::currentIndexChanged, this, &VariantPicker::revalidate);
    connect(shift_, &QDoubleSpinBox::valueChanged, this, &VariantPicker::revalidate);
    connect(intervalStart_, &QDoubleSpinBox::valueChanged, this, &VariantPicker::revalidate);
    connect(intervalEnd_, &QDoubleSpinBox::valueChanged, this, &VariantPicker::revalidate);
    connect(randomSeed_, &QCheckBox::toggled, this, [this](bool random) {
        seed_->setEnabled(!random);
        if (!random && seed_->text().isEmpty())
            rollSeed();
        revalidate();
    });
    connect(seed_, &QLineEdit::textChanged, this, &VariantPicker::revalidate);
    connect(dice_, &QToolButton::clicked, this, &VariantPicker::rollSeed);
    connect(keep_, &QCheckBox::toggled, this, [this] { save(); });
    connect(reset, &QToolButton::clicked, this, &VariantPicker::resetToDefaults);
    return box;
}

void VariantPicker::createActions() {
    // Window-wide while the picker is visible (the Compose page); listed in Help > Keyboard Shortcuts.
    const struct {
        DitVariant variant;
        const char* name;
        Qt::Key key;
    } quick[] = {{DitVariant::Turbo, "chooseTurboAction", Qt::Key_1},
                 {DitVariant::Base, "chooseBaseAction", Qt::Key_2},
                 {DitVariant::Sft, "chooseSftAction", Qt::Key_3}};
    for (const auto& q : quick) {
        auto* action = new QAction(tr("Use the %1 variant").arg(CatalogPresenter::variantLabel(q.variant)), this);
        action->setObjectName(QString::fromLatin1(q.name));
        action->setShortcut(QKeySequence(Qt::CTRL | q.key));
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, [this, v = q.variant] {
            userChose_ = true;
            choose(choice_.size, v);
        });
        addAction(action);
    }
    auto addShortcut = [this](const QString& text, const char* name, QKeySequence keys, auto slot) {
        auto* action = new QAction(text, this);
        action->setObjectName(QString::fromLatin1(name));
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    addShortcut(tr("Switch between 2B and XL"), "toggleSizeAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X),
                [this] {
                    userChose_ = true;
                    toggleSize();
                });
    addShortcut(tr("Show or hide the advanced settings"), "toggleAdvancedAction",
                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), [this] { advancedToggle_->toggle(); });
    addShortcut(tr("Draw a new seed"), "rollSeedAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
                [this] { rollSeed(); });
}

QRadioButton* VariantPicker::sizeButton(SizeClass size) const {
    return size == SizeClass::XL ? sizeXl_ : size2b_;
}

QRadioButton* VariantPicker::variantButton(DitVariant variant) const {
    switch (variant) {
    case DitVariant::Base: return base_;
    case DitVariant::Sft: return sft_;
    default: return turbo_;
    }
}

void VariantPicker::setCatalog(const Catalog& catalog) {
    model_.setCatalog(catalog);
    // Until the user picks one, follow the folder: a variant that is not ready gives way to one that is.
    if (!userChose_ && model_.choice(choice_.size, choice_.variant).availability != VariantAvailability::Ready) {
        for (SizeClass size : kSizes) {
            for (DitVariant variant : kVariants) {
                if (model_.choice(size, variant).availability == VariantAvailability::Ready) {
                    choose(size, variant);
                    return;
                }
            }
        }
    }
    refreshChoice(/*loadDefaults=*/false);
}

void VariantPicker::choose(SizeClass size, DitVariant variant) {
    const bool same = size == choice_.size && variant == choice_.variant;
    choice_.size = size;
    choice_.variant = variant;
    refreshChoice(/*loadDefaults=*/!same);
}

void VariantPicker::toggleSize() {
    choose(choice_.size == SizeClass::XL ? SizeClass::TwoB : SizeClass::XL, choice_.variant);
}

bool VariantPicker::chooseTask(TaskType task) {
    const int index = task_->findData(static_cast<int>(task));
    const auto* items = qobject_cast<QStandardItemModel*>(task_->model());
    if (index < 0 || !items->item(index)->isEnabled())
        return false;
    task_->setCurrentIndex(index);
    return true;
}

const VariantPreset* VariantPicker::activePreset() const {
    const CatalogComponent* dit = model_.ditOf(modelSet_->currentData().isValid() ? modelSet_->currentData().toInt() : -1);
    if (dit != nullptr && dit->preset != nullptr)
        return dit->preset;
    return choice_.preset;
}

void VariantPicker::refreshChoice(bool loadDefaults) {
    choice_ = model_.choice(choice_.size, choice_.variant);
    sizeButton(choice_.size)->setChecked(true);
    variantButton(choice_.variant)->setChecked(true);
    refreshButtons();
    refreshModelSets();
    refreshTasks();

    const VariantPreset* preset = activePreset();
    const VariantDefaults d = VariantCatalogModel::defaults(*preset);
    {
        const QSignalBlocker block(steps_);
        // The request layer refuses a turbo run past 20 steps: the box cannot offer one.
        steps_->setRange(limits::kMinSteps, d.maxSteps);
        steps_->setToolTip(tr("Denoising steps, %1–%2; %3 for %4").arg(limits::kMinSteps).arg(d.maxSteps)
                               .arg(d.steps).arg(QString::fromStdString(preset->label)));
    }
    if (loadDefaults && !keep_->isChecked() && !restoring_)
        resetToDefaults();
    else
        revalidate();
}

void VariantPicker::resetToDefaults() {
    const VariantDefaults d = VariantCatalogModel::defaults(*activePreset());
    {
        const QSignalBlocker b1(steps_), b2(guidance_), b3(shift_);
        steps_->setValue(d.steps);
        guidance_->setValue(d.guidanceScale);
        shift_->setValue(d.shift);
    }
    revalidate();
}

void VariantPicker::rollSeed() {
    {
        const QSignalBlocker b1(randomSeed_), b2(seed_);
        randomSeed_->setChecked(false);
        seed_->setEnabled(true);
        seed_->setText(QString::number(QRandomGenerator::global()->generate()));
    }
    revalidate();
}

void VariantPicker::refreshButtons() {
    auto decorate = [](QRadioButton* button, const QString& name, VariantAvailability a, const QString& tip) {
        button->setText(QStringLiteral("%1 (%2)").arg(name, VariantCatalogModel::availabilityLabel(a)));
        button->setToolTip(tip);
        button->setAccessibleName(name);
        button->setAccessibleDescription(VariantCatalogModel::availabilityLabel(a));
    };
    for (SizeClass size : kSizes) {
        // A size is as available as its best variant.
        VariantAvailability best = VariantAvailability::NotInstalled;
        for (DitVariant v : kVariants)
            best = std::min(best, model_.choice(size, v).availability);
        decorate(sizeButton(size), VariantCatalogModel::sizeLabel(size), best,
                 size == SizeClass::XL ? tr("The larger model (about 4 billion parameters): more detail, needs more "
                                            "graphics memory")
                                       : tr("The standard model (about 2 billion parameters)"));
    }
    for (DitVariant v : kVariants) {
        const VariantChoice c = model_.choice(choice_.size, v);
        QString tip = presetSummary(*c.preset);
        if (!c.reasons.isEmpty())
            tip += QStringLiteral("\n\n") + c.reasons.join(QLatin1Char('\n'));
        decorate(variantButton(v), CatalogPresenter::variantLabel(v), c.availability, tip);
    }

    const VariantPreset* preset = choice_.preset;
    QString text = QStringLiteral("<b>%1</b> — %2").arg(QString::fromStdString(preset->label).toHtmlEscaped(),
                                                         presetSummary(*preset).toHtmlEscaped());
    text += QStringLiteral("<br><span style=\"color:%1\">%2</span>")
                .arg(availabilityColour(choice_.availability),
                     choice_.availability == VariantAvailability::Ready
                         ? tr("Installed and ready.")
                         : (choice_.availability == VariantAvailability::Blocked ? tr("Installed, but not complete:")
                                                                                  : tr("Not installed.")));
    for (const QString& reason : choice_.reasons)
        text += QStringLiteral("<br>• ") + reason.toHtmlEscaped();
    status_->setText(text);
}

void VariantPicker::refreshModelSets() {
    const QVariant previous = modelSet_->currentData();
    const QSignalBlocker block(modelSet_);
    modelSet_->clear();
    for (int set : choice_.modelSets)
        modelSet_->addItem(model_.modelSetLabel(set), set);
    if (modelSet_->count() == 0)
        modelSet_->addItem(tr("None in the models folder"));
    const int keep = previous.isValid() ? modelSet_->findData(previous) : -1;
    modelSet_->setCurrentIndex(keep >= 0 ? keep : 0);
    modelSet_->setEnabled(choice_.modelSets.size() > 1);
}

void VariantPicker::refreshTasks() {
    const VariantPreset* preset = activePreset();
    const CatalogComponent* dit = model_.ditOf(modelSet_->currentData().isValid() ? modelSet_->currentData().toInt() : -1);
    auto* items = qobject_cast<QStandardItemModel*>(task_->model());
    const QSignalBlocker block(task_);
    for (int i = 0; i < task_->count(); ++i) {
        const TaskGate gate = VariantCatalogModel::taskGate(static_cast<TaskType>(task_->itemData(i).toInt()), *preset, dit);
        QStandardItem* item = items->item(i);
        item->setEnabled(gate.allowed);
        item->setToolTip(gate.reason);
    }
    if (!items->item(task_->currentIndex())->isEnabled())
        task_->setCurrentIndex(task_->findData(static_cast<int>(TaskType::Text2Music)));
}

VariantSelection VariantPicker::selection() const {
    VariantSelection s;
    s.size = choice_.size;
    s.variant = choice_.variant;
    const VariantPreset* preset = activePreset();
    s.presetId = QString::fromStdString(preset->id);
    s.modelSet = modelSet_->currentData().isValid() ? modelSet_->currentData().toInt() : -1;
    const CatalogComponent* dit = model_.ditOf(s.modelSet);
    s.model = dit != nullptr && !dit->files.empty() ? toQString(dit->files.front()) : s.presetId;
    s.task = static_cast<TaskType>(task_->currentData().toInt());
    s.steps = steps_->value();
    s.guidanceScale = guidance_->value();
    s.guidanceType = static_cast<GuidanceType>(guidanceType_->currentData().toInt());
    s.shift = shift_->value();
    if (!randomSeed_->isChecked()) {
        bool ok = false;
        const qlonglong seed = seed_->text().toLongLong(&ok);
        // An empty or out-of-range seed stays in the request, so validateRequest names it.
        s.seed = ok ? seed : -2;
    }
    s.guidanceIntervalStart = intervalStart_->value();
    s.guidanceIntervalEnd = intervalEnd_->value();
    return s;
}

void VariantPicker::revalidate() {
    const VariantSelection s = selection();
    warnings_.clear();
    error_.clear();
    QString seedProblem;
    if (s.seed && (*s.seed < 0 || *s.seed > kMaxSeed))
        seedProblem = tr("Seed: enter a whole number from 0 to %1, or tick Random.").arg(kMaxSeed);
    seedError_->setText(seedProblem);
    seedError_->setVisible(!seedProblem.isEmpty());

    ResolveOptions options;
    options.checkFiles = false;
    options.randomSeed = [] { return 0u; };  // the seed drawn here is thrown away
    const CatalogComponent* dit = model_.ditOf(s.modelSet);
    const Result<ResolvedRequest> resolved = dit != nullptr && dit->usable() && dit->preset != nullptr
                                                 ? resolveRequest(probeRequest(s), *dit, options)
                                                 : resolveRequest(probeRequest(s), *activePreset(), options);
    if (!resolved) {
        error_ = seedProblem.isEmpty() ? QString::fromStdString(resolved.status().message()) : seedProblem;
    } else {
        for (const std::string& w : resolved->warnings)
            warnings_ << QString::fromStdString(w);
    }
    if (!error_.isEmpty()) {
        warning_->setText(error_);
        warning_->setStyleSheet(QStringLiteral("color: #c01c28;"));
    } else {
        warning_->setText(warnings_.join(QLatin1Char('\n')));
        warning_->setStyleSheet(QStringLiteral("color: #c64600;"));
    }
    warning_->setVisible(!error_.isEmpty() || !warnings_.isEmpty());
    save();
    Q_EMIT changed();
}

void VariantPicker::save() const {
    if (settings_ == nullptr || restoring_)
        return;
    const VariantSelection s = selection();
    settings_->setValue(kGroup + QStringLiteral("size"), VariantCatalogModel::sizeLabel(s.size));
    settings_->setValue(kGroup + QStringLiteral("variant"), QString::fromLatin1(variantName(s.variant)));
    settings_->setValue(kGroup + QStringLiteral("task"), QString::fromLatin1(taskTypeName(s.task)));
    settings_->setValue(kGroup + QStringLiteral("keep"), keep_->isChecked());
    settings_->setValue(kGroup + QStringLiteral("advancedOpen"), advancedToggle_->isChecked());
    settings_->setValue(kGroup + QStringLiteral("steps"), s.steps);
    settings_->setValue(kGroup + QStringLiteral("guidance"), s.guidanceScale);
    settings_->setValue(kGroup + QStringLiteral("guidanceType"), QString::fromLatin1(guidanceTypeName(s.guidanceType)));
    settings_->setValue(kGroup + QStringLiteral("shift"), s.shift);
    settings_->setValue(kGroup + QStringLiteral("seed"), randomSeed_->isChecked() ? QString() : seed_->text());
    settings_->setValue(kGroup + QStringLiteral("intervalStart"), s.guidanceIntervalStart);
    settings_->setValue(kGroup + QStringLiteral("intervalEnd"), s.guidanceIntervalEnd);
}

void VariantPicker::restore() {
    restoring_ = true;
    if (settings_ != nullptr) {
        // Anything unreadable keeps the built-in value; the spin boxes clamp numbers into their ranges.
        const QString size = settings_->value(kGroup + QStringLiteral("size")).toString();
        if (size == QLatin1String("XL"))
            choice_.size = SizeClass::XL;
        if (const std::optional<DitVariant> v =
                parseVariant(settings_->value(kGroup + QStringLiteral("variant")).toString().toStdString());
            v && *v != DitVariant::Unknown)
            choice_.variant = *v;
        keep_->setChecked(settings_->value(kGroup + QStringLiteral("keep"), false).toBool());
        advancedToggle_->setChecked(settings_->value(kGroup + QStringLiteral("advancedOpen"), false).toBool());
    }
    refreshChoice(/*loadDefaults=*/false);
    resetToDefaults();
    if (settings_ != nullptr) {
        if (const std::optional<TaskType> t =
                parseTaskType(settings_->value(kGroup + QStringLiteral("task")).toString().toStdString()))
            chooseTask(*t);
        if (keep_->isChecked()) {
            bool ok = false;
            if (const int steps = settings_->value(kGroup + QStringLiteral("steps")).toInt(&ok); ok)
                steps_->setValue(steps);
            if (const double g = settings_->value(kGroup + QStringLiteral("guidance")).toDouble(&ok); ok)
                guidance_->setValue(g);
            if (settings_->value(kGroup + QStringLiteral("guidanceType")).toString() == QLatin1String("cfg"))
                guidanceType_->setCurrentIndex(guidanceType_->findData(static_cast<int>(GuidanceType::Cfg)));
            if (const double sh = settings_->value(kGroup + QStringLiteral("shift")).toDouble(&ok); ok)
                shift_->setValue(sh);
            if (const double a = settings_->value(kGroup + QStringLiteral("intervalStart")).toDouble(&ok); ok)
                intervalStart_->setValue(a);
            if (const double b = settings_->value(kGroup + QStringLiteral("intervalEnd")).toDouble(&ok); ok)
                intervalEnd_->setValue(b);
            const QString seed = settings_->value(kGroup + QStringLiteral("seed")).toString();
            if (!seed.isEmpty()) {
                randomSeed_->setChecked(false);
                seed_->setText(seed);
            }
        }
    }
    restoring_ = false;
    revalidate();
}

}  // namespace songloom::ui
