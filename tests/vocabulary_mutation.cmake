# Runs the build-time check of the vocabulary document (cmake/vocabulary_data.cmake) on a copy of
# the real document IN with the text FROM replaced by TO, written to WORK; prints what the check
# says, so that the test's pass pattern can match it. A mutation that changes nothing, or a broken
# copy the check accepts, fails the test.
file(READ "${IN}" text)
string(REPLACE "${FROM}" "${TO}" broken "${text}")
if(broken STREQUAL text)
  message(FATAL_ERROR "the mutation leaves data/vocabulary.json unchanged: '${FROM}' is not in it")
endif()
file(WRITE "${WORK}/vocabulary.json" "${broken}")
execute_process(COMMAND ${CMAKE_COMMAND} -DIN=${WORK}/vocabulary.json -DOUT=${WORK}/vocabulary_data.cpp -P ${CHECK}
                RESULT_VARIABLE refused OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(refused EQUAL 0)
  message(FATAL_ERROR "the check accepted a broken document")
endif()
message("${out}${err}")
