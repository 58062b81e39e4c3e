# libtorch from the PyTorch wheel in the project's virtual environment.
#
# We do not call find_package(Torch): the wheel's TorchConfig.cmake insists on a CUDA toolkit when the
# wheel was built with CUDA (ours is), and a machine without the toolkit could not configure. Instead we
# ask the venv's Python where the wheel lives and which C++ ABI it was built with, and define imported
# targets over its shared libraries. The CUDA libraries are linked too (with --no-as-needed, so their
# static initialisers register the CUDA backend): the same binary runs on the CPU and uses a GPU when
# the driver is there. Their own RUNPATHs find the nvidia-* wheels next to torch.

set(SONGLOOM_PYTHON "${PROJECT_SOURCE_DIR}/.venv/bin/python" CACHE FILEPATH
    "Python interpreter whose site-packages holds the torch wheel")
if(NOT EXISTS "${SONGLOOM_PYTHON}")
  message(FATAL_ERROR "No Python at ${SONGLOOM_PYTHON}. Run scripts/install-deps.sh first, or pass "
                      "-DSONGLOOM_PYTHON=/path/to/python of an environment that has torch.")
endif()

execute_process(
  COMMAND "${SONGLOOM_PYTHON}" -c
    "import os, torch; print(os.path.dirname(torch.__file__)); print(int(torch._C._GLIBCXX_USE_CXX11_ABI)); print(torch.__version__); print(int(torch.backends.cuda.is_built()))"
  OUTPUT_VARIABLE _torch_info RESULT_VARIABLE _torch_rc ERROR_VARIABLE _torch_err
  OUTPUT_STRIP_TRAILING_WHITESPACE)
if(NOT _torch_rc EQUAL 0)
  message(FATAL_ERROR "Could not import torch with ${SONGLOOM_PYTHON}: ${_torch_err}")
endif()
string(REPLACE "\n" ";" _torch_info "${_torch_info}")
list(GET _torch_info 0 SONGLOOM_TORCH_DIR)
list(GET _torch_info 1 SONGLOOM_TORCH_CXX11_ABI)
list(GET _torch_info 2 SONGLOOM_TORCH_VERSION)
list(GET _torch_info 3 SONGLOOM_TORCH_HAS_CUDA)
message(STATUS "libtorch ${SONGLOOM_TORCH_VERSION} from ${SONGLOOM_TORCH_DIR} "
               "(CXX11 ABI ${SONGLOOM_TORCH_CXX11_ABI}, CUDA built ${SONGLOOM_TORCH_HAS_CUDA})")

set(_torch_lib "${SONGLOOM_TORCH_DIR}/lib")
set(_torch_inc "${SONGLOOM_TORCH_DIR}/include" "${SONGLOOM_TORCH_DIR}/include/torch/csrc/api/include")

function(_songloom_torch_import name file)
  add_library(${name} SHARED IMPORTED GLOBAL)
  set_target_properties(${name} PROPERTIES IMPORTED_LOCATION "${_torch_lib}/${file}"
                                           IMPORTED_NO_SONAME FALSE)
endfunction()
_songloom_torch_import(songloom_torch_c10 libc10.so)
_songloom_torch_import(songloom_torch_cpu libtorch_cpu.so)
_songloom_torch_import(songloom_torch_shim libtorch.so)

add_library(songloom::torch INTERFACE IMPORTED GLOBAL)
# -isystem: torch's headers are not ours to warn about.
target_include_directories(songloom::torch SYSTEM INTERFACE ${_torch_inc})
target_compile_definitions(songloom::torch INTERFACE _GLIBCXX_USE_CXX11_ABI=${SONGLOOM_TORCH_CXX11_ABI})
# The wheel ships its own {fmt} (v12) in include/fmt, which -isystem puts ahead of Debian's libfmt 9
# headers; compiled against v12 but linked to libfmt 9, fmt::format calls fail to link. Header-only mode
# makes torch translation units self-contained (v12 and v9 live in different inline namespaces).
target_compile_definitions(songloom::torch INTERFACE FMT_HEADER_ONLY=1)
# The wheel's libraries also export the std::filesystem code they link statically (pytorch/pytorch#133437).
# Found first, it interposes libstdc++'s and crashes (std::filesystem::remove_all calls a null pointer).
# Naming libstdc++ ahead of them in DT_NEEDED makes the dynamic linker bind those symbols to the system's.
target_link_options(songloom::torch INTERFACE "LINKER:--push-state,--no-as-needed,-lstdc++,--pop-state")
set(_torch_link songloom_torch_shim songloom_torch_cpu songloom_torch_c10)
if(SONGLOOM_TORCH_HAS_CUDA AND EXISTS "${_torch_lib}/libtorch_cuda.so")
  _songloom_torch_import(songloom_torch_cuda libtorch_cuda.so)
  _songloom_torch_import(songloom_torch_c10_cuda libc10_cuda.so)
  target_link_options(songloom::torch INTERFACE
    "LINKER:--no-as-needed,${_torch_lib}/libtorch_cuda.so,${_torch_lib}/libc10_cuda.so,--as-needed")
  target_compile_definitions(songloom::torch INTERFACE SONGLOOM_TORCH_CUDA=1)
  # CUDA runtime headers (for device queries) from the nvidia wheel torch depends on: no toolkit needed.
  file(GLOB _cuda_inc "${SONGLOOM_TORCH_DIR}/../nvidia/cu*/include")
  if(_cuda_inc)
    target_include_directories(songloom::torch SYSTEM INTERFACE ${_cuda_inc})
  endif()
endif()
target_link_libraries(songloom::torch INTERFACE ${_torch_link})
# Executables find libtorch through their RUNPATH; the wheel's own libraries find the nvidia-* wheels.
set(SONGLOOM_TORCH_LIBDIR "${_torch_lib}")
