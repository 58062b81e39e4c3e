# Generation request (engine/core/request, include/songloom/generation_request.h): JSON form with the
# seeds' aliases, validation with the seeds' ranges, resolution against a variant preset. Torch-free.
#
# test_request_units       the invalid-request table (every range edge, wrong task for the variant, missing
#                          source audio, bad audio files), the seeds' own examples, aliases, defaults per
#                          variant, seed recording, JSON round trip
# test_request_units_asan  the same under AddressSanitizer + UBSan
set(_request_dir ${CMAKE_CURRENT_LIST_DIR}/request)
songloom_gtest(NAME test_request_units SOURCES ${_request_dir}/test_request.cpp
  LIBS songloom_engine_core LABELS unit)
songloom_gtest(NAME test_request_units_asan SOURCES ${_request_dir}/test_request.cpp
  LIBS songloom_engine_core_asan songloom_sanitize LABELS unit)

# test_take_tags           the model file hash against sha256sum (one file; shards with their framing), its
#                          (path, size, mtime) cache and errors; the generation parameters JSON of each batch
#                          item; tagsForTake and the round trip through a WAV's tags
# test_take_tags_asan      the same under AddressSanitizer + UBSan
songloom_gtest(NAME test_take_tags SOURCES ${_request_dir}/test_take_tags.cpp
  LIBS songloom_engine_core nlohmann_json::nlohmann_json LABELS unit)
songloom_gtest(NAME test_take_tags_asan SOURCES ${_request_dir}/test_take_tags.cpp
  LIBS songloom_engine_core_asan nlohmann_json::nlohmann_json songloom_sanitize LABELS unit)
