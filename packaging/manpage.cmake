# cmake -DPROGRAM=dealix-desk -DOUT=dealix-desk.1 -P manpage.cmake: the program's --man, checked.
execute_process(COMMAND ${PROGRAM} --man OUTPUT_FILE ${OUT}.tmp RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${PROGRAM} --man failed: ${rc}")
endif()
file(RENAME ${OUT}.tmp ${OUT})
