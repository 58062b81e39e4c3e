# Compiler settings shared by every target.
set(CMAKE_CXX_STANDARD 20)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)
set(CMAKE_POSITION_INDEPENDENT_CODE ON)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)
# Release at -O2 rather than CMake's -O3: most of the hot code is inside libtorch, and -O3 costs compile
# time on the 2-core CI machine.
set(CMAKE_CXX_FLAGS_RELEASE "-O2 -DNDEBUG")
if(NOT CMAKE_BUILD_TYPE AND NOT CMAKE_CONFIGURATION_TYPES)
  set(CMAKE_BUILD_TYPE RelWithDebInfo CACHE STRING "Build type" FORCE)
endif()

# ccache when present: rebuilds on the 2-core CI machine should cost seconds, not minutes.
find_program(SONGLOOM_CCACHE ccache)
# The sloppiness settings let ccache cache translation units that use the torch precompiled header.
if(SONGLOOM_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
  set(_ccache ${CMAKE_COMMAND} -E env
      CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime ${SONGLOOM_CCACHE})
  set(CMAKE_CXX_COMPILER_LAUNCHER ${_ccache})
  set(CMAKE_C_COMPILER_LAUNCHER ${_ccache})
endif()

# Warnings for our own code (applied per target with songloom_warnings()).
add_library(songloom_warnings INTERFACE)
target_compile_options(songloom_warnings INTERFACE -Wall -Wextra -Wpedantic -Wno-unused-parameter)

# AddressSanitizer + UndefinedBehaviorSanitizer flags for the torch-free parser tests.
add_library(songloom_sanitize INTERFACE)
# -O1 (after the build type's -O2/-O3, so it wins): sanitized code compiles much faster and still
# finds what the sanitizers find; these binaries exist for checking, not speed.
target_compile_options(songloom_sanitize INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                   -fno-sanitize-recover=all -O1)
target_link_options(songloom_sanitize INTERFACE -fsanitize=address,undefined)
