# The public Engine API (engine/include/songloom/engine.h) on the tiny fixture models through the catalog:
# progress with ETA, streaming, determinism, memory policies, cancel modes, extend / keep-source.
songloom_parity_test(NAME test_engine_api SOURCES ${PROJECT_SOURCE_DIR}/tests/engine/api/test_engine.cpp
                     LIBS songloom_fixtures LABELS tiny TIMEOUT 900)
