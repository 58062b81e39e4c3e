#include "models/catalogpresenter.h"

#include "common/pathtext.h"

#include <QLocale>
#include <QStringList>

namespace songloom::ui {

namespace {

// Shown relative to the scanned folder; a scan of a single file shows that file's name.
QString displayPath(const std::filesystem::path& path, const std::filesystem::path& root) {
    const std::filesystem::path relative = path.lexically_relative(root);
    if (relative.empty() || relative == "." || *relative.begin() == "..")
        return toQString(path.filename());
    return toQString(relative);
}

QString capitalized(QString text) {
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

}  // namespace

CatalogView CatalogPresenter::present(const Catalog& catalog) {
    CatalogView view;
    int readyCount = 0;
    for (const ModelSet& set : catalog.models) {
        if (set.dit >= catalog.components.size())
            continue;
        const CatalogComponent& dit = catalog.components[set.dit];
        ModelRow row;
        row.title = QString::fromStdString(dit.title);
        if (row.title.isEmpty() && !dit.files.empty())
            row.title = displayPath(dit.files.front(), catalog.root);
        row.size = sizeLabel(dit);
        row.variant = variantLabel(dit.variant);
        row.variantChoices = variantChoices(dit);
        if (dit.variantSource == VariantSource::UserChoice && dit.variant != DitVariant::Unknown)
            row.chosenVariant = dit.variant;
        row.suggestedVariant = dit.nameHint;
        if (!dit.files.empty())
            row.ditFile = toQString(dit.files.front());
        row.ready = set.readyToGenerate;
        if (row.ready)
            row.statusLines << tr("Ready");
        for (const std::string& missing : set.missing)
            row.statusLines << capitalized(QString::fromStdString(missing));
        if (row.statusLines.isEmpty())
            row.statusLines << tr("Not ready");
        row.status = row.statusLines.join(QLatin1Char(' '));  // the catalog's words are whole sentences

        QStringList files;
        for (const std::filesystem::path& f : dit.files)
            files << displayPath(f, catalog.root);
        row.details << tr("Files: %1").arg(files.join(QStringLiteral(", ")));
        if (!dit.release.empty())
            row.details << tr("Release: %1").arg(QString::fromStdString(dit.release));
        const std::string_view dtype = dtypeName(dit.dtype);
        row.details << tr("Parameters: %1, stored as %2")
                           .arg(parameterCountLabel(dit.parameterCount),
                                QString::fromLatin1(dtype.data(), static_cast<qsizetype>(dtype.size())));
        for (const std::string& problem : dit.problems)
            row.details << tr("Problem: %1").arg(QString::fromStdString(problem));
        for (const std::string& note : dit.notes)
            row.details << tr("Note: %1").arg(QString::fromStdString(note));
        for (const std::string& note : set.notes)
            row.details << tr("Note: %1").arg(QString::fromStdString(note));

        if (row.ready)
            ++readyCount;
        view.models << row;
    }

    for (const RejectedItem& item : catalog.rejected)
        view.rejected << RejectedRow{displayPath(item.path, catalog.root), QString::fromStdString(item.reason)};

    if (!view.models.isEmpty()) {
        view.summary = tr("Model sets found: %1, ready to generate: %2.")
                           .arg(view.models.size())
                           .arg(readyCount);
    } else if (!catalog.components.empty()) {
        QStringList kinds;
        for (const CatalogComponent& c : catalog.components) {
            const QString label = componentLabel(c.kind);
            if (!kinds.contains(label))
                kinds << label;
        }
        view.summary = tr("Found parts of a model (%1), but no DiT to generate with.")
                           .arg(kinds.join(QStringLiteral(", ")));
    } else if (!view.rejected.isEmpty()) {
        view.summary = tr("No usable ACE-Step 1.5 model was found in this folder.");
    } else {
        view.summary = nothingFoundText();
    }
    if (!view.rejected.isEmpty())
        view.summary += QLatin1Char(' ') + tr("Files not used: %1.").arg(view.rejected.size());
    return view;
}

QString CatalogPresenter::scanFailure(const QString& folder, const Status& status) {
    const QString detail = QString::fromStdString(status.message());
    switch (status.code()) {
    case ErrorCode::NotFound:
        return tr("The folder %1 does not exist.").arg(folder);
    case ErrorCode::Io:
        return tr("Songloom could not read the folder %1: %2").arg(folder, detail);
    default:
        return tr("The folder %1 could not be scanned: %2").arg(folder, detail);
    }
}

QList<DitVariant> CatalogPresenter::variantChoices(const CatalogComponent& dit) {
    // Only config.json decides a variant by itself; otherwise the answer is the user's (checkpoint-layouts
    // section 9, step 4). A config.json that says "not turbo" without naming base or SFT leaves those two.
    if (dit.variantSource != VariantSource::Config)
        return {DitVariant::Turbo, DitVariant::Base, DitVariant::Sft};
    if (dit.variant == DitVariant::Unknown)
        return {DitVariant::Base, DitVariant::Sft};
    return {};
}

QString CatalogPresenter::variantLabel(DitVariant variant) {
    switch (variant) {
    case DitVariant::Turbo: return tr("Turbo");
    case DitVariant::Base: return tr("Base");
    case DitVariant::Sft: return tr("SFT");
    case DitVariant::Unknown: break;
    }
    return tr("Unknown");
}

QString CatalogPresenter::sizeLabel(const CatalogComponent& dit) {
    switch (dit.size) {
    case SizeClass::TwoB: return QStringLiteral("2B");
    case SizeClass::XL: return QStringLiteral("XL");
    case SizeClass::Custom: break;
    }
    if (dit.family.empty())
        return tr("Custom");
    return tr("Custom (%1 layout)").arg(QString::fromStdString(dit.family));
}

QString CatalogPresenter::componentLabel(ComponentKind kind) {
    switch (kind) {
    case ComponentKind::DiT: return tr("DiT");
    case ComponentKind::Vae: return tr("audio decoder (VAE)");
    case ComponentKind::TextEncoder: return tr("text encoder");
    case ComponentKind::Planner: return tr("planner (5 Hz LM)");
    case ComponentKind::Adapter: return tr("adapter (LoRA)");
    case ComponentKind::SilenceLatent: return tr("silence latent");
    case ComponentKind::Tokenizer: return tr("tokenizer");
    }
    return tr("unknown part");
}

QString CatalogPresenter::parameterCountLabel(std::uint64_t count) {
    const QLocale locale;
    const double value = static_cast<double>(count);
    if (count >= 1'000'000'000ull)
        return tr("%1 billion").arg(locale.toString(value / 1e9, 'f', 2));
    if (count >= 1'000'000ull)
        return tr("%1 million").arg(locale.toString(value / 1e6, 'f', 1));
    return locale.toString(static_cast<qulonglong>(count));
}

QString CatalogPresenter::detailsHtml(const ModelRow& row) {
    QStringList lines{QStringLiteral("<b>%1</b>").arg(row.title.toHtmlEscaped())};
    for (const QString& line : row.statusLines + row.details)
        lines << line.toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}

QString CatalogPresenter::nothingFoundText() {
    return tr("No ACE-Step 1.5 model files were found in this folder.");
}

QString CatalogPresenter::whereToPutModelsText() {
    return tr("Songloom looks in this folder and its subfolders for the official ACE-Step 1.5 checkpoints "
              "(such as acestep-v15-turbo, vae and Qwen3-Embedding-0.6B) or for ComfyUI files such as "
              "ace_step_1.5_turbo_aio.safetensors. Put them here, then rescan (F5).");
}

}  // namespace songloom::ui
