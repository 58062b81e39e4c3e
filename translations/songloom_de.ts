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
