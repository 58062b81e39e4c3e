#include "compose/lyricstext.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace songloom::ui {

const QStringList& knownSectionTags() {
    static const QStringList tags = {
        QStringLiteral("intro"),       QStringLiteral("verse"),        QStringLiteral("pre-chorus"),
        QStringLiteral("chorus"),      QStringLiteral("post-chorus"),  QStringLiteral("hook"),
        QStringLiteral("refrain"),     QStringLiteral("bridge"),       QStringLiteral("interlude"),
        QStringLiteral("instrumental"), QStringLiteral("inst"),        QStringLiteral("break"),
        QStringLiteral("breakdown"),   QStringLiteral("build-up"),     QStringLiteral("drop"),
        QStringLiteral("solo"),        QStringLiteral("guitar solo"),  QStringLiteral("piano solo"),
        QStringLiteral("rap"),         QStringLiteral("spoken word"),  QStringLiteral("choir"),
        QStringLiteral("outro"),       QStringLiteral("fade out"),     QStringLiteral("ending"),
    };
    return tags;
}

QStringList sectionTagCompletions() {
    QStringList out;
    for (const QString& tag : knownSectionTags()) {
        QString titled = tag;
        bool start = true;
        for (QChar& c : titled) {
            if (start && c.isLetter())
                c = c.toUpper();
            start = c == QLatin1Char(' ') || c == QLatin1Char('-');
        }
        out.append(titled);
    }
    return out;
}

namespace {

bool isKnownTag(const QString& inside) {
    // Name [number] [- modifier]
    static const QRegularExpression grammar(QStringLiteral(R"(^([A-Za-z][A-Za-z -]*?)(?:\s+\d+)?(?:\s+-\s+\S.*)?$)"));
    const QRegularExpressionMatch m = grammar.match(inside);
    if (!m.hasMatch())
        return false;
    const QString name = m.captured(1).trimmed().toLower();
    return knownSectionTags().contains(name);
}

}  // namespace

LyricsLine classifyLyricsLine(const QString& line) {
    const QString t = line.trimmed();
    if (t.isEmpty())
        return {LyricsLineKind::Blank, {}};
    const qsizetype opens = t.count(QLatin1Char('['));
    const qsizetype closes = t.count(QLatin1Char(']'));
    if (opens == 0 && closes == 0)
        return {LyricsLineKind::Text, {}};
    const bool wholeTag = opens == 1 && closes == 1 && t.startsWith(QLatin1Char('[')) && t.endsWith(QLatin1Char(']'));
    if (!wholeTag)
        return {LyricsLineKind::Malformed, {}};
    const QString inside = t.mid(1, t.size() - 2).trimmed();
    if (inside.isEmpty())
        return {LyricsLineKind::Malformed, {}};
    return {isKnownTag(inside) ? LyricsLineKind::KnownTag : LyricsLineKind::UnknownTag, inside};
}

LyricsSummary summarizeLyrics(const QString& lyrics) {
    LyricsSummary s;
    const QStringList lines = lyrics.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const LyricsLine l = classifyLyricsLine(lines[i]);
        switch (l.kind) {
        case LyricsLineKind::KnownTag:
        case LyricsLineKind::UnknownTag:
            s.sections.append({l.tagName, i, 0});
            if (l.kind == LyricsLineKind::UnknownTag)
                ++s.unknownTags;
            break;
        case LyricsLineKind::Text:
            if (s.sections.isEmpty())
                s.sections.append({QString(), -1, 0});
            ++s.sections.last().lineCount;
            ++s.sungLines;
            break;
        case LyricsLineKind::Malformed:
            ++s.malformedLines;
            break;
        case LyricsLineKind::Blank:
            break;
        }
    }
    return s;
}

LyricsFitAssessment assessLyricsFit(int sungLines, double durationSeconds, std::optional<int> bpm,
                                    std::optional<int> beatsPerBar) {
    LyricsFitAssessment a;
    const double beats = durationSeconds * bpm.value_or(kAssumedBpm) / 60.0;
    a.capacityLines = beats / beatsPerBar.value_or(kAssumedBeatsPerBar) / kBarsPerSungLine;
    if (sungLines <= 0 || a.capacityLines <= 0.0)
        return a;
    if (sungLines > a.capacityLines * kTooLongFactor)
        a.fit = LyricsFit::TooLong;
    else if (sungLines < a.capacityLines * kTooShortFactor)
        a.fit = LyricsFit::TooShort;
    else
        a.fit = LyricsFit::Fits;
    return a;
}

QString lyricsFromLrc(const QString& lrc) {
    static const QRegularExpression stamp(QStringLiteral(R"(\[\d{1,3}:\d{1,2}(?:[.:]\d{1,3})?\])"));
    static const QRegularExpression idTag(QStringLiteral(R"(^\s*\[[A-Za-z#]+:[^\]]*\]\s*$)"));
    QStringList out;
    QString text = lrc;
    text.remove(QLatin1Char('\r'));
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        if (idTag.match(line).hasMatch())
            continue;
        QString kept = line;
        kept.remove(stamp);
        out.append(kept.trimmed());
    }
    while (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out.join(QLatin1Char('\n'));
}

}  // namespace songloom::ui
