// The Compose page, offscreen: the lyrics highlighter's formats, the outline and line counts, the fit
// warning thresholds, caption chips and presets, range enforcement of the metadata, tap tempo, and the
// GenerationRequest the page produces, checked by the engine's validateRequest.
#include "compose/captionbuilder.h"
#include "compose/captiontext.h"
#include "compose/composemodel.h"
#include "compose/composepage.h"
#include "compose/lyricseditor.h"
#include "compose/lyricshighlighter.h"
#include "compose/lyricstext.h"
#include "compose/taptempo.h"
#include "compose/writingtips.h"
#include "songloom/prompts.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace songloom;
using namespace songloom::ui;

namespace {

// The formats the highlighter put on line `line`.
QList<QTextLayout::FormatRange> formatsOfLine(QPlainTextEdit* edit, int line) {
    return edit->document()->findBlockByNumber(line).layout()->formats();
}

}  // namespace

class TestCompose : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        QVERIFY(dir_.isValid());
        settings_ = std::make_unique<QSettings>(dir_.filePath(QStringLiteral("s-%1.ini").arg(++count_)),
                                                QSettings::IniFormat);
        page_ = std::make_unique<ComposePage>(*settings_);
        page_->resize(1200, 760);
    }
    void cleanup() {
        page_.reset();
        settings_.reset();
    }

    // The writing tips open from the editor's button and from F1, with a lyrics and a caption tab.
    void writingTipsAreReachableFromTheEditor() {
        page_->show();
        auto* editor = page_->findChild<LyricsEditor*>();
        QVERIFY(editor);
        QVERIFY(editor->writingTipsButton());
        editor->writingTipsButton()->click();
        auto* tips = editor->findChild<WritingTipsDialog*>();
        QVERIFY(tips);
        QTRY_VERIFY(tips->isVisible());
        QCOMPARE(tips->tabs()->count(), 2);
        QVERIFY(WritingTipsDialog::lyricsTips().contains(QStringLiteral("[Chorus]")));
        QVERIFY(WritingTipsDialog::captionTips().contains(QStringLiteral("English")));
        tips->close();
        QVERIFY(!tips->isVisible());
        auto* text = editor->findChild<QPlainTextEdit*>(QStringLiteral("lyricsText"));
        page_->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(page_.get()));
        text->setFocus();
        QTest::keyClick(text, Qt::Key_F1);
        QTRY_VERIFY(tips->isVisible());
    }

    void lineClassification() {
        QCOMPARE(classifyLyricsLine(QStringLiteral("[Verse 1]")).kind, LyricsLineKind::KnownTag);
        QCOMPARE(classifyLyricsLine(QStringLiteral("  [intro - ambient piano] ")).kind, LyricsLineKind::KnownTag);
        QCOMPARE(classifyLyricsLine(QStringLiteral("[Pre-Chorus 2 - soft]")).kind, LyricsLineKind::KnownTag);
        QCOMPARE(classifyLyricsLine(QStringLiteral("[inst]")).kind, LyricsLineKind::KnownTag);
        QCOMPARE(classifyLyricsLine(QStringLiteral("[Guitar Solo]")).kind, LyricsLineKind::KnownTag);
        QCOMPARE(classifyLyricsLine(QStringLiteral("[Verse]")).tagName, QStringLiteral("Verse"));
        QCOMPARE(classifyLyricsLine(QStringLiteral("[Chrous]")).kind, LyricsLineKind::UnknownTag);
        QCOMPARE(classifyLyricsLine(QStringLiteral("[Verse one]")).kind, LyricsLineKind::UnknownTag);
        QCOMPARE(classifyLyricsLine(QStringLiteral("[Verse 1")).kind, LyricsLineKind::Malformed);
        QCOMPARE(classifyLyricsLine(QStringLiteral("Chorus]")).kind, LyricsLineKind::Malformed);
        QCOMPARE(classifyLyricsLine(QStringLiteral("[]")).kind, LyricsLineKind::Malformed);
        QCOMPARE(classifyLyricsLine(QStringLiteral("[[Chorus]]")).kind, LyricsLineKind::Malformed);
        QCOMPARE(classifyLyricsLine(QStringLiteral("[Chorus] la la")).kind, LyricsLineKind::Malformed);
        QCOMPARE(classifyLyricsLine(QStringLiteral("walking down the road")).kind, LyricsLineKind::Text);
        QCOMPARE(classifyLyricsLine(QStringLiteral("   ")).kind, LyricsLineKind::Blank);
    }

    void highlighterSpans() {
        LyricsEditor* editor = page_->lyricsEditor();
        editor->setLyrics(QStringLiteral("  [Chorus]\n[Chrous 2]\n[Verse 1\nwalking down the road"));
        QPlainTextEdit* edit = editor->textEdit();
        const LyricsHighlighter* h = editor->highlighter();

        const auto known = formatsOfLine(edit, 0);
        QCOMPARE(known.size(), 1);
        QCOMPARE(known[0].start, 2);  // leading spaces are not coloured
        QCOMPARE(known[0].length, 8);
        QCOMPARE(known[0].format, h->knownTagFormat());

        const auto unknown = formatsOfLine(edit, 1);
        QCOMPARE(unknown.size(), 1);
        QCOMPARE(unknown[0].start, 0);
        QCOMPARE(unknown[0].length, 10);
        QCOMPARE(unknown[0].format, h->unknownTagFormat());

        const auto malformed = formatsOfLine(edit, 2);
        QCOMPARE(malformed.size(), 1);
        QCOMPARE(malformed[0].length, 8);
        QCOMPARE(malformed[0].format, h->malformedFormat());

        QVERIFY(formatsOfLine(edit, 3).isEmpty());

        // Three formats that can be told apart.
        QVERIFY(h->knownTagFormat() != h->unknownTagFormat());
        QVERIFY(h->knownTagFormat() != h->malformedFormat());
        QVERIFY(h->unknownTagFormat() != h->malformedFormat());
        QVERIFY(h->knownTagFormat().foreground() != h->unknownTagFormat().foreground());
        QVERIFY(h->unknownTagFormat().foreground() != h->malformedFormat().foreground());
    }

    void outlineAndLineCounts() {
        LyricsEditor* editor = page_->lyricsEditor();
        editor->setLyrics(QStringLiteral("a lonely line\n\n[Verse 1]\none\ntwo\nthree\n\n[Chorus]\nla\nla\n[Bridge]\n"
                                         "[Chrous]\nx\n[oops\n"));
        const LyricsSummary& s = editor->summary();
        QCOMPARE(s.sections.size(), 5);
        QCOMPARE(s.sections[0].tagLine, -1);
        QCOMPARE(s.sections[0].lineCount, 1);
        QCOMPARE(s.sections[1].title, QStringLiteral("Verse 1"));
        QCOMPARE(s.sections[1].tagLine, 2);
        QCOMPARE(s.sections[1].lineCount, 3);
        QCOMPARE(s.sections[2].lineCount, 2);
        QCOMPARE(s.sections[3].title, QStringLiteral("Bridge"));
        QCOMPARE(s.sections[3].lineCount, 0);
        QCOMPARE(s.sections[4].lineCount, 1);
        QCOMPARE(s.sungLines, 7);
        QCOMPARE(s.unknownTags, 1);
        QCOMPARE(s.malformedLines, 1);

        QListWidget* outline = editor->outline();
        QCOMPARE(outline->count(), 5);
        QCOMPARE(outline->item(1)->text(), QStringLiteral("Verse 1 · 3 lines"));
        QCOMPARE(outline->item(3)->text(), QStringLiteral("Bridge · 0 lines"));
        QCOMPARE(outline->item(4)->text(), QStringLiteral("Chrous · 1 line"));

        outline->setCurrentRow(2);  // jump to [Chorus]
        QCOMPARE(editor->textEdit()->textCursor().blockNumber(), 7);
        QCOMPARE(editor->textEdit()->textCursor().block().text(), QStringLiteral("[Chorus]"));
    }

    void fitThresholds() {
        // 60 s at 120 bpm in 4/4: 120 beats = 30 bars = 15 lines.
        QCOMPARE(assessLyricsFit(15, 60.0, 120, 4).capacityLines, 15.0);
        QCOMPARE(assessLyricsFit(0, 60.0, 120, 4).fit, LyricsFit::NotJudged);
        QCOMPARE(assessLyricsFit(15, 60.0, 120, 4).fit, LyricsFit::Fits);
        QCOMPARE(assessLyricsFit(18, 60.0, 120, 4).fit, LyricsFit::Fits);      // 18 <= 18.75
        QCOMPARE(assessLyricsFit(19, 60.0, 120, 4).fit, LyricsFit::TooLong);   // 19 > 18.75
        QCOMPARE(assessLyricsFit(4, 60.0, 120, 4).fit, LyricsFit::Fits);       // 4 >= 3.75
        QCOMPARE(assessLyricsFit(3, 60.0, 120, 4).fit, LyricsFit::TooShort);   // 3 < 3.75
        // Unset tempo and metre count as 120 bpm and 4 beats per bar; 3/4 holds more bars.
        QCOMPARE(assessLyricsFit(19, 60.0, std::nullopt, std::nullopt).fit, LyricsFit::TooLong);
        QCOMPARE(assessLyricsFit(19, 60.0, 120, 3).fit, LyricsFit::Fits);  // 20 lines fit
        QCOMPARE(assessLyricsFit(19, 60.0, 60, 4).fit, LyricsFit::TooLong);

        // Through the page: 20 sung lines in 30 s at the assumed 120 bpm -> too long; 120 s fits.
        QStringList lines{QStringLiteral("[Verse]")};
        for (int i = 0; i < 20; ++i)
            lines << QStringLiteral("line %1").arg(i);
        page_->lyricsEditor()->setLyrics(lines.join(QLatin1Char('\n')));
        page_->durationSpin()->setValue(30);
        QCOMPARE(page_->lyricsEditor()->fit().fit, LyricsFit::TooLong);
        QVERIFY(page_->lyricsEditor()->fitLabel()->text().startsWith(QStringLiteral("Too long: 20 sung lines")));
        page_->durationSpin()->setValue(120);
        QCOMPARE(page_->lyricsEditor()->fit().fit, LyricsFit::Fits);
        page_->durationSpin()->setValue(600);
        QCOMPARE(page_->lyricsEditor()->fit().fit, LyricsFit::TooShort);
        page_->bpmSpin()->setValue(kMinBpm);  // 600 s at 30 bpm: 75 bars, 37.5 lines -> fits
        QCOMPARE(page_->lyricsEditor()->fit().fit, LyricsFit::Fits);
    }

    void tagCompletion() {
        LyricsTextEdit* edit = page_->lyricsEditor()->textEdit();
        page_->show();
        QVERIFY(QTest::qWaitForWindowExposed(page_.get()));
        edit->setFocus();
        QTest::keyClicks(edit, QStringLiteral("[pre"));
        QCOMPARE(edit->completer()->completionPrefix(), QStringLiteral("pre"));
        QCOMPARE(edit->completer()->currentCompletion(), QStringLiteral("Pre-Chorus"));
        QMetaObject::invokeMethod(edit->completer(), "activated", Q_ARG(QString, QStringLiteral("Pre-Chorus")));
        QCOMPARE(edit->toPlainText(), QStringLiteral("[Pre-Chorus]"));
        QCOMPARE(classifyLyricsLine(edit->toPlainText()).kind, LyricsLineKind::KnownTag);
    }

    void importLrc() {
        const QString path = dir_.filePath(QStringLiteral("song.lrc"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[ar:Someone]\r\n[ti:A Song]\r\n[00:01.00][Verse 1]\r\n[00:02.50]first line\r\n[00:04.10]second line\r\n");
        f.close();
        QVERIFY(page_->lyricsEditor()->importFile(path));
        QCOMPARE(page_->lyricsEditor()->lyrics(), QStringLiteral("[Verse 1]\nfirst line\nsecond line"));
        QString error;
        QVERIFY(!page_->lyricsEditor()->importFile(dir_.filePath(QStringLiteral("missing.txt")), &error));
        QVERIFY(error.contains(QStringLiteral("missing.txt")));
        QCOMPARE(page_->lyricsEditor()->lyrics(), QStringLiteral("[Verse 1]\nfirst line\nsecond line"));
    }

    void captionComposition() {
        QCOMPARE(toggleCaptionWord(QString(), QStringLiteral("pop"), true), QStringLiteral("pop"));
        QCOMPARE(toggleCaptionWord(QStringLiteral("dreamy synths at night,"), QStringLiteral("pop"), true),
                 QStringLiteral("dreamy synths at night, pop"));
        QCOMPARE(toggleCaptionWord(QStringLiteral("a, pop,b"), QStringLiteral("pop"), false), QStringLiteral("a, b"));
        QCOMPARE(toggleCaptionWord(QStringLiteral("popular sound"), QStringLiteral("pop"), false),
                 QStringLiteral("popular sound"));

        CaptionBuilder* builder = page_->captionBuilder();
        builder->setCaption(QStringLiteral("a song about the sea"));
        QAbstractButton* pop = builder->chip(QStringLiteral("pop"));
        QAbstractButton* piano = builder->chip(QStringLiteral("piano"));
        QVERIFY(pop && piano);
        QAbstractButton* rnb = builder->chip(QStringLiteral("r&b"));
        QVERIFY(rnb);
        QCOMPARE(rnb->text(), QStringLiteral("r&&b"));  // shown as "r&b", not as a mnemonic
        QVERIFY(!pop->isChecked());
        pop->click();
        piano->click();
        QCOMPARE(builder->caption(), QStringLiteral("a song about the sea, pop, piano"));
        pop->click();
        QCOMPARE(builder->caption(), QStringLiteral("a song about the sea, piano"));
        QVERIFY(!pop->isChecked());
        QVERIFY(piano->isChecked());
        // Typing the word checks its chip; removing it by hand unchecks it; free text stays.
        builder->setCaption(QStringLiteral("Jazz, smoky bar, piano"));
        QVERIFY(builder->chip(QStringLiteral("jazz"))->isChecked());
        builder->setCaption(QStringLiteral("smoky bar"));
        QVERIFY(!builder->chip(QStringLiteral("jazz"))->isChecked());
        QVERIFY(!piano->isChecked());
        QCOMPARE(builder->caption(), QStringLiteral("smoky bar"));
    }

    void presetsSaveLoadDelete() {
        CaptionBuilder* builder = page_->captionBuilder();
        builder->setCaption(QStringLiteral("lo-fi, piano, rainy night"));
        builder->setNegativePrompt(QStringLiteral("distortion"));
        builder->savePreset(QStringLiteral("Rainy / night"));
        builder->setCaption(QStringLiteral("metal"));
        builder->setNegativePrompt(QString());
        builder->savePreset(QStringLiteral("Heavy"));
        QCOMPARE(builder->presetCombo()->count(), 2);

        // A fresh page on the same settings sees both presets.
        ComposePage other(*settings_);
        CaptionBuilder* b2 = other.captionBuilder();
        QCOMPARE(b2->presetCombo()->count(), 2);
        QVERIFY(b2->loadPreset(QStringLiteral("Rainy / night")));
        QCOMPARE(b2->caption(), QStringLiteral("lo-fi, piano, rainy night"));
        QCOMPARE(b2->negativePrompt(), QStringLiteral("distortion"));
        QVERIFY(b2->chip(QStringLiteral("piano"))->isChecked());
        b2->deletePreset(QStringLiteral("Rainy / night"));
        QCOMPARE(b2->presetCombo()->count(), 1);
        QCOMPARE(b2->presetCombo()->currentText(), QStringLiteral("Heavy"));
        QVERIFY(!b2->loadPreset(QStringLiteral("Rainy / night")));
    }

    void rangesEnforced() {
        QSpinBox* bpm = page_->bpmSpin();
        QCOMPARE(bpm->maximum(), kMaxBpm);
        QCOMPARE(bpm->minimum(), kMinBpm - 1);  // "Auto"
        QCOMPARE(bpm->text(), QStringLiteral("Auto"));
        QVERIFY(!page_->state().bpm);
        bpm->setValue(kMaxBpm + 50);
        QCOMPARE(*page_->state().bpm, kMaxBpm);
        bpm->setValue(kMinBpm);
        QCOMPARE(*page_->state().bpm, kMinBpm);

        QSpinBox* duration = page_->durationSpin();
        QCOMPARE(duration->minimum(), static_cast<int>(kMinDurationSeconds));
        QCOMPARE(duration->maximum(), static_cast<int>(kMaxDurationSeconds));
        duration->setValue(100000);
        QCOMPARE(page_->state().durationSeconds, kMaxDurationSeconds);
        duration->setValue(0);
        QCOMPARE(page_->state().durationSeconds, kMinDurationSeconds);

        QComboBox* ts = page_->timeSignatureCombo();
        QCOMPARE(ts->count(), static_cast<int>(timeSignatures().size()) + 1);
        QCOMPARE(ts->itemData(0).toString(), QString());
        for (int i = 1; i < ts->count(); ++i)
            QCOMPARE(ts->itemData(i).toString(), QString::fromStdString(timeSignatures()[i - 1]));
        QVERIFY(!ts->isEditable());

        QComboBox* lang = page_->languageCombo();
        QCOMPARE(lang->count(), static_cast<int>(vocalLanguages().size()));
        QCOMPARE(lang->currentData().toString(), QStringLiteral("en"));
        QVERIFY(!lang->isEditable());

        // Every key the combos can make passes the engine's check.
        page_->captionBuilder()->setCaption(QStringLiteral("pop"));
        for (int n = 1; n < page_->keyNoteCombo()->count(); ++n) {
            for (int m = 0; m < page_->keyModeCombo()->count(); ++m) {
                page_->keyNoteCombo()->setCurrentIndex(n);
                page_->keyModeCombo()->setCurrentIndex(m);
                QVERIFY2(page_->check().ok, qPrintable(page_->check().message));
            }
        }
        // And every time signature.
        for (int i = 0; i < ts->count(); ++i) {
            ts->setCurrentIndex(i);
            QVERIFY2(page_->check().ok, qPrintable(page_->check().message));
        }
    }

    void tapTempo() {
        TapTempo t;
        QVERIFY(!t.tap(1000));
        QCOMPARE(*t.tap(1500), 120);   // one 500 ms interval
        QCOMPARE(*t.tap(2000), 120);
        QCOMPARE(*t.tap(2700), 106);   // mean of 3 intervals: 1700 / 3 = 566.7 ms -> 105.9 bpm
    }

    void tapTempoResetAndAverage() {
        TapTempo t;
        t.tap(0);
        t.tap(400);
        QCOMPARE(*t.tap(800), 150);
        QVERIFY(!t.tap(800 + TapTempo::kResetAfterMs + 1));  // a long pause starts over
        QCOMPARE(t.taps(), 1);
        // Only the last kMaxIntervals intervals count: 20 slow taps then 8 fast ones give the fast tempo.
        TapTempo u;
        qint64 now = 0;
        for (int i = 0; i < 20; ++i)
            u.tap(now += 1500);
        std::optional<int> bpm;
        for (int i = 0; i < TapTempo::kMaxIntervals; ++i)
            bpm = u.tap(now += 300);
        QCOMPARE(*bpm, 200);
        // Clamped to the engine's range.
        TapTempo fast;
        fast.tap(0);
        QCOMPARE(*fast.tap(50), kMaxBpm);

        page_->tapTempoAt(10'000);
        page_->tapTempoAt(10'750);
        QCOMPARE(page_->bpmSpin()->value(), 80);
        QCOMPARE(*page_->state().bpm, 80);
    }

    void requestProducedAndValidated() {
        // Empty caption: the engine's message, next to the caption.
        QVERIFY(!page_->check().ok);
        QCOMPARE(page_->check().field, ComposeField::Caption);
        QLabel* captionError = page_->errorLabel(ComposeField::Caption);
        QVERIFY(captionError->isVisibleTo(page_.get()));
        QVERIFY(captionError->text().startsWith(QStringLiteral("caption ")));

        page_->captionBuilder()->setCaption(QStringLiteral("indie folk, acoustic guitar, warm"));
        page_->captionBuilder()->setNegativePrompt(QStringLiteral("x"));  // 1 character: below the minimum
        QCOMPARE(page_->check().field, ComposeField::NegativePrompt);
        QVERIFY(page_->errorLabel(ComposeField::NegativePrompt)->isVisibleTo(page_.get()));
        QVERIFY(!captionError->isVisibleTo(page_.get()));
        page_->captionBuilder()->setNegativePrompt(QStringLiteral("harsh noise"));

        page_->lyricsEditor()->setLyrics(QStringLiteral("[Verse]\nhello"));
        page_->durationSpin()->setValue(95);
        page_->bpmSpin()->setValue(92);
        page_->keyNoteCombo()->setCurrentIndex(page_->keyNoteCombo()->findData(QStringLiteral("F#")));
        page_->keyModeCombo()->setCurrentIndex(page_->keyModeCombo()->findData(QStringLiteral("minor")));
        page_->timeSignatureCombo()->setCurrentIndex(page_->timeSignatureCombo()->findData(QStringLiteral("3")));
        page_->languageCombo()->setCurrentIndex(page_->languageCombo()->findData(QStringLiteral("de")));
        QVERIFY2(page_->check().ok, qPrintable(page_->check().message));
        QVERIFY(page_->requestStatusLabel()->text().contains(QStringLiteral("complete")));

        const GenerationRequest r = page_->request();
        QCOMPARE(r.task, TaskType::Text2Music);
        QCOMPARE(r.caption, std::string("indie folk, acoustic guitar, warm"));
        QCOMPARE(r.negativePrompt, std::string("harsh noise"));
        QCOMPARE(r.lyrics, std::string("[Verse]\nhello"));
        QCOMPARE(*r.durationSeconds, 95.0);
        QCOMPARE(*r.bpm, 92);
        QCOMPARE(r.keyScale, std::string("F# minor"));
        QCOMPARE(r.timeSignature, std::string("3"));
        QCOMPARE(*r.vocalLanguage, std::string("de"));
        QCOMPARE(*r.instrumental, false);
        QVERIFY(validateRequest(r, false));
        // Its JSON form reads back to the same request.
        const Result<GenerationRequest> back = parseRequestJson(requestToJson(r));
        QVERIFY(back);
        QCOMPARE(back.value().keyScale, r.keyScale);

        // Instrumental: no lyrics, language "unknown", lyrics editor and language disabled.
        page_->instrumentalCheck()->setChecked(true);
        const GenerationRequest inst = page_->request();
        QCOMPARE(*inst.instrumental, true);
        QCOMPARE(inst.lyrics, std::string());
        QCOMPARE(*inst.vocalLanguage, std::string("unknown"));
        QVERIFY(!page_->lyricsEditor()->isEnabled());
        QVERIFY(!page_->languageCombo()->isEnabled());
        QVERIFY(page_->check().ok);

        // Lyrics past the engine's limit: its message under the lyrics.
        page_->instrumentalCheck()->setChecked(false);
        page_->lyricsEditor()->setLyrics(QString(3001, QLatin1Char('a')));
        QCOMPARE(page_->check().field, ComposeField::Lyrics);
        QVERIFY(page_->errorLabel(ComposeField::Lyrics)->text().startsWith(QStringLiteral("lyrics ")));

        QCOMPARE(fieldOfError(QStringLiteral("bpm 20 is out of range")), ComposeField::Bpm);
        QCOMPARE(fieldOfError(QStringLiteral("keyscale \"H\" is not a key")), ComposeField::KeyScale);
        QCOMPARE(fieldOfError(QStringLiteral("timesignature \"5\" is not supported")), ComposeField::TimeSignature);
        QCOMPARE(fieldOfError(QStringLiteral("duration 0 s is out of range")), ComposeField::Duration);
        QCOMPARE(fieldOfError(QStringLiteral("vocal_language \"xx\" is not supported")), ComposeField::Language);
        QCOMPARE(fieldOfError(QStringLiteral("seed 5 is out of range")), ComposeField::Other);
    }

    // A picture of the page with realistic content, for people to look at (test-artifacts/).
    void screenshot() {
        page_->captionBuilder()->setCaption(QStringLiteral("indie folk, acoustic guitar, warm, female vocals"));
        page_->lyricsEditor()->setLyrics(QStringLiteral(
            "[Intro - soft piano]\n\n[Verse 1]\nMorning light on the harbour wall\nGulls are calling, one and all\n"
            "I kept your letters in a drawer\nNever read them anymore\n\n[Pre-Chorus]\nAnd the tide comes in\n\n"
            "[Chorus]\nCarry me home, carry me home\nOver the water, over the foam\n\n[Chrous 2]\nla la\n[Bridge\n"));
        page_->bpmSpin()->setValue(96);
        page_->keyNoteCombo()->setCurrentIndex(page_->keyNoteCombo()->findData(QStringLiteral("D")));
        page_->timeSignatureCombo()->setCurrentIndex(page_->timeSignatureCombo()->findData(QStringLiteral("4")));
        page_->show();
        QVERIFY(QTest::qWaitForWindowExposed(page_.get()));
        QTest::qWait(50);
        const QString out = QString::fromLocal8Bit(qgetenv("SONGLOOM_TEST_ARTIFACTS"));
        if (!out.isEmpty()) {
            QDir().mkpath(out);
            QVERIFY(page_->grab().save(out + QStringLiteral("/songloom-compose-page.png")));
        }
    }

private:
    QTemporaryDir dir_;
    int count_ = 0;
    std::unique_ptr<QSettings> settings_;
    std::unique_ptr<ComposePage> page_;
};

QTEST_MAIN(TestCompose)
#include "test_compose.moc"
