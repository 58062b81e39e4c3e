// ModelSettings: the models folder and the user's variant choices survive in QSettings and reach the scan.
#include "models/modelsettings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace songloom;
using songloom::ui::ModelSettings;

class TestModelSettings : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        QVERIFY(dir_.isValid());
        file_ = dir_.filePath(QStringLiteral("settings-%1.ini").arg(++count_));
    }

    void folderRoundTrip() {
        {
            QSettings settings(file_, QSettings::IniFormat);
            ModelSettings models(settings);
            QVERIFY(models.folder().isEmpty());
            models.setFolder(QStringLiteral("/data/ace-step"));
        }
        QSettings settings(file_, QSettings::IniFormat);
        QCOMPARE(ModelSettings(settings).folder(), QStringLiteral("/data/ace-step"));
    }

    void variantChoicesRoundTripAndReachTheScan() {
        const std::filesystem::path a = "/data/comfy/acestep_v1.5_turbo.safetensors";
        const std::filesystem::path b = "/data/Ünïcode folder/merge.safetensors";
        {
            QSettings settings(file_, QSettings::IniFormat);
            ModelSettings models(settings);
            models.setVariantChoice(a, DitVariant::Base);
            models.setVariantChoice(b, DitVariant::Sft);
            models.setVariantChoice(a, DitVariant::Turbo);  // changed mind: replaces, does not add
        }
        QSettings settings(file_, QSettings::IniFormat);
        const ModelSettings models(settings);
        const std::map<std::filesystem::path, DitVariant> expected{{a, DitVariant::Turbo}, {b, DitVariant::Sft}};
        QVERIFY(models.variantChoices() == expected);
        QVERIFY(models.scanOptions().variantChoices == expected);
        QCOMPARE(models.scanOptions().maxDepth, ScanOptions{}.maxDepth);
        // Stored readably (the catalog's variant names), as an array, not as path-shaped keys.
        QCOMPARE(settings.value(QStringLiteral("models/variantChoices/size")).toInt(), 2);
    }

    void damagedEntriesAreSkipped() {
        {
            QSettings settings(file_, QSettings::IniFormat);
            settings.beginWriteArray(QStringLiteral("models/variantChoices"));
            settings.setArrayIndex(0);
            settings.setValue(QStringLiteral("path"), QStringLiteral("/m/ok.safetensors"));
            settings.setValue(QStringLiteral("variant"), QStringLiteral("sft"));
            settings.setArrayIndex(1);
            settings.setValue(QStringLiteral("path"), QStringLiteral("/m/bad.safetensors"));
            settings.setValue(QStringLiteral("variant"), QStringLiteral("turbo-ish"));
            settings.setArrayIndex(2);
            settings.setValue(QStringLiteral("variant"), QStringLiteral("base"));  // no path
            settings.endArray();
        }
        QSettings settings(file_, QSettings::IniFormat);
        const auto choices = ModelSettings(settings).variantChoices();
        QCOMPARE(choices.size(), std::size_t{1});
        QVERIFY(choices.at("/m/ok.safetensors") == DitVariant::Sft);
    }

private:
    QTemporaryDir dir_;
    QString file_;
    int count_ = 0;
};

QTEST_GUILESS_MAIN(TestModelSettings)
#include "test_model_settings.moc"
