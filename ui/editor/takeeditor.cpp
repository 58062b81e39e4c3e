#include "editor/takeeditor.h"

#include "common/audioread.h"
#include "editor/lineage.h"
#include "generate/jobqueue.h"
#include "timeline/timelinepage.h"
#include "timeline/timelineview.h"

#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>
#include <filesystem>

namespace songloom::ui {

namespace {

std::filesystem::path fsPath(const QString& path) {
    return std::filesystem::path(path.toStdU16String());
}

QString clock(double seconds) {
    return formatClock(seconds, 0.01);
}

struct SavedEdit {
    TakeRecord take;
    QString error;
};

}  // namespace

TakeEditor::TakeEditor(TakeStore& takes, JobQueue& queue, PlaybackEngine::Output output, QWidget* parent)
    : QWidget(parent), takes_(takes), queue_(queue) {
    setObjectName(QStringLiteral("takeEditor"));
    player_ = new PlaybackEngine(output, this);
    buildUi();
    connect(&queue_, &JobQueue::takeRecorded, this, &TakeEditor::onTakeRecorded);
    connect(&queue_, &JobQueue::jobsChanged, this, &TakeEditor::onJobsChanged);
    connect(player_, &PlaybackEngine::positionChanged, this, [this](double s) {
        timeline_->view()->setPlayhead(s);
        position_->setText(tr("%1 / %2").arg(clock(s), clock(player_->duration())));
    });
    connect(player_, &PlaybackEngine::stateChanged, this, [this](PlaybackEngine::State state) {
        play_->setText(state == PlaybackEngine::State::Playing ? tr("Pause") : tr("Play"));
    });
    connect(player_, &PlaybackEngine::error, this, &TakeEditor::showMessage);
    TimelineView* view = timeline_->view();
    connect(view, &TimelineView::seekRequested, player_, &PlaybackEngine::seek);
    connect(view, &TimelineView::loopChanged, player_, [this](bool on, double start, double end) {
        player_->setLoop(on ? std::optional<std::pair<double, double>>({start, end}) : std::nullopt);
    });
    RegionModel* regions = view->regions();
    connect(regions, &RegionModel::selectionChanged, this, &TakeEditor::showRegionOverride);
    connect(regions, &RegionModel::regionsChanged, this, &TakeEditor::refreshButtons);
    refreshButtons();
}

TakeEditor::~TakeEditor() = default;

void TakeEditor::buildUi() {
    title_ = new QLabel(tr("Open a take from the History page (Edit, or double-click it) to edit it here."), this);
    title_->setObjectName(QStringLiteral("editorTitle"));
    title_->setWordWrap(true);

    lineageBar_ = new QWidget(this);
    lineageRow_ = new QHBoxLayout(lineageBar_);
    lineageRow_->setContentsMargins(0, 0, 0, 0);
    lineageBar_->setAccessibleName(tr("Lineage"));

    play_ = new QPushButton(tr("Play"), this);
    play_->setObjectName(QStringLiteral("editorPlay"));
    play_->setToolTip(tr("Play or pause the take (Space)"));
    connect(play_, &QPushButton::clicked, this, &TakeEditor::togglePlay);
    auto* space = new QShortcut(QKeySequence(Qt::Key_Space), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(space, &QShortcut::activated, this, &TakeEditor::togglePlay);
    position_ = new QLabel(this);
    position_->setAccessibleName(tr("Playback position"));
    export_ = new QPushButton(tr("Export…"), this);
    export_->setToolTip(tr("Export this take: format, loudness, tags, cover art, video (Ctrl+Shift+E)"));
    export_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(export_, &QPushButton::clicked, this, [this] {
        if (takeId_ != 0)
            Q_EMIT exportRequested({takeId_});
    });
    auto* transport = new QHBoxLayout;
    transport->addWidget(play_);
    transport->addWidget(position_);
    transport->addStretch(1);
    transport->addWidget(export_);

    timeline_ = new TimelinePage(this);
    tabs_ = new QTabWidget(this);
    tabs_->addTab(buildRepaintTab(), tr("Repaint"));
    tabs_->addTab(buildExtendTab(), tr("Extend"));
    tabs_->addTab(buildCoverTab(), tr("Cover / Remix"));

    message_ = new QLabel(this);
    message_->setObjectName(QStringLiteral("editorMessage"));
    message_->setWordWrap(true);
    message_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title_);
    layout->addWidget(lineageBar_);
    layout->addLayout(transport);
    layout->addWidget(timeline_, 3);
    layout->addWidget(tabs_, 2);
    layout->addWidget(message_);
}

QWidget* TakeEditor::buildRepaintTab() {
    auto* page = new QWidget(this);
    regionHint_ = new QLabel(page);
    regionHint_->setWordWrap(true);
    regionCaption_ = new QLineEdit(page);
    regionCaption_->setPlaceholderText(tr("The take's caption"));
    regionCaption_->setToolTip(tr("A caption for the selected region only, e.g. a different instrument in the bridge"));
    regionLyrics_ = new QPlainTextEdit(page);
    regionLyrics_->setPlaceholderText(tr("The take's lyrics"));
    regionLyrics_->setToolTip(tr("Lyrics for the selected region only; empty keeps the take's lyrics"));
    regionLyrics_->setMaximumHeight(70);
    connect(regionCaption_, &QLineEdit::textEdited, this, &TakeEditor::storeRegionOverride);
    connect(regionLyrics_, &QPlainTextEdit::textChanged, this, &TakeEditor::storeRegionOverride);
    takesPerRegion_ = new QSpinBox(page);
    takesPerRegion_->setRange(1, kMaxTakesPerRegion);
    takesPerRegion_->setValue(2);
    takesPerRegion_->setToolTip(tr("How many different takes to make of each region (1–%1)").arg(kMaxTakesPerRegion));
    repaint_ = new QPushButton(tr("Repaint Regions"), page);
    repaint_->setObjectName(QStringLiteral("repaintButton"));
    repaint_->setToolTip(tr("Regenerate every marked region; the rest of the song stays exactly as it is (Ctrl+R)"));
    repaint_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(repaint_, &QPushButton::clicked, this, &TakeEditor::repaintRegions);

    regionTable_ = new QTableWidget(0, 3, page);
    regionTable_->setObjectName(QStringLiteral("regionTable"));
    regionTable_->setHorizontalHeaderLabels({tr("Region"), tr("State"), tr("Take to keep")});
    regionTable_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    regionTable_->horizontalHeader()->setStretchLastSection(true);
    regionTable_->verticalHeader()->hide();
    regionTable_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    regionTable_->setSelectionMode(QAbstractItemView::NoSelection);
    accept_ = new QPushButton(tr("Accept"), page);
    accept_->setObjectName(QStringLiteral("acceptButton"));
    accept_->setToolTip(tr("Save the song with the chosen take in each region as a new take (Ctrl+Shift+A)"));
    accept_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(accept_, &QPushButton::clicked, this, &TakeEditor::acceptChoices);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(regionHint_);
    form->addRow(tr("Region caption:"), regionCaption_);
    form->addRow(tr("Region lyrics:"), regionLyrics_);
    form->addRow(tr("Takes per region:"), takesPerRegion_);
    auto* left = new QVBoxLayout;
    left->addLayout(form);
    left->addWidget(repaint_, 0, Qt::AlignLeft);
    left->addStretch(1);
    auto* right = new QVBoxLayout;
    right->addWidget(regionTable_, 1);
    right->addWidget(accept_, 0, Qt::AlignRight);
    auto* layout = new QHBoxLayout(page);
    layout->addLayout(left, 1);
    layout->addLayout(right, 1);
    return page;
}

QWidget* TakeEditor::buildExtendTab() {
    auto* page = new QWidget(this);
    auto seconds = [page](double max, const QString& tip) {
        auto* spin = new QDoubleSpinBox(page);
        spin->setRange(0.0, max);
        spin->setDecimals(1);
        spin->setSingleStep(1.0);
        spin->setSuffix(tr(" s"));
        spin->setToolTip(tip);
        return spin;
    };
    extendBefore_ = seconds(kMaxExtendSeconds, tr("Seconds of new music before the song (0–%1)").arg(kMaxExtendSeconds));
    extendAfter_ = seconds(kMaxExtendSeconds, tr("Seconds of new music after the song (0–%1)").arg(kMaxExtendSeconds));
    extendAfter_->setValue(10.0);
    extendContext_ = seconds(kMaxSongSeconds, tr("How much of the song beside the new part the model hears; 0 uses the whole song"));
    extendContext_->setSpecialValueText(tr("Whole song"));
    extendCaption_ = new QLineEdit(page);
    extendCaption_->setPlaceholderText(tr("The take's caption"));
    extendTakes_ = new QSpinBox(page);
    extendTakes_->setRange(1, kMaxTakesPerRegion);
    extendTakes_->setValue(1);
    extend_ = new QPushButton(tr("Extend"), page);
    extend_->setObjectName(QStringLiteral("extendButton"));
    extend_->setToolTip(tr("Add the new time as a new take; the song itself is kept sample for sample"));
    connect(extend_, &QPushButton::clicked, this, &TakeEditor::extendSong);
    auto* form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);  // buttons and spin boxes keep their size
    form->addRow(tr("Add before:"), extendBefore_);
    form->addRow(tr("Add after:"), extendAfter_);
    form->addRow(tr("Context:"), extendContext_);
    form->addRow(tr("Caption for the new part:"), extendCaption_);
    form->addRow(tr("Takes:"), extendTakes_);
    form->addRow(QString(), extend_);
    return page;
}

QWidget* TakeEditor::buildCoverTab() {
    auto* page = new QWidget(this);
    auto fileRow = [this, page](QLineEdit*& edit, const QString& placeholder, const QString& browseTitle,
                                bool offerThisTake) {
        edit = new QLineEdit(page);
        edit->setPlaceholderText(placeholder);
        edit->setClearButtonEnabled(true);
        auto* browse = new QPushButton(tr("Browse…"), page);
        QLineEdit* target = edit;
        connect(browse, &QPushButton::clicked, this, [this, target, browseTitle] {
            const QString file = browseAudio(browseTitle);
            if (!file.isEmpty())
                target->setText(file);
        });
        auto* row = new QHBoxLayout;
        row->addWidget(edit, 1);
        if (offerThisTake) {
            auto* mine = new QPushButton(tr("This Take"), page);
            mine->setToolTip(tr("Use this take's audio"));
            connect(mine, &QPushButton::clicked, this, [this, target] {
                if (take_)
                    target->setText(take_->filePath);
            });
            row->addWidget(mine);
        }
        row->addWidget(browse);
        return row;
    };
    QHBoxLayout* sourceRow = fileRow(coverSource_, tr("This take"), tr("Audio to cover"), false);
    QHBoxLayout* referenceRow = fileRow(reference_, tr("None"), tr("Timbre reference"), true);
    coverStrength_ = new QDoubleSpinBox(page);
    coverStrength_->setRange(0.0, 1.0);
    coverStrength_->setSingleStep(0.05);
    coverStrength_->setDecimals(2);
    coverStrength_->setValue(0.5);
    coverStrength_->setToolTip(tr("0–1: how closely the cover follows the source (1 keeps its structure most)"));
    coverMode_ = new QComboBox(page);
    coverMode_->addItem(tr("Blend on every step"), int(CoverMode::Blend));
    coverMode_->addItem(tr("Switch to the caption part way"), int(CoverMode::Switch));
    coverMode_->setToolTip(tr("Blend: source and caption guide every step, weighted by strength. Switch: the source "
                              "guides the first steps, the caption the rest."));
    coverCaption_ = new QLineEdit(page);
    coverCaption_->setPlaceholderText(tr("The take's caption, e.g. a new style for the cover"));
    coverLyrics_ = new QPlainTextEdit(page);
    coverLyrics_->setPlaceholderText(tr("The take's lyrics"));
    coverLyrics_->setMaximumHeight(60);
    coverTakes_ = new QSpinBox(page);
    coverTakes_->setRange(1, kMaxTakesPerRegion);
    coverTakes_->setValue(1);
    cover_ = new QPushButton(tr("Make Cover"), page);
    cover_->setObjectName(QStringLiteral("coverButton"));
    connect(cover_, &QPushButton::clicked, this, &TakeEditor::makeCover);
    auto* form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);  // buttons and spin boxes keep their size
    form->addRow(tr("Source:"), sourceRow);
    form->addRow(tr("Strength:"), coverStrength_);
    form->addRow(tr("Mode:"), coverMode_);
    form->addRow(tr("Caption:"), coverCaption_);
    form->addRow(tr("Lyrics:"), coverLyrics_);
    form->addRow(tr("Timbre reference:"), referenceRow);
    form->addRow(tr("Takes:"), coverTakes_);
    form->addRow(QString(), cover_);
    return page;
}

QString TakeEditor::browseAudio(const QString& title) {
    return QFileDialog::getOpenFileName(this, title, QString(),
                                        tr("Audio (*.wav *.flac *.mp3 *.ogg);;All files (*)"));
}

bool TakeEditor::openTake(qint64 takeId) {
    const auto take = takes_.take(takeId);
    if (!take || take->deleted) {
        showMessage(tr("Take %1 is not in the history.").arg(takeId));
        return false;
    }
    if (!QFileInfo::exists(take->filePath)) {
        showMessage(tr("The file of take %1 is missing: %2").arg(takeId).arg(take->filePath));
        return false;
    }
    player_->stop();
    takeId_ = takeId;
    take_ = take;
    edits_.clear();
    overrides_.clear();
    overrideRegion_ = 0;
    refreshRegionTable();
    rebuildLineage();
    title_->setText(tr("Take %1: %2").arg(take->id).arg(take->caption.isEmpty() ? tr("(no caption)") : take->caption));
    showMessage(tr("Reading take %1…").arg(take->id));
    const int serial = ++loadingSerial_;
    restoreRegionTakes();
    const TakeRecord record = *take;
    readAudioAsync(this, take->filePath, [this, serial, record](std::shared_ptr<const audio::AudioBuffer> audio, const QString& error) {
        if (serial != loadingSerial_)
            return;  // another take was opened meanwhile
        if (!audio) {
            showMessage(tr("Take %1 could not be read: %2").arg(record.id).arg(error));
            return;
        }
        loadedSerial_ = serial;
        onLoaded(record, std::move(audio));
    });
    refreshButtons();
    return true;
}

void TakeEditor::onLoaded(const TakeRecord& take, std::shared_ptr<const audio::AudioBuffer> audio) {
    audio_ = std::move(audio);
    TempoGrid grid;
    if (auto request = parseRequestJson(take.requestJson.toStdString()); request) {
        if (request->bpm)
            grid.bpm = *request->bpm;
        if (const int beats = QString::fromStdString(request->timeSignature).section(QLatin1Char('/'), 0, 0).toInt(); beats > 0)
            grid.beatsPerBar = beats;
    }
    // What an edit made is shown as a band: the new part of an extend, the repainted span.
    QVector<TimelineSection> bands;
    if (const auto g = generatedRegion(take.parametersJson);
        g && (take.operation == operation::kExtend || take.operation == operation::kRepaint ||
              take.operation == operation::kRepaintCandidate)) {
        if (g->prependedSeconds > 0.0)
            bands.push_back({tr("New: %1 s before").arg(g->prependedSeconds, 0, 'f', 1), 0.0, g->prependedSeconds});
        if (g->appendedSeconds > 0.0)
            bands.push_back({tr("New: %1 s after").arg(g->appendedSeconds, 0, 'f', 1), audio_->seconds() - g->appendedSeconds,
                             audio_->seconds()});
        if (g->prependedSeconds <= 0.0 && g->appendedSeconds <= 0.0)
            bands.push_back({tr("Repainted"), g->start, g->end});
    }
    timeline_->setTake(audio_, grid, bands);
    player_->setBuffers({audio_});
    position_->setText(tr("%1 / %2").arg(clock(0.0), clock(audio_->seconds())));
    showMessage(bands.isEmpty() ? tr("Drag across the waveform to mark regions to repaint.")
                                : tr("The part this edit made is marked above the waveform."));
    refreshButtons();
    Q_EMIT takeOpened(take.id);
}

void TakeEditor::rebuildLineage() {
    for (QToolButton* b : lineageButtons_)
        b->deleteLater();
    lineageButtons_.clear();
    while (QLayoutItem* item = lineageRow_->takeAt(0)) {
        if (item->widget())
            item->widget()->deleteLater();
        delete item;
    }
    const QList<TakeRecord> chain = takes_.lineage(takeId_);
    lineageRow_->addWidget(new QLabel(tr("Made from:"), lineageBar_));
    for (int i = 0; i < chain.size(); ++i) {
        const TakeRecord& t = chain[i];
        if (i > 0)
            lineageRow_->addWidget(new QLabel(QStringLiteral("→"), lineageBar_));
        auto* b = new QToolButton(lineageBar_);
        b->setText(tr("%1 · take %2").arg(operationLabel(t)).arg(t.id));
        b->setCheckable(true);
        b->setChecked(t.id == takeId_);
        b->setToolTip(t.id == takeId_ ? tr("The take open now")
                                      : tr("Open take %1; edits made from it branch the song there").arg(t.id));
        const qint64 id = t.id;
        connect(b, &QToolButton::clicked, this, [this, id] {
            if (id != takeId_)
                openTake(id);
            else
                rebuildLineage();
        });
        lineageRow_->addWidget(b);
        lineageButtons_ << b;
    }
    const QList<TakeRecord> kids = takes_.children(takeId_);
    if (!kids.isEmpty())
        lineageRow_->addWidget(new QLabel(kids.size() == 1 ? tr("(1 take made from this one, see History)")
                                                           : tr("(%1 takes made from this one, see History)").arg(kids.size()),
                                          lineageBar_));
    lineageRow_->addStretch(1);
}

std::optional<GenerationRequest> TakeEditor::baseRequest(QString* error) const {
    if (!take_ || !audio_) {
        *error = tr("Open a take first.");
        return std::nullopt;
    }
    auto request = parseRequestJson(take_->requestJson.toStdString());
    if (!request) {
        // A take imported without its request still has its caption.
        GenerationRequest r;
        r.caption = take_->caption.toStdString();
        return r;
    }
    return *request;
}

bool TakeEditor::repaintRegions() {
    storeRegionOverride();
    QString error;
    const auto base = baseRequest(&error);
    if (!base) {
        showMessage(error);
        return false;
    }
    const QVector<TimelineRegion> regions = timeline_->view()->regions()->regions();
    if (regions.isEmpty()) {
        showMessage(tr("Mark a region first: drag across the waveform (or double-click a section band)."));
        return false;
    }
    // Overlapping regions would repaint the same samples twice: say which.
    for (int i = 0; i < regions.size(); ++i)
        for (int j = i + 1; j < regions.size(); ++j)
            if (regions[i].start < regions[j].end && regions[j].start < regions[i].end) {
                showMessage(tr("Regions %1 and %2 overlap; move or delete one of them.").arg(regions[i].id).arg(regions[j].id));
                return false;
            }
    QList<BuiltRequest> built;
    for (const TimelineRegion& r : regions) {
        RepaintPlan plan;
        plan.start = r.start;
        plan.end = std::min(r.end, audio_->seconds());
        plan.caption = overrides_.value(r.id).caption;
        plan.lyrics = overrides_.value(r.id).lyrics;
        plan.takes = takesPerRegion_->value();
        BuiltRequest b = repaintRequest(*base, take_->filePath, audio_->seconds(), plan);
        if (!b) {
            showMessage(tr("Region %1: %2").arg(r.id).arg(b.error));
            return false;
        }
        built << b;
    }
    edits_.clear();
    for (int i = 0; i < regions.size(); ++i) {
        const JobQueue::Enqueued job = queue_.enqueue(built[i].request, JobOrigin{takeId_, operation::kRepaintCandidate});
        if (!job) {
            showMessage(job.error);
            refreshRegionTable();
            return false;
        }
        RegionEdit e;
        e.regionId = regions[i].id;
        e.label = regions[i].label.isEmpty() ? tr("Region %1").arg(regions[i].id) : regions[i].label;
        e.start = regions[i].start;
        e.end = std::min(regions[i].end, audio_->seconds());
        e.jobId = job.id;
        e.expected = takesPerRegion_->value();
        edits_ << e;
    }
    showMessage(edits_.size() == 1 ? tr("The region is queued; choose one of its takes when they arrive.")
                                   : tr("%1 regions are queued; choose a take for each when they arrive.").arg(edits_.size()));
    refreshRegionTable();
    return true;
}

int TakeEditor::RegionEdit::ready() const {
    return static_cast<int>(std::count_if(candidates.begin(), candidates.end(), [](const Candidate& c) { return c.audio != nullptr; }));
}

int TakeEditor::candidatesReady() const {
    int n = 0;
    for (const RegionEdit& e : edits_)
        n += e.ready();
    return n;
}

void TakeEditor::addCandidate(int editIndex, const TakeRecord& take) {
    Candidate c;
    c.takeId = take.id;
    c.start = edits_[editIndex].start;
    c.end = edits_[editIndex].end;
    if (const auto g = generatedRegion(take.parametersJson)) {
        c.start = g->start;
        c.end = g->end;
    }
    edits_[editIndex].candidates << c;
    const int regionId = edits_[editIndex].regionId;
    const qint64 source = takeId_, takeId = take.id;
    const int serial = loadingSerial_;
    readAudioAsync(this, take.filePath,
                   [this, regionId, takeId, source, serial](std::shared_ptr<const audio::AudioBuffer> audio, const QString& error) {
                       if (source != takeId_ || serial != loadingSerial_)
                           return;  // another take (or this one again) was opened meanwhile
                       for (RegionEdit& e : edits_) {
                           if (e.regionId != regionId)
                               continue;
                           for (Candidate& c : e.candidates)
                               if (c.takeId == takeId)
                                   c.audio = audio;
                           if (!audio)
                               e.problem = tr("Take %1 could not be read: %2").arg(takeId).arg(error);
                       }
                       refreshRegionTable();
                       const bool all = !edits_.isEmpty() && std::all_of(edits_.begin(), edits_.end(), [](const RegionEdit& e) {
                           return e.ready() >= e.expected;
                       });
                       if (all)
                           showMessage(tr("Every take is ready. Choose one per region to hear it in place, then Accept."));
                   });
}

void TakeEditor::restoreRegionTakes() {
    // Region takes made from this take earlier (before a restart, or before branching back here) are
    // listed again, one row per repaint job, so any of them can still be chosen and accepted.
    QList<qint64> jobs;
    for (const TakeRecord& child : takes_.children(takeId_)) {
        if (child.operation != operation::kRepaintCandidate || child.jobId <= 0)
            continue;
        // edits_ was empty before: its rows line up with `jobs`.
        int index = static_cast<int>(jobs.indexOf(child.jobId));
        if (index < 0) {
            jobs << child.jobId;
            RegionEdit e;
            e.regionId = kRestoredRegionIds + static_cast<int>(jobs.size());
            e.label = tr("Region %1").arg(jobs.size());
            e.jobId = child.jobId;
            if (const auto g = generatedRegion(child.parametersJson)) {
                e.start = g->start;
                e.end = g->end;
            }
            edits_ << e;
            index = static_cast<int>(edits_.size()) - 1;
        }
        ++edits_[index].expected;
        addCandidate(index, child);
    }
    refreshRegionTable();
}

void TakeEditor::onTakeRecorded(qint64 jobId, qint64 takeId) {
    for (int i = 0; i < edits_.size(); ++i) {
        if (edits_[i].jobId != jobId)
            continue;
        if (const auto take = takes_.take(takeId))
            addCandidate(i, *take);
        refreshRegionTable();
        return;
    }
    if (!pending_.contains(jobId))
        return;
    PendingJob& p = pending_[jobId];
    const auto take = takes_.take(takeId);
    if (!take || p.opened || take->item != 0)
        return;
    p.opened = true;
    if (p.kind == PendingJob::Extend && p.chainBefore) {
        // Both sides: the "after" take is ready, the "before" part is made from it.
        const ExtendPlan before = p.nextBefore;
        if (enqueueExtend(take->id, take->filePath, take->durationSeconds, before, std::nullopt))
            showMessage(tr("Added after the song (take %1); now adding before it.").arg(take->id));
        return;
    }
    if (takeId_ == p.sourceTake || takeId_ == 0) {
        openTake(take->id);
        showMessage(p.kind == PendingJob::Extend ? tr("Extended song: take %1 (the new part is marked).").arg(take->id)
                                                 : tr("Cover: take %1 is open.").arg(take->id));
    }
}

void TakeEditor::onJobsChanged() {
    bool changed = false;
    for (RegionEdit& e : edits_) {
        const auto job = queue_.job(e.jobId);
        if (!job || !isFinished(job->state) || !e.problem.isEmpty())
            continue;
        if (job->state == JobState::Failed || job->state == JobState::Cancelled || job->state == JobState::Interrupted) {
            e.problem = job->error.isEmpty() ? tr("stopped") : job->error;
            changed = true;
        }
    }
    for (auto it = pending_.begin(); it != pending_.end();) {
        const auto job = queue_.job(it.key());
        if (!job || !isFinished(job->state)) {
            ++it;
            continue;
        }
        // A job ends after its takes are recorded: one that made none did not finish.
        if (job->state != JobState::Done && !it->opened)
            showMessage(tr("The edit did not finish: %1").arg(job->error.isEmpty() ? tr("stopped") : job->error));
        it = pending_.erase(it);
    }
    if (changed)
        refreshRegionTable();
}

void TakeEditor::refreshRegionTable() {
    regionTable_->setRowCount(static_cast<int>(edits_.size()));
    for (int row = 0; row < edits_.size(); ++row) {
        const RegionEdit& e = edits_[row];
        regionTable_->setItem(row, 0, new QTableWidgetItem(tr("%1 (%2 – %3)").arg(e.label, clock(e.start), clock(e.end))));
        const int ready = e.ready();
        const QString state = !e.problem.isEmpty() ? e.problem
                              : ready < e.expected ? tr("%1 of %2 takes").arg(ready).arg(e.expected)
                                                   : tr("ready");
        regionTable_->setItem(row, 1, new QTableWidgetItem(state));
        auto* combo = qobject_cast<QComboBox*>(regionTable_->cellWidget(row, 2));
        if (!combo) {
            combo = new QComboBox(regionTable_);
            combo->setAccessibleName(tr("Take to keep for %1").arg(e.label));
            const int regionId = e.regionId;
            connect(combo, &QComboBox::activated, this, [this, regionId](int index) { chooseCandidate(regionId, index); });
            regionTable_->setCellWidget(row, 2, combo);
        }
        const QSignalBlocker block(combo);
        combo->clear();
        combo->addItem(tr("Original"));
        for (int k = 0; k < e.candidates.size(); ++k) {
            const auto t = takes_.take(e.candidates[k].takeId);
            combo->addItem(tr("Take %1 (seed %2)").arg(k + 1).arg(t ? QString::number(t->seed) : QString()));
            if (!e.candidates[k].audio)
                combo->setItemData(k + 1, false, Qt::UserRole - 1);  // not selectable until it is read
        }
        combo->setCurrentIndex(e.chosen);
    }
    refreshButtons();
}

bool TakeEditor::chooseCandidate(int regionId, int choice) {
    for (RegionEdit& e : edits_) {
        if (e.regionId != regionId)
            continue;
        if (choice < 0 || choice > e.candidates.size() || (choice > 0 && !e.candidates[choice - 1].audio)) {
            showMessage(tr("That take of %1 is not ready yet.").arg(e.label));
            refreshRegionTable();
            return false;
        }
        e.chosen = choice;
        preview();
        refreshRegionTable();
        showMessage(choice == 0 ? tr("%1: the original plays.").arg(e.label)
                                : tr("%1: take %2 plays in place; Accept keeps it.").arg(e.label).arg(choice));
        return true;
    }
    return false;
}

void TakeEditor::preview() {
    if (!audio_)
        return;
    QList<RegionSplice> splices;
    for (const RegionEdit& e : edits_)
        if (e.chosen > 0) {
            const Candidate& c = e.candidates[e.chosen - 1];
            splices << RegionSplice{c.audio, c.start, c.end};
        }
    if (splices.isEmpty()) {
        player_->setBuffers({audio_}, {}, /*keepPosition=*/true);
        return;
    }
    const Composed composed = composeRegions(*audio_, splices);
    if (!composed.audio) {
        showMessage(composed.error);
        return;
    }
    // The same position, no restart: the region is heard swapped where the music is.
    player_->setBuffers({composed.audio}, {}, /*keepPosition=*/true);
}

bool TakeEditor::acceptChoices() {
    if (!take_ || !audio_)
        return false;
    QList<RegionSplice> splices;
    QJsonArray accepted;
    double from = audio_->seconds(), to = 0.0;
    for (const RegionEdit& e : edits_) {
        if (e.chosen <= 0)
            continue;
        const Candidate& c = e.candidates[e.chosen - 1];
        splices << RegionSplice{c.audio, c.start, c.end};
        accepted.append(QJsonObject{{QStringLiteral("start"), c.start}, {QStringLiteral("end"), c.end},
                                    {QStringLiteral("take_id"), c.takeId}});
        from = std::min(from, c.start);
        to = std::max(to, c.end);
    }
    if (splices.isEmpty()) {
        showMessage(tr("Choose a take for at least one region first."));
        return false;
    }
    const Composed composed = composeRegions(*audio_, splices);
    if (!composed.audio) {
        showMessage(composed.error);
        return false;
    }
    const TakeRecord source = *take_;
    QString dir = QDir(queue_.takesDir()).filePath(QStringLiteral("edits"));
    QDir().mkpath(dir);
    QString path;
    for (int n = 1;; ++n) {
        path = QDir(dir).filePath(QStringLiteral("take_%1_repaint_%2.flac").arg(source.id).arg(n));
        if (!QFileInfo::exists(path))
            break;
    }
    TakeRecord record;
    record.jobId = 0;  // made here, not by a job
    record.item = 0;
    record.seed = source.seed;
    record.filePath = path;
    record.durationSeconds = composed.audio->seconds();
    record.modelTitle = source.modelTitle;
    record.modelPreset = source.modelPreset;
    record.task = QStringLiteral("repaint");
    record.caption = source.caption;
    record.lyricsExcerpt = source.lyricsExcerpt;
    QJsonObject params = QJsonDocument::fromJson(
                             withGeneratedRegion(source.parametersJson, GeneratedRegion{from, to, 0.0, 0.0}).toUtf8())
                             .object();
    params.insert(QStringLiteral("accepted_regions"), accepted);
    params.insert(QStringLiteral("source_take"), source.id);
    record.parametersJson = QString::fromUtf8(QJsonDocument(params).toJson(QJsonDocument::Compact));
    record.requestJson = source.requestJson;
    record.parentId = source.id;
    record.operation = operation::kRepaint;
    accept_->setEnabled(false);
    showMessage(tr("Saving the accepted take…"));

    auto* watcher = new QFutureWatcher<SavedEdit>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        SavedEdit saved = watcher->result();
        if (!saved.error.isEmpty()) {
            showMessage(saved.error);
            refreshButtons();
            return;
        }
        if (!takes_.add(saved.take)) {
            showMessage(tr("The accepted take was saved to %1 but could not be added to the history: %2")
                            .arg(saved.take.filePath, takes_.lastError()));
            refreshButtons();
            return;
        }
        Q_EMIT takeCreated(saved.take.id);
        openTake(saved.take.id);
        showMessage(tr("Accepted: take %1, made from take %2.").arg(saved.take.id).arg(saved.take.parentId));
    });
    std::shared_ptr<const audio::AudioBuffer> audio = composed.audio;
    watcher->setFuture(QtConcurrent::run([record, audio, sourcePath = source.filePath]() mutable {
        SavedEdit out;
        out.take = record;
        audio::WriteOptions options;
        options.format = audio::OutputFormat::Flac;
        // The untouched music keeps its level: no normalisation gain over the whole song.
        options.post.antiClip = false;
        options.post.peakNormalize = false;
        // The source's tags (title, lyrics, BPM, key, cover art) carry over; the parameters say what changed.
        audio::AudioTags t;
        if (auto sourceTags = audio::readTags(fsPath(sourcePath)); sourceTags)
            t = *sourceTags;
        t.caption = record.caption.toStdString();
        t.parametersJson = record.parametersJson.toStdString();
        options.tags = t;
        const auto written = audio::writeAudio(fsPath(record.filePath), *audio, options);
        if (!written)
            out.error = QCoreApplication::translate("TakeEditor", "The accepted take could not be saved to %1: %2")
                            .arg(record.filePath, QString::fromStdString(written.status().message()));
        out.take.created = QDateTime::currentDateTimeUtc();
        return out;
    }));
    return true;
}

bool TakeEditor::enqueueExtend(qint64 sourceTake, const QString& sourcePath, double sourceSeconds,
                               const ExtendPlan& plan, std::optional<ExtendPlan> thenBefore) {
    QString error;
    auto base = baseRequest(&error);
    if (!base) {
        showMessage(error);
        return false;
    }
    BuiltRequest b = extendRequest(*base, sourcePath, sourceSeconds, plan);
    if (!b) {
        showMessage(b.error);
        return false;
    }
    const JobQueue::Enqueued job = queue_.enqueue(b.request, JobOrigin{sourceTake, operation::kExtend});
    if (!job) {
        showMessage(job.error);
        return false;
    }
    PendingJob p;
    p.kind = PendingJob::Extend;
    p.sourceTake = takeId_;
    if (thenBefore) {
        p.chainBefore = true;
        p.nextBefore = *thenBefore;
    }
    pending_.insert(job.id, p);
    return true;
}

bool TakeEditor::extendSong() {
    if (!take_ || !audio_) {
        showMessage(tr("Open a take first."));
        return false;
    }
    const double before = extendBefore_->value();
    const double after = extendAfter_->value();
    if (before <= 0.0 && after <= 0.0) {
        showMessage(tr("Set Add before or Add after to more than 0 s (each at most %1 s).").arg(kMaxExtendSeconds));
        return false;
    }
    const double song = audio_->seconds();
    if (song + before + after > kMaxSongSeconds + 1e-9) {
        showMessage(tr("The song would be %1 s long; the model makes at most %2 s. Add at most %3 s in all.")
                        .arg(song + before + after, 0, 'f', 1)
                        .arg(kMaxSongSeconds)
                        .arg(std::max(0.0, kMaxSongSeconds - song), 0, 'f', 1));
        return false;
    }
    ExtendPlan plan;
    plan.caption = extendCaption_->text();
    plan.takes = extendTakes_->value();
    if (extendContext_->value() > 0.0)
        plan.contextSeconds = extendContext_->value();
    ExtendPlan beforePlan = plan;
    beforePlan.before = true;
    beforePlan.seconds = before;
    beforePlan.takes = 1;
    bool ok;
    if (after > 0.0) {
        plan.seconds = after;
        if (before > 0.0)
            plan.takes = 1;  // the "before" step continues from one take
        ok = enqueueExtend(takeId_, take_->filePath, song, plan, before > 0.0 ? std::optional<ExtendPlan>(beforePlan) : std::nullopt);
    } else {
        ok = enqueueExtend(takeId_, take_->filePath, song, beforePlan, std::nullopt);
    }
    if (ok)
        showMessage(before > 0.0 && after > 0.0 ? tr("Queued: first the time after the song, then the time before.")
                                                : tr("Extend queued; the new take opens here when it is ready."));
    return ok;
}

bool TakeEditor::makeCover() {
    QString error;
    const auto base = baseRequest(&error);
    if (!base) {
        showMessage(error);
        return false;
    }
    CoverPlan plan;
    plan.strength = coverStrength_->value();
    plan.mode = CoverMode(coverMode_->currentData().toInt());
    plan.caption = coverCaption_->text();
    plan.lyrics = coverLyrics_->toPlainText();
    plan.referencePath = reference_->text().trimmed();
    plan.takes = coverTakes_->value();
    const QString source = coverSource_->text().trimmed().isEmpty() ? take_->filePath : coverSource_->text().trimmed();
    for (const QString& file : {source, plan.referencePath}) {
        if (!file.isEmpty() && !QFileInfo(file).isFile()) {
            showMessage(tr("The audio file %1 does not exist.").arg(file));
            return false;
        }
    }
    BuiltRequest b = coverRequest(*base, source, plan);
    if (!b) {
        showMessage(b.error);
        return false;
    }
    // A cover of this take is part of its lineage; a cover of an imported file starts a new song.
    const bool ofThisTake = source == take_->filePath;
    const JobQueue::Enqueued job =
        queue_.enqueue(b.request, ofThisTake ? JobOrigin{takeId_, operation::kCover} : JobOrigin{0, operation::kCover});
    if (!job) {
        showMessage(job.error);
        return false;
    }
    PendingJob p;
    p.kind = PendingJob::Cover;
    p.sourceTake = takeId_;
    pending_.insert(job.id, p);
    showMessage(tr("Cover queued; its first take opens here when it is ready."));
    return true;
}

void TakeEditor::hideEvent(QHideEvent* event) {
    player_->pause();
    QWidget::hideEvent(event);
}

void TakeEditor::togglePlay() {
    if (audio_)
        player_->togglePlay();
}

void TakeEditor::showRegionOverride() {
    storeRegionOverride();
    const int id = timeline_->view()->regions()->selectedId();
    overrideRegion_ = id;
    const Override o = overrides_.value(id);
    const QSignalBlocker b1(regionCaption_), b2(regionLyrics_);
    regionCaption_->setText(o.caption);
    regionLyrics_->setPlainText(o.lyrics);
    refreshButtons();
}

void TakeEditor::storeRegionOverride() {
    if (overrideRegion_ == 0 || !timeline_->view()->regions()->region(overrideRegion_))
        return;
    overrides_[overrideRegion_] = Override{regionCaption_->text(), regionLyrics_->toPlainText()};
}

void TakeEditor::refreshButtons() {
    const bool ready = audio_ != nullptr && take_.has_value();
    const RegionModel* regions = timeline_->view()->regions();
    const int selected = regions->selectedId();
    regionCaption_->setEnabled(selected != 0);
    regionLyrics_->setEnabled(selected != 0);
    regionHint_->setText(selected != 0 ? tr("Caption and lyrics for region %1 (empty: the take's own).").arg(selected)
                                       : tr("Select a region to give it its own caption or lyrics."));
    repaint_->setEnabled(ready && !regions->regions().isEmpty());
    bool chosen = false;
    for (const RegionEdit& e : edits_)
        chosen = chosen || e.chosen > 0;
    accept_->setEnabled(ready && chosen);
    extend_->setEnabled(ready);
    cover_->setEnabled(ready);
    play_->setEnabled(ready);
    export_->setEnabled(ready);
}

void TakeEditor::showMessage(const QString& text) {
    message_->setText(text);
}

}  // namespace songloom::ui
