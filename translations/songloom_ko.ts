<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>Application</name>
    <message>
        <source>this build of Songloom has no engine.</source>
        <translation>이 Songloom 빌드에는 엔진이 없습니다.</translation>
    </message>
    <message>
        <source>this build of Songloom was made without CUDA.</source>
        <translation>이 Songloom 빌드는 CUDA 없이 만들어졌습니다.</translation>
    </message>
    <message>
        <source>no NVIDIA graphics card with a working driver was found.</source>
        <translation>드라이버가 정상 작동하는 NVIDIA 그래픽 카드를 찾지 못했습니다.</translation>
    </message>
</context>
<context>
    <name>CatalogPresenter</name>
    <message>
        <source>Ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>준비 안 됨</translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation>파일: %1</translation>
    </message>
    <message>
        <source>Release: %1</source>
        <translation>릴리스: %1</translation>
    </message>
    <message>
        <source>Parameters: %1, stored as %2</source>
        <translation>파라미터: %1, %2(으)로 저장</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>문제: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>참고: %1</translation>
    </message>
    <message>
        <source>Model sets found: %1, ready to generate: %2.</source>
        <translation>찾은 모델 세트: %1, 생성 가능: %2.</translation>
    </message>
    <message>
        <source>Found parts of a model (%1), but no DiT to generate with.</source>
        <translation>모델의 일부(%1)는 찾았지만 생성에 쓸 DiT가 없습니다.</translation>
    </message>
    <message>
        <source>No usable ACE-Step 1.5 model was found in this folder.</source>
        <translation>이 폴더에서 사용할 수 있는 ACE-Step 1.5 모델을 찾지 못했습니다.</translation>
    </message>
    <message>
        <source>Files not used: %1.</source>
        <translation>사용되지 않은 파일: %1.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>폴더 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Songloom could not read the folder %1: %2</source>
        <translation>Songloom이 폴더 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The folder %1 could not be scanned: %2</source>
        <translation>폴더 %1을(를) 검색할 수 없습니다: %2</translation>
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
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>사용자 지정</translation>
    </message>
    <message>
        <source>Custom (%1 layout)</source>
        <translation>사용자 지정 (%1 레이아웃)</translation>
    </message>
    <message>
        <source>DiT</source>
        <translation>DiT</translation>
    </message>
    <message>
        <source>audio decoder (VAE)</source>
        <translation>오디오 디코더 (VAE)</translation>
    </message>
    <message>
        <source>text encoder</source>
        <translation>텍스트 인코더</translation>
    </message>
    <message>
        <source>planner (5 Hz LM)</source>
        <translation>플래너 (5 Hz LM)</translation>
    </message>
    <message>
        <source>adapter (LoRA)</source>
        <translation>어댑터 (LoRA)</translation>
    </message>
    <message>
        <source>silence latent</source>
        <translation>무음 잠재 표현</translation>
    </message>
    <message>
        <source>tokenizer</source>
        <translation>토크나이저</translation>
    </message>
    <message>
        <source>unknown part</source>
        <translation>알 수 없는 부분</translation>
    </message>
    <message>
        <source>%1 billion</source>
        <translation>%1십억</translation>
    </message>
    <message>
        <source>%1 million</source>
        <translation>%1백만</translation>
    </message>
    <message>
        <source>No ACE-Step 1.5 model files were found in this folder.</source>
        <translation>이 폴더에서 ACE-Step 1.5 모델 파일을 찾지 못했습니다.</translation>
    </message>
    <message>
        <source>Songloom looks in this folder and its subfolders for the official ACE-Step 1.5 checkpoints (such as acestep-v15-turbo, vae and Qwen3-Embedding-0.6B) or for ComfyUI files such as ace_step_1.5_turbo_aio.safetensors. Put them here, then rescan (F5).</source>
        <translation>Songloom은 이 폴더와 하위 폴더에서 공식 ACE-Step 1.5 체크포인트(acestep-v15-turbo, vae, Qwen3-Embedding-0.6B 등)나 ComfyUI 파일(ace_step_1.5_turbo_aio.safetensors 등)을 찾습니다. 여기에 넣은 뒤 다시 검색(F5)하세요.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Songloom: write and produce songs with the ACE-Step 1.5 music model on your own GPU.</source>
        <translation>Songloom: 내 GPU에서 ACE-Step 1.5 음악 모델로 곡을 쓰고 만듭니다.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>이 도움말을 보여 주고 종료합니다.</translation>
    </message>
    <message>
        <source>Show the version and the engine&apos;s runtime (libtorch, GPU) and exit.</source>
        <translation>버전과 엔진 런타임(libtorch, GPU)을 보여 주고 종료합니다.</translation>
    </message>
    <message>
        <source>Use the models in DIR for this run (the saved folder stays as it is).</source>
        <translation>이번 실행에는 DIR의 모델을 사용합니다 (저장된 폴더는 그대로입니다).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Keep settings in DIR instead of your configuration folder.</source>
        <translation>설정을 설정 폴더 대신 DIR에 보관합니다.</translation>
    </message>
    <message>
        <source>Once the window is ready, save it as a PNG image to FILE, print a one-line JSON description of the window and quit.</source>
        <translation>창이 준비되면 FILE에 PNG 이미지로 저장하고, 창을 설명하는 JSON 한 줄을 출력한 뒤 종료합니다.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>예상하지 못한 인수: %1</translation>
    </message>
    <message>
        <source>Try &apos;songloom --help&apos; for the options.</source>
        <translation>옵션은 &apos;songloom --help&apos;로 확인하세요.</translation>
    </message>
</context>
<context>
    <name>EditPlan</name>
    <message>
        <source>%1 must be between 1 and %2 (it is %3).</source>
        <translation>%1은(는) 1에서 %2 사이여야 합니다(현재 %3).</translation>
    </message>
    <message>
        <source>Takes per region</source>
        <translation>구간당 테이크 수</translation>
    </message>
    <message>
        <source>The region %1–%2 s must lie within the take (0–%3 s) and end after it starts.</source>
        <translation>구간 %1–%2초는 테이크 안(0–%3초)에 있어야 하고 시작보다 뒤에 끝나야 합니다.</translation>
    </message>
    <message>
        <source>The region is %1 s long; a repaint needs at least %2 s.</source>
        <translation>구간 길이가 %1초입니다. 다시 그리기에는 최소 %2초가 필요합니다.</translation>
    </message>
    <message>
        <source>Takes</source>
        <translation>테이크 수</translation>
    </message>
    <message>
        <source>Extend by must be more than 0 and at most %1 s (it is %2 s).</source>
        <translation>연장 길이는 0보다 크고 %1초 이하여야 합니다(현재 %2초).</translation>
    </message>
    <message>
        <source>The song would be %1 s long; the model makes at most %2 s. Extend by at most %3 s.</source>
        <translation>곡 길이가 %1초가 됩니다. 모델은 최대 %2초까지 만듭니다. 최대 %3초까지 연장하세요.</translation>
    </message>
    <message>
        <source>Context must be more than 0 and at most %1 s (it is %2 s).</source>
        <translation>컨텍스트는 0보다 크고 %1초 이하여야 합니다(현재 %2초).</translation>
    </message>
    <message>
        <source>Choose the source audio: a take or an audio file.</source>
        <translation>원본 오디오를 선택하세요: 테이크 또는 오디오 파일.</translation>
    </message>
    <message>
        <source>Strength must be between 0 and 1 (it is %1).</source>
        <translation>강도는 0에서 1 사이여야 합니다(현재 %1).</translation>
    </message>
    <message>
        <source>Region %1 has no take chosen.</source>
        <translation>구간 %1에 선택한 테이크가 없습니다.</translation>
    </message>
    <message>
        <source>The take for region %1 does not match the song (%2 Hz, %3 channels, %4 frames against %5 Hz, %6 channels, %7 frames).</source>
        <translation>구간 %1의 테이크가 곡과 맞지 않습니다(%2 Hz, %3채널, %4프레임, 곡은 %5 Hz, %6채널, %7프레임).</translation>
    </message>
    <message>
        <source>Region %1 (%2–%3 s) is not inside the song.</source>
        <translation>구간 %1(%2–%3초)이 곡 안에 있지 않습니다.</translation>
    </message>
    <message>
        <source>Regions %1 and %2 overlap; keep one of them.</source>
        <translation>구간 %1과 %2가 겹칩니다. 하나만 남기세요.</translation>
    </message>
</context>
<context>
    <name>EngineBackend</name>
    <message>
        <source>The model set %1 is not in the models folder any more; choose another one on the Models page.</source>
        <translation>모델 세트 %1이(가) 더 이상 모델 폴더에 없습니다. 모델 페이지에서 다른 것을 선택하세요.</translation>
    </message>
</context>
<context>
    <name>ExportService</name>
    <message>
        <source>The take %1 could not be read: %2</source>
        <translation>테이크 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>폴더 %1을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation>%1을(를) 쓰지 못했습니다: %2</translation>
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
        <translation>커버 이미지가 있는 MP4 동영상</translation>
    </message>
    <message>
        <source>16-bit integer</source>
        <translation>16비트 정수</translation>
    </message>
    <message>
        <source>24-bit integer</source>
        <translation>24비트 정수</translation>
    </message>
    <message>
        <source>32-bit float</source>
        <translation>32비트 부동소수점</translation>
    </message>
    <message>
        <source>%1 is written at 48000 Hz, 2 channels; %2 Hz, %3 channels is not offered.</source>
        <translation>%1은(는) 48000 Hz, 2채널로 기록됩니다. %2 Hz, %3채널은 제공되지 않습니다.</translation>
    </message>
    <message>
        <source>Audio bitrate %1 kbps is not offered for MP4: allowed 96 to 320 kbps.</source>
        <translation>MP4에서는 오디오 비트레이트 %1 kbps를 쓸 수 없습니다: 96~320 kbps만 가능합니다.</translation>
    </message>
    <message>
        <source>Target loudness %1 LUFS is out of range: allowed %2 to %3 LUFS.</source>
        <translation>목표 라우드니스 %1 LUFS가 범위를 벗어났습니다: %2~%3 LUFS만 가능합니다.</translation>
    </message>
    <message>
        <source>True-peak ceiling %1 dBTP is out of range: allowed %2 to %3 dBTP.</source>
        <translation>트루 피크 상한 %1 dBTP가 범위를 벗어났습니다: %2~%3 dBTP만 가능합니다.</translation>
    </message>
    <message>
        <source>Cover image %1 cannot be read.</source>
        <translation>커버 이미지 %1을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Cover image %1 is not a PNG or JPEG image: allowed PNG, JPEG.</source>
        <translation>커버 이미지 %1은(는) PNG나 JPEG 이미지가 아닙니다: PNG, JPEG만 가능합니다.</translation>
    </message>
    <message>
        <source>Cover image: an MP4 video needs a picture; choose a PNG or JPEG image.</source>
        <translation>커버 이미지: MP4 동영상에는 그림이 필요합니다. PNG 또는 JPEG 이미지를 선택하세요.</translation>
    </message>
    <message>
        <source>Folder: choose where the files go.</source>
        <translation>폴더: 파일을 저장할 곳을 선택하세요.</translation>
    </message>
    <message>
        <source>Folder %1 is a file, not a folder.</source>
        <translation>%1은(는) 폴더가 아니라 파일입니다.</translation>
    </message>
    <message>
        <source>File name: the pattern is empty; use text and %1.</source>
        <translation>파일 이름: 패턴이 비어 있습니다. 텍스트와 %1을(를) 사용하세요.</translation>
    </message>
    <message>
        <source>File name: %1 is not a placeholder; allowed %2.</source>
        <translation>파일 이름: %1은(는) 자리 표시자가 아닙니다. 가능한 것: %2.</translation>
    </message>
    <message>
        <source>The saved export format “%1” is not known; %2 is used.</source>
        <translation>저장된 내보내기 형식 “%1”을(를) 알 수 없습니다. %2을(를) 사용합니다.</translation>
    </message>
    <message>
        <source>The saved %1 %2 %3 is not allowed for %4 (allowed %5 %3); the default is used.</source>
        <translation>저장된 %1 %2 %3은(는) %4에서 허용되지 않습니다(허용: %5 %3). 기본값을 사용합니다.</translation>
    </message>
    <message>
        <source>sample rate</source>
        <translation>샘플레이트</translation>
    </message>
    <message>
        <source>Hz</source>
        <translation>Hz</translation>
    </message>
    <message>
        <source>channel count</source>
        <translation>채널 수</translation>
    </message>
    <message>
        <source>bitrate</source>
        <translation>비트레이트</translation>
    </message>
    <message>
        <source>kbps</source>
        <translation>kbps</translation>
    </message>
    <message>
        <source>The saved WAV bit depth is not known; %1 is used.</source>
        <translation>저장된 WAV 비트 심도를 알 수 없습니다. %1을(를) 사용합니다.</translation>
    </message>
    <message>
        <source>The saved %1 %2 is out of range (allowed %3 to %4); %5 is used.</source>
        <translation>저장된 %1 %2이(가) 범위를 벗어났습니다(허용: %3~%4). %5을(를) 사용합니다.</translation>
    </message>
    <message>
        <source>target loudness</source>
        <translation>목표 라우드니스</translation>
    </message>
    <message>
        <source>true-peak ceiling</source>
        <translation>트루 피크 상한</translation>
    </message>
    <message>
        <source>The saved cover image %1 is gone; no cover is used.</source>
        <translation>저장된 커버 이미지 %1이(가) 없습니다. 커버 없이 진행합니다.</translation>
    </message>
    <message>
        <source>The saved file-name pattern “%1” cannot be used (%2); “%3” is used.</source>
        <translation>저장된 파일 이름 패턴 “%1”은(는) 쓸 수 없습니다(%2). “%3”을(를) 사용합니다.</translation>
    </message>
</context>
<context>
    <name>JobQueue</name>
    <message>
        <source>Take %1 arrived without audio.</source>
        <translation>테이크 %1이(가) 오디오 없이 도착했습니다.</translation>
    </message>
    <message>
        <source>Take %1 could not be saved to %2: %3</source>
        <translation>테이크 %1을(를) %2에 저장할 수 없습니다: %3</translation>
    </message>
</context>
<context>
    <name>Lineage</name>
    <message>
        <source>Repaint</source>
        <translation>다시 그리기</translation>
    </message>
    <message>
        <source>Repaint take</source>
        <translation>다시 그린 테이크</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>연장</translation>
    </message>
    <message>
        <source>Cover / remix</source>
        <translation>커버 / 리믹스</translation>
    </message>
    <message>
        <source>New song</source>
        <translation>새 곡</translation>
    </message>
    <message>
        <source>%1 (take %2)</source>
        <translation>%1 (테이크 %2)</translation>
    </message>
</context>
<context>
    <name>ProgressText</name>
    <message>
        <source>Waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>멈춤</translation>
    </message>
    <message>
        <source>Interrupted (the app was closed)</source>
        <translation>중단됨 (앱이 닫혔음)</translation>
    </message>
    <message>
        <source>Loading the models</source>
        <translation>모델을 불러오는 중</translation>
    </message>
    <message>
        <source>Reading caption and lyrics</source>
        <translation>설명과 가사를 읽는 중</translation>
    </message>
    <message>
        <source>Reading the source audio</source>
        <translation>원본 오디오를 읽는 중</translation>
    </message>
    <message>
        <source>Generating</source>
        <translation>생성 중</translation>
    </message>
    <message>
        <source>Decoding audio</source>
        <translation>오디오 디코딩 중</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>저장 중</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>마무리 중</translation>
    </message>
    <message>
        <source>%1 · step %2 of %3</source>
        <translation>%1 · %3단계 중 %2단계</translation>
    </message>
    <message>
        <source>Take %1 of %2 · %3</source>
        <translation>테이크 %1/%2 · %3</translation>
    </message>
    <message>
        <source>estimating…</source>
        <translation>추정 중…</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>%1초 남음</translation>
    </message>
    <message>
        <source>%1:%2 left</source>
        <translation>%1:%2 남음</translation>
    </message>
</context>
<context>
    <name>RuntimeText</name>
    <message>
        <source>engine built without libtorch</source>
        <translation>libtorch 없이 빌드된 엔진</translation>
    </message>
    <message>
        <source>libtorch %1, CPU only (libtorch without CUDA)</source>
        <translation>libtorch %1, CPU 전용 (CUDA 없는 libtorch)</translation>
    </message>
    <message>
        <source>libtorch %1, no usable GPU found, running on the CPU</source>
        <translation>libtorch %1, 사용할 수 있는 GPU가 없어 CPU에서 실행 중</translation>
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
        <translation>스튜디오 데이터베이스 %1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The studio database %1 is damaged and could not be moved aside; nothing was changed. Move or delete it, then start Songloom again.</source>
        <translation>스튜디오 데이터베이스 %1이(가) 손상되었고 옮길 수도 없었습니다. 아무것도 바꾸지 않았습니다. 옮기거나 지운 뒤 Songloom을 다시 시작하세요.</translation>
    </message>
    <message>
        <source>The studio database was damaged and could not be read. It was kept as %1, and a new, empty history was started.</source>
        <translation>스튜디오 데이터베이스가 손상되어 읽을 수 없었습니다. %1(으)로 보관하고 새 빈 기록을 시작했습니다.</translation>
    </message>
    <message>
        <source>Could not prepare the studio database %1: %2</source>
        <translation>스튜디오 데이터베이스 %1을(를) 준비할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The studio database %1 was written by a newer Songloom (schema %2; this version reads up to %3). Update Songloom to open it.</source>
        <translation>스튜디오 데이터베이스 %1은(는) 더 새로운 Songloom이 썼습니다 (스키마 %2, 이 버전은 %3까지 읽음). 열려면 Songloom을 업데이트하세요.</translation>
    </message>
    <message>
        <source>Could not update the studio database %1 to schema %2: %3</source>
        <translation>스튜디오 데이터베이스 %1을(를) 스키마 %2(으)로 업데이트할 수 없습니다: %3</translation>
    </message>
    <message>
        <source>Could not create a new studio database at %1.</source>
        <translation>%1에 새 스튜디오 데이터베이스를 만들 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>StudioSettings</name>
    <message>
        <source>Device</source>
        <translation>장치</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>정밀도</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>메모리</translation>
    </message>
    <message>
        <source>empty (system)</source>
        <translation>비어 있음 (시스템)</translation>
    </message>
    <message>
        <source>%1: the saved value &quot;%2&quot; is not one of %3; using %4.</source>
        <translation>%1: 저장된 값 &quot;%2&quot;은(는) %3 중 하나가 아닙니다. %4을(를) 사용합니다.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>the system language</source>
        <translation>시스템 언어</translation>
    </message>
    <message>
        <source>Show the first-run guide</source>
        <translation>처음 사용 안내 보이기</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>시스템 언어</translation>
    </message>
</context>
<context>
    <name>TakeEditor</name>
    <message>
        <source>The accepted take could not be saved to %1: %2</source>
        <translation>채택한 테이크를 %1에 저장할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>TakeTrash</name>
    <message>
        <source>That take is not in the history any more.</source>
        <translation>그 테이크는 더 이상 기록에 없습니다.</translation>
    </message>
    <message>
        <source>Could not move %1 to the trash folder %2.</source>
        <translation>%1을(를) 휴지통 폴더 %2(으)로 옮길 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not update the history: %1</source>
        <translation>기록을 업데이트할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>There is no deleted take to restore.</source>
        <translation>복원할 삭제된 테이크가 없습니다.</translation>
    </message>
    <message>
        <source>Could not move the take back to %1.</source>
        <translation>테이크를 %1(으)로 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>There is no deleted take to remove.</source>
        <translation>제거할 삭제된 테이크가 없습니다.</translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation>%1을(를) 삭제할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>VariantCatalogModel</name>
    <message>
        <source>%1 (ready)</source>
        <translation>%1 (준비됨)</translation>
    </message>
    <message>
        <source>%1 (not ready)</source>
        <translation>%1 (준비 안 됨)</translation>
    </message>
    <message>
        <source>%1 needs a Base model: only the Base checkpoints were trained to take a part out of a song, add a part, or complete an arrangement. Choose 2B Base or XL Base.</source>
        <translation>%1에는 Base 모델이 필요합니다. 곡에서 파트를 빼내거나, 파트를 더하거나, 편곡을 완성하도록 학습된 것은 Base 체크포인트뿐입니다. 2B Base 또는 XL Base를 선택하세요.</translation>
    </message>
    <message>
        <source>Cover needs the model&apos;s audio tokenizer, and this copy of %1 was downloaded without it. Choose a model set that includes it (the official folders and Comfy-Org files do).</source>
        <translation>커버에는 모델의 오디오 토크나이저가 필요한데, 이 %1은(는) 그것 없이 내려받았습니다. 토크나이저가 포함된 모델 세트를 선택하세요(공식 폴더와 Comfy-Org 파일에는 포함되어 있습니다).</translation>
    </message>
    <message>
        <source>New song</source>
        <translation>새 곡</translation>
    </message>
    <message>
        <source>Repaint a region</source>
        <translation>구간 다시 그리기</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>커버</translation>
    </message>
    <message>
        <source>Extract a part</source>
        <translation>파트 빼내기</translation>
    </message>
    <message>
        <source>Add a part</source>
        <translation>파트 더하기</translation>
    </message>
    <message>
        <source>Complete the arrangement</source>
        <translation>편곡 완성하기</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>사용자 지정</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>설치됨</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>불완전</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>설치되지 않음</translation>
    </message>
    <message>
        <source>the single file %1 from Comfy-Org (it holds every part)</source>
        <translation>Comfy-Org의 단일 파일 %1 (모든 부분 포함)</translation>
    </message>
    <message>
        <source>the folder %1 (Hugging Face repository ACE-Step/%1)</source>
        <translation>폴더 %1 (Hugging Face 저장소 ACE-Step/%1)</translation>
    </message>
    <message>
        <source>the folder %1 (Hugging Face repository ACE-Step/%1) or the file %2 from Comfy-Org</source>
        <translation>폴더 %1 (Hugging Face 저장소 ACE-Step/%1) 또는 Comfy-Org의 파일 %2</translation>
    </message>
    <message>
        <source>Not in the models folder. Get %1 for the %2 song model (DiT).</source>
        <translation>모델 폴더에 없습니다. %2 곡 모델(DiT)용 %1을(를) 받으세요.</translation>
    </message>
    <message>
        <source>It also needs the audio decoder (VAE): the %1 folder or %2.</source>
        <translation>오디오 디코더(VAE)도 필요합니다: %1 폴더 또는 %2.</translation>
    </message>
    <message>
        <source>It also needs the text encoder: the %1 folder or %2.</source>
        <translation>텍스트 인코더도 필요합니다: %1 폴더 또는 %2.</translation>
    </message>
    <message>
        <source>It also needs the text encoder&apos;s tokenizer (%1, inside the %2 folder).</source>
        <translation>텍스트 인코더의 토크나이저도 필요합니다 (%2 폴더 안의 %1).</translation>
    </message>
    <message>
        <source>If %1 is this variant, say so on the Models page.</source>
        <translation>%1이(가) 이 변형이라면 모델 페이지에서 알려 주세요.</translation>
    </message>
</context>
<context>
    <name>VariantPresets</name>
    <message>
        <source>The quickest way to hear an idea: a finished song in a few seconds, and everything it needs comes in one file.</source>
        <translation>아이디어를 가장 빨리 들어 보는 방법: 몇 초 만에 곡이 완성되고, 필요한 모든 것이 파일 하나에 들어 있습니다.</translation>
    </message>
    <message>
        <source>Same sound and speed as the all-in-one Turbo, for when you keep the model&apos;s parts as separate files.</source>
        <translation>올인원 Turbo와 같은 소리와 속도. 모델의 부분들을 별도 파일로 가지고 있을 때 씁니다.</translation>
    </message>
    <message>
        <source>Takes much longer than Turbo for a more careful result, and is the only kind that can lift a single part out of a song or build a song around one.</source>
        <translation>Turbo보다 훨씬 오래 걸리지만 더 세심한 결과를 내며, 곡에서 한 파트를 빼내거나 한 파트를 중심으로 곡을 만들 수 있는 유일한 종류입니다.</translation>
    </message>
    <message>
        <source>A fine-tuned Base: same pace, its own character. Try it next to Base on the same song.</source>
        <translation>미세 조정된 Base: 속도는 같고 개성이 다릅니다. 같은 곡에서 Base와 나란히 들어 보세요.</translation>
    </message>
    <message>
        <source>The larger model at sketching speed: more detail than 2B Turbo, but it needs a graphics card with more memory.</source>
        <translation>스케치 속도로 돌아가는 큰 모델: 2B Turbo보다 세밀하지만 메모리가 더 큰 그래픽 카드가 필요합니다.</translation>
    </message>
    <message>
        <source>The larger model, slow and careful: the most detail of all, and the longest wait.</source>
        <translation>큰 모델, 느리고 세심함: 가장 세밀하고 가장 오래 기다립니다.</translation>
    </message>
    <message>
        <source>A fine-tuned XL Base: same wait and memory, a different character.</source>
        <translation>미세 조정된 XL Base: 기다리는 시간과 메모리는 같고 개성이 다릅니다.</translation>
    </message>
</context>
<context>
    <name>songloom::ui::CaptionBuilder</name>
    <message>
        <source>Genre</source>
        <translation>장르</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>악기</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>분위기</translation>
    </message>
    <message>
        <source>Vocal style</source>
        <translation>보컬 스타일</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>프로덕션</translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation>템포</translation>
    </message>
    <message>
        <source>Describe the song in English: genre, instruments, mood, voice… Click the words below or type your own.</source>
        <translation>곡을 영어로 설명하세요: 장르, 악기, 분위기, 목소리… 아래 단어를 누르거나 직접 입력하세요.</translation>
    </message>
    <message>
        <source>What to avoid (optional)</source>
        <translation>피하고 싶은 것 (선택)</translation>
    </message>
    <message>
        <source>Kept with the request. ACE-Step 1.5 guides away from its own empty condition, so this text does not steer the sound.</source>
        <translation>요청과 함께 보관됩니다. ACE-Step 1.5는 자신의 빈 조건에서 멀어지도록 가이드하므로 이 문장은 소리에 영향을 주지 않습니다.</translation>
    </message>
    <message>
        <source>No saved presets</source>
        <translation>저장된 프리셋 없음</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>불러오기</translation>
    </message>
    <message>
        <source>Replace the caption and negative prompt with the chosen preset</source>
        <translation>설명과 네거티브 프롬프트를 선택한 프리셋으로 바꾸기</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>다른 이름으로 저장…</translation>
    </message>
    <message>
        <source>Keep the caption and negative prompt under a name</source>
        <translation>설명과 네거티브 프롬프트를 이름을 붙여 저장</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Forget the chosen preset</source>
        <translation>선택한 프리셋 잊기</translation>
    </message>
    <message>
        <source>Presets:</source>
        <translation>프리셋:</translation>
    </message>
    <message>
        <source>Negative prompt:</source>
        <translation>네거티브 프롬프트:</translation>
    </message>
    <message>
        <source>Save Caption Preset</source>
        <translation>설명 프리셋 저장</translation>
    </message>
    <message>
        <source>Preset name:</source>
        <translation>프리셋 이름:</translation>
    </message>
</context>
<context>
    <name>songloom::ui::ComposePage</name>
    <message>
        <source>Unknown / none</source>
        <translation>알 수 없음 / 없음</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>스타일</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 초</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>자동</translation>
    </message>
    <message>
        <source> BPM</source>
        <translation> BPM</translation>
    </message>
    <message>
        <source>Beats per minute, %1–%2; Auto lets the model choose</source>
        <translation>분당 박자 수, %1–%2. 자동이면 모델이 정합니다</translation>
    </message>
    <message>
        <source>Tap</source>
        <translation>탭</translation>
    </message>
    <message>
        <source>Tap along with the beat: the tempo is the average of your last taps (a pause of two seconds starts over)</source>
        <translation>박자에 맞춰 탭하세요. 템포는 최근 탭의 평균입니다 (2초 멈추면 다시 시작)</translation>
    </message>
    <message>
        <source>major</source>
        <translation>장조</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>단조</translation>
    </message>
    <message>
        <source>%1 beats per bar</source>
        <translation>마디당 %1박</translation>
    </message>
    <message>
        <source>Instrumental (no vocals)</source>
        <translation>연주곡 (보컬 없음)</translation>
    </message>
    <message>
        <source>How many versions of the song one Generate makes (%1–%2); each gets the next seed</source>
        <translation>한 번 생성할 때 만드는 버전 수 (%1–%2). 각 버전은 다음 시드를 씁니다</translation>
    </message>
    <message>
        <source>Variations per run</source>
        <translation>실행당 버전 수</translation>
    </message>
    <message>
        <source>Song</source>
        <translation>곡</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>길이:</translation>
    </message>
    <message>
        <source>Tempo:</source>
        <translation>템포:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>키:</translation>
    </message>
    <message>
        <source>Time signature:</source>
        <translation>박자표:</translation>
    </message>
    <message>
        <source>Vocal language:</source>
        <translation>보컬 언어:</translation>
    </message>
    <message>
        <source>Variations:</source>
        <translation>버전 수:</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>%1:%2 min</source>
        <translation>%1:%2분</translation>
    </message>
    <message>
        <source>✓ The request is complete and within the engine&apos;s limits.</source>
        <translation>✓ 요청이 완전하고 엔진의 한도 안에 있습니다.</translation>
    </message>
    <message>
        <source>The request is not ready yet: see the message in red.</source>
        <translation>요청이 아직 준비되지 않았습니다. 빨간 메시지를 확인하세요.</translation>
    </message>
</context>
<context>
    <name>songloom::ui::ExportDialog</name>
    <message>
        <source>Export 1 Take</source>
        <translation>테이크 1개 내보내기</translation>
    </message>
    <message>
        <source>Export %1 Takes</source>
        <translation>테이크 %1개 내보내기</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>형식</translation>
    </message>
    <message>
        <source>Sample rate</source>
        <translation>샘플레이트</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>채널</translation>
    </message>
    <message>
        <source>Bitrate</source>
        <translation>비트레이트</translation>
    </message>
    <message>
        <source>WAV bit depth</source>
        <translation>WAV 비트 심도</translation>
    </message>
    <message>
        <source>&amp;Normalise loudness</source>
        <translation>라우드니스 정규화(&amp;N)</translation>
    </message>
    <message>
        <source>One gain per take so its integrated loudness (EBU R128) is the target, lowered where needed so the true peak stays under the ceiling</source>
        <translation>테이크마다 하나의 게인으로 통합 라우드니스(EBU R128)를 목표에 맞추고, 트루 피크가 상한을 넘지 않도록 필요하면 낮춥니다</translation>
    </message>
    <message>
        <source>Target loudness</source>
        <translation>목표 라우드니스</translation>
    </message>
    <message>
        <source> LUFS</source>
        <translation> LUFS</translation>
    </message>
    <message>
        <source>True-peak ceiling</source>
        <translation>트루 피크 상한</translation>
    </message>
    <message>
        <source> dBTP</source>
        <translation> dBTP</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Each take&apos;s own title</source>
        <translation>각 테이크의 자체 제목</translation>
    </message>
    <message>
        <source>Artist</source>
        <translation>아티스트</translation>
    </message>
    <message>
        <source>Album</source>
        <translation>앨범</translation>
    </message>
    <message>
        <source>Cover image</source>
        <translation>커버 이미지</translation>
    </message>
    <message>
        <source>No cover (PNG or JPEG; needed for MP4)</source>
        <translation>커버 없음(PNG 또는 JPEG, MP4에는 필요)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>선택(&amp;H)…</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <source>Choo&amp;se…</source>
        <translation>선택(&amp;S)…</translation>
    </message>
    <message>
        <source>File name pattern</source>
        <translation>파일 이름 패턴</translation>
    </message>
    <message>
        <source>Text with {title}, {seed} and {n} (the take&apos;s number in this export)</source>
        <translation>{title}, {seed}, {n}(이번 내보내기에서 테이크 번호)을 넣은 텍스트</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>오디오</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>형식(&amp;F):</translation>
    </message>
    <message>
        <source>Sample &amp;rate:</source>
        <translation>샘플레이트(&amp;R):</translation>
    </message>
    <message>
        <source>C&amp;hannels:</source>
        <translation>채널(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Bitrate:</source>
        <translation>비트레이트(&amp;B):</translation>
    </message>
    <message>
        <source>WAV bit &amp;depth:</source>
        <translation>WAV 비트 심도(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>목표(&amp;T):</translation>
    </message>
    <message>
        <source>True-peak &amp;ceiling:</source>
        <translation>트루 피크 상한(&amp;C):</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>제목(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Artist:</source>
        <translation>아티스트(&amp;A):</translation>
    </message>
    <message>
        <source>Al&amp;bum:</source>
        <translation>앨범(&amp;B):</translation>
    </message>
    <message>
        <source>C&amp;over image:</source>
        <translation>커버 이미지(&amp;O):</translation>
    </message>
    <message>
        <source>Each take keeps its caption, lyrics, tempo, key and full generation settings.</source>
        <translation>각 테이크는 설명, 가사, 템포, 키, 모든 생성 설정을 그대로 유지합니다.</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Fol&amp;der:</source>
        <translation>폴더(&amp;D):</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>파일 이름(&amp;N):</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>미리 보기:</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>내보내기 진행 상황</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>내보내기(&amp;E)</translation>
    </message>
    <message>
        <source>Write the files (Ctrl+Return)</source>
        <translation>파일 쓰기 (Ctrl+Return)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>중지(&amp;S)</translation>
    </message>
    <message>
        <source>Stop after the take being written; the files already written stay</source>
        <translation>쓰고 있는 테이크 다음에 멈춥니다. 이미 쓴 파일은 남습니다</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Cover Image</source>
        <translation>커버 이미지</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>이미지 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Export Folder</source>
        <translation>내보낼 폴더</translation>
    </message>
    <message>
        <source>Writing take %1 of %2 (%3)…</source>
        <translation>테이크 %1/%2 쓰는 중(%3)…</translation>
    </message>
    <message>
        <source>Files Exist</source>
        <translation>파일이 이미 있음</translation>
    </message>
    <message>
        <source>A file of this name exists already:</source>
        <translation>이 이름의 파일이 이미 있습니다:</translation>
    </message>
    <message>
        <source>%1 files of these names exist already:</source>
        <translation>이 이름들의 파일이 이미 %1개 있습니다:</translation>
    </message>
    <message>
        <source>Keep Both (Number the New Files)</source>
        <translation>둘 다 유지(새 파일에 번호 붙이기)</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>바꾸기</translation>
    </message>
    <message>
        <source>%1 Hz</source>
        <translation>%1 Hz</translation>
    </message>
    <message>
        <source>Mono</source>
        <translation>모노</translation>
    </message>
    <message>
        <source>Stereo</source>
        <translation>스테레오</translation>
    </message>
    <message>
        <source>%1 kbps</source>
        <translation>%1 kbps</translation>
    </message>
    <message>
        <source>Lossless</source>
        <translation>무손실</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> 외 %1개</translation>
    </message>
    <message>
        <source>1 file written to %1.</source>
        <translation>파일 1개를 %1에 썼습니다.</translation>
    </message>
    <message>
        <source>%1 files written to %2.</source>
        <translation>파일 %1개를 %2에 썼습니다.</translation>
    </message>
    <message>
        <source>Stopped before the other takes.</source>
        <translation>나머지 테이크 전에 멈췄습니다.</translation>
    </message>
</context>
<context>
    <name>songloom::ui::ExportService</name>
    <message>
        <source>Choose one or more takes to export.</source>
        <translation>내보낼 테이크를 하나 이상 선택하세요.</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>이미 내보내기가 진행 중입니다.</translation>
    </message>
    <message>
        <source>Cover image %1 cannot be read.</source>
        <translation>커버 이미지 %1을(를) 읽을 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>songloom::ui::FirstRunDialog</name>
    <message>
        <source>Get Started with Songloom</source>
        <translation>Songloom 시작하기</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Songloom needs the ACE-Step 1.5 model files&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Songloom에는 ACE-Step 1.5 모델 파일이 필요합니다&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The music is made on your computer by the open ACE-Step 1.5 model. Its files are a separate download of several gigabytes; keep them together in one folder (subfolders are fine) and show Songloom that folder.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Where to get them&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;From the ACE-Step team on Hugging Face: the repository &lt;i&gt;%1&lt;/i&gt; contains the Turbo model (folder &lt;i&gt;acestep-v15-turbo&lt;/i&gt;) together with &lt;i&gt;vae&lt;/i&gt; and &lt;i&gt;Qwen3-Embedding-0.6B&lt;/i&gt;. The other variants have a repository each under the same name as their folder, for example &lt;i&gt;ACE-Step/acestep-v15-base&lt;/i&gt; or &lt;i&gt;ACE-Step/acestep-v15-xl-turbo&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;From Comfy-Org on Hugging Face (&lt;i&gt;%2&lt;/i&gt;): single files. &lt;i&gt;ace_step_1.5_turbo_aio.safetensors&lt;/i&gt; holds everything in one file; the files under &lt;i&gt;split_files&lt;/i&gt; hold one part each.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;What a working set contains&lt;/b&gt;: the song model (DiT, e.g. &lt;i&gt;acestep-v15-turbo&lt;/i&gt;), the audio decoder (VAE), the text encoder (Qwen3-Embedding-0.6B) and the text encoder&apos;s tokenizer. Comfy-Org&apos;s files come without the tokenizer; Songloom supplies its own copy for them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;음악은 공개 모델 ACE-Step 1.5가 내 컴퓨터에서 만듭니다. 모델 파일은 수 GB 크기의 별도 다운로드입니다. 한 폴더(하위 폴더 가능)에 모아 두고 그 폴더를 Songloom에 알려 주세요.&lt;/p&gt;&lt;p&gt;&lt;b&gt;받는 곳&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Hugging Face의 ACE-Step 팀: 저장소 &lt;i&gt;%1&lt;/i&gt;에는 Turbo 모델(폴더 &lt;i&gt;acestep-v15-turbo&lt;/i&gt;)과 &lt;i&gt;vae&lt;/i&gt;, &lt;i&gt;Qwen3-Embedding-0.6B&lt;/i&gt;가 들어 있습니다. 다른 변형은 폴더와 같은 이름의 저장소가 각각 있습니다. 예: &lt;i&gt;ACE-Step/acestep-v15-base&lt;/i&gt;, &lt;i&gt;ACE-Step/acestep-v15-xl-turbo&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;Hugging Face의 Comfy-Org(&lt;i&gt;%2&lt;/i&gt;): 단일 파일. &lt;i&gt;ace_step_1.5_turbo_aio.safetensors&lt;/i&gt;는 모든 것을 한 파일에 담고 있고, &lt;i&gt;split_files&lt;/i&gt; 아래 파일은 각각 한 부분을 담고 있습니다.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;완전한 세트의 구성&lt;/b&gt;: 곡 모델(DiT, 예: &lt;i&gt;acestep-v15-turbo&lt;/i&gt;), 오디오 디코더(VAE), 텍스트 인코더(Qwen3-Embedding-0.6B), 텍스트 인코더의 토크나이저. Comfy-Org 파일에는 토크나이저가 없어서 Songloom이 자체 사본을 제공합니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No folder chosen yet</source>
        <translation>아직 선택한 폴더 없음</translation>
    </message>
    <message>
        <source>&amp;Choose Folder…</source>
        <translation>폴더 선택(&amp;C)…</translation>
    </message>
    <message>
        <source>Show this guide at start while no model is ready</source>
        <translation>준비된 모델이 없는 동안 시작할 때 이 안내 보이기</translation>
    </message>
    <message>
        <source>&amp;Use This Folder</source>
        <translation>이 폴더 사용(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>나중에(&amp;N)</translation>
    </message>
    <message>
        <source>Choose Models Folder</source>
        <translation>모델 폴더 선택</translation>
    </message>
    <message>
        <source>Looking for models in this folder…</source>
        <translation>이 폴더에서 모델을 찾는 중…</translation>
    </message>
    <message>
        <source>You can use this folder now and add the missing files later; Songloom looks again when you press F5.</source>
        <translation>지금 이 폴더를 쓰고 빠진 파일은 나중에 추가해도 됩니다. F5를 누르면 Songloom이 다시 찾습니다.</translation>
    </message>
</context>
<context>
    <name>songloom::ui::HistoryPage</name>
    <message>
        <source>Takes</source>
        <translation>테이크</translation>
    </message>
    <message>
        <source>♥</source>
        <translation>♥</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>길이</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>만든 시각</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>평점</translation>
    </message>
    <message>
        <source>Take parameters</source>
        <translation>테이크 파라미터</translation>
    </message>
    <message>
        <source>Play / Pause</source>
        <translation>재생 / 일시 정지</translation>
    </message>
    <message>
        <source>Play or pause the selected take (Space)</source>
        <translation>선택한 테이크 재생 또는 일시 정지 (스페이스)</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>즐겨찾기</translation>
    </message>
    <message>
        <source>Mark or unmark the take as a favourite (F); rate it with the keys 1 to 5, 0 clears</source>
        <translation>테이크를 즐겨찾기에 추가/제거 (F). 1~5 키로 평점, 0은 지우기</translation>
    </message>
    <message>
        <source>Use These Settings Again</source>
        <translation>이 설정 다시 사용</translation>
    </message>
    <message>
        <source>Load this take&apos;s settings, its seed included, into the Compose page (Ctrl+Shift+U)</source>
        <translation>이 테이크의 설정(시드 포함)을 작곡 페이지로 불러오기 (Ctrl+Shift+U)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message numerus="yes">
        <source>Delete the take; you can undo it for %n seconds (Del, undo with Ctrl+Z)</source>
        <translation>
            <numerusform>테이크를 삭제합니다. %n초 동안 되돌릴 수 있습니다 (Del, Ctrl+Z로 되돌리기)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>Search caption, lyrics, model or seed (Ctrl+F)</source>
        <translation>설명, 가사, 모델, 시드 검색 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>기록 검색</translation>
    </message>
    <message>
        <source>Favourites only</source>
        <translation>즐겨찾기만</translation>
    </message>
    <message>
        <source>Minimum rating</source>
        <translation>최소 평점</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>모든 평점</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 이상</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Made between</source>
        <translation>만든 기간</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>시작 날짜</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>끝 날짜</translation>
    </message>
    <message>
        <source>and</source>
        <translation>그리고</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>모든 모델</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>모든 작업</translation>
    </message>
    <message>
        <source>(no caption)</source>
        <translation>(설명 없음)</translation>
    </message>
    <message>
        <source>No take selected.</source>
        <translation>선택한 테이크가 없습니다.</translation>
    </message>
    <message>
        <source>Unfavourite</source>
        <translation>즐겨찾기 해제</translation>
    </message>
    <message>
        <source>Lyrics</source>
        <translation>가사</translation>
    </message>
    <message>
        <source>Could not save the favourite mark: %1</source>
        <translation>즐겨찾기 표시를 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Could not save the rating: %1</source>
        <translation>평점을 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The settings of this take could not be read: %1</source>
        <translation>이 테이크의 설정을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>&quot;%1&quot; 삭제됨.</translation>
    </message>
    <message>
        <source>Compare Variations</source>
        <translation>버전 비교</translation>
    </message>
    <message>
        <source>The takes of this batch side by side; switch between them while playing (Ctrl+Shift+V)</source>
        <translation>이 묶음의 테이크를 나란히 놓고 재생 중에 전환합니다 (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>편집</translation>
    </message>
    <message>
        <source>Open the take on its timeline to repaint regions, extend it or make a cover (Ctrl+E, or double-click it)</source>
        <translation>테이크를 타임라인에서 열어 구간을 다시 그리거나, 연장하거나, 커버를 만듭니다 (Ctrl+E 또는 더블클릭)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <source>Export the selected takes as MP3, WAV, FLAC, Ogg or MP4 with a cover (Ctrl+Shift+E)</source>
        <translation>선택한 테이크를 MP3, WAV, FLAC, Ogg 또는 커버가 있는 MP4로 내보냅니다 (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>This take was made alone; a batch of variations (Variations per run) can be compared.</source>
        <translation>이 테이크는 단독으로 만들어졌습니다. 여러 버전의 묶음(실행당 버전 수)만 비교할 수 있습니다.</translation>
    </message>
    <message>
        <source>Made from:</source>
        <translation>만든 출처:</translation>
    </message>
    <message>
        <source>The take could not be played: %1</source>
        <translation>테이크를 재생할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>songloom::ui::JobQueue</name>
    <message>
        <source>Choose a model set on the Models page before generating.</source>
        <translation>생성하기 전에 모델 페이지에서 모델 세트를 선택하세요.</translation>
    </message>
    <message>
        <source>The job could not be saved, so it was not started: %1</source>
        <translation>작업을 저장할 수 없어 시작하지 않았습니다: %1</translation>
    </message>
    <message>
        <source>The stored request could not be read: %1</source>
        <translation>저장된 요청을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The job could not be updated in the database: %1</source>
        <translation>데이터베이스에서 작업을 업데이트할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Take %1 was saved to %2 but could not be added to the history: %3</source>
        <translation>테이크 %1은(는) %2에 저장되었지만 기록에 추가할 수 없습니다: %3</translation>
    </message>
    <message>
        <source>That job is not in the queue any more.</source>
        <translation>그 작업은 더 이상 대기열에 없습니다.</translation>
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
여기에 가사를 쓰세요. 한 줄에 부르는 한 줄.

[Chorus]
…

[ 를 입력하면 섹션 태그를 고를 수 있습니다.</translation>
    </message>
    <message>
        <source>Sections of the lyrics and their sung lines; click one to go there</source>
        <translation>가사의 섹션과 부르는 줄 수. 클릭하면 이동합니다</translation>
    </message>
    <message>
        <source>Rule of thumb: one sung line takes about two bars, so a song holds duration × BPM ÷ 60 ÷ beats per bar ÷ 2 lines (120 BPM and 4 beats per bar when unset). Over 125 % of that is too long: lines get skipped or rushed. Under 25 % is too short: the model fills the rest on its own.</source>
        <translation>대략적인 기준: 부르는 한 줄은 약 두 마디이므로, 곡에는 길이 × BPM ÷ 60 ÷ 마디당 박자 ÷ 2 줄이 들어갑니다 (설정하지 않으면 120 BPM, 마디당 4박으로 계산). 그 125%를 넘으면 너무 길어서 줄이 빠지거나 급하게 불립니다. 25% 미만이면 너무 짧아서 나머지는 모델이 스스로 채웁니다.</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>가져오기…</translation>
    </message>
    <message>
        <source>Read lyrics from a text (.txt) or LRC (.lrc) file</source>
        <translation>텍스트(.txt) 또는 LRC(.lrc) 파일에서 가사 읽기</translation>
    </message>
    <message>
        <source>Lyrics</source>
        <translation>가사</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>섹션</translation>
    </message>
    <message>
        <source>(before the first tag)</source>
        <translation>(첫 태그 앞)</translation>
    </message>
    <message>
        <source>%1 · 1 line</source>
        <translation>%1 · 1줄</translation>
    </message>
    <message>
        <source>%1 · %2 lines</source>
        <translation>%1 · %2줄</translation>
    </message>
    <message>
        <source>1 tag not in the section vocabulary (shown in orange)</source>
        <translation>섹션 어휘에 없는 태그 1개 (주황색 표시)</translation>
    </message>
    <message>
        <source>%1 tags not in the section vocabulary (shown in orange)</source>
        <translation>섹션 어휘에 없는 태그 %1개 (주황색 표시)</translation>
    </message>
    <message>
        <source>1 line with stray or unclosed brackets (shown in red)</source>
        <translation>괄호가 남거나 닫히지 않은 줄 1개 (빨간색 표시)</translation>
    </message>
    <message>
        <source>%1 lines with stray or unclosed brackets (shown in red)</source>
        <translation>괄호가 남거나 닫히지 않은 줄 %1개 (빨간색 표시)</translation>
    </message>
    <message>
        <source>%1 sung lines; about %2 fit this duration and tempo.</source>
        <translation>부르는 줄 %1개. 이 길이와 템포에는 약 %2줄이 맞습니다.</translation>
    </message>
    <message>
        <source>Too long: %1 sung lines, but only about %2 fit this duration and tempo. Lines may be skipped; make the song longer or faster, or cut lines.</source>
        <translation>너무 깁니다: 부르는 줄이 %1개인데 이 길이와 템포에는 약 %2줄만 맞습니다. 줄이 빠질 수 있으니 곡을 길게 또는 빠르게 하거나 줄을 줄이세요.</translation>
    </message>
    <message>
        <source>Too short: %1 sung lines for room of about %2. The model will fill the rest on its own; add lines or make the song shorter.</source>
        <translation>너무 짧습니다: 부르는 줄이 %1개이고 약 %2줄의 여유가 있습니다. 나머지는 모델이 스스로 채웁니다. 줄을 더하거나 곡을 짧게 하세요.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB; that is not a lyrics file.</source>
        <translation>%1은(는) 1 MiB보다 큽니다. 가사 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>Import Lyrics</source>
        <translation>가사 가져오기</translation>
    </message>
    <message>
        <source>Lyrics (*.txt *.lrc);;All files (*)</source>
        <translation>가사 (*.txt *.lrc);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Writing Tips…</source>
        <translation>작사 도움말…</translation>
    </message>
    <message>
        <source>Section tags, line lengths and how to write a caption (F1)</source>
        <translation>섹션 태그, 줄 길이, 설명 쓰는 법 (F1)</translation>
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
        <translation>모델</translation>
    </message>
    <message>
        <source>Compose</source>
        <translation>작곡</translation>
    </message>
    <message>
        <source>Checking the engine…</source>
        <translation>엔진 확인 중…</translation>
    </message>
    <message>
        <source>&amp;Choose Models Folder…</source>
        <translation>모델 폴더 선택(&amp;C)…</translation>
    </message>
    <message>
        <source>Choose the folder that holds your ACE-Step 1.5 model files</source>
        <translation>ACE-Step 1.5 모델 파일이 있는 폴더 선택</translation>
    </message>
    <message>
        <source>&amp;Rescan Models</source>
        <translation>모델 다시 검색(&amp;R)</translation>
    </message>
    <message>
        <source>Look again for model files in the models folder</source>
        <translation>모델 폴더에서 모델 파일을 다시 찾기</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
    </message>
    <message>
        <source>Models folder, device, precision, memory and language</source>
        <translation>모델 폴더, 장치, 정밀도, 메모리, 언어</translation>
    </message>
    <message>
        <source>&amp;Getting Models…</source>
        <translation>모델 받기(&amp;G)…</translation>
    </message>
    <message>
        <source>Where the ACE-Step 1.5 model files come from and which ones you need</source>
        <translation>ACE-Step 1.5 모델 파일을 받는 곳과 필요한 파일</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>생성(&amp;G)</translation>
    </message>
    <message>
        <source>Queue the song on the Compose page for generation</source>
        <translation>작곡 페이지의 곡을 생성 대기열에 넣기</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About Songloom</source>
        <translation>Songloom 정보(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>&amp;Qt 정보</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>대기열</translation>
    </message>
    <message>
        <source>History</source>
        <translation>기록</translation>
    </message>
    <message>
        <source>About Songloom</source>
        <translation>Songloom 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Songloom %1&lt;/h3&gt;&lt;p&gt;A studio for writing and producing songs with the ACE-Step 1.5 music model, running on your own computer.&lt;/p&gt;&lt;p&gt;Engine: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Songloom %1&lt;/h3&gt;&lt;p&gt;ACE-Step 1.5 음악 모델로 곡을 쓰고 만드는, 내 컴퓨터에서 돌아가는 스튜디오입니다.&lt;/p&gt;&lt;p&gt;엔진: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>편집</translation>
    </message>
</context>
<context>
    <name>songloom::ui::ModelSetList</name>
    <message>
        <source>Model sets</source>
        <translation>모델 세트</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>변형</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Variant of %1</source>
        <translation>%1의 변형</translation>
    </message>
    <message>
        <source>Choose… (name: %1)</source>
        <translation>선택… (이름: %1)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>The files do not say which variant this is. Choose the one it was released as: Turbo generates in 8 steps, Base and SFT take about 50 steps with guidance.</source>
        <translation>파일만으로는 어떤 변형인지 알 수 없습니다. 공개될 때의 종류를 선택하세요. Turbo는 8단계로 생성하고, Base와 SFT는 가이던스와 함께 약 50단계가 걸립니다.</translation>
    </message>
</context>
<context>
    <name>songloom::ui::ModelsPanel</name>
    <message>
        <source>Models</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Find your models</source>
        <translation>모델 찾기</translation>
    </message>
    <message>
        <source>Choose the folder where your ACE-Step 1.5 model files are, and Songloom will list the models it finds there.</source>
        <translation>ACE-Step 1.5 모델 파일이 있는 폴더를 고르면 Songloom이 찾은 모델을 보여 줍니다.</translation>
    </message>
    <message>
        <source>Choose Models Folder…</source>
        <translation>모델 폴더 선택…</translation>
    </message>
    <message>
        <source>Models folder:</source>
        <translation>모델 폴더:</translation>
    </message>
    <message>
        <source>&amp;Change Folder…</source>
        <translation>폴더 변경(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Rescan</source>
        <translation>다시 검색(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Model sets</source>
        <translation>모델 세트(&amp;M)</translation>
    </message>
    <message>
        <source>Model details</source>
        <translation>모델 정보</translation>
    </message>
    <message>
        <source>Files &amp;not used</source>
        <translation>사용되지 않은 파일(&amp;N)</translation>
    </message>
    <message>
        <source>Choose Models Folder</source>
        <translation>모델 폴더 선택</translation>
    </message>
    <message>
        <source>Looking for models in this folder…</source>
        <translation>이 폴더에서 모델을 찾는 중…</translation>
    </message>
    <message>
        <source>This folder cannot be scanned</source>
        <translation>이 폴더는 검색할 수 없습니다</translation>
    </message>
    <message>
        <source>Choose another folder with Change Folder…, or check that the drive it is on is connected, then rescan (F5).</source>
        <translation>폴더 변경…으로 다른 폴더를 고르거나, 드라이브가 연결되어 있는지 확인한 뒤 다시 검색(F5)하세요.</translation>
    </message>
    <message>
        <source>No models here yet</source>
        <translation>아직 모델이 없습니다</translation>
    </message>
</context>
<context>
    <name>songloom::ui::PlaybackEngine</name>
    <message>
        <source>The audio output stopped with an error.</source>
        <translation>오디오 출력이 오류로 멈췄습니다.</translation>
    </message>
    <message>
        <source>A take could not be converted for playback.</source>
        <translation>테이크를 재생용으로 변환할 수 없습니다.</translation>
    </message>
    <message>
        <source>The sound output “%1” does not accept 48 kHz stereo audio, so playback is silent. Choose another output in the system&apos;s sound settings.</source>
        <translation>사운드 출력 “%1”이(가) 48 kHz 스테레오 오디오를 받지 않아 재생이 무음입니다. 시스템 사운드 설정에서 다른 출력을 선택하세요.</translation>
    </message>
</context>
<context>
    <name>songloom::ui::QueuePanel</name>
    <message>
        <source>Generate queue</source>
        <translation>생성 대기열</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>진행</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>남은 시간</translation>
    </message>
    <message>
        <source>Stop &amp;Now</source>
        <translation>지금 멈춤(&amp;N)</translation>
    </message>
    <message>
        <source>Stop the selected job at once; takes already finished are kept</source>
        <translation>선택한 작업을 바로 멈춥니다. 완성된 테이크는 남습니다</translation>
    </message>
    <message>
        <source>Stop &amp;After This Take</source>
        <translation>이 테이크 후 멈춤(&amp;A)</translation>
    </message>
    <message>
        <source>Finish the take being made, keep it, then stop</source>
        <translation>만들고 있는 테이크를 마무리해 보관한 뒤 멈춤</translation>
    </message>
    <message>
        <source>&amp;Run Again</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>Queue the selected job again with the same settings</source>
        <translation>선택한 작업을 같은 설정으로 다시 대기열에 넣기</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>제거(&amp;M)</translation>
    </message>
    <message>
        <source>Remove the job from the list; its takes stay in the history</source>
        <translation>작업을 목록에서 제거합니다. 테이크는 기록에 남습니다</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 takes</source>
        <translation>%1 · 테이크 %3개 중 %2개 완료</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Progress of job %1</source>
        <translation>작업 %1 진행</translation>
    </message>
    <message>
        <source>&amp;Compare Variations</source>
        <translation>버전 비교(&amp;C)</translation>
    </message>
    <message>
        <source>The takes of the selected batch side by side; switch between them while playing</source>
        <translation>선택한 묶음의 테이크를 나란히 놓고 재생 중에 전환합니다</translation>
    </message>
</context>
<context>
    <name>songloom::ui::RejectedList</name>
    <message>
        <source>Files not used</source>
        <translation>사용되지 않은 파일</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>이유</translation>
    </message>
</context>
<context>
    <name>songloom::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>&amp;Choose Folder…</source>
        <translation>폴더 선택(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Rescan</source>
        <translation>다시 검색(&amp;R)</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>엔진</translation>
    </message>
    <message>
        <source>Automatic (the graphics card when there is one)</source>
        <translation>자동 (그래픽 카드가 있으면 그래픽 카드)</translation>
    </message>
    <message>
        <source>Processor (CPU)</source>
        <translation>프로세서 (CPU)</translation>
    </message>
    <message>
        <source>NVIDIA graphics card (CUDA)</source>
        <translation>NVIDIA 그래픽 카드 (CUDA)</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>장치(&amp;D):</translation>
    </message>
    <message>
        <source>Automatic (bf16 on the graphics card, fp32 on the processor)</source>
        <translation>자동 (그래픽 카드에서는 bf16, 프로세서에서는 fp32)</translation>
    </message>
    <message>
        <source>fp32 (full precision)</source>
        <translation>fp32 (완전한 정밀도)</translation>
    </message>
    <message>
        <source>bf16 (half the memory)</source>
        <translation>bf16 (메모리 절반)</translation>
    </message>
    <message>
        <source>fp16 (half the memory, older cards)</source>
        <translation>fp16 (메모리 절반, 오래된 카드)</translation>
    </message>
    <message>
        <source>&amp;Precision:</source>
        <translation>정밀도(&amp;P):</translation>
    </message>
    <message>
        <source>Keep every part loaded (fastest)</source>
        <translation>모든 부분을 불러 둔 채 유지 (가장 빠름)</translation>
    </message>
    <message>
        <source>One part at a time (for 8 GB cards)</source>
        <translation>한 번에 한 부분만 (8 GB 카드용)</translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation>메모리(&amp;M):</translation>
    </message>
    <message>
        <source>Device, precision and memory take effect the next time a model is loaded.</source>
        <translation>장치, 정밀도, 메모리는 다음에 모델을 불러올 때 적용됩니다.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>인터페이스 언어(&amp;I):</translation>
    </message>
    <message>
        <source>Some saved settings were not valid and were replaced by their defaults (OK saves them):
%1</source>
        <translation>저장된 설정 일부가 올바르지 않아 기본값으로 바꿨습니다 (확인을 누르면 저장):
%1</translation>
    </message>
    <message>
        <source>No models folder chosen yet</source>
        <translation>아직 선택한 모델 폴더 없음</translation>
    </message>
    <message>
        <source>Looking for models in this folder…</source>
        <translation>이 폴더에서 모델을 찾는 중…</translation>
    </message>
    <message>
        <source>Choose Models Folder</source>
        <translation>모델 폴더 선택</translation>
    </message>
    <message>
        <source>Songloom is still checking which graphics cards it can use.</source>
        <translation>Songloom이 사용할 수 있는 그래픽 카드를 아직 확인하고 있습니다.</translation>
    </message>
    <message>
        <source>A graphics card Songloom can use was found.</source>
        <translation>Songloom이 사용할 수 있는 그래픽 카드를 찾았습니다.</translation>
    </message>
    <message>
        <source>No graphics card can be used: %1</source>
        <translation>사용할 수 있는 그래픽 카드 없음: %1</translation>
    </message>
    <message>
        <source>The right choice for almost everyone.</source>
        <translation>거의 모든 사람에게 맞는 선택입니다.</translation>
    </message>
    <message>
        <source>Twice the memory of bf16 and slower on graphics cards; the processor always uses it.</source>
        <translation>bf16의 두 배 메모리를 쓰고 그래픽 카드에서는 더 느립니다. 프로세서는 항상 이것을 씁니다.</translation>
    </message>
    <message>
        <source>Best on NVIDIA&apos;s RTX 30 series and newer cards; older cards run it slowly.</source>
        <translation>NVIDIA RTX 30 시리즈 이상 카드에서 가장 좋습니다. 오래된 카드에서는 느립니다.</translation>
    </message>
    <message>
        <source>For graphics cards older than the RTX 30 series, which lack bf16. fp16 holds a smaller range of numbers than bf16, so a take can come out as noise or silence; if that happens, go back to Automatic. Not available on the processor.</source>
        <translation>bf16을 지원하지 않는 RTX 30 시리즈 이전 그래픽 카드용입니다. fp16은 bf16보다 표현할 수 있는 수의 범위가 좁아 테이크가 잡음이나 무음으로 나올 수 있습니다. 그러면 자동으로 되돌리세요. 프로세서에서는 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>fp16 does not run on the processor: choose Automatic or fp32 for it.</source>
        <translation>fp16은 프로세서에서 돌아가지 않습니다. 자동 또는 fp32를 선택하세요.</translation>
    </message>
    <message>
        <source>Every part of the model stays on the graphics card between takes: the quickest, but the 2B model with its text encoder and audio decoder wants more than an 8 GB card has.</source>
        <translation>모델의 모든 부분이 테이크 사이에도 그래픽 카드에 남습니다. 가장 빠르지만, 2B 모델과 텍스트 인코더, 오디오 디코더에는 8 GB 카드보다 많은 메모리가 필요합니다.</translation>
    </message>
    <message>
        <source>Only the part that is working sits on the graphics card; the others wait in main memory. This lets the 2B model run on an 8 GB card; each take is a little slower while parts are moved in.</source>
        <translation>일하는 부분만 그래픽 카드에 올리고 나머지는 메인 메모리에서 기다립니다. 그래서 2B 모델이 8 GB 카드에서 돌아갑니다. 부분을 옮기는 동안 테이크마다 조금 느려집니다.</translation>
    </message>
    <message>
        <source>Takes effect the next time you start Songloom.</source>
        <translation>다음에 Songloom을 시작할 때 적용됩니다.</translation>
    </message>
    <message>
        <source>There is no %1 translation yet, so the texts stay in English.</source>
        <translation>아직 %1 번역이 없어 텍스트가 영어로 표시됩니다.</translation>
    </message>
</context>
<context>
    <name>songloom::ui::ShortcutsDialog</name>
    <message>
        <source>On the %1 page</source>
        <translation>%1 페이지에서</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>어디서나</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>키</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>동작</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>Also: Tab and Shift+Tab move between fields; Alt with an underlined letter opens a menu or presses a button.</source>
        <translation>또한: Tab과 Shift+Tab으로 항목을 이동하고, Alt와 밑줄 친 글자로 메뉴를 열거나 버튼을 누릅니다.</translation>
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
        <translation>일시 정지</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <source>Open a take from the History page (Edit, or double-click it) to edit it here.</source>
        <translation>기록 페이지에서 테이크를 열면(편집 또는 더블클릭) 여기서 편집할 수 있습니다.</translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation>계보</translation>
    </message>
    <message>
        <source>Play or pause the take (Space)</source>
        <translation>테이크 재생 또는 일시 정지 (스페이스)</translation>
    </message>
    <message>
        <source>Playback position</source>
        <translation>재생 위치</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <source>Export this take: format, loudness, tags, cover art, video (Ctrl+Shift+E)</source>
        <translation>이 테이크 내보내기: 형식, 라우드니스, 태그, 커버 이미지, 동영상 (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Repaint</source>
        <translation>다시 그리기</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>연장</translation>
    </message>
    <message>
        <source>Cover / Remix</source>
        <translation>커버 / 리믹스</translation>
    </message>
    <message>
        <source>The take&apos;s caption</source>
        <translation>테이크의 설명</translation>
    </message>
    <message>
        <source>A caption for the selected region only, e.g. a different instrument in the bridge</source>
        <translation>선택한 구간에만 쓰는 설명, 예: 브리지에서 다른 악기</translation>
    </message>
    <message>
        <source>The take&apos;s lyrics</source>
        <translation>테이크의 가사</translation>
    </message>
    <message>
        <source>Lyrics for the selected region only; empty keeps the take&apos;s lyrics</source>
        <translation>선택한 구간에만 쓰는 가사. 비워 두면 테이크의 가사를 씁니다</translation>
    </message>
    <message>
        <source>How many different takes to make of each region (1–%1)</source>
        <translation>각 구간마다 만들 서로 다른 테이크 수(1–%1)</translation>
    </message>
    <message>
        <source>Repaint Regions</source>
        <translation>구간 다시 그리기</translation>
    </message>
    <message>
        <source>Regenerate every marked region; the rest of the song stays exactly as it is (Ctrl+R)</source>
        <translation>표시한 모든 구간을 다시 만듭니다. 곡의 나머지는 그대로 유지됩니다 (Ctrl+R)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>구간</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Take to keep</source>
        <translation>남길 테이크</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>채택</translation>
    </message>
    <message>
        <source>Save the song with the chosen take in each region as a new take (Ctrl+Shift+A)</source>
        <translation>각 구간에서 고른 테이크로 된 곡을 새 테이크로 저장합니다 (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Region caption:</source>
        <translation>구간 설명:</translation>
    </message>
    <message>
        <source>Region lyrics:</source>
        <translation>구간 가사:</translation>
    </message>
    <message>
        <source>Takes per region:</source>
        <translation>구간당 테이크 수:</translation>
    </message>
    <message>
        <source> s</source>
        <translation>초</translation>
    </message>
    <message>
        <source>Seconds of new music before the song (0–%1)</source>
        <translation>곡 앞에 넣을 새 음악의 초(0–%1)</translation>
    </message>
    <message>
        <source>Seconds of new music after the song (0–%1)</source>
        <translation>곡 뒤에 넣을 새 음악의 초(0–%1)</translation>
    </message>
    <message>
        <source>How much of the song beside the new part the model hears; 0 uses the whole song</source>
        <translation>새 부분 옆의 곡을 모델이 얼마나 듣는지. 0이면 곡 전체</translation>
    </message>
    <message>
        <source>Whole song</source>
        <translation>곡 전체</translation>
    </message>
    <message>
        <source>Add the new time as a new take; the song itself is kept sample for sample</source>
        <translation>새 시간을 새 테이크로 추가합니다. 곡 자체는 샘플 단위로 그대로 유지됩니다</translation>
    </message>
    <message>
        <source>Add before:</source>
        <translation>앞에 추가:</translation>
    </message>
    <message>
        <source>Add after:</source>
        <translation>뒤에 추가:</translation>
    </message>
    <message>
        <source>Context:</source>
        <translation>컨텍스트:</translation>
    </message>
    <message>
        <source>Caption for the new part:</source>
        <translation>새 부분의 설명:</translation>
    </message>
    <message>
        <source>Takes:</source>
        <translation>테이크 수:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>This Take</source>
        <translation>이 테이크</translation>
    </message>
    <message>
        <source>Use this take&apos;s audio</source>
        <translation>이 테이크의 오디오 사용</translation>
    </message>
    <message>
        <source>This take</source>
        <translation>이 테이크</translation>
    </message>
    <message>
        <source>Audio to cover</source>
        <translation>커버할 오디오</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Timbre reference</source>
        <translation>음색 참조</translation>
    </message>
    <message>
        <source>0–1: how closely the cover follows the source (1 keeps its structure most)</source>
        <translation>0–1: 커버가 원본을 얼마나 따르는지(1이면 구조를 가장 많이 유지)</translation>
    </message>
    <message>
        <source>Blend on every step</source>
        <translation>모든 단계에서 섞기</translation>
    </message>
    <message>
        <source>Switch to the caption part way</source>
        <translation>중간에 설명으로 전환</translation>
    </message>
    <message>
        <source>Blend: source and caption guide every step, weighted by strength. Switch: the source guides the first steps, the caption the rest.</source>
        <translation>섞기: 원본과 설명이 강도에 따른 비중으로 모든 단계를 이끕니다. 전환: 처음 단계는 원본이, 나머지는 설명이 이끕니다.</translation>
    </message>
    <message>
        <source>The take&apos;s caption, e.g. a new style for the cover</source>
        <translation>테이크의 설명, 예: 커버의 새 스타일</translation>
    </message>
    <message>
        <source>Make Cover</source>
        <translation>커버 만들기</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>원본:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>강도:</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>모드:</translation>
    </message>
    <message>
        <source>Caption:</source>
        <translation>설명:</translation>
    </message>
    <message>
        <source>Lyrics:</source>
        <translation>가사:</translation>
    </message>
    <message>
        <source>Timbre reference:</source>
        <translation>음색 참조:</translation>
    </message>
    <message>
        <source>Audio (*.wav *.flac *.mp3 *.ogg);;All files (*)</source>
        <translation>오디오 (*.wav *.flac *.mp3 *.ogg);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Take %1 is not in the history.</source>
        <translation>테이크 %1이(가) 기록에 없습니다.</translation>
    </message>
    <message>
        <source>The file of take %1 is missing: %2</source>
        <translation>테이크 %1의 파일이 없습니다: %2</translation>
    </message>
    <message>
        <source>Take %1: %2</source>
        <translation>테이크 %1: %2</translation>
    </message>
    <message>
        <source>(no caption)</source>
        <translation>(설명 없음)</translation>
    </message>
    <message>
        <source>Reading take %1…</source>
        <translation>테이크 %1 읽는 중…</translation>
    </message>
    <message>
        <source>Take %1 could not be read: %2</source>
        <translation>테이크 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>New: %1 s before</source>
        <translation>새 부분: 앞 %1초</translation>
    </message>
    <message>
        <source>New: %1 s after</source>
        <translation>새 부분: 뒤 %1초</translation>
    </message>
    <message>
        <source>Repainted</source>
        <translation>다시 그림</translation>
    </message>
    <message>
        <source>Drag across the waveform to mark regions to repaint.</source>
        <translation>파형 위를 드래그해 다시 그릴 구간을 표시하세요.</translation>
    </message>
    <message>
        <source>The part this edit made is marked above the waveform.</source>
        <translation>이 편집으로 만든 부분이 파형 위에 표시되어 있습니다.</translation>
    </message>
    <message>
        <source>Made from:</source>
        <translation>만든 출처:</translation>
    </message>
    <message>
        <source>%1 · take %2</source>
        <translation>%1 · 테이크 %2</translation>
    </message>
    <message>
        <source>The take open now</source>
        <translation>지금 열려 있는 테이크</translation>
    </message>
    <message>
        <source>Open take %1; edits made from it branch the song there</source>
        <translation>테이크 %1 열기. 여기서 하는 편집은 곡을 그 지점에서 갈라지게 합니다</translation>
    </message>
    <message>
        <source>(1 take made from this one, see History)</source>
        <translation>(이 테이크로 만든 테이크 1개, 기록 참조)</translation>
    </message>
    <message>
        <source>(%1 takes made from this one, see History)</source>
        <translation>(이 테이크로 만든 테이크 %1개, 기록 참조)</translation>
    </message>
    <message>
        <source>Open a take first.</source>
        <translation>먼저 테이크를 여세요.</translation>
    </message>
    <message>
        <source>Mark a region first: drag across the waveform (or double-click a section band).</source>
        <translation>먼저 구간을 표시하세요: 파형 위를 드래그(또는 섹션 띠를 더블클릭).</translation>
    </message>
    <message>
        <source>Regions %1 and %2 overlap; move or delete one of them.</source>
        <translation>구간 %1과 %2가 겹칩니다. 하나를 옮기거나 지우세요.</translation>
    </message>
    <message>
        <source>Region %1: %2</source>
        <translation>구간 %1: %2</translation>
    </message>
    <message>
        <source>Region %1</source>
        <translation>구간 %1</translation>
    </message>
    <message>
        <source>The region is queued; choose one of its takes when they arrive.</source>
        <translation>구간을 대기열에 넣었습니다. 테이크가 도착하면 하나를 고르세요.</translation>
    </message>
    <message>
        <source>%1 regions are queued; choose a take for each when they arrive.</source>
        <translation>구간 %1개를 대기열에 넣었습니다. 테이크가 도착하면 구간마다 하나씩 고르세요.</translation>
    </message>
    <message>
        <source>Every take is ready. Choose one per region to hear it in place, then Accept.</source>
        <translation>모든 테이크가 준비되었습니다. 구간마다 하나를 고르면 그 자리에서 들을 수 있고, 그다음 채택하세요.</translation>
    </message>
    <message>
        <source>Added after the song (take %1); now adding before it.</source>
        <translation>곡 뒤에 추가했습니다(테이크 %1). 이제 앞에 추가합니다.</translation>
    </message>
    <message>
        <source>Extended song: take %1 (the new part is marked).</source>
        <translation>연장된 곡: 테이크 %1(새 부분이 표시됨).</translation>
    </message>
    <message>
        <source>Cover: take %1 is open.</source>
        <translation>커버: 테이크 %1이(가) 열렸습니다.</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>중지됨</translation>
    </message>
    <message>
        <source>The edit did not finish: %1</source>
        <translation>편집이 끝나지 않았습니다: %1</translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <translation>%1(%2 – %3)</translation>
    </message>
    <message>
        <source>%1 of %2 takes</source>
        <translation>테이크 %2개 중 %1개</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <source>Take to keep for %1</source>
        <translation>%1에 남길 테이크</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>원본</translation>
    </message>
    <message>
        <source>Take %1 (seed %2)</source>
        <translation>테이크 %1 (시드 %2)</translation>
    </message>
    <message>
        <source>That take of %1 is not ready yet.</source>
        <translation>%1의 그 테이크는 아직 준비되지 않았습니다.</translation>
    </message>
    <message>
        <source>%1: the original plays.</source>
        <translation>%1: 원본이 재생됩니다.</translation>
    </message>
    <message>
        <source>%1: take %2 plays in place; Accept keeps it.</source>
        <translation>%1: 테이크 %2가 그 자리에서 재생됩니다. 채택하면 남습니다.</translation>
    </message>
    <message>
        <source>Choose a take for at least one region first.</source>
        <translation>먼저 적어도 한 구간의 테이크를 고르세요.</translation>
    </message>
    <message>
        <source>Saving the accepted take…</source>
        <translation>채택한 테이크 저장 중…</translation>
    </message>
    <message>
        <source>The accepted take was saved to %1 but could not be added to the history: %2</source>
        <translation>채택한 테이크를 %1에 저장했지만 기록에 추가할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Accepted: take %1, made from take %2.</source>
        <translation>채택됨: 테이크 %1(테이크 %2에서 만듦).</translation>
    </message>
    <message>
        <source>Set Add before or Add after to more than 0 s (each at most %1 s).</source>
        <translation>‘앞에 추가’나 ‘뒤에 추가’를 0초보다 크게 설정하세요(각각 최대 %1초).</translation>
    </message>
    <message>
        <source>The song would be %1 s long; the model makes at most %2 s. Add at most %3 s in all.</source>
        <translation>곡 길이가 %1초가 됩니다. 모델은 최대 %2초까지 만듭니다. 모두 합쳐 최대 %3초까지 추가하세요.</translation>
    </message>
    <message>
        <source>Queued: first the time after the song, then the time before.</source>
        <translation>대기열에 넣었습니다: 먼저 곡 뒤의 시간, 그다음 앞의 시간.</translation>
    </message>
    <message>
        <source>Extend queued; the new take opens here when it is ready.</source>
        <translation>연장을 대기열에 넣었습니다. 새 테이크가 준비되면 여기서 열립니다.</translation>
    </message>
    <message>
        <source>The audio file %1 does not exist.</source>
        <translation>오디오 파일 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Cover queued; its first take opens here when it is ready.</source>
        <translation>커버를 대기열에 넣었습니다. 첫 테이크가 준비되면 여기서 열립니다.</translation>
    </message>
    <message>
        <source>Caption and lyrics for region %1 (empty: the take&apos;s own).</source>
        <translation>구간 %1의 설명과 가사(비우면 테이크의 것).</translation>
    </message>
    <message>
        <source>Select a region to give it its own caption or lyrics.</source>
        <translation>구간을 선택하면 그 구간만의 설명이나 가사를 줄 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>songloom::ui::TimelinePage</name>
    <message>
        <source>Zoom in</source>
        <translation>확대</translation>
    </message>
    <message>
        <source>Zoom in (+, Ctrl+wheel)</source>
        <translation>확대 (+, Ctrl+휠)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>축소</translation>
    </message>
    <message>
        <source>Zoom out (−, Ctrl+wheel)</source>
        <translation>축소 (−, Ctrl+휠)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>맞춤</translation>
    </message>
    <message>
        <source>Show the whole take (0)</source>
        <translation>테이크 전체 보기 (0)</translation>
    </message>
    <message>
        <source>Fit the whole take</source>
        <translation>테이크 전체 맞춤</translation>
    </message>
    <message>
        <source>Stereo</source>
        <translation>스테레오</translation>
    </message>
    <message>
        <source>Two lanes (left, right) or one summed lane (S)</source>
        <translation>두 레인 (왼쪽, 오른쪽) 또는 합친 한 레인 (S)</translation>
    </message>
    <message>
        <source>Stereo lanes</source>
        <translation>스테레오 레인</translation>
    </message>
    <message>
        <source>No snap</source>
        <translation>맞춤 없음</translation>
    </message>
    <message>
        <source>Snap to beats</source>
        <translation>박자에 맞추기</translation>
    </message>
    <message>
        <source>Snap to bars</source>
        <translation>마디에 맞추기</translation>
    </message>
    <message>
        <source>Region edges snap to the beat grid (needs the take&apos;s BPM)</source>
        <translation>구간 경계가 박자 격자에 맞춰집니다 (테이크의 BPM 필요)</translation>
    </message>
    <message>
        <source>Snap region edges</source>
        <translation>구간 경계 맞추기</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>반복</translation>
    </message>
    <message>
        <source>Loop the selected region (L, or double-click it)</source>
        <translation>선택한 구간 반복 재생 (L 또는 더블클릭)</translation>
    </message>
    <message>
        <source>Loop region</source>
        <translation>구간 반복</translation>
    </message>
    <message>
        <source>Delete region</source>
        <translation>구간 삭제</translation>
    </message>
    <message>
        <source>Delete the selected region (Delete)</source>
        <translation>선택한 구간 삭제 (Delete)</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>따라가기</translation>
    </message>
    <message>
        <source>Scroll with the playhead during playback</source>
        <translation>재생 중 재생 위치를 따라 스크롤</translation>
    </message>
    <message>
        <source>Follow playback</source>
        <translation>재생 따라가기</translation>
    </message>
    <message>
        <source>Selected region</source>
        <translation>선택한 구간</translation>
    </message>
    <message>
        <source>Drag on the waveform to mark a region</source>
        <translation>파형 위를 드래그해 구간을 지정</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s)</source>
        <translation>
            <numerusform>구간 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Region %1</source>
        <translation>구간 %1</translation>
    </message>
    <message>
        <source>%1: %2 – %3 (%4 s)</source>
        <translation>%1: %2 – %3 (%4초)</translation>
    </message>
</context>
<context>
    <name>songloom::ui::TimelineView</name>
    <message>
        <source>Waveform timeline</source>
        <translation>파형 타임라인</translation>
    </message>
    <message numerus="yes">
        <source>Playhead at %1 of %2; %n region(s)</source>
        <translation>
            <numerusform>재생 위치 %1 / %2, 구간 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Building the waveform…</source>
        <translation>파형을 만드는 중…</translation>
    </message>
    <message>
        <source>No audio to show</source>
        <translation>표시할 오디오 없음</translation>
    </message>
    <message>
        <source>Region %1</source>
        <translation>구간 %1</translation>
    </message>
    <message>
        <source>%1 (loop)</source>
        <translation>%1 (반복)</translation>
    </message>
</context>
<context>
    <name>songloom::ui::VariantPicker</name>
    <message>
        <source>Model variant</source>
        <translation>모델 변형</translation>
    </message>
    <message>
        <source>Model size:</source>
        <translation>모델 크기:</translation>
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
        <translation>변형:</translation>
    </message>
    <message>
        <source>The model files to use when the folder holds more than one set of this variant</source>
        <translation>폴더에 이 변형의 세트가 여럿일 때 사용할 모델 파일</translation>
    </message>
    <message>
        <source>Model set:</source>
        <translation>모델 세트:</translation>
    </message>
    <message>
        <source>Task:</source>
        <translation>작업:</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>고급</translation>
    </message>
    <message>
        <source>Steps, guidance, shift and seed (Ctrl+Shift+A)</source>
        <translation>단계, 가이던스, 시프트, 시드 (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>단계:</translation>
    </message>
    <message>
        <source>How strongly the song follows the caption and lyrics, %1–%2 (1 = guidance off)</source>
        <translation>곡이 설명과 가사를 따르는 정도, %1–%2 (1 = 가이던스 끔)</translation>
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
        <translation>APG는 강한 가이던스로 소리가 과포화되는 것을 막아 줍니다. CFG는 전통적인 방법입니다</translation>
    </message>
    <message>
        <source>Guidance:</source>
        <translation>가이던스:</translation>
    </message>
    <message>
        <source>Guidance interval start</source>
        <translation>가이던스 구간 시작</translation>
    </message>
    <message>
        <source>Guidance interval end</source>
        <translation>가이던스 구간 끝</translation>
    </message>
    <message>
        <source>to</source>
        <translation>~</translation>
    </message>
    <message>
        <source>Guide from:</source>
        <translation>가이던스 범위:</translation>
    </message>
    <message>
        <source>The part of the run, as fractions from 0 (start) to 1 (end), in which guidance is applied</source>
        <translation>가이던스를 적용할 구간, 0(시작)부터 1(끝)까지의 비율</translation>
    </message>
    <message>
        <source>Spends more of the steps on the song&apos;s overall shape (higher) or on detail (lower)</source>
        <translation>단계를 곡의 전체 모양(높게) 또는 세부(낮게)에 더 많이 씁니다</translation>
    </message>
    <message>
        <source>Shift:</source>
        <translation>시프트:</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>무작위</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>0–%1</source>
        <translation>0–%1</translation>
    </message>
    <message>
        <source>New Seed</source>
        <translation>새 시드</translation>
    </message>
    <message>
        <source>New random seed</source>
        <translation>새 무작위 시드</translation>
    </message>
    <message>
        <source>Draw a new seed and keep it (Ctrl+Shift+D)</source>
        <translation>새 시드를 뽑아 유지 (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>시드:</translation>
    </message>
    <message>
        <source>Keep my settings when I switch variants</source>
        <translation>변형을 바꿔도 내 설정 유지</translation>
    </message>
    <message>
        <source>Variant defaults</source>
        <translation>변형 기본값</translation>
    </message>
    <message>
        <source>Set steps, guidance and shift to the chosen variant&apos;s defaults</source>
        <translation>단계, 가이던스, 시프트를 선택한 변형의 기본값으로 설정</translation>
    </message>
    <message>
        <source>Use the %1 variant</source>
        <translation>%1 변형 사용</translation>
    </message>
    <message>
        <source>Switch between 2B and XL</source>
        <translation>2B와 XL 전환</translation>
    </message>
    <message>
        <source>Show or hide the advanced settings</source>
        <translation>고급 설정 보이기/숨기기</translation>
    </message>
    <message>
        <source>Draw a new seed</source>
        <translation>새 시드 뽑기</translation>
    </message>
    <message>
        <source>Denoising steps, %1–%2; %3 for %4</source>
        <translation>디노이징 단계, %1–%2. %4은(는) %3</translation>
    </message>
    <message>
        <source>The larger model (about 4 billion parameters): more detail, needs more graphics memory</source>
        <translation>더 큰 모델 (약 40억 파라미터): 더 세밀하지만 그래픽 메모리가 더 필요합니다</translation>
    </message>
    <message>
        <source>The standard model (about 2 billion parameters)</source>
        <translation>표준 모델 (약 20억 파라미터)</translation>
    </message>
    <message>
        <source>Installed and ready.</source>
        <translation>설치되었고 준비되었습니다.</translation>
    </message>
    <message>
        <source>Installed, but not complete:</source>
        <translation>설치되었지만 완전하지 않습니다:</translation>
    </message>
    <message>
        <source>Not installed.</source>
        <translation>설치되지 않았습니다.</translation>
    </message>
    <message>
        <source>None in the models folder</source>
        <translation>모델 폴더에 없음</translation>
    </message>
    <message>
        <source>Seed: enter a whole number from 0 to %1, or tick Random.</source>
        <translation>시드: 0부터 %1까지의 정수를 입력하거나 무작위를 선택하세요.</translation>
    </message>
</context>
<context>
    <name>songloom::ui::VariationCard</name>
    <message>
        <source>Play variation %1 (key %1); drag it out to get its file</source>
        <translation>버전 %1 재생 (키 %1). 밖으로 끌어내면 파일을 얻습니다</translation>
    </message>
    <message>
        <source>%1  ·  seed %2%3</source>
        <translation>%1  ·  시드 %2%3</translation>
    </message>
    <message>
        <source>  ·  ★ keeper</source>
        <translation>  ·  ★ 채택</translation>
    </message>
    <message>
        <source>Length %1</source>
        <translation>길이 %1</translation>
    </message>
    <message>
        <source>%1 LUFS · played at %2 dB</source>
        <translation>%1 LUFS · %2 dB로 재생</translation>
    </message>
    <message>
        <source>Loudness: measuring…</source>
        <translation>라우드니스: 측정 중…</translation>
    </message>
    <message>
        <source>Variation %1, seed %2</source>
        <translation>버전 %1, 시드 %2</translation>
    </message>
</context>
<context>
    <name>songloom::ui::VariationsView</name>
    <message>
        <source>Compare Variations</source>
        <translation>버전 비교</translation>
    </message>
    <message>
        <source>Play / Pause</source>
        <translation>재생 / 일시 정지</translation>
    </message>
    <message>
        <source>Play or pause (Space); keys 1 to 8 switch variations without stopping</source>
        <translation>재생 또는 일시 정지 (스페이스). 키 1~8로 멈추지 않고 버전 전환</translation>
    </message>
    <message>
        <source>Keep This One</source>
        <translation>이것으로 결정</translation>
    </message>
    <message>
        <source>Mark the variation playing as the keeper of this batch (K)</source>
        <translation>재생 중인 버전을 이 묶음에서 남길 버전으로 표시합니다 (K)</translation>
    </message>
    <message>
        <source>&amp;Match loudness</source>
        <translation>라우드니스 맞추기(&amp;M)</translation>
    </message>
    <message>
        <source>Play every variation at the loudness of the quietest, so the louder one does not win by being louder (M)</source>
        <translation>모든 버전을 가장 조용한 버전의 라우드니스로 재생해, 더 큰 소리라서 유리해지지 않게 합니다 (M)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>Keys 1–8 switch at the same moment · Space plays · K keeps · M matches loudness · drag a card out for its file</source>
        <translation>키 1–8 같은 순간에 전환 · 스페이스 재생 · K 남기기 · M 라우드니스 맞추기 · 카드를 끌어내 파일 얻기</translation>
    </message>
    <message>
        <source>This batch has %1 takes; the first %2 are compared.</source>
        <translation>이 묶음에는 테이크가 %1개 있습니다. 처음 %2개를 비교합니다.</translation>
    </message>
    <message>
        <source>No variations to compare.</source>
        <translation>비교할 버전이 없습니다.</translation>
    </message>
    <message>
        <source>%1 variations of “%2”</source>
        <translation>“%2”의 버전 %1개</translation>
    </message>
    <message>
        <source>(no caption)</source>
        <translation>(설명 없음)</translation>
    </message>
    <message>
        <source>Cannot be played: %1</source>
        <translation>재생할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Matched to the quietest variation, %1 LUFS.</source>
        <translation>가장 조용한 버전에 맞췄습니다: %1 LUFS.</translation>
    </message>
    <message>
        <source>Could not save the keeper mark: %1</source>
        <translation>남길 버전 표시를 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Unmark Keeper</source>
        <translation>남길 버전 표시 해제</translation>
    </message>
</context>
<context>
    <name>songloom::ui::WritingTipsDialog</name>
    <message>
        <source>&lt;h3&gt;Lyrics&lt;/h3&gt;&lt;p&gt;The model sings your lyrics section by section. Put each section&apos;s tag on a line of its own, the sung lines under it, and an empty line between sections.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tags the model knows well:&lt;/b&gt; [Intro], [Verse] (or [Verse 1], [Verse 2]), [Pre-Chorus], [Chorus], [Post-Chorus], [Bridge], [Breakdown], [Drop], [Instrumental], [Guitar Solo], [Outro]. A word after a dash gives a hint: [Chorus - powerful]. Type [ in the editor to pick one.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Lines:&lt;/b&gt; short lines sing better than long ones; four to eight lines per verse, and a similar number of syllables per line inside a section, because the melody follows the rhythm of your words. Backing vocals go in parentheses: “Hold on (hold on)”.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Length:&lt;/b&gt; the song is as long as the Duration you set, not as long as the lyrics. One sung line takes about two bars; the editor warns when the lines are far too many or too few for the duration and tempo.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Language:&lt;/b&gt; write in the language you want sung and choose it as the vocal language. For a song without words, tick Instrumental or write [inst].&lt;/p&gt;</source>
        <translation>&lt;h3&gt;가사&lt;/h3&gt;&lt;p&gt;모델은 가사를 섹션별로 부릅니다. 각 섹션의 태그를 한 줄에 따로 두고, 그 아래에 부를 줄을 쓰고, 섹션 사이에는 빈 줄을 둡니다.&lt;/p&gt;&lt;p&gt;&lt;b&gt;모델이 잘 아는 태그:&lt;/b&gt; [Intro], [Verse] (또는 [Verse 1], [Verse 2]), [Pre-Chorus], [Chorus], [Post-Chorus], [Bridge], [Breakdown], [Drop], [Instrumental], [Guitar Solo], [Outro]. 대시 뒤의 단어는 힌트가 됩니다: [Chorus - powerful]. 편집기에서 [ 를 입력하면 고를 수 있습니다.&lt;/p&gt;&lt;p&gt;&lt;b&gt;줄:&lt;/b&gt; 짧은 줄이 긴 줄보다 잘 불립니다. 벌스 하나에 네 줄에서 여덟 줄, 한 섹션 안에서는 줄마다 음절 수를 비슷하게 맞추세요. 멜로디가 가사의 리듬을 따르기 때문입니다. 코러스는 괄호 안에 씁니다: “Hold on (hold on)”.&lt;/p&gt;&lt;p&gt;&lt;b&gt;길이:&lt;/b&gt; 곡의 길이는 가사가 아니라 설정한 길이로 정해집니다. 부르는 한 줄은 약 두 마디입니다. 길이와 템포에 비해 줄이 너무 많거나 적으면 편집기가 알려 줍니다.&lt;/p&gt;&lt;p&gt;&lt;b&gt;언어:&lt;/b&gt; 부르게 하고 싶은 언어로 쓰고 그 언어를 보컬 언어로 고르세요. 가사 없는 곡은 연주곡에 체크하거나 [inst] 라고 쓰세요.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Caption&lt;/h3&gt;&lt;p&gt;The caption tells the model what the song sounds like. Write it in English, as a short list of what you would hear: genre, instruments, mood, the voice, the production.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Good:&lt;/b&gt; “melancholic indie folk, fingerpicked acoustic guitar, soft female vocal, warm analog production, slow”.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Less good:&lt;/b&gt; a story about the song, artist names, or instructions such as “make it better”: the model was trained on descriptions of sound.&lt;/p&gt;&lt;p&gt;Tempo, key and time signature have their own fields; setting them there is more reliable than writing them in the caption. The chips under the caption add common words; you can edit the text freely and keep captions you like as presets.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;설명&lt;/h3&gt;&lt;p&gt;설명은 곡이 어떤 소리인지 모델에게 알려 줍니다. 들리는 것을 짧게 나열해 영어로 쓰세요: 장르, 악기, 분위기, 목소리, 프로덕션.&lt;/p&gt;&lt;p&gt;&lt;b&gt;좋은 예:&lt;/b&gt; “melancholic indie folk, fingerpicked acoustic guitar, soft female vocal, warm analog production, slow”.&lt;/p&gt;&lt;p&gt;&lt;b&gt;덜 좋은 예:&lt;/b&gt; 곡에 얽힌 이야기, 아티스트 이름, “더 좋게 만들어 줘” 같은 지시. 모델은 소리에 대한 설명으로 학습했습니다.&lt;/p&gt;&lt;p&gt;템포, 키, 박자표는 각자 칸이 있으며, 설명에 쓰는 것보다 거기서 정하는 편이 확실합니다. 설명 아래의 칩은 자주 쓰는 단어를 더해 줍니다. 글은 자유롭게 고칠 수 있고 마음에 드는 설명은 프리셋으로 저장할 수 있습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Writing Tips</source>
        <translation>작사 도움말</translation>
    </message>
    <message>
        <source>Lyrics</source>
        <translation>가사</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>설명</translation>
    </message>
</context>
</TS>
