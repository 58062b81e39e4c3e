# Layering rules (architecture guide, "Dependency rules"), checked by grepping includes:
#   1. engine/** includes no Qt header.
#   2. ui/** includes no torch header (<torch/...>, <ATen/...>, <c10/...>).
#   3. engine/include/** and engine/core/** include no torch header (public API and core stay torch-free).
# Usage: cmake -DROOT=<source dir> -P CheckIncludeRules.cmake   (exit code 1 and a list on violation)
if(NOT ROOT)
  message(FATAL_ERROR "pass -DROOT=<source dir>")
endif()

set(_qt_regex "#[ \t]*include[ \t]*[<\"](Q[A-Za-z0-9_]+|Qt[A-Za-z0-9_]*/[^>\"]*|q[a-z0-9_]+\\.h)[>\"]")
set(_torch_regex "#[ \t]*include[ \t]*[<\"](torch|ATen|c10|caffe2)/")
set(_violations "")

function(_scan dir regex what)
  if(NOT IS_DIRECTORY "${ROOT}/${dir}")
    return()
  endif()
  file(GLOB_RECURSE _files "${ROOT}/${dir}/*.h" "${ROOT}/${dir}/*.hpp" "${ROOT}/${dir}/*.cpp" "${ROOT}/${dir}/*.cc"
                           "${ROOT}/${dir}/*.in")
  foreach(f ${_files})
    file(STRINGS "${f}" _hits REGEX "${regex}")
    foreach(h ${_hits})
      file(RELATIVE_PATH rel "${ROOT}" "${f}")
      string(STRIP "${h}" h)
      list(APPEND _violations "${rel}: ${what}: ${h}")
    endforeach()
  endforeach()
  set(_violations "${_violations}" PARENT_SCOPE)
endfunction()

_scan(engine "${_qt_regex}" "engine/ must not include Qt")
_scan(ui "${_torch_regex}" "ui/ must not include torch")
_scan(engine/include "${_torch_regex}" "the engine's public headers must stay torch-free")
_scan(engine/core "${_torch_regex}" "engine/core must stay torch-free")

if(_violations)
  list(LENGTH _violations n)
  string(REPLACE ";" "\n  " _text "${_violations}")
  message(FATAL_ERROR "include rules: ${n} violation(s):\n  ${_text}")
endif()
message(STATUS "include rules: engine/ has no Qt, ui/ has no torch, engine API and core have no torch")
