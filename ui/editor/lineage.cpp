#include "editor/lineage.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace songloom::ui {

QString operationLabel(const TakeRecord& take) {
    const QString& op = take.operation;
    if (op == operation::kRepaint)
        return QCoreApplication::translate("Lineage", "Repaint");
    if (op == operation::kRepaintCandidate)
        return QCoreApplication::translate("Lineage", "Repaint take");
    if (op == operation::kExtend)
        return QCoreApplication::translate("Lineage", "Extend");
    if (op == operation::kCover || take.task == QLatin1String("cover"))
        return QCoreApplication::translate("Lineage", "Cover / remix");
    if (take.task.isEmpty() || take.task == QLatin1String("text2music"))
        return QCoreApplication::translate("Lineage", "New song");
    return take.task;  // extract / lego / complete: the task's own word
}

QString lineageText(const QList<TakeRecord>& chain) {
    QStringList parts;
    for (const TakeRecord& t : chain)
        parts << QCoreApplication::translate("Lineage", "%1 (take %2)").arg(operationLabel(t)).arg(t.id);
    return parts.join(QStringLiteral(" → "));
}

QString withGeneratedRegion(const QString& parametersJson, const GeneratedRegion& region) {
    QJsonObject o = QJsonDocument::fromJson(parametersJson.toUtf8()).object();
    QJsonObject g;
    g.insert(QStringLiteral("start"), region.start);
    g.insert(QStringLiteral("end"), region.end);
    g.insert(QStringLiteral("prepended"), region.prependedSeconds);
    g.insert(QStringLiteral("appended"), region.appendedSeconds);
    o.insert(QStringLiteral("generated_region"), g);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

std::optional<GeneratedRegion> generatedRegion(const QString& parametersJson) {
    const QJsonObject g = QJsonDocument::fromJson(parametersJson.toUtf8()).object().value(QStringLiteral("generated_region")).toObject();
    if (g.isEmpty() || !g.contains(QStringLiteral("start")) || !g.contains(QStringLiteral("end")))
        return std::nullopt;
    GeneratedRegion r;
    r.start = g.value(QStringLiteral("start")).toDouble();
    r.end = g.value(QStringLiteral("end")).toDouble();
    r.prependedSeconds = g.value(QStringLiteral("prepended")).toDouble();
    r.appendedSeconds = g.value(QStringLiteral("appended")).toDouble();
    if (!(r.end > r.start))
        return std::nullopt;
    return r;
}

}  // namespace songloom::ui
