# cmake -DIN=FILE -DOUT=FILE.gz -P gzip.cmake: gzip -9n (no name or time inside: reproducible).
find_program(GZIP gzip REQUIRED)
execute_process(COMMAND ${GZIP} -9nc ${IN} OUTPUT_FILE ${OUT}.tmp RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "gzip ${IN} failed: ${rc}")
endif()
file(RENAME ${OUT}.tmp ${OUT})
