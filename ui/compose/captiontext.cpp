#include "compose/captiontext.h"

namespace songloom::ui {

const QVector<ChipGroup>& captionChipGroups() {
    static const QVector<ChipGroup> groups = {
        {ChipCategory::Genre,
         {"pop", "rock", "indie folk", "hip hop", "r&b", "electronic", "house", "techno", "drum and bass",
          "jazz", "blues", "country", "metal", "punk", "soul", "funk", "reggae", "lo-fi", "ambient",
          "classical", "cinematic", "k-pop", "latin"}},
        {ChipCategory::Instruments,
         {"acoustic guitar", "electric guitar", "piano", "synthesizer", "bass guitar", "808 bass", "drums",
          "strings", "brass", "saxophone", "violin", "cello", "organ", "flute", "ukulele", "pads"}},
        {ChipCategory::Mood,
         {"uplifting", "melancholic", "energetic", "dreamy", "dark", "romantic", "nostalgic", "aggressive",
          "peaceful", "playful", "epic", "hopeful"}},
        {ChipCategory::VocalStyle,
         {"female vocals", "male vocals", "duet", "choir", "breathy vocals", "powerful vocals", "falsetto",
          "rap vocals", "harmonies", "whispered vocals"}},
        {ChipCategory::Production,
         {"polished production", "lo-fi production", "live recording", "wide stereo", "reverb-heavy",
          "warm analog", "crisp mix", "minimalist", "layered"}},
        {ChipCategory::Tempo,
         {"slow", "mid-tempo", "upbeat", "fast", "laid-back groove", "driving beat", "half-time"}},
    };
    return groups;
}

QStringList captionParts(const QString& caption) {
    QStringList parts;
    for (const QString& p : caption.split(QLatin1Char(','))) {
        const QString t = p.trimmed();
        if (!t.isEmpty())
            parts.append(t);
    }
    return parts;
}

bool captionHasWord(const QString& caption, const QString& word) {
    return captionParts(caption).contains(word.trimmed(), Qt::CaseInsensitive);
}

QString toggleCaptionWord(const QString& caption, const QString& word, bool on) {
    const QString w = word.trimmed();
    if (on) {
        if (captionHasWord(caption, w))
            return caption;
        QString base = caption;
        while (!base.isEmpty() && (base.back().isSpace() || base.back() == QLatin1Char(',')))
            base.chop(1);
        return base.isEmpty() ? w : base + QStringLiteral(", ") + w;
    }
    if (!captionHasWord(caption, w))
        return caption;
    // Rebuild from the raw comma-separated pieces so other parts keep their own spelling.
    QStringList kept;
    for (const QString& p : caption.split(QLatin1Char(','))) {
        const QString t = p.trimmed();
        if (!t.isEmpty() && t.compare(w, Qt::CaseInsensitive) != 0)
            kept.append(t);
    }
    return kept.join(QStringLiteral(", "));
}

}  // namespace songloom::ui
