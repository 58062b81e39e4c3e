// The caption builder: word chips by category that add / remove their word in an editable caption, a
// negative prompt, and named caption presets kept in QSettings.
#pragma once

#include <QStringList>
#include <QWidget>

class QAbstractButton;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSettings;

namespace songloom::ui {

// Caption presets in QSettings, group "captionPresets": one sub-group per name with caption and negative.
class CaptionPresets {
public:
    explicit CaptionPresets(QSettings& settings) : settings_(settings) {}
    QStringList names() const;  // sorted
    void save(const QString& name, const QString& caption, const QString& negative);
    bool load(const QString& name, QString* caption, QString* negative) const;
    void remove(const QString& name);

private:
    QSettings& settings_;
};

class CaptionBuilder : public QWidget {
    Q_OBJECT

public:
    explicit CaptionBuilder(QSettings& settings, QWidget* parent = nullptr);

    QString caption() const;
    void setCaption(const QString& caption);
    QString negativePrompt() const;
    void setNegativePrompt(const QString& text);

    QPlainTextEdit* captionEdit() const { return captionEdit_; }
    QLineEdit* negativeEdit() const { return negativeEdit_; }
    QComboBox* presetCombo() const { return presetCombo_; }
    // The chip for `word`, or nullptr.
    QAbstractButton* chip(const QString& word) const;

    void savePreset(const QString& name);
    bool loadPreset(const QString& name);
    void deletePreset(const QString& name);

Q_SIGNALS:
    void changed();

private:
    void chipToggled(const QString& word, bool on);
    void syncChips();
    void refreshPresets(const QString& select = {});
    void askAndSavePreset();

    CaptionPresets presets_;
    QPlainTextEdit* captionEdit_ = nullptr;
    QLineEdit* negativeEdit_ = nullptr;
    QComboBox* presetCombo_ = nullptr;
    QPushButton* savePresetButton_ = nullptr;
    QPushButton* loadPresetButton_ = nullptr;
    QPushButton* deletePresetButton_ = nullptr;
    QList<QAbstractButton*> chips_;
    bool syncing_ = false;
};

}  // namespace songloom::ui
