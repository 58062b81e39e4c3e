# Every translatable string of ui/ and app/ has a finished entry in one translation: lupdate is run over the
# sources into a copy of translations/songloom_<lang>.ts, and nothing may come out unfinished.
#   cmake -DLUPDATE=<lupdate> -DTS=<songloom_xx.ts> -DSOURCES=<file listing sources> -DINCLUDES=<dirs>
#         -DWORK=<dir> -P translations_complete.cmake
# The include folders let lupdate resolve classes inside `namespace songloom::ui`, as the build's
# update_translations target does; without them it files their strings under the wrong context.
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
get_filename_component(ts_name "${TS}" NAME)
file(COPY_FILE "${TS}" "${WORK}/${ts_name}")
set(include_args "")
foreach(dir ${INCLUDES})
  list(APPEND include_args "-I${dir}")
endforeach()
execute_process(COMMAND "${LUPDATE}" -no-obsolete -locations none ${include_args} "@${SOURCES}"
                        -ts "${WORK}/${ts_name}"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
message("${out}${err}")
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "lupdate failed (${rc})")
endif()
file(READ "${WORK}/${ts_name}" ts)
string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${ts}")
string(REGEX MATCHALL "<message[ >]" messages "${ts}")
list(LENGTH messages message_count)
list(LENGTH unfinished unfinished_count)
if(message_count LESS 50)
  message(FATAL_ERROR "only ${message_count} messages found: did lupdate read the sources?")
endif()
if(unfinished_count GREATER 0)
  message(FATAL_ERROR "${unfinished_count} of ${message_count} strings have no translation in ${ts_name} yet: run "
                      "`ninja update_translations` and translate its unfinished entries")
endif()
message("all ${message_count} strings are translated")
