#include "history/historypage.h"

#include "common/audioread.h"
#include "editor/lineage.h"

#include "history/taketable.h"
#include "library/taketrash.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace songloom::ui {

namespace {
constexpr int kTakeIdRole = Qt::UserRole + 1;

QString stars(int rating) {
    return QString(rating, QChar(0x2605)) + QString(5 - rating, QChar(0x2606));
}

QString duration(double seconds) {
    const int s = static_cast<int>(seconds + 0.5);
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

// One "key: value" row per parameter; nested objects flattened as "model.title".
void flatten(const QString& prefix, const QJsonValue& value, QList<QPair<QString, QString>>& out) {
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            flatten(prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key(), it.value(), out);
    } else if (value.isArray()) {
        out.append({prefix, QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact))});
    } else if (value.isNull()) {
        out.append({prefix, QStringLiteral("—")});
    } else {
        out.append({prefix, value.toVariant().toString()});
    }
}
}  // namespace

HistoryPage::HistoryPage(TakeStore& takes, TakeTrash& trash, PlaybackEngine::Output output, QWidget* parent)
    : QWidget(parent), takes_(takes), trash_(trash) {
    setObjectName(QStringLiteral("historyPage"));
    player_ = new PlaybackEngine(output, this);

    table_ = new TakeTable(0, 7, this);
    table_->setObjectName(QStringLiteral("takeTable"));
    table_->setAccessibleName(tr("Takes"));
    table_->setHorizontalHeaderLabels(
        {tr("♥"), tr("Caption"), tr("Model"), tr("Seed"), tr("Length"), tr("Made"), tr("Rating")});
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::ExtendedSelection);  // several takes to export or drag
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->verticalHeader()->hide();
    // One line per take: the caption takes the room that is left and elides; the short columns fit
    // their contents, so seed, length, date and stars are read without scrolling.
    table_->setWordWrap(false);
    table_->setTextElideMode(Qt::ElideRight);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(CaptionColumn, QHeaderView::Stretch);
    table_->setSortingEnabled(false);  // newest first, always (the store's order)

    details_ = new QTextBrowser(this);
    details_->setObjectName(QStringLiteral("takeDetails"));
    details_->setAccessibleName(tr("Take parameters"));

    play_ = new QPushButton(tr("Play / Pause"), this);
    play_->setObjectName(QStringLiteral("playButton"));
    play_->setToolTip(tr("Play or pause the selected take (Space)"));
    favourite_ = new QPushButton(tr("Favourite"), this);
    favourite_->setObjectName(QStringLiteral("favouriteButton"));
    favourite_->setToolTip(tr("Mark or unmark the take as a favourite (F); rate it with the keys 1 to 5, 0 clears"));
    reuse_ = new QPushButton(tr("Use These Settings Again"), this);
    reuse_->setObjectName(QStringLiteral("reuseButton"));
    reuse_->setToolTip(tr("Load this take's settings, its seed included, into the Compose page (Ctrl+Shift+U)"));
    delete_ = new QPushButton(tr("Delete"), this);
    delete_->setObjectName(QStringLiteral("deleteTakeButton"));
    delete_->setToolTip(tr("Delete the take; you can undo it for %n seconds (Del, undo with Ctrl+Z)", nullptr, kUndoSeconds));

    compare_ = new QPushButton(tr("Compare Variations"), this);
    compare_->setObjectName(QStringLiteral("compareButton"));
    compare_->setToolTip(tr("The takes of this batch side by side; switch between them while playing (Ctrl+Shift+V)"));
    edit_ = new QPushButton(tr("Edit"), this);
    edit_->setObjectName(QStringLiteral("editButton"));
    edit_->setToolTip(tr("Open the take on its timeline to repaint regions, extend it or make a cover (Ctrl+E, or "
                         "double-click it)"));
    export_ = new QPushButton(tr("Export…"), this);
    export_->setObjectName(QStringLiteral("exportButton"));
    export_->setToolTip(tr("Export the selected takes as MP3, WAV, FLAC, Ogg or MP4 with a cover (Ctrl+Shift+E)"));

    undoBar_ = new QWidget(this);
    undoBar_->setObjectName(QStringLiteral("undoBar"));
    undoText_ = new QLabel(undoBar_);
    auto* undoButton = new QPushButton(tr("&Undo"), undoBar_);
    undoButton->setObjectName(QStringLiteral("undoButton"));
    auto* undoLayout = new QHBoxLayout(undoBar_);
    undoLayout->setContentsMargins(0, 0, 0, 0);
    undoLayout->addWidget(undoText_, 1);
    undoLayout->addWidget(undoButton);
    undoBar_->hide();
    undoTimer_.setSingleShot(true);
    undoTimer_.setInterval(kUndoSeconds * 1000);
    connect(&undoTimer_, &QTimer::timeout, this, &HistoryPage::finishPendingDeletes);
    connect(undoButton, &QPushButton::clicked, this, &HistoryPage::undoDelete);

    message_ = new QLabel(this);
    message_->setObjectName(QStringLiteral("historyMessage"));
    message_->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {play_, edit_, favourite_, reuse_, delete_, compare_, export_})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(details_, 1);
    rightLayout->addLayout(buttons);
    auto* split = new QSplitter(this);
    split->addWidget(table_);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    // The list gets the larger share at first (the parameters' long hashes would otherwise claim it).
    split->setSizes({760, 500});

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createFilters());
    layout->addWidget(split, 1);
    layout->addWidget(undoBar_);
    layout->addWidget(message_);

    connect(play_, &QPushButton::clicked, this, &HistoryPage::togglePlay);
    connect(favourite_, &QPushButton::clicked, this, &HistoryPage::toggleFavourite);
    connect(reuse_, &QPushButton::clicked, this, &HistoryPage::useSettingsAgain);
    connect(delete_, &QPushButton::clicked, this, &HistoryPage::deleteCurrent);
    connect(compare_, &QPushButton::clicked, this, &HistoryPage::compareVariations);
    connect(edit_, &QPushButton::clicked, this, &HistoryPage::editCurrent);
    connect(table_, &QTableWidget::cellDoubleClicked, this, [this] { editCurrent(); });
    connect(export_, &QPushButton::clicked, this, &HistoryPage::exportSelected);
    connect(table_, &QTableWidget::itemSelectionChanged, this,
            [this] { export_->setEnabled(currentTake() != 0 || !selectedTakes().isEmpty()); });
    connect(table_, &QTableWidget::currentCellChanged, this, &HistoryPage::showDetails);
    connect(player_, &PlaybackEngine::error, this, &HistoryPage::showMessage);

    // Page-wide keys; the search field keeps its own Space and digits (the shortcuts live on the table).
    const auto onTable = [this](const QKeySequence& key, auto slot) {
        auto* sc = new QShortcut(key, table_, nullptr, nullptr, Qt::WidgetShortcut);
        connect(sc, &QShortcut::activated, this, slot);
    };
    onTable(QKeySequence(Qt::Key_Space), [this] { togglePlay(); });
    onTable(QKeySequence(Qt::Key_F), [this] { toggleFavourite(); });
    onTable(QKeySequence(Qt::Key_Delete), [this] { deleteCurrent(); });
    for (int n = 0; n <= 5; ++n)
        onTable(QKeySequence(Qt::Key_0 + n), [this, n] { rate(n); });
    auto* undo = new QShortcut(QKeySequence::Undo, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(undo, &QShortcut::activated, this, &HistoryPage::undoDelete);
    auto* reuse = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U), this, nullptr, nullptr,
                                Qt::WidgetWithChildrenShortcut);
    connect(reuse, &QShortcut::activated, this, &HistoryPage::useSettingsAgain);
    auto* edit = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_E), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(edit, &QShortcut::activated, this, &HistoryPage::editCurrent);
    auto* compare = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V), this, nullptr, nullptr,
                                  Qt::WidgetWithChildrenShortcut);
    connect(compare, &QShortcut::activated, this, &HistoryPage::compareVariations);
    auto* exportKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), this, nullptr, nullptr,
                                    Qt::WidgetWithChildrenShortcut);
    connect(exportKey, &QShortcut::activated, this, &HistoryPage::exportSelected);
    auto* find = new QShortcut(QKeySequence::Find, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, search_, [this] { search_->setFocus(); search_->selectAll(); });

    refresh();
}

HistoryPage::~HistoryPage() {
    player_->stop();
    finishPendingDeletes();
}

QWidget* HistoryPage::createFilters() {
    auto* box = new QWidget(this);
    search_ = new QLineEdit(box);
    search_->setObjectName(QStringLiteral("historySearch"));
    search_->setPlaceholderText(tr("Search caption, lyrics, model or seed (Ctrl+F)"));
    search_->setClearButtonEnabled(true);
    search_->setAccessibleName(tr("Search the history"));
    favouritesOnly_ = new QCheckBox(tr("Favourites only"), box);
    favouritesOnly_->setObjectName(QStringLiteral("favouritesOnly"));
    minRating_ = new QComboBox(box);
    minRating_->setObjectName(QStringLiteral("minRating"));
    minRating_->setAccessibleName(tr("Minimum rating"));
    minRating_->addItem(tr("Any rating"), 0);
    for (int n = 1; n <= 5; ++n)
        minRating_->addItem(tr("%1 or more").arg(stars(n)), n);
    model_ = new QComboBox(box);
    model_->setObjectName(QStringLiteral("modelFilter"));
    model_->setAccessibleName(tr("Model"));
    task_ = new QComboBox(box);
    task_->setObjectName(QStringLiteral("taskFilter"));
    task_->setAccessibleName(tr("Task"));
    dateRange_ = new QCheckBox(tr("Made between"), box);
    dateRange_->setObjectName(QStringLiteral("dateRange"));
    from_ = new QDateEdit(QDate::currentDate().addDays(-7), box);
    from_->setObjectName(QStringLiteral("fromDate"));
    from_->setCalendarPopup(true);
    from_->setAccessibleName(tr("From date"));
    to_ = new QDateEdit(QDate::currentDate(), box);
    to_->setObjectName(QStringLiteral("toDate"));
    to_->setCalendarPopup(true);
    to_->setAccessibleName(tr("To date"));
    from_->setEnabled(false);
    to_->setEnabled(false);

    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(search_, 2);
    layout->addWidget(favouritesOnly_);
    layout->addWidget(minRating_);
    layout->addWidget(model_);
    layout->addWidget(task_);
    layout->addWidget(dateRange_);
    layout->addWidget(from_);
    layout->addWidget(new QLabel(tr("and"), box));
    layout->addWidget(to_);

    connect(search_, &QLineEdit::textChanged, this, &HistoryPage::refresh);
    connect(favouritesOnly_, &QCheckBox::toggled, this, &HistoryPage::refresh);
    connect(minRating_, &QComboBox::currentIndexChanged, this, &HistoryPage::refresh);
    connect(model_, &QComboBox::currentIndexChanged, this, &HistoryPage::refresh);
    connect(task_, &QComboBox::currentIndexChanged, this, &HistoryPage::refresh);
    connect(dateRange_, &QCheckBox::toggled, this, [this](bool on) {
        from_->setEnabled(on);
        to_->setEnabled(on);
        refresh();
    });
    connect(from_, &QDateEdit::dateChanged, this, &HistoryPage::refresh);
    connect(to_, &QDateEdit::dateChanged, this, &HistoryPage::refresh);
    return box;
}

TakeFilter HistoryPage::filter() const {
    TakeFilter f;
    f.text = search_->text();
    f.favouritesOnly = favouritesOnly_->isChecked();
    f.minRating = minRating_->currentData().toInt();
    f.modelTitle = model_->currentData().toString();
    f.task = task_->currentData().toString();
    if (dateRange_->isChecked()) {
        f.from = from_->date();
        f.to = to_->date();
    }
    return f;
}

void HistoryPage::refreshFilterChoices() {
    // Rebuilding the combos must not re-enter refresh() through currentIndexChanged.
    const QSignalBlocker blockModel(model_);
    const QSignalBlocker blockTask(task_);
    const auto fill = [](QComboBox* combo, const QString& any, const QStringList& values) {
        const QString keep = combo->currentData().toString();
        combo->clear();
        combo->addItem(any, QString());
        for (const QString& v : values)
            combo->addItem(v, v);
        combo->setCurrentIndex(std::max(0, combo->findData(keep)));
    };
    fill(model_, tr("All models"), takes_.modelTitles());
    fill(task_, tr("All tasks"), takes_.tasks());
}

void HistoryPage::refresh() {
    refreshFilterChoices();
    const qint64 keep = currentTake();
    const QList<TakeRecord> found = takes_.search(filter());
    const QSignalBlocker block(table_);
    table_->setRowCount(0);
    table_->setRowCount(static_cast<int>(found.size()));
    const QLocale locale;
    for (int row = 0; row < found.size(); ++row) {
        const TakeRecord& t = found[row];
        const QString caption = t.caption.simplified();
        const QStringList cells{t.favourite ? QStringLiteral("♥") : QString(),
                                caption.isEmpty() ? tr("(no caption)") : caption,
                                t.modelTitle,
                                QString::number(t.seed),
                                duration(t.durationSeconds),
                                locale.toString(t.created.toLocalTime(), QLocale::ShortFormat),
                                stars(t.rating)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setData(kTakeIdRole, t.id);
            item->setData(TakeTable::kFilePathRole, t.filePath);
            table_->setItem(row, c, item);
        }
        table_->item(row, CaptionColumn)->setToolTip(t.caption);
    }
    if (!selectTake(keep) && !found.isEmpty())
        table_->setCurrentCell(0, CaptionColumn);
    showDetails();
}

QTableWidget* HistoryPage::table() const {
    return table_;
}

QList<qint64> HistoryPage::selectedTakes() const {
    QList<int> rows;
    for (const QModelIndex& index : table_->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    QList<qint64> ids;
    for (int row : rows)
        ids << table_->item(row, 0)->data(kTakeIdRole).toLongLong();
    return ids;
}

void HistoryPage::compareVariations() {
    const auto take = takes_.take(currentTake());
    if (!take)
        return;
    if (take->jobId <= 0 || takes_.takesOfJob(take->jobId).size() < 2) {
        showMessage(tr("This take was made alone; a batch of variations (Variations per run) can be compared."));
        return;
    }
    player_->pause();  // the comparison has its own player
    Q_EMIT compareRequested(take->jobId, take->id);
}

void HistoryPage::editCurrent() {
    const qint64 id = currentTake();
    if (id == 0)
        return;
    player_->pause();  // the editor plays on its own
    Q_EMIT editRequested(id);
}

void HistoryPage::exportSelected() {
    QList<qint64> ids = selectedTakes();
    if (ids.isEmpty() && currentTake() != 0)
        ids << currentTake();  // the take shown in the details
    if (!ids.isEmpty())
        Q_EMIT exportRequested(ids);
}

QList<qint64> HistoryPage::shownTakes() const {
    QList<qint64> ids;
    for (int row = 0; row < table_->rowCount(); ++row)
        ids << table_->item(row, 0)->data(kTakeIdRole).toLongLong();
    return ids;
}

qint64 HistoryPage::currentTake() const {
    const int row = table_->currentRow();
    if (row < 0 || !table_->item(row, 0))
        return 0;
    return table_->item(row, 0)->data(kTakeIdRole).toLongLong();
}

bool HistoryPage::selectTake(qint64 takeId) {
    for (int row = 0; row < table_->rowCount(); ++row) {
        if (table_->item(row, 0)->data(kTakeIdRole).toLongLong() == takeId) {
            table_->setCurrentCell(row, CaptionColumn);
            return true;
        }
    }
    return false;
}

void HistoryPage::showDetails() {
    const auto take = takes_.take(currentTake());
    for (QPushButton* b : {play_, edit_, favourite_, reuse_, delete_})
        b->setEnabled(take.has_value());
    compare_->setEnabled(take && take->jobId > 0 && takes_.takesOfJob(take->jobId).size() > 1);
    export_->setEnabled(take.has_value() || !selectedTakes().isEmpty());
    if (!take) {
        details_->setPlainText(tr("No take selected."));
        return;
    }
    favourite_->setText(take->favourite ? tr("Unfavourite") : tr("Favourite"));
    QString html = QStringLiteral("<h3>%1</h3><p>%2</p>")
                       .arg(take->caption.toHtmlEscaped(), take->filePath.toHtmlEscaped());
    // Where it came from: the chain of edits, oldest first.
    html += QStringLiteral("<p><b>%1</b> %2</p><table>")
                .arg(tr("Made from:").toHtmlEscaped(), lineageText(takes_.lineage(take->id)).toHtmlEscaped());
    QList<QPair<QString, QString>> rows;
    flatten({}, QJsonDocument::fromJson(take->parametersJson.toUtf8()).object(), rows);
    for (const auto& [key, value] : rows)
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(key.toHtmlEscaped(), value.toHtmlEscaped());
    html += QStringLiteral("</table>");
    if (!take->lyricsExcerpt.isEmpty())
        html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                    .arg(tr("Lyrics").toHtmlEscaped(), take->lyricsExcerpt.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    details_->setHtml(html);
}

void HistoryPage::showMessage(const QString& text) {
    message_->setText(text);
}

void HistoryPage::togglePlay() {
    const auto take = takes_.take(currentTake());
    if (!take)
        return;
    if (take->filePath == loadedFile_) {
        player_->togglePlay();
        return;
    }
    if (take->filePath == loadingFile_)
        return;  // already on its way
    loadAndPlay(take->filePath);
}

void HistoryPage::loadAndPlay(const QString& path) {
    // Decoding a long FLAC takes a moment: off the GUI thread, played when it is in memory. Another take
    // asked for meanwhile wins (the serial).
    player_->stop();
    loadingFile_ = path;
    const int serial = ++loadSerial_;
    readAudioAsync(this, path, [this, serial, path](std::shared_ptr<const audio::AudioBuffer> audio, const QString& error) {
        if (serial != loadSerial_)
            return;
        loadingFile_.clear();
        if (!audio) {
            showMessage(tr("The take could not be played: %1").arg(error));
            return;
        }
        player_->setBuffers({std::move(audio)});
        loadedFile_ = path;
        player_->play();
    });
}

void HistoryPage::unloadPlayer() {
    ++loadSerial_;
    loadingFile_.clear();
    loadedFile_.clear();
    player_->stop();
    player_->setBuffers({});
}

void HistoryPage::toggleFavourite() {
    const auto take = takes_.take(currentTake());
    if (!take)
        return;
    if (!takes_.setFavourite(take->id, !take->favourite))
        showMessage(tr("Could not save the favourite mark: %1").arg(takes_.lastError()));
    refresh();
}

void HistoryPage::rate(int stars) {
    const qint64 id = currentTake();
    if (id == 0)
        return;
    if (!takes_.setRating(id, stars))
        showMessage(tr("Could not save the rating: %1").arg(takes_.lastError()));
    refresh();
}

void HistoryPage::useSettingsAgain() {
    const auto take = takes_.take(currentTake());
    if (!take)
        return;
    const auto request = parseRequestJson(take->requestJson.toStdString());
    if (!request) {
        showMessage(tr("The settings of this take could not be read: %1").arg(QString::fromStdString(request.status().message())));
        return;
    }
    Q_EMIT reuseRequested(*request);
}

void HistoryPage::deleteCurrent() {
    const qint64 id = currentTake();
    if (id == 0)
        return;
    const auto take = takes_.take(id);
    if (take && (loadedFile_ == take->filePath || loadingFile_ == take->filePath))
        unloadPlayer();  // the file is about to move to the trash
    QString error;
    if (!trash_.remove(id, &error)) {
        showMessage(error);
        return;
    }
    pendingDeletes_.append(id);
    undoText_->setText(tr("Deleted “%1”.").arg(take ? take->caption.left(60) : QString()));
    undoBar_->show();
    undoTimer_.start();
    refresh();
}

void HistoryPage::undoDelete() {
    if (pendingDeletes_.isEmpty())
        return;
    const qint64 id = pendingDeletes_.takeLast();
    QString error;
    if (!trash_.restore(id, &error))
        showMessage(error);
    if (pendingDeletes_.isEmpty()) {
        undoTimer_.stop();
        undoBar_->hide();
    }
    refresh();
    selectTake(id);
}

void HistoryPage::finishPendingDeletes() {
    QString error;
    for (qint64 id : std::exchange(pendingDeletes_, {}))
        if (!trash_.purge(id, &error))
            showMessage(error);
    undoBar_->hide();
}

}  // namespace songloom::ui
