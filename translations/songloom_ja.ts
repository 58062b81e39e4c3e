<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>Application</name>
    <message>
        <source>this build of Songloom has no engine.</source>
        <translation>この Songloom にはエンジンがありません。</translation>
    </message>
    <message>
        <source>this build of Songloom was made without CUDA.</source>
        <translation>この Songloom は CUDA なしでビルドされています。</translation>
    </message>
    <message>
        <source>no NVIDIA graphics card with a working driver was found.</source>
        <translation>正常に動くドライバーのある NVIDIA グラフィックカードが見つかりませんでした。</translation>
    </message>
</context>
<context>
    <name>CatalogPresenter</name>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>準備未完了</translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation>ファイル：%1</translation>
    </message>
    <message>
        <source>Release: %1</source>
        <translation>リリース：%1</translation>
    </message>
    <message>
        <source>Parameters: %1, stored as %2</source>
        <translation>パラメーター：%1、%2 として保存</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>問題：%1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注：%1</translation>
    </message>
    <message>
        <source>Model sets found: %1, ready to generate: %2.</source>
        <translation>見つかったモデルセット：%1、生成可能：%2。</translation>
    </message>
    <message>
        <source>Found parts of a model (%1), but no DiT to generate with.</source>
        <translation>モデルの部品（%1）は見つかりましたが、生成に使える DiT がありません。</translation>
    </message>
    <message>
        <source>No usable ACE-Step 1.5 model was found in this folder.</source>
        <translation>このフォルダーに使える ACE-Step 1.5 モデルは見つかりませんでした。</translation>
    </message>
    <message>
        <source>Files not used: %1.</source>
        <translation>使われていないファイル：%1。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>フォルダー %1 は存在しません。</translation>
    </message>
    <message>
        <source>Songloom could not read the folder %1: %2</source>
        <translation>Songloom はフォルダー %1 を読めませんでした：%2</translation>
    </message>
    <message>
        <source>The folder %1 could not be scanned: %2</source>
        <translation>フォルダー %1 をスキャンできませんでした：%2</translation>
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
        <translation>不明</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>カスタム</translation>
    </message>
    <message>
        <source>Custom (%1 layout)</source>
        <translation>カスタム（%1 レイアウト）</translation>
    </message>
    <message>
        <source>DiT</source>
        <translation>DiT</translation>
    </message>
    <message>
        <source>audio decoder (VAE)</source>
        <translation>オーディオデコーダー（VAE）</translation>
    </message>
    <message>
        <source>text encoder</source>
        <translation>テキストエンコーダー</translation>
    </message>
    <message>
        <source>planner (5 Hz LM)</source>
        <translation>プランナー（5 Hz LM）</translation>
    </message>
    <message>
        <source>adapter (LoRA)</source>
        <translation>アダプター（LoRA）</translation>
    </message>
    <message>
        <source>silence latent</source>
        <translation>無音の潜在表現</translation>
    </message>
    <message>
        <source>tokenizer</source>
        <translation>トークナイザー</translation>
    </message>
    <message>
        <source>unknown part</source>
        <translation>不明な部品</translation>
    </message>
    <message>
        <source>%1 billion</source>
        <translation>%1 億</translation>
    </message>
    <message>
        <source>%1 million</source>
        <translation>%1 百万</translation>
    </message>
    <message>
        <source>No ACE-Step 1.5 model files were found in this folder.</source>
        <translation>このフォルダーに ACE-Step 1.5 のモデルファイルは見つかりませんでした。</translation>
    </message>
    <message>
        <source>Songloom looks in this folder and its subfolders for the official ACE-Step 1.5 checkpoints (such as acestep-v15-turbo, vae and Qwen3-Embedding-0.6B) or for ComfyUI files such as ace_step_1.5_turbo_aio.safetensors. Put them here, then rescan (F5).</source>
        <translation>Songloom はこのフォルダーとサブフォルダーで、公式の ACE-Step 1.5 チェックポイント（acestep-v15-turbo、vae、Qwen3-Embedding-0.6B など）や ComfyUI のファイル（ace_step_1.5_turbo_aio.safetensors など）を探します。ここに置いてから再スキャン（F5）してください。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Songloom: write and produce songs with the ACE-Step 1.5 music model on your own GPU.</source>
        <translation>Songloom：あなたの GPU で ACE-Step 1.5 音楽モデルを使って曲を作り、仕上げる。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>このヘルプを表示して終了します。</translation>
    </message>
    <message>
        <source>Show the version and the engine&apos;s runtime (libtorch, GPU) and exit.</source>
        <translation>バージョンとエンジンの実行環境（libtorch、GPU）を表示して終了します。</translation>
    </message>
    <message>
        <source>Use the models in DIR for this run (the saved folder stays as it is).</source>
        <translation>今回だけ DIR のモデルを使います（保存されたフォルダーは変わりません）。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Keep settings in DIR instead of your configuration folder.</source>
        <translation>設定を設定フォルダーではなく DIR に保存します。</translation>
    </message>
    <message>
        <source>Once the window is ready, save it as a PNG image to FILE, print a one-line JSON description of the window and quit.</source>
        <translation>ウィンドウの準備ができたら FILE に PNG 画像として保存し、ウィンドウを説明する 1 行の JSON を出力して終了します。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>予期しない引数：%1</translation>
    </message>
    <message>
        <source>Try &apos;songloom --help&apos; for the options.</source>
        <translation>オプションは「songloom --help」で確認できます。</translation>
    </message>
</context>
<context>
    <name>EditPlan</name>
    <message>
        <source>%1 must be between 1 and %2 (it is %3).</source>
        <translation>%1 は 1 から %2 の間にしてください（現在 %3）。</translation>
    </message>
    <message>
        <source>Takes per region</source>
        <translation>範囲ごとのテイク数</translation>
    </message>
    <message>
        <source>The region %1–%2 s must lie within the take (0–%3 s) and end after it starts.</source>
        <translation>範囲 %1–%2 秒はテイク内（0–%3 秒）にあり、開始より後に終わる必要があります。</translation>
    </message>
    <message>
        <source>The region is %1 s long; a repaint needs at least %2 s.</source>
        <translation>範囲の長さは %1 秒です。描き直しには %2 秒以上必要です。</translation>
    </message>
    <message>
        <source>Takes</source>
        <translation>テイク数</translation>
    </message>
    <message>
        <source>Extend by must be more than 0 and at most %1 s (it is %2 s).</source>
        <translation>延長する長さは 0 より大きく %1 秒以下にしてください（現在 %2 秒）。</translation>
    </message>
    <message>
        <source>The song would be %1 s long; the model makes at most %2 s. Extend by at most %3 s.</source>
        <translation>曲の長さが %1 秒になります。モデルが作れるのは最大 %2 秒です。延長は %3 秒までにしてください。</translation>
    </message>
    <message>
        <source>Context must be more than 0 and at most %1 s (it is %2 s).</source>
        <translation>コンテキストは 0 より大きく %1 秒以下にしてください（現在 %2 秒）。</translation>
    </message>
    <message>
        <source>Choose the source audio: a take or an audio file.</source>
        <translation>元の音声を選んでください：テイクまたは音声ファイル。</translation>
    </message>
    <message>
        <source>Strength must be between 0 and 1 (it is %1).</source>
        <translation>強さは 0 から 1 の間にしてください（現在 %1）。</translation>
    </message>
    <message>
        <source>Region %1 has no take chosen.</source>
        <translation>範囲 %1 のテイクが選ばれていません。</translation>
    </message>
    <message>
        <source>The take for region %1 does not match the song (%2 Hz, %3 channels, %4 frames against %5 Hz, %6 channels, %7 frames).</source>
        <translation>範囲 %1 のテイクが曲と合いません（%2 Hz・%3 チャンネル・%4 フレームに対し、曲は %5 Hz・%6 チャンネル・%7 フレーム）。</translation>
    </message>
    <message>
        <source>Region %1 (%2–%3 s) is not inside the song.</source>
        <translation>範囲 %1（%2–%3 秒）が曲の中にありません。</translation>
    </message>
    <message>
        <source>Regions %1 and %2 overlap; keep one of them.</source>
        <translation>範囲 %1 と %2 が重なっています。どちらか一方だけにしてください。</translation>
    </message>
</context>
<context>
    <name>EngineBackend</name>
    <message>
        <source>The model set %1 is not in the models folder any more; choose another one on the Models page.</source>
        <translation>モデルセット %1 はもうモデルフォルダーにありません。「モデル」ページで別のものを選んでください。</translation>
    </message>
</context>
<context>
    <name>ExportService</name>
    <message>
        <source>The take %1 could not be read: %2</source>
        <translation>テイク %1 を読めませんでした：%2</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>フォルダー %1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation>%1 は書き出されませんでした：%2</translation>
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
        <translation>カバー画像付き MP4 動画</translation>
    </message>
    <message>
        <source>16-bit integer</source>
        <translation>16 ビット整数</translation>
    </message>
    <message>
        <source>24-bit integer</source>
        <translation>24 ビット整数</translation>
    </message>
    <message>
        <source>32-bit float</source>
        <translation>32 ビット浮動小数点</translation>
    </message>
    <message>
        <source>%1 is written at 48000 Hz, 2 channels; %2 Hz, %3 channels is not offered.</source>
        <translation>%1 は 48000 Hz・2 チャンネルで書き出されます。%2 Hz・%3 チャンネルは選べません。</translation>
    </message>
    <message>
        <source>Audio bitrate %1 kbps is not offered for MP4: allowed 96 to 320 kbps.</source>
        <translation>MP4 では音声ビットレート %1 kbps は選べません：96 から 320 kbps です。</translation>
    </message>
    <message>
        <source>Target loudness %1 LUFS is out of range: allowed %2 to %3 LUFS.</source>
        <translation>目標ラウドネス %1 LUFS が範囲外です：%2 から %3 LUFS です。</translation>
    </message>
    <message>
        <source>True-peak ceiling %1 dBTP is out of range: allowed %2 to %3 dBTP.</source>
        <translation>トゥルーピーク上限 %1 dBTP が範囲外です：%2 から %3 dBTP です。</translation>
    </message>
    <message>
        <source>Cover image %1 cannot be read.</source>
        <translation>カバー画像 %1 を読めません。</translation>
    </message>
    <message>
        <source>Cover image %1 is not a PNG or JPEG image: allowed PNG, JPEG.</source>
        <translation>カバー画像 %1 は PNG でも JPEG でもありません：PNG、JPEG が使えます。</translation>
    </message>
    <message>
        <source>Cover image: an MP4 video needs a picture; choose a PNG or JPEG image.</source>
        <translation>カバー画像：MP4 動画には画像が必要です。PNG か JPEG を選んでください。</translation>
    </message>
    <message>
        <source>Folder: choose where the files go.</source>
        <translation>フォルダー：ファイルの保存先を選んでください。</translation>
    </message>
    <message>
        <source>Folder %1 is a file, not a folder.</source>
        <translation>%1 はフォルダーではなくファイルです。</translation>
    </message>
    <message>
        <source>File name: the pattern is empty; use text and %1.</source>
        <translation>ファイル名：パターンが空です。文字と %1 を使ってください。</translation>
    </message>
    <message>
        <source>File name: %1 is not a placeholder; allowed %2.</source>
        <translation>ファイル名：%1 はプレースホルダーではありません。使えるのは %2 です。</translation>
    </message>
    <message>
        <source>The saved export format “%1” is not known; %2 is used.</source>
        <translation>保存されていた書き出し形式「%1」は不明です。%2 を使います。</translation>
    </message>
    <message>
        <source>The saved %1 %2 %3 is not allowed for %4 (allowed %5 %3); the default is used.</source>
        <translation>保存されていた%1 %2 %3 は %4 では使えません（使えるのは %5 %3）。既定値を使います。</translation>
    </message>
    <message>
        <source>sample rate</source>
        <translation>サンプルレート</translation>
    </message>
    <message>
        <source>Hz</source>
        <translation>Hz</translation>
    </message>
    <message>
        <source>channel count</source>
        <translation>チャンネル数</translation>
    </message>
    <message>
        <source>bitrate</source>
        <translation>ビットレート</translation>
    </message>
    <message>
        <source>kbps</source>
        <translation>kbps</translation>
    </message>
    <message>
        <source>The saved WAV bit depth is not known; %1 is used.</source>
        <translation>保存されていた WAV のビット深度は不明です。%1 を使います。</translation>
    </message>
    <message>
        <source>The saved %1 %2 is out of range (allowed %3 to %4); %5 is used.</source>
        <translation>保存されていた%1 %2 は範囲外です（%3 から %4）。%5 を使います。</translation>
    </message>
    <message>
        <source>target loudness</source>
        <translation>目標ラウドネス</translation>
    </message>
    <message>
        <source>true-peak ceiling</source>
        <translation>トゥルーピーク上限</translation>
    </message>
    <message>
        <source>The saved cover image %1 is gone; no cover is used.</source>
        <translation>保存されていたカバー画像 %1 が見つかりません。カバーなしにします。</translation>
    </message>
    <message>
        <source>The saved file-name pattern “%1” cannot be used (%2); “%3” is used.</source>
        <translation>保存されていたファイル名パターン「%1」は使えません（%2）。「%3」を使います。</translation>
    </message>
</context>
<context>
    <name>JobQueue</name>
    <message>
        <source>Take %1 arrived without audio.</source>
        <translation>テイク %1 がオーディオなしで届きました。</translation>
    </message>
    <message>
        <source>Take %1 could not be saved to %2: %3</source>
        <translation>テイク %1 を %2 に保存できませんでした：%3</translation>
    </message>
</context>
<context>
    <name>Lineage</name>
    <message>
        <source>Repaint</source>
        <translation>描き直し</translation>
    </message>
    <message>
        <source>Repaint take</source>
        <translation>描き直しテイク</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>延長</translation>
    </message>
    <message>
        <source>Cover / remix</source>
        <translation>カバー / リミックス</translation>
    </message>
    <message>
        <source>New song</source>
        <translation>新しい曲</translation>
    </message>
    <message>
        <source>%1 (take %2)</source>
        <translation>%1（テイク %2）</translation>
    </message>
</context>
<context>
    <name>ProgressText</name>
    <message>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Interrupted (the app was closed)</source>
        <translation>中断（アプリが閉じられました）</translation>
    </message>
    <message>
        <source>Loading the models</source>
        <translation>モデルを読み込み中</translation>
    </message>
    <message>
        <source>Reading caption and lyrics</source>
        <translation>説明と歌詞を読み込み中</translation>
    </message>
    <message>
        <source>Reading the source audio</source>
        <translation>元のオーディオを読み込み中</translation>
    </message>
    <message>
        <source>Generating</source>
        <translation>生成中</translation>
    </message>
    <message>
        <source>Decoding audio</source>
        <translation>オーディオをデコード中</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>保存中</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>仕上げ中</translation>
    </message>
    <message>
        <source>%1 · step %2 of %3</source>
        <translation>%1 · ステップ %2 / %3</translation>
    </message>
    <message>
        <source>Take %1 of %2 · %3</source>
        <translation>テイク %1 / %2 · %3</translation>
    </message>
    <message>
        <source>estimating…</source>
        <translation>推定中…</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>残り %1 秒</translation>
    </message>
    <message>
        <source>%1:%2 left</source>
        <translation>残り %1:%2</translation>
    </message>
</context>
<context>
    <name>RuntimeText</name>
    <message>
        <source>engine built without libtorch</source>
        <translation>libtorch なしでビルドされたエンジン</translation>
    </message>
    <message>
        <source>libtorch %1, CPU only (libtorch without CUDA)</source>
        <translation>libtorch %1、CPU のみ（CUDA なしの libtorch）</translation>
    </message>
    <message>
        <source>libtorch %1, no usable GPU found, running on the CPU</source>
        <translation>libtorch %1、使える GPU がなく CPU で実行中</translation>
    </message>
    <message>
        <source>libtorch %1, GPU: %2</source>
        <translation>libtorch %1、GPU：%2</translation>
    </message>
</context>
<context>
    <name>StudioDatabase</name>
    <message>
        <source>Could not open the studio database %1: %2</source>
        <translation>スタジオデータベース %1 を開けませんでした：%2</translation>
    </message>
    <message>
        <source>The studio database %1 is damaged and could not be moved aside; nothing was changed. Move or delete it, then start Songloom again.</source>
        <translation>スタジオデータベース %1 は壊れていて、移動もできませんでした。何も変更していません。移動するか削除してから、Songloom を再起動してください。</translation>
    </message>
    <message>
        <source>The studio database was damaged and could not be read. It was kept as %1, and a new, empty history was started.</source>
        <translation>スタジオデータベースが壊れていて読めませんでした。%1 として保管し、新しい空の履歴を始めました。</translation>
    </message>
    <message>
        <source>Could not prepare the studio database %1: %2</source>
        <translation>スタジオデータベース %1 を準備できませんでした：%2</translation>
    </message>
    <message>
        <source>The studio database %1 was written by a newer Songloom (schema %2; this version reads up to %3). Update Songloom to open it.</source>
        <translation>スタジオデータベース %1 は新しい Songloom で書かれています（スキーマ %2、このバージョンが読めるのは %3 まで）。開くには Songloom を更新してください。</translation>
    </message>
    <message>
        <source>Could not update the studio database %1 to schema %2: %3</source>
        <translation>スタジオデータベース %1 をスキーマ %2 に更新できませんでした：%3</translation>
    </message>
    <message>
        <source>Could not create a new studio database at %1.</source>
        <translation>%1 に新しいスタジオデータベースを作れませんでした。</translation>
    </message>
</context>
<context>
    <name>StudioSettings</name>
    <message>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>メモリー</translation>
    </message>
    <message>
        <source>empty (system)</source>
        <translation>空（システム）</translation>
    </message>
    <message>
        <source>%1: the saved value &quot;%2&quot; is not one of %3; using %4.</source>
        <translation>%1：保存値「%2」は %3 のいずれでもありません。%4 を使います。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>the system language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>Show the first-run guide</source>
        <translation>初回ガイドを表示</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
</context>
<context>
    <name>TakeEditor</name>
    <message>
        <source>The accepted take could not be saved to %1: %2</source>
        <translation>採用したテイクを %1 に保存できませんでした：%2</translation>
    </message>
</context>
<context>
    <name>TakeTrash</name>
    <message>
        <source>That take is not in the history any more.</source>
        <translation>そのテイクはもう履歴にありません。</translation>
    </message>
    <message>
        <source>Could not move %1 to the trash folder %2.</source>
        <translation>%1 をごみ箱フォルダー %2 に移動できませんでした。</translation>
    </message>
    <message>
        <source>Could not update the history: %1</source>
        <translation>履歴を更新できませんでした：%1</translation>
    </message>
    <message>
        <source>There is no deleted take to restore.</source>
        <translation>元に戻せる削除済みテイクはありません。</translation>
    </message>
    <message>
        <source>Could not move the take back to %1.</source>
        <translation>テイクを %1 に戻せませんでした。</translation>
    </message>
    <message>
        <source>There is no deleted take to remove.</source>
        <translation>削除するための削除済みテイクはありません。</translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation>%1 を削除できませんでした。</translation>
    </message>
</context>
<context>
    <name>VariantCatalogModel</name>
    <message>
        <source>%1 (ready)</source>
        <translation>%1（準備完了）</translation>
    </message>
    <message>
        <source>%1 (not ready)</source>
        <translation>%1（未準備）</translation>
    </message>
    <message>
        <source>%1 needs a Base model: only the Base checkpoints were trained to take a part out of a song, add a part, or complete an arrangement. Choose 2B Base or XL Base.</source>
        <translation>%1 には Base モデルが必要です：曲からパートを取り出す、パートを加える、アレンジを完成させる学習をしたのは Base チェックポイントだけです。2B Base か XL Base を選んでください。</translation>
    </message>
    <message>
        <source>Cover needs the model&apos;s audio tokenizer, and this copy of %1 was downloaded without it. Choose a model set that includes it (the official folders and Comfy-Org files do).</source>
        <translation>カバーにはモデルのオーディオトークナイザーが必要ですが、この %1 はそれなしでダウンロードされています。それを含むモデルセットを選んでください（公式フォルダーと Comfy-Org のファイルには含まれています）。</translation>
    </message>
    <message>
        <source>New song</source>
        <translation>新しい曲</translation>
    </message>
    <message>
        <source>Repaint a region</source>
        <translation>範囲を描き直す</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>カバー</translation>
    </message>
    <message>
        <source>Extract a part</source>
        <translation>パートを取り出す</translation>
    </message>
    <message>
        <source>Add a part</source>
        <translation>パートを加える</translation>
    </message>
    <message>
        <source>Complete the arrangement</source>
        <translation>アレンジを完成させる</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>カスタム</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>インストール済み</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>不完全</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>未インストール</translation>
    </message>
    <message>
        <source>the single file %1 from Comfy-Org (it holds every part)</source>
        <translation>Comfy-Org の単一ファイル %1（すべての部品を含む）</translation>
    </message>
    <message>
        <source>the folder %1 (Hugging Face repository ACE-Step/%1)</source>
        <translation>フォルダー %1（Hugging Face リポジトリ ACE-Step/%1）</translation>
    </message>
    <message>
        <source>the folder %1 (Hugging Face repository ACE-Step/%1) or the file %2 from Comfy-Org</source>
        <translation>フォルダー %1（Hugging Face リポジトリ ACE-Step/%1）または Comfy-Org のファイル %2</translation>
    </message>
    <message>
        <source>Not in the models folder. Get %1 for the %2 song model (DiT).</source>
        <translation>モデルフォルダーにありません。%2 の曲モデル（DiT）用に %1 を入手してください。</translation>
    </message>
    <message>
        <source>It also needs the audio decoder (VAE): the %1 folder or %2.</source>
        <translation>オーディオデコーダー（VAE）も必要です：%1 フォルダーか %2。</translation>
    </message>
    <message>
        <source>It also needs the text encoder: the %1 folder or %2.</source>
        <translation>テキストエンコーダーも必要です：%1 フォルダーか %2。</translation>
    </message>
    <message>
        <source>It also needs the text encoder&apos;s tokenizer (%1, inside the %2 folder).</source>
        <translation>テキストエンコーダーのトークナイザーも必要です（%2 フォルダー内の %1）。</translation>
    </message>
    <message>
        <source>If %1 is this variant, say so on the Models page.</source>
        <translation>%1 がこのバリアントなら、「モデル」ページで指定してください。</translation>
    </message>
</context>
<context>
    <name>VariantPresets</name>
    <message>
        <source>The quickest way to hear an idea: a finished song in a few seconds, and everything it needs comes in one file.</source>
        <translation>アイデアをいちばん早く聴ける方法：数秒で曲が完成し、必要なものはすべて 1 つのファイルに入っています。</translation>
    </message>
    <message>
        <source>Same sound and speed as the all-in-one Turbo, for when you keep the model&apos;s parts as separate files.</source>
        <translation>オールインワンの Turbo と同じ音と速さ。モデルの部品を別々のファイルで持っている場合に。</translation>
    </message>
    <message>
        <source>Takes much longer than Turbo for a more careful result, and is the only kind that can lift a single part out of a song or build a song around one.</source>
        <translation>Turbo よりずっと時間がかかる代わりに丁寧な仕上がりで、曲から 1 つのパートを取り出したり、1 つのパートを軸に曲を作ったりできる唯一の種類です。</translation>
    </message>
    <message>
        <source>A fine-tuned Base: same pace, its own character. Try it next to Base on the same song.</source>
        <translation>微調整された Base：ペースは同じで、個性が違います。同じ曲で Base と聴き比べてみてください。</translation>
    </message>
    <message>
        <source>The larger model at sketching speed: more detail than 2B Turbo, but it needs a graphics card with more memory.</source>
        <translation>スケッチの速さで動く大きいモデル：2B Turbo より細かいですが、メモリーの多いグラフィックカードが必要です。</translation>
    </message>
    <message>
        <source>The larger model, slow and careful: the most detail of all, and the longest wait.</source>
        <translation>大きいモデルで、ゆっくり丁寧：いちばん細かく、いちばん待ちます。</translation>
    </message>
    <message>
        <source>A fine-tuned XL Base: same wait and memory, a different character.</source>
        <translation>微調整された XL Base：待ち時間もメモリーも同じで、個性が違います。</translation>
    </message>
</context>
<context>
    <name>songloom::ui::CaptionBuilder</name>
    <message>
        <source>Genre</source>
        <translation>ジャンル</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>楽器</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>ムード</translation>
    </message>
    <message>
        <source>Vocal style</source>
        <translation>ボーカルスタイル</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>プロダクション</translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation>テンポ</translation>
    </message>
    <message>
        <source>Describe the song in English: genre, instruments, mood, voice… Click the words below or type your own.</source>
        <translation>曲を英語で説明してください：ジャンル、楽器、ムード、声… 下の単語をクリックするか、自分で入力します。</translation>
    </message>
    <message>
        <source>What to avoid (optional)</source>
        <translation>避けたいもの（任意）</translation>
    </message>
    <message>
        <source>Kept with the request. ACE-Step 1.5 guides away from its own empty condition, so this text does not steer the sound.</source>
        <translation>リクエストと一緒に保存されます。ACE-Step 1.5 は自身の空条件から離れるようにガイドするため、この文は音に影響しません。</translation>
    </message>
    <message>
        <source>No saved presets</source>
        <translation>保存されたプリセットはありません</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>読み込む</translation>
    </message>
    <message>
        <source>Replace the caption and negative prompt with the chosen preset</source>
        <translation>説明とネガティブプロンプトを選んだプリセットに置き換える</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>名前を付けて保存…</translation>
    </message>
    <message>
        <source>Keep the caption and negative prompt under a name</source>
        <translation>説明とネガティブプロンプトを名前を付けて保存</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Forget the chosen preset</source>
        <translation>選択したプリセットを忘れる</translation>
    </message>
    <message>
        <source>Presets:</source>
        <translation>プリセット：</translation>
    </message>
    <message>
        <source>Negative prompt:</source>
        <translation>ネガティブプロンプト：</translation>
    </message>
    <message>
        <source>Save Caption Preset</source>
        <translation>説明のプリセットを保存</translation>
    </message>
    <message>
        <source>Preset name:</source>
        <translation>プリセット名：</translation>
    </message>
</context>
<context>
    <name>songloom::ui::ComposePage</name>
    <message>
        <source>Unknown / none</source>
        <translation>不明 / なし</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>スタイル</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>自動</translation>
    </message>
    <message>
        <source> BPM</source>
        <translation> BPM</translation>
    </message>
    <message>
        <source>Beats per minute, %1–%2; Auto lets the model choose</source>
        <translation>1 分あたりの拍数、%1–%2。「自動」ならモデルが決めます</translation>
    </message>
    <message>
        <source>Tap</source>
        <translation>タップ</translation>
    </message>
    <message>
        <source>Tap along with the beat: the tempo is the average of your last taps (a pause of two seconds starts over)</source>
        <translation>拍に合わせてタップしてください：テンポは最近のタップの平均です（2 秒止まるとやり直し）</translation>
    </message>
    <message>
        <source>major</source>
        <translation>メジャー</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>マイナー</translation>
    </message>
    <message>
        <source>%1 beats per bar</source>
        <translation>1 小節 %1 拍</translation>
    </message>
    <message>
        <source>Instrumental (no vocals)</source>
        <translation>インスト（ボーカルなし）</translation>
    </message>
    <message>
        <source>How many versions of the song one Generate makes (%1–%2); each gets the next seed</source>
        <translation>1 回の「生成」で作るバージョンの数（%1–%2）。それぞれ次のシードを使います</translation>
    </message>
    <message>
        <source>Variations per run</source>
        <translation>1 回あたりのバリエーション数</translation>
    </message>
    <message>
        <source>Song</source>
        <translation>曲</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>長さ：</translation>
    </message>
    <message>
        <source>Tempo:</source>
        <translation>テンポ：</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>キー：</translation>
    </message>
    <message>
        <source>Time signature:</source>
        <translation>拍子：</translation>
    </message>
    <message>
        <source>Vocal language:</source>
        <translation>歌の言語：</translation>
    </message>
    <message>
        <source>Variations:</source>
        <translation>バリエーション：</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>%1:%2 min</source>
        <translation>%1:%2 分</translation>
    </message>
    <message>
        <source>✓ The request is complete and within the engine&apos;s limits.</source>
        <translation>✓ リクエストは完全で、エンジンの制限内です。</translation>
    </message>
    <message>
        <source>The request is not ready yet: see the message in red.</source>
        <translation>リクエストはまだ準備できていません：赤いメッセージを見てください。</translation>
    </message>
</context>
<context>
    <name>songloom::ui::ExportDialog</name>
    <message>
        <source>Export 1 Take</source>
        <translation>1 テイクを書き出す</translation>
    </message>
    <message>
        <source>Export %1 Takes</source>
        <translation>%1 テイクを書き出す</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Sample rate</source>
        <translation>サンプルレート</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>チャンネル</translation>
    </message>
    <message>
        <source>Bitrate</source>
        <translation>ビットレート</translation>
    </message>
    <message>
        <source>WAV bit depth</source>
        <translation>WAV ビット深度</translation>
    </message>
    <message>
        <source>&amp;Normalise loudness</source>
        <translation>ラウドネスを正規化(&amp;N)</translation>
    </message>
    <message>
        <source>One gain per take so its integrated loudness (EBU R128) is the target, lowered where needed so the true peak stays under the ceiling</source>
        <translation>テイクごとに 1 つのゲインで統合ラウドネス（EBU R128）を目標に合わせます。トゥルーピークが上限を超えないよう必要に応じて下げます</translation>
    </message>
    <message>
        <source>Target loudness</source>
        <translation>目標ラウドネス</translation>
    </message>
    <message>
        <source> LUFS</source>
        <translation> LUFS</translation>
    </message>
    <message>
        <source>True-peak ceiling</source>
        <translation>トゥルーピーク上限</translation>
    </message>
    <message>
        <source> dBTP</source>
        <translation> dBTP</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Each take&apos;s own title</source>
        <translation>各テイク自身のタイトル</translation>
    </message>
    <message>
        <source>Artist</source>
        <translation>アーティスト</translation>
    </message>
    <message>
        <source>Album</source>
        <translation>アルバム</translation>
    </message>
    <message>
        <source>Cover image</source>
        <translation>カバー画像</translation>
    </message>
    <message>
        <source>No cover (PNG or JPEG; needed for MP4)</source>
        <translation>カバーなし（PNG または JPEG。MP4 には必要）</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>選択(&amp;H)…</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>Choo&amp;se…</source>
        <translation>選択(&amp;S)…</translation>
    </message>
    <message>
        <source>File name pattern</source>
        <translation>ファイル名パターン</translation>
    </message>
    <message>
        <source>Text with {title}, {seed} and {n} (the take&apos;s number in this export)</source>
        <translation>{title}、{seed}、{n}（この書き出しでのテイク番号）を含む文字</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音声</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>形式(&amp;F)：</translation>
    </message>
    <message>
        <source>Sample &amp;rate:</source>
        <translation>サンプルレート(&amp;R)：</translation>
    </message>
    <message>
        <source>C&amp;hannels:</source>
        <translation>チャンネル(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Bitrate:</source>
        <translation>ビットレート(&amp;B)：</translation>
    </message>
    <message>
        <source>WAV bit &amp;depth:</source>
        <translation>WAV ビット深度(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>目標(&amp;T)：</translation>
    </message>
    <message>
        <source>True-peak &amp;ceiling:</source>
        <translation>トゥルーピーク上限(&amp;C)：</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>タイトル(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Artist:</source>
        <translation>アーティスト(&amp;A)：</translation>
    </message>
    <message>
        <source>Al&amp;bum:</source>
        <translation>アルバム(&amp;B)：</translation>
    </message>
    <message>
        <source>C&amp;over image:</source>
        <translation>カバー画像(&amp;O)：</translation>
    </message>
    <message>
        <source>Each take keeps its caption, lyrics, tempo, key and full generation settings.</source>
        <translation>各テイクは説明、歌詞、テンポ、キー、生成設定のすべてを保持します。</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Fol&amp;der:</source>
        <translation>フォルダー(&amp;D)：</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>ファイル名(&amp;N)：</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>プレビュー：</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>書き出しの進行状況</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>書き出す(&amp;E)</translation>
    </message>
    <message>
        <source>Write the files (Ctrl+Return)</source>
        <translation>ファイルを書き出す（Ctrl+Return）</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Stop after the take being written; the files already written stay</source>
        <translation>書き出し中のテイクの後で止めます。書き出し済みのファイルは残ります</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Cover Image</source>
        <translation>カバー画像</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>画像 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Export Folder</source>
        <translation>書き出し先フォルダー</translation>
    </message>
    <message>
        <source>Writing take %1 of %2 (%3)…</source>
        <translation>テイク %1 / %2 を書き出し中（%3）…</translation>
    </message>
    <message>
        <source>Files Exist</source>
        <translation>ファイルが存在します</translation>
    </message>
    <message>
        <source>A file of this name exists already:</source>
        <translation>この名前のファイルがすでにあります：</translation>
    </message>
    <message>
        <source>%1 files of these names exist already:</source>
        <translation>これらの名前のファイルがすでに %1 個あります：</translation>
    </message>
    <message>
        <source>Keep Both (Number the New Files)</source>
        <translation>両方残す（新しいファイルに番号を付ける）</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>置き換える</translation>
    </message>
    <message>
        <source>%1 Hz</source>
        <translation>%1 Hz</translation>
    </message>
    <message>
        <source>Mono</source>
        <translation>モノラル</translation>
    </message>
    <message>
        <source>Stereo</source>
        <translation>ステレオ</translation>
    </message>
    <message>
        <source>%1 kbps</source>
        <translation>%1 kbps</translation>
    </message>
    <message>
        <source>Lossless</source>
        <translation>ロスレス</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> ほか %1 件</translation>
    </message>
    <message>
        <source>1 file written to %1.</source>
        <translation>1 ファイルを %1 に書き出しました。</translation>
    </message>
    <message>
        <source>%1 files written to %2.</source>
        <translation>%1 ファイルを %2 に書き出しました。</translation>
    </message>
    <message>
        <source>Stopped before the other takes.</source>
        <translation>残りのテイクの前で停止しました。</translation>
    </message>
</context>
<context>
    <name>songloom::ui::ExportService</name>
    <message>
        <source>Choose one or more takes to export.</source>
        <translation>書き出すテイクを 1 つ以上選んでください。</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>書き出しはすでに実行中です。</translation>
    </message>
    <message>
        <source>Cover image %1 cannot be read.</source>
        <translation>カバー画像 %1 を読めません。</translation>
    </message>
</context>
<context>
    <name>songloom::ui::FirstRunDialog</name>
    <message>
        <source>Get Started with Songloom</source>
        <translation>Songloom をはじめよう</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Songloom needs the ACE-Step 1.5 model files&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Songloom には ACE-Step 1.5 のモデルファイルが必要です&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The music is made on your computer by the open ACE-Step 1.5 model. Its files are a separate download of several gigabytes; keep them together in one folder (subfolders are fine) and show Songloom that folder.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Where to get them&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;From the ACE-Step team on Hugging Face: the repository &lt;i&gt;%1&lt;/i&gt; contains the Turbo model (folder &lt;i&gt;acestep-v15-turbo&lt;/i&gt;) together with &lt;i&gt;vae&lt;/i&gt; and &lt;i&gt;Qwen3-Embedding-0.6B&lt;/i&gt;. The other variants have a repository each under the same name as their folder, for example &lt;i&gt;ACE-Step/acestep-v15-base&lt;/i&gt; or &lt;i&gt;ACE-Step/acestep-v15-xl-turbo&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;From Comfy-Org on Hugging Face (&lt;i&gt;%2&lt;/i&gt;): single files. &lt;i&gt;ace_step_1.5_turbo_aio.safetensors&lt;/i&gt; holds everything in one file; the files under &lt;i&gt;split_files&lt;/i&gt; hold one part each.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;What a working set contains&lt;/b&gt;: the song model (DiT, e.g. &lt;i&gt;acestep-v15-turbo&lt;/i&gt;), the audio decoder (VAE), the text encoder (Qwen3-Embedding-0.6B) and the text encoder&apos;s tokenizer. Comfy-Org&apos;s files come without the tokenizer; Songloom supplies its own copy for them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;音楽はオープンな ACE-Step 1.5 モデルがあなたのコンピューター上で作ります。そのファイルは数 GB の別ダウンロードです。1 つのフォルダー（サブフォルダーも可）にまとめて置き、そのフォルダーを Songloom に指定してください。&lt;/p&gt;&lt;p&gt;&lt;b&gt;入手先&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Hugging Face の ACE-Step チーム：リポジトリ &lt;i&gt;%1&lt;/i&gt; には Turbo モデル（フォルダー &lt;i&gt;acestep-v15-turbo&lt;/i&gt;）と &lt;i&gt;vae&lt;/i&gt;、&lt;i&gt;Qwen3-Embedding-0.6B&lt;/i&gt; が入っています。ほかのバリアントはフォルダーと同じ名前のリポジトリがそれぞれあります。例：&lt;i&gt;ACE-Step/acestep-v15-base&lt;/i&gt;、&lt;i&gt;ACE-Step/acestep-v15-xl-turbo&lt;/i&gt;。&lt;/li&gt;&lt;li&gt;Hugging Face の Comfy-Org（&lt;i&gt;%2&lt;/i&gt;）：単一ファイル。&lt;i&gt;ace_step_1.5_turbo_aio.safetensors&lt;/i&gt; はすべてを 1 ファイルにまとめたもので、&lt;i&gt;split_files&lt;/i&gt; 以下のファイルはそれぞれ 1 つの部品です。&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;動くセットの中身&lt;/b&gt;：曲のモデル（DiT、例：&lt;i&gt;acestep-v15-turbo&lt;/i&gt;）、オーディオデコーダー（VAE）、テキストエンコーダー（Qwen3-Embedding-0.6B）、テキストエンコーダーのトークナイザー。Comfy-Org のファイルにはトークナイザーがないため、Songloom が自前のものを用意します。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No folder chosen yet</source>
        <translation>フォルダーはまだ選ばれていません</translation>
    </message>
    <message>
        <source>&amp;Choose Folder…</source>
        <translation>フォルダーを選択(&amp;C)…</translation>
    </message>
    <message>
        <source>Show this guide at start while no model is ready</source>
        <translation>使えるモデルがない間は起動時にこのガイドを表示</translation>
    </message>
    <message>
        <source>&amp;Use This Folder</source>
        <translation>このフォルダーを使う(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>今はしない(&amp;N)</translation>
    </message>
    <message>
        <source>Choose Models Folder</source>
        <translation>モデルフォルダーを選択</translation>
    </message>
    <message>
        <source>Looking for models in this folder…</source>
        <translation>このフォルダーでモデルを探しています…</translation>
    </message>
    <message>
        <source>You can use this folder now and add the missing files later; Songloom looks again when you press F5.</source>
        <translation>今このフォルダーを使い、足りないファイルは後で追加できます。F5 を押すと Songloom がもう一度探します。</translation>
    </message>
</context>
<context>
    <name>songloom::ui::HistoryPage</name>
    <message>
        <source>Takes</source>
        <translation>テイク</translation>
    </message>
    <message>
        <source>♥</source>
        <translation>♥</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>長さ</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>Take parameters</source>
        <translation>テイクのパラメーター</translation>
    </message>
    <message>
        <source>Play / Pause</source>
        <translation>再生 / 一時停止</translation>
    </message>
    <message>
        <source>Play or pause the selected take (Space)</source>
        <translation>選択したテイクを再生または一時停止（スペース）</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>お気に入り</translation>
    </message>
    <message>
        <source>Mark or unmark the take as a favourite (F); rate it with the keys 1 to 5, 0 clears</source>
        <translation>テイクをお気に入りにする／外す（F）。1〜5 キーで評価、0 で解除</translation>
    </message>
    <message>
        <source>Use These Settings Again</source>
        <translation>この設定をもう一度使う</translation>
    </message>
    <message>
        <source>Load this take&apos;s settings, its seed included, into the Compose page (Ctrl+Shift+U)</source>
        <translation>このテイクの設定（シードを含む）を「作曲」ページに読み込む（Ctrl+Shift+U）</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message numerus="yes">
        <source>Delete the take; you can undo it for %n seconds (Del, undo with Ctrl+Z)</source>
        <translation>
            <numerusform>テイクを削除します。%n 秒間は元に戻せます（Del、Ctrl+Z で元に戻す）</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>Search caption, lyrics, model or seed (Ctrl+F)</source>
        <translation>説明、歌詞、モデル、シードを検索（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>履歴を検索</translation>
    </message>
    <message>
        <source>Favourites only</source>
        <translation>お気に入りのみ</translation>
    </message>
    <message>
        <source>Minimum rating</source>
        <translation>最低評価</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>すべての評価</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 以上</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>Made between</source>
        <translation>作成期間</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>and</source>
        <translation>と</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>すべてのモデル</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>すべてのタスク</translation>
    </message>
    <message>
        <source>(no caption)</source>
        <translation>（説明なし）</translation>
    </message>
    <message>
        <source>No take selected.</source>
        <translation>テイクが選ばれていません。</translation>
    </message>
    <message>
        <source>Unfavourite</source>
        <translation>お気に入りから外す</translation>
    </message>
    <message>
        <source>Lyrics</source>
        <translation>歌詞</translation>
    </message>
    <message>
        <source>Could not save the favourite mark: %1</source>
        <translation>お気に入りの印を保存できませんでした：%1</translation>
    </message>
    <message>
        <source>Could not save the rating: %1</source>
        <translation>評価を保存できませんでした：%1</translation>
    </message>
    <message>
        <source>The settings of this take could not be read: %1</source>
        <translation>このテイクの設定を読めませんでした：%1</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>「%1」を削除しました。</translation>
    </message>
    <message>
        <source>Compare Variations</source>
        <translation>バリエーションを比較</translation>
    </message>
    <message>
        <source>The takes of this batch side by side; switch between them while playing (Ctrl+Shift+V)</source>
        <translation>このバッチのテイクを並べて表示し、再生中に切り替えます（Ctrl+Shift+V）</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <source>Open the take on its timeline to repaint regions, extend it or make a cover (Ctrl+E, or double-click it)</source>
        <translation>テイクをタイムラインで開き、範囲の描き直し、延長、カバー作成を行います（Ctrl+E、またはダブルクリック）</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>書き出し…</translation>
    </message>
    <message>
        <source>Export the selected takes as MP3, WAV, FLAC, Ogg or MP4 with a cover (Ctrl+Shift+E)</source>
        <translation>選択したテイクを MP3、WAV、FLAC、Ogg、またはカバー付き MP4 で書き出します（Ctrl+Shift+E）</translation>
    </message>
    <message>
        <source>This take was made alone; a batch of variations (Variations per run) can be compared.</source>
        <translation>このテイクは単独で作られました。比較できるのは複数バリエーションのバッチ（1 回あたりのバリエーション数）です。</translation>
    </message>
    <message>
        <source>Made from:</source>
        <translation>作成元：</translation>
    </message>
    <message>
        <source>The take could not be played: %1</source>
        <translation>テイクを再生できませんでした：%1</translation>
    </message>
</context>
<context>
    <name>songloom::ui::JobQueue</name>
    <message>
        <source>Choose a model set on the Models page before generating.</source>
        <translation>生成する前に「モデル」ページでモデルセットを選んでください。</translation>
    </message>
    <message>
        <source>The job could not be saved, so it was not started: %1</source>
        <translation>ジョブを保存できなかったため、開始しませんでした：%1</translation>
    </message>
    <message>
        <source>The stored request could not be read: %1</source>
        <translation>保存されたリクエストを読めませんでした：%1</translation>
    </message>
    <message>
        <source>The job could not be updated in the database: %1</source>
        <translation>データベースでジョブを更新できませんでした：%1</translation>
    </message>
    <message>
        <source>Take %1 was saved to %2 but could not be added to the history: %3</source>
        <translation>テイク %1 は %2 に保存されましたが、履歴に追加できませんでした：%3</translation>
    </message>
    <message>
        <source>That job is not in the queue any more.</source>
        <translation>そのジョブはもうキューにありません。</translation>
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
ここに歌詞を書きます。1 行に歌う 1 行。

[Chorus]
…

[ を入力するとセクションタグを選べます。</translation>
    </message>
    <message>
        <source>Sections of the lyrics and their sung lines; click one to go there</source>
        <translation>歌詞のセクションと歌う行数。クリックでそこへ移動</translation>
    </message>
    <message>
        <source>Rule of thumb: one sung line takes about two bars, so a song holds duration × BPM ÷ 60 ÷ beats per bar ÷ 2 lines (120 BPM and 4 beats per bar when unset). Over 125 % of that is too long: lines get skipped or rushed. Under 25 % is too short: the model fills the rest on its own.</source>
        <translation>目安：歌う 1 行は約 2 小節なので、曲に収まるのは 長さ × BPM ÷ 60 ÷ 1 小節の拍数 ÷ 2 行です（未設定なら 120 BPM、4 拍として計算）。その 125% を超えると長すぎて、行が飛ばされたり詰め込まれたりします。25% 未満だと短すぎて、残りはモデルが自分で埋めます。</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>読み込み…</translation>
    </message>
    <message>
        <source>Read lyrics from a text (.txt) or LRC (.lrc) file</source>
        <translation>テキスト（.txt）または LRC（.lrc）ファイルから歌詞を読み込む</translation>
    </message>
    <message>
        <source>Lyrics</source>
        <translation>歌詞</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>セクション</translation>
    </message>
    <message>
        <source>(before the first tag)</source>
        <translation>（最初のタグより前）</translation>
    </message>
    <message>
        <source>%1 · 1 line</source>
        <translation>%1 · 1 行</translation>
    </message>
    <message>
        <source>%1 · %2 lines</source>
        <translation>%1 · %2 行</translation>
    </message>
    <message>
        <source>1 tag not in the section vocabulary (shown in orange)</source>
        <translation>1 個のタグがセクション語彙にありません（オレンジで表示）</translation>
    </message>
    <message>
        <source>%1 tags not in the section vocabulary (shown in orange)</source>
        <translation>%1 個のタグがセクション語彙にありません（オレンジで表示）</translation>
    </message>
    <message>
        <source>1 line with stray or unclosed brackets (shown in red)</source>
        <translation>1 行に余分な括弧か閉じていない括弧があります（赤で表示）</translation>
    </message>
    <message>
        <source>%1 lines with stray or unclosed brackets (shown in red)</source>
        <translation>%1 行に余分な括弧か閉じていない括弧があります（赤で表示）</translation>
    </message>
    <message>
        <source>%1 sung lines; about %2 fit this duration and tempo.</source>
        <translation>歌う行が %1 行。この長さとテンポに収まるのは約 %2 行です。</translation>
    </message>
    <message>
        <source>Too long: %1 sung lines, but only about %2 fit this duration and tempo. Lines may be skipped; make the song longer or faster, or cut lines.</source>
        <translation>長すぎます：歌う行が %1 行ありますが、この長さとテンポに収まるのは約 %2 行です。行が飛ばされることがあります。曲を長く、または速くするか、行を減らしてください。</translation>
    </message>
    <message>
        <source>Too short: %1 sung lines for room of about %2. The model will fill the rest on its own; add lines or make the song shorter.</source>
        <translation>短すぎます：歌う行が %1 行ですが、約 %2 行分の余裕があります。残りはモデルが自分で埋めます。行を足すか曲を短くしてください。</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 を読めませんでした：%2</translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB; that is not a lyrics file.</source>
        <translation>%1 は 1 MiB を超えています。歌詞ファイルではありません。</translation>
    </message>
    <message>
        <source>Import Lyrics</source>
        <translation>歌詞を読み込む</translation>
    </message>
    <message>
        <source>Lyrics (*.txt *.lrc);;All files (*)</source>
        <translation>歌詞 (*.txt *.lrc);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Writing Tips…</source>
        <translation>作詞のヒント…</translation>
    </message>
    <message>
        <source>Section tags, line lengths and how to write a caption (F1)</source>
        <translation>セクションタグ、行の長さ、説明の書き方（F1）</translation>
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
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Compose</source>
        <translation>作曲</translation>
    </message>
    <message>
        <source>Checking the engine…</source>
        <translation>エンジンを確認中…</translation>
    </message>
    <message>
        <source>&amp;Choose Models Folder…</source>
        <translation>モデルフォルダーを選択(&amp;C)…</translation>
    </message>
    <message>
        <source>Choose the folder that holds your ACE-Step 1.5 model files</source>
        <translation>ACE-Step 1.5 のモデルファイルがあるフォルダーを選択</translation>
    </message>
    <message>
        <source>&amp;Rescan Models</source>
        <translation>モデルを再スキャン(&amp;R)</translation>
    </message>
    <message>
        <source>Look again for model files in the models folder</source>
        <translation>モデルフォルダーのモデルファイルをもう一度探す</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>Models folder, device, precision, memory and language</source>
        <translation>モデルフォルダー、デバイス、精度、メモリー、言語</translation>
    </message>
    <message>
        <source>&amp;Getting Models…</source>
        <translation>モデルの入手(&amp;G)…</translation>
    </message>
    <message>
        <source>Where the ACE-Step 1.5 model files come from and which ones you need</source>
        <translation>ACE-Step 1.5 のモデルファイルの入手先と必要なもの</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <source>Queue the song on the Compose page for generation</source>
        <translation>「作曲」ページの曲を生成キューに入れる</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About Songloom</source>
        <translation>Songloom について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>&amp;Qt について</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>キュー</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>About Songloom</source>
        <translation>Songloom について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Songloom %1&lt;/h3&gt;&lt;p&gt;A studio for writing and producing songs with the ACE-Step 1.5 music model, running on your own computer.&lt;/p&gt;&lt;p&gt;Engine: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Songloom %1&lt;/h3&gt;&lt;p&gt;ACE-Step 1.5 音楽モデルで曲を作り、仕上げるための、あなた自身のコンピューターで動くスタジオです。&lt;/p&gt;&lt;p&gt;エンジン：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
</context>
<context>
    <name>songloom::ui::ModelSetList</name>
    <message>
        <source>Model sets</source>
        <translation>モデルセット</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>バリアント</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Variant of %1</source>
        <translation>%1 のバリアント</translation>
    </message>
    <message>
        <source>Choose… (name: %1)</source>
        <translation>選択…（名前：%1）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>The files do not say which variant this is. Choose the one it was released as: Turbo generates in 8 steps, Base and SFT take about 50 steps with guidance.</source>
        <translation>ファイルからはこのバリアントがわかりません。公開されたときの種類を選んでください：Turbo は 8 ステップで生成し、Base と SFT はガイダンス付きで約 50 ステップかかります。</translation>
    </message>
</context>
<context>
    <name>songloom::ui::ModelsPanel</name>
    <message>
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Find your models</source>
        <translation>モデルを探す</translation>
    </message>
    <message>
        <source>Choose the folder where your ACE-Step 1.5 model files are, and Songloom will list the models it finds there.</source>
        <translation>ACE-Step 1.5 のモデルファイルがあるフォルダーを選ぶと、Songloom が見つけたモデルを一覧にします。</translation>
    </message>
    <message>
        <source>Choose Models Folder…</source>
        <translation>モデルフォルダーを選択…</translation>
    </message>
    <message>
        <source>Models folder:</source>
        <translation>モデルフォルダー：</translation>
    </message>
    <message>
        <source>&amp;Change Folder…</source>
        <translation>フォルダーを変更(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Rescan</source>
        <translation>再スキャン(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Model sets</source>
        <translation>モデルセット(&amp;M)</translation>
    </message>
    <message>
        <source>Model details</source>
        <translation>モデルの詳細</translation>
    </message>
    <message>
        <source>Files &amp;not used</source>
        <translation>使われていないファイル(&amp;N)</translation>
    </message>
    <message>
        <source>Choose Models Folder</source>
        <translation>モデルフォルダーを選択</translation>
    </message>
    <message>
        <source>Looking for models in this folder…</source>
        <translation>このフォルダーでモデルを探しています…</translation>
    </message>
    <message>
        <source>This folder cannot be scanned</source>
        <translation>このフォルダーはスキャンできません</translation>
    </message>
    <message>
        <source>Choose another folder with Change Folder…, or check that the drive it is on is connected, then rescan (F5).</source>
        <translation>「フォルダーを変更…」で別のフォルダーを選ぶか、ドライブが接続されているか確認してから再スキャン（F5）してください。</translation>
    </message>
    <message>
        <source>No models here yet</source>
        <translation>まだモデルがありません</translation>
    </message>
</context>
<context>
    <name>songloom::ui::PlaybackEngine</name>
    <message>
        <source>The audio output stopped with an error.</source>
        <translation>オーディオ出力がエラーで停止しました。</translation>
    </message>
    <message>
        <source>A take could not be converted for playback.</source>
        <translation>テイクを再生用に変換できませんでした。</translation>
    </message>
    <message>
        <source>The sound output “%1” does not accept 48 kHz stereo audio, so playback is silent. Choose another output in the system&apos;s sound settings.</source>
        <translation>サウンド出力「%1」は 48 kHz ステレオの音声を受け付けないため、再生は無音になります。システムのサウンド設定で別の出力を選んでください。</translation>
    </message>
</context>
<context>
    <name>songloom::ui::QueuePanel</name>
    <message>
        <source>Generate queue</source>
        <translation>生成キュー</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>残り時間</translation>
    </message>
    <message>
        <source>Stop &amp;Now</source>
        <translation>今すぐ停止(&amp;N)</translation>
    </message>
    <message>
        <source>Stop the selected job at once; takes already finished are kept</source>
        <translation>選択したジョブをすぐに停止します。完成したテイクは残ります</translation>
    </message>
    <message>
        <source>Stop &amp;After This Take</source>
        <translation>このテイクの後で停止(&amp;A)</translation>
    </message>
    <message>
        <source>Finish the take being made, keep it, then stop</source>
        <translation>作成中のテイクを仕上げて保持し、それから停止</translation>
    </message>
    <message>
        <source>&amp;Run Again</source>
        <translation>もう一度実行(&amp;R)</translation>
    </message>
    <message>
        <source>Queue the selected job again with the same settings</source>
        <translation>選択したジョブを同じ設定でもう一度キューに入れる</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>削除(&amp;M)</translation>
    </message>
    <message>
        <source>Remove the job from the list; its takes stay in the history</source>
        <translation>ジョブを一覧から外します。テイクは履歴に残ります</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 takes</source>
        <translation>%1 · %3 テイク中 %2 完了</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Progress of job %1</source>
        <translation>ジョブ %1 の進行状況</translation>
    </message>
    <message>
        <source>&amp;Compare Variations</source>
        <translation>バリエーションを比較(&amp;C)</translation>
    </message>
    <message>
        <source>The takes of the selected batch side by side; switch between them while playing</source>
        <translation>選択したバッチのテイクを並べて表示し、再生中に切り替えます</translation>
    </message>
</context>
<context>
    <name>songloom::ui::RejectedList</name>
    <message>
        <source>Files not used</source>
        <translation>使われていないファイル</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>songloom::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>&amp;Choose Folder…</source>
        <translation>フォルダーを選択(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Rescan</source>
        <translation>再スキャン(&amp;R)</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>エンジン</translation>
    </message>
    <message>
        <source>Automatic (the graphics card when there is one)</source>
        <translation>自動（グラフィックカードがあればそれを使う）</translation>
    </message>
    <message>
        <source>Processor (CPU)</source>
        <translation>プロセッサー（CPU）</translation>
    </message>
    <message>
        <source>NVIDIA graphics card (CUDA)</source>
        <translation>NVIDIA グラフィックカード（CUDA）</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>デバイス(&amp;D)：</translation>
    </message>
    <message>
        <source>Automatic (bf16 on the graphics card, fp32 on the processor)</source>
        <translation>自動（グラフィックカードでは bf16、プロセッサーでは fp32）</translation>
    </message>
    <message>
        <source>fp32 (full precision)</source>
        <translation>fp32（完全な精度）</translation>
    </message>
    <message>
        <source>bf16 (half the memory)</source>
        <translation>bf16（メモリー半分）</translation>
    </message>
    <message>
        <source>fp16 (half the memory, older cards)</source>
        <translation>fp16（メモリー半分、古いカード）</translation>
    </message>
    <message>
        <source>&amp;Precision:</source>
        <translation>精度(&amp;P)：</translation>
    </message>
    <message>
        <source>Keep every part loaded (fastest)</source>
        <translation>すべての部品を読み込んだままにする（最速）</translation>
    </message>
    <message>
        <source>One part at a time (for 8 GB cards)</source>
        <translation>一度に 1 つの部品だけ（8 GB のカード向け）</translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation>メモリー(&amp;M)：</translation>
    </message>
    <message>
        <source>Device, precision and memory take effect the next time a model is loaded.</source>
        <translation>デバイス、精度、メモリーは次にモデルを読み込むときに反映されます。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>表示言語(&amp;I)：</translation>
    </message>
    <message>
        <source>Some saved settings were not valid and were replaced by their defaults (OK saves them):
%1</source>
        <translation>保存された設定の一部が無効だったため、既定値に置き換えました（OK で保存します）：
%1</translation>
    </message>
    <message>
        <source>No models folder chosen yet</source>
        <translation>モデルフォルダーはまだ選ばれていません</translation>
    </message>
    <message>
        <source>Looking for models in this folder…</source>
        <translation>このフォルダーでモデルを探しています…</translation>
    </message>
    <message>
        <source>Choose Models Folder</source>
        <translation>モデルフォルダーを選択</translation>
    </message>
    <message>
        <source>Songloom is still checking which graphics cards it can use.</source>
        <translation>Songloom は使えるグラフィックカードをまだ確認中です。</translation>
    </message>
    <message>
        <source>A graphics card Songloom can use was found.</source>
        <translation>Songloom が使えるグラフィックカードが見つかりました。</translation>
    </message>
    <message>
        <source>No graphics card can be used: %1</source>
        <translation>使えるグラフィックカードがありません：%1</translation>
    </message>
    <message>
        <source>The right choice for almost everyone.</source>
        <translation>ほとんどの人に最適な選択です。</translation>
    </message>
    <message>
        <source>Twice the memory of bf16 and slower on graphics cards; the processor always uses it.</source>
        <translation>bf16 の 2 倍のメモリーを使い、グラフィックカードでは遅くなります。プロセッサーでは常にこれを使います。</translation>
    </message>
    <message>
        <source>Best on NVIDIA&apos;s RTX 30 series and newer cards; older cards run it slowly.</source>
        <translation>NVIDIA の RTX 30 シリーズ以降のカードで最適。古いカードでは遅くなります。</translation>
    </message>
    <message>
        <source>For graphics cards older than the RTX 30 series, which lack bf16. fp16 holds a smaller range of numbers than bf16, so a take can come out as noise or silence; if that happens, go back to Automatic. Not available on the processor.</source>
        <translation>bf16 に対応していない RTX 30 シリーズより古いグラフィックカード向け。fp16 は bf16 より扱える数値の範囲が狭いため、テイクがノイズや無音になることがあります。その場合は「自動」に戻してください。プロセッサーでは使えません。</translation>
    </message>
    <message>
        <source>fp16 does not run on the processor: choose Automatic or fp32 for it.</source>
        <translation>fp16 はプロセッサーでは動きません：「自動」か fp32 を選んでください。</translation>
    </message>
    <message>
        <source>Every part of the model stays on the graphics card between takes: the quickest, but the 2B model with its text encoder and audio decoder wants more than an 8 GB card has.</source>
        <translation>モデルのすべての部品がテイクの間もグラフィックカードに残ります：最速ですが、2B モデルとテキストエンコーダー、オーディオデコーダーには 8 GB のカードより多くのメモリーが必要です。</translation>
    </message>
    <message>
        <source>Only the part that is working sits on the graphics card; the others wait in main memory. This lets the 2B model run on an 8 GB card; each take is a little slower while parts are moved in.</source>
        <translation>動作中の部品だけがグラフィックカードに載り、ほかはメインメモリーで待機します。これで 2B モデルが 8 GB のカードで動きます。部品を移すぶん、テイクごとに少し遅くなります。</translation>
    </message>
    <message>
        <source>Takes effect the next time you start Songloom.</source>
        <translation>次に Songloom を起動したときに反映されます。</translation>
    </message>
    <message>
        <source>There is no %1 translation yet, so the texts stay in English.</source>
        <translation>%1 の翻訳はまだないため、テキストは英語のままです。</translation>
    </message>
</context>
<context>
    <name>songloom::ui::ShortcutsDialog</name>
    <message>
        <source>On the %1 page</source>
        <translation>「%1」ページ</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>どこでも</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Also: Tab and Shift+Tab move between fields; Alt with an underlined letter opens a menu or presses a button.</source>
        <translation>ほかに：Tab と Shift+Tab で項目を移動し、Alt と下線付きの文字でメニューを開いたりボタンを押したりできます。</translation>
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
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <source>Open a take from the History page (Edit, or double-click it) to edit it here.</source>
        <translation>履歴ページでテイクを開くと（編集、またはダブルクリック）、ここで編集できます。</translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation>系譜</translation>
    </message>
    <message>
        <source>Play or pause the take (Space)</source>
        <translation>テイクを再生または一時停止（スペース）</translation>
    </message>
    <message>
        <source>Playback position</source>
        <translation>再生位置</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>書き出し…</translation>
    </message>
    <message>
        <source>Export this take: format, loudness, tags, cover art, video (Ctrl+Shift+E)</source>
        <translation>このテイクを書き出す：形式、ラウドネス、タグ、カバー画像、動画（Ctrl+Shift+E）</translation>
    </message>
    <message>
        <source>Repaint</source>
        <translation>描き直し</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>延長</translation>
    </message>
    <message>
        <source>Cover / Remix</source>
        <translation>カバー / リミックス</translation>
    </message>
    <message>
        <source>The take&apos;s caption</source>
        <translation>テイクの説明</translation>
    </message>
    <message>
        <source>A caption for the selected region only, e.g. a different instrument in the bridge</source>
        <translation>選択した範囲だけの説明。例：ブリッジで別の楽器を使う</translation>
    </message>
    <message>
        <source>The take&apos;s lyrics</source>
        <translation>テイクの歌詞</translation>
    </message>
    <message>
        <source>Lyrics for the selected region only; empty keeps the take&apos;s lyrics</source>
        <translation>選択した範囲だけの歌詞。空欄ならテイクの歌詞を使います</translation>
    </message>
    <message>
        <source>How many different takes to make of each region (1–%1)</source>
        <translation>各範囲について作る異なるテイクの数（1–%1）</translation>
    </message>
    <message>
        <source>Repaint Regions</source>
        <translation>範囲を描き直す</translation>
    </message>
    <message>
        <source>Regenerate every marked region; the rest of the song stays exactly as it is (Ctrl+R)</source>
        <translation>印を付けた範囲をすべて作り直します。曲の残りはそのまま保たれます（Ctrl+R）</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>範囲</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Take to keep</source>
        <translation>残すテイク</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>採用</translation>
    </message>
    <message>
        <source>Save the song with the chosen take in each region as a new take (Ctrl+Shift+A)</source>
        <translation>各範囲で選んだテイクを使った曲を新しいテイクとして保存します（Ctrl+Shift+A）</translation>
    </message>
    <message>
        <source>Region caption:</source>
        <translation>範囲の説明：</translation>
    </message>
    <message>
        <source>Region lyrics:</source>
        <translation>範囲の歌詞：</translation>
    </message>
    <message>
        <source>Takes per region:</source>
        <translation>範囲ごとのテイク数：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Seconds of new music before the song (0–%1)</source>
        <translation>曲の前に加える新しい音楽の秒数（0–%1）</translation>
    </message>
    <message>
        <source>Seconds of new music after the song (0–%1)</source>
        <translation>曲の後に加える新しい音楽の秒数（0–%1）</translation>
    </message>
    <message>
        <source>How much of the song beside the new part the model hears; 0 uses the whole song</source>
        <translation>新しい部分の隣の曲をモデルがどれだけ聴くか。0 なら曲全体</translation>
    </message>
    <message>
        <source>Whole song</source>
        <translation>曲全体</translation>
    </message>
    <message>
        <source>Add the new time as a new take; the song itself is kept sample for sample</source>
        <translation>新しい時間を新しいテイクとして加えます。曲そのものはサンプル単位で保たれます</translation>
    </message>
    <message>
        <source>Add before:</source>
        <translation>前に追加：</translation>
    </message>
    <message>
        <source>Add after:</source>
        <translation>後に追加：</translation>
    </message>
    <message>
        <source>Context:</source>
        <translation>コンテキスト：</translation>
    </message>
    <message>
        <source>Caption for the new part:</source>
        <translation>新しい部分の説明：</translation>
    </message>
    <message>
        <source>Takes:</source>
        <translation>テイク数：</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>This Take</source>
        <translation>このテイク</translation>
    </message>
    <message>
        <source>Use this take&apos;s audio</source>
        <translation>このテイクの音声を使う</translation>
    </message>
    <message>
        <source>This take</source>
        <translation>このテイク</translation>
    </message>
    <message>
        <source>Audio to cover</source>
        <translation>カバーする音声</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Timbre reference</source>
        <translation>音色の参照</translation>
    </message>
    <message>
        <source>0–1: how closely the cover follows the source (1 keeps its structure most)</source>
        <translation>0–1：カバーが元の音声にどれだけ沿うか（1 で構成を最も保ちます）</translation>
    </message>
    <message>
        <source>Blend on every step</source>
        <translation>各ステップで混ぜる</translation>
    </message>
    <message>
        <source>Switch to the caption part way</source>
        <translation>途中で説明に切り替える</translation>
    </message>
    <message>
        <source>Blend: source and caption guide every step, weighted by strength. Switch: the source guides the first steps, the caption the rest.</source>
        <translation>混ぜる：元の音声と説明が強さに応じた重みで各ステップを導きます。切り替える：最初のステップは元の音声、残りは説明が導きます。</translation>
    </message>
    <message>
        <source>The take&apos;s caption, e.g. a new style for the cover</source>
        <translation>テイクの説明。例：カバーの新しいスタイル</translation>
    </message>
    <message>
        <source>Make Cover</source>
        <translation>カバーを作る</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>元：</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>強さ：</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>モード：</translation>
    </message>
    <message>
        <source>Caption:</source>
        <translation>説明：</translation>
    </message>
    <message>
        <source>Lyrics:</source>
        <translation>歌詞：</translation>
    </message>
    <message>
        <source>Timbre reference:</source>
        <translation>音色の参照：</translation>
    </message>
    <message>
        <source>Audio (*.wav *.flac *.mp3 *.ogg);;All files (*)</source>
        <translation>音声 (*.wav *.flac *.mp3 *.ogg);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Take %1 is not in the history.</source>
        <translation>テイク %1 は履歴にありません。</translation>
    </message>
    <message>
        <source>The file of take %1 is missing: %2</source>
        <translation>テイク %1 のファイルがありません：%2</translation>
    </message>
    <message>
        <source>Take %1: %2</source>
        <translation>テイク %1：%2</translation>
    </message>
    <message>
        <source>(no caption)</source>
        <translation>（説明なし）</translation>
    </message>
    <message>
        <source>Reading take %1…</source>
        <translation>テイク %1 を読み込み中…</translation>
    </message>
    <message>
        <source>Take %1 could not be read: %2</source>
        <translation>テイク %1 を読めませんでした：%2</translation>
    </message>
    <message>
        <source>New: %1 s before</source>
        <translation>新規：前に %1 秒</translation>
    </message>
    <message>
        <source>New: %1 s after</source>
        <translation>新規：後に %1 秒</translation>
    </message>
    <message>
        <source>Repainted</source>
        <translation>描き直し済み</translation>
    </message>
    <message>
        <source>Drag across the waveform to mark regions to repaint.</source>
        <translation>波形の上をドラッグして、描き直す範囲に印を付けます。</translation>
    </message>
    <message>
        <source>The part this edit made is marked above the waveform.</source>
        <translation>この編集で作られた部分は波形の上に表示されています。</translation>
    </message>
    <message>
        <source>Made from:</source>
        <translation>作成元：</translation>
    </message>
    <message>
        <source>%1 · take %2</source>
        <translation>%1 · テイク %2</translation>
    </message>
    <message>
        <source>The take open now</source>
        <translation>いま開いているテイク</translation>
    </message>
    <message>
        <source>Open take %1; edits made from it branch the song there</source>
        <translation>テイク %1 を開きます。そこから行う編集で曲が枝分かれします</translation>
    </message>
    <message>
        <source>(1 take made from this one, see History)</source>
        <translation>（このテイクから 1 テイク作成。履歴を参照）</translation>
    </message>
    <message>
        <source>(%1 takes made from this one, see History)</source>
        <translation>（このテイクから %1 テイク作成。履歴を参照）</translation>
    </message>
    <message>
        <source>Open a take first.</source>
        <translation>先にテイクを開いてください。</translation>
    </message>
    <message>
        <source>Mark a region first: drag across the waveform (or double-click a section band).</source>
        <translation>先に範囲に印を付けてください：波形の上をドラッグ（またはセクション帯をダブルクリック）。</translation>
    </message>
    <message>
        <source>Regions %1 and %2 overlap; move or delete one of them.</source>
        <translation>範囲 %1 と %2 が重なっています。どちらかを移動するか削除してください。</translation>
    </message>
    <message>
        <source>Region %1: %2</source>
        <translation>範囲 %1：%2</translation>
    </message>
    <message>
        <source>Region %1</source>
        <translation>範囲 %1</translation>
    </message>
    <message>
        <source>The region is queued; choose one of its takes when they arrive.</source>
        <translation>範囲をキューに入れました。テイクが届いたら 1 つ選んでください。</translation>
    </message>
    <message>
        <source>%1 regions are queued; choose a take for each when they arrive.</source>
        <translation>%1 個の範囲をキューに入れました。テイクが届いたら範囲ごとに 1 つ選んでください。</translation>
    </message>
    <message>
        <source>Every take is ready. Choose one per region to hear it in place, then Accept.</source>
        <translation>すべてのテイクの準備ができました。範囲ごとに 1 つ選ぶとその場で聴けます。その後「採用」を押してください。</translation>
    </message>
    <message>
        <source>Added after the song (take %1); now adding before it.</source>
        <translation>曲の後に追加しました（テイク %1）。続いて前に追加します。</translation>
    </message>
    <message>
        <source>Extended song: take %1 (the new part is marked).</source>
        <translation>延長した曲：テイク %1（新しい部分に印があります）。</translation>
    </message>
    <message>
        <source>Cover: take %1 is open.</source>
        <translation>カバー：テイク %1 を開きました。</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>The edit did not finish: %1</source>
        <translation>編集は完了しませんでした：%1</translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <translation>%1（%2 – %3）</translation>
    </message>
    <message>
        <source>%1 of %2 takes</source>
        <translation>%2 テイク中 %1</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>Take to keep for %1</source>
        <translation>%1 で残すテイク</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>オリジナル</translation>
    </message>
    <message>
        <source>Take %1 (seed %2)</source>
        <translation>テイク %1（シード %2）</translation>
    </message>
    <message>
        <source>That take of %1 is not ready yet.</source>
        <translation>%1 のそのテイクはまだ準備できていません。</translation>
    </message>
    <message>
        <source>%1: the original plays.</source>
        <translation>%1：オリジナルを再生中。</translation>
    </message>
    <message>
        <source>%1: take %2 plays in place; Accept keeps it.</source>
        <translation>%1：テイク %2 をその場で再生中。「採用」で残せます。</translation>
    </message>
    <message>
        <source>Choose a take for at least one region first.</source>
        <translation>先に少なくとも 1 つの範囲でテイクを選んでください。</translation>
    </message>
    <message>
        <source>Saving the accepted take…</source>
        <translation>採用したテイクを保存中…</translation>
    </message>
    <message>
        <source>The accepted take was saved to %1 but could not be added to the history: %2</source>
        <translation>採用したテイクは %1 に保存しましたが、履歴に追加できませんでした：%2</translation>
    </message>
    <message>
        <source>Accepted: take %1, made from take %2.</source>
        <translation>採用：テイク %1（テイク %2 から作成）。</translation>
    </message>
    <message>
        <source>Set Add before or Add after to more than 0 s (each at most %1 s).</source>
        <translation>「前に追加」か「後に追加」を 0 秒より大きくしてください（それぞれ最大 %1 秒）。</translation>
    </message>
    <message>
        <source>The song would be %1 s long; the model makes at most %2 s. Add at most %3 s in all.</source>
        <translation>曲の長さが %1 秒になります。モデルが作れるのは最大 %2 秒です。追加は合計 %3 秒までにしてください。</translation>
    </message>
    <message>
        <source>Queued: first the time after the song, then the time before.</source>
        <translation>キューに入れました：まず曲の後の時間、次に前の時間。</translation>
    </message>
    <message>
        <source>Extend queued; the new take opens here when it is ready.</source>
        <translation>延長をキューに入れました。新しいテイクは準備ができたらここで開きます。</translation>
    </message>
    <message>
        <source>The audio file %1 does not exist.</source>
        <translation>音声ファイル %1 は存在しません。</translation>
    </message>
    <message>
        <source>Cover queued; its first take opens here when it is ready.</source>
        <translation>カバーをキューに入れました。最初のテイクは準備ができたらここで開きます。</translation>
    </message>
    <message>
        <source>Caption and lyrics for region %1 (empty: the take&apos;s own).</source>
        <translation>範囲 %1 の説明と歌詞（空欄：テイク自身のもの）。</translation>
    </message>
    <message>
        <source>Select a region to give it its own caption or lyrics.</source>
        <translation>範囲を選ぶと、その範囲だけの説明や歌詞を付けられます。</translation>
    </message>
</context>
<context>
    <name>songloom::ui::TimelinePage</name>
    <message>
        <source>Zoom in</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>Zoom in (+, Ctrl+wheel)</source>
        <translation>拡大（+、Ctrl+ホイール）</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Zoom out (−, Ctrl+wheel)</source>
        <translation>縮小（−、Ctrl+ホイール）</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>全体表示</translation>
    </message>
    <message>
        <source>Show the whole take (0)</source>
        <translation>テイク全体を表示（0）</translation>
    </message>
    <message>
        <source>Fit the whole take</source>
        <translation>テイク全体を表示</translation>
    </message>
    <message>
        <source>Stereo</source>
        <translation>ステレオ</translation>
    </message>
    <message>
        <source>Two lanes (left, right) or one summed lane (S)</source>
        <translation>2 つのレーン（左・右）または 1 つの合成レーン（S）</translation>
    </message>
    <message>
        <source>Stereo lanes</source>
        <translation>ステレオレーン</translation>
    </message>
    <message>
        <source>No snap</source>
        <translation>スナップなし</translation>
    </message>
    <message>
        <source>Snap to beats</source>
        <translation>拍にスナップ</translation>
    </message>
    <message>
        <source>Snap to bars</source>
        <translation>小節にスナップ</translation>
    </message>
    <message>
        <source>Region edges snap to the beat grid (needs the take&apos;s BPM)</source>
        <translation>範囲の端が拍のグリッドにスナップします（テイクの BPM が必要）</translation>
    </message>
    <message>
        <source>Snap region edges</source>
        <translation>範囲の端をスナップ</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>ループ</translation>
    </message>
    <message>
        <source>Loop the selected region (L, or double-click it)</source>
        <translation>選択した範囲をループ再生（L、またはダブルクリック）</translation>
    </message>
    <message>
        <source>Loop region</source>
        <translation>範囲をループ</translation>
    </message>
    <message>
        <source>Delete region</source>
        <translation>範囲を削除</translation>
    </message>
    <message>
        <source>Delete the selected region (Delete)</source>
        <translation>選択した範囲を削除（Delete）</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>追従</translation>
    </message>
    <message>
        <source>Scroll with the playhead during playback</source>
        <translation>再生中は再生位置に合わせてスクロール</translation>
    </message>
    <message>
        <source>Follow playback</source>
        <translation>再生に追従</translation>
    </message>
    <message>
        <source>Selected region</source>
        <translation>選択した範囲</translation>
    </message>
    <message>
        <source>Drag on the waveform to mark a region</source>
        <translation>波形の上をドラッグして範囲を指定</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s)</source>
        <translation>
            <numerusform>%n 個の範囲</numerusform>
        </translation>
    </message>
    <message>
        <source>Region %1</source>
        <translation>範囲 %1</translation>
    </message>
    <message>
        <source>%1: %2 – %3 (%4 s)</source>
        <translation>%1：%2 – %3（%4 秒）</translation>
    </message>
</context>
<context>
    <name>songloom::ui::TimelineView</name>
    <message>
        <source>Waveform timeline</source>
        <translation>波形タイムライン</translation>
    </message>
    <message numerus="yes">
        <source>Playhead at %1 of %2; %n region(s)</source>
        <translation>
            <numerusform>再生位置 %1 / %2、%n 個の範囲</numerusform>
        </translation>
    </message>
    <message>
        <source>Building the waveform…</source>
        <translation>波形を作成中…</translation>
    </message>
    <message>
        <source>No audio to show</source>
        <translation>表示するオーディオがありません</translation>
    </message>
    <message>
        <source>Region %1</source>
        <translation>範囲 %1</translation>
    </message>
    <message>
        <source>%1 (loop)</source>
        <translation>%1（ループ）</translation>
    </message>
</context>
<context>
    <name>songloom::ui::VariantPicker</name>
    <message>
        <source>Model variant</source>
        <translation>モデルのバリアント</translation>
    </message>
    <message>
        <source>Model size:</source>
        <translation>モデルサイズ：</translation>
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
        <translation>バリアント：</translation>
    </message>
    <message>
        <source>The model files to use when the folder holds more than one set of this variant</source>
        <translation>フォルダーにこのバリアントのセットが複数あるときに使うモデルファイル</translation>
    </message>
    <message>
        <source>Model set:</source>
        <translation>モデルセット：</translation>
    </message>
    <message>
        <source>Task:</source>
        <translation>タスク：</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>詳細設定</translation>
    </message>
    <message>
        <source>Steps, guidance, shift and seed (Ctrl+Shift+A)</source>
        <translation>ステップ、ガイダンス、シフト、シード（Ctrl+Shift+A）</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>ステップ：</translation>
    </message>
    <message>
        <source>How strongly the song follows the caption and lyrics, %1–%2 (1 = guidance off)</source>
        <translation>曲が説明と歌詞に従う強さ、%1–%2（1 = ガイダンスなし）</translation>
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
        <translation>APG は強いガイダンスで音が飽和するのを防ぎます。CFG は従来の方法です</translation>
    </message>
    <message>
        <source>Guidance:</source>
        <translation>ガイダンス：</translation>
    </message>
    <message>
        <source>Guidance interval start</source>
        <translation>ガイダンス区間の始まり</translation>
    </message>
    <message>
        <source>Guidance interval end</source>
        <translation>ガイダンス区間の終わり</translation>
    </message>
    <message>
        <source>to</source>
        <translation>〜</translation>
    </message>
    <message>
        <source>Guide from:</source>
        <translation>ガイダンス範囲：</translation>
    </message>
    <message>
        <source>The part of the run, as fractions from 0 (start) to 1 (end), in which guidance is applied</source>
        <translation>ガイダンスをかける区間を、0（開始）から 1（終了）の割合で指定</translation>
    </message>
    <message>
        <source>Spends more of the steps on the song&apos;s overall shape (higher) or on detail (lower)</source>
        <translation>ステップを曲の全体の形（高い値）と細部（低い値）のどちらに多く使うか</translation>
    </message>
    <message>
        <source>Shift:</source>
        <translation>シフト：</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>ランダム</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <source>0–%1</source>
        <translation>0–%1</translation>
    </message>
    <message>
        <source>New Seed</source>
        <translation>新しいシード</translation>
    </message>
    <message>
        <source>New random seed</source>
        <translation>新しいランダムシード</translation>
    </message>
    <message>
        <source>Draw a new seed and keep it (Ctrl+Shift+D)</source>
        <translation>新しいシードを引いて保持（Ctrl+Shift+D）</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>シード：</translation>
    </message>
    <message>
        <source>Keep my settings when I switch variants</source>
        <translation>バリアントを切り替えても設定を保持</translation>
    </message>
    <message>
        <source>Variant defaults</source>
        <translation>バリアントの既定値</translation>
    </message>
    <message>
        <source>Set steps, guidance and shift to the chosen variant&apos;s defaults</source>
        <translation>ステップ、ガイダンス、シフトを選んだバリアントの既定値にする</translation>
    </message>
    <message>
        <source>Use the %1 variant</source>
        <translation>%1 バリアントを使う</translation>
    </message>
    <message>
        <source>Switch between 2B and XL</source>
        <translation>2B と XL を切り替える</translation>
    </message>
    <message>
        <source>Show or hide the advanced settings</source>
        <translation>詳細設定の表示／非表示</translation>
    </message>
    <message>
        <source>Draw a new seed</source>
        <translation>新しいシードを引く</translation>
    </message>
    <message>
        <source>Denoising steps, %1–%2; %3 for %4</source>
        <translation>ノイズ除去ステップ、%1–%2。%4 は %3</translation>
    </message>
    <message>
        <source>The larger model (about 4 billion parameters): more detail, needs more graphics memory</source>
        <translation>大きいモデル（約 40 億パラメーター）：より細かく、より多くのグラフィックメモリーが必要</translation>
    </message>
    <message>
        <source>The standard model (about 2 billion parameters)</source>
        <translation>標準モデル（約 20 億パラメーター）</translation>
    </message>
    <message>
        <source>Installed and ready.</source>
        <translation>インストール済みで準備完了。</translation>
    </message>
    <message>
        <source>Installed, but not complete:</source>
        <translation>インストール済みですが不完全です：</translation>
    </message>
    <message>
        <source>Not installed.</source>
        <translation>インストールされていません。</translation>
    </message>
    <message>
        <source>None in the models folder</source>
        <translation>モデルフォルダーにありません</translation>
    </message>
    <message>
        <source>Seed: enter a whole number from 0 to %1, or tick Random.</source>
        <translation>シード：0 から %1 までの整数を入力するか、「ランダム」にチェックしてください。</translation>
    </message>
</context>
<context>
    <name>songloom::ui::VariationCard</name>
    <message>
        <source>Play variation %1 (key %1); drag it out to get its file</source>
        <translation>バリエーション %1 を再生（キー %1）。ドラッグして外に出すとファイルを取り出せます</translation>
    </message>
    <message>
        <source>%1  ·  seed %2%3</source>
        <translation>%1  ·  シード %2%3</translation>
    </message>
    <message>
        <source>  ·  ★ keeper</source>
        <translation>  ·  ★ キープ</translation>
    </message>
    <message>
        <source>Length %1</source>
        <translation>長さ %1</translation>
    </message>
    <message>
        <source>%1 LUFS · played at %2 dB</source>
        <translation>%1 LUFS · %2 dB で再生</translation>
    </message>
    <message>
        <source>Loudness: measuring…</source>
        <translation>ラウドネス：測定中…</translation>
    </message>
    <message>
        <source>Variation %1, seed %2</source>
        <translation>バリエーション %1、シード %2</translation>
    </message>
</context>
<context>
    <name>songloom::ui::VariationsView</name>
    <message>
        <source>Compare Variations</source>
        <translation>バリエーションを比較</translation>
    </message>
    <message>
        <source>Play / Pause</source>
        <translation>再生 / 一時停止</translation>
    </message>
    <message>
        <source>Play or pause (Space); keys 1 to 8 switch variations without stopping</source>
        <translation>再生または一時停止（スペース）。キー 1〜8 で止めずにバリエーションを切り替え</translation>
    </message>
    <message>
        <source>Keep This One</source>
        <translation>これをキープ</translation>
    </message>
    <message>
        <source>Mark the variation playing as the keeper of this batch (K)</source>
        <translation>再生中のバリエーションをこのバッチのキープに指定します（K）</translation>
    </message>
    <message>
        <source>&amp;Match loudness</source>
        <translation>ラウドネスを揃える(&amp;M)</translation>
    </message>
    <message>
        <source>Play every variation at the loudness of the quietest, so the louder one does not win by being louder (M)</source>
        <translation>すべてのバリエーションを最も静かなもののラウドネスで再生し、音が大きいだけで有利にならないようにします（M）</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Keys 1–8 switch at the same moment · Space plays · K keeps · M matches loudness · drag a card out for its file</source>
        <translation>キー 1–8 で同じ瞬間に切り替え · スペースで再生 · K でキープ · M でラウドネスを揃える · カードをドラッグしてファイルを取り出す</translation>
    </message>
    <message>
        <source>This batch has %1 takes; the first %2 are compared.</source>
        <translation>このバッチには %1 テイクあります。最初の %2 テイクを比較します。</translation>
    </message>
    <message>
        <source>No variations to compare.</source>
        <translation>比較するバリエーションがありません。</translation>
    </message>
    <message>
        <source>%1 variations of “%2”</source>
        <translation>「%2」のバリエーション %1 件</translation>
    </message>
    <message>
        <source>(no caption)</source>
        <translation>（説明なし）</translation>
    </message>
    <message>
        <source>Cannot be played: %1</source>
        <translation>再生できません：%1</translation>
    </message>
    <message>
        <source>Matched to the quietest variation, %1 LUFS.</source>
        <translation>最も静かなバリエーションに揃えました：%1 LUFS。</translation>
    </message>
    <message>
        <source>Could not save the keeper mark: %1</source>
        <translation>キープの印を保存できませんでした：%1</translation>
    </message>
    <message>
        <source>Unmark Keeper</source>
        <translation>キープを解除</translation>
    </message>
</context>
<context>
    <name>songloom::ui::WritingTipsDialog</name>
    <message>
        <source>&lt;h3&gt;Lyrics&lt;/h3&gt;&lt;p&gt;The model sings your lyrics section by section. Put each section&apos;s tag on a line of its own, the sung lines under it, and an empty line between sections.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tags the model knows well:&lt;/b&gt; [Intro], [Verse] (or [Verse 1], [Verse 2]), [Pre-Chorus], [Chorus], [Post-Chorus], [Bridge], [Breakdown], [Drop], [Instrumental], [Guitar Solo], [Outro]. A word after a dash gives a hint: [Chorus - powerful]. Type [ in the editor to pick one.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Lines:&lt;/b&gt; short lines sing better than long ones; four to eight lines per verse, and a similar number of syllables per line inside a section, because the melody follows the rhythm of your words. Backing vocals go in parentheses: “Hold on (hold on)”.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Length:&lt;/b&gt; the song is as long as the Duration you set, not as long as the lyrics. One sung line takes about two bars; the editor warns when the lines are far too many or too few for the duration and tempo.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Language:&lt;/b&gt; write in the language you want sung and choose it as the vocal language. For a song without words, tick Instrumental or write [inst].&lt;/p&gt;</source>
        <translation>&lt;h3&gt;歌詞&lt;/h3&gt;&lt;p&gt;モデルは歌詞をセクションごとに歌います。各セクションのタグを 1 行に置き、その下に歌う行を書き、セクションの間は空行にします。&lt;/p&gt;&lt;p&gt;&lt;b&gt;モデルがよく知っているタグ：&lt;/b&gt;[Intro]、[Verse]（または [Verse 1]、[Verse 2]）、[Pre-Chorus]、[Chorus]、[Post-Chorus]、[Bridge]、[Breakdown]、[Drop]、[Instrumental]、[Guitar Solo]、[Outro]。ダッシュの後の語はヒントになります：[Chorus - powerful]。エディターで [ を入力すると選べます。&lt;/p&gt;&lt;p&gt;&lt;b&gt;行：&lt;/b&gt;短い行のほうが歌いやすくなります。1 つのヴァースは 4〜8 行、セクション内では 1 行の音節数をそろえましょう。メロディーは言葉のリズムに沿うからです。コーラスは括弧に入れます：「Hold on (hold on)」。&lt;/p&gt;&lt;p&gt;&lt;b&gt;長さ：&lt;/b&gt;曲の長さは歌詞ではなく、設定した長さで決まります。歌う 1 行はおよそ 2 小節です。長さとテンポに対して行が多すぎたり少なすぎたりすると、エディターが知らせます。&lt;/p&gt;&lt;p&gt;&lt;b&gt;言語：&lt;/b&gt;歌わせたい言語で書き、それを歌の言語に選んでください。歌詞のない曲は「インスト」にチェックするか [inst] と書きます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Caption&lt;/h3&gt;&lt;p&gt;The caption tells the model what the song sounds like. Write it in English, as a short list of what you would hear: genre, instruments, mood, the voice, the production.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Good:&lt;/b&gt; “melancholic indie folk, fingerpicked acoustic guitar, soft female vocal, warm analog production, slow”.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Less good:&lt;/b&gt; a story about the song, artist names, or instructions such as “make it better”: the model was trained on descriptions of sound.&lt;/p&gt;&lt;p&gt;Tempo, key and time signature have their own fields; setting them there is more reliable than writing them in the caption. The chips under the caption add common words; you can edit the text freely and keep captions you like as presets.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;説明&lt;/h3&gt;&lt;p&gt;説明は、曲がどんな音かをモデルに伝えます。英語で、聞こえるものを短く並べて書いてください：ジャンル、楽器、ムード、声、プロダクション。&lt;/p&gt;&lt;p&gt;&lt;b&gt;良い例：&lt;/b&gt;「melancholic indie folk, fingerpicked acoustic guitar, soft female vocal, warm analog production, slow」。&lt;/p&gt;&lt;p&gt;&lt;b&gt;あまり良くない例：&lt;/b&gt;曲にまつわる物語、アーティスト名、「もっと良くして」のような指示。モデルは音の説明で学習しています。&lt;/p&gt;&lt;p&gt;テンポ、キー、拍子にはそれぞれの欄があり、説明に書くよりそちらで設定するほうが確実です。説明の下のチップはよく使う語を加えます。文章は自由に編集でき、気に入った説明はプリセットとして保存できます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Writing Tips</source>
        <translation>作詞のヒント</translation>
    </message>
    <message>
        <source>Lyrics</source>
        <translation>歌詞</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>説明</translation>
    </message>
</context>
</TS>
