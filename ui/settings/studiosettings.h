// The studio's own preferences in QSettings: compute device, precision, memory policy, interface language
// and whether the first-run guide is shown. Each has a default; a stored value that is not one of the
// allowed spellings (a hand-edited or damaged settings file) reads as the default and is reported through
// problems(), never trusted and never a crash. The models folder stays with ModelSettings.
#pragma once

#include "songloom/engine.h"

#include <QCoreApplication>
#include <QString>
#include <QList>
#include <QStringList>

#include <optional>

class QSettings;

namespace songloom::ui {

// What the running engine can use, told by the application (the ui library does not link libtorch).
struct DeviceSupport {
    bool known = false;          // false until the application has asked the engine
    bool cudaAvailable = false;
    QString reason;              // why CUDA cannot be used, in words for a musician
};

struct LanguageOption {
    QString code;   // "" = follow the system, else "en", "de", "zh", "ja", "ko"
    QString name;   // the language's own name ("Deutsch"), or "System language" translated
};

class StudioSettings {
    Q_DECLARE_TR_FUNCTIONS(StudioSettings)

public:
    explicit StudioSettings(QSettings& settings);

    static constexpr ComputeDevice kDefaultDevice = ComputeDevice::Auto;
    static constexpr Precision kDefaultPrecision = Precision::Auto;
    static constexpr MemoryPolicy kDefaultMemory = MemoryPolicy::KeepLoaded;

    ComputeDevice device() const;
    void setDevice(ComputeDevice device);
    Precision precision() const;
    void setPrecision(Precision precision);
    MemoryPolicy memoryPolicy() const;
    void setMemoryPolicy(MemoryPolicy policy);
    QString language() const;  // "" = system
    bool setLanguage(const QString& code);  // codes outside languages() are refused (false)
    bool showFirstRun() const;  // default true
    void setShowFirstRun(bool show);

    // The engine's options as saved (cpuThreads left at the engine's default).
    EngineOptions engineOptions() const;

    // Stored values that were not valid and were replaced by the default, one sentence each (naming the
    // setting, the value found and the allowed values). Collected by the getters above.
    QStringList problems() const { return problems_; }
    // Rewrites every invalid stored value with its default (the dialog does so on OK).
    void repair();

    static QList<LanguageOption> languages();
    // Whether Songloom carries a translation for `code` ("en" always: the texts are written in English).
    static bool translationAvailable(const QString& code);

    // The spellings stored in the settings file (those of engine.h).
    static QString deviceKey(ComputeDevice device);
    static QString precisionKey(Precision precision);
    static QString memoryKey(MemoryPolicy policy);
    static std::optional<ComputeDevice> parseDevice(const QString& key);
    static std::optional<Precision> parsePrecision(const QString& key);
    static std::optional<MemoryPolicy> parseMemory(const QString& key);

private:
    template <class T>
    T read(const QString& key, T fallback, std::optional<T> (*parse)(const QString&), const QString& setting,
           const QStringList& allowed) const;
    void report(const QString& problem) const;

    QSettings& settings_;
    mutable QStringList problems_;
};

}  // namespace songloom::ui
