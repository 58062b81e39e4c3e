#include "timeline/timelinepage.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace songloom::ui {

TimelinePage::TimelinePage(QWidget* parent) : QWidget(parent), view_(new TimelineView(this)) {
    tools_ = new QWidget(this);
    auto* row = new QHBoxLayout(tools_);
    row->setContentsMargins(0, 0, 0, 0);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tools_);
    layout->addWidget(view_, 1);

    QToolButton* zoomIn = addButton(tr("Zoom in"), tr("Zoom in (+, Ctrl+wheel)"), tr("Zoom in"));
    QToolButton* zoomOut = addButton(tr("Zoom out"), tr("Zoom out (−, Ctrl+wheel)"), tr("Zoom out"));
    QToolButton* fit = addButton(tr("Fit"), tr("Show the whole take (0)"), tr("Fit the whole take"));
    stereo_ = addButton(tr("Stereo"), tr("Two lanes (left, right) or one summed lane (S)"), tr("Stereo lanes"));
    stereo_->setCheckable(true);
    stereo_->setChecked(true);
    snap_ = new QComboBox(tools_);
    snap_->addItem(tr("No snap"), int(SnapMode::Off));
    snap_->addItem(tr("Snap to beats"), int(SnapMode::Beats));
    snap_->addItem(tr("Snap to bars"), int(SnapMode::Bars));
    snap_->setToolTip(tr("Region edges snap to the beat grid (needs the take's BPM)"));
    snap_->setAccessibleName(tr("Snap region edges"));
    loop_ = addButton(tr("Loop"), tr("Loop the selected region (L, or double-click it)"), tr("Loop region"));
    loop_->setCheckable(true);
    delete_ = addButton(tr("Delete region"), tr("Delete the selected region (Delete)"), tr("Delete region"));
    follow_ = addButton(tr("Follow"), tr("Scroll with the playhead during playback"), tr("Follow playback"));
    follow_->setCheckable(true);
    follow_->setChecked(view_->followPlayback());
    row->insertWidget(4, snap_);
    selection_ = new QLabel(tools_);
    selection_->setAccessibleName(tr("Selected region"));
    row->addStretch(1);
    row->addWidget(selection_);

    connect(zoomIn, &QToolButton::clicked, view_, &TimelineView::zoomIn);
    connect(zoomOut, &QToolButton::clicked, view_, &TimelineView::zoomOut);
    connect(fit, &QToolButton::clicked, view_, &TimelineView::zoomToFit);
    connect(stereo_, &QToolButton::toggled, this,
            [this](bool on) { view_->setLaneMode(on ? LaneMode::Stereo : LaneMode::Summed); });
    connect(view_, &TimelineView::laneModeChanged, this,
            [this](LaneMode mode) { stereo_->setChecked(mode == LaneMode::Stereo); });
    connect(snap_, &QComboBox::currentIndexChanged, this,
            [this] { view_->setSnapMode(SnapMode(snap_->currentData().toInt())); });
    connect(loop_, &QToolButton::clicked, this, [this] {
        view_->toggleLoopOfSelection();
        refresh();
    });
    connect(delete_, &QToolButton::clicked, this, [this] { view_->regions()->removeSelected(); });
    connect(follow_, &QToolButton::toggled, view_, &TimelineView::setFollowPlayback);
    RegionModel* model = view_->regions();
    connect(model, &RegionModel::regionsChanged, this, &TimelinePage::refresh);
    connect(model, &RegionModel::selectionChanged, this, &TimelinePage::refresh);
    connect(model, &RegionModel::loopChanged, this, &TimelinePage::refresh);
    refresh();
}

QToolButton* TimelinePage::addButton(const QString& text, const QString& tip, const QString& name) {
    auto* b = new QToolButton(tools_);
    b->setText(text);
    b->setToolTip(tip);
    b->setAccessibleName(name);
    b->setFocusPolicy(Qt::TabFocus);  // clicking a tool keeps the keyboard on the timeline
    static_cast<QHBoxLayout*>(tools_->layout())->addWidget(b);
    return b;
}

void TimelinePage::setTake(std::shared_ptr<const audio::AudioBuffer> audio, const TempoGrid& grid,
                           const QVector<TimelineSection>& sections) {
    view_->regions()->clear();
    view_->setTempo(grid);
    view_->setSections(sections);
    view_->setAudio(std::move(audio));
    // Snapping needs a tempo.
    snap_->setEnabled(grid.valid());
    if (!grid.valid())
        snap_->setCurrentIndex(0);
    refresh();
}

void TimelinePage::refresh() {
    const RegionModel* model = view_->regions();
    const TimelineRegion* r = model->region(model->selectedId());
    loop_->setEnabled(r != nullptr);
    loop_->setChecked(r && model->loopId() == r->id);
    delete_->setEnabled(r != nullptr);
    if (!r) {
        selection_->setText(model->regions().isEmpty() ? tr("Drag on the waveform to mark a region")
                                                       : tr("%n region(s)", nullptr, int(model->regions().size())));
        return;
    }
    const QString name = r->label.isEmpty() ? tr("Region %1").arg(r->id) : r->label;
    selection_->setText(tr("%1: %2 – %3 (%4 s)")
                            .arg(name, formatClock(r->start, 0.001), formatClock(r->end, 0.001))
                            .arg(r->length(), 0, 'f', 2));
}

}  // namespace songloom::ui
