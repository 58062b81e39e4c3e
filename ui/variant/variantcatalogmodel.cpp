#include "variant/variantcatalogmodel.h"

#include "common/pathtext.h"
#include "songloom/generation_limits.h"

#include <algorithm>

namespace songloom::ui {

namespace {

QString capitalized(QString text) {
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

bool baseOnlyTask(TaskType task) {
    return task == TaskType::Extract || task == TaskType::Lego || task == TaskType::Complete;
}

bool hasUsable(const Catalog& catalog, ComponentKind kind) {
    return std::any_of(catalog.components.begin(), catalog.components.end(),
                       [kind](const CatalogComponent& c) { return c.kind == kind && c.usable(); });
}

}  // namespace

VariantCatalogModel::VariantCatalogModel() {
    setCatalog(Catalog{});
}

void VariantCatalogModel::setCatalog(const Catalog& catalog) {
    catalog_ = catalog;
    options_.clear();
    for (const VariantPreset& preset : variantPresets()) {
        VariantOption option;
        option.preset = &preset;
        QList<int> ready, blocked;
        for (std::size_t i = 0; i < catalog_.models.size(); ++i) {
            const CatalogComponent* dit = ditOf(static_cast<int>(i));
            // The catalog decides which preset a DiT samples with (a tiny or resized DiT takes its family's).
            if (dit == nullptr || dit->preset == nullptr || dit->preset->id != preset.id)
                continue;
            (catalog_.models[i].readyToGenerate ? ready : blocked) << static_cast<int>(i);
        }
        option.modelSets = ready + blocked;
        if (!ready.isEmpty()) {
            option.availability = VariantAvailability::Ready;
        } else if (!blocked.isEmpty()) {
            option.availability = VariantAvailability::Blocked;
            for (const std::string& missing : catalog_.models[static_cast<std::size_t>(blocked.front())].missing)
                option.reasons << capitalized(QString::fromStdString(missing));
        } else {
            option.availability = VariantAvailability::NotInstalled;
            option.reasons = notInstalledReasons(preset);
        }
        options_ << option;
    }
}

const VariantOption* VariantCatalogModel::option(const QString& presetId) const {
    for (const VariantOption& o : options_)
        if (QString::fromStdString(o.preset->id) == presetId)
            return &o;
    return nullptr;
}

VariantChoice VariantCatalogModel::choice(SizeClass size, DitVariant variant) const {
    VariantChoice c;
    c.size = size;
    c.variant = variant;
    c.preset = findPreset(size, variant, /*allInOne=*/false);
    QList<int> ready, blocked;
    QStringList blockedReasons, notInstalled;
    for (const VariantOption& o : options_) {
        if (o.preset->size != size || o.preset->variant != variant)
            continue;
        for (int set : o.modelSets)
            (catalog_.models[static_cast<std::size_t>(set)].readyToGenerate ? ready : blocked) << set;
        if (o.availability == VariantAvailability::Blocked && blockedReasons.isEmpty())
            blockedReasons = o.reasons;
        // The split-file preset's list says what to get; the all-in-one one is an alternative to it.
        if (o.availability == VariantAvailability::NotInstalled && !o.preset->allInOne)
            notInstalled = o.reasons;
    }
    c.modelSets = ready + blocked;
    if (!ready.isEmpty()) {
        c.availability = VariantAvailability::Ready;
    } else if (!blocked.isEmpty()) {
        c.availability = VariantAvailability::Blocked;
        c.reasons = blockedReasons;
    } else {
        c.availability = VariantAvailability::NotInstalled;
        c.reasons = notInstalled;
    }
    return c;
}

const CatalogComponent* VariantCatalogModel::ditOf(int modelSet) const {
    if (modelSet < 0 || static_cast<std::size_t>(modelSet) >= catalog_.models.size())
        return nullptr;
    const std::size_t index = catalog_.models[static_cast<std::size_t>(modelSet)].dit;
    return index < catalog_.components.size() ? &catalog_.components[index] : nullptr;
}

QString VariantCatalogModel::modelSetLabel(int modelSet) const {
    const CatalogComponent* dit = ditOf(modelSet);
    if (dit == nullptr)
        return QString();
    // The folder or file name tells sets of the same variant apart; the title alone would repeat.
    QString name;
    if (!dit->files.empty()) {
        const std::filesystem::path& file = dit->files.front();
        name = dit->layout == Layout::OfficialFolder || dit->layout == Layout::DiffusersFolder
                   ? toQString(file.parent_path().filename())
                   : toQString(file.filename());
    }
    if (name.isEmpty())
        name = QString::fromStdString(dit->title);
    const bool ready = catalog_.models[static_cast<std::size_t>(modelSet)].readyToGenerate;
    return ready ? tr("%1 (ready)").arg(name) : tr("%1 (not ready)").arg(name);
}

VariantDefaults VariantCatalogModel::defaults(const VariantPreset& preset) {
    VariantDefaults d;
    d.steps = preset.steps;
    d.guidanceScale = preset.guidanceScale;
    d.shift = preset.shift;
    d.maxSteps = preset.variant == DitVariant::Turbo ? limits::kMaxTurboSteps : limits::kMaxSteps;
    return d;
}

TaskGate VariantCatalogModel::taskGate(TaskType task, const VariantPreset& preset, const CatalogComponent* dit) {
    TaskGate gate;
    gate.task = task;
    // The same rules resolveRequest applies (generation_request.h); test_variant_picker checks they agree.
    if (baseOnlyTask(task) && preset.variant != DitVariant::Base) {
        gate.allowed = false;
        gate.reason = tr("%1 needs a Base model: only the Base checkpoints were trained to take a part out of a "
                         "song, add a part, or complete an arrangement. Choose 2B Base or XL Base.")
                          .arg(taskLabel(task));
    } else if (task == TaskType::Cover && dit != nullptr && !dit->hasAudioCodes) {
        gate.allowed = false;
        gate.reason = tr("Cover needs the model's audio tokenizer, and this copy of %1 was downloaded without it. "
                         "Choose a model set that includes it (the official folders and Comfy-Org files do).")
                          .arg(QString::fromStdString(preset.label));
    }
    return gate;
}

QList<TaskGate> VariantCatalogModel::taskGates(const VariantPreset& preset, const CatalogComponent* dit) {
    QList<TaskGate> gates;
    for (TaskType task : allTaskTypes())
        gates << taskGate(task, preset, dit);
    return gates;
}

QString VariantCatalogModel::taskLabel(TaskType task) {
    switch (task) {
    case TaskType::Text2Music: return tr("New song");
    case TaskType::Repaint: return tr("Repaint a region");
    case TaskType::Cover: return tr("Cover");
    case TaskType::Extract: return tr("Extract a part");
    case TaskType::Lego: return tr("Add a part");
    case TaskType::Complete: return tr("Complete the arrangement");
    }
    return QString();
}

QString VariantCatalogModel::sizeLabel(SizeClass size) {
    switch (size) {
    case SizeClass::TwoB: return QStringLiteral("2B");
    case SizeClass::XL: return QStringLiteral("XL");
    case SizeClass::Custom: break;
    }
    return tr("Custom");
}

QString VariantCatalogModel::availabilityLabel(VariantAvailability availability) {
    switch (availability) {
    case VariantAvailability::Ready: return tr("installed");
    case VariantAvailability::Blocked: return tr("incomplete");
    case VariantAvailability::NotInstalled: return tr("not installed");
    }
    return QString();
}

QString VariantCatalogModel::ditSourceText(const VariantPreset& preset) {
    // Folder and file names as the publishers spell them (checkpoint-layouts sections 3.1 and 5.1).
    const std::string& id = preset.id;
    if (id == "2b-turbo-aio")
        return tr("the single file %1 from Comfy-Org (it holds every part)")
            .arg(QStringLiteral("ace_step_1.5_turbo_aio.safetensors"));
    {
        static const struct {
            const char* id;
            const char* folder;
            const char* comfyFile;  // nullptr: Comfy-Org publishes none
        } table[] = {
            {"2b-turbo", "acestep-v15-turbo", "acestep_v1.5_turbo.safetensors"},
            {"2b-base", "acestep-v15-base", "acestep_v1.5_base.safetensors"},
            {"2b-sft", "acestep-v15-sft", nullptr},
            {"xl-turbo", "acestep-v15-xl-turbo", "acestep_v1.5_xl_turbo_bf16.safetensors"},
            {"xl-base", "acestep-v15-xl-base", "acestep_v1.5_xl_base_bf16.safetensors"},
            {"xl-sft", "acestep-v15-xl-sft", "acestep_v1.5_xl_sft_bf16.safetensors"},
        };
        for (const auto& row : table) {
            if (id != row.id)
                continue;
            const QString folder = QString::fromLatin1(row.folder);
            if (row.comfyFile == nullptr)
                return tr("the folder %1 (Hugging Face repository ACE-Step/%1)").arg(folder);
            return tr("the folder %1 (Hugging Face repository ACE-Step/%1) or the file %2 from Comfy-Org")
                .arg(folder, QString::fromLatin1(row.comfyFile));
        }
    }
    return QString::fromStdString(preset.label);
}

QStringList VariantCatalogModel::notInstalledReasons(const VariantPreset& preset) const {
    QStringList reasons;
    const QString label = QString::fromStdString(preset.label);
    reasons << tr("Not in the models folder. Get %1 for the %2 song model (DiT).").arg(ditSourceText(preset), label);
    if (preset.allInOne)
        return reasons;  // the one file brings the other parts with it
    // The shared parts: only those the folder does not hold yet.
    if (!hasUsable(catalog_, ComponentKind::Vae))
        reasons << tr("It also needs the audio decoder (VAE): the %1 folder or %2.")
                       .arg(QStringLiteral("vae"), QStringLiteral("ace_1.5_vae.safetensors"));
    if (!hasUsable(catalog_, ComponentKind::TextEncoder))
        reasons << tr("It also needs the text encoder: the %1 folder or %2.")
                       .arg(QStringLiteral("Qwen3-Embedding-0.6B"), QStringLiteral("qwen_0.6b_ace15.safetensors"));
    if (!hasUsable(catalog_, ComponentKind::Tokenizer))
        reasons << tr("It also needs the text encoder's tokenizer (%1, inside the %2 folder).")
                       .arg(QStringLiteral("tokenizer.json"), QStringLiteral("Qwen3-Embedding-0.6B"));
    // A DiT of this size whose variant nothing tells may be this one: the Models page asks.
    for (const CatalogComponent& c : catalog_.components) {
        const bool sameFamily = c.size == preset.size ||
                                (c.size == SizeClass::Custom && c.family == sizeLabel(preset.size).toStdString());
        if (c.kind == ComponentKind::DiT && c.variant == DitVariant::Unknown && sameFamily) {
            reasons << tr("If %1 is this variant, say so on the Models page.").arg(QString::fromStdString(c.title));
            break;
        }
    }
    return reasons;
}

}  // namespace songloom::ui
