// Turns a model Catalog into what the Models panel shows: one row per usable model set, one row per
// rejected file, and a summary line. Plain logic, testable without a window.
#pragma once

#include "songloom/model_catalog.h"
#include "songloom/status.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace songloom::ui {

struct ModelRow {
    QString title;        // the catalog's title: "ACE-Step 1.5 XL Turbo (DiT)"
    QString size;         // "2B", "XL", "Custom (2B layout)"
    QString variant;      // the variant as shown when it is not the user's to choose
    // What the user may pick when no config.json names the variant (empty: config.json decided).
    // A user's earlier answer stays changeable.
    QList<DitVariant> variantChoices;
    std::optional<DitVariant> chosenVariant;     // the user's saved answer, if any
    std::optional<DitVariant> suggestedVariant;  // a file-name token: a hint shown, never a decision
    QString ditFile;      // the DiT's first file: the key of ScanOptions::variantChoices
    bool ready = false;
    QStringList statusLines;  // "Ready", or one sentence per missing part, in the catalog's own words
    QString status;           // the status lines as one line, for the list
    QStringList details;      // files, parameters and dtype, problems, notes: one line each
};

struct RejectedRow {
    QString file;         // relative to the scanned folder
    QString reason;       // the catalog's reason
};

struct CatalogView {
    QList<ModelRow> models;
    QList<RejectedRow> rejected;
    QString summary;      // one line above the lists
};

class CatalogPresenter {
    Q_DECLARE_TR_FUNCTIONS(CatalogPresenter)

public:
    static CatalogView present(const Catalog& catalog);
    // Why a folder could not be scanned at all (Result<Catalog> failed), in words for a musician.
    static QString scanFailure(const QString& folder, const Status& status);

    // The variants a user may pick for `dit`, in menu order; empty when config.json names its variant.
    static QList<DitVariant> variantChoices(const CatalogComponent& dit);
    static QString variantLabel(DitVariant variant);
    static QString sizeLabel(const CatalogComponent& dit);
    static QString componentLabel(ComponentKind kind);
    static QString parameterCountLabel(std::uint64_t count);
    // Rich text for the details under the list: title, the full status, then the details lines.
    static QString detailsHtml(const ModelRow& row);
    // The message for a folder with nothing in it that the catalog recognises or rejects.
    static QString nothingFoundText();
    // What a models folder is expected to hold, for a folder where nothing was found.
    static QString whereToPutModelsText();
};

}  // namespace songloom::ui
