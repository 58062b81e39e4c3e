// The variant picker's logic, without a window: the released variants (variantPresets()) set against what a
// scanned catalog holds -- ready, installed but blocked (the catalog's own words), or not installed (what
// to get) -- and, for a chosen variant and model set, its sampling defaults and which tasks it can run.
#pragma once

#include "songloom/model_catalog.h"
#include "songloom/prompts.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace songloom::ui {

enum class VariantAvailability { Ready, Blocked, NotInstalled };

// One released variant (a VariantPreset) and the model sets of the catalog that sample with it.
struct VariantOption {
    const VariantPreset* preset = nullptr;
    VariantAvailability availability = VariantAvailability::NotInstalled;
    QList<int> modelSets;  // indices into Catalog::models, ready ones first
    QStringList reasons;   // Blocked: the catalog's `missing` sentences; NotInstalled: what a set needs
};

// What the picker offers for one size x variant: the presets of that pair (2B Turbo has a split-file and an
// all-in-one preset; their numbers are the same) merged into one choice.
struct VariantChoice {
    SizeClass size = SizeClass::TwoB;
    DitVariant variant = DitVariant::Turbo;
    const VariantPreset* preset = nullptr;  // the split-file preset: the defaults when no set is chosen
    VariantAvailability availability = VariantAvailability::NotInstalled;
    QList<int> modelSets;  // ready ones first
    QStringList reasons;
};

struct TaskGate {
    TaskType task = TaskType::Text2Music;
    bool allowed = true;
    QString reason;  // why not, for the tooltip; empty when allowed
};

// The values a variant starts a run with (its preset's numbers).
struct VariantDefaults {
    int steps = 8;
    double guidanceScale = 1.0;
    double shift = 3.0;
    int maxSteps = 200;  // turbo: 20 (the request layer refuses more)
};

class VariantCatalogModel {
    Q_DECLARE_TR_FUNCTIONS(VariantCatalogModel)

public:
    VariantCatalogModel();  // no catalog yet: every variant not installed

    void setCatalog(const Catalog& catalog);
    const Catalog& catalog() const { return catalog_; }

    // One per variantPresets() entry, in its order.
    const QList<VariantOption>& options() const { return options_; }
    const VariantOption* option(const QString& presetId) const;
    VariantChoice choice(SizeClass size, DitVariant variant) const;

    // The DiT of a model set (nullptr for an index out of range).
    const CatalogComponent* ditOf(int modelSet) const;
    // "acestep-v15-turbo (ready)" style text for the model-set selector.
    QString modelSetLabel(int modelSet) const;

    static VariantDefaults defaults(const VariantPreset& preset);
    // Which tasks `preset` can run, on `dit` when a model set is chosen (cover needs its audio tokenizer);
    // with no DiT the preset alone decides (the released files all carry the audio tokenizer).
    static QList<TaskGate> taskGates(const VariantPreset& preset, const CatalogComponent* dit);
    static TaskGate taskGate(TaskType task, const VariantPreset& preset, const CatalogComponent* dit);

    static QString taskLabel(TaskType task);
    static QString sizeLabel(SizeClass size);
    static QString availabilityLabel(VariantAvailability availability);
    // Where the variant's DiT comes from, in our words (folder and file names to look for).
    static QString ditSourceText(const VariantPreset& preset);

private:
    QStringList notInstalledReasons(const VariantPreset& preset) const;

    Catalog catalog_;
    QList<VariantOption> options_;
};

}  // namespace songloom::ui
