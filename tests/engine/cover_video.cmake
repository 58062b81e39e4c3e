# MP4 export with a still cover (engine/core/video, songloom/cover_video.h): covers made in code with
# libavcodec's png / mjpeg encoders, the MP4 read back with libavformat / libavcodec. Twice: plain, and
# with the core under AddressSanitizer + UBSan (FFmpeg itself is not instrumented).
foreach(_variant IN ITEMS plain asan)
  if(_variant STREQUAL "plain")
    set(_name songloom_cover_video_tests)
    set(_libs songloom_engine_core)
  else()
    set(_name songloom_cover_video_tests_asan)
    set(_libs songloom_engine_core_asan songloom_sanitize)
  endif()
  songloom_gtest(NAME ${_name} SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_cover_video.cpp
                 LIBS ${_libs} PkgConfig::SONGLOOM_FFMPEG LABELS unit TIMEOUT 300)
endforeach()
set_tests_properties(songloom_cover_video_tests_asan PROPERTIES
                     ENVIRONMENT "ASAN_OPTIONS=detect_leaks=1:abort_on_error=0;UBSAN_OPTIONS=print_stacktrace=1")
