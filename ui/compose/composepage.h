// The Compose page: lyrics editor on the left; on the right the caption builder and the song's metadata
// (duration, tempo with tap tempo, key, time signature, vocal language, instrumental), and above them the
// model variant picker (variant, task, steps, guidance, shift, seed). Every change is
// turned into a GenerationRequest and checked with the engine's validateRequest; its error is shown next
// to the field it names. (Generating comes with the pipeline; the page has no Generate button yet.)
#pragma once

#include "compose/composemodel.h"
#include "compose/taptempo.h"

#include <QElapsedTimer>
#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSettings;
class QSpinBox;

namespace songloom::ui {

class CaptionBuilder;
class LyricsEditor;
class VariantPicker;

class ComposePage : public QWidget {
    Q_OBJECT

public:
    explicit ComposePage(QSettings& settings, QWidget* parent = nullptr);

    ComposeState state() const;
    // The page's fields over the settings a loaded request carried (seed, steps, batch, ...).
    GenerationRequest request() const { return toGenerationRequest(state(), carried_); }
    // Shows a stored request's fields ("use these settings again"); the rest is carried into request().
    void loadRequest(const GenerationRequest& request);
    const ComposeCheck& check() const { return check_; }

    LyricsEditor* lyricsEditor() const { return lyrics_; }
    CaptionBuilder* captionBuilder() const { return caption_; }
    QSpinBox* durationSpin() const { return duration_; }
    QSpinBox* variationsSpin() const { return variations_; }
    QSpinBox* bpmSpin() const { return bpm_; }
    QPushButton* tapButton() const { return tap_; }
    QComboBox* keyNoteCombo() const { return keyNote_; }
    QComboBox* keyModeCombo() const { return keyMode_; }
    QComboBox* timeSignatureCombo() const { return timeSignature_; }
    QComboBox* languageCombo() const { return language_; }
    QCheckBox* instrumentalCheck() const { return instrumental_; }
    QLabel* errorLabel(ComposeField field) const { return errors_.value(field); }
    QLabel* requestStatusLabel() const { return status_; }
    VariantPicker* variantPicker() const { return variant_; }

    // The scanned models folder, for the variant picker.
    void setCatalog(const Catalog& catalog);

    // One tap of the tap-tempo button at `nowMs` (the button passes a monotonic clock).
    void tapTempoAt(qint64 nowMs);

Q_SIGNALS:
    void requestChanged();

private:
    QLabel* makeErrorLabel(ComposeField field);
    void revalidate();

    LyricsEditor* lyrics_ = nullptr;
    CaptionBuilder* caption_ = nullptr;
    QSpinBox* duration_ = nullptr;
    QSpinBox* variations_ = nullptr;
    QLabel* durationText_ = nullptr;
    QSpinBox* bpm_ = nullptr;
    QPushButton* tap_ = nullptr;
    QComboBox* keyNote_ = nullptr;
    QComboBox* keyMode_ = nullptr;
    QComboBox* timeSignature_ = nullptr;
    QComboBox* language_ = nullptr;
    QCheckBox* instrumental_ = nullptr;
    QLabel* status_ = nullptr;
    VariantPicker* variant_ = nullptr;
    QHash<ComposeField, QLabel*> errors_;
    TapTempo tapTempo_;
    QElapsedTimer clock_;
    ComposeCheck check_;
    GenerationRequest carried_;
};

}  // namespace songloom::ui
