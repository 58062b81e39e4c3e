# Every translatable string of ui/ and app/ has a finished entry in the German translation: lupdate is run
# over the sources into a copy of translations/songloom_de.ts, and nothing may come out unfinished.
#   cmake -DLUPDATE=<lupdate> -DTS=<songloom_de.ts> -DSOURCES=<file listing sources> -DINCLUDES=<dirs>
#         -DWORK=<dir> -P translations_complete.cmake
# The include folders let lupdate resolve classes inside `namespace songloom::ui`, as the build's
# update_translations target does; without them it files their strings under the wrong context.
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
file(COPY_FILE "${TS}" "${WORK}/songloom_de.ts")
set(include_args "")
foreach(dir ${INCLUDES})
  list(APPEND include_args "-I${dir}")
endforeach()
execute_process(COMMAND "${LUPDATE}" -no-obsolete -locations none ${include_args} "@${SOURCES}"
                        -ts "${WORK}/songloom_de.ts"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
message("${out}${err}")
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "lupdate failed (${rc})")
endif()
file(READ "${WORK}/songloom_de.ts" ts)
string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${ts}")
string(REGEX MATCHALL "<message[ >]" messages "${ts}")
list(LENGTH messages message_count)
list(LENGTH unfinished unfinished_count)
if(message_count LESS 50)
  message(FATAL_ERROR "only ${message_count} messages found: did lupdate read the sources?")
endif()
if(unfinished_count GREATER 0)
  message(FATAL_ERROR "${unfinished_count} of ${message_count} strings have no German translation yet: run "
                      "`ninja update_translations` and translate the unfinished entries of translations/songloom_de.ts")
endif()
message("all ${message_count} strings are translated")
