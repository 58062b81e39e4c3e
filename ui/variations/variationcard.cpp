#include "variations/variationcard.h"

#include "common/takedrag.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>

#include <cmath>

namespace songloom::ui {

namespace {
constexpr int kMargin = 8;
constexpr int kTextLines = 3;
constexpr int kWaveHeight = 56;

QString length(double seconds) {
    const int s = static_cast<int>(seconds + 0.5);
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}
}  // namespace

VariationCard::VariationCard(int index, quint64 seed, QString filePath, QWidget* parent)
    : QFrame(parent), index_(index), seed_(seed), filePath_(std::move(filePath)) {
    setObjectName(QStringLiteral("variationCard%1").arg(index + 1));
    setFocusPolicy(Qt::NoFocus);  // the view takes the keys
    setMinimumWidth(150);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setToolTip(tr("Play variation %1 (key %1); drag it out to get its file").arg(index + 1));
    updateAccessible();
}

QSize VariationCard::sizeHint() const {
    return {220, 2 * kMargin + kTextLines * fontMetrics().lineSpacing() + kMargin + kWaveHeight};
}

void VariationCard::setDuration(double seconds) {
    seconds_ = seconds;
    updateAccessible();
    update();
}

void VariationCard::setPeaks(std::shared_ptr<const PeakPyramid> peaks) {
    peaks_ = std::move(peaks);
    renderWave();
    update();
}

void VariationCard::setLoudness(std::optional<double> lufs, double gain) {
    lufs_ = lufs;
    gain_ = gain;
    updateAccessible();
    update();
}

void VariationCard::setError(const QString& text) {
    error_ = text;
    updateAccessible();
    update();
}

void VariationCard::setKeeper(bool keeper) {
    keeper_ = keeper;
    updateAccessible();
    update();
}

void VariationCard::setCurrent(bool current) {
    current_ = current;
    update();
}

void VariationCard::setPlayhead(double fraction) {
    if (fraction == playhead_)
        return;
    playhead_ = fraction;
    update(waveRect());
}

QString VariationCard::infoText() const {
    QStringList lines;
    lines << tr("%1  ·  seed %2%3").arg(index_ + 1).arg(seed_).arg(keeper_ ? tr("  ·  ★ keeper") : QString());
    if (!error_.isEmpty()) {
        lines << error_;
        return lines.join(QLatin1Char('\n'));
    }
    lines << tr("Length %1").arg(length(seconds_));
    if (lufs_ && std::isfinite(*lufs_))
        lines << tr("%1 LUFS · played at %2 dB").arg(*lufs_, 0, 'f', 1).arg(20.0 * std::log10(gain_), 0, 'f', 1);
    else
        lines << tr("Loudness: measuring…");
    return lines.join(QLatin1Char('\n'));
}

void VariationCard::updateAccessible() {
    setAccessibleName(tr("Variation %1, seed %2").arg(index_ + 1).arg(seed_));
    setAccessibleDescription(infoText());
}

QRect VariationCard::waveRect() const {
    const int top = kMargin + kTextLines * fontMetrics().lineSpacing() + kMargin / 2;
    return {kMargin, top, width() - 2 * kMargin, height() - top - kMargin};
}

void VariationCard::resizeEvent(QResizeEvent* event) {
    QFrame::resizeEvent(event);
    renderWave();
}

void VariationCard::renderWave() {
    const QRect r = waveRect();
    if (!peaks_ || r.width() <= 0 || r.height() <= 0 || peaks_->frames() == 0) {
        wave_ = QPixmap();
        return;
    }
    // One exact min/max per pixel column of the summed lane (the pyramid answers each in a few blocks).
    wave_ = QPixmap(r.size() * devicePixelRatioF());
    wave_.setDevicePixelRatio(devicePixelRatioF());
    wave_.fill(Qt::transparent);
    QPainter p(&wave_);
    p.setPen(palette().color(QPalette::Highlight).darker(140));
    const double mid = r.height() / 2.0;
    const int64_t frames = peaks_->frames();
    for (int x = 0; x < r.width(); ++x) {
        const int64_t a = frames * x / r.width();
        const int64_t b = std::max(a, frames * (x + 1) / r.width() - 1);
        const PeakRange range = peaks_->range(PeakPyramid::kSummed, a, b);
        if (range.count == 0)
            continue;
        p.drawLine(QPointF(x + 0.5, mid - range.max * mid), QPointF(x + 0.5, mid - range.min * mid));
    }
}

void VariationCard::paintEvent(QPaintEvent* event) {
    QFrame::paintEvent(event);
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    // The current variation: filled with the highlight colour's light tint and a strong border.
    const QRectF box = QRectF(rect()).adjusted(1, 1, -1, -1);
    p.setPen(QPen(current_ ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid), current_ ? 3 : 1));
    QColor fill = current_ ? pal.color(QPalette::Highlight) : pal.color(QPalette::Base);
    if (current_)
        fill.setAlpha(40);
    p.setBrush(fill);
    p.drawRoundedRect(box, 6, 6);

    p.setPen(pal.color(QPalette::Text));
    const QRect text = rect().adjusted(kMargin, kMargin, -kMargin, 0);
    QFont bold = font();
    bold.setBold(true);
    const QStringList lines = infoText().split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size() && i < kTextLines; ++i) {
        p.setFont(i == 0 ? bold : font());
        p.setPen(i > 0 && !error_.isEmpty() ? QColor(0xb3, 0x26, 0x1e) : pal.color(QPalette::Text));
        p.drawText(text.adjusted(0, i * fontMetrics().lineSpacing(), 0, 0), Qt::AlignLeft | Qt::AlignTop,
                   fontMetrics().elidedText(lines[i], Qt::ElideRight, text.width()));
    }
    const QRect wr = waveRect();
    p.setPen(Qt::NoPen);
    p.setBrush(pal.color(QPalette::AlternateBase));
    p.drawRect(wr);
    if (!wave_.isNull())
        p.drawPixmap(wr.topLeft(), wave_);
    if (playhead_ >= 0.0) {
        const qreal x = wr.left() + playhead_ * wr.width();
        p.setPen(QPen(current_ ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid), 2));
        p.drawLine(QPointF(x, wr.top()), QPointF(x, wr.bottom()));
    }
}

void VariationCard::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton) {
        pressAt_ = event->position().toPoint();
        Q_EMIT clicked(index_);
    }
    QFrame::mousePressEvent(event);
}

void VariationCard::mouseMoveEvent(QMouseEvent* event) {
    if ((event->buttons() & Qt::LeftButton) &&
        (event->position().toPoint() - pressAt_).manhattanLength() >= QApplication::startDragDistance()) {
        dragTakeFiles(this, {filePath_});
        return;
    }
    QFrame::mouseMoveEvent(event);
}

}  // namespace songloom::ui
