# MP4 export with a still cover (engine/core/video, songloom/cover_video.h): covers made in code with
# libavcodec's png / mjpeg encoders, the MP4 read back with libavformat / libavcodec.
songloom_gtest(NAME songloom_cover_video_tests
               SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_cover_video.cpp
               LIBS songloom_engine_core PkgConfig::SONGLOOM_FFMPEG LABELS unit TIMEOUT 300)
