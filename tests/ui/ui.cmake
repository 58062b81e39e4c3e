# Studio tests (ui/, app/, translations/, packaging/songloom.desktop). The cmake -P scripts they run live in
# scripts/ (tests/CMakeLists.txt includes every tests/*/*.cmake).
#   unit:      plain logic without a window; the German translation is complete
#   ui:        MainWindow offscreen; the real songloom binary under Xvfb (screenshot smoke, English and
#              German); --version/--help without a display
#   packaging: the desktop file validates; `cmake --install --component studio` lays out the files
if(NOT SONGLOOM_WITH_QT)
  return()
endif()
set(_ui_tests ${CMAKE_CURRENT_LIST_DIR})
set(_ui_artifacts ${PROJECT_BINARY_DIR}/test-artifacts)

# songloom_qtest(NAME name SOURCES ... LIBS ... LABELS ...): one Qt Test executable, one ctest test.
# Always English (C.UTF-8) and offscreen, whatever the machine's locale and display.
function(songloom_qtest)
  cmake_parse_arguments(T "" "NAME" "SOURCES;LIBS;LABELS" ${ARGN})
  add_executable(${T_NAME} ${T_SOURCES})
  target_link_libraries(${T_NAME} PRIVATE Qt6::Test ${T_LIBS} songloom_warnings)
  add_test(NAME ${T_NAME} COMMAND ${T_NAME})
  set_tests_properties(${T_NAME} PROPERTIES LABELS "${T_LABELS}" TIMEOUT 300
                       ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;LANG=C.UTF-8;LANGUAGE=")
endfunction()

songloom_qtest(NAME test_ui_catalog_presenter SOURCES ${_ui_tests}/test_catalog_presenter.cpp
               LIBS songloom_ui LABELS unit)
songloom_qtest(NAME test_ui_model_settings SOURCES ${_ui_tests}/test_model_settings.cpp
               LIBS songloom_ui LABELS unit)
songloom_qtest(NAME test_ui_compose SOURCES ${_ui_tests}/test_compose.cpp LIBS songloom_ui LABELS ui)
set_property(TEST test_ui_compose APPEND PROPERTY ENVIRONMENT "SONGLOOM_TEST_ARTIFACTS=${_ui_artifacts}")
songloom_qtest(NAME test_ui_timeline_logic SOURCES ${_ui_tests}/test_timeline_logic.cpp
               LIBS songloom_ui LABELS unit)
songloom_qtest(NAME test_ui_timeline_view SOURCES ${_ui_tests}/test_timeline_view.cpp LIBS songloom_ui LABELS ui)
set_property(TEST test_ui_timeline_view APPEND PROPERTY ENVIRONMENT "SONGLOOM_TEST_ARTIFACTS=${_ui_artifacts}")
songloom_qtest(NAME test_ui_main_window SOURCES ${_ui_tests}/test_main_window.cpp
               LIBS songloom_ui songloom_fixtures LABELS ui)
songloom_qtest(NAME test_ui_variant_picker SOURCES ${_ui_tests}/test_variant_picker.cpp
               LIBS songloom_ui songloom_fixtures LABELS ui)
songloom_qtest(NAME test_ui_settings SOURCES ${_ui_tests}/test_settings.cpp
               LIBS songloom_ui songloom_fixtures LABELS ui)
set_property(TEST test_ui_variant_picker test_ui_settings APPEND PROPERTY ENVIRONMENT
             "SONGLOOM_TEST_ARTIFACTS=${_ui_artifacts}")
songloom_qtest(NAME test_ui_generate_queue
               SOURCES ${_ui_tests}/test_generate_queue.cpp ${_ui_tests}/fakebackend.cpp ${_ui_tests}/fakebackend.h
               LIBS songloom_ui LABELS ui)
target_include_directories(test_ui_generate_queue PRIVATE ${_ui_tests})
songloom_qtest(NAME test_ui_playback SOURCES ${_ui_tests}/test_playback.cpp LIBS songloom_ui LABELS unit)
songloom_qtest(NAME test_ui_history SOURCES ${_ui_tests}/test_history.cpp LIBS songloom_ui LABELS ui)
target_include_directories(test_ui_history PRIVATE ${_ui_tests})
songloom_qtest(NAME test_ui_editor_logic
               SOURCES ${_ui_tests}/test_editor_logic.cpp ${_ui_tests}/fakebackend.cpp ${_ui_tests}/fakebackend.h
               LIBS songloom_ui LABELS unit)
target_include_directories(test_ui_editor_logic PRIVATE ${_ui_tests})
songloom_qtest(NAME test_ui_take_editor
               SOURCES ${_ui_tests}/test_take_editor.cpp ${_ui_tests}/fakebackend.cpp ${_ui_tests}/fakebackend.h
               LIBS songloom_ui LABELS ui)
target_include_directories(test_ui_take_editor PRIVATE ${_ui_tests})
songloom_qtest(NAME test_ui_variations SOURCES ${_ui_tests}/test_variations.cpp LIBS songloom_ui LABELS ui)
target_include_directories(test_ui_variations PRIVATE ${_ui_tests})
songloom_qtest(NAME test_ui_export SOURCES ${_ui_tests}/test_export.cpp ${_ui_tests}/mediaprobe.cpp
               LIBS songloom_ui PkgConfig::SONGLOOM_FFMPEG LABELS ui)
set_property(TEST test_ui_variations test_ui_export APPEND PROPERTY ENVIRONMENT "SONGLOOM_TEST_ARTIFACTS=${_ui_artifacts}")
# Qt 6.4's GStreamer media backend needs gst-plugins-base; the FFmpeg one (Qt's default from 6.5) does not.
set_property(TEST test_ui_history APPEND PROPERTY ENVIRONMENT "QT_MEDIA_BACKEND=ffmpeg")
if(TARGET songloom_studio_engine)
  # The whole studio under Xvfb on the tiny fixture models: compose, generate 2 variations, history, play
  # (null sink), restart; stop after a take. Screenshots in test-artifacts.
  find_program(SONGLOOM_XVFB_RUN xvfb-run)
  add_executable(test_ui_studio_flow ${_ui_tests}/test_studio_flow.cpp)
  target_link_libraries(test_ui_studio_flow PRIVATE Qt6::Test songloom_studio_engine songloom_fixtures songloom_warnings)
  if(SONGLOOM_XVFB_RUN)
    add_test(NAME test_ui_studio_flow
             COMMAND ${SONGLOOM_XVFB_RUN} -a -s "-screen 0 1400x1000x24" $<TARGET_FILE:test_ui_studio_flow>)
    set_tests_properties(test_ui_studio_flow PROPERTIES LABELS ui TIMEOUT 900
                         ENVIRONMENT "QT_QPA_PLATFORM=xcb;LC_ALL=C.UTF-8;LANG=C.UTF-8;LANGUAGE=;SONGLOOM_TEST_ARTIFACTS=${_ui_artifacts};SONGLOOM_QM_DIR=${PROJECT_BINARY_DIR}/app")
    add_dependencies(test_ui_studio_flow songloom)  # the translations it loads are built with the app
  endif()
  songloom_qtest(NAME test_ui_engine_backend SOURCES ${_ui_tests}/test_engine_backend.cpp
                 LIBS songloom_studio_engine songloom_fixtures LABELS ui)
  # Editing end to end under Xvfb on the tiny models: variations, region repaint with 2 takes, accept,
  # extend 10 s, lineage, export FLAC + MP4 read back. Screenshots in test-artifacts.
  add_executable(test_ui_edit_flow ${_ui_tests}/test_edit_flow.cpp ${_ui_tests}/mediaprobe.cpp)
  target_link_libraries(test_ui_edit_flow PRIVATE Qt6::Test songloom_studio_engine songloom_fixtures
                                                  PkgConfig::SONGLOOM_FFMPEG songloom_warnings)
  if(SONGLOOM_XVFB_RUN)
    add_test(NAME test_ui_edit_flow
             COMMAND ${SONGLOOM_XVFB_RUN} -a -s "-screen 0 1400x1000x24" $<TARGET_FILE:test_ui_edit_flow>)
    set_tests_properties(test_ui_edit_flow PROPERTIES LABELS ui TIMEOUT 900
                         ENVIRONMENT "QT_QPA_PLATFORM=xcb;LC_ALL=C.UTF-8;LANG=C.UTF-8;LANGUAGE=;SONGLOOM_TEST_ARTIFACTS=${_ui_artifacts}")
  endif()
endif()

# The real binary under Xvfb: window shown, first scan done, screenshot + JSON description.
if(TARGET songloom)
  add_test(NAME ui_smoke_main_window
           COMMAND ${CMAKE_COMMAND} -DSONGLOOM=$<TARGET_FILE:songloom> -DWORK=${CMAKE_CURRENT_BINARY_DIR}/ui_smoke_en
                   -DSCREENSHOT=${_ui_artifacts}/songloom-main-window.png -DLOCALE=C.UTF-8 -DFOLDER_FROM=option
                   "-DEXPECT_MENUS=File;Help" -DEXPECT_SIZE=1280x800
                   "-DEXPECT_STATUS=^libtorch .+, (GPU: |no usable GPU found|CPU only)"
                   -P ${_ui_tests}/scripts/smoke_main_window.cmake)
  add_test(NAME ui_smoke_main_window_german
           COMMAND ${CMAKE_COMMAND} -DSONGLOOM=$<TARGET_FILE:songloom> -DWORK=${CMAKE_CURRENT_BINARY_DIR}/ui_smoke_de
                   -DSCREENSHOT=${_ui_artifacts}/songloom-main-window-de.png -DLOCALE=de_DE.UTF-8 -DFOLDER_FROM=settings
                   "-DEXPECT_MENUS=Datei;Hilfe"
                   "-DEXPECT_STATUS=^libtorch .+, (GPU: |keine nutzbare GPU gefunden|nur CPU)"
                   -P ${_ui_tests}/scripts/smoke_main_window.cmake)
  add_test(NAME ui_command_line_without_display
           COMMAND ${CMAKE_COMMAND} -DSONGLOOM=$<TARGET_FILE:songloom> -DVERSION=${PROJECT_VERSION}
                   -P ${_ui_tests}/scripts/command_line.cmake)
  add_test(NAME ui_smoke_main_window_chinese
           COMMAND ${CMAKE_COMMAND} -DSONGLOOM=$<TARGET_FILE:songloom> -DWORK=${CMAKE_CURRENT_BINARY_DIR}/ui_smoke_zh
                   -DSCREENSHOT=${_ui_artifacts}/songloom-main-window-zh.png -DLOCALE=zh_CN.UTF-8 -DFOLDER_FROM=option
                   "-DEXPECT_MENUS=文件(F);帮助(H)"
                   "-DEXPECT_STATUS=^libtorch .+(GPU|CPU)"
                   -P ${_ui_tests}/scripts/smoke_main_window.cmake)
  set_tests_properties(ui_smoke_main_window ui_smoke_main_window_german ui_smoke_main_window_chinese
                       ui_command_line_without_display
                       PROPERTIES LABELS ui TIMEOUT 300)

  add_test(NAME packaging_studio_install
           COMMAND ${CMAKE_COMMAND} -DBUILD=${PROJECT_BINARY_DIR} -DWORK=${CMAKE_CURRENT_BINARY_DIR}/studio_install
                   -P ${_ui_tests}/scripts/install_studio.cmake)
  set_tests_properties(packaging_studio_install PROPERTIES LABELS packaging TIMEOUT 120)
endif()

find_program(SONGLOOM_DESKTOP_FILE_VALIDATE desktop-file-validate)
if(SONGLOOM_DESKTOP_FILE_VALIDATE)
  add_test(NAME packaging_desktop_file
           COMMAND ${SONGLOOM_DESKTOP_FILE_VALIDATE} ${PROJECT_SOURCE_DIR}/packaging/songloom.desktop)
  set_tests_properties(packaging_desktop_file PROPERTIES LABELS packaging)
endif()

# Every tr() string of ui/ and app/ has a finished translation in each translations/songloom_<lang>.ts,
# with the source's placeholders kept (scripts/check_translations.py).
get_property(_ui_translatable GLOBAL PROPERTY SONGLOOM_TRANSLATABLE_SOURCES)
list(JOIN _ui_translatable "\n" _ui_translatable_lines)
file(WRITE ${CMAKE_CURRENT_BINARY_DIR}/ui_translatable_sources.lst "${_ui_translatable_lines}\n")
foreach(_lang de zh_CN ja ko)
  set(_name translations_${_lang}_complete)
  if(_lang STREQUAL "de")
    set(_name translations_german_complete)
  endif()
  add_test(NAME ${_name}
           COMMAND ${CMAKE_COMMAND} -DLUPDATE=$<TARGET_FILE:Qt6::lupdate>
                   -DTS=${PROJECT_SOURCE_DIR}/translations/songloom_${_lang}.ts
                   -DSOURCES=${CMAKE_CURRENT_BINARY_DIR}/ui_translatable_sources.lst
                   "-DINCLUDES=${PROJECT_SOURCE_DIR}/ui;${PROJECT_SOURCE_DIR}/app"
                   -DWORK=${CMAKE_CURRENT_BINARY_DIR}/translations_check_${_lang}
                   -P ${_ui_tests}/scripts/translations_complete.cmake)
  set_tests_properties(${_name} PROPERTIES LABELS unit)
endforeach()
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
  add_test(NAME translations_placeholders
           COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/scripts/check_translations.py
                   ${PROJECT_SOURCE_DIR}/translations)
  set_tests_properties(translations_placeholders PROPERTIES LABELS unit)
endif()
