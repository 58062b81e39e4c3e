#include "common/takedrag.h"

#include <QDrag>
#include <QFileInfo>
#include <QList>
#include <QMimeData>
#include <QUrl>
#include <QWidget>

namespace songloom::ui {

QMimeData* takeFilesMimeData(const QStringList& filePaths) {
    QList<QUrl> urls;
    QStringList names;
    for (const QString& path : filePaths) {
        const QFileInfo info(path);
        if (!info.isFile())
            continue;
        urls << QUrl::fromLocalFile(info.absoluteFilePath());
        names << info.absoluteFilePath();
    }
    if (urls.isEmpty())
        return nullptr;
    auto* data = new QMimeData;
    data->setUrls(urls);
    // Plain text too: a terminal or text field receives the paths.
    data->setText(names.join(QLatin1Char('\n')));
    return data;
}

void dragTakeFiles(QWidget* source, const QStringList& filePaths) {
    QMimeData* data = takeFilesMimeData(filePaths);
    if (!data)
        return;
    auto* drag = new QDrag(source);
    drag->setMimeData(data);
    drag->exec(Qt::CopyAction, Qt::CopyAction);
}

}  // namespace songloom::ui
