# Audio input/output and tags (engine/core/audio, spec-vae-text-lm §7, seed 004's outputFormat/audioSettings).
# Test signals (sine, noise, silence) are generated in code; input files in odd layouts are written with
# libsndfile directly.
set(_audio_dir ${CMAKE_CURRENT_LIST_DIR}/audio)
songloom_gtest(NAME test_audio_io
  SOURCES ${_audio_dir}/audio_test_signals.cpp ${_audio_dir}/test_audio_settings.cpp
          ${_audio_dir}/test_audio_roundtrip.cpp ${_audio_dir}/test_audio_read.cpp
          ${_audio_dir}/test_audio_levels.cpp ${_audio_dir}/test_audio_atomic.cpp
  LIBS songloom_engine_core PkgConfig::SONGLOOM_AUDIO LABELS unit)
target_include_directories(test_audio_io PRIVATE ${_audio_dir})

# The same tests with the core under AddressSanitizer + UBSan: the glue around the C libraries (buffers
# handed to soxr, LAME, libvorbisenc, TagLib) is where memory errors would hide.
songloom_gtest(NAME test_audio_io_asan
  SOURCES ${_audio_dir}/audio_test_signals.cpp ${_audio_dir}/test_audio_settings.cpp
          ${_audio_dir}/test_audio_roundtrip.cpp ${_audio_dir}/test_audio_read.cpp
          ${_audio_dir}/test_audio_levels.cpp ${_audio_dir}/test_audio_atomic.cpp
  LIBS songloom_engine_core_asan songloom_sanitize PkgConfig::SONGLOOM_AUDIO LABELS unit)
target_include_directories(test_audio_io_asan PRIVATE ${_audio_dir})
