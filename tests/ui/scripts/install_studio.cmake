# `cmake --install <build> --component studio` installs the binary, the scalable icon and the desktop file,
# and the installed binary runs.
#   cmake -DBUILD=<build dir> -DWORK=<dir> -P install_studio.cmake
file(REMOVE_RECURSE "${WORK}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD}" --component studio --prefix "${WORK}/usr"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
message("${out}${err}")
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cmake --install --component studio failed (${rc})")
endif()
foreach(file bin/songloom share/icons/hicolor/scalable/apps/songloom.svg share/applications/songloom.desktop)
  if(NOT EXISTS "${WORK}/usr/${file}")
    message(FATAL_ERROR "not installed: ${file}")
  endif()
endforeach()
file(STRINGS "${WORK}/usr/share/applications/songloom.desktop" icon REGEX "^Icon=")
if(NOT icon STREQUAL "Icon=songloom")
  message(FATAL_ERROR "the desktop file's icon '${icon}' does not name the installed songloom.svg")
endif()
message("installed the studio under ${WORK}/usr")

# The installed binary starts (finds Qt and libtorch through its RUNPATH) and answers without a display.
unset(ENV{DISPLAY})
unset(ENV{WAYLAND_DISPLAY})
execute_process(COMMAND "${WORK}/usr/bin/songloom" --version RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT out MATCHES "^songloom ")
  message(FATAL_ERROR "the installed songloom --version failed (${rc}): ${out}${err}")
endif()
