#include "compose/writingtips.h"

#include <QDialogButtonBox>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace songloom::ui {

QString WritingTipsDialog::lyricsTips() {
    return tr("<h3>Lyrics</h3>"
              "<p>The model sings your lyrics section by section. Put each section's tag on a line of its own, "
              "the sung lines under it, and an empty line between sections.</p>"
              "<p><b>Tags the model knows well:</b> [Intro], [Verse] (or [Verse 1], [Verse 2]), [Pre-Chorus], "
              "[Chorus], [Post-Chorus], [Bridge], [Breakdown], [Drop], [Instrumental], [Guitar Solo], [Outro]. "
              "A word after a dash gives a hint: [Chorus - powerful]. Type [ in the editor to pick one.</p>"
              "<p><b>Lines:</b> short lines sing better than long ones; four to eight lines per verse, and a "
              "similar number of syllables per line inside a section, because the melody follows the rhythm of "
              "your words. Backing vocals go in parentheses: “Hold on (hold on)”.</p>"
              "<p><b>Length:</b> the song is as long as the Duration you set, not as long as the lyrics. One "
              "sung line takes about two bars; the editor warns when the lines are far too many or too few for "
              "the duration and tempo.</p>"
              "<p><b>Language:</b> write in the language you want sung and choose it as the vocal language. "
              "For a song without words, tick Instrumental or write [inst].</p>");
}

QString WritingTipsDialog::captionTips() {
    return tr("<h3>Caption</h3>"
              "<p>The caption tells the model what the song sounds like. Write it in English, as a short list "
              "of what you would hear: genre, instruments, mood, the voice, the production.</p>"
              "<p><b>Good:</b> “melancholic indie folk, fingerpicked acoustic guitar, soft female vocal, warm "
              "analog production, slow”.</p>"
              "<p><b>Less good:</b> a story about the song, artist names, or instructions such as “make it "
              "better”: the model was trained on descriptions of sound.</p>"
              "<p>Tempo, key and time signature have their own fields; setting them there is more reliable "
              "than writing them in the caption. The chips under the caption add common words; you can edit "
              "the text freely and keep captions you like as presets.</p>");
}

WritingTipsDialog::WritingTipsDialog(QWidget* parent) : QDialog(parent) {
    setObjectName(QStringLiteral("writingTipsDialog"));
    setWindowTitle(tr("Writing Tips"));
    tabs_ = new QTabWidget(this);
    auto addTab = [this](const QString& html, const QString& title) {
        auto* view = new QTextBrowser(this);
        view->setHtml(html);
        view->setOpenLinks(false);
        tabs_->addTab(view, title);
    };
    addTab(lyricsTips(), tr("Lyrics"));
    addTab(captionTips(), tr("Caption"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs_, 1);
    layout->addWidget(buttons);
    resize(620, 520);
}

}  // namespace songloom::ui
