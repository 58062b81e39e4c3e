# The layering rules fail the build (target in ALL) and are a test too; a second test proves the checker
# catches a planted violation, so a silently broken regex cannot pass.
add_custom_target(check_include_rules ALL
  COMMAND ${CMAKE_COMMAND} -DROOT=${PROJECT_SOURCE_DIR} -P ${PROJECT_SOURCE_DIR}/cmake/CheckIncludeRules.cmake
  COMMENT "Checking include rules (engine: no Qt; ui: no torch)" VERBATIM)
add_test(NAME include_rules
         COMMAND ${CMAKE_COMMAND} -DROOT=${PROJECT_SOURCE_DIR} -P ${PROJECT_SOURCE_DIR}/cmake/CheckIncludeRules.cmake)
add_test(NAME include_rules_detects_violations
         COMMAND ${CMAKE_COMMAND} -DSCRIPT=${PROJECT_SOURCE_DIR}/cmake/CheckIncludeRules.cmake
                 -DWORK=${CMAKE_CURRENT_BINARY_DIR}/include_rules_selftest
                 -P ${CMAKE_CURRENT_LIST_DIR}/include_rules_selftest.cmake.in)
set_tests_properties(include_rules include_rules_detects_violations PROPERTIES LABELS unit)
