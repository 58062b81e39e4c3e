<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Application</name>
    <message>
        <source>this build of Songloom has no engine.</source>
        <translation>dieser Songloom-Build hat keine Engine.</translation>
    </message>
    <message>
        <source>this build of Songloom was made without CUDA.</source>
        <translation>dieser Songloom-Build wurde ohne CUDA erstellt.</translation>
    </message>
    <message>
        <source>no NVIDIA graphics card with a working driver was found.</source>
        <translation>es wurde keine NVIDIA-Grafikkarte mit funktionierendem Treiber gefunden.</translation>
    </message>
</context>
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
        <translation>Songloom sucht in diesem Ordner und seinen Unterordnern nach den offiziellen ACE-Step-1.5-Checkpoints (etwa acestep-v15-turbo, vae und Qwen3-Embedding-0.6B) oder nach ComfyUI-Dateien wie ace_step_1.5_turbo_aio.safetensors. Leg sie hier ab und durchsuche den Ordner dann erneut (F5).</translation>
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
    <name>EditPlan</name>
    <message>
        <source>%1 must be between 1 and %2 (it is %3).</source>
        <translation>%1 muss zwischen 1 und %2 liegen (ist %3).</translation>
    </message>
    <message>
        <source>Takes per region</source>
        <translation>Takes pro Bereich</translation>
    </message>
    <message>
        <source>The region %1–%2 s must lie within the take (0–%3 s) and end after it starts.</source>
        <translation>Der Bereich %1–%2 s muss im Take liegen (0–%3 s) und nach seinem Anfang enden.</translation>
    </message>
    <message>
        <source>The region is %1 s long; a repaint needs at least %2 s.</source>
        <translation>Der Bereich ist %1 s lang; ein Neumalen braucht mindestens %2 s.</translation>
    </message>
    <message>
        <source>Takes</source>
        <translation>Takes</translation>
    </message>
    <message>
        <source>Extend by must be more than 0 and at most %1 s (it is %2 s).</source>
        <translation>Verlängern um muss mehr als 0 und höchstens %1 s sein (ist %2 s).</translation>
    </message>
    <message>
        <source>The song would be %1 s long; the model makes at most %2 s. Extend by at most %3 s.</source>
        <translation>Der Song wäre %1 s lang; das Modell macht höchstens %2 s. Verlängere um höchstens %3 s.</translation>
    </message>
    <message>
        <source>Context must be more than 0 and at most %1 s (it is %2 s).</source>
        <translation>Kontext muss mehr als 0 und höchstens %1 s sein (ist %2 s).</translation>
    </message>
    <message>
        <source>Choose the source audio: a take or an audio file.</source>
        <translation>Wähle das Quell-Audio: einen Take oder eine Audiodatei.</translation>
    </message>
    <message>
        <source>Strength must be between 0 and 1 (it is %1).</source>
        <translation>Stärke muss zwischen 0 und 1 liegen (ist %1).</translation>
    </message>
    <message>
        <source>Region %1 has no take chosen.</source>
        <translation>Für Bereich %1 ist kein Take gewählt.</translation>
    </message>
    <message>
        <source>The take for region %1 does not match the song (%2 Hz, %3 channels, %4 frames against %5 Hz, %6 channels, %7 frames).</source>
        <translation>Der Take für Bereich %1 passt nicht zum Song (%2 Hz, %3 Kanäle, %4 Frames gegenüber %5 Hz, %6 Kanälen, %7 Frames).</translation>
    </message>
    <message>
        <source>Region %1 (%2–%3 s) is not inside the song.</source>
        <translation>Bereich %1 (%2–%3 s) liegt nicht im Song.</translation>
    </message>
    <message>
        <source>Regions %1 and %2 overlap; keep one of them.</source>
        <translation>Die Bereiche %1 und %2 überlappen sich; behalte nur einen davon.</translation>
    </message>
</context>
<context>
    <name>EngineBackend</name>
    <message>
        <source>The model set %1 is not in the models folder any more; choose another one on the Models page.</source>
        <translation>Das Modellset %1 ist nicht mehr im Modellordner; wähle auf der Seite „Modelle“ ein anderes.</translation>
    </message>
</context>
<context>
    <name>ExportService</name>
    <message>
        <source>The take %1 could not be read: %2</source>
        <translation>Der Take %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation>%1 wurde nicht geschrieben: %2</translation>
    </message>
</context>
<context>
    <name>ExportSettings</name>
    <message>
        <source>MP3</source>
        <translation>MP3</translation>
    </message>
    <message>
        <source>WAV</source>
        <translation>WAV</translation>
    </message>
    <message>
        <source>FLAC</source>
        <translation>FLAC</translation>
    </message>
    <message>
        <source>Ogg Vorbis</source>
        <translation>Ogg Vorbis</translation>
    </message>
    <message>
        <source>MP4 video with cover image</source>
        <translation>MP4-Video mit Coverbild</translation>
    </message>
    <message>
        <source>16-bit integer</source>
        <translation>16-Bit-Integer</translation>
    </message>
    <message>
        <source>24-bit integer</source>
        <translation>24-Bit-Integer</translation>
    </message>
    <message>
        <source>32-bit float</source>
        <translation>32-Bit-Gleitkomma</translation>
    </message>
    <message>
        <source>%1 is written at 48000 Hz, 2 channels; %2 Hz, %3 channels is not offered.</source>
        <translation>%1 wird mit 48000 Hz und 2 Kanälen geschrieben; %2 Hz mit %3 Kanälen gibt es nicht.</translation>
    </message>
    <message>
        <source>Audio bitrate %1 kbps is not offered for MP4: allowed 96 to 320 kbps.</source>
        <translation>Audio-Bitrate %1 kbps gibt es für MP4 nicht: erlaubt sind 96 bis 320 kbps.</translation>
    </message>
    <message>
        <source>Target loudness %1 LUFS is out of range: allowed %2 to %3 LUFS.</source>
        <translation>Ziel-Lautheit %1 LUFS liegt außerhalb des Bereichs: erlaubt %2 bis %3 LUFS.</translation>
    </message>
    <message>
        <source>True-peak ceiling %1 dBTP is out of range: allowed %2 to %3 dBTP.</source>
        <translation>True-Peak-Obergrenze %1 dBTP liegt außerhalb des Bereichs: erlaubt %2 bis %3 dBTP.</translation>
    </message>
    <message>
        <source>Cover image %1 cannot be read.</source>
        <translation>Coverbild %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cover image %1 is not a PNG or JPEG image: allowed PNG, JPEG.</source>
        <translation>Coverbild %1 ist kein PNG- oder JPEG-Bild: erlaubt sind PNG, JPEG.</translation>
    </message>
    <message>
        <source>Cover image: an MP4 video needs a picture; choose a PNG or JPEG image.</source>
        <translation>Coverbild: ein MP4-Video braucht ein Bild; wähle ein PNG- oder JPEG-Bild.</translation>
    </message>
    <message>
        <source>Folder: choose where the files go.</source>
        <translation>Ordner: wähle, wohin die Dateien kommen.</translation>
    </message>
    <message>
        <source>Folder %1 is a file, not a folder.</source>
        <translation>Ordner %1 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>File name: the pattern is empty; use text and %1.</source>
        <translation>Dateiname: das Muster ist leer; verwende Text und %1.</translation>
    </message>
    <message>
        <source>File name: %1 is not a placeholder; allowed %2.</source>
        <translation>Dateiname: %1 ist kein Platzhalter; erlaubt sind %2.</translation>
    </message>
    <message>
        <source>The saved export format “%1” is not known; %2 is used.</source>
        <translation>Das gespeicherte Exportformat „%1“ ist unbekannt; %2 wird verwendet.</translation>
    </message>
    <message>
        <source>The saved %1 %2 %3 is not allowed for %4 (allowed %5 %3); the default is used.</source>
        <translation>Die gespeicherte Einstellung %1 %2 %3 ist für %4 nicht erlaubt (erlaubt %5 %3); der Standardwert wird verwendet.</translation>
    </message>
    <message>
        <source>sample rate</source>
        <translation>Abtastrate</translation>
    </message>
    <message>
        <source>Hz</source>
        <translation>Hz</translation>
    </message>
    <message>
        <source>channel count</source>
        <translation>Kanalzahl</translation>
    </message>
    <message>
        <source>bitrate</source>
        <translation>Bitrate</translation>
    </message>
    <message>
        <source>kbps</source>
        <translation>kbps</translation>
    </message>
    <message>
        <source>The saved WAV bit depth is not known; %1 is used.</source>
        <translation>Die gespeicherte WAV-Bittiefe ist unbekannt; %1 wird verwendet.</translation>
    </message>
    <message>
        <source>The saved %1 %2 is out of range (allowed %3 to %4); %5 is used.</source>
        <translation>Die gespeicherte Einstellung %1 %2 liegt außerhalb des Bereichs (erlaubt %3 bis %4); %5 wird verwendet.</translation>
    </message>
    <message>
        <source>target loudness</source>
        <translation>Ziel-Lautheit</translation>
    </message>
    <message>
        <source>true-peak ceiling</source>
        <translation>True-Peak-Obergrenze</translation>
    </message>
    <message>
        <source>The saved cover image %1 is gone; no cover is used.</source>
        <translation>Das gespeicherte Coverbild %1 ist nicht mehr da; es wird kein Cover verwendet.</translation>
    </message>
    <message>
        <source>The saved file-name pattern “%1” cannot be used (%2); “%3” is used.</source>
        <translation>Das gespeicherte Dateinamenmuster „%1“ ist nicht verwendbar (%2); „%3“ wird verwendet.</translation>
    </message>
</context>
<context>
    <name>JobQueue</name>
    <message>
        <source>Take %1 arrived without audio.</source>
        <translation>Take %1 kam ohne Audio an.</translation>
    </message>
    <message>
        <source>Take %1 could not be saved to %2: %3</source>
        <translation>Take %1 konnte nicht unter %2 gespeichert werden: %3</translation>
    </message>
</context>
<context>
    <name>Lineage</name>
    <message>
        <source>Repaint</source>
        <translation>Neu malen</translation>
    </message>
    <message>
        <source>Repaint take</source>
        <translation>Neu gemalter Take</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>Verlängern</translation>
    </message>
    <message>
        <source>Cover / remix</source>
        <translation>Cover / Remix</translation>
    </message>
    <message>
        <source>New song</source>
        <translation>Neuer Song</translation>
    </message>
    <message>
        <source>%1 (take %2)</source>
        <translation>%1 (Take %2)</translation>
    </message>
</context>
<context>
    <name>ProgressText</name>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Interrupted (the app was closed)</source>
        <translation>Unterbrochen (die App wurde geschlossen)</translation>
    </message>
    <message>
        <source>Loading the models</source>
        <translation>Modelle werden geladen</translation>
    </message>
    <message>
        <source>Reading caption and lyrics</source>
        <translation>Beschreibung und Songtext werden gelesen</translation>
    </message>
    <message>
        <source>Reading the source audio</source>
        <translation>Quell-Audio wird gelesen</translation>
    </message>
    <message>
        <source>Generating</source>
        <translation>Wird generiert</translation>
    </message>
    <message>
        <source>Decoding audio</source>
        <translation>Audio wird dekodiert</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Wird gespeichert</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>Wird abgeschlossen</translation>
    </message>
    <message>
        <source>%1 · step %2 of %3</source>
        <translation>%1 · Schritt %2 von %3</translation>
    </message>
    <message>
        <source>Take %1 of %2 · %3</source>
        <translation>Take %1 von %2 · %3</translation>
    </message>
    <message>
        <source>estimating…</source>
        <translation>wird geschätzt…</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>noch %1 s</translation>
    </message>
    <message>
        <source>%1:%2 left</source>
        <translation>noch %1:%2</translation>
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
    <name>StudioDatabase</name>
    <message>
        <source>Could not open the studio database %1: %2</source>
        <translation>Die Studio-Datenbank %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The studio database %1 is damaged and could not be moved aside; nothing was changed. Move or delete it, then start Songloom again.</source>
        <translation>Die Studio-Datenbank %1 ist beschädigt und konnte nicht beiseitegelegt werden; nichts wurde verändert. Verschiebe oder lösche sie und starte Songloom dann neu.</translation>
    </message>
    <message>
        <source>The studio database was damaged and could not be read. It was kept as %1, and a new, empty history was started.</source>
        <translation>Die Studio-Datenbank war beschädigt und konnte nicht gelesen werden. Sie wurde als %1 aufbewahrt, und ein neuer, leerer Verlauf wurde begonnen.</translation>
    </message>
    <message>
        <source>Could not prepare the studio database %1: %2</source>
        <translation>Die Studio-Datenbank %1 konnte nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <source>The studio database %1 was written by a newer Songloom (schema %2; this version reads up to %3). Update Songloom to open it.</source>
        <translation>Die Studio-Datenbank %1 wurde von einem neueren Songloom geschrieben (Schema %2; diese Version liest bis %3). Aktualisiere Songloom, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>Could not update the studio database %1 to schema %2: %3</source>
        <translation>Die Studio-Datenbank %1 konnte nicht auf Schema %2 aktualisiert werden: %3</translation>
    </message>
    <message>
        <source>Could not create a new studio database at %1.</source>
        <translation>Unter %1 konnte keine neue Studio-Datenbank angelegt werden.</translation>
    </message>
</context>
<context>
    <name>StudioSettings</name>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>empty (system)</source>
        <translation>leer (System)</translation>
    </message>
    <message>
        <source>%1: the saved value &quot;%2&quot; is not one of %3; using %4.</source>
        <translation>%1: Der gespeicherte Wert „%2“ ist keiner von %3; %4 wird verwendet.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>the system language</source>
        <translation>die Systemsprache</translation>
    </message>
    <message>
        <source>Show the first-run guide</source>
        <translation>Einstiegshilfe anzeigen</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>TakeEditor</name>
    <message>
        <source>The accepted take could not be saved to %1: %2</source>
        <translation>Der übernommene Take konnte nicht unter %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>TakeTrash</name>
    <message>
        <source>That take is not in the history any more.</source>
        <translation>Dieser Take ist nicht mehr im Verlauf.</translation>
    </message>
    <message>
        <source>Could not move %1 to the trash folder %2.</source>
        <translation>%1 konnte nicht in den Papierkorb-Ordner %2 verschoben werden.</translation>
    </message>
    <message>
        <source>Could not update the history: %1</source>
        <translation>Der Verlauf konnte nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>There is no deleted take to restore.</source>
        <translation>Es gibt keinen gelöschten Take zum Wiederherstellen.</translation>
    </message>
    <message>
        <source>Could not move the take back to %1.</source>
        <translation>Der Take konnte nicht nach %1 zurückverschoben werden.</translation>
    </message>
    <message>
        <source>There is no deleted take to remove.</source>
        <translation>Es gibt keinen gelöschten Take zum Entfernen.</translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation>%1 konnte nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>VariantCatalogModel</name>
    <message>
        <source>%1 (ready)</source>
        <translation>%1 (bereit)</translation>
    </message>
    <message>
        <source>%1 (not ready)</source>
        <translation>%1 (nicht bereit)</translation>
    </message>
    <message>
        <source>%1 needs a Base model: only the Base checkpoints were trained to take a part out of a song, add a part, or complete an arrangement. Choose 2B Base or XL Base.</source>
        <translation>%1 braucht ein Base-Modell: Nur die Base-Checkpoints wurden darauf trainiert, eine Spur aus einem Song zu lösen, eine Spur hinzuzufügen oder ein Arrangement zu vervollständigen. Wähle 2B Base oder XL Base.</translation>
    </message>
    <message>
        <source>Cover needs the model&apos;s audio tokenizer, and this copy of %1 was downloaded without it. Choose a model set that includes it (the official folders and Comfy-Org files do).</source>
        <translation>Cover braucht den Audio-Tokenizer des Modells, und diese Kopie von %1 wurde ohne ihn heruntergeladen. Wähle ein Modellset, das ihn enthält (die offiziellen Ordner und die Comfy-Org-Dateien tun das).</translation>
    </message>
    <message>
        <source>New song</source>
        <translation>Neuer Song</translation>
    </message>
    <message>
        <source>Repaint a region</source>
        <translation>Einen Bereich neu malen</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Cover</translation>
    </message>
    <message>
        <source>Extract a part</source>
        <translation>Eine Spur herauslösen</translation>
    </message>
    <message>
        <source>Add a part</source>
        <translation>Eine Spur hinzufügen</translation>
    </message>
    <message>
        <source>Complete the arrangement</source>
        <translation>Das Arrangement vervollständigen</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>installiert</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>unvollständig</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>nicht installiert</translation>
    </message>
    <message>
        <source>the single file %1 from Comfy-Org (it holds every part)</source>
        <translation>die Einzeldatei %1 von Comfy-Org (sie enthält alle Teile)</translation>
    </message>
    <message>
        <source>the folder %1 (Hugging Face repository ACE-Step/%1)</source>
        <translation>den Ordner %1 (Hugging-Face-Repository ACE-Step/%1)</translation>
    </message>
    <message>
        <source>the folder %1 (Hugging Face repository ACE-Step/%1) or the file %2 from Comfy-Org</source>
        <translation>den Ordner %1 (Hugging-Face-Repository ACE-Step/%1) oder die Datei %2 von Comfy-Org</translation>
    </message>
    <message>
        <source>Not in the models folder. Get %1 for the %2 song model (DiT).</source>
        <translation>Nicht im Modellordner. Besorge %1 für das Songmodell %2 (DiT).</translation>
    </message>
    <message>
        <source>It also needs the audio decoder (VAE): the %1 folder or %2.</source>
        <translation>Außerdem wird der Audio-Decoder (VAE) gebraucht: der Ordner %1 oder %2.</translation>
    </message>
    <message>
        <source>It also needs the text encoder: the %1 folder or %2.</source>
        <translation>Außerdem wird der Text-Encoder gebraucht: der Ordner %1 oder %2.</translation>
    </message>
    <message>
        <source>It also needs the text encoder&apos;s tokenizer (%1, inside the %2 folder).</source>
        <translation>Außerdem wird der Tokenizer des Text-Encoders gebraucht (%1, im Ordner %2).</translation>
    </message>
    <message>
        <source>If %1 is this variant, say so on the Models page.</source>
        <translation>Wenn %1 diese Variante ist, gib das auf der Seite „Modelle“ an.</translation>
    </message>
</context>
<context>
    <name>VariantPresets</name>
    <message>
        <source>The quickest way to hear an idea: a finished song in a few seconds, and everything it needs comes in one file.</source>
        <translation>Der schnellste Weg, eine Idee zu hören: ein fertiger Song in wenigen Sekunden, und alles Nötige steckt in einer Datei.</translation>
    </message>
    <message>
        <source>Same sound and speed as the all-in-one Turbo, for when you keep the model&apos;s parts as separate files.</source>
        <translation>Gleicher Klang und gleiches Tempo wie das All-in-one-Turbo, wenn du die Teile des Modells als getrennte Dateien hast.</translation>
    </message>
    <message>
        <source>Takes much longer than Turbo for a more careful result, and is the only kind that can lift a single part out of a song or build a song around one.</source>
        <translation>Braucht viel länger als Turbo für ein sorgfältigeres Ergebnis und ist das einzige, das eine einzelne Spur aus einem Song lösen oder einen Song um eine Spur herum bauen kann.</translation>
    </message>
    <message>
        <source>A fine-tuned Base: same pace, its own character. Try it next to Base on the same song.</source>
        <translation>Ein feinabgestimmtes Base: gleiches Tempo, eigener Charakter. Probier es neben Base am selben Song.</translation>
    </message>
    <message>
        <source>The larger model at sketching speed: more detail than 2B Turbo, but it needs a graphics card with more memory.</source>
        <translation>Das größere Modell in Skizzen-Tempo: mehr Details als 2B Turbo, braucht aber eine Grafikkarte mit mehr Speicher.</translation>
    </message>
    <message>
        <source>The larger model, slow and careful: the most detail of all, and the longest wait.</source>
        <translation>Das größere Modell, langsam und sorgfältig: die meisten Details von allen und die längste Wartezeit.</translation>
    </message>
    <message>
        <source>A fine-tuned XL Base: same wait and memory, a different character.</source>
        <translation>Ein feinabgestimmtes XL Base: gleiche Wartezeit und gleicher Speicher, ein anderer Charakter.</translation>
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
        <translation>Beschreib den Song auf Englisch: Genre, Instrumente, Stimmung, Gesang… Klick die Wörter unten an oder schreib eigene.</translation>
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
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>How many versions of the song one Generate makes (%1–%2); each gets the next seed</source>
        <translation>Wie viele Fassungen des Songs ein Generieren erzeugt (%1–%2); jede bekommt den nächsten Seed</translation>
    </message>
    <message>
        <source>Variations per run</source>
        <translation>Varianten pro Durchlauf</translation>
    </message>
    <message>
        <source>Variations:</source>
        <translation>Varianten:</translation>
    </message>
</context>
<context>
    <name>songloom::ui::ExportDialog</name>
    <message>
        <source>Export 1 Take</source>
        <translation>1 Take exportieren</translation>
    </message>
    <message>
        <source>Export %1 Takes</source>
        <translation>%1 Takes exportieren</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Sample rate</source>
        <translation>Abtastrate</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Bitrate</source>
        <translation>Bitrate</translation>
    </message>
    <message>
        <source>WAV bit depth</source>
        <translation>WAV-Bittiefe</translation>
    </message>
    <message>
        <source>&amp;Normalise loudness</source>
        <translation>Lautheit &amp;normalisieren</translation>
    </message>
    <message>
        <source>One gain per take so its integrated loudness (EBU R128) is the target, lowered where needed so the true peak stays under the ceiling</source>
        <translation>Eine Verstärkung pro Take, sodass seine integrierte Lautheit (EBU R128) dem Ziel entspricht, wo nötig niedriger, damit der True Peak unter der Obergrenze bleibt</translation>
    </message>
    <message>
        <source>Target loudness</source>
        <translation>Ziel-Lautheit</translation>
    </message>
    <message>
        <source> LUFS</source>
        <translation> LUFS</translation>
    </message>
    <message>
        <source>True-peak ceiling</source>
        <translation>True-Peak-Obergrenze</translation>
    </message>
    <message>
        <source> dBTP</source>
        <translation> dBTP</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Each take&apos;s own title</source>
        <translation>Der eigene Titel jedes Takes</translation>
    </message>
    <message>
        <source>Artist</source>
        <translation>Interpret</translation>
    </message>
    <message>
        <source>Album</source>
        <translation>Album</translation>
    </message>
    <message>
        <source>Cover image</source>
        <translation>Coverbild</translation>
    </message>
    <message>
        <source>No cover (PNG or JPEG; needed for MP4)</source>
        <translation>Kein Cover (PNG oder JPEG; für MP4 nötig)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Choo&amp;se…</source>
        <translation>Wä&amp;hlen…</translation>
    </message>
    <message>
        <source>File name pattern</source>
        <translation>Dateinamenmuster</translation>
    </message>
    <message>
        <source>Text with {title}, {seed} and {n} (the take&apos;s number in this export)</source>
        <translation>Text mit {title}, {seed} und {n} (die Nummer des Takes in diesem Export)</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Sample &amp;rate:</source>
        <translation>Abtast&amp;rate:</translation>
    </message>
    <message>
        <source>C&amp;hannels:</source>
        <translation>&amp;Kanäle:</translation>
    </message>
    <message>
        <source>&amp;Bitrate:</source>
        <translation>&amp;Bitrate:</translation>
    </message>
    <message>
        <source>WAV bit &amp;depth:</source>
        <translation>WAV-Bit&amp;tiefe:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>True-peak &amp;ceiling:</source>
        <translation>True-Peak-&amp;Obergrenze:</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>&amp;Artist:</source>
        <translation>&amp;Interpret:</translation>
    </message>
    <message>
        <source>Al&amp;bum:</source>
        <translation>Al&amp;bum:</translation>
    </message>
    <message>
        <source>C&amp;over image:</source>
        <translation>C&amp;overbild:</translation>
    </message>
    <message>
        <source>Each take keeps its caption, lyrics, tempo, key and full generation settings.</source>
        <translation>Jeder Take behält seine Beschreibung, seinen Songtext, sein Tempo, seine Tonart und alle Generierungseinstellungen.</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Fol&amp;der:</source>
        <translation>Or&amp;dner:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Datei&amp;name:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vorschau:</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Write the files (Ctrl+Return)</source>
        <translation>Die Dateien schreiben (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <source>Stop after the take being written; the files already written stay</source>
        <translation>Nach dem Take, der gerade geschrieben wird, aufhören; die schon geschriebenen Dateien bleiben</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cover Image</source>
        <translation>Coverbild</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Export Folder</source>
        <translation>Exportordner</translation>
    </message>
    <message>
        <source>Writing take %1 of %2 (%3)…</source>
        <translation>Schreibe Take %1 von %2 (%3)…</translation>
    </message>
    <message>
        <source>Files Exist</source>
        <translation>Dateien vorhanden</translation>
    </message>
    <message>
        <source>A file of this name exists already:</source>
        <translation>Eine Datei dieses Namens gibt es schon:</translation>
    </message>
    <message>
        <source>%1 files of these names exist already:</source>
        <translation>%1 Dateien dieser Namen gibt es schon:</translation>
    </message>
    <message>
        <source>Keep Both (Number the New Files)</source>
        <translation>Beide behalten (neue Dateien nummerieren)</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>%1 Hz</source>
        <translation>%1 Hz</translation>
    </message>
    <message>
        <source>Mono</source>
        <translation>Mono</translation>
    </message>
    <message>
        <source>Stereo</source>
        <translation>Stereo</translation>
    </message>
    <message>
        <source>%1 kbps</source>
        <translation>%1 kbps</translation>
    </message>
    <message>
        <source>Lossless</source>
        <translation>Verlustfrei</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> und %1 weitere</translation>
    </message>
    <message>
        <source>1 file written to %1.</source>
        <translation>1 Datei nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>%1 files written to %2.</source>
        <translation>%1 Dateien nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>Stopped before the other takes.</source>
        <translation>Vor den übrigen Takes gestoppt.</translation>
    </message>
</context>
<context>
    <name>songloom::ui::ExportService</name>
    <message>
        <source>Choose one or more takes to export.</source>
        <translation>Wähle einen oder mehrere Takes zum Exportieren.</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>Ein Export läuft bereits.</translation>
    </message>
    <message>
        <source>Cover image %1 cannot be read.</source>
        <translation>Coverbild %1 kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>songloom::ui::FirstRunDialog</name>
    <message>
        <source>Get Started with Songloom</source>
        <translation>Erste Schritte mit Songloom</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Songloom needs the ACE-Step 1.5 model files&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Songloom braucht die Modelldateien von ACE-Step 1.5&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The music is made on your computer by the open ACE-Step 1.5 model. Its files are a separate download of several gigabytes; keep them together in one folder (subfolders are fine) and show Songloom that folder.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Where to get them&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;From the ACE-Step team on Hugging Face: the repository &lt;i&gt;%1&lt;/i&gt; contains the Turbo model (folder &lt;i&gt;acestep-v15-turbo&lt;/i&gt;) together with &lt;i&gt;vae&lt;/i&gt; and &lt;i&gt;Qwen3-Embedding-0.6B&lt;/i&gt;. The other variants have a repository each under the same name as their folder, for example &lt;i&gt;ACE-Step/acestep-v15-base&lt;/i&gt; or &lt;i&gt;ACE-Step/acestep-v15-xl-turbo&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;From Comfy-Org on Hugging Face (&lt;i&gt;%2&lt;/i&gt;): single files. &lt;i&gt;ace_step_1.5_turbo_aio.safetensors&lt;/i&gt; holds everything in one file; the files under &lt;i&gt;split_files&lt;/i&gt; hold one part each.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;What a working set contains&lt;/b&gt;: the song model (DiT, e.g. &lt;i&gt;acestep-v15-turbo&lt;/i&gt;), the audio decoder (VAE), the text encoder (Qwen3-Embedding-0.6B) and the text encoder&apos;s tokenizer. Comfy-Org&apos;s files come without the tokenizer; Songloom supplies its own copy for them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Musik entsteht auf deinem Computer mit dem offenen Modell ACE-Step 1.5. Seine Dateien sind ein eigener Download von mehreren Gigabyte; lege sie zusammen in einen Ordner (Unterordner sind in Ordnung) und zeige Songloom diesen Ordner.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Woher du sie bekommst&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Vom ACE-Step-Team auf Hugging Face: Das Repository &lt;i&gt;%1&lt;/i&gt; enthält das Turbo-Modell (Ordner &lt;i&gt;acestep-v15-turbo&lt;/i&gt;) zusammen mit &lt;i&gt;vae&lt;/i&gt; und &lt;i&gt;Qwen3-Embedding-0.6B&lt;/i&gt;. Die anderen Varianten haben je ein Repository mit demselben Namen wie ihr Ordner, zum Beispiel &lt;i&gt;ACE-Step/acestep-v15-base&lt;/i&gt; oder &lt;i&gt;ACE-Step/acestep-v15-xl-turbo&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;Von Comfy-Org auf Hugging Face (&lt;i&gt;%2&lt;/i&gt;): Einzeldateien. &lt;i&gt;ace_step_1.5_turbo_aio.safetensors&lt;/i&gt; enthält alles in einer Datei; die Dateien unter &lt;i&gt;split_files&lt;/i&gt; enthalten je einen Teil.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Was ein vollständiges Set enthält&lt;/b&gt;: das Songmodell (DiT, z. B. &lt;i&gt;acestep-v15-turbo&lt;/i&gt;), den Audio-Decoder (VAE), den Text-Encoder (Qwen3-Embedding-0.6B) und den Tokenizer des Text-Encoders. Die Dateien von Comfy-Org kommen ohne Tokenizer; Songloom bringt dafür eine eigene Kopie mit.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No folder chosen yet</source>
        <translation>Noch kein Ordner gewählt</translation>
    </message>
    <message>
        <source>&amp;Choose Folder…</source>
        <translation>Ordner &amp;wählen…</translation>
    </message>
    <message>
        <source>Show this guide at start while no model is ready</source>
        <translation>Diese Hilfe beim Start zeigen, solange kein Modell bereit ist</translation>
    </message>
    <message>
        <source>&amp;Use This Folder</source>
        <translation>Diesen Ordner &amp;verwenden</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
    <message>
        <source>Choose Models Folder</source>
        <translation>Modellordner wählen</translation>
    </message>
    <message>
        <source>Looking for models in this folder…</source>
        <translation>Suche nach Modellen in diesem Ordner…</translation>
    </message>
    <message>
        <source>You can use this folder now and add the missing files later; Songloom looks again when you press F5.</source>
        <translation>Du kannst diesen Ordner jetzt verwenden und die fehlenden Dateien später hinzufügen; Songloom sucht erneut, wenn du F5 drückst.</translation>
    </message>
</context>
<context>
    <name>songloom::ui::HistoryPage</name>
    <message>
        <source>Takes</source>
        <translation>Takes</translation>
    </message>
    <message>
        <source>♥</source>
        <translation>♥</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Take parameters</source>
        <translation>Take-Parameter</translation>
    </message>
    <message>
        <source>Play / Pause</source>
        <translation>Abspielen / Pause</translation>
    </message>
    <message>
        <source>Play or pause the selected take (Space)</source>
        <translation>Den gewählten Take abspielen oder pausieren (Leertaste)</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <source>Mark or unmark the take as a favourite (F); rate it with the keys 1 to 5, 0 clears</source>
        <translation>Den Take als Favorit markieren oder die Markierung entfernen (F); mit den Tasten 1 bis 5 bewerten, 0 löscht die Bewertung</translation>
    </message>
    <message>
        <source>Use These Settings Again</source>
        <translation>Diese Einstellungen wieder verwenden</translation>
    </message>
    <message>
        <source>Load this take&apos;s settings, its seed included, into the Compose page (Ctrl+Shift+U)</source>
        <translation>Die Einstellungen dieses Takes samt Seed auf die Seite „Komponieren“ laden (Strg+Umschalt+U)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete the take; you can undo it for %n seconds (Del, undo with Ctrl+Z)</source>
        <translation>
            <numerusform>Den Take löschen; du kannst das %n Sekunde lang rückgängig machen (Entf, rückgängig mit Strg+Z)</numerusform>
            <numerusform>Den Take löschen; du kannst das %n Sekunden lang rückgängig machen (Entf, rückgängig mit Strg+Z)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Search caption, lyrics, model or seed (Ctrl+F)</source>
        <translation>Beschreibung, Songtext, Modell oder Seed durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Den Verlauf durchsuchen</translation>
    </message>
    <message>
        <source>Favourites only</source>
        <translation>Nur Favoriten</translation>
    </message>
    <message>
        <source>Minimum rating</source>
        <translation>Mindestbewertung</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>Jede Bewertung</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 oder mehr</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Made between</source>
        <translation>Erstellt zwischen</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Ab Datum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>Alle Modelle</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>Alle Aufgaben</translation>
    </message>
    <message>
        <source>(no caption)</source>
        <translation>(keine Beschreibung)</translation>
    </message>
    <message>
        <source>No take selected.</source>
        <translation>Kein Take gewählt.</translation>
    </message>
    <message>
        <source>Unfavourite</source>
        <translation>Kein Favorit mehr</translation>
    </message>
    <message>
        <source>Lyrics</source>
        <translation>Songtext</translation>
    </message>
    <message>
        <source>Could not save the favourite mark: %1</source>
        <translation>Die Favoriten-Markierung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Could not save the rating: %1</source>
        <translation>Die Bewertung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The settings of this take could not be read: %1</source>
        <translation>Die Einstellungen dieses Takes konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Compare Variations</source>
        <translation>Varianten vergleichen</translation>
    </message>
    <message>
        <source>The takes of this batch side by side; switch between them while playing (Ctrl+Shift+V)</source>
        <translation>Die Takes dieses Durchlaufs nebeneinander; beim Abspielen zwischen ihnen wechseln (Strg+Umschalt+V)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Open the take on its timeline to repaint regions, extend it or make a cover (Ctrl+E, or double-click it)</source>
        <translation>Den Take auf seiner Zeitleiste öffnen, um Bereiche neu zu malen, ihn zu verlängern oder ein Cover zu machen (Strg+E oder Doppelklick)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Export the selected takes as MP3, WAV, FLAC, Ogg or MP4 with a cover (Ctrl+Shift+E)</source>
        <translation>Die ausgewählten Takes als MP3, WAV, FLAC, Ogg oder MP4 mit Cover exportieren (Strg+Umschalt+E)</translation>
    </message>
    <message>
        <source>This take was made alone; a batch of variations (Variations per run) can be compared.</source>
        <translation>Dieser Take entstand allein; ein Durchlauf mit mehreren Varianten (Varianten pro Durchlauf) lässt sich vergleichen.</translation>
    </message>
    <message>
        <source>Made from:</source>
        <translation>Entstanden aus:</translation>
    </message>
    <message>
        <source>The take could not be played: %1</source>
        <translation>Der Take konnte nicht abgespielt werden: %1</translation>
    </message>
</context>
<context>
    <name>songloom::ui::JobQueue</name>
    <message>
        <source>Choose a model set on the Models page before generating.</source>
        <translation>Wähle vor dem Generieren auf der Seite „Modelle“ ein Modellset.</translation>
    </message>
    <message>
        <source>The job could not be saved, so it was not started: %1</source>
        <translation>Der Auftrag konnte nicht gespeichert werden und wurde daher nicht gestartet: %1</translation>
    </message>
    <message>
        <source>The stored request could not be read: %1</source>
        <translation>Die gespeicherte Anfrage konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The job could not be updated in the database: %1</source>
        <translation>Der Auftrag konnte in der Datenbank nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>Take %1 was saved to %2 but could not be added to the history: %3</source>
        <translation>Take %1 wurde unter %2 gespeichert, konnte aber nicht in den Verlauf aufgenommen werden: %3</translation>
    </message>
    <message>
        <source>That job is not in the queue any more.</source>
        <translation>Dieser Auftrag ist nicht mehr in der Warteschlange.</translation>
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
Schreib hier deinen Text, eine gesungene Zeile pro Zeile.

[Chorus]
…

Tippe [ für die Abschnitts-Tags.</translation>
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
        <translation>Zu lang: %1 gesungene Zeilen, aber nur etwa %2 passen zu dieser Dauer und diesem Tempo. Zeilen können übersprungen werden; mach den Song länger oder schneller oder kürze den Text.</translation>
    </message>
    <message>
        <source>Too short: %1 sung lines for room of about %2. The model will fill the rest on its own; add lines or make the song shorter.</source>
        <translation>Zu kurz: %1 gesungene Zeilen bei Platz für etwa %2. Das Modell füllt den Rest selbst; ergänze Zeilen oder mach den Song kürzer.</translation>
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
    <message>
        <source>Writing Tips…</source>
        <translation>Schreibtipps…</translation>
    </message>
    <message>
        <source>Section tags, line lengths and how to write a caption (F1)</source>
        <translation>Abschnitts-Tags, Zeilenlängen und wie man eine Beschreibung schreibt (F1)</translation>
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
        <translation>Den Ordner mit deinen ACE-Step-1.5-Modelldateien wählen</translation>
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
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Models folder, device, precision, memory and language</source>
        <translation>Modellordner, Gerät, Genauigkeit, Speicher und Sprache</translation>
    </message>
    <message>
        <source>&amp;Getting Models…</source>
        <translation>&amp;Modelle besorgen…</translation>
    </message>
    <message>
        <source>Where the ACE-Step 1.5 model files come from and which ones you need</source>
        <translation>Woher die Modelldateien von ACE-Step 1.5 kommen und welche du brauchst</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generieren</translation>
    </message>
    <message>
        <source>Queue the song on the Compose page for generation</source>
        <translation>Den Song der Seite „Komponieren“ zum Generieren in die Warteschlange stellen</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
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
        <translation>Die Dateien sagen nicht, welche Variante dies ist. Wähl die, als die sie veröffentlicht wurde: Turbo erzeugt in 8 Schritten, Base und SFT brauchen etwa 50 Schritte mit Guidance.</translation>
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
        <translation>Finde deine Modelle</translation>
    </message>
    <message>
        <source>Choose the folder where your ACE-Step 1.5 model files are, and Songloom will list the models it finds there.</source>
        <translation>Wähl den Ordner, in dem deine ACE-Step-1.5-Modelldateien liegen, und Songloom listet die Modelle auf, die es dort findet.</translation>
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
        <translation>Wähl mit „Ordner wechseln…“ einen anderen Ordner, oder prüfe, ob sein Laufwerk angeschlossen ist, und durchsuche ihn dann erneut (F5).</translation>
    </message>
    <message>
        <source>No models here yet</source>
        <translation>Hier sind noch keine Modelle</translation>
    </message>
</context>
<context>
    <name>songloom::ui::PlaybackEngine</name>
    <message>
        <source>The audio output stopped with an error.</source>
        <translation>Die Audioausgabe wurde mit einem Fehler beendet.</translation>
    </message>
    <message>
        <source>A take could not be converted for playback.</source>
        <translation>Ein Take konnte nicht für die Wiedergabe umgewandelt werden.</translation>
    </message>
    <message>
        <source>The sound output “%1” does not accept 48 kHz stereo audio, so playback is silent. Choose another output in the system&apos;s sound settings.</source>
        <translation>Die Tonausgabe „%1“ nimmt kein 48-kHz-Stereo-Audio an, daher bleibt die Wiedergabe stumm. Wähle in den Toneinstellungen des Systems eine andere Ausgabe.</translation>
    </message>
</context>
<context>
    <name>songloom::ui::QueuePanel</name>
    <message>
        <source>Generate queue</source>
        <translation>Generier-Warteschlange</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>Stop &amp;Now</source>
        <translation>&amp;Sofort anhalten</translation>
    </message>
    <message>
        <source>Stop the selected job at once; takes already finished are kept</source>
        <translation>Den gewählten Auftrag sofort anhalten; fertige Takes bleiben erhalten</translation>
    </message>
    <message>
        <source>Stop &amp;After This Take</source>
        <translation>Nach diesem Take &amp;anhalten</translation>
    </message>
    <message>
        <source>Finish the take being made, keep it, then stop</source>
        <translation>Den entstehenden Take fertigstellen, behalten und dann anhalten</translation>
    </message>
    <message>
        <source>&amp;Run Again</source>
        <translation>&amp;Erneut ausführen</translation>
    </message>
    <message>
        <source>Queue the selected job again with the same settings</source>
        <translation>Den gewählten Auftrag mit denselben Einstellungen erneut einreihen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Remove the job from the list; its takes stay in the history</source>
        <translation>Den Auftrag aus der Liste entfernen; seine Takes bleiben im Verlauf</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 takes</source>
        <translation>%1 · %2 von %3 Takes</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Progress of job %1</source>
        <translation>Fortschritt von Auftrag %1</translation>
    </message>
    <message>
        <source>&amp;Compare Variations</source>
        <translation>Varianten &amp;vergleichen</translation>
    </message>
    <message>
        <source>The takes of the selected batch side by side; switch between them while playing</source>
        <translation>Die Takes des gewählten Durchlaufs nebeneinander; beim Abspielen zwischen ihnen wechseln</translation>
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
<context>
    <name>songloom::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>&amp;Choose Folder…</source>
        <translation>Ordner &amp;wählen…</translation>
    </message>
    <message>
        <source>&amp;Rescan</source>
        <translation>&amp;Neu durchsuchen</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <source>Automatic (the graphics card when there is one)</source>
        <translation>Automatisch (die Grafikkarte, wenn es eine gibt)</translation>
    </message>
    <message>
        <source>Processor (CPU)</source>
        <translation>Prozessor (CPU)</translation>
    </message>
    <message>
        <source>NVIDIA graphics card (CUDA)</source>
        <translation>NVIDIA-Grafikkarte (CUDA)</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>&amp;Gerät:</translation>
    </message>
    <message>
        <source>Automatic (bf16 on the graphics card, fp32 on the processor)</source>
        <translation>Automatisch (bf16 auf der Grafikkarte, fp32 auf dem Prozessor)</translation>
    </message>
    <message>
        <source>fp32 (full precision)</source>
        <translation>fp32 (volle Genauigkeit)</translation>
    </message>
    <message>
        <source>bf16 (half the memory)</source>
        <translation>bf16 (halber Speicher)</translation>
    </message>
    <message>
        <source>fp16 (half the memory, older cards)</source>
        <translation>fp16 (halber Speicher, ältere Karten)</translation>
    </message>
    <message>
        <source>&amp;Precision:</source>
        <translation>&amp;Genauigkeit:</translation>
    </message>
    <message>
        <source>Keep every part loaded (fastest)</source>
        <translation>Alle Teile geladen lassen (am schnellsten)</translation>
    </message>
    <message>
        <source>One part at a time (for 8 GB cards)</source>
        <translation>Immer nur ein Teil (für 8-GB-Karten)</translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation>&amp;Speicher:</translation>
    </message>
    <message>
        <source>Device, precision and memory take effect the next time a model is loaded.</source>
        <translation>Gerät, Genauigkeit und Speicher gelten ab dem nächsten Laden eines Modells.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Sprache der Oberfläche:</translation>
    </message>
    <message>
        <source>Some saved settings were not valid and were replaced by their defaults (OK saves them):
%1</source>
        <translation>Einige gespeicherte Einstellungen waren ungültig und wurden durch ihre Standardwerte ersetzt (OK speichert sie):
%1</translation>
    </message>
    <message>
        <source>No models folder chosen yet</source>
        <translation>Noch kein Modellordner gewählt</translation>
    </message>
    <message>
        <source>Looking for models in this folder…</source>
        <translation>Suche nach Modellen in diesem Ordner…</translation>
    </message>
    <message>
        <source>Choose Models Folder</source>
        <translation>Modellordner wählen</translation>
    </message>
    <message>
        <source>Songloom is still checking which graphics cards it can use.</source>
        <translation>Songloom prüft noch, welche Grafikkarten es nutzen kann.</translation>
    </message>
    <message>
        <source>A graphics card Songloom can use was found.</source>
        <translation>Eine Grafikkarte, die Songloom nutzen kann, wurde gefunden.</translation>
    </message>
    <message>
        <source>No graphics card can be used: %1</source>
        <translation>Keine Grafikkarte nutzbar: %1</translation>
    </message>
    <message>
        <source>The right choice for almost everyone.</source>
        <translation>Die richtige Wahl für fast alle.</translation>
    </message>
    <message>
        <source>Twice the memory of bf16 and slower on graphics cards; the processor always uses it.</source>
        <translation>Doppelt so viel Speicher wie bf16 und auf Grafikkarten langsamer; der Prozessor nutzt es immer.</translation>
    </message>
    <message>
        <source>Best on NVIDIA&apos;s RTX 30 series and newer cards; older cards run it slowly.</source>
        <translation>Am besten auf NVIDIAs Karten der RTX-30-Serie und neuer; ältere Karten rechnen damit langsam.</translation>
    </message>
    <message>
        <source>For graphics cards older than the RTX 30 series, which lack bf16. fp16 holds a smaller range of numbers than bf16, so a take can come out as noise or silence; if that happens, go back to Automatic. Not available on the processor.</source>
        <translation>Für Grafikkarten älter als die RTX-30-Serie, denen bf16 fehlt. fp16 fasst einen kleineren Zahlenbereich als bf16, daher kann ein Take als Rauschen oder Stille herauskommen; passiert das, geh zurück zu „Automatisch“. Auf dem Prozessor nicht verfügbar.</translation>
    </message>
    <message>
        <source>fp16 does not run on the processor: choose Automatic or fp32 for it.</source>
        <translation>fp16 läuft nicht auf dem Prozessor: Wähle dafür „Automatisch“ oder fp32.</translation>
    </message>
    <message>
        <source>Every part of the model stays on the graphics card between takes: the quickest, but the 2B model with its text encoder and audio decoder wants more than an 8 GB card has.</source>
        <translation>Jeder Teil des Modells bleibt zwischen den Takes auf der Grafikkarte: am schnellsten, aber das 2B-Modell mit Text-Encoder und Audio-Decoder braucht mehr, als eine 8-GB-Karte hat.</translation>
    </message>
    <message>
        <source>Only the part that is working sits on the graphics card; the others wait in main memory. This lets the 2B model run on an 8 GB card; each take is a little slower while parts are moved in.</source>
        <translation>Nur der gerade arbeitende Teil liegt auf der Grafikkarte; die anderen warten im Arbeitsspeicher. So läuft das 2B-Modell auf einer 8-GB-Karte; jeder Take ist etwas langsamer, während Teile hineingeladen werden.</translation>
    </message>
    <message>
        <source>Takes effect the next time you start Songloom.</source>
        <translation>Gilt ab dem nächsten Start von Songloom.</translation>
    </message>
    <message>
        <source>There is no %1 translation yet, so the texts stay in English.</source>
        <translation>Für %1 gibt es noch keine Übersetzung, daher bleiben die Texte auf Englisch.</translation>
    </message>
</context>
<context>
    <name>songloom::ui::ShortcutsDialog</name>
    <message>
        <source>On the %1 page</source>
        <translation>Auf der Seite %1</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Also: Tab and Shift+Tab move between fields; Alt with an underlined letter opens a menu or presses a button.</source>
        <translation>Außerdem: Tab und Umschalt+Tab wechseln zwischen Feldern; Alt mit einem unterstrichenen Buchstaben öffnet ein Menü oder drückt eine Schaltfläche.</translation>
    </message>
</context>
<context>
    <name>songloom::ui::TakeEditor</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Open a take from the History page (Edit, or double-click it) to edit it here.</source>
        <translation>Öffne einen Take auf der Seite Verlauf (Bearbeiten oder Doppelklick), um ihn hier zu bearbeiten.</translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Play or pause the take (Space)</source>
        <translation>Den Take abspielen oder anhalten (Leertaste)</translation>
    </message>
    <message>
        <source>Playback position</source>
        <translation>Wiedergabeposition</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Export this take: format, loudness, tags, cover art, video (Ctrl+Shift+E)</source>
        <translation>Diesen Take exportieren: Format, Lautheit, Tags, Coverbild, Video (Strg+Umschalt+E)</translation>
    </message>
    <message>
        <source>Repaint</source>
        <translation>Neu malen</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>Verlängern</translation>
    </message>
    <message>
        <source>Cover / Remix</source>
        <translation>Cover / Remix</translation>
    </message>
    <message>
        <source>The take&apos;s caption</source>
        <translation>Die Beschreibung des Takes</translation>
    </message>
    <message>
        <source>A caption for the selected region only, e.g. a different instrument in the bridge</source>
        <translation>Eine Beschreibung nur für den gewählten Bereich, z. B. ein anderes Instrument in der Bridge</translation>
    </message>
    <message>
        <source>The take&apos;s lyrics</source>
        <translation>Der Songtext des Takes</translation>
    </message>
    <message>
        <source>Lyrics for the selected region only; empty keeps the take&apos;s lyrics</source>
        <translation>Songtext nur für den gewählten Bereich; leer lässt den Songtext des Takes</translation>
    </message>
    <message>
        <source>How many different takes to make of each region (1–%1)</source>
        <translation>Wie viele verschiedene Takes von jedem Bereich gemacht werden (1–%1)</translation>
    </message>
    <message>
        <source>Repaint Regions</source>
        <translation>Bereiche neu malen</translation>
    </message>
    <message>
        <source>Regenerate every marked region; the rest of the song stays exactly as it is (Ctrl+R)</source>
        <translation>Jeden markierten Bereich neu erzeugen; der Rest des Songs bleibt genau, wie er ist (Strg+R)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Take to keep</source>
        <translation>Zu behaltender Take</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Save the song with the chosen take in each region as a new take (Ctrl+Shift+A)</source>
        <translation>Den Song mit dem gewählten Take in jedem Bereich als neuen Take speichern (Strg+Umschalt+A)</translation>
    </message>
    <message>
        <source>Region caption:</source>
        <translation>Beschreibung des Bereichs:</translation>
    </message>
    <message>
        <source>Region lyrics:</source>
        <translation>Songtext des Bereichs:</translation>
    </message>
    <message>
        <source>Takes per region:</source>
        <translation>Takes pro Bereich:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Seconds of new music before the song (0–%1)</source>
        <translation>Sekunden neuer Musik vor dem Song (0–%1)</translation>
    </message>
    <message>
        <source>Seconds of new music after the song (0–%1)</source>
        <translation>Sekunden neuer Musik nach dem Song (0–%1)</translation>
    </message>
    <message>
        <source>How much of the song beside the new part the model hears; 0 uses the whole song</source>
        <translation>Wie viel vom Song neben dem neuen Teil das Modell hört; 0 nimmt den ganzen Song</translation>
    </message>
    <message>
        <source>Whole song</source>
        <translation>Ganzer Song</translation>
    </message>
    <message>
        <source>Add the new time as a new take; the song itself is kept sample for sample</source>
        <translation>Die neue Zeit als neuen Take hinzufügen; der Song selbst bleibt Sample für Sample erhalten</translation>
    </message>
    <message>
        <source>Add before:</source>
        <translation>Davor hinzufügen:</translation>
    </message>
    <message>
        <source>Add after:</source>
        <translation>Danach hinzufügen:</translation>
    </message>
    <message>
        <source>Context:</source>
        <translation>Kontext:</translation>
    </message>
    <message>
        <source>Caption for the new part:</source>
        <translation>Beschreibung für den neuen Teil:</translation>
    </message>
    <message>
        <source>Takes:</source>
        <translation>Takes:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>This Take</source>
        <translation>Dieser Take</translation>
    </message>
    <message>
        <source>Use this take&apos;s audio</source>
        <translation>Das Audio dieses Takes verwenden</translation>
    </message>
    <message>
        <source>This take</source>
        <translation>Dieser Take</translation>
    </message>
    <message>
        <source>Audio to cover</source>
        <translation>Audio für das Cover</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Timbre reference</source>
        <translation>Klangreferenz</translation>
    </message>
    <message>
        <source>0–1: how closely the cover follows the source (1 keeps its structure most)</source>
        <translation>0–1: wie eng das Cover der Quelle folgt (1 behält ihre Struktur am meisten)</translation>
    </message>
    <message>
        <source>Blend on every step</source>
        <translation>Bei jedem Schritt mischen</translation>
    </message>
    <message>
        <source>Switch to the caption part way</source>
        <translation>Unterwegs zur Beschreibung wechseln</translation>
    </message>
    <message>
        <source>Blend: source and caption guide every step, weighted by strength. Switch: the source guides the first steps, the caption the rest.</source>
        <translation>Mischen: Quelle und Beschreibung lenken jeden Schritt, gewichtet nach Stärke. Wechseln: die Quelle lenkt die ersten Schritte, die Beschreibung den Rest.</translation>
    </message>
    <message>
        <source>The take&apos;s caption, e.g. a new style for the cover</source>
        <translation>Die Beschreibung des Takes, z. B. ein neuer Stil für das Cover</translation>
    </message>
    <message>
        <source>Make Cover</source>
        <translation>Cover machen</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Stärke:</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modus:</translation>
    </message>
    <message>
        <source>Caption:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Lyrics:</source>
        <translation>Songtext:</translation>
    </message>
    <message>
        <source>Timbre reference:</source>
        <translation>Klangreferenz:</translation>
    </message>
    <message>
        <source>Audio (*.wav *.flac *.mp3 *.ogg);;All files (*)</source>
        <translation>Audio (*.wav *.flac *.mp3 *.ogg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Take %1 is not in the history.</source>
        <translation>Take %1 ist nicht im Verlauf.</translation>
    </message>
    <message>
        <source>The file of take %1 is missing: %2</source>
        <translation>Die Datei von Take %1 fehlt: %2</translation>
    </message>
    <message>
        <source>Take %1: %2</source>
        <translation>Take %1: %2</translation>
    </message>
    <message>
        <source>(no caption)</source>
        <translation>(keine Beschreibung)</translation>
    </message>
    <message>
        <source>Reading take %1…</source>
        <translation>Lese Take %1…</translation>
    </message>
    <message>
        <source>Take %1 could not be read: %2</source>
        <translation>Take %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>New: %1 s before</source>
        <translation>Neu: %1 s davor</translation>
    </message>
    <message>
        <source>New: %1 s after</source>
        <translation>Neu: %1 s danach</translation>
    </message>
    <message>
        <source>Repainted</source>
        <translation>Neu gemalt</translation>
    </message>
    <message>
        <source>Drag across the waveform to mark regions to repaint.</source>
        <translation>Zieh über die Wellenform, um Bereiche zum Neumalen zu markieren.</translation>
    </message>
    <message>
        <source>The part this edit made is marked above the waveform.</source>
        <translation>Der Teil, den diese Bearbeitung gemacht hat, ist über der Wellenform markiert.</translation>
    </message>
    <message>
        <source>Made from:</source>
        <translation>Entstanden aus:</translation>
    </message>
    <message>
        <source>%1 · take %2</source>
        <translation>%1 · Take %2</translation>
    </message>
    <message>
        <source>The take open now</source>
        <translation>Der gerade geöffnete Take</translation>
    </message>
    <message>
        <source>Open take %1; edits made from it branch the song there</source>
        <translation>Take %1 öffnen; Bearbeitungen daraus verzweigen den Song dort</translation>
    </message>
    <message>
        <source>(1 take made from this one, see History)</source>
        <translation>(1 Take daraus gemacht, siehe Verlauf)</translation>
    </message>
    <message>
        <source>(%1 takes made from this one, see History)</source>
        <translation>(%1 Takes daraus gemacht, siehe Verlauf)</translation>
    </message>
    <message>
        <source>Open a take first.</source>
        <translation>Öffne zuerst einen Take.</translation>
    </message>
    <message>
        <source>Mark a region first: drag across the waveform (or double-click a section band).</source>
        <translation>Markiere zuerst einen Bereich: zieh über die Wellenform (oder doppelklicke ein Abschnittsband).</translation>
    </message>
    <message>
        <source>Regions %1 and %2 overlap; move or delete one of them.</source>
        <translation>Die Bereiche %1 und %2 überlappen sich; verschiebe oder lösche einen davon.</translation>
    </message>
    <message>
        <source>Region %1: %2</source>
        <translation>Bereich %1: %2</translation>
    </message>
    <message>
        <source>Region %1</source>
        <translation>Bereich %1</translation>
    </message>
    <message>
        <source>The region is queued; choose one of its takes when they arrive.</source>
        <translation>Der Bereich ist in der Warteschlange; wähle einen seiner Takes, wenn sie da sind.</translation>
    </message>
    <message>
        <source>%1 regions are queued; choose a take for each when they arrive.</source>
        <translation>%1 Bereiche sind in der Warteschlange; wähle für jeden einen Take, wenn sie da sind.</translation>
    </message>
    <message>
        <source>Every take is ready. Choose one per region to hear it in place, then Accept.</source>
        <translation>Alle Takes sind fertig. Wähle einen pro Bereich, um ihn an Ort und Stelle zu hören, dann Übernehmen.</translation>
    </message>
    <message>
        <source>Added after the song (take %1); now adding before it.</source>
        <translation>Nach dem Song hinzugefügt (Take %1); jetzt kommt der Teil davor.</translation>
    </message>
    <message>
        <source>Extended song: take %1 (the new part is marked).</source>
        <translation>Verlängerter Song: Take %1 (der neue Teil ist markiert).</translation>
    </message>
    <message>
        <source>Cover: take %1 is open.</source>
        <translation>Cover: Take %1 ist geöffnet.</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>The edit did not finish: %1</source>
        <translation>Die Bearbeitung wurde nicht fertig: %1</translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <translation>%1 (%2 – %3)</translation>
    </message>
    <message>
        <source>%1 of %2 takes</source>
        <translation>%1 von %2 Takes</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>Take to keep for %1</source>
        <translation>Zu behaltender Take für %1</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Take %1 (seed %2)</source>
        <translation>Take %1 (Seed %2)</translation>
    </message>
    <message>
        <source>That take of %1 is not ready yet.</source>
        <translation>Dieser Take von %1 ist noch nicht fertig.</translation>
    </message>
    <message>
        <source>%1: the original plays.</source>
        <translation>%1: das Original spielt.</translation>
    </message>
    <message>
        <source>%1: take %2 plays in place; Accept keeps it.</source>
        <translation>%1: Take %2 spielt an Ort und Stelle; Übernehmen behält ihn.</translation>
    </message>
    <message>
        <source>Choose a take for at least one region first.</source>
        <translation>Wähle zuerst für mindestens einen Bereich einen Take.</translation>
    </message>
    <message>
        <source>Saving the accepted take…</source>
        <translation>Der übernommene Take wird gespeichert…</translation>
    </message>
    <message>
        <source>The accepted take was saved to %1 but could not be added to the history: %2</source>
        <translation>Der übernommene Take wurde unter %1 gespeichert, konnte aber nicht in den Verlauf aufgenommen werden: %2</translation>
    </message>
    <message>
        <source>Accepted: take %1, made from take %2.</source>
        <translation>Übernommen: Take %1, entstanden aus Take %2.</translation>
    </message>
    <message>
        <source>Set Add before or Add after to more than 0 s (each at most %1 s).</source>
        <translation>Setze „Davor hinzufügen“ oder „Danach hinzufügen“ auf mehr als 0 s (jeweils höchstens %1 s).</translation>
    </message>
    <message>
        <source>The song would be %1 s long; the model makes at most %2 s. Add at most %3 s in all.</source>
        <translation>Der Song wäre %1 s lang; das Modell macht höchstens %2 s. Füge insgesamt höchstens %3 s hinzu.</translation>
    </message>
    <message>
        <source>Queued: first the time after the song, then the time before.</source>
        <translation>In der Warteschlange: erst die Zeit nach dem Song, dann die Zeit davor.</translation>
    </message>
    <message>
        <source>Extend queued; the new take opens here when it is ready.</source>
        <translation>Verlängerung in der Warteschlange; der neue Take öffnet sich hier, sobald er fertig ist.</translation>
    </message>
    <message>
        <source>The audio file %1 does not exist.</source>
        <translation>Die Audiodatei %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>Cover queued; its first take opens here when it is ready.</source>
        <translation>Cover in der Warteschlange; sein erster Take öffnet sich hier, sobald er fertig ist.</translation>
    </message>
    <message>
        <source>Caption and lyrics for region %1 (empty: the take&apos;s own).</source>
        <translation>Beschreibung und Songtext für Bereich %1 (leer: die des Takes).</translation>
    </message>
    <message>
        <source>Select a region to give it its own caption or lyrics.</source>
        <translation>Wähle einen Bereich, um ihm eine eigene Beschreibung oder einen eigenen Songtext zu geben.</translation>
    </message>
</context>
<context>
    <name>songloom::ui::TimelinePage</name>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom in (+, Ctrl+wheel)</source>
        <translation>Vergrößern (+, Strg+Mausrad)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom out (−, Ctrl+wheel)</source>
        <translation>Verkleinern (−, Strg+Mausrad)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show the whole take (0)</source>
        <translation>Den ganzen Take zeigen (0)</translation>
    </message>
    <message>
        <source>Fit the whole take</source>
        <translation>Den ganzen Take einpassen</translation>
    </message>
    <message>
        <source>Stereo</source>
        <translation>Stereo</translation>
    </message>
    <message>
        <source>Two lanes (left, right) or one summed lane (S)</source>
        <translation>Zwei Spuren (links, rechts) oder eine summierte Spur (S)</translation>
    </message>
    <message>
        <source>Stereo lanes</source>
        <translation>Stereospuren</translation>
    </message>
    <message>
        <source>No snap</source>
        <translation>Kein Raster</translation>
    </message>
    <message>
        <source>Snap to beats</source>
        <translation>Auf Schläge einrasten</translation>
    </message>
    <message>
        <source>Snap to bars</source>
        <translation>Auf Takte einrasten</translation>
    </message>
    <message>
        <source>Region edges snap to the beat grid (needs the take&apos;s BPM)</source>
        <translation>Bereichsgrenzen rasten im Schlagraster ein (braucht das BPM des Takes)</translation>
    </message>
    <message>
        <source>Snap region edges</source>
        <translation>Bereichsgrenzen einrasten</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>Schleife</translation>
    </message>
    <message>
        <source>Loop the selected region (L, or double-click it)</source>
        <translation>Den gewählten Bereich in einer Schleife spielen (L oder Doppelklick)</translation>
    </message>
    <message>
        <source>Loop region</source>
        <translation>Bereich als Schleife</translation>
    </message>
    <message>
        <source>Delete region</source>
        <translation>Bereich löschen</translation>
    </message>
    <message>
        <source>Delete the selected region (Delete)</source>
        <translation>Den gewählten Bereich löschen (Entf)</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <source>Scroll with the playhead during playback</source>
        <translation>Während der Wiedergabe mit dem Abspielkopf mitscrollen</translation>
    </message>
    <message>
        <source>Follow playback</source>
        <translation>Der Wiedergabe folgen</translation>
    </message>
    <message>
        <source>Selected region</source>
        <translation>Gewählter Bereich</translation>
    </message>
    <message>
        <source>Drag on the waveform to mark a region</source>
        <translation>Zieh auf der Wellenform, um einen Bereich zu markieren</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s)</source>
        <translation>
            <numerusform>%n Bereich</numerusform>
            <numerusform>%n Bereiche</numerusform>
        </translation>
    </message>
    <message>
        <source>Region %1</source>
        <translation>Bereich %1</translation>
    </message>
    <message>
        <source>%1: %2 – %3 (%4 s)</source>
        <translation>%1: %2 – %3 (%4 s)</translation>
    </message>
</context>
<context>
    <name>songloom::ui::TimelineView</name>
    <message>
        <source>Waveform timeline</source>
        <translation>Wellenform-Zeitleiste</translation>
    </message>
    <message numerus="yes">
        <source>Playhead at %1 of %2; %n region(s)</source>
        <translation>
            <numerusform>Abspielkopf bei %1 von %2; %n Bereich</numerusform>
            <numerusform>Abspielkopf bei %1 von %2; %n Bereiche</numerusform>
        </translation>
    </message>
    <message>
        <source>Building the waveform…</source>
        <translation>Wellenform wird erstellt…</translation>
    </message>
    <message>
        <source>No audio to show</source>
        <translation>Kein Audio zum Anzeigen</translation>
    </message>
    <message>
        <source>Region %1</source>
        <translation>Bereich %1</translation>
    </message>
    <message>
        <source>%1 (loop)</source>
        <translation>%1 (Schleife)</translation>
    </message>
</context>
<context>
    <name>songloom::ui::VariantPicker</name>
    <message>
        <source>Model variant</source>
        <translation>Modellvariante</translation>
    </message>
    <message>
        <source>Model size:</source>
        <translation>Modellgröße:</translation>
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
        <source>Variant:</source>
        <translation>Variante:</translation>
    </message>
    <message>
        <source>The model files to use when the folder holds more than one set of this variant</source>
        <translation>Die zu verwendenden Modelldateien, wenn der Ordner mehr als ein Set dieser Variante enthält</translation>
    </message>
    <message>
        <source>Model set:</source>
        <translation>Modellset:</translation>
    </message>
    <message>
        <source>Task:</source>
        <translation>Aufgabe:</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>Steps, guidance, shift and seed (Ctrl+Shift+A)</source>
        <translation>Schritte, Guidance, Shift und Seed (Strg+Umschalt+A)</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Schritte:</translation>
    </message>
    <message>
        <source>How strongly the song follows the caption and lyrics, %1–%2 (1 = guidance off)</source>
        <translation>Wie stark der Song der Beschreibung und dem Songtext folgt, %1–%2 (1 = Guidance aus)</translation>
    </message>
    <message>
        <source>APG</source>
        <translation>APG</translation>
    </message>
    <message>
        <source>CFG</source>
        <translation>CFG</translation>
    </message>
    <message>
        <source>APG keeps strong guidance from over-saturating the sound; CFG is the classic method</source>
        <translation>APG verhindert, dass starke Guidance den Klang übersättigt; CFG ist das klassische Verfahren</translation>
    </message>
    <message>
        <source>Guidance:</source>
        <translation>Guidance:</translation>
    </message>
    <message>
        <source>Guidance interval start</source>
        <translation>Beginn des Guidance-Intervalls</translation>
    </message>
    <message>
        <source>Guidance interval end</source>
        <translation>Ende des Guidance-Intervalls</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Guide from:</source>
        <translation>Guidance von:</translation>
    </message>
    <message>
        <source>The part of the run, as fractions from 0 (start) to 1 (end), in which guidance is applied</source>
        <translation>Der Teil des Durchlaufs, als Anteil von 0 (Anfang) bis 1 (Ende), in dem Guidance wirkt</translation>
    </message>
    <message>
        <source>Spends more of the steps on the song&apos;s overall shape (higher) or on detail (lower)</source>
        <translation>Verwendet mehr Schritte auf die Gesamtform des Songs (höher) oder auf Details (niedriger)</translation>
    </message>
    <message>
        <source>Shift:</source>
        <translation>Shift:</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Zufällig</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>0–%1</source>
        <translation>0–%1</translation>
    </message>
    <message>
        <source>New Seed</source>
        <translation>Neuer Seed</translation>
    </message>
    <message>
        <source>New random seed</source>
        <translation>Neuer zufälliger Seed</translation>
    </message>
    <message>
        <source>Draw a new seed and keep it (Ctrl+Shift+D)</source>
        <translation>Einen neuen Seed ziehen und behalten (Strg+Umschalt+D)</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Seed:</translation>
    </message>
    <message>
        <source>Keep my settings when I switch variants</source>
        <translation>Meine Einstellungen beim Wechsel der Variante behalten</translation>
    </message>
    <message>
        <source>Variant defaults</source>
        <translation>Standardwerte der Variante</translation>
    </message>
    <message>
        <source>Set steps, guidance and shift to the chosen variant&apos;s defaults</source>
        <translation>Schritte, Guidance und Shift auf die Standardwerte der gewählten Variante setzen</translation>
    </message>
    <message>
        <source>Use the %1 variant</source>
        <translation>Die Variante %1 verwenden</translation>
    </message>
    <message>
        <source>Switch between 2B and XL</source>
        <translation>Zwischen 2B und XL wechseln</translation>
    </message>
    <message>
        <source>Show or hide the advanced settings</source>
        <translation>Die erweiterten Einstellungen zeigen oder verbergen</translation>
    </message>
    <message>
        <source>Draw a new seed</source>
        <translation>Einen neuen Seed ziehen</translation>
    </message>
    <message>
        <source>Denoising steps, %1–%2; %3 for %4</source>
        <translation>Entrauschungsschritte, %1–%2; %3 für %4</translation>
    </message>
    <message>
        <source>The larger model (about 4 billion parameters): more detail, needs more graphics memory</source>
        <translation>Das größere Modell (etwa 4 Milliarden Parameter): mehr Details, braucht mehr Grafikspeicher</translation>
    </message>
    <message>
        <source>The standard model (about 2 billion parameters)</source>
        <translation>Das Standardmodell (etwa 2 Milliarden Parameter)</translation>
    </message>
    <message>
        <source>Installed and ready.</source>
        <translation>Installiert und bereit.</translation>
    </message>
    <message>
        <source>Installed, but not complete:</source>
        <translation>Installiert, aber nicht vollständig:</translation>
    </message>
    <message>
        <source>Not installed.</source>
        <translation>Nicht installiert.</translation>
    </message>
    <message>
        <source>None in the models folder</source>
        <translation>Nicht im Modellordner</translation>
    </message>
    <message>
        <source>Seed: enter a whole number from 0 to %1, or tick Random.</source>
        <translation>Seed: Gib eine ganze Zahl von 0 bis %1 ein oder wähle „Zufällig“.</translation>
    </message>
</context>
<context>
    <name>songloom::ui::VariationCard</name>
    <message>
        <source>Play variation %1 (key %1); drag it out to get its file</source>
        <translation>Variante %1 abspielen (Taste %1); herausziehen, um ihre Datei zu bekommen</translation>
    </message>
    <message>
        <source>%1  ·  seed %2%3</source>
        <translation>%1  ·  Seed %2%3</translation>
    </message>
    <message>
        <source>  ·  ★ keeper</source>
        <translation>  ·  ★ behalten</translation>
    </message>
    <message>
        <source>Length %1</source>
        <translation>Länge %1</translation>
    </message>
    <message>
        <source>%1 LUFS · played at %2 dB</source>
        <translation>%1 LUFS · gespielt mit %2 dB</translation>
    </message>
    <message>
        <source>Loudness: measuring…</source>
        <translation>Lautheit: wird gemessen…</translation>
    </message>
    <message>
        <source>Variation %1, seed %2</source>
        <translation>Variante %1, Seed %2</translation>
    </message>
</context>
<context>
    <name>songloom::ui::VariationsView</name>
    <message>
        <source>Compare Variations</source>
        <translation>Varianten vergleichen</translation>
    </message>
    <message>
        <source>Play / Pause</source>
        <translation>Abspielen / Pause</translation>
    </message>
    <message>
        <source>Play or pause (Space); keys 1 to 8 switch variations without stopping</source>
        <translation>Abspielen oder anhalten (Leertaste); die Tasten 1 bis 8 wechseln die Variante ohne Unterbrechung</translation>
    </message>
    <message>
        <source>Keep This One</source>
        <translation>Diese behalten</translation>
    </message>
    <message>
        <source>Mark the variation playing as the keeper of this batch (K)</source>
        <translation>Die gerade spielende Variante als die behaltene dieses Durchlaufs markieren (K)</translation>
    </message>
    <message>
        <source>&amp;Match loudness</source>
        <translation>Lautheit &amp;angleichen</translation>
    </message>
    <message>
        <source>Play every variation at the loudness of the quietest, so the louder one does not win by being louder (M)</source>
        <translation>Jede Variante mit der Lautheit der leisesten abspielen, damit die lautere nicht nur durch Lautstärke gewinnt (M)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Keys 1–8 switch at the same moment · Space plays · K keeps · M matches loudness · drag a card out for its file</source>
        <translation>Tasten 1–8 wechseln im selben Moment · Leertaste spielt · K behält · M gleicht die Lautheit an · Karte herausziehen für ihre Datei</translation>
    </message>
    <message>
        <source>This batch has %1 takes; the first %2 are compared.</source>
        <translation>Dieser Durchlauf hat %1 Takes; die ersten %2 werden verglichen.</translation>
    </message>
    <message>
        <source>No variations to compare.</source>
        <translation>Keine Varianten zum Vergleichen.</translation>
    </message>
    <message>
        <source>%1 variations of “%2”</source>
        <translation>%1 Varianten von „%2“</translation>
    </message>
    <message>
        <source>(no caption)</source>
        <translation>(keine Beschreibung)</translation>
    </message>
    <message>
        <source>Cannot be played: %1</source>
        <translation>Kann nicht abgespielt werden: %1</translation>
    </message>
    <message>
        <source>Matched to the quietest variation, %1 LUFS.</source>
        <translation>An die leiseste Variante angeglichen, %1 LUFS.</translation>
    </message>
    <message>
        <source>Could not save the keeper mark: %1</source>
        <translation>Die Markierung „behalten“ konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Unmark Keeper</source>
        <translation>Markierung „behalten“ entfernen</translation>
    </message>
</context>
<context>
    <name>songloom::ui::WritingTipsDialog</name>
    <message>
        <source>&lt;h3&gt;Lyrics&lt;/h3&gt;&lt;p&gt;The model sings your lyrics section by section. Put each section&apos;s tag on a line of its own, the sung lines under it, and an empty line between sections.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tags the model knows well:&lt;/b&gt; [Intro], [Verse] (or [Verse 1], [Verse 2]), [Pre-Chorus], [Chorus], [Post-Chorus], [Bridge], [Breakdown], [Drop], [Instrumental], [Guitar Solo], [Outro]. A word after a dash gives a hint: [Chorus - powerful]. Type [ in the editor to pick one.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Lines:&lt;/b&gt; short lines sing better than long ones; four to eight lines per verse, and a similar number of syllables per line inside a section, because the melody follows the rhythm of your words. Backing vocals go in parentheses: “Hold on (hold on)”.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Length:&lt;/b&gt; the song is as long as the Duration you set, not as long as the lyrics. One sung line takes about two bars; the editor warns when the lines are far too many or too few for the duration and tempo.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Language:&lt;/b&gt; write in the language you want sung and choose it as the vocal language. For a song without words, tick Instrumental or write [inst].&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Songtext&lt;/h3&gt;&lt;p&gt;Das Modell singt deinen Text Abschnitt für Abschnitt. Setze das Tag jedes Abschnitts in eine eigene Zeile, die gesungenen Zeilen darunter und eine Leerzeile zwischen die Abschnitte.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tags, die das Modell gut kennt:&lt;/b&gt; [Intro], [Verse] (oder [Verse 1], [Verse 2]), [Pre-Chorus], [Chorus], [Post-Chorus], [Bridge], [Breakdown], [Drop], [Instrumental], [Guitar Solo], [Outro]. Ein Wort nach einem Bindestrich gibt einen Hinweis: [Chorus - powerful]. Tippe [ im Editor, um eines auszuwählen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Zeilen:&lt;/b&gt; Kurze Zeilen singen sich besser als lange; vier bis acht Zeilen pro Strophe und innerhalb eines Abschnitts ähnlich viele Silben pro Zeile, denn die Melodie folgt dem Rhythmus deiner Worte. Backing-Vocals kommen in Klammern: „Hold on (hold on)“.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Länge:&lt;/b&gt; Der Song ist so lang wie die eingestellte Dauer, nicht wie der Text. Eine gesungene Zeile braucht etwa zwei Takte; der Editor warnt, wenn es für Dauer und Tempo viel zu viele oder zu wenige Zeilen sind.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sprache:&lt;/b&gt; Schreib in der Sprache, die gesungen werden soll, und wähle sie als Gesangssprache. Für einen Song ohne Worte hake „Instrumental“ an oder schreib [inst].&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Caption&lt;/h3&gt;&lt;p&gt;The caption tells the model what the song sounds like. Write it in English, as a short list of what you would hear: genre, instruments, mood, the voice, the production.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Good:&lt;/b&gt; “melancholic indie folk, fingerpicked acoustic guitar, soft female vocal, warm analog production, slow”.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Less good:&lt;/b&gt; a story about the song, artist names, or instructions such as “make it better”: the model was trained on descriptions of sound.&lt;/p&gt;&lt;p&gt;Tempo, key and time signature have their own fields; setting them there is more reliable than writing them in the caption. The chips under the caption add common words; you can edit the text freely and keep captions you like as presets.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Beschreibung&lt;/h3&gt;&lt;p&gt;Die Beschreibung sagt dem Modell, wie der Song klingt. Schreib sie auf Englisch, als kurze Liste dessen, was man hören würde: Genre, Instrumente, Stimmung, Stimme, Produktion.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Gut:&lt;/b&gt; „melancholic indie folk, fingerpicked acoustic guitar, soft female vocal, warm analog production, slow“.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Weniger gut:&lt;/b&gt; eine Geschichte über den Song, Künstlernamen oder Anweisungen wie „mach es besser“: Das Modell wurde mit Beschreibungen von Klang trainiert.&lt;/p&gt;&lt;p&gt;Tempo, Tonart und Taktart haben eigene Felder; dort eingestellt wirken sie zuverlässiger als in der Beschreibung. Die Chips unter der Beschreibung fügen gängige Wörter hinzu; du kannst den Text frei bearbeiten und gelungene Beschreibungen als Vorlagen speichern.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Writing Tips</source>
        <translation>Schreibtipps</translation>
    </message>
    <message>
        <source>Lyrics</source>
        <translation>Songtext</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Beschreibung</translation>
    </message>
</context>
</TS>
