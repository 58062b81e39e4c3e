<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CatalogPresenter</name>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Nicht bereit</translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation>Dateien: %1</translation>
    </message>
    <message>
        <source>Release: %1</source>
        <translation>Veröffentlichung: %1</translation>
    </message>
    <message>
        <source>Parameters: %1, stored as %2</source>
        <translation>Parameter: %1, gespeichert als %2</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Model sets found: %1, ready to generate: %2.</source>
        <translation>Gefundene Modellsätze: %1, bereit zum Erzeugen: %2.</translation>
    </message>
    <message>
        <source>Found parts of a model (%1), but no DiT to generate with.</source>
        <translation>Teile eines Modells gefunden (%1), aber kein DiT, mit dem sich Musik erzeugen lässt.</translation>
    </message>
    <message>
        <source>No usable ACE-Step 1.5 model was found in this folder.</source>
        <translation>In diesem Ordner wurde kein nutzbares ACE-Step-1.5-Modell gefunden.</translation>
    </message>
    <message>
        <source>Files not used: %1.</source>
        <translation>Nicht verwendete Dateien: %1.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Songloom could not read the folder %1: %2</source>
        <translation>Songloom konnte den Ordner %1 nicht lesen: %2</translation>
    </message>
    <message>
        <source>The folder %1 could not be scanned: %2</source>
        <translation>Der Ordner %1 konnte nicht durchsucht werden: %2</translation>
    </message>
    <message>
        <source>Turbo</source>
        <translation>Turbo</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>SFT</source>
        <translation>SFT</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Eigene Größe</translation>
    </message>
    <message>
        <source>Custom (%1 layout)</source>
        <translation>Eigene Größe (%1-Aufbau)</translation>
    </message>
    <message>
        <source>DiT</source>
        <translation>DiT</translation>
    </message>
    <message>
        <source>audio decoder (VAE)</source>
        <translation>Audio-Decoder (VAE)</translation>
    </message>
    <message>
        <source>text encoder</source>
        <translation>Text-Encoder</translation>
    </message>
    <message>
        <source>planner (5 Hz LM)</source>
        <translation>Planer (5-Hz-LM)</translation>
    </message>
    <message>
        <source>adapter (LoRA)</source>
        <translation>Adapter (LoRA)</translation>
    </message>
    <message>
        <source>silence latent</source>
        <translation>Stille-Latent</translation>
    </message>
    <message>
        <source>tokenizer</source>
        <translation>Tokenizer</translation>
    </message>
    <message>
        <source>unknown part</source>
        <translation>unbekannter Teil</translation>
    </message>
    <message>
        <source>%1 billion</source>
        <translation>%1 Milliarden</translation>
    </message>
    <message>
        <source>%1 million</source>
        <translation>%1 Millionen</translation>
    </message>
    <message>
        <source>No ACE-Step 1.5 model files were found in this folder.</source>
        <translation>In diesem Ordner wurden keine ACE-Step-1.5-Modelldateien gefunden.</translation>
    </message>
    <message>
        <source>Songloom looks in this folder and its subfolders for the official ACE-Step 1.5 checkpoints (such as acestep-v15-turbo, vae and Qwen3-Embedding-0.6B) or for ComfyUI files such as ace_step_1.5_turbo_aio.safetensors. Put them here, then rescan (F5).</source>
        <translation>Songloom sucht in diesem Ordner und seinen Unterordnern nach den offiziellen ACE-Step-1.5-Checkpoints (etwa acestep-v15-turbo, vae und Qwen3-Embedding-0.6B) oder nach ComfyUI-Dateien wie ace_step_1.5_turbo_aio.safetensors. Legen Sie sie hier ab und durchsuchen Sie den Ordner dann erneut (F5).</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Songloom: write and produce songs with the ACE-Step 1.5 music model on your own GPU.</source>
        <translation>Songloom: Songs mit dem Musikmodell ACE-Step 1.5 auf der eigenen GPU schreiben und produzieren.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and the engine&apos;s runtime (libtorch, GPU) and exit.</source>
        <translation>Version und Laufzeitumgebung der Engine (libtorch, GPU) anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Use the models in DIR for this run (the saved folder stays as it is).</source>
        <translation>Für diesen Start die Modelle in VERZ verwenden (der gespeicherte Ordner bleibt unverändert).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>VERZ</translation>
    </message>
    <message>
        <source>Keep settings in DIR instead of your configuration folder.</source>
        <translation>Einstellungen in VERZ statt im Konfigurationsordner ablegen.</translation>
    </message>
    <message>
        <source>Once the window is ready, save it as a PNG image to FILE, print a one-line JSON description of the window and quit.</source>
        <translation>Sobald das Fenster bereit ist, es als PNG-Bild in DATEI speichern, eine einzeilige JSON-Beschreibung des Fensters ausgeben und beenden.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>Try &apos;songloom --help&apos; for the options.</source>
        <translation>„songloom --help“ zeigt die Optionen.</translation>
    </message>
</context>
<context>
    <name>RuntimeText</name>
    <message>
        <source>engine built without libtorch</source>
        <translation>Engine ohne libtorch gebaut</translation>
    </message>
    <message>
        <source>libtorch %1, CPU only (libtorch without CUDA)</source>
        <translation>libtorch %1, nur CPU (libtorch ohne CUDA)</translation>
    </message>
    <message>
        <source>libtorch %1, no usable GPU found, running on the CPU</source>
        <translation>libtorch %1, keine nutzbare GPU gefunden, läuft auf der CPU</translation>
    </message>
    <message>
        <source>libtorch %1, GPU: %2</source>
        <translation>libtorch %1, GPU: %2</translation>
    </message>
</context>
<context>
    <name>songloom::ui::CaptionBuilder</name>
    <message>
        <source>Genre</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>Instrumente</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>Vocal style</source>
        <translation>Gesangsstil</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Describe the song in English: genre, instruments, mood, voice… Click the words below or type your own.</source>
        <translation>Beschreiben Sie den Song auf Englisch: Genre, Instrumente, Stimmung, Gesang… Klicken Sie die Wörter unten an oder schreiben Sie eigene.</translation>
    </message>
    <message>
        <source>What to avoid (optional)</source>
        <translation>Was vermieden werden soll (optional)</translation>
    </message>
    <message>
        <source>Kept with the request. ACE-Step 1.5 guides away from its own empty condition, so this text does not steer the sound.</source>
        <translation>Wird mit der Anfrage gespeichert. ACE-Step 1.5 lenkt von seiner eigenen leeren Bedingung weg, daher beeinflusst dieser Text den Klang nicht.</translation>
    </message>
    <message>
        <source>No saved presets</source>
        <translation>Keine gespeicherten Vorlagen</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Laden</translation>
    </message>
    <message>
        <source>Replace the caption and negative prompt with the chosen preset</source>
        <translation>Beschreibung und Negativ-Prompt durch die gewählte Vorlage ersetzen</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Keep the caption and negative prompt under a name</source>
        <translation>Beschreibung und Negativ-Prompt unter einem Namen speichern</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Forget the chosen preset</source>
        <translation>Die gewählte Vorlage entfernen</translation>
    </message>
    <message>
        <source>Presets:</source>
        <translation>Vorlagen:</translation>
    </message>
    <message>
        <source>Negative prompt:</source>
        <translation>Negativ-Prompt:</translation>
    </message>
    <message>
        <source>Save Caption Preset</source>
        <translation>Beschreibungsvorlage speichern</translation>
    </message>
    <message>
        <source>Preset name:</source>
        <translation>Name der Vorlage:</translation>
    </message>
</context>
<context>
    <name>songloom::ui::ComposePage</name>
    <message>
        <source>Unknown / none</source>
        <translation>Unbekannt / keine</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Stil</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source> BPM</source>
        <translation> BPM</translation>
    </message>
    <message>
        <source>Beats per minute, %1–%2; Auto lets the model choose</source>
        <translation>Schläge pro Minute, %1–%2; bei „Automatisch“ wählt das Modell</translation>
    </message>
    <message>
        <source>Tap</source>
        <translation>Tippen</translation>
    </message>
    <message>
        <source>Tap along with the beat: the tempo is the average of your last taps (a pause of two seconds starts over)</source>
        <translation>Im Takt mittippen: Das Tempo ist der Mittelwert Ihrer letzten Tipper (nach zwei Sekunden Pause beginnt die Messung neu)</translation>
    </message>
    <message>
        <source>major</source>
        <translation>Dur</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>Moll</translation>
    </message>
    <message>
        <source>%1 beats per bar</source>
        <translation>%1 Schläge pro Takt</translation>
    </message>
    <message>
        <source>Instrumental (no vocals)</source>
        <translation>Instrumental (ohne Gesang)</translation>
    </message>
    <message>
        <source>Song</source>
        <translation>Song</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <source>Tempo:</source>
        <translation>Tempo:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Tonart:</translation>
    </message>
    <message>
        <source>Time signature:</source>
        <translation>Taktart:</translation>
    </message>
    <message>
        <source>Vocal language:</source>
        <translation>Gesangssprache:</translation>
    </message>
    <message>
        <source>%1:%2 min</source>
        <translation>%1:%2 min</translation>
    </message>
    <message>
        <source>✓ The request is complete and within the engine&apos;s limits.</source>
        <translation>✓ Die Anfrage ist vollständig und liegt in den Grenzen der Engine.</translation>
    </message>
    <message>
        <source>The request is not ready yet: see the message in red.</source>
        <translation>Die Anfrage ist noch nicht fertig: siehe die rote Meldung.</translation>
    </message>
</context>
<context>
    <name>songloom::ui::LyricsEditor</name>
    <message>
        <source>[Verse 1]
Write your lyrics here, one sung line per line.

[Chorus]
…

Type [ for the section tags.</source>
        <translation>[Verse 1]
Schreiben Sie hier Ihren Text, eine gesungene Zeile pro Zeile.

[Chorus]
…

Tippen Sie [ für die Abschnitts-Tags.</translation>
    </message>
    <message>
        <source>Sections of the lyrics and their sung lines; click one to go there</source>
        <translation>Abschnitte des Textes und ihre gesungenen Zeilen; zum Hinspringen anklicken</translation>
    </message>
    <message>
        <source>Rule of thumb: one sung line takes about two bars, so a song holds duration × BPM ÷ 60 ÷ beats per bar ÷ 2 lines (120 BPM and 4 beats per bar when unset). Over 125 % of that is too long: lines get skipped or rushed. Under 25 % is too short: the model fills the rest on its own.</source>
        <translation>Faustregel: Eine gesungene Zeile dauert etwa zwei Takte, ein Song fasst also Dauer × BPM ÷ 60 ÷ Schläge pro Takt ÷ 2 Zeilen (ohne Angabe 120 BPM und 4 Schläge pro Takt). Mehr als 125 % davon ist zu lang: Zeilen werden übersprungen oder gehetzt. Weniger als 25 % ist zu kurz: Das Modell füllt den Rest selbst.</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Read lyrics from a text (.txt) or LRC (.lrc) file</source>
        <translation>Songtext aus einer Text- (.txt) oder LRC-Datei (.lrc) lesen</translation>
    </message>
    <message>
        <source>Lyrics</source>
        <translation>Songtext</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>(before the first tag)</source>
        <translation>(vor dem ersten Tag)</translation>
    </message>
    <message>
        <source>%1 · 1 line</source>
        <translation>%1 · 1 Zeile</translation>
    </message>
    <message>
        <source>%1 · %2 lines</source>
        <translation>%1 · %2 Zeilen</translation>
    </message>
    <message>
        <source>1 tag not in the section vocabulary (shown in orange)</source>
        <translation>1 Tag steht nicht im Abschnittsvokabular (orange markiert)</translation>
    </message>
    <message>
        <source>%1 tags not in the section vocabulary (shown in orange)</source>
        <translation>%1 Tags stehen nicht im Abschnittsvokabular (orange markiert)</translation>
    </message>
    <message>
        <source>1 line with stray or unclosed brackets (shown in red)</source>
        <translation>1 Zeile mit verirrten oder nicht geschlossenen Klammern (rot markiert)</translation>
    </message>
    <message>
        <source>%1 lines with stray or unclosed brackets (shown in red)</source>
        <translation>%1 Zeilen mit verirrten oder nicht geschlossenen Klammern (rot markiert)</translation>
    </message>
    <message>
        <source>%1 sung lines; about %2 fit this duration and tempo.</source>
        <translation>%1 gesungene Zeilen; etwa %2 passen zu dieser Dauer und diesem Tempo.</translation>
    </message>
    <message>
        <source>Too long: %1 sung lines, but only about %2 fit this duration and tempo. Lines may be skipped; make the song longer or faster, or cut lines.</source>
        <translation>Zu lang: %1 gesungene Zeilen, aber nur etwa %2 passen zu dieser Dauer und diesem Tempo. Zeilen können übersprungen werden; machen Sie den Song länger oder schneller oder kürzen Sie den Text.</translation>
    </message>
    <message>
        <source>Too short: %1 sung lines for room of about %2. The model will fill the rest on its own; add lines or make the song shorter.</source>
        <translation>Zu kurz: %1 gesungene Zeilen bei Platz für etwa %2. Das Modell füllt den Rest selbst; ergänzen Sie Zeilen oder machen Sie den Song kürzer.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB; that is not a lyrics file.</source>
        <translation>%1 ist größer als 1 MiB; das ist keine Songtextdatei.</translation>
    </message>
    <message>
        <source>Import Lyrics</source>
        <translation>Songtext importieren</translation>
    </message>
    <message>
        <source>Lyrics (*.txt *.lrc);;All files (*)</source>
        <translation>Songtexte (*.txt *.lrc);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>songloom::ui::MainWindow</name>
    <message>
        <source>Songloom</source>
        <extracomment>The product name in the title bar; keep it as it is.</extracomment>
        <translation>Songloom</translation>
    </message>
    <message>
        <source>Checking the engine…</source>
        <translation>Engine wird geprüft…</translation>
    </message>
    <message>
        <source>&amp;Choose Models Folder…</source>
        <translation>Modellordner &amp;wählen…</translation>
    </message>
    <message>
        <source>Choose the folder that holds your ACE-Step 1.5 model files</source>
        <translation>Den Ordner mit Ihren ACE-Step-1.5-Modelldateien wählen</translation>
    </message>
    <message>
        <source>&amp;Rescan Models</source>
        <translation>Modelle neu &amp;durchsuchen</translation>
    </message>
    <message>
        <source>Look again for model files in the models folder</source>
        <translation>Den Modellordner erneut nach Modelldateien durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About Songloom</source>
        <translation>Ü&amp;ber Songloom</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>About Songloom</source>
        <translation>Über Songloom</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Songloom %1&lt;/h3&gt;&lt;p&gt;A studio for writing and producing songs with the ACE-Step 1.5 music model, running on your own computer.&lt;/p&gt;&lt;p&gt;Engine: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Songloom %1&lt;/h3&gt;&lt;p&gt;Ein Studio zum Schreiben und Produzieren von Songs mit dem Musikmodell ACE-Step 1.5, das auf Ihrem eigenen Computer läuft.&lt;/p&gt;&lt;p&gt;Engine: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Compose</source>
        <translation>Komponieren</translation>
    </message>
</context>
<context>
    <name>songloom::ui::ModelSetList</name>
    <message>
        <source>Model sets</source>
        <translation>Modellsätze</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Variant of %1</source>
        <translation>Variante von %1</translation>
    </message>
    <message>
        <source>Choose… (name: %1)</source>
        <translation>Wählen… (Name: %1)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>The files do not say which variant this is. Choose the one it was released as: Turbo generates in 8 steps, Base and SFT take about 50 steps with guidance.</source>
        <translation>Die Dateien sagen nicht, welche Variante dies ist. Wählen Sie die, als die sie veröffentlicht wurde: Turbo erzeugt in 8 Schritten, Base und SFT brauchen etwa 50 Schritte mit Guidance.</translation>
    </message>
</context>
<context>
    <name>songloom::ui::ModelsPanel</name>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Find your models</source>
        <translation>Finden Sie Ihre Modelle</translation>
    </message>
    <message>
        <source>Choose the folder where your ACE-Step 1.5 model files are, and Songloom will list the models it finds there.</source>
        <translation>Wählen Sie den Ordner, in dem Ihre ACE-Step-1.5-Modelldateien liegen, und Songloom listet die Modelle auf, die es dort findet.</translation>
    </message>
    <message>
        <source>Choose Models Folder…</source>
        <translation>Modellordner wählen…</translation>
    </message>
    <message>
        <source>Models folder:</source>
        <translation>Modellordner:</translation>
    </message>
    <message>
        <source>&amp;Change Folder…</source>
        <translation>Ordner &amp;wechseln…</translation>
    </message>
    <message>
        <source>&amp;Rescan</source>
        <translation>&amp;Erneut durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Model sets</source>
        <translation>&amp;Modellsätze</translation>
    </message>
    <message>
        <source>Model details</source>
        <translation>Modelldetails</translation>
    </message>
    <message>
        <source>Files &amp;not used</source>
        <translation>&amp;Nicht verwendete Dateien</translation>
    </message>
    <message>
        <source>Choose Models Folder</source>
        <translation>Modellordner wählen</translation>
    </message>
    <message>
        <source>Looking for models in this folder…</source>
        <translation>Modelle in diesem Ordner werden gesucht…</translation>
    </message>
    <message>
        <source>This folder cannot be scanned</source>
        <translation>Dieser Ordner kann nicht durchsucht werden</translation>
    </message>
    <message>
        <source>Choose another folder with Change Folder…, or check that the drive it is on is connected, then rescan (F5).</source>
        <translation>Wählen Sie mit „Ordner wechseln…“ einen anderen Ordner, oder prüfen Sie, ob sein Laufwerk angeschlossen ist, und durchsuchen Sie ihn dann erneut (F5).</translation>
    </message>
    <message>
        <source>No models here yet</source>
        <translation>Hier sind noch keine Modelle</translation>
    </message>
</context>
<context>
    <name>songloom::ui::RejectedList</name>
    <message>
        <source>Files not used</source>
        <translation>Nicht verwendete Dateien</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
</TS>
