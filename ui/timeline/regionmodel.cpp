#include "timeline/regionmodel.h"

#include <algorithm>
#include <cmath>

namespace songloom::ui {

RegionModel::RegionModel(QObject* parent) : QObject(parent) {}

void RegionModel::setTakeLength(double seconds) {
    takeLength_ = std::max(0.0, seconds);
    // Regions of a longer take are brought inside the new bounds; those that cannot fit are dropped.
    QVector<int> gone;
    bool changed = false;
    for (TimelineRegion& r : regions_) {
        if (r.start >= 0.0 && r.end <= upperBound())
            continue;
        const SnapMode saved = snap_;
        snap_ = SnapMode::Off;  // keep the user's edges where they still fit
        const auto span = fit(r.start, std::min(r.end, upperBound()));
        snap_ = saved;
        if (!span) {
            gone.append(r.id);
            continue;
        }
        std::tie(r.start, r.end) = *span;
        changed = true;
        emitLoopIfAffected(r.id);
    }
    if (changed)
        Q_EMIT regionsChanged();
    for (int id : gone)
        remove(id);
}

void RegionModel::setAllowBeyondEnd(bool allow, double maxEnd) {
    allowBeyondEnd_ = allow;
    maxEnd_ = std::max(0.0, maxEnd);
}

double RegionModel::upperBound() const {
    return allowBeyondEnd_ ? std::max(takeLength_, maxEnd_) : takeLength_;
}

void RegionModel::setMinLength(double seconds) {
    minLength_ = std::max(0.0, seconds);
}

const TimelineRegion* RegionModel::region(int id) const {
    for (const TimelineRegion& r : regions_)
        if (r.id == id)
            return &r;
    return nullptr;
}

TimelineRegion* RegionModel::find(int id) {
    for (TimelineRegion& r : regions_)
        if (r.id == id)
            return &r;
    return nullptr;
}

std::optional<std::pair<double, double>> RegionModel::fit(double start, double end) const {
    const double upper = upperBound();
    // With snapping on, the shortest region is a whole number of grid steps.
    const double step = snapStep(snap_, grid_);
    const double minLen = step > 0.0 ? std::max(step, std::ceil(minLength_ / step - 1e-9) * step) : minLength_;
    if (upper < minLen || upper <= 0.0)
        return std::nullopt;
    if (end < start)
        std::swap(start, end);
    start = std::clamp(snap(start), 0.0, upper);
    end = std::clamp(snap(end), 0.0, upper);
    if (end - start < minLen) {
        end = start + minLen;
        if (end > upper) {
            end = upper;
            start = upper - minLen;
        }
    }
    return std::make_pair(start, end);
}

std::optional<int> RegionModel::add(double start, double end, const QString& label) {
    const auto span = fit(start, end);
    if (!span)
        return std::nullopt;
    TimelineRegion r;
    r.id = nextId_++;
    r.start = span->first;
    r.end = span->second;
    r.label = label;
    r.colour = nextColour_;
    nextColour_ = (nextColour_ + 1) % kColours;
    regions_.append(r);
    Q_EMIT regionsChanged();
    select(r.id);
    return r.id;
}

std::optional<int> RegionModel::addFromSection(const TimelineSection& section) {
    // A section's own times are kept (no snapping): they come from the lyrics' timing, not the grid.
    const SnapMode saved = snap_;
    snap_ = SnapMode::Off;
    auto id = add(section.start, section.end, section.name);
    snap_ = saved;
    return id;
}

bool RegionModel::setSpan(int id, double start, double end) {
    TimelineRegion* r = find(id);
    const auto span = fit(start, end);
    if (!r || !span)
        return false;
    if (r->start == span->first && r->end == span->second)
        return true;
    r->start = span->first;
    r->end = span->second;
    Q_EMIT regionsChanged();
    emitLoopIfAffected(id);
    return true;
}

bool RegionModel::setLabel(int id, const QString& label) {
    TimelineRegion* r = find(id);
    if (!r)
        return false;
    r->label = label;
    Q_EMIT regionsChanged();
    return true;
}

bool RegionModel::remove(int id) {
    const auto it = std::find_if(regions_.begin(), regions_.end(), [id](const auto& r) { return r.id == id; });
    if (it == regions_.end())
        return false;
    if (drag_ && drag_->id == id)
        drag_.reset();
    regions_.erase(it);
    Q_EMIT regionsChanged();
    if (selected_ == id)
        select(0);
    if (loop_ == id) {
        loop_ = 0;
        Q_EMIT loopChanged(false, 0.0, 0.0);
    }
    return true;
}

bool RegionModel::removeSelected() {
    return selected_ != 0 && remove(selected_);
}

void RegionModel::clear() {
    drag_.reset();
    if (regions_.isEmpty())
        return;
    regions_.clear();
    Q_EMIT regionsChanged();
    select(0);
    if (loop_ != 0) {
        loop_ = 0;
        Q_EMIT loopChanged(false, 0.0, 0.0);
    }
}

void RegionModel::select(int id) {
    if (id != 0 && !region(id))
        id = 0;
    if (id == selected_)
        return;
    selected_ = id;
    Q_EMIT selectionChanged(id);
}

bool RegionModel::toggleLoop(int id) {
    const TimelineRegion* r = region(id);
    if (!r)
        return false;
    if (loop_ == id) {
        loop_ = 0;
        Q_EMIT loopChanged(false, 0.0, 0.0);
    } else {
        loop_ = id;
        Q_EMIT loopChanged(true, r->start, r->end);
    }
    return true;
}

void RegionModel::emitLoopIfAffected(int id) {
    if (id != 0 && id == loop_)
        if (const TimelineRegion* r = region(id))
            Q_EMIT loopChanged(true, r->start, r->end);
}

std::optional<int> RegionModel::beginCreate(double seconds) {
    const double anchor = std::clamp(snap(seconds), 0.0, upperBound());
    const auto id = add(anchor, anchor);
    if (!id)
        return std::nullopt;
    const TimelineRegion* r = region(*id);
    drag_ = Drag{*id, RegionPart::End, true, seconds, anchor, r->start, r->end};
    return id;
}

bool RegionModel::beginDrag(int id, RegionPart part, double seconds) {
    const TimelineRegion* r = region(id);
    if (!r)
        return false;
    drag_ = Drag{id, part, false, seconds, 0.0, r->start, r->end};
    select(id);
    return true;
}

void RegionModel::updateDrag(double seconds) {
    if (!drag_)
        return;
    TimelineRegion* r = find(drag_->id);
    if (!r)
        return;
    const double upper = upperBound();
    double start = r->start;
    double end = r->end;
    if (drag_->creating) {
        // The anchor stays; the mouse sets the other edge on whichever side it is.
        const auto span = fit(drag_->anchor, seconds);
        if (!span)
            return;
        std::tie(start, end) = *span;
        if (seconds < drag_->anchor && span->second > drag_->anchor) {
            // fit() grew a too-short span to the right; grow it to the left of the anchor instead.
            const double len = span->second - span->first;
            end = drag_->anchor;
            start = std::max(0.0, end - len);
            end = start + len;
        }
    } else {
        const double delta = seconds - drag_->grab;
        const double len = drag_->end0 - drag_->start0;
        switch (drag_->part) {
        case RegionPart::Body:
            start = std::clamp(snap(drag_->start0 + delta), 0.0, std::max(0.0, upper - len));
            end = start + len;
            break;
        case RegionPart::Start:
            start = std::clamp(snap(drag_->start0 + delta), 0.0, std::max(0.0, drag_->end0 - minLength_));
            end = drag_->end0;
            break;
        case RegionPart::End:
            start = drag_->start0;
            end = std::clamp(snap(drag_->end0 + delta), std::min(upper, drag_->start0 + minLength_), upper);
            break;
        }
    }
    if (start == r->start && end == r->end)
        return;
    r->start = start;
    r->end = end;
    Q_EMIT regionsChanged();
    emitLoopIfAffected(r->id);
}

void RegionModel::endDrag() {
    drag_.reset();
}

void RegionModel::cancelDrag() {
    if (!drag_)
        return;
    const Drag d = *drag_;
    drag_.reset();
    if (d.creating) {
        remove(d.id);
        return;
    }
    if (TimelineRegion* r = find(d.id)) {
        r->start = d.start0;
        r->end = d.end0;
        Q_EMIT regionsChanged();
        emitLoopIfAffected(d.id);
    }
}

void RegionModel::setSections(const QVector<TimelineSection>& sections) {
    sections_.clear();
    for (TimelineSection s : sections) {
        if (s.end < s.start)
            std::swap(s.start, s.end);
        if (s.end > s.start)
            sections_.append(s);
    }
    std::sort(sections_.begin(), sections_.end(), [](const auto& a, const auto& b) { return a.start < b.start; });
    Q_EMIT sectionsChanged();
}

int RegionModel::sectionAt(double seconds) const {
    for (int i = 0; i < sections_.size(); ++i)
        if (seconds >= sections_[i].start && seconds < sections_[i].end)
            return i;
    return -1;
}

}  // namespace songloom::ui
