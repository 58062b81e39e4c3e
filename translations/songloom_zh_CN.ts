<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Application</name>
    <message>
        <source>this build of Songloom has no engine.</source>
        <translation>此版本的 Songloom 没有引擎。</translation>
    </message>
    <message>
        <source>this build of Songloom was made without CUDA.</source>
        <translation>此版本的 Songloom 构建时未包含 CUDA。</translation>
    </message>
    <message>
        <source>no NVIDIA graphics card with a working driver was found.</source>
        <translation>没有找到驱动正常工作的 NVIDIA 显卡。</translation>
    </message>
</context>
<context>
    <name>CatalogPresenter</name>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>未就绪</translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>Release: %1</source>
        <translation>版本：%1</translation>
    </message>
    <message>
        <source>Parameters: %1, stored as %2</source>
        <translation>参数：%1，存储为 %2</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注：%1</translation>
    </message>
    <message>
        <source>Model sets found: %1, ready to generate: %2.</source>
        <translation>找到的模型组：%1，可用于生成：%2。</translation>
    </message>
    <message>
        <source>Found parts of a model (%1), but no DiT to generate with.</source>
        <translation>找到了模型的部分文件（%1），但没有可用于生成的 DiT。</translation>
    </message>
    <message>
        <source>No usable ACE-Step 1.5 model was found in this folder.</source>
        <translation>此文件夹中没有找到可用的 ACE-Step 1.5 模型。</translation>
    </message>
    <message>
        <source>Files not used: %1.</source>
        <translation>未使用的文件：%1。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>Songloom could not read the folder %1: %2</source>
        <translation>Songloom 无法读取文件夹 %1：%2</translation>
    </message>
    <message>
        <source>The folder %1 could not be scanned: %2</source>
        <translation>无法扫描文件夹 %1：%2</translation>
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
        <translation>未知</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Custom (%1 layout)</source>
        <translation>自定义（%1 布局）</translation>
    </message>
    <message>
        <source>DiT</source>
        <translation>DiT</translation>
    </message>
    <message>
        <source>audio decoder (VAE)</source>
        <translation>音频解码器（VAE）</translation>
    </message>
    <message>
        <source>text encoder</source>
        <translation>文本编码器</translation>
    </message>
    <message>
        <source>planner (5 Hz LM)</source>
        <translation>规划器（5 Hz LM）</translation>
    </message>
    <message>
        <source>adapter (LoRA)</source>
        <translation>适配器（LoRA）</translation>
    </message>
    <message>
        <source>silence latent</source>
        <translation>静音潜变量</translation>
    </message>
    <message>
        <source>tokenizer</source>
        <translation>分词器</translation>
    </message>
    <message>
        <source>unknown part</source>
        <translation>未知部分</translation>
    </message>
    <message>
        <source>%1 billion</source>
        <translation>%1 十亿</translation>
    </message>
    <message>
        <source>%1 million</source>
        <translation>%1 百万</translation>
    </message>
    <message>
        <source>No ACE-Step 1.5 model files were found in this folder.</source>
        <translation>此文件夹中没有找到 ACE-Step 1.5 模型文件。</translation>
    </message>
    <message>
        <source>Songloom looks in this folder and its subfolders for the official ACE-Step 1.5 checkpoints (such as acestep-v15-turbo, vae and Qwen3-Embedding-0.6B) or for ComfyUI files such as ace_step_1.5_turbo_aio.safetensors. Put them here, then rescan (F5).</source>
        <translation>Songloom 会在此文件夹及其子文件夹中查找官方 ACE-Step 1.5 检查点（如 acestep-v15-turbo、vae 和 Qwen3-Embedding-0.6B）或 ComfyUI 文件（如 ace_step_1.5_turbo_aio.safetensors）。把它们放在这里，然后重新扫描（F5）。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Songloom: write and produce songs with the ACE-Step 1.5 music model on your own GPU.</source>
        <translation>Songloom：在你自己的 GPU 上用 ACE-Step 1.5 音乐模型写歌和制作歌曲。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>显示此帮助后退出。</translation>
    </message>
    <message>
        <source>Show the version and the engine&apos;s runtime (libtorch, GPU) and exit.</source>
        <translation>显示版本和引擎运行环境（libtorch、GPU）后退出。</translation>
    </message>
    <message>
        <source>Use the models in DIR for this run (the saved folder stays as it is).</source>
        <translation>本次运行使用 DIR 中的模型（保存的文件夹保持不变）。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Keep settings in DIR instead of your configuration folder.</source>
        <translation>把设置保存在 DIR 中，而不是你的配置文件夹。</translation>
    </message>
    <message>
        <source>Once the window is ready, save it as a PNG image to FILE, print a one-line JSON description of the window and quit.</source>
        <translation>窗口就绪后，将其保存为 PNG 图片到 FILE，打印一行描述窗口的 JSON，然后退出。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>意外的参数：%1</translation>
    </message>
    <message>
        <source>Try &apos;songloom --help&apos; for the options.</source>
        <translation>运行“songloom --help”查看选项。</translation>
    </message>
</context>
<context>
    <name>EditPlan</name>
    <message>
        <source>%1 must be between 1 and %2 (it is %3).</source>
        <translation>%1 必须在 1 到 %2 之间（当前为 %3）。</translation>
    </message>
    <message>
        <source>Takes per region</source>
        <translation>每个区域的片段数</translation>
    </message>
    <message>
        <source>The region %1–%2 s must lie within the take (0–%3 s) and end after it starts.</source>
        <translation>区域 %1–%2 秒必须位于片段内（0–%3 秒），且结束晚于开始。</translation>
    </message>
    <message>
        <source>The region is %1 s long; a repaint needs at least %2 s.</source>
        <translation>该区域长 %1 秒；重绘至少需要 %2 秒。</translation>
    </message>
    <message>
        <source>Takes</source>
        <translation>片段数</translation>
    </message>
    <message>
        <source>Extend by must be more than 0 and at most %1 s (it is %2 s).</source>
        <translation>延长时长必须大于 0 且不超过 %1 秒（当前为 %2 秒）。</translation>
    </message>
    <message>
        <source>The song would be %1 s long; the model makes at most %2 s. Extend by at most %3 s.</source>
        <translation>歌曲将长达 %1 秒；模型最多生成 %2 秒。最多延长 %3 秒。</translation>
    </message>
    <message>
        <source>Context must be more than 0 and at most %1 s (it is %2 s).</source>
        <translation>上下文必须大于 0 且不超过 %1 秒（当前为 %2 秒）。</translation>
    </message>
    <message>
        <source>Choose the source audio: a take or an audio file.</source>
        <translation>请选择源音频：一个片段或一个音频文件。</translation>
    </message>
    <message>
        <source>Strength must be between 0 and 1 (it is %1).</source>
        <translation>强度必须在 0 到 1 之间（当前为 %1）。</translation>
    </message>
    <message>
        <source>Region %1 has no take chosen.</source>
        <translation>区域 %1 尚未选择片段。</translation>
    </message>
    <message>
        <source>The take for region %1 does not match the song (%2 Hz, %3 channels, %4 frames against %5 Hz, %6 channels, %7 frames).</source>
        <translation>区域 %1 的片段与歌曲不匹配（%2 Hz、%3 声道、%4 帧，而歌曲为 %5 Hz、%6 声道、%7 帧）。</translation>
    </message>
    <message>
        <source>Region %1 (%2–%3 s) is not inside the song.</source>
        <translation>区域 %1（%2–%3 秒）不在歌曲范围内。</translation>
    </message>
    <message>
        <source>Regions %1 and %2 overlap; keep one of them.</source>
        <translation>区域 %1 和 %2 重叠；请只保留其中一个。</translation>
    </message>
</context>
<context>
    <name>EngineBackend</name>
    <message>
        <source>The model set %1 is not in the models folder any more; choose another one on the Models page.</source>
        <translation>模型组 %1 已不在模型文件夹中；请在“模型”页面选择另一个。</translation>
    </message>
</context>
<context>
    <name>ExportService</name>
    <message>
        <source>The take %1 could not be read: %2</source>
        <translation>无法读取片段 %1：%2</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation>%1 未写入：%2</translation>
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
        <translation>带封面图片的 MP4 视频</translation>
    </message>
    <message>
        <source>16-bit integer</source>
        <translation>16 位整数</translation>
    </message>
    <message>
        <source>24-bit integer</source>
        <translation>24 位整数</translation>
    </message>
    <message>
        <source>32-bit float</source>
        <translation>32 位浮点</translation>
    </message>
    <message>
        <source>%1 is written at 48000 Hz, 2 channels; %2 Hz, %3 channels is not offered.</source>
        <translation>%1 以 48000 Hz、2 声道写入；不提供 %2 Hz、%3 声道。</translation>
    </message>
    <message>
        <source>Audio bitrate %1 kbps is not offered for MP4: allowed 96 to 320 kbps.</source>
        <translation>MP4 不提供 %1 kbps 的音频码率：允许 96 到 320 kbps。</translation>
    </message>
    <message>
        <source>Target loudness %1 LUFS is out of range: allowed %2 to %3 LUFS.</source>
        <translation>目标响度 %1 LUFS 超出范围：允许 %2 到 %3 LUFS。</translation>
    </message>
    <message>
        <source>True-peak ceiling %1 dBTP is out of range: allowed %2 to %3 dBTP.</source>
        <translation>真峰值上限 %1 dBTP 超出范围：允许 %2 到 %3 dBTP。</translation>
    </message>
    <message>
        <source>Cover image %1 cannot be read.</source>
        <translation>无法读取封面图片 %1。</translation>
    </message>
    <message>
        <source>Cover image %1 is not a PNG or JPEG image: allowed PNG, JPEG.</source>
        <translation>封面图片 %1 不是 PNG 或 JPEG 图片：允许 PNG、JPEG。</translation>
    </message>
    <message>
        <source>Cover image: an MP4 video needs a picture; choose a PNG or JPEG image.</source>
        <translation>封面图片：MP4 视频需要一张图片；请选择 PNG 或 JPEG 图片。</translation>
    </message>
    <message>
        <source>Folder: choose where the files go.</source>
        <translation>文件夹：请选择文件的保存位置。</translation>
    </message>
    <message>
        <source>Folder %1 is a file, not a folder.</source>
        <translation>%1 是文件，不是文件夹。</translation>
    </message>
    <message>
        <source>File name: the pattern is empty; use text and %1.</source>
        <translation>文件名：模式为空；请使用文字和 %1。</translation>
    </message>
    <message>
        <source>File name: %1 is not a placeholder; allowed %2.</source>
        <translation>文件名：%1 不是占位符；允许 %2。</translation>
    </message>
    <message>
        <source>The saved export format “%1” is not known; %2 is used.</source>
        <translation>保存的导出格式“%1”未知；改用 %2。</translation>
    </message>
    <message>
        <source>The saved %1 %2 %3 is not allowed for %4 (allowed %5 %3); the default is used.</source>
        <translation>保存的%1 %2 %3 不适用于 %4（允许 %5 %3）；改用默认值。</translation>
    </message>
    <message>
        <source>sample rate</source>
        <translation>采样率</translation>
    </message>
    <message>
        <source>Hz</source>
        <translation>Hz</translation>
    </message>
    <message>
        <source>channel count</source>
        <translation>声道数</translation>
    </message>
    <message>
        <source>bitrate</source>
        <translation>码率</translation>
    </message>
    <message>
        <source>kbps</source>
        <translation>kbps</translation>
    </message>
    <message>
        <source>The saved WAV bit depth is not known; %1 is used.</source>
        <translation>保存的 WAV 位深未知；改用 %1。</translation>
    </message>
    <message>
        <source>The saved %1 %2 is out of range (allowed %3 to %4); %5 is used.</source>
        <translation>保存的%1 %2 超出范围（允许 %3 到 %4）；改用 %5。</translation>
    </message>
    <message>
        <source>target loudness</source>
        <translation>目标响度</translation>
    </message>
    <message>
        <source>true-peak ceiling</source>
        <translation>真峰值上限</translation>
    </message>
    <message>
        <source>The saved cover image %1 is gone; no cover is used.</source>
        <translation>保存的封面图片 %1 已不存在；不使用封面。</translation>
    </message>
    <message>
        <source>The saved file-name pattern “%1” cannot be used (%2); “%3” is used.</source>
        <translation>保存的文件名模式“%1”无法使用（%2）；改用“%3”。</translation>
    </message>
</context>
<context>
    <name>JobQueue</name>
    <message>
        <source>Take %1 arrived without audio.</source>
        <translation>片段 %1 到达时没有音频。</translation>
    </message>
    <message>
        <source>Take %1 could not be saved to %2: %3</source>
        <translation>片段 %1 无法保存到 %2：%3</translation>
    </message>
</context>
<context>
    <name>Lineage</name>
    <message>
        <source>Repaint</source>
        <translation>重绘</translation>
    </message>
    <message>
        <source>Repaint take</source>
        <translation>重绘片段</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>延长</translation>
    </message>
    <message>
        <source>Cover / remix</source>
        <translation>翻唱 / 混音</translation>
    </message>
    <message>
        <source>New song</source>
        <translation>新歌曲</translation>
    </message>
    <message>
        <source>%1 (take %2)</source>
        <translation>%1（片段 %2）</translation>
    </message>
</context>
<context>
    <name>ProgressText</name>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Interrupted (the app was closed)</source>
        <translation>已中断（应用被关闭）</translation>
    </message>
    <message>
        <source>Loading the models</source>
        <translation>正在加载模型</translation>
    </message>
    <message>
        <source>Reading caption and lyrics</source>
        <translation>正在读取描述和歌词</translation>
    </message>
    <message>
        <source>Reading the source audio</source>
        <translation>正在读取源音频</translation>
    </message>
    <message>
        <source>Generating</source>
        <translation>正在生成</translation>
    </message>
    <message>
        <source>Decoding audio</source>
        <translation>正在解码音频</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>正在保存</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>正在收尾</translation>
    </message>
    <message>
        <source>%1 · step %2 of %3</source>
        <translation>%1 · 第 %2 步，共 %3 步</translation>
    </message>
    <message>
        <source>Take %1 of %2 · %3</source>
        <translation>第 %1 个片段，共 %2 个 · %3</translation>
    </message>
    <message>
        <source>estimating…</source>
        <translation>正在估算…</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>剩余 %1 秒</translation>
    </message>
    <message>
        <source>%1:%2 left</source>
        <translation>剩余 %1:%2</translation>
    </message>
</context>
<context>
    <name>RuntimeText</name>
    <message>
        <source>engine built without libtorch</source>
        <translation>引擎构建时未包含 libtorch</translation>
    </message>
    <message>
        <source>libtorch %1, CPU only (libtorch without CUDA)</source>
        <translation>libtorch %1，仅 CPU（libtorch 不含 CUDA）</translation>
    </message>
    <message>
        <source>libtorch %1, no usable GPU found, running on the CPU</source>
        <translation>libtorch %1，未找到可用的 GPU，在 CPU 上运行</translation>
    </message>
    <message>
        <source>libtorch %1, GPU: %2</source>
        <translation>libtorch %1，GPU：%2</translation>
    </message>
</context>
<context>
    <name>StudioDatabase</name>
    <message>
        <source>Could not open the studio database %1: %2</source>
        <translation>无法打开工作室数据库 %1：%2</translation>
    </message>
    <message>
        <source>The studio database %1 is damaged and could not be moved aside; nothing was changed. Move or delete it, then start Songloom again.</source>
        <translation>工作室数据库 %1 已损坏且无法移开；没有做任何更改。请移动或删除它，然后重新启动 Songloom。</translation>
    </message>
    <message>
        <source>The studio database was damaged and could not be read. It was kept as %1, and a new, empty history was started.</source>
        <translation>工作室数据库已损坏，无法读取。它已保存为 %1，并开始了一个新的空白历史。</translation>
    </message>
    <message>
        <source>Could not prepare the studio database %1: %2</source>
        <translation>无法准备工作室数据库 %1：%2</translation>
    </message>
    <message>
        <source>The studio database %1 was written by a newer Songloom (schema %2; this version reads up to %3). Update Songloom to open it.</source>
        <translation>工作室数据库 %1 由更新版本的 Songloom 写入（架构 %2；此版本最多读取 %3）。请更新 Songloom 以打开它。</translation>
    </message>
    <message>
        <source>Could not update the studio database %1 to schema %2: %3</source>
        <translation>无法将工作室数据库 %1 升级到架构 %2：%3</translation>
    </message>
    <message>
        <source>Could not create a new studio database at %1.</source>
        <translation>无法在 %1 创建新的工作室数据库。</translation>
    </message>
</context>
<context>
    <name>StudioSettings</name>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>empty (system)</source>
        <translation>空（系统）</translation>
    </message>
    <message>
        <source>%1: the saved value &quot;%2&quot; is not one of %3; using %4.</source>
        <translation>%1：保存的值“%2”不在 %3 之中；改用 %4。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>the system language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>Show the first-run guide</source>
        <translation>显示入门指南</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
</context>
<context>
    <name>TakeEditor</name>
    <message>
        <source>The accepted take could not be saved to %1: %2</source>
        <translation>无法将采用的片段保存到 %1：%2</translation>
    </message>
</context>
<context>
    <name>TakeTrash</name>
    <message>
        <source>That take is not in the history any more.</source>
        <translation>该片段已不在历史中。</translation>
    </message>
    <message>
        <source>Could not move %1 to the trash folder %2.</source>
        <translation>无法将 %1 移到回收文件夹 %2。</translation>
    </message>
    <message>
        <source>Could not update the history: %1</source>
        <translation>无法更新历史记录：%1</translation>
    </message>
    <message>
        <source>There is no deleted take to restore.</source>
        <translation>没有可恢复的已删除片段。</translation>
    </message>
    <message>
        <source>Could not move the take back to %1.</source>
        <translation>无法把片段移回 %1。</translation>
    </message>
    <message>
        <source>There is no deleted take to remove.</source>
        <translation>没有可移除的已删除片段。</translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation>无法删除 %1。</translation>
    </message>
</context>
<context>
    <name>VariantCatalogModel</name>
    <message>
        <source>%1 (ready)</source>
        <translation>%1（就绪）</translation>
    </message>
    <message>
        <source>%1 (not ready)</source>
        <translation>%1（未就绪）</translation>
    </message>
    <message>
        <source>%1 needs a Base model: only the Base checkpoints were trained to take a part out of a song, add a part, or complete an arrangement. Choose 2B Base or XL Base.</source>
        <translation>%1 需要 Base 模型：只有 Base 检查点经过训练，能从歌曲中提取声部、添加声部或补全编曲。请选择 2B Base 或 XL Base。</translation>
    </message>
    <message>
        <source>Cover needs the model&apos;s audio tokenizer, and this copy of %1 was downloaded without it. Choose a model set that includes it (the official folders and Comfy-Org files do).</source>
        <translation>翻唱需要模型的音频分词器，而这份 %1 下载时没有包含它。请选择包含它的模型组（官方文件夹和 Comfy-Org 文件都包含）。</translation>
    </message>
    <message>
        <source>New song</source>
        <translation>新歌</translation>
    </message>
    <message>
        <source>Repaint a region</source>
        <translation>重绘区域</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>翻唱</translation>
    </message>
    <message>
        <source>Extract a part</source>
        <translation>提取声部</translation>
    </message>
    <message>
        <source>Add a part</source>
        <translation>添加声部</translation>
    </message>
    <message>
        <source>Complete the arrangement</source>
        <translation>补全编曲</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>已安装</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>不完整</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>未安装</translation>
    </message>
    <message>
        <source>the single file %1 from Comfy-Org (it holds every part)</source>
        <translation>Comfy-Org 的单个文件 %1（包含所有部分）</translation>
    </message>
    <message>
        <source>the folder %1 (Hugging Face repository ACE-Step/%1)</source>
        <translation>文件夹 %1（Hugging Face 仓库 ACE-Step/%1）</translation>
    </message>
    <message>
        <source>the folder %1 (Hugging Face repository ACE-Step/%1) or the file %2 from Comfy-Org</source>
        <translation>文件夹 %1（Hugging Face 仓库 ACE-Step/%1）或 Comfy-Org 的文件 %2</translation>
    </message>
    <message>
        <source>Not in the models folder. Get %1 for the %2 song model (DiT).</source>
        <translation>不在模型文件夹中。请为 %2 歌曲模型（DiT）获取 %1。</translation>
    </message>
    <message>
        <source>It also needs the audio decoder (VAE): the %1 folder or %2.</source>
        <translation>它还需要音频解码器（VAE）：%1 文件夹或 %2。</translation>
    </message>
    <message>
        <source>It also needs the text encoder: the %1 folder or %2.</source>
        <translation>它还需要文本编码器：%1 文件夹或 %2。</translation>
    </message>
    <message>
        <source>It also needs the text encoder&apos;s tokenizer (%1, inside the %2 folder).</source>
        <translation>它还需要文本编码器的分词器（%1，位于 %2 文件夹中）。</translation>
    </message>
    <message>
        <source>If %1 is this variant, say so on the Models page.</source>
        <translation>如果 %1 就是这个变体，请在“模型”页面注明。</translation>
    </message>
</context>
<context>
    <name>VariantPresets</name>
    <message>
        <source>The quickest way to hear an idea: a finished song in a few seconds, and everything it needs comes in one file.</source>
        <translation>最快听到想法的方式：几秒钟就得到完整的歌曲，所需的一切都在一个文件里。</translation>
    </message>
    <message>
        <source>Same sound and speed as the all-in-one Turbo, for when you keep the model&apos;s parts as separate files.</source>
        <translation>与一体式 Turbo 声音和速度相同，适合把模型各部分作为单独文件保存的情况。</translation>
    </message>
    <message>
        <source>Takes much longer than Turbo for a more careful result, and is the only kind that can lift a single part out of a song or build a song around one.</source>
        <translation>比 Turbo 慢得多，但结果更细致；也是唯一能从歌曲中提取单个声部、或围绕一个声部构建歌曲的类型。</translation>
    </message>
    <message>
        <source>A fine-tuned Base: same pace, its own character. Try it next to Base on the same song.</source>
        <translation>微调过的 Base：速度相同，风格不同。可以在同一首歌上和 Base 对比试试。</translation>
    </message>
    <message>
        <source>The larger model at sketching speed: more detail than 2B Turbo, but it needs a graphics card with more memory.</source>
        <translation>以草稿速度运行的大模型：细节比 2B Turbo 多，但需要显存更大的显卡。</translation>
    </message>
    <message>
        <source>The larger model, slow and careful: the most detail of all, and the longest wait.</source>
        <translation>大模型，慢而细致：细节最多，等待也最久。</translation>
    </message>
    <message>
        <source>A fine-tuned XL Base: same wait and memory, a different character.</source>
        <translation>微调过的 XL Base：等待时间和显存相同，风格不同。</translation>
    </message>
</context>
<context>
    <name>songloom::ui::CaptionBuilder</name>
    <message>
        <source>Genre</source>
        <translation>曲风</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>乐器</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>情绪</translation>
    </message>
    <message>
        <source>Vocal style</source>
        <translation>演唱风格</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>制作</translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Describe the song in English: genre, instruments, mood, voice… Click the words below or type your own.</source>
        <translation>用英文描述这首歌：曲风、乐器、情绪、嗓音…… 点击下面的词或自己输入。</translation>
    </message>
    <message>
        <source>What to avoid (optional)</source>
        <translation>要避免的内容（可选）</translation>
    </message>
    <message>
        <source>Kept with the request. ACE-Step 1.5 guides away from its own empty condition, so this text does not steer the sound.</source>
        <translation>随请求保存。ACE-Step 1.5 的引导是远离它自己的空条件，所以这段文字不会影响声音。</translation>
    </message>
    <message>
        <source>No saved presets</source>
        <translation>没有保存的预设</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>载入</translation>
    </message>
    <message>
        <source>Replace the caption and negative prompt with the chosen preset</source>
        <translation>用所选预设替换描述和反向提示词</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Keep the caption and negative prompt under a name</source>
        <translation>以一个名称保存描述和反向提示词</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Forget the chosen preset</source>
        <translation>忘记所选的预设</translation>
    </message>
    <message>
        <source>Presets:</source>
        <translation>预设：</translation>
    </message>
    <message>
        <source>Negative prompt:</source>
        <translation>反向提示词：</translation>
    </message>
    <message>
        <source>Save Caption Preset</source>
        <translation>保存描述预设</translation>
    </message>
    <message>
        <source>Preset name:</source>
        <translation>预设名称：</translation>
    </message>
</context>
<context>
    <name>songloom::ui::ComposePage</name>
    <message>
        <source>Unknown / none</source>
        <translation>未知 / 无</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>风格</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source> BPM</source>
        <translation> BPM</translation>
    </message>
    <message>
        <source>Beats per minute, %1–%2; Auto lets the model choose</source>
        <translation>每分钟拍数，%1–%2；“自动”由模型决定</translation>
    </message>
    <message>
        <source>Tap</source>
        <translation>点击</translation>
    </message>
    <message>
        <source>Tap along with the beat: the tempo is the average of your last taps (a pause of two seconds starts over)</source>
        <translation>跟着节拍点击：速度取你最近几次点击的平均值（停顿两秒后重新开始）</translation>
    </message>
    <message>
        <source>major</source>
        <translation>大调</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>小调</translation>
    </message>
    <message>
        <source>%1 beats per bar</source>
        <translation>每小节 %1 拍</translation>
    </message>
    <message>
        <source>Instrumental (no vocals)</source>
        <translation>纯音乐（无人声）</translation>
    </message>
    <message>
        <source>How many versions of the song one Generate makes (%1–%2); each gets the next seed</source>
        <translation>一次“生成”制作多少个版本（%1–%2）；每个版本使用下一个种子</translation>
    </message>
    <message>
        <source>Variations per run</source>
        <translation>每次运行的版本数</translation>
    </message>
    <message>
        <source>Song</source>
        <translation>歌曲</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>时长：</translation>
    </message>
    <message>
        <source>Tempo:</source>
        <translation>速度：</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>调性：</translation>
    </message>
    <message>
        <source>Time signature:</source>
        <translation>拍号：</translation>
    </message>
    <message>
        <source>Vocal language:</source>
        <translation>演唱语言：</translation>
    </message>
    <message>
        <source>Variations:</source>
        <translation>版本数：</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>%1:%2 min</source>
        <translation>%1:%2 分钟</translation>
    </message>
    <message>
        <source>✓ The request is complete and within the engine&apos;s limits.</source>
        <translation>✓ 请求完整，且在引擎的限制范围内。</translation>
    </message>
    <message>
        <source>The request is not ready yet: see the message in red.</source>
        <translation>请求尚未就绪：请查看红色提示。</translation>
    </message>
</context>
<context>
    <name>songloom::ui::ExportDialog</name>
    <message>
        <source>Export 1 Take</source>
        <translation>导出 1 个片段</translation>
    </message>
    <message>
        <source>Export %1 Takes</source>
        <translation>导出 %1 个片段</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Sample rate</source>
        <translation>采样率</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>声道</translation>
    </message>
    <message>
        <source>Bitrate</source>
        <translation>码率</translation>
    </message>
    <message>
        <source>WAV bit depth</source>
        <translation>WAV 位深</translation>
    </message>
    <message>
        <source>&amp;Normalise loudness</source>
        <translation>响度标准化(&amp;N)</translation>
    </message>
    <message>
        <source>One gain per take so its integrated loudness (EBU R128) is the target, lowered where needed so the true peak stays under the ceiling</source>
        <translation>每个片段使用一个增益，使其综合响度（EBU R128）达到目标；必要时降低，使真峰值保持在上限以下</translation>
    </message>
    <message>
        <source>Target loudness</source>
        <translation>目标响度</translation>
    </message>
    <message>
        <source> LUFS</source>
        <translation> LUFS</translation>
    </message>
    <message>
        <source>True-peak ceiling</source>
        <translation>真峰值上限</translation>
    </message>
    <message>
        <source> dBTP</source>
        <translation> dBTP</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Each take&apos;s own title</source>
        <translation>每个片段自己的标题</translation>
    </message>
    <message>
        <source>Artist</source>
        <translation>艺术家</translation>
    </message>
    <message>
        <source>Album</source>
        <translation>专辑</translation>
    </message>
    <message>
        <source>Cover image</source>
        <translation>封面图片</translation>
    </message>
    <message>
        <source>No cover (PNG or JPEG; needed for MP4)</source>
        <translation>无封面（PNG 或 JPEG；MP4 需要）</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Choo&amp;se…</source>
        <translation>选择(&amp;S)…</translation>
    </message>
    <message>
        <source>File name pattern</source>
        <translation>文件名模式</translation>
    </message>
    <message>
        <source>Text with {title}, {seed} and {n} (the take&apos;s number in this export)</source>
        <translation>包含 {title}、{seed} 和 {n}（片段在本次导出中的序号）的文字</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>Sample &amp;rate:</source>
        <translation>采样率(&amp;R)：</translation>
    </message>
    <message>
        <source>C&amp;hannels:</source>
        <translation>声道(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Bitrate:</source>
        <translation>码率(&amp;B)：</translation>
    </message>
    <message>
        <source>WAV bit &amp;depth:</source>
        <translation>WAV 位深(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>目标(&amp;T)：</translation>
    </message>
    <message>
        <source>True-peak &amp;ceiling:</source>
        <translation>真峰值上限(&amp;C)：</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>标题(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Artist:</source>
        <translation>艺术家(&amp;A)：</translation>
    </message>
    <message>
        <source>Al&amp;bum:</source>
        <translation>专辑(&amp;B)：</translation>
    </message>
    <message>
        <source>C&amp;over image:</source>
        <translation>封面图片(&amp;O)：</translation>
    </message>
    <message>
        <source>Each take keeps its caption, lyrics, tempo, key and full generation settings.</source>
        <translation>每个片段都保留其描述、歌词、速度、调性和全部生成设置。</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Fol&amp;der:</source>
        <translation>文件夹(&amp;D)：</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>文件名(&amp;N)：</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>预览：</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>导出进度</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Write the files (Ctrl+Return)</source>
        <translation>写入文件（Ctrl+Return）</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Stop after the take being written; the files already written stay</source>
        <translation>写完当前片段后停止；已写入的文件保留</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cover Image</source>
        <translation>封面图片</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Export Folder</source>
        <translation>导出文件夹</translation>
    </message>
    <message>
        <source>Writing take %1 of %2 (%3)…</source>
        <translation>正在写入片段 %1/%2（%3）…</translation>
    </message>
    <message>
        <source>Files Exist</source>
        <translation>文件已存在</translation>
    </message>
    <message>
        <source>A file of this name exists already:</source>
        <translation>已存在同名文件：</translation>
    </message>
    <message>
        <source>%1 files of these names exist already:</source>
        <translation>已存在 %1 个同名文件：</translation>
    </message>
    <message>
        <source>Keep Both (Number the New Files)</source>
        <translation>都保留（为新文件编号）</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>%1 Hz</source>
        <translation>%1 Hz</translation>
    </message>
    <message>
        <source>Mono</source>
        <translation>单声道</translation>
    </message>
    <message>
        <source>Stereo</source>
        <translation>立体声</translation>
    </message>
    <message>
        <source>%1 kbps</source>
        <translation>%1 kbps</translation>
    </message>
    <message>
        <source>Lossless</source>
        <translation>无损</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> 及另外 %1 个</translation>
    </message>
    <message>
        <source>1 file written to %1.</source>
        <translation>已将 1 个文件写入 %1。</translation>
    </message>
    <message>
        <source>%1 files written to %2.</source>
        <translation>已将 %1 个文件写入 %2。</translation>
    </message>
    <message>
        <source>Stopped before the other takes.</source>
        <translation>在其余片段之前已停止。</translation>
    </message>
</context>
<context>
    <name>songloom::ui::ExportService</name>
    <message>
        <source>Choose one or more takes to export.</source>
        <translation>请选择一个或多个要导出的片段。</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>已有导出正在进行。</translation>
    </message>
    <message>
        <source>Cover image %1 cannot be read.</source>
        <translation>无法读取封面图片 %1。</translation>
    </message>
</context>
<context>
    <name>songloom::ui::FirstRunDialog</name>
    <message>
        <source>Get Started with Songloom</source>
        <translation>开始使用 Songloom</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Songloom needs the ACE-Step 1.5 model files&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Songloom 需要 ACE-Step 1.5 模型文件&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The music is made on your computer by the open ACE-Step 1.5 model. Its files are a separate download of several gigabytes; keep them together in one folder (subfolders are fine) and show Songloom that folder.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Where to get them&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;From the ACE-Step team on Hugging Face: the repository &lt;i&gt;%1&lt;/i&gt; contains the Turbo model (folder &lt;i&gt;acestep-v15-turbo&lt;/i&gt;) together with &lt;i&gt;vae&lt;/i&gt; and &lt;i&gt;Qwen3-Embedding-0.6B&lt;/i&gt;. The other variants have a repository each under the same name as their folder, for example &lt;i&gt;ACE-Step/acestep-v15-base&lt;/i&gt; or &lt;i&gt;ACE-Step/acestep-v15-xl-turbo&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;From Comfy-Org on Hugging Face (&lt;i&gt;%2&lt;/i&gt;): single files. &lt;i&gt;ace_step_1.5_turbo_aio.safetensors&lt;/i&gt; holds everything in one file; the files under &lt;i&gt;split_files&lt;/i&gt; hold one part each.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;What a working set contains&lt;/b&gt;: the song model (DiT, e.g. &lt;i&gt;acestep-v15-turbo&lt;/i&gt;), the audio decoder (VAE), the text encoder (Qwen3-Embedding-0.6B) and the text encoder&apos;s tokenizer. Comfy-Org&apos;s files come without the tokenizer; Songloom supplies its own copy for them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;音乐由开放的 ACE-Step 1.5 模型在你的电脑上生成。它的文件需要单独下载，共数 GB；请把它们放在同一个文件夹中（可以有子文件夹），然后把这个文件夹告诉 Songloom。&lt;/p&gt;&lt;p&gt;&lt;b&gt;从哪里获取&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;来自 Hugging Face 上的 ACE-Step 团队：仓库 &lt;i&gt;%1&lt;/i&gt; 包含 Turbo 模型（文件夹 &lt;i&gt;acestep-v15-turbo&lt;/i&gt;），以及 &lt;i&gt;vae&lt;/i&gt; 和 &lt;i&gt;Qwen3-Embedding-0.6B&lt;/i&gt;。其他变体各有一个与其文件夹同名的仓库，例如 &lt;i&gt;ACE-Step/acestep-v15-base&lt;/i&gt; 或 &lt;i&gt;ACE-Step/acestep-v15-xl-turbo&lt;/i&gt;。&lt;/li&gt;&lt;li&gt;来自 Hugging Face 上的 Comfy-Org（&lt;i&gt;%2&lt;/i&gt;）：单个文件。&lt;i&gt;ace_step_1.5_turbo_aio.safetensors&lt;/i&gt; 把所有部分放在一个文件里；&lt;i&gt;split_files&lt;/i&gt; 下的文件各含一个部分。&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;一套完整的文件包括&lt;/b&gt;：歌曲模型（DiT，例如 &lt;i&gt;acestep-v15-turbo&lt;/i&gt;）、音频解码器（VAE）、文本编码器（Qwen3-Embedding-0.6B）以及文本编码器的分词器。Comfy-Org 的文件不带分词器；Songloom 会为它们提供自带的副本。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No folder chosen yet</source>
        <translation>尚未选择文件夹</translation>
    </message>
    <message>
        <source>&amp;Choose Folder…</source>
        <translation>选择文件夹(&amp;C)…</translation>
    </message>
    <message>
        <source>Show this guide at start while no model is ready</source>
        <translation>没有可用模型时，启动时显示此指南</translation>
    </message>
    <message>
        <source>&amp;Use This Folder</source>
        <translation>使用此文件夹(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>暂不(&amp;N)</translation>
    </message>
    <message>
        <source>Choose Models Folder</source>
        <translation>选择模型文件夹</translation>
    </message>
    <message>
        <source>Looking for models in this folder…</source>
        <translation>正在此文件夹中查找模型…</translation>
    </message>
    <message>
        <source>You can use this folder now and add the missing files later; Songloom looks again when you press F5.</source>
        <translation>你可以现在使用此文件夹，稍后再添加缺少的文件；按 F5 时 Songloom 会重新查找。</translation>
    </message>
</context>
<context>
    <name>songloom::ui::HistoryPage</name>
    <message>
        <source>Takes</source>
        <translation>片段</translation>
    </message>
    <message>
        <source>♥</source>
        <translation>♥</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>制作时间</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Take parameters</source>
        <translation>片段参数</translation>
    </message>
    <message>
        <source>Play / Pause</source>
        <translation>播放 / 暂停</translation>
    </message>
    <message>
        <source>Play or pause the selected take (Space)</source>
        <translation>播放或暂停所选片段（空格）</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>收藏</translation>
    </message>
    <message>
        <source>Mark or unmark the take as a favourite (F); rate it with the keys 1 to 5, 0 clears</source>
        <translation>把片段标为收藏或取消收藏（F）；用 1 到 5 键评分，0 清除</translation>
    </message>
    <message>
        <source>Use These Settings Again</source>
        <translation>再次使用这些设置</translation>
    </message>
    <message>
        <source>Load this take&apos;s settings, its seed included, into the Compose page (Ctrl+Shift+U)</source>
        <translation>把这个片段的设置（包括种子）载入“作曲”页面（Ctrl+Shift+U）</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message numerus="yes">
        <source>Delete the take; you can undo it for %n seconds (Del, undo with Ctrl+Z)</source>
        <translation>
            <numerusform>删除该片段；%n 秒内可以撤销（Del，用 Ctrl+Z 撤销）</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Search caption, lyrics, model or seed (Ctrl+F)</source>
        <translation>搜索描述、歌词、模型或种子（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>搜索历史</translation>
    </message>
    <message>
        <source>Favourites only</source>
        <translation>仅收藏</translation>
    </message>
    <message>
        <source>Minimum rating</source>
        <translation>最低评分</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>任意评分</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 或以上</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Made between</source>
        <translation>制作时间介于</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>and</source>
        <translation>和</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>所有模型</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>所有任务</translation>
    </message>
    <message>
        <source>(no caption)</source>
        <translation>（无描述）</translation>
    </message>
    <message>
        <source>No take selected.</source>
        <translation>未选择片段。</translation>
    </message>
    <message>
        <source>Unfavourite</source>
        <translation>取消收藏</translation>
    </message>
    <message>
        <source>Lyrics</source>
        <translation>歌词</translation>
    </message>
    <message>
        <source>Could not save the favourite mark: %1</source>
        <translation>无法保存收藏标记：%1</translation>
    </message>
    <message>
        <source>Could not save the rating: %1</source>
        <translation>无法保存评分：%1</translation>
    </message>
    <message>
        <source>The settings of this take could not be read: %1</source>
        <translation>无法读取这个片段的设置：%1</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>已删除“%1”。</translation>
    </message>
    <message>
        <source>Compare Variations</source>
        <translation>比较版本</translation>
    </message>
    <message>
        <source>The takes of this batch side by side; switch between them while playing (Ctrl+Shift+V)</source>
        <translation>并排显示这一批的片段；播放时在它们之间切换（Ctrl+Shift+V）</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Open the take on its timeline to repaint regions, extend it or make a cover (Ctrl+E, or double-click it)</source>
        <translation>在时间线上打开该片段，以重绘区域、延长或制作翻唱（Ctrl+E，或双击）</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export the selected takes as MP3, WAV, FLAC, Ogg or MP4 with a cover (Ctrl+Shift+E)</source>
        <translation>将所选片段导出为 MP3、WAV、FLAC、Ogg 或带封面的 MP4（Ctrl+Shift+E）</translation>
    </message>
    <message>
        <source>This take was made alone; a batch of variations (Variations per run) can be compared.</source>
        <translation>该片段是单独生成的；一批多个版本（每次运行的版本数）才能比较。</translation>
    </message>
    <message>
        <source>Made from:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>The take could not be played: %1</source>
        <translation>无法播放该片段：%1</translation>
    </message>
</context>
<context>
    <name>songloom::ui::JobQueue</name>
    <message>
        <source>Choose a model set on the Models page before generating.</source>
        <translation>生成前请在“模型”页面选择一个模型组。</translation>
    </message>
    <message>
        <source>The job could not be saved, so it was not started: %1</source>
        <translation>任务无法保存，因此没有开始：%1</translation>
    </message>
    <message>
        <source>The stored request could not be read: %1</source>
        <translation>无法读取保存的请求：%1</translation>
    </message>
    <message>
        <source>The job could not be updated in the database: %1</source>
        <translation>无法在数据库中更新任务：%1</translation>
    </message>
    <message>
        <source>Take %1 was saved to %2 but could not be added to the history: %3</source>
        <translation>片段 %1 已保存到 %2，但无法加入历史：%3</translation>
    </message>
    <message>
        <source>That job is not in the queue any more.</source>
        <translation>该任务已不在队列中。</translation>
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
在这里写歌词，每行一句演唱。

[Chorus]
…

输入 [ 可插入段落标签。</translation>
    </message>
    <message>
        <source>Sections of the lyrics and their sung lines; click one to go there</source>
        <translation>歌词的段落及其演唱行数；点击可跳转</translation>
    </message>
    <message>
        <source>Rule of thumb: one sung line takes about two bars, so a song holds duration × BPM ÷ 60 ÷ beats per bar ÷ 2 lines (120 BPM and 4 beats per bar when unset). Over 125 % of that is too long: lines get skipped or rushed. Under 25 % is too short: the model fills the rest on its own.</source>
        <translation>经验法则：一行演唱歌词大约占两小节，所以一首歌可容纳 时长 × BPM ÷ 60 ÷ 每小节拍数 ÷ 2 行（未设置时按 120 BPM、每小节 4 拍计算）。超过这个数的 125% 就太长：有些行会被跳过或唱得仓促。低于 25% 就太短：其余部分由模型自行填充。</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Read lyrics from a text (.txt) or LRC (.lrc) file</source>
        <translation>从文本（.txt）或 LRC（.lrc）文件读取歌词</translation>
    </message>
    <message>
        <source>Lyrics</source>
        <translation>歌词</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>(before the first tag)</source>
        <translation>（第一个标签之前）</translation>
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
        <translation>1 个标签不在段落词汇表中（橙色显示）</translation>
    </message>
    <message>
        <source>%1 tags not in the section vocabulary (shown in orange)</source>
        <translation>%1 个标签不在段落词汇表中（橙色显示）</translation>
    </message>
    <message>
        <source>1 line with stray or unclosed brackets (shown in red)</source>
        <translation>1 行含有多余或未闭合的括号（红色显示）</translation>
    </message>
    <message>
        <source>%1 lines with stray or unclosed brackets (shown in red)</source>
        <translation>%1 行含有多余或未闭合的括号（红色显示）</translation>
    </message>
    <message>
        <source>%1 sung lines; about %2 fit this duration and tempo.</source>
        <translation>%1 行演唱歌词；按此时长和速度约可容纳 %2 行。</translation>
    </message>
    <message>
        <source>Too long: %1 sung lines, but only about %2 fit this duration and tempo. Lines may be skipped; make the song longer or faster, or cut lines.</source>
        <translation>太长：%1 行演唱歌词，但按此时长和速度约只能容纳 %2 行。有些行可能被跳过；请加长歌曲、加快速度或删减歌词。</translation>
    </message>
    <message>
        <source>Too short: %1 sung lines for room of about %2. The model will fill the rest on its own; add lines or make the song shorter.</source>
        <translation>太短：%1 行演唱歌词，而空间约为 %2 行。其余部分将由模型自行填充；请添加歌词或缩短歌曲。</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB; that is not a lyrics file.</source>
        <translation>%1 大于 1 MiB，这不是歌词文件。</translation>
    </message>
    <message>
        <source>Import Lyrics</source>
        <translation>导入歌词</translation>
    </message>
    <message>
        <source>Lyrics (*.txt *.lrc);;All files (*)</source>
        <translation>歌词 (*.txt *.lrc);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Writing Tips…</source>
        <translation>写作提示…</translation>
    </message>
    <message>
        <source>Section tags, line lengths and how to write a caption (F1)</source>
        <translation>段落标签、行长以及如何写描述（F1）</translation>
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
        <translation>模型</translation>
    </message>
    <message>
        <source>Compose</source>
        <translation>作曲</translation>
    </message>
    <message>
        <source>Checking the engine…</source>
        <translation>正在检查引擎…</translation>
    </message>
    <message>
        <source>&amp;Choose Models Folder…</source>
        <translation>选择模型文件夹(&amp;C)…</translation>
    </message>
    <message>
        <source>Choose the folder that holds your ACE-Step 1.5 model files</source>
        <translation>选择存放 ACE-Step 1.5 模型文件的文件夹</translation>
    </message>
    <message>
        <source>&amp;Rescan Models</source>
        <translation>重新扫描模型(&amp;R)</translation>
    </message>
    <message>
        <source>Look again for model files in the models folder</source>
        <translation>重新在模型文件夹中查找模型文件</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Models folder, device, precision, memory and language</source>
        <translation>模型文件夹、设备、精度、内存和语言</translation>
    </message>
    <message>
        <source>&amp;Getting Models…</source>
        <translation>获取模型(&amp;G)…</translation>
    </message>
    <message>
        <source>Where the ACE-Step 1.5 model files come from and which ones you need</source>
        <translation>ACE-Step 1.5 模型文件从哪里来、需要哪些</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <source>Queue the song on the Compose page for generation</source>
        <translation>把“作曲”页面的歌曲加入生成队列</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About Songloom</source>
        <translation>关于 Songloom(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>About Songloom</source>
        <translation>关于 Songloom</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Songloom %1&lt;/h3&gt;&lt;p&gt;A studio for writing and producing songs with the ACE-Step 1.5 music model, running on your own computer.&lt;/p&gt;&lt;p&gt;Engine: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Songloom %1&lt;/h3&gt;&lt;p&gt;一个在你自己的电脑上运行、用 ACE-Step 1.5 音乐模型写歌和制作歌曲的工作室。&lt;/p&gt;&lt;p&gt;引擎：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
</context>
<context>
    <name>songloom::ui::ModelSetList</name>
    <message>
        <source>Model sets</source>
        <translation>模型组</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>变体</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Variant of %1</source>
        <translation>%1 的变体</translation>
    </message>
    <message>
        <source>Choose… (name: %1)</source>
        <translation>选择…（名称：%1）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>The files do not say which variant this is. Choose the one it was released as: Turbo generates in 8 steps, Base and SFT take about 50 steps with guidance.</source>
        <translation>这些文件没有说明这是哪个变体。请选择它发布时的版本：Turbo 用 8 步生成，Base 和 SFT 需要约 50 步并使用引导。</translation>
    </message>
</context>
<context>
    <name>songloom::ui::ModelsPanel</name>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Find your models</source>
        <translation>找到你的模型</translation>
    </message>
    <message>
        <source>Choose the folder where your ACE-Step 1.5 model files are, and Songloom will list the models it finds there.</source>
        <translation>选择存放 ACE-Step 1.5 模型文件的文件夹，Songloom 会列出在其中找到的模型。</translation>
    </message>
    <message>
        <source>Choose Models Folder…</source>
        <translation>选择模型文件夹…</translation>
    </message>
    <message>
        <source>Models folder:</source>
        <translation>模型文件夹：</translation>
    </message>
    <message>
        <source>&amp;Change Folder…</source>
        <translation>更换文件夹(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Rescan</source>
        <translation>重新扫描(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Model sets</source>
        <translation>模型组(&amp;M)</translation>
    </message>
    <message>
        <source>Model details</source>
        <translation>模型详情</translation>
    </message>
    <message>
        <source>Files &amp;not used</source>
        <translation>未使用的文件(&amp;N)</translation>
    </message>
    <message>
        <source>Choose Models Folder</source>
        <translation>选择模型文件夹</translation>
    </message>
    <message>
        <source>Looking for models in this folder…</source>
        <translation>正在此文件夹中查找模型…</translation>
    </message>
    <message>
        <source>This folder cannot be scanned</source>
        <translation>无法扫描此文件夹</translation>
    </message>
    <message>
        <source>Choose another folder with Change Folder…, or check that the drive it is on is connected, then rescan (F5).</source>
        <translation>请用“更换文件夹…”选择其他文件夹，或检查所在的驱动器是否已连接，然后重新扫描（F5）。</translation>
    </message>
    <message>
        <source>No models here yet</source>
        <translation>这里还没有模型</translation>
    </message>
</context>
<context>
    <name>songloom::ui::PlaybackEngine</name>
    <message>
        <source>The audio output stopped with an error.</source>
        <translation>音频输出出错并停止了。</translation>
    </message>
    <message>
        <source>A take could not be converted for playback.</source>
        <translation>无法将片段转换为可播放的格式。</translation>
    </message>
    <message>
        <source>The sound output “%1” does not accept 48 kHz stereo audio, so playback is silent. Choose another output in the system&apos;s sound settings.</source>
        <translation>声音输出“%1”不接受 48 kHz 立体声音频，因此播放无声。请在系统声音设置中选择其他输出。</translation>
    </message>
</context>
<context>
    <name>songloom::ui::QueuePanel</name>
    <message>
        <source>Generate queue</source>
        <translation>生成队列</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Stop &amp;Now</source>
        <translation>立即停止(&amp;N)</translation>
    </message>
    <message>
        <source>Stop the selected job at once; takes already finished are kept</source>
        <translation>立即停止所选任务；已完成的片段会保留</translation>
    </message>
    <message>
        <source>Stop &amp;After This Take</source>
        <translation>本片段后停止(&amp;A)</translation>
    </message>
    <message>
        <source>Finish the take being made, keep it, then stop</source>
        <translation>完成正在生成的片段并保留，然后停止</translation>
    </message>
    <message>
        <source>&amp;Run Again</source>
        <translation>再次运行(&amp;R)</translation>
    </message>
    <message>
        <source>Queue the selected job again with the same settings</source>
        <translation>用相同设置重新排队所选任务</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>Remove the job from the list; its takes stay in the history</source>
        <translation>从列表中移除该任务；它的片段保留在历史中</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 takes</source>
        <translation>%1 · 已完成 %2/%3 个片段</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Progress of job %1</source>
        <translation>任务 %1 的进度</translation>
    </message>
    <message>
        <source>&amp;Compare Variations</source>
        <translation>比较版本(&amp;C)</translation>
    </message>
    <message>
        <source>The takes of the selected batch side by side; switch between them while playing</source>
        <translation>并排显示所选批次的片段；播放时在它们之间切换</translation>
    </message>
</context>
<context>
    <name>songloom::ui::RejectedList</name>
    <message>
        <source>Files not used</source>
        <translation>未使用的文件</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>songloom::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>&amp;Choose Folder…</source>
        <translation>选择文件夹(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Rescan</source>
        <translation>重新扫描(&amp;R)</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>引擎</translation>
    </message>
    <message>
        <source>Automatic (the graphics card when there is one)</source>
        <translation>自动（有显卡时使用显卡）</translation>
    </message>
    <message>
        <source>Processor (CPU)</source>
        <translation>处理器（CPU）</translation>
    </message>
    <message>
        <source>NVIDIA graphics card (CUDA)</source>
        <translation>NVIDIA 显卡（CUDA）</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>设备(&amp;D)：</translation>
    </message>
    <message>
        <source>Automatic (bf16 on the graphics card, fp32 on the processor)</source>
        <translation>自动（显卡上用 bf16，处理器上用 fp32）</translation>
    </message>
    <message>
        <source>fp32 (full precision)</source>
        <translation>fp32（完整精度）</translation>
    </message>
    <message>
        <source>bf16 (half the memory)</source>
        <translation>bf16（一半显存）</translation>
    </message>
    <message>
        <source>fp16 (half the memory, older cards)</source>
        <translation>fp16（一半显存，较旧的显卡）</translation>
    </message>
    <message>
        <source>&amp;Precision:</source>
        <translation>精度(&amp;P)：</translation>
    </message>
    <message>
        <source>Keep every part loaded (fastest)</source>
        <translation>保持所有部分已加载（最快）</translation>
    </message>
    <message>
        <source>One part at a time (for 8 GB cards)</source>
        <translation>一次只加载一个部分（适合 8 GB 显卡）</translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation>内存(&amp;M)：</translation>
    </message>
    <message>
        <source>Device, precision and memory take effect the next time a model is loaded.</source>
        <translation>设备、精度和内存将在下次加载模型时生效。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>界面语言(&amp;I)：</translation>
    </message>
    <message>
        <source>Some saved settings were not valid and were replaced by their defaults (OK saves them):
%1</source>
        <translation>部分保存的设置无效，已替换为默认值（点“确定”保存）：
%1</translation>
    </message>
    <message>
        <source>No models folder chosen yet</source>
        <translation>尚未选择模型文件夹</translation>
    </message>
    <message>
        <source>Looking for models in this folder…</source>
        <translation>正在此文件夹中查找模型…</translation>
    </message>
    <message>
        <source>Choose Models Folder</source>
        <translation>选择模型文件夹</translation>
    </message>
    <message>
        <source>Songloom is still checking which graphics cards it can use.</source>
        <translation>Songloom 仍在检查可以使用哪些显卡。</translation>
    </message>
    <message>
        <source>A graphics card Songloom can use was found.</source>
        <translation>找到了 Songloom 可以使用的显卡。</translation>
    </message>
    <message>
        <source>No graphics card can be used: %1</source>
        <translation>没有可用的显卡：%1</translation>
    </message>
    <message>
        <source>The right choice for almost everyone.</source>
        <translation>几乎所有人的正确选择。</translation>
    </message>
    <message>
        <source>Twice the memory of bf16 and slower on graphics cards; the processor always uses it.</source>
        <translation>显存占用是 bf16 的两倍，在显卡上较慢；处理器总是使用它。</translation>
    </message>
    <message>
        <source>Best on NVIDIA&apos;s RTX 30 series and newer cards; older cards run it slowly.</source>
        <translation>最适合 NVIDIA RTX 30 系列及更新的显卡；较旧的显卡运行较慢。</translation>
    </message>
    <message>
        <source>For graphics cards older than the RTX 30 series, which lack bf16. fp16 holds a smaller range of numbers than bf16, so a take can come out as noise or silence; if that happens, go back to Automatic. Not available on the processor.</source>
        <translation>适用于比 RTX 30 系列更早、不支持 bf16 的显卡。fp16 能表示的数值范围比 bf16 小，因此片段可能变成噪声或静音；如果出现这种情况，请改回“自动”。处理器上不可用。</translation>
    </message>
    <message>
        <source>fp16 does not run on the processor: choose Automatic or fp32 for it.</source>
        <translation>fp16 不能在处理器上运行：请选择“自动”或 fp32。</translation>
    </message>
    <message>
        <source>Every part of the model stays on the graphics card between takes: the quickest, but the 2B model with its text encoder and audio decoder wants more than an 8 GB card has.</source>
        <translation>模型的每个部分在片段之间都留在显卡上：最快，但 2B 模型连同文本编码器和音频解码器需要的显存超过 8 GB 显卡所能提供的。</translation>
    </message>
    <message>
        <source>Only the part that is working sits on the graphics card; the others wait in main memory. This lets the 2B model run on an 8 GB card; each take is a little slower while parts are moved in.</source>
        <translation>只有正在工作的部分位于显卡上，其他部分在内存中等待。这样 2B 模型可以在 8 GB 显卡上运行；每个片段会因为移入部分而稍慢一些。</translation>
    </message>
    <message>
        <source>Takes effect the next time you start Songloom.</source>
        <translation>下次启动 Songloom 时生效。</translation>
    </message>
    <message>
        <source>There is no %1 translation yet, so the texts stay in English.</source>
        <translation>还没有 %1 翻译，因此文字保持英文。</translation>
    </message>
</context>
<context>
    <name>songloom::ui::ShortcutsDialog</name>
    <message>
        <source>On the %1 page</source>
        <translation>在“%1”页面</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>所有页面</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Also: Tab and Shift+Tab move between fields; Alt with an underlined letter opens a menu or presses a button.</source>
        <translation>另外：Tab 和 Shift+Tab 在字段间移动；Alt 加带下划线的字母可打开菜单或按下按钮。</translation>
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
        <translation>暂停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Open a take from the History page (Edit, or double-click it) to edit it here.</source>
        <translation>在历史页面打开一个片段（编辑，或双击）即可在此编辑。</translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation>来源链</translation>
    </message>
    <message>
        <source>Play or pause the take (Space)</source>
        <translation>播放或暂停该片段（空格）</translation>
    </message>
    <message>
        <source>Playback position</source>
        <translation>播放位置</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export this take: format, loudness, tags, cover art, video (Ctrl+Shift+E)</source>
        <translation>导出该片段：格式、响度、标签、封面、视频（Ctrl+Shift+E）</translation>
    </message>
    <message>
        <source>Repaint</source>
        <translation>重绘</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>延长</translation>
    </message>
    <message>
        <source>Cover / Remix</source>
        <translation>翻唱 / 混音</translation>
    </message>
    <message>
        <source>The take&apos;s caption</source>
        <translation>片段的描述</translation>
    </message>
    <message>
        <source>A caption for the selected region only, e.g. a different instrument in the bridge</source>
        <translation>仅用于所选区域的描述，例如在桥段换一种乐器</translation>
    </message>
    <message>
        <source>The take&apos;s lyrics</source>
        <translation>片段的歌词</translation>
    </message>
    <message>
        <source>Lyrics for the selected region only; empty keeps the take&apos;s lyrics</source>
        <translation>仅用于所选区域的歌词；留空则使用片段的歌词</translation>
    </message>
    <message>
        <source>How many different takes to make of each region (1–%1)</source>
        <translation>每个区域生成多少个不同的片段（1–%1）</translation>
    </message>
    <message>
        <source>Repaint Regions</source>
        <translation>重绘区域</translation>
    </message>
    <message>
        <source>Regenerate every marked region; the rest of the song stays exactly as it is (Ctrl+R)</source>
        <translation>重新生成每个标记的区域；歌曲其余部分保持原样（Ctrl+R）</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Take to keep</source>
        <translation>保留的片段</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>采用</translation>
    </message>
    <message>
        <source>Save the song with the chosen take in each region as a new take (Ctrl+Shift+A)</source>
        <translation>将每个区域选定片段的歌曲保存为新片段（Ctrl+Shift+A）</translation>
    </message>
    <message>
        <source>Region caption:</source>
        <translation>区域描述：</translation>
    </message>
    <message>
        <source>Region lyrics:</source>
        <translation>区域歌词：</translation>
    </message>
    <message>
        <source>Takes per region:</source>
        <translation>每个区域的片段数：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Seconds of new music before the song (0–%1)</source>
        <translation>歌曲前新增音乐的秒数（0–%1）</translation>
    </message>
    <message>
        <source>Seconds of new music after the song (0–%1)</source>
        <translation>歌曲后新增音乐的秒数（0–%1）</translation>
    </message>
    <message>
        <source>How much of the song beside the new part the model hears; 0 uses the whole song</source>
        <translation>模型能听到新部分旁边多少歌曲内容；0 表示整首歌</translation>
    </message>
    <message>
        <source>Whole song</source>
        <translation>整首歌</translation>
    </message>
    <message>
        <source>Add the new time as a new take; the song itself is kept sample for sample</source>
        <translation>将新增时间作为新片段加入；歌曲本身逐采样保留</translation>
    </message>
    <message>
        <source>Add before:</source>
        <translation>在前面添加：</translation>
    </message>
    <message>
        <source>Add after:</source>
        <translation>在后面添加：</translation>
    </message>
    <message>
        <source>Context:</source>
        <translation>上下文：</translation>
    </message>
    <message>
        <source>Caption for the new part:</source>
        <translation>新部分的描述：</translation>
    </message>
    <message>
        <source>Takes:</source>
        <translation>片段数：</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>This Take</source>
        <translation>此片段</translation>
    </message>
    <message>
        <source>Use this take&apos;s audio</source>
        <translation>使用此片段的音频</translation>
    </message>
    <message>
        <source>This take</source>
        <translation>此片段</translation>
    </message>
    <message>
        <source>Audio to cover</source>
        <translation>要翻唱的音频</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Timbre reference</source>
        <translation>音色参考</translation>
    </message>
    <message>
        <source>0–1: how closely the cover follows the source (1 keeps its structure most)</source>
        <translation>0–1：翻唱与原曲的贴合程度（1 最大程度保留其结构）</translation>
    </message>
    <message>
        <source>Blend on every step</source>
        <translation>每一步都混合</translation>
    </message>
    <message>
        <source>Switch to the caption part way</source>
        <translation>中途切换到描述</translation>
    </message>
    <message>
        <source>Blend: source and caption guide every step, weighted by strength. Switch: the source guides the first steps, the caption the rest.</source>
        <translation>混合：原曲和描述共同引导每一步，按强度加权。切换：原曲引导前几步，描述引导其余步骤。</translation>
    </message>
    <message>
        <source>The take&apos;s caption, e.g. a new style for the cover</source>
        <translation>片段的描述，例如翻唱的新风格</translation>
    </message>
    <message>
        <source>Make Cover</source>
        <translation>制作翻唱</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>强度：</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>模式：</translation>
    </message>
    <message>
        <source>Caption:</source>
        <translation>描述：</translation>
    </message>
    <message>
        <source>Lyrics:</source>
        <translation>歌词：</translation>
    </message>
    <message>
        <source>Timbre reference:</source>
        <translation>音色参考：</translation>
    </message>
    <message>
        <source>Audio (*.wav *.flac *.mp3 *.ogg);;All files (*)</source>
        <translation>音频 (*.wav *.flac *.mp3 *.ogg);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Take %1 is not in the history.</source>
        <translation>片段 %1 不在历史中。</translation>
    </message>
    <message>
        <source>The file of take %1 is missing: %2</source>
        <translation>片段 %1 的文件丢失：%2</translation>
    </message>
    <message>
        <source>Take %1: %2</source>
        <translation>片段 %1：%2</translation>
    </message>
    <message>
        <source>(no caption)</source>
        <translation>（无描述）</translation>
    </message>
    <message>
        <source>Reading take %1…</source>
        <translation>正在读取片段 %1…</translation>
    </message>
    <message>
        <source>Take %1 could not be read: %2</source>
        <translation>无法读取片段 %1：%2</translation>
    </message>
    <message>
        <source>New: %1 s before</source>
        <translation>新增：前 %1 秒</translation>
    </message>
    <message>
        <source>New: %1 s after</source>
        <translation>新增：后 %1 秒</translation>
    </message>
    <message>
        <source>Repainted</source>
        <translation>已重绘</translation>
    </message>
    <message>
        <source>Drag across the waveform to mark regions to repaint.</source>
        <translation>在波形上拖动以标记要重绘的区域。</translation>
    </message>
    <message>
        <source>The part this edit made is marked above the waveform.</source>
        <translation>这次编辑生成的部分已在波形上方标出。</translation>
    </message>
    <message>
        <source>Made from:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>%1 · take %2</source>
        <translation>%1 · 片段 %2</translation>
    </message>
    <message>
        <source>The take open now</source>
        <translation>当前打开的片段</translation>
    </message>
    <message>
        <source>Open take %1; edits made from it branch the song there</source>
        <translation>打开片段 %1；从它做的编辑会在那里形成分支</translation>
    </message>
    <message>
        <source>(1 take made from this one, see History)</source>
        <translation>（由此生成了 1 个片段，见历史）</translation>
    </message>
    <message>
        <source>(%1 takes made from this one, see History)</source>
        <translation>（由此生成了 %1 个片段，见历史）</translation>
    </message>
    <message>
        <source>Open a take first.</source>
        <translation>请先打开一个片段。</translation>
    </message>
    <message>
        <source>Mark a region first: drag across the waveform (or double-click a section band).</source>
        <translation>请先标记一个区域：在波形上拖动（或双击段落条）。</translation>
    </message>
    <message>
        <source>Regions %1 and %2 overlap; move or delete one of them.</source>
        <translation>区域 %1 和 %2 重叠；请移动或删除其中一个。</translation>
    </message>
    <message>
        <source>Region %1: %2</source>
        <translation>区域 %1：%2</translation>
    </message>
    <message>
        <source>Region %1</source>
        <translation>区域 %1</translation>
    </message>
    <message>
        <source>The region is queued; choose one of its takes when they arrive.</source>
        <translation>该区域已加入队列；片段生成后请选择其一。</translation>
    </message>
    <message>
        <source>%1 regions are queued; choose a take for each when they arrive.</source>
        <translation>%1 个区域已加入队列；片段生成后请为每个区域选择一个。</translation>
    </message>
    <message>
        <source>Every take is ready. Choose one per region to hear it in place, then Accept.</source>
        <translation>所有片段都已就绪。为每个区域选择一个即可原位试听，然后点击采用。</translation>
    </message>
    <message>
        <source>Added after the song (take %1); now adding before it.</source>
        <translation>已在歌曲后面添加（片段 %1）；现在添加前面部分。</translation>
    </message>
    <message>
        <source>Extended song: take %1 (the new part is marked).</source>
        <translation>已延长的歌曲：片段 %1（新部分已标出）。</translation>
    </message>
    <message>
        <source>Cover: take %1 is open.</source>
        <translation>翻唱：已打开片段 %1。</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>The edit did not finish: %1</source>
        <translation>编辑未完成：%1</translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <translation>%1（%2 – %3）</translation>
    </message>
    <message>
        <source>%1 of %2 takes</source>
        <translation>%1/%2 个片段</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Take to keep for %1</source>
        <translation>%1 要保留的片段</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>原始</translation>
    </message>
    <message>
        <source>Take %1 (seed %2)</source>
        <translation>片段 %1（种子 %2）</translation>
    </message>
    <message>
        <source>That take of %1 is not ready yet.</source>
        <translation>%1 的这个片段尚未就绪。</translation>
    </message>
    <message>
        <source>%1: the original plays.</source>
        <translation>%1：正在播放原始版本。</translation>
    </message>
    <message>
        <source>%1: take %2 plays in place; Accept keeps it.</source>
        <translation>%1：片段 %2 正在原位播放；点击采用即可保留。</translation>
    </message>
    <message>
        <source>Choose a take for at least one region first.</source>
        <translation>请先为至少一个区域选择片段。</translation>
    </message>
    <message>
        <source>Saving the accepted take…</source>
        <translation>正在保存采用的片段…</translation>
    </message>
    <message>
        <source>The accepted take was saved to %1 but could not be added to the history: %2</source>
        <translation>采用的片段已保存到 %1，但无法加入历史：%2</translation>
    </message>
    <message>
        <source>Accepted: take %1, made from take %2.</source>
        <translation>已采用：片段 %1，源自片段 %2。</translation>
    </message>
    <message>
        <source>Set Add before or Add after to more than 0 s (each at most %1 s).</source>
        <translation>请将“在前面添加”或“在后面添加”设为大于 0 秒（各自最多 %1 秒）。</translation>
    </message>
    <message>
        <source>The song would be %1 s long; the model makes at most %2 s. Add at most %3 s in all.</source>
        <translation>歌曲将长达 %1 秒；模型最多生成 %2 秒。总共最多添加 %3 秒。</translation>
    </message>
    <message>
        <source>Queued: first the time after the song, then the time before.</source>
        <translation>已加入队列：先添加歌曲后面的时间，再添加前面的时间。</translation>
    </message>
    <message>
        <source>Extend queued; the new take opens here when it is ready.</source>
        <translation>延长已加入队列；新片段就绪后会在这里打开。</translation>
    </message>
    <message>
        <source>The audio file %1 does not exist.</source>
        <translation>音频文件 %1 不存在。</translation>
    </message>
    <message>
        <source>Cover queued; its first take opens here when it is ready.</source>
        <translation>翻唱已加入队列；其第一个片段就绪后会在这里打开。</translation>
    </message>
    <message>
        <source>Caption and lyrics for region %1 (empty: the take&apos;s own).</source>
        <translation>区域 %1 的描述和歌词（留空：使用片段自己的）。</translation>
    </message>
    <message>
        <source>Select a region to give it its own caption or lyrics.</source>
        <translation>选择一个区域，为它设置单独的描述或歌词。</translation>
    </message>
</context>
<context>
    <name>songloom::ui::TimelinePage</name>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom in (+, Ctrl+wheel)</source>
        <translation>放大（+，Ctrl+滚轮）</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom out (−, Ctrl+wheel)</source>
        <translation>缩小（−，Ctrl+滚轮）</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应</translation>
    </message>
    <message>
        <source>Show the whole take (0)</source>
        <translation>显示整个片段（0）</translation>
    </message>
    <message>
        <source>Fit the whole take</source>
        <translation>显示整个片段</translation>
    </message>
    <message>
        <source>Stereo</source>
        <translation>立体声</translation>
    </message>
    <message>
        <source>Two lanes (left, right) or one summed lane (S)</source>
        <translation>两条轨道（左、右）或一条合并轨道（S）</translation>
    </message>
    <message>
        <source>Stereo lanes</source>
        <translation>立体声轨道</translation>
    </message>
    <message>
        <source>No snap</source>
        <translation>不吸附</translation>
    </message>
    <message>
        <source>Snap to beats</source>
        <translation>吸附到拍</translation>
    </message>
    <message>
        <source>Snap to bars</source>
        <translation>吸附到小节</translation>
    </message>
    <message>
        <source>Region edges snap to the beat grid (needs the take&apos;s BPM)</source>
        <translation>区域边缘吸附到节拍网格（需要片段的 BPM）</translation>
    </message>
    <message>
        <source>Snap region edges</source>
        <translation>吸附区域边缘</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>循环</translation>
    </message>
    <message>
        <source>Loop the selected region (L, or double-click it)</source>
        <translation>循环播放所选区域（L，或双击它）</translation>
    </message>
    <message>
        <source>Loop region</source>
        <translation>循环区域</translation>
    </message>
    <message>
        <source>Delete region</source>
        <translation>删除区域</translation>
    </message>
    <message>
        <source>Delete the selected region (Delete)</source>
        <translation>删除所选区域（Delete）</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>跟随</translation>
    </message>
    <message>
        <source>Scroll with the playhead during playback</source>
        <translation>播放时跟随播放头滚动</translation>
    </message>
    <message>
        <source>Follow playback</source>
        <translation>跟随播放</translation>
    </message>
    <message>
        <source>Selected region</source>
        <translation>所选区域</translation>
    </message>
    <message>
        <source>Drag on the waveform to mark a region</source>
        <translation>在波形上拖动以标记区域</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s)</source>
        <translation>
            <numerusform>%n 个区域</numerusform>
        </translation>
    </message>
    <message>
        <source>Region %1</source>
        <translation>区域 %1</translation>
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
        <translation>波形时间线</translation>
    </message>
    <message numerus="yes">
        <source>Playhead at %1 of %2; %n region(s)</source>
        <translation>
            <numerusform>播放头位于 %1 / %2；%n 个区域</numerusform>
        </translation>
    </message>
    <message>
        <source>Building the waveform…</source>
        <translation>正在生成波形…</translation>
    </message>
    <message>
        <source>No audio to show</source>
        <translation>没有可显示的音频</translation>
    </message>
    <message>
        <source>Region %1</source>
        <translation>区域 %1</translation>
    </message>
    <message>
        <source>%1 (loop)</source>
        <translation>%1（循环）</translation>
    </message>
</context>
<context>
    <name>songloom::ui::VariantPicker</name>
    <message>
        <source>Model variant</source>
        <translation>模型变体</translation>
    </message>
    <message>
        <source>Model size:</source>
        <translation>模型大小：</translation>
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
        <translation>变体：</translation>
    </message>
    <message>
        <source>The model files to use when the folder holds more than one set of this variant</source>
        <translation>文件夹中有多套此变体时要使用的模型文件</translation>
    </message>
    <message>
        <source>Model set:</source>
        <translation>模型组：</translation>
    </message>
    <message>
        <source>Task:</source>
        <translation>任务：</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <source>Steps, guidance, shift and seed (Ctrl+Shift+A)</source>
        <translation>步数、引导、偏移和种子（Ctrl+Shift+A）</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>步数：</translation>
    </message>
    <message>
        <source>How strongly the song follows the caption and lyrics, %1–%2 (1 = guidance off)</source>
        <translation>歌曲跟随描述和歌词的强度，%1–%2（1 = 关闭引导）</translation>
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
        <translation>APG 防止强引导使声音过饱和；CFG 是经典方法</translation>
    </message>
    <message>
        <source>Guidance:</source>
        <translation>引导：</translation>
    </message>
    <message>
        <source>Guidance interval start</source>
        <translation>引导区间起点</translation>
    </message>
    <message>
        <source>Guidance interval end</source>
        <translation>引导区间终点</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Guide from:</source>
        <translation>引导范围：</translation>
    </message>
    <message>
        <source>The part of the run, as fractions from 0 (start) to 1 (end), in which guidance is applied</source>
        <translation>在整个过程中应用引导的部分，以 0（开始）到 1（结束）的比例表示</translation>
    </message>
    <message>
        <source>Spends more of the steps on the song&apos;s overall shape (higher) or on detail (lower)</source>
        <translation>把更多步数用于歌曲的整体形态（较高）或细节（较低）</translation>
    </message>
    <message>
        <source>Shift:</source>
        <translation>偏移：</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>随机</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>0–%1</source>
        <translation>0–%1</translation>
    </message>
    <message>
        <source>New Seed</source>
        <translation>新种子</translation>
    </message>
    <message>
        <source>New random seed</source>
        <translation>新的随机种子</translation>
    </message>
    <message>
        <source>Draw a new seed and keep it (Ctrl+Shift+D)</source>
        <translation>抽取一个新种子并保留（Ctrl+Shift+D）</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>种子：</translation>
    </message>
    <message>
        <source>Keep my settings when I switch variants</source>
        <translation>切换变体时保留我的设置</translation>
    </message>
    <message>
        <source>Variant defaults</source>
        <translation>变体默认值</translation>
    </message>
    <message>
        <source>Set steps, guidance and shift to the chosen variant&apos;s defaults</source>
        <translation>将步数、引导和偏移设为所选变体的默认值</translation>
    </message>
    <message>
        <source>Use the %1 variant</source>
        <translation>使用 %1 变体</translation>
    </message>
    <message>
        <source>Switch between 2B and XL</source>
        <translation>在 2B 和 XL 之间切换</translation>
    </message>
    <message>
        <source>Show or hide the advanced settings</source>
        <translation>显示或隐藏高级设置</translation>
    </message>
    <message>
        <source>Draw a new seed</source>
        <translation>抽取新种子</translation>
    </message>
    <message>
        <source>Denoising steps, %1–%2; %3 for %4</source>
        <translation>去噪步数，%1–%2；%4 为 %3</translation>
    </message>
    <message>
        <source>The larger model (about 4 billion parameters): more detail, needs more graphics memory</source>
        <translation>更大的模型（约 40 亿参数）：细节更多，需要更多显存</translation>
    </message>
    <message>
        <source>The standard model (about 2 billion parameters)</source>
        <translation>标准模型（约 20 亿参数）</translation>
    </message>
    <message>
        <source>Installed and ready.</source>
        <translation>已安装，可以使用。</translation>
    </message>
    <message>
        <source>Installed, but not complete:</source>
        <translation>已安装，但不完整：</translation>
    </message>
    <message>
        <source>Not installed.</source>
        <translation>未安装。</translation>
    </message>
    <message>
        <source>None in the models folder</source>
        <translation>模型文件夹中没有</translation>
    </message>
    <message>
        <source>Seed: enter a whole number from 0 to %1, or tick Random.</source>
        <translation>种子：请输入 0 到 %1 之间的整数，或勾选“随机”。</translation>
    </message>
</context>
<context>
    <name>songloom::ui::VariationCard</name>
    <message>
        <source>Play variation %1 (key %1); drag it out to get its file</source>
        <translation>播放版本 %1（按键 %1）；拖出即可获得其文件</translation>
    </message>
    <message>
        <source>%1  ·  seed %2%3</source>
        <translation>%1  ·  种子 %2%3</translation>
    </message>
    <message>
        <source>  ·  ★ keeper</source>
        <translation>  ·  ★ 保留</translation>
    </message>
    <message>
        <source>Length %1</source>
        <translation>时长 %1</translation>
    </message>
    <message>
        <source>%1 LUFS · played at %2 dB</source>
        <translation>%1 LUFS · 以 %2 dB 播放</translation>
    </message>
    <message>
        <source>Loudness: measuring…</source>
        <translation>响度：测量中…</translation>
    </message>
    <message>
        <source>Variation %1, seed %2</source>
        <translation>版本 %1，种子 %2</translation>
    </message>
</context>
<context>
    <name>songloom::ui::VariationsView</name>
    <message>
        <source>Compare Variations</source>
        <translation>比较版本</translation>
    </message>
    <message>
        <source>Play / Pause</source>
        <translation>播放 / 暂停</translation>
    </message>
    <message>
        <source>Play or pause (Space); keys 1 to 8 switch variations without stopping</source>
        <translation>播放或暂停（空格）；按键 1 到 8 不中断地切换版本</translation>
    </message>
    <message>
        <source>Keep This One</source>
        <translation>保留这个</translation>
    </message>
    <message>
        <source>Mark the variation playing as the keeper of this batch (K)</source>
        <translation>将正在播放的版本标记为这一批的保留版本（K）</translation>
    </message>
    <message>
        <source>&amp;Match loudness</source>
        <translation>匹配响度(&amp;M)</translation>
    </message>
    <message>
        <source>Play every variation at the loudness of the quietest, so the louder one does not win by being louder (M)</source>
        <translation>以最安静版本的响度播放每个版本，避免更响的版本仅因音量大而胜出（M）</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Keys 1–8 switch at the same moment · Space plays · K keeps · M matches loudness · drag a card out for its file</source>
        <translation>按键 1–8 同一时刻切换 · 空格播放 · K 保留 · M 匹配响度 · 拖出卡片获取文件</translation>
    </message>
    <message>
        <source>This batch has %1 takes; the first %2 are compared.</source>
        <translation>这一批有 %1 个片段；比较前 %2 个。</translation>
    </message>
    <message>
        <source>No variations to compare.</source>
        <translation>没有可比较的版本。</translation>
    </message>
    <message>
        <source>%1 variations of “%2”</source>
        <translation>“%2”的 %1 个版本</translation>
    </message>
    <message>
        <source>(no caption)</source>
        <translation>（无描述）</translation>
    </message>
    <message>
        <source>Cannot be played: %1</source>
        <translation>无法播放：%1</translation>
    </message>
    <message>
        <source>Matched to the quietest variation, %1 LUFS.</source>
        <translation>已匹配到最安静的版本，%1 LUFS。</translation>
    </message>
    <message>
        <source>Could not save the keeper mark: %1</source>
        <translation>无法保存保留标记：%1</translation>
    </message>
    <message>
        <source>Unmark Keeper</source>
        <translation>取消保留</translation>
    </message>
</context>
<context>
    <name>songloom::ui::WritingTipsDialog</name>
    <message>
        <source>&lt;h3&gt;Lyrics&lt;/h3&gt;&lt;p&gt;The model sings your lyrics section by section. Put each section&apos;s tag on a line of its own, the sung lines under it, and an empty line between sections.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tags the model knows well:&lt;/b&gt; [Intro], [Verse] (or [Verse 1], [Verse 2]), [Pre-Chorus], [Chorus], [Post-Chorus], [Bridge], [Breakdown], [Drop], [Instrumental], [Guitar Solo], [Outro]. A word after a dash gives a hint: [Chorus - powerful]. Type [ in the editor to pick one.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Lines:&lt;/b&gt; short lines sing better than long ones; four to eight lines per verse, and a similar number of syllables per line inside a section, because the melody follows the rhythm of your words. Backing vocals go in parentheses: “Hold on (hold on)”.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Length:&lt;/b&gt; the song is as long as the Duration you set, not as long as the lyrics. One sung line takes about two bars; the editor warns when the lines are far too many or too few for the duration and tempo.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Language:&lt;/b&gt; write in the language you want sung and choose it as the vocal language. For a song without words, tick Instrumental or write [inst].&lt;/p&gt;</source>
        <translation>&lt;h3&gt;歌词&lt;/h3&gt;&lt;p&gt;模型按段落演唱你的歌词。每个段落的标签单独占一行，下面是要唱的句子，段落之间空一行。&lt;/p&gt;&lt;p&gt;&lt;b&gt;模型熟悉的标签：&lt;/b&gt;[Intro]、[Verse]（或 [Verse 1]、[Verse 2]）、[Pre-Chorus]、[Chorus]、[Post-Chorus]、[Bridge]、[Breakdown]、[Drop]、[Instrumental]、[Guitar Solo]、[Outro]。短横线后的词可以给出提示：[Chorus - powerful]。在编辑器中输入 [ 即可选择。&lt;/p&gt;&lt;p&gt;&lt;b&gt;句子：&lt;/b&gt;短句比长句更好唱；每段主歌四到八行，同一段落内每行音节数相近，因为旋律跟随歌词的节奏。和声写在括号里：“Hold on (hold on)”。&lt;/p&gt;&lt;p&gt;&lt;b&gt;长度：&lt;/b&gt;歌曲的长度由你设置的时长决定，而不是歌词。一行演唱约占两小节；当歌词行数相对时长和速度过多或过少时，编辑器会提醒。&lt;/p&gt;&lt;p&gt;&lt;b&gt;语言：&lt;/b&gt;用你想演唱的语言书写，并把它选为演唱语言。没有歌词的歌曲请勾选“纯音乐”或写 [inst]。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Caption&lt;/h3&gt;&lt;p&gt;The caption tells the model what the song sounds like. Write it in English, as a short list of what you would hear: genre, instruments, mood, the voice, the production.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Good:&lt;/b&gt; “melancholic indie folk, fingerpicked acoustic guitar, soft female vocal, warm analog production, slow”.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Less good:&lt;/b&gt; a story about the song, artist names, or instructions such as “make it better”: the model was trained on descriptions of sound.&lt;/p&gt;&lt;p&gt;Tempo, key and time signature have their own fields; setting them there is more reliable than writing them in the caption. The chips under the caption add common words; you can edit the text freely and keep captions you like as presets.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;描述&lt;/h3&gt;&lt;p&gt;描述告诉模型这首歌听起来是什么样子。请用英文写成一串你会听到的内容：曲风、乐器、情绪、嗓音、制作。&lt;/p&gt;&lt;p&gt;&lt;b&gt;好的例子：&lt;/b&gt;“melancholic indie folk, fingerpicked acoustic guitar, soft female vocal, warm analog production, slow”。&lt;/p&gt;&lt;p&gt;&lt;b&gt;不太好的例子：&lt;/b&gt;关于这首歌的故事、艺人名字，或“让它更好听”之类的指令：模型是用声音的描述训练的。&lt;/p&gt;&lt;p&gt;速度、调性和拍号有各自的字段；在那里设置比写进描述更可靠。描述下方的词块可以添加常用词；你可以自由编辑文字，并把满意的描述保存为预设。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Writing Tips</source>
        <translation>写作提示</translation>
    </message>
    <message>
        <source>Lyrics</source>
        <translation>歌词</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>描述</translation>
    </message>
</context>
</TS>
