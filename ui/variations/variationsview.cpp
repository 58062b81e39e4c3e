#include "variations/variationsview.h"

#include "timeline/peakpyramid.h"
#include "variations/variationcard.h"

#include <QCheckBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSlider>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace songloom::ui {

namespace {
QString clock(double seconds) {
    const int ms = static_cast<int>(std::max(0.0, seconds) * 1000.0 + 0.5);
    return QStringLiteral("%1:%2.%3")
        .arg(ms / 60000)
        .arg(ms / 1000 % 60, 2, 10, QLatin1Char('0'))
        .arg(ms / 100 % 10);
}
constexpr int kSliderSteps = 10000;
}  // namespace

// What the pool thread returns for one take: decoded, measured, its peaks built.
struct VariationsView::Loaded {
    std::shared_ptr<const audio::AudioBuffer> audio;
    std::shared_ptr<const PeakPyramid> peaks;
    std::optional<double> lufs;
    QString error;
};

VariationsView::VariationsView(TakeStore& takes, PlaybackEngine::Output output, QWidget* parent)
    : QWidget(parent), takes_(takes) {
    setObjectName(QStringLiteral("variationsView"));
    setWindowTitle(tr("Compare Variations"));
    setFocusPolicy(Qt::StrongFocus);
    player_ = new PlaybackEngine(output, this);

    title_ = new QLabel(this);
    title_->setObjectName(QStringLiteral("variationsTitle"));
    title_->setWordWrap(true);
    QFont big = title_->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    title_->setFont(big);

    cardBox_ = new QWidget(this);
    cardRow_ = new QHBoxLayout(cardBox_);
    cardRow_->setContentsMargins(0, 0, 0, 0);

    play_ = new QPushButton(tr("Play / Pause"), this);
    play_->setObjectName(QStringLiteral("variationsPlay"));
    play_->setToolTip(tr("Play or pause (Space); keys 1 to 8 switch variations without stopping"));
    keep_ = new QPushButton(tr("Keep This One"), this);
    keep_->setObjectName(QStringLiteral("variationsKeep"));
    keep_->setToolTip(tr("Mark the variation playing as the keeper of this batch (K)"));
    matchCheck_ = new QCheckBox(tr("&Match loudness"), this);
    matchCheck_->setObjectName(QStringLiteral("variationsMatch"));
    matchCheck_->setChecked(true);
    matchCheck_->setToolTip(tr("Play every variation at the loudness of the quietest, so the louder one does "
                               "not win by being louder (M)"));
    position_ = new QSlider(Qt::Horizontal, this);
    position_->setObjectName(QStringLiteral("variationsPosition"));
    position_->setAccessibleName(tr("Position"));
    position_->setRange(0, kSliderSteps);
    time_ = new QLabel(clock(0), this);
    time_->setObjectName(QStringLiteral("variationsTime"));
    message_ = new QLabel(this);
    message_->setObjectName(QStringLiteral("variationsMessage"));
    message_->setWordWrap(true);
    auto* hint = new QLabel(tr("Keys 1–8 switch at the same moment · Space plays · K keeps · M matches loudness · "
                               "drag a card out for its file"), this);
    hint->setEnabled(false);
    hint->setWordWrap(true);

    auto* controls = new QHBoxLayout;
    controls->addWidget(play_);
    controls->addWidget(keep_);
    controls->addWidget(matchCheck_);
    controls->addWidget(position_, 1);
    controls->addWidget(time_);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title_);
    layout->addWidget(cardBox_);
    layout->addLayout(controls);
    layout->addWidget(message_);
    layout->addWidget(hint);
    layout->addStretch(1);

    connect(play_, &QPushButton::clicked, this, &VariationsView::togglePlay);
    connect(keep_, &QPushButton::clicked, this, &VariationsView::toggleKeeper);
    connect(matchCheck_, &QCheckBox::toggled, this, &VariationsView::setMatched);
    connect(position_, &QSlider::sliderMoved, this, [this](int value) {
        player_->seek(player_->duration() * value / kSliderSteps);
    });
    connect(player_, &PlaybackEngine::positionChanged, this, &VariationsView::updatePosition);
    connect(player_, &PlaybackEngine::error, this, &VariationsView::showMessage);

    const auto key = [this](const QKeySequence& seq, auto slot) {
        auto* sc = new QShortcut(seq, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
        connect(sc, &QShortcut::activated, this, slot);
    };
    for (int n = 0; n < kMaxVariations; ++n)
        key(QKeySequence(Qt::Key_1 + n), [this, n] { selectVariation(n); });
    key(QKeySequence(Qt::Key_Space), [this] { togglePlay(); });
    key(QKeySequence(Qt::Key_K), [this] { toggleKeeper(); });
    key(QKeySequence(Qt::Key_M), [this] { matchCheck_->toggle(); });
    key(QKeySequence(Qt::Key_Home), [this] { player_->seek(0.0); });
}

VariationsView::~VariationsView() {
    ++serial_;  // results still on their way are dropped
    player_->stop();
}

bool VariationsView::showJob(qint64 jobId, qint64 current) {
    QList<TakeRecord> found;
    for (const TakeRecord& t : takes_.takesOfJob(jobId))
        if (!t.deleted)
            found << t;
    setTakes(found, current);
    return !found.isEmpty();
}

void VariationsView::setTakes(QList<TakeRecord> takes, qint64 currentTake) {
    ++serial_;
    player_->stop();
    player_->setBuffers({});
    for (Entry& e : entries_)
        delete e.card;
    entries_.clear();
    match_ = {};
    loaded_ = false;
    current_ = -1;
    message_->clear();
    if (takes.size() > kMaxVariations) {
        showMessage(tr("This batch has %1 takes; the first %2 are compared.").arg(takes.size()).arg(kMaxVariations));
        takes = takes.mid(0, kMaxVariations);
    }
    for (int i = 0; i < takes.size(); ++i) {
        Entry e;
        e.record = takes[i];
        e.card = new VariationCard(i, e.record.seed, e.record.filePath, cardBox_);
        e.card->setDuration(e.record.durationSeconds);
        e.card->setKeeper(e.record.keeper);
        connect(e.card, &VariationCard::clicked, this, &VariationsView::selectVariation);
        cardRow_->addWidget(e.card);
        if (e.record.id == currentTake)
            current_ = i;
        entries_.push_back(std::move(e));
    }
    if (current_ < 0 && !entries_.empty())
        current_ = 0;
    const QString caption = takes.isEmpty() ? QString() : takes.first().caption.simplified();
    title_->setText(takes.isEmpty() ? tr("No variations to compare.")
                                    : tr("%1 variations of “%2”")
                                          .arg(takes.size())
                                          .arg(caption.isEmpty() ? tr("(no caption)") : caption.left(100)));
    updateCards();
    startLoading();
}

void VariationsView::startLoading() {
    pending_ = static_cast<int>(entries_.size());
    if (pending_ == 0)
        return;
    const int serial = serial_;
    for (int i = 0; i < static_cast<int>(entries_.size()); ++i) {
        auto* watcher = new QFutureWatcher<std::shared_ptr<Loaded>>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, i, serial] {
            watcher->deleteLater();
            onLoaded(i, serial, watcher->result());
        });
        // Decoding, the R128 measurement and the peaks run on the pool, never the GUI thread.
        const QString path = entries_[static_cast<std::size_t>(i)].record.filePath;
        watcher->setFuture(QtConcurrent::run([path] {
            auto out = std::make_shared<Loaded>();
            auto decoded = audio::loadAudio(std::filesystem::path(path.toStdU16String()));
            if (!decoded) {
                out->error = QString::fromStdString(decoded.status().message());
                return out;
            }
            auto buffer = std::make_shared<const audio::AudioBuffer>(std::move(decoded->audio));
            if (const auto lufs = audio::integratedLoudness(*buffer); lufs && std::isfinite(*lufs))
                out->lufs = *lufs;
            out->peaks = PeakPyramid::build(buffer);
            out->audio = std::move(buffer);
            return out;
        }));
    }
}

void VariationsView::onLoaded(int index, int serial, const std::shared_ptr<Loaded>& result) {
    if (serial != serial_ || index >= static_cast<int>(entries_.size()))
        return;
    Entry& e = entries_[static_cast<std::size_t>(index)];
    e.audio = result->audio;
    e.peaks = result->peaks;
    e.lufs = result->lufs;
    e.error = result->error;
    if (!e.error.isEmpty())
        e.card->setError(tr("Cannot be played: %1").arg(e.error));
    else {
        e.card->setDuration(e.audio->seconds());
        e.card->setPeaks(e.peaks);
    }
    if (--pending_ == 0)
        finishLoading();
}

void VariationsView::finishLoading() {
    std::vector<std::shared_ptr<const audio::AudioBuffer>> buffers;
    std::vector<std::optional<double>> lufs;
    for (Entry& e : entries_) {
        e.engineIndex = e.audio ? static_cast<int>(buffers.size()) : -1;
        if (e.audio)
            buffers.push_back(e.audio);
        lufs.push_back(e.audio ? e.lufs : std::nullopt);
    }
    match_ = matchLoudness(lufs);
    if (current_ >= 0 && entries_[static_cast<std::size_t>(current_)].engineIndex < 0)
        current_ = -1;
    for (int i = 0; current_ < 0 && i < static_cast<int>(entries_.size()); ++i)
        if (entries_[static_cast<std::size_t>(i)].engineIndex >= 0)
            current_ = i;
    loaded_ = true;
    applyGains();
    if (current_ >= 0)
        player_->switchTo(entries_[static_cast<std::size_t>(current_)].engineIndex);
    updateCards();
    if (match_.referenceLufs)
        message_->setText(tr("Matched to the quietest variation, %1 LUFS.").arg(*match_.referenceLufs, 0, 'f', 1));
    Q_EMIT loaded();
}

std::vector<double> VariationsView::appliedGains() const {
    std::vector<double> gains;
    for (std::size_t i = 0; i < entries_.size(); ++i)
        if (entries_[i].engineIndex >= 0)
            gains.push_back(isMatched() && i < match_.gains.size() ? match_.gains[i] : 1.0);
    return gains;
}

bool VariationsView::isMatched() const {
    return matchCheck_->isChecked();
}

void VariationsView::applyGains() {
    std::vector<std::shared_ptr<const audio::AudioBuffer>> buffers;
    for (const Entry& e : entries_)
        if (e.audio)
            buffers.push_back(e.audio);
    // The player takes gains with its buffers: the same buffers again, at the same sample and variation.
    const int engineCurrent = player_->current();
    player_->setBuffers(std::move(buffers), appliedGains(), true);
    player_->switchTo(engineCurrent);
}

void VariationsView::setMatched(bool matched) {
    if (matchCheck_->isChecked() != matched) {
        matchCheck_->setChecked(matched);  // comes back here through toggled
        return;
    }
    if (loaded_)
        applyGains();
    updateCards();
}

void VariationsView::selectVariation(int index) {
    if (index < 0 || index >= static_cast<int>(entries_.size()))
        return;
    const Entry& e = entries_[static_cast<std::size_t>(index)];
    if (e.engineIndex < 0)
        return;
    if (!player_->switchTo(e.engineIndex))
        return;
    current_ = index;
    updateCards();
}

void VariationsView::togglePlay() {
    if (loaded_ && current_ >= 0)
        player_->togglePlay();
}

void VariationsView::toggleKeeper() {
    if (current_ < 0)
        return;
    const bool keep = !entries_[static_cast<std::size_t>(current_)].record.keeper;
    // One keeper per batch: marking this one unmarks the others.
    for (int i = 0; i < static_cast<int>(entries_.size()); ++i) {
        Entry& e = entries_[static_cast<std::size_t>(i)];
        const bool want = i == current_ ? keep : (keep ? false : e.record.keeper);
        if (want == e.record.keeper)
            continue;
        if (!takes_.setKeeper(e.record.id, want)) {
            showMessage(tr("Could not save the keeper mark: %1").arg(takes_.lastError()));
            return;
        }
        e.record.keeper = want;
        Q_EMIT keeperChanged(e.record.id, want);
    }
    updateCards();
}

VariationCard* VariationsView::card(int index) const {
    return index >= 0 && index < static_cast<int>(entries_.size()) ? entries_[static_cast<std::size_t>(index)].card
                                                                    : nullptr;
}

void VariationsView::updateCards() {
    const std::vector<double> gains = appliedGains();
    for (int i = 0; i < static_cast<int>(entries_.size()); ++i) {
        const Entry& e = entries_[static_cast<std::size_t>(i)];
        e.card->setCurrent(i == current_);
        e.card->setKeeper(e.record.keeper);
        if (loaded_ && e.engineIndex >= 0)
            e.card->setLoudness(e.lufs, gains[static_cast<std::size_t>(e.engineIndex)]);
    }
    const bool any = current_ >= 0;
    play_->setEnabled(loaded_ && any);
    keep_->setEnabled(any);
    keep_->setText(any && entries_[static_cast<std::size_t>(current_)].record.keeper ? tr("Unmark Keeper")
                                                                                     : tr("Keep This One"));
}

void VariationsView::updatePosition(double seconds) {
    const double duration = player_->duration();
    const double fraction = duration > 0 ? std::clamp(seconds / duration, 0.0, 1.0) : 0.0;
    if (!position_->isSliderDown())
        position_->setValue(static_cast<int>(fraction * kSliderSteps));
    time_->setText(clock(seconds));
    for (const Entry& e : entries_)
        if (e.audio && e.audio->seconds() > 0)
            e.card->setPlayhead(std::clamp(seconds / e.audio->seconds(), 0.0, 1.0));
}

void VariationsView::showMessage(const QString& text) {
    message_->setText(text);
}

void VariationsView::hideEvent(QHideEvent* event) {
    // A closed comparison never keeps playing out of sight.
    player_->pause();
    QWidget::hideEvent(event);
}

}  // namespace songloom::ui
