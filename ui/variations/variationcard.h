// One variation of a batch in the side-by-side view: its number (the key that plays it), seed, length,
// measured loudness, the keeper mark, and a small waveform drawn from the take's peak pyramid with the
// playhead. Click selects it; dragging it out gives the take's file (common/takedrag.h).
#pragma once

#include "timeline/peakpyramid.h"

#include <QFrame>
#include <QPixmap>

#include <memory>
#include <optional>

namespace songloom::ui {

class VariationCard : public QFrame {
    Q_OBJECT

public:
    VariationCard(int index, quint64 seed, QString filePath, QWidget* parent = nullptr);

    int index() const { return index_; }
    QString filePath() const { return filePath_; }
    void setDuration(double seconds);
    void setPeaks(std::shared_ptr<const PeakPyramid> peaks);
    void setLoudness(std::optional<double> lufs, double gain);  // gain in linear, shown in dB
    void setError(const QString& text);
    void setKeeper(bool keeper);
    void setCurrent(bool current);
    void setPlayhead(double fraction);  // 0..1, or < 0 for none
    bool isKeeper() const { return keeper_; }
    bool isCurrent() const { return current_; }
    QString infoText() const;  // the text lines shown (for tests and the accessible description)

    QSize sizeHint() const override;

Q_SIGNALS:
    void clicked(int index);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;

private:
    QRect waveRect() const;
    void renderWave();
    void updateAccessible();

    int index_ = 0;
    quint64 seed_ = 0;
    QString filePath_;
    double seconds_ = 0.0;
    std::optional<double> lufs_;
    double gain_ = 1.0;
    QString error_;
    bool keeper_ = false;
    bool current_ = false;
    double playhead_ = -1.0;
    std::shared_ptr<const PeakPyramid> peaks_;
    QPixmap wave_;
    QPoint pressAt_;
};

}  // namespace songloom::ui
