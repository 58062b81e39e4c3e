// CatalogPresenter: a Catalog turned into the Models panel's rows and summary, without a window.
#include "models/catalogpresenter.h"

#include <QTest>

using namespace songloom;
using songloom::ui::CatalogPresenter;

namespace {

CatalogComponent dit(const std::string& file, DitVariant variant, VariantSource source) {
    CatalogComponent c;
    c.kind = ComponentKind::DiT;
    c.files = {file};
    c.title = "ACE-Step 1.5 2B Turbo (DiT)";
    c.size = SizeClass::TwoB;
    c.family = "2B";
    c.variant = variant;
    c.variantSource = source;
    c.dtype = DType::BF16;
    c.parameterCount = 2'400'000'000ull;
    return c;
}

CatalogComponent part(ComponentKind kind, const std::string& file) {
    CatalogComponent c;
    c.kind = kind;
    c.files = {file};
    return c;
}

}  // namespace

class TestCatalogPresenter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readySet() {
        Catalog catalog;
        catalog.root = "/models";
        catalog.components = {dit("/models/acestep-v15-turbo/model.safetensors", DitVariant::Turbo,
                                  VariantSource::Config),
                              part(ComponentKind::Vae, "/models/vae/diffusion_pytorch_model.safetensors")};
        catalog.components[0].release = "acestep-v15-turbo";
        catalog.components[0].notes = {"no null condition"};
        ModelSet set;
        set.dit = 0;
        set.vae = 1;
        set.readyToGenerate = true;
        set.notes = {"No planner (5 Hz LM): songs generate without it."};
        catalog.models = {set};

        const ui::CatalogView view = CatalogPresenter::present(catalog);
        QCOMPARE(view.models.size(), 1);
        const ui::ModelRow& row = view.models.front();
        QCOMPARE(row.title, QStringLiteral("ACE-Step 1.5 2B Turbo (DiT)"));
        QCOMPARE(row.size, QStringLiteral("2B"));
        QCOMPARE(row.variant, QStringLiteral("Turbo"));
        QVERIFY(row.variantChoices.isEmpty());  // config.json decided
        QVERIFY(row.ready);
        QCOMPARE(row.status, QStringLiteral("Ready"));
        QCOMPARE(row.ditFile, QStringLiteral("/models/acestep-v15-turbo/model.safetensors"));
        QVERIFY(row.details.contains(QStringLiteral("Files: acestep-v15-turbo/model.safetensors")));
        QVERIFY(row.details.contains(QStringLiteral("Release: acestep-v15-turbo")));
        QVERIFY(row.details.contains(QStringLiteral("Parameters: 2.40 billion, stored as BF16")));
        QVERIFY(row.details.contains(QStringLiteral("Note: no null condition")));
        QVERIFY(row.details.contains(QStringLiteral("Note: No planner (5 Hz LM): songs generate without it.")));
        QCOMPARE(view.summary, QStringLiteral("Model sets found: 1, ready to generate: 1."));
    }

    void missingPartsInTheCatalogsWords() {
        Catalog catalog;
        catalog.root = "/models";
        catalog.components = {dit("/models/a.safetensors", DitVariant::Turbo, VariantSource::Config)};
        ModelSet set;
        set.missing = {"the audio decoder (VAE) is missing.", "The text encoder is missing."};
        catalog.models = {set};

        const ui::ModelRow row = CatalogPresenter::present(catalog).models.front();
        QVERIFY(!row.ready);
        QCOMPARE(row.statusLines, QStringList({QStringLiteral("The audio decoder (VAE) is missing."),
                                               QStringLiteral("The text encoder is missing.")}));
        QCOMPARE(row.status,
                 QStringLiteral("The audio decoder (VAE) is missing. The text encoder is missing."));
        QCOMPARE(CatalogPresenter::present(catalog).summary,
                 QStringLiteral("Model sets found: 1, ready to generate: 0."));
    }

    void undeterminedVariantIsTheUsersChoice() {
        Catalog catalog;
        catalog.root = "/models";
        catalog.components = {dit("/models/merge.safetensors", DitVariant::Unknown, VariantSource::Undetermined)};
        catalog.components[0].nameHint = DitVariant::Sft;
        catalog.models = {ModelSet{}};

        const ui::ModelRow row = CatalogPresenter::present(catalog).models.front();
        QCOMPARE(row.variantChoices, QList<DitVariant>({DitVariant::Turbo, DitVariant::Base, DitVariant::Sft}));
        QVERIFY(!row.chosenVariant);
        QCOMPARE(row.suggestedVariant, std::optional<DitVariant>(DitVariant::Sft));
    }

    void userChoiceStaysChangeable() {
        Catalog catalog;
        catalog.components = {dit("/m/x.safetensors", DitVariant::Base, VariantSource::UserChoice)};
        catalog.models = {ModelSet{}};
        const ui::ModelRow row = CatalogPresenter::present(catalog).models.front();
        QCOMPARE(row.variantChoices.size(), 3);
        QCOMPARE(row.chosenVariant, std::optional<DitVariant>(DitVariant::Base));
    }

    void configThatOnlySaysNotTurboLeavesBaseOrSft() {
        Catalog catalog;
        catalog.components = {dit("/m/x/model.safetensors", DitVariant::Unknown, VariantSource::Config)};
        catalog.models = {ModelSet{}};
        const ui::ModelRow row = CatalogPresenter::present(catalog).models.front();
        QCOMPARE(row.variantChoices, QList<DitVariant>({DitVariant::Base, DitVariant::Sft}));
    }

    void customSizeNamesItsLayout() {
        CatalogComponent c = dit("/m/tiny.safetensors", DitVariant::Turbo, VariantSource::Config);
        c.size = SizeClass::Custom;
        c.family = "XL";
        QCOMPARE(CatalogPresenter::sizeLabel(c), QStringLiteral("Custom (XL layout)"));
        c.family.clear();
        QCOMPARE(CatalogPresenter::sizeLabel(c), QStringLiteral("Custom"));
        c.size = SizeClass::XL;
        QCOMPARE(CatalogPresenter::sizeLabel(c), QStringLiteral("XL"));
    }

    void rejectedFilesRelativeToTheFolder() {
        Catalog catalog;
        catalog.root = "/models";
        catalog.rejected = {{"/models/negative/model.ckpt", "pickle checkpoints are not opened"},
                            {"/models/readme.safetensors", "not a model file"}};
        const ui::CatalogView view = CatalogPresenter::present(catalog);
        QVERIFY(view.models.isEmpty());
        QCOMPARE(view.rejected.size(), 2);
        QCOMPARE(view.rejected[0].file, QStringLiteral("negative/model.ckpt"));
        QCOMPARE(view.rejected[0].reason, QStringLiteral("pickle checkpoints are not opened"));
        QCOMPARE(view.rejected[1].file, QStringLiteral("readme.safetensors"));
        QCOMPARE(view.summary,
                 QStringLiteral("No usable ACE-Step 1.5 model was found in this folder. Files not used: 2."));
    }

    void scanOfASingleFileShowsItsName() {
        Catalog catalog;
        catalog.root = "/downloads/odd.safetensors";
        catalog.rejected = {{"/downloads/odd.safetensors", "not a model file"}};
        QCOMPARE(CatalogPresenter::present(catalog).rejected.front().file, QStringLiteral("odd.safetensors"));
    }

    void emptyFolder() {
        Catalog catalog;
        catalog.root = "/empty";
        const ui::CatalogView view = CatalogPresenter::present(catalog);
        QVERIFY(view.models.isEmpty());
        QVERIFY(view.rejected.isEmpty());
        QCOMPARE(view.summary, CatalogPresenter::nothingFoundText());
    }

    void partsWithoutADit() {
        Catalog catalog;
        catalog.components = {part(ComponentKind::Vae, "/m/vae.safetensors"),
                              part(ComponentKind::TextEncoder, "/m/te.safetensors"),
                              part(ComponentKind::Vae, "/m/vae2.safetensors")};
        QCOMPARE(CatalogPresenter::present(catalog).summary,
                 QStringLiteral("Found parts of a model (audio decoder (VAE), text encoder), but no DiT to "
                                "generate with."));
    }

    void scanFailureNamesTheFolder() {
        const QString notFound = CatalogPresenter::scanFailure(
            QStringLiteral("/gone"), Status::error(ErrorCode::NotFound, "no such folder"));
        QCOMPARE(notFound, QStringLiteral("The folder /gone does not exist."));
        const QString io = CatalogPresenter::scanFailure(QStringLiteral("/locked"),
                                                         Status::error(ErrorCode::Io, "permission denied"));
        QVERIFY(io.contains(QStringLiteral("/locked")));
        QVERIFY(io.contains(QStringLiteral("permission denied")));
    }

    void detailsAreEscapedRichText() {
        ui::ModelRow row;
        row.title = QStringLiteral("My <merge>");
        row.statusLines = {QStringLiteral("Ready")};
        row.details = {QStringLiteral("Files: a&b.safetensors")};
        QCOMPARE(CatalogPresenter::detailsHtml(row),
                 QStringLiteral("<b>My &lt;merge&gt;</b><br>Ready<br>Files: a&amp;b.safetensors"));
    }

    void parameterCounts() {
        QCOMPARE(CatalogPresenter::parameterCountLabel(4'150'000'000ull), QStringLiteral("4.15 billion"));
        QCOMPARE(CatalogPresenter::parameterCountLabel(622'000'000ull), QStringLiteral("622.0 million"));
        QCOMPARE(CatalogPresenter::parameterCountLabel(1234), QStringLiteral("1,234"));
    }

    void variantLabels() {
        QCOMPARE(CatalogPresenter::variantLabel(DitVariant::Turbo), QStringLiteral("Turbo"));
        QCOMPARE(CatalogPresenter::variantLabel(DitVariant::Base), QStringLiteral("Base"));
        QCOMPARE(CatalogPresenter::variantLabel(DitVariant::Sft), QStringLiteral("SFT"));
        QCOMPARE(CatalogPresenter::variantLabel(DitVariant::Unknown), QStringLiteral("Unknown"));
    }
};

QTEST_GUILESS_MAIN(TestCatalogPresenter)
#include "test_catalog_presenter.moc"
