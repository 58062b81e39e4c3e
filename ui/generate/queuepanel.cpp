#include "generate/queuepanel.h"

#include "generate/jobqueue.h"
#include "generate/progresstext.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace songloom::ui {

namespace {
constexpr int kJobIdRole = Qt::UserRole + 1;

QString jobTitle(const JobRecord& job) {
    const QJsonObject request = QJsonDocument::fromJson(job.requestJson.toUtf8()).object();
    QString caption = request.value(QLatin1String("caption")).toString().simplified();
    if (caption.size() > 60)
        caption = caption.left(59) + QChar(0x2026);
    return QStringLiteral("#%1  %2").arg(job.id).arg(caption);
}
}  // namespace

QueuePanel::QueuePanel(JobQueue& queue, QWidget* parent) : QWidget(parent), queue_(queue) {
    setObjectName(QStringLiteral("queuePanel"));
    list_ = new QTreeWidget(this);
    list_->setObjectName(QStringLiteral("jobList"));
    list_->setAccessibleName(tr("Generate queue"));
    list_->setRootIsDecorated(false);
    list_->setUniformRowHeights(true);
    list_->setHeaderLabels({tr("Job"), tr("Model"), tr("Status"), tr("Progress"), tr("Time left")});
    list_->header()->setSectionResizeMode(JobColumn, QHeaderView::Stretch);
    list_->header()->setStretchLastSection(false);

    stopNow_ = addButton(tr("Stop &Now"), QKeySequence(Qt::CTRL | Qt::Key_Period),
                         tr("Stop the selected job at once; takes already finished are kept"));
    stopNow_->setObjectName(QStringLiteral("stopNowButton"));
    stopAfter_ = addButton(tr("Stop &After This Take"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Period),
                           tr("Finish the take being made, keep it, then stop"));
    stopAfter_->setObjectName(QStringLiteral("stopAfterButton"));
    runAgain_ = addButton(tr("&Run Again"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                          tr("Queue the selected job again with the same settings"));
    runAgain_->setObjectName(QStringLiteral("runAgainButton"));
    remove_ = addButton(tr("Re&move"), QKeySequence(Qt::Key_Delete), tr("Remove the job from the list; its takes stay in the history"));
    remove_->setObjectName(QStringLiteral("removeJobButton"));

    compare_ = addButton(tr("&Compare Variations"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V),
                         tr("The takes of the selected batch side by side; switch between them while playing"));
    compare_->setObjectName(QStringLiteral("compareButton"));

    message_ = new QLabel(this);
    message_->setObjectName(QStringLiteral("queueMessage"));
    message_->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {stopNow_, stopAfter_, runAgain_, remove_, compare_})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(list_, 1);
    layout->addLayout(buttons);
    layout->addWidget(message_);

    connect(stopNow_, &QPushButton::clicked, this, [this] { queue_.stop(selectedJob(), StopMode::Now); });
    connect(stopAfter_, &QPushButton::clicked, this,
            [this] { queue_.stop(selectedJob(), StopMode::AfterCurrentTake); });
    connect(runAgain_, &QPushButton::clicked, this, [this] {
        const JobQueue::Enqueued again = queue_.runAgain(selectedJob());
        message_->setText(again ? QString() : again.error);
        if (again)
            selectJob(again.id);
    });
    connect(remove_, &QPushButton::clicked, this, [this] { queue_.remove(selectedJob()); });
    connect(compare_, &QPushButton::clicked, this, [this] {
        if (compare_->isEnabled())
            Q_EMIT compareRequested(selectedJob());
    });
    connect(&queue_, &JobQueue::jobsChanged, this, &QueuePanel::rebuild);
    connect(&queue_, &JobQueue::progressChanged, this, &QueuePanel::updateProgress);
    connect(&queue_, &JobQueue::problem, message_, &QLabel::setText);
    connect(list_, &QTreeWidget::currentItemChanged, this, &QueuePanel::updateButtons);
    rebuild();
}

QPushButton* QueuePanel::addButton(const QString& text, const QKeySequence& shortcut, const QString& tip) {
    auto* button = new QPushButton(text, this);
    button->setToolTip(QStringLiteral("%1 (%2)").arg(tip, shortcut.toString(QKeySequence::NativeText)));
    // Shortcuts belong to the panel, so Delete in another page's text field never removes a job.
    auto* sc = new QShortcut(shortcut, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(sc, &QShortcut::activated, button, &QPushButton::click);
    return button;
}

qint64 QueuePanel::selectedJob() const {
    const QTreeWidgetItem* item = list_->currentItem();
    return item ? item->data(JobColumn, kJobIdRole).toLongLong() : 0;
}

void QueuePanel::selectJob(qint64 jobId) {
    if (QTreeWidgetItem* item = itemFor(jobId))
        list_->setCurrentItem(item);
}

QTreeWidgetItem* QueuePanel::itemFor(qint64 jobId) const {
    for (int i = 0; i < list_->topLevelItemCount(); ++i)
        if (list_->topLevelItem(i)->data(JobColumn, kJobIdRole).toLongLong() == jobId)
            return list_->topLevelItem(i);
    return nullptr;
}

void QueuePanel::rebuild() {
    const qint64 selected = selectedJob();
    list_->clear();
    for (const JobRecord& job : queue_.jobs()) {
        auto* item = new QTreeWidgetItem(list_);
        item->setData(JobColumn, kJobIdRole, job.id);
        item->setText(JobColumn, jobTitle(job));
        item->setText(ModelColumn, job.modelTitle);
        QString status = ProgressText::state(job.state);
        if (job.state != JobState::Queued && job.itemsTotal > 1)
            status = tr("%1 · %2 of %3 takes").arg(status).arg(job.itemsDone).arg(job.itemsTotal);
        if (!job.error.isEmpty())
            status = tr("%1: %2").arg(status, job.error);
        item->setText(StatusColumn, status);
        item->setToolTip(StatusColumn, status);
        auto* bar = new QProgressBar(list_);
        bar->setRange(0, 1000);
        bar->setValue(job.state == JobState::Done ? 1000
                                                  : 1000 * job.itemsDone / std::max(1, job.itemsTotal));
        bar->setAccessibleName(tr("Progress of job %1").arg(job.id));
        list_->setItemWidget(item, ProgressColumn, bar);
    }
    selectJob(selected != 0 ? selected : queue_.runningJob());
    if (queue_.runningJob() != 0)
        updateProgress(queue_.runningJob());
    updateButtons();
}

void QueuePanel::updateProgress(qint64 jobId) {
    QTreeWidgetItem* item = itemFor(jobId);
    const auto p = queue_.progress(jobId);
    if (!item || !p || jobId != queue_.runningJob())
        return;
    item->setText(StatusColumn, ProgressText::status(*p));
    item->setText(EtaColumn, ProgressText::eta(p->etaSeconds));
    if (auto* bar = qobject_cast<QProgressBar*>(list_->itemWidget(item, ProgressColumn)))
        bar->setValue(static_cast<int>(1000 * std::clamp(p->fraction, 0.0, 1.0)));
}

void QueuePanel::updateButtons() {
    const auto job = queue_.job(selectedJob());
    const bool running = job && job->id == queue_.runningJob();
    const bool queued = job && job->state == JobState::Queued;
    stopNow_->setEnabled(running || queued);
    stopAfter_->setEnabled(running);
    runAgain_->setEnabled(job && isFinished(job->state));
    remove_->setEnabled(job && !running && job->state != JobState::Running);
    // A batch that finished (or stopped) with at least two takes on disk can be compared.
    compare_->setEnabled(job && !running && isFinished(job->state) && job->itemsDone > 1);
}

}  // namespace songloom::ui
