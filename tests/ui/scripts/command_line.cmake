# songloom --version and --help answer without a display (no DISPLAY, no WAYLAND_DISPLAY, no
# QT_QPA_PLATFORM), before any window system is touched; a mistyped option is a usage error (exit 2).
#   cmake -DSONGLOOM=<exe> -DVERSION=<x.y.z> -P command_line.cmake
foreach(var SONGLOOM VERSION)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "pass -D${var}=...")
  endif()
endforeach()
unset(ENV{DISPLAY})
unset(ENV{WAYLAND_DISPLAY})
unset(ENV{QT_QPA_PLATFORM})

function(run_songloom expected_rc)
  execute_process(COMMAND "${SONGLOOM}" ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err
                  TIMEOUT 120)
  message("songloom ${ARGN} -> ${rc}\n${out}${err}")
  if(NOT rc EQUAL expected_rc)
    message(FATAL_ERROR "songloom ${ARGN} exited with ${rc}, expected ${expected_rc}")
  endif()
  set(out "${out}" PARENT_SCOPE)
  set(err "${err}" PARENT_SCOPE)
endfunction()

string(REPLACE "." "\\." version_regex "${VERSION}")
foreach(option --version -v)
  run_songloom(0 ${option})
  if(NOT out MATCHES "^songloom ${version_regex}\nlibtorch [^\n]+, [^\n]+\n$")
    message(FATAL_ERROR "unexpected ${option} output")
  endif()
endforeach()

run_songloom(0 --help)
foreach(option --version --models-dir --settings-dir --screenshot)
  if(NOT out MATCHES "${option}")
    message(FATAL_ERROR "--help does not mention ${option}")
  endif()
endforeach()

# Qt's own options may come first; --version still needs no display.
run_songloom(0 -platform xcb --version)
if(NOT out MATCHES "^songloom ${version_regex}\n")
  message(FATAL_ERROR "unexpected output after Qt options")
endif()

# A usage error is reported as one (the offscreen platform stands in for a display here).
set(ENV{QT_QPA_PLATFORM} offscreen)
run_songloom(2 --modelsdir /tmp)
if(NOT err MATCHES "modelsdir")
  message(FATAL_ERROR "the usage error does not name the unknown option")
endif()
