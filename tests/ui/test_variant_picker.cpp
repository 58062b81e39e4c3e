// The variant picker, offscreen, on catalogs scanned from tiny fixture models: what is installed, ready or
// missing (and what to get), task gating with its reasons (checked against the engine's resolveRequest),
// each variant's defaults, range enforcement in the advanced panel, the turbo-settings warning, the seed,
// and the values reaching the Compose page's GenerationRequest. Saves a screenshot of the Compose page.
#include "common/pathtext.h"
#include "compose/captionbuilder.h"
#include "compose/composepage.h"
#include "compose/lyricseditor.h"
#include "songloom/fixtures.h"
#include "variant/presettexts.h"
#include "songloom/generation_limits.h"
#include "variant/variantcatalogmodel.h"
#include "variant/variantpicker.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace songloom;
using namespace songloom::ui;

namespace {

Catalog scanFixtures(const QTemporaryDir& dir, const std::vector<std::string>& ids) {
    const std::filesystem::path root = toFsPath(dir.path());
    for (const std::string& id : ids) {
        const Status s = fixtures::writeFixture(id, root, fixtures::Scale::Tiny, fixtures::kDefaultSeed);
        if (!s)
            qFatal("fixture %s: %s", id.c_str(), s.message().c_str());
    }
    Result<Catalog> catalog = scanModels(root);
    if (!catalog)
        qFatal("scan: %s", catalog.status().message().c_str());
    return std::move(catalog).value();
}

// A request for `task` that passes validation, so only the variant rules can refuse it.
GenerationRequest probe(TaskType task) {
    GenerationRequest r;
    r.caption = "warm indie folk";
    r.lyrics = "[Verse]\nla la";
    r.task = task;
    if (task != TaskType::Text2Music)
        r.sourceAudio = "song.wav";
    if (task == TaskType::Extract || task == TaskType::Lego)
        r.trackName = "vocals";
    return r;
}

bool itemEnabled(QComboBox* combo, TaskType task) {
    const int index = combo->findData(static_cast<int>(task));
    return qobject_cast<QStandardItemModel*>(combo->model())->item(index)->isEnabled();
}

QString itemToolTip(QComboBox* combo, TaskType task) {
    return combo->itemData(combo->findData(static_cast<int>(task)), Qt::ToolTipRole).toString();
}

const CatalogComponent* firstDit(const Catalog& c, DitVariant variant) {
    for (const CatalogComponent& comp : c.components)
        if (comp.kind == ComponentKind::DiT && comp.variant == variant)
            return &comp;
    return nullptr;
}

}  // namespace

class TestVariantPicker : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Every preset summary the engine gives has its translatable twin (else it would show untranslated).
    void presetSummariesAreTranslatable() {
        for (const VariantPreset& p : variantPresets()) {
            bool found = false;
            for (const char* text : presetSummaries()) found = found || p.summary == text;
            QVERIFY2(found, p.id.c_str());
            QCOMPARE(presetSummary(p), QString::fromStdString(p.summary));  // no translator loaded: English
        }
    }

    void initTestCase() {
        QVERIFY(official_.isValid() && noCodes_.isValid() && settingsDir_.isValid());
        catalog_ = scanFixtures(official_, {"official-2b-turbo", "official-2b-base", "official-vae",
                                            "official-text-encoder"});
        noCodesCatalog_ = scanFixtures(noCodes_, {"diffusers-2b-turbo"});
    }

    void installedReadyAndMissing() {
        VariantCatalogModel model;
        // No catalog: every variant missing, and each names the DiT plus the three shared parts.
        QCOMPARE(model.options().size(), static_cast<qsizetype>(variantPresets().size()));
        const VariantOption* none = model.option(QStringLiteral("2b-base"));
        QVERIFY(none);
        QCOMPARE(none->availability, VariantAvailability::NotInstalled);
        QCOMPARE(none->reasons.size(), 4);
        QVERIFY(none->reasons[0].contains(QStringLiteral("acestep-v15-base")));
        QVERIFY(none->reasons.join(' ').contains(QStringLiteral("VAE")));
        QVERIFY(none->reasons.join(' ').contains(QStringLiteral("text encoder")));
        QVERIFY(none->reasons.join(' ').contains(QStringLiteral("tokenizer")));

        model.setCatalog(catalog_);
        // The tiny (custom-size, 2B-shaped) DiTs count under the 2B presets, as the catalog says.
        QCOMPARE(model.option(QStringLiteral("2b-turbo"))->availability, VariantAvailability::Ready);
        QCOMPARE(model.option(QStringLiteral("2b-base"))->availability, VariantAvailability::Ready);
        QCOMPARE(model.option(QStringLiteral("2b-turbo"))->modelSets.size(), 1);
        QCOMPARE(model.option(QStringLiteral("2b-sft"))->availability, VariantAvailability::NotInstalled);
        const VariantChoice xl = model.choice(SizeClass::XL, DitVariant::Turbo);
        QCOMPARE(xl.availability, VariantAvailability::NotInstalled);
        QVERIFY(xl.modelSets.isEmpty());
        // VAE, text encoder and tokenizer are in the folder: only the DiT is asked for.
        QCOMPARE(xl.reasons.size(), 1);
        QVERIFY2(xl.reasons[0].contains(QStringLiteral("acestep-v15-xl-turbo")), qPrintable(xl.reasons[0]));
        QVERIFY(xl.reasons[0].contains(QStringLiteral("acestep_v1.5_xl_turbo_bf16.safetensors")));
        // The all-in-one preset is listed, not installed here.
        QCOMPARE(model.option(QStringLiteral("2b-turbo-aio"))->availability, VariantAvailability::NotInstalled);
        QCOMPARE(model.choice(SizeClass::TwoB, DitVariant::Turbo).availability, VariantAvailability::Ready);
    }

    void blockedShowsTheCatalogsWords() {
        QTemporaryDir dir;
        const Catalog ditOnly = scanFixtures(dir, {"official-2b-turbo"});
        VariantCatalogModel model;
        model.setCatalog(ditOnly);
        const VariantOption* o = model.option(QStringLiteral("2b-turbo"));
        QCOMPARE(o->availability, VariantAvailability::Blocked);
        QVERIFY(!o->reasons.isEmpty());
        const ModelSet& set = ditOnly.models.at(0);
        QCOMPARE(o->reasons.size(), static_cast<qsizetype>(set.missing.size()));
        QVERIFY(o->reasons.join(' ').contains(QStringLiteral("VAE")));
    }

    void taskGatesAgreeWithResolveRequest() {
        const CatalogComponent* turbo = firstDit(catalog_, DitVariant::Turbo);
        const CatalogComponent* base = firstDit(catalog_, DitVariant::Base);
        const CatalogComponent* noCodes = firstDit(noCodesCatalog_, DitVariant::Turbo);
        QVERIFY(turbo && base && noCodes);
        QVERIFY(turbo->hasAudioCodes);
        QVERIFY(!noCodes->hasAudioCodes);
        ResolveOptions options;
        options.checkFiles = false;
        for (const CatalogComponent* dit : {turbo, base, noCodes}) {
            for (TaskType task : allTaskTypes()) {
                const TaskGate gate = VariantCatalogModel::taskGate(task, *dit->preset, dit);
                const Result<ResolvedRequest> r = resolveRequest(probe(task), *dit, options);
                const QString what = QStringLiteral("%1 on %2: %3")
                                         .arg(taskTypeName(task), QString::fromStdString(dit->title),
                                              r ? QStringLiteral("ok") : QString::fromStdString(r.status().message()));
                QVERIFY2(gate.allowed == static_cast<bool>(r), qPrintable(what));
                if (!r)
                    QVERIFY2(r.status().code() == ErrorCode::Unsupported, qPrintable(what));
                QCOMPARE(gate.reason.isEmpty(), gate.allowed);
            }
        }
        const TaskGate extract = VariantCatalogModel::taskGate(TaskType::Extract, *turbo->preset, turbo);
        QVERIFY(extract.reason.contains(QStringLiteral("needs a Base model")));
        const TaskGate cover = VariantCatalogModel::taskGate(TaskType::Cover, *noCodes->preset, noCodes);
        QVERIFY(cover.reason.contains(QStringLiteral("audio tokenizer")));
    }

    void pickerGatesTasks() {
        VariantPicker picker;
        picker.setCatalog(catalog_);
        QCOMPARE(picker.currentChoice().variant, DitVariant::Turbo);
        QVERIFY(picker.variantButton(DitVariant::Turbo)->text().contains(QStringLiteral("(installed)")));
        QVERIFY(picker.variantButton(DitVariant::Base)->text().contains(QStringLiteral("(installed)")));
        QVERIFY(picker.variantButton(DitVariant::Sft)->text().contains(QStringLiteral("not installed")));
        QVERIFY(picker.sizeButton(SizeClass::XL)->text().contains(QStringLiteral("not installed")));
        QVERIFY(picker.sizeButton(SizeClass::XL)->text().contains(QStringLiteral("XL")));

        QComboBox* tasks = picker.taskCombo();
        for (TaskType t : {TaskType::Extract, TaskType::Lego, TaskType::Complete}) {
            QVERIFY(!itemEnabled(tasks, t));
            QVERIFY(itemToolTip(tasks, t).contains(QStringLiteral("needs a Base model")));
        }
        for (TaskType t : {TaskType::Text2Music, TaskType::Repaint, TaskType::Cover})
            QVERIFY(itemEnabled(tasks, t));
        QVERIFY(!picker.chooseTask(TaskType::Extract));

        picker.choose(SizeClass::TwoB, DitVariant::Base);
        for (TaskType t : allTaskTypes())
            QVERIFY(itemEnabled(picker.taskCombo(), t));
        QVERIFY(picker.chooseTask(TaskType::Lego));
        QCOMPARE(picker.selection().task, TaskType::Lego);
        // Back to Turbo: Lego is not possible, the task falls back to a new song.
        picker.choose(SizeClass::TwoB, DitVariant::Turbo);
        QCOMPARE(picker.selection().task, TaskType::Text2Music);

        // XL is not installed: shown as such, with what to get.
        picker.choose(SizeClass::XL, DitVariant::Base);
        QVERIFY(picker.statusLabel()->text().contains(QStringLiteral("Not installed")));
        QVERIFY(picker.statusLabel()->text().contains(QStringLiteral("acestep-v15-xl-base")));
        QCOMPARE(picker.selection().modelSet, -1);
        QCOMPARE(picker.selection().model, QStringLiteral("xl-base"));
        QVERIFY(!picker.modelSetCombo()->isEnabled());

        // A turbo copy without the audio tokenizer: cover disabled with the reason.
        VariantPicker bare;
        bare.setCatalog(noCodesCatalog_);
        QVERIFY(!itemEnabled(bare.taskCombo(), TaskType::Cover));
        QVERIFY(itemToolTip(bare.taskCombo(), TaskType::Cover).contains(QStringLiteral("audio tokenizer")));
        QVERIFY(itemEnabled(bare.taskCombo(), TaskType::Repaint));
    }

    void followsTheFolderUntilTheUserChooses() {
        VariantPicker picker;
        picker.choose(SizeClass::XL, DitVariant::Sft);  // programmatic: as restored from settings
        picker.setCatalog(catalog_);
        QCOMPARE(picker.currentChoice().size, SizeClass::TwoB);
        QCOMPARE(picker.currentChoice().availability, VariantAvailability::Ready);
        // A click is the user's choice: a later scan leaves it.
        picker.variantButton(DitVariant::Sft)->click();
        picker.setCatalog(catalog_);
        QCOMPARE(picker.currentChoice().variant, DitVariant::Sft);
    }

    void variantDefaults() {
        VariantPicker picker;
        picker.setCatalog(catalog_);
        picker.choose(SizeClass::TwoB, DitVariant::Base);
        QCOMPARE(picker.stepsSpin()->value(), 50);
        QCOMPARE(picker.guidanceSpin()->value(), 4.0);
        QCOMPARE(picker.shiftSpin()->value(), 3.0);
        QCOMPARE(picker.stepsSpin()->maximum(), limits::kMaxSteps);
        picker.stepsSpin()->setValue(120);
        picker.choose(SizeClass::TwoB, DitVariant::Turbo);
        QCOMPARE(picker.stepsSpin()->value(), 8);
        QCOMPARE(picker.guidanceSpin()->value(), 1.0);
        QCOMPARE(picker.shiftSpin()->value(), 3.0);
        QCOMPARE(picker.stepsSpin()->maximum(), limits::kMaxTurboSteps);
        QVERIFY(picker.warnings().isEmpty());
        QVERIFY(picker.error().isEmpty());

        // "Keep my settings": switching keeps the user's numbers.
        picker.choose(SizeClass::TwoB, DitVariant::Base);
        picker.keepSettingsCheck()->setChecked(true);
        picker.guidanceSpin()->setValue(6.5);
        picker.stepsSpin()->setValue(64);
        picker.choose(SizeClass::TwoB, DitVariant::Sft);
        QCOMPARE(picker.guidanceSpin()->value(), 6.5);
        QCOMPARE(picker.stepsSpin()->value(), 64);
        picker.choose(SizeClass::TwoB, DitVariant::Turbo);  // turbo still caps the steps
        QCOMPARE(picker.stepsSpin()->value(), limits::kMaxTurboSteps);
        picker.keepSettingsCheck()->setChecked(false);
        picker.choose(SizeClass::TwoB, DitVariant::Base);
        QCOMPARE(picker.stepsSpin()->value(), 50);
    }

    void rangeEnforcement() {
        VariantPicker picker;
        picker.setCatalog(catalog_);
        picker.choose(SizeClass::TwoB, DitVariant::Base);
        QSpinBox* steps = picker.stepsSpin();
        steps->setValue(0);
        QCOMPARE(steps->value(), limits::kMinSteps);
        steps->setValue(201);
        QCOMPARE(steps->value(), limits::kMaxSteps);
        // Typed past the end: the box does not take it.
        steps->selectAll();
        steps->clear();
        QTest::keyClicks(steps, QStringLiteral("201"));
        steps->interpretText();
        QVERIFY(steps->value() <= limits::kMaxSteps);
        picker.choose(SizeClass::TwoB, DitVariant::Turbo);
        steps->setValue(50);
        QCOMPARE(steps->value(), limits::kMaxTurboSteps);

        QCOMPARE(picker.guidanceSpin()->minimum(), limits::kMinGuidanceScale);
        QCOMPARE(picker.guidanceSpin()->maximum(), limits::kMaxGuidanceScale);
        picker.guidanceSpin()->setValue(0.0);
        QCOMPARE(picker.guidanceSpin()->value(), 1.0);
        picker.shiftSpin()->setValue(0.0);
        QVERIFY(picker.shiftSpin()->value() > 0.0);
        picker.shiftSpin()->setValue(1000.0);
        QCOMPARE(picker.shiftSpin()->value(), limits::kMaxShift);
        picker.intervalStartSpin()->setValue(-1.0);
        QCOMPARE(picker.intervalStartSpin()->value(), 0.0);
        picker.intervalEndSpin()->setValue(2.0);
        QCOMPARE(picker.intervalEndSpin()->value(), 1.0);
        // Start after end: the engine's message names the fields.
        picker.intervalStartSpin()->setValue(0.8);
        picker.intervalEndSpin()->setValue(0.2);
        QVERIFY2(picker.error().startsWith(QStringLiteral("guidance_interval_start")), qPrintable(picker.error()));
        QVERIFY(picker.warningLabel()->isVisibleTo(&picker));
        picker.intervalEndSpin()->setValue(1.0);
        QVERIFY(picker.error().isEmpty());
    }

    void turboSettingsOnBaseWarn() {
        VariantPicker picker;
        picker.setCatalog(catalog_);
        picker.choose(SizeClass::TwoB, DitVariant::Base);
        QVERIFY(picker.warnings().isEmpty());
        picker.stepsSpin()->setValue(8);
        picker.guidanceSpin()->setValue(1.0);
        QCOMPARE(picker.warnings().size(), 1);
        QVERIFY2(picker.warnings()[0].contains(QStringLiteral("turbo setting")), qPrintable(picker.warnings()[0]));
        QVERIFY(picker.warningLabel()->text().contains(QStringLiteral("underbaked")));
        picker.resetToDefaults();
        QVERIFY(picker.warnings().isEmpty());
        QVERIFY(!picker.warningLabel()->isVisibleTo(&picker));
    }

    void seed() {
        VariantPicker picker;
        QVERIFY(picker.randomSeedCheck()->isChecked());
        QVERIFY(!picker.selection().seed.has_value());
        QVERIFY(!picker.seedEdit()->isEnabled());
        picker.diceButton()->click();
        QVERIFY(!picker.randomSeedCheck()->isChecked());
        QVERIFY(picker.selection().seed.has_value());
        QVERIFY(*picker.selection().seed >= 0 && *picker.selection().seed <= 4294967295LL);
        picker.seedEdit()->setText(QStringLiteral("4294967295"));
        QCOMPARE(*picker.selection().seed, 4294967295LL);
        QVERIFY(picker.error().isEmpty());
        picker.seedEdit()->setText(QStringLiteral("4294967296"));
        QVERIFY(picker.error().contains(QStringLiteral("4294967295")));
        picker.seedEdit()->clear();
        QTest::keyClicks(picker.seedEdit(), QStringLiteral("12ab3"));  // the validator refuses letters
        QCOMPARE(picker.seedEdit()->text(), QStringLiteral("123"));
        QCOMPARE(*picker.selection().seed, 123);
        picker.randomSeedCheck()->setChecked(true);
        QVERIFY(!picker.selection().seed.has_value());
        QVERIFY(picker.error().isEmpty());
    }

    void choicesSurviveARestart() {
        QSettings settings(settingsDir_.filePath(QStringLiteral("restart.ini")), QSettings::IniFormat);
        {
            VariantPicker picker(&settings);
            picker.setCatalog(catalog_);
            picker.variantButton(DitVariant::Base)->click();
            picker.keepSettingsCheck()->setChecked(true);
            picker.stepsSpin()->setValue(77);
            picker.seedEdit()->setText(QString());
            picker.randomSeedCheck()->setChecked(false);
            picker.seedEdit()->setText(QStringLiteral("1234"));
            QVERIFY(picker.chooseTask(TaskType::Complete));
        }
        VariantPicker again(&settings);
        again.setCatalog(catalog_);
        QCOMPARE(again.currentChoice().variant, DitVariant::Base);
        QCOMPARE(again.stepsSpin()->value(), 77);
        QCOMPARE(*again.selection().seed, 1234);
        QCOMPARE(again.selection().task, TaskType::Complete);
    }

    void composeRequestCarriesTheVariant() {
        QSettings settings(settingsDir_.filePath(QStringLiteral("compose.ini")), QSettings::IniFormat);
        ComposePage page(settings);
        page.setCatalog(catalog_);
        page.captionBuilder()->setCaption(QStringLiteral("indie folk, acoustic guitar, warm"));
        page.lyricsEditor()->setLyrics(QStringLiteral("[Verse]\nhello there"));
        VariantPicker* picker = page.variantPicker();
        picker->choose(SizeClass::TwoB, DitVariant::Base);
        picker->shiftSpin()->setValue(2.5);
        picker->guidanceTypeCombo()->setCurrentIndex(picker->guidanceTypeCombo()->findData(static_cast<int>(GuidanceType::Cfg)));
        picker->randomSeedCheck()->setChecked(false);
        picker->seedEdit()->setText(QStringLiteral("42"));
        const GenerationRequest r = page.request();
        QCOMPARE(r.task, TaskType::Text2Music);
        QCOMPARE(*r.steps, 50);
        QCOMPARE(*r.guidanceScale, 4.0);
        QCOMPARE(*r.shift, 2.5);
        QCOMPARE(*r.guidanceType, GuidanceType::Cfg);
        QCOMPARE(*r.seed, 42);
        QCOMPARE(*r.guidanceIntervalStart, 0.0);
        QCOMPARE(*r.guidanceIntervalEnd, 1.0);
        const CatalogComponent* base = firstDit(catalog_, DitVariant::Base);
        QCOMPARE(QString::fromStdString(r.model), toQString(base->files.front()));
        QVERIFY2(page.check().ok, qPrintable(page.check().message));
        // The engine takes it for the chosen DiT, with no warning about the settings.
        ResolveOptions options;
        options.checkFiles = false;
        const Result<ResolvedRequest> resolved = resolveRequest(r, *base, options);
        QVERIFY(resolved);
        QCOMPARE(resolved->seed, 42u);
        QVERIFY(resolved->guidanceEnabled);

        // A task that needs source audio: the request says so (the page names no source yet).
        QVERIFY(picker->chooseTask(TaskType::Extract));
        QCOMPARE(page.request().task, TaskType::Extract);
        QVERIFY(!page.check().ok);
        QVERIFY(page.check().message.startsWith(QStringLiteral("src_audio_path")));
        QVERIFY(picker->chooseTask(TaskType::Text2Music));
        QVERIFY(page.check().ok);
    }

    void quickSwitchShortcuts() {
        VariantPicker picker;
        picker.setCatalog(catalog_);
        picker.show();
        QVERIFY(QTest::qWaitForWindowExposed(&picker));
        auto action = [&](const char* name) { return picker.findChild<QAction*>(QString::fromLatin1(name)); };
        QVERIFY(action("chooseTurboAction") && action("chooseBaseAction") && action("chooseSftAction"));
        QCOMPARE(action("chooseBaseAction")->shortcut(), QKeySequence(QStringLiteral("Ctrl+2")));
        QCOMPARE(action("chooseSftAction")->shortcut(), QKeySequence(QStringLiteral("Ctrl+3")));
        QCOMPARE(action("toggleSizeAction")->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+X")));
        action("chooseBaseAction")->trigger();
        QCOMPARE(picker.currentChoice().variant, DitVariant::Base);
        action("toggleSizeAction")->trigger();
        QCOMPARE(picker.currentChoice().size, SizeClass::XL);
        action("chooseTurboAction")->trigger();
        QCOMPARE(picker.currentChoice().variant, DitVariant::Turbo);
        QVERIFY(!picker.advancedPanel()->isVisible());
        action("toggleAdvancedAction")->trigger();
        QVERIFY(picker.advancedPanel()->isVisible());
        action("rollSeedAction")->trigger();
        QVERIFY(picker.selection().seed.has_value());
    }

    void screenshot() {
        QSettings settings(settingsDir_.filePath(QStringLiteral("shot.ini")), QSettings::IniFormat);
        ComposePage page(settings);
        page.resize(1280, 900);
        page.setCatalog(catalog_);
        page.captionBuilder()->setCaption(QStringLiteral("indie folk, acoustic guitar, warm, female vocals"));
        page.lyricsEditor()->setLyrics(QStringLiteral("[Verse 1]\nMorning light on the harbour wall\n"
                                                      "Gulls are calling, one and all\n\n[Chorus]\nHold on"));
        page.variantPicker()->choose(SizeClass::TwoB, DitVariant::Base);
        page.variantPicker()->advancedToggle()->setChecked(true);
        page.variantPicker()->stepsSpin()->setValue(12);  // shows the turbo-settings warning
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const QString out = QString::fromLocal8Bit(qgetenv("SONGLOOM_TEST_ARTIFACTS"));
        if (!out.isEmpty()) {
            QDir().mkpath(out);
            QVERIFY(page.grab().save(out + QStringLiteral("/songloom-compose-variant-picker.png")));
        }
    }

private:
    QTemporaryDir official_, noCodes_, settingsDir_;
    Catalog catalog_, noCodesCatalog_;
};

QTEST_MAIN(TestVariantPicker)
#include "test_variant_picker.moc"
