#include "settings/studiosettings.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>

namespace songloom::ui {

namespace {
const QString kDeviceKey = QStringLiteral("engine/device");
const QString kPrecisionKey = QStringLiteral("engine/precision");
const QString kMemoryKey = QStringLiteral("engine/memory");
const QString kLanguageKey = QStringLiteral("ui/language");
const QString kFirstRunKey = QStringLiteral("startup/showFirstRun");

const QStringList kDevices = {QStringLiteral("auto"), QStringLiteral("cpu"), QStringLiteral("cuda")};
const QStringList kPrecisions = {QStringLiteral("auto"), QStringLiteral("fp32"), QStringLiteral("bf16"),
                                 QStringLiteral("fp16")};
const QStringList kMemories = {QStringLiteral("keep-loaded"), QStringLiteral("one-resident")};
const QStringList kLanguageCodes = {QString(), QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("zh"),
                                    QStringLiteral("ja"), QStringLiteral("ko")};
}  // namespace

StudioSettings::StudioSettings(QSettings& settings) : settings_(settings) {}

QString StudioSettings::deviceKey(ComputeDevice device) {
    return kDevices.value(static_cast<int>(device));
}
QString StudioSettings::precisionKey(Precision precision) {
    return kPrecisions.value(static_cast<int>(precision));
}
QString StudioSettings::memoryKey(MemoryPolicy policy) {
    return kMemories.value(static_cast<int>(policy));
}

std::optional<ComputeDevice> StudioSettings::parseDevice(const QString& key) {
    const int i = kDevices.indexOf(key);
    return i < 0 ? std::nullopt : std::optional(static_cast<ComputeDevice>(i));
}
std::optional<Precision> StudioSettings::parsePrecision(const QString& key) {
    const int i = kPrecisions.indexOf(key);
    return i < 0 ? std::nullopt : std::optional(static_cast<Precision>(i));
}
std::optional<MemoryPolicy> StudioSettings::parseMemory(const QString& key) {
    const int i = kMemories.indexOf(key);
    return i < 0 ? std::nullopt : std::optional(static_cast<MemoryPolicy>(i));
}

void StudioSettings::report(const QString& problem) const {
    if (!problems_.contains(problem))
        problems_ << problem;
}

template <class T>
T StudioSettings::read(const QString& key, T fallback, std::optional<T> (*parse)(const QString&),
                       const QString& setting, const QStringList& allowed) const {
    if (!settings_.contains(key))
        return fallback;
    const QVariant stored = settings_.value(key);
    // A list or a number where a word belongs is as wrong as a misspelt word.
    const QString text = stored.typeId() == QMetaType::QString ? stored.toString() : QString();
    if (const std::optional<T> value = parse(text))
        return *value;
    // Inside a template lupdate cannot tell the class: the context is named (Q_DECLARE_TR_FUNCTIONS uses it).
    report(QCoreApplication::translate("StudioSettings", "%1: the saved value \"%2\" is not one of %3; using %4.")
               .arg(setting, stored.toString(), allowed.join(QStringLiteral(", ")), allowed.value(static_cast<int>(fallback))));
    return fallback;
}

ComputeDevice StudioSettings::device() const {
    return read<ComputeDevice>(kDeviceKey, kDefaultDevice, &parseDevice, tr("Device"), kDevices);
}
void StudioSettings::setDevice(ComputeDevice device) {
    settings_.setValue(kDeviceKey, deviceKey(device));
}

Precision StudioSettings::precision() const {
    return read<Precision>(kPrecisionKey, kDefaultPrecision, &parsePrecision, tr("Precision"), kPrecisions);
}
void StudioSettings::setPrecision(Precision precision) {
    settings_.setValue(kPrecisionKey, precisionKey(precision));
}

MemoryPolicy StudioSettings::memoryPolicy() const {
    return read<MemoryPolicy>(kMemoryKey, kDefaultMemory, &parseMemory, tr("Memory"), kMemories);
}
void StudioSettings::setMemoryPolicy(MemoryPolicy policy) {
    settings_.setValue(kMemoryKey, memoryKey(policy));
}

QString StudioSettings::language() const {
    if (!settings_.contains(kLanguageKey))
        return QString();
    const QVariant stored = settings_.value(kLanguageKey);
    const QString code = stored.typeId() == QMetaType::QString ? stored.toString() : QString();
    if (stored.typeId() == QMetaType::QString && kLanguageCodes.contains(code))
        return code;
    QStringList allowed = kLanguageCodes;
    allowed.first() = tr("empty (system)");
    report(tr("%1: the saved value \"%2\" is not one of %3; using %4.")
               .arg(tr("Language"), stored.toString(), allowed.join(QStringLiteral(", ")), tr("the system language")));
    return QString();
}

bool StudioSettings::setLanguage(const QString& code) {
    if (!kLanguageCodes.contains(code))
        return false;
    settings_.setValue(kLanguageKey, code);
    return true;
}

bool StudioSettings::showFirstRun() const {
    if (!settings_.contains(kFirstRunKey))
        return true;
    const QString text = settings_.value(kFirstRunKey).toString();
    if (text == QLatin1String("true"))
        return true;
    if (text == QLatin1String("false"))
        return false;
    report(tr("%1: the saved value \"%2\" is not one of %3; using %4.")
               .arg(tr("Show the first-run guide"), text, QStringLiteral("true, false"), QStringLiteral("true")));
    return true;
}

void StudioSettings::setShowFirstRun(bool show) {
    settings_.setValue(kFirstRunKey, show);
}

EngineOptions StudioSettings::engineOptions() const {
    EngineOptions options;
    options.device = device();
    options.precision = precision();
    options.memory = memoryPolicy();
    return options;
}

void StudioSettings::repair() {
    // Each getter falls back to the default for an invalid value; writing that back makes it stick.
    const QStringList before = problems_;
    problems_.clear();
    const ComputeDevice d = device();
    const Precision p = precision();
    const MemoryPolicy m = memoryPolicy();
    const QString l = language();
    const bool f = showFirstRun();
    if (problems_.isEmpty()) {
        problems_ = before;
        return;
    }
    setDevice(d);
    setPrecision(p);
    setMemoryPolicy(m);
    setLanguage(l);
    setShowFirstRun(f);
    problems_.clear();
}

QList<LanguageOption> StudioSettings::languages() {
    // Each language in its own name, as a user of that language looks for it.
    return {
        {QString(), tr("System language")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("zh"), QStringLiteral("中文")},
        {QStringLiteral("ja"), QStringLiteral("日本語")},
        {QStringLiteral("ko"), QStringLiteral("한국어")},
    };
}

bool StudioSettings::translationAvailable(const QString& code) {
    if (code.isEmpty() || code == QLatin1String("en"))
        return true;
    // The application compiles its translations into :/i18n (app/CMakeLists.txt). Chinese is Simplified
    // (songloom_zh_CN); Traditional-script users get it too until a zh_TW file exists.
    if (QFile::exists(QStringLiteral(":/i18n/songloom_%1.qm").arg(code)))
        return true;
    return code == QLatin1String("zh") && QFile::exists(QStringLiteral(":/i18n/songloom_zh_CN.qm"));
}

}  // namespace songloom::ui
