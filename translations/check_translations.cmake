# Fails when lupdate, run over the current sources, leaves any German string unfinished.
# cmake -DLUPDATE=... -DSRC=<project source dir> -DWORK=<scratch dir> -P check_translations.cmake
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
file(COPY ${SRC}/translations/tafel_de.ts DESTINATION ${WORK})
execute_process(COMMAND ${LUPDATE} -locations none -no-obsolete -no-ui-lines ${SRC}/app ${SRC}/modules -ts ${WORK}/tafel_de.ts
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed: ${out}${err}")
endif()
# A bare tr() outside a QObject / Q_DECLARE_TR_FUNCTIONS class gets a context from the enclosing scope that
# need not match the one used at run time, and the translation silently never shows. Use
# QCoreApplication::translate("context", "text") or Q_DECLARE_TR_FUNCTIONS instead.
string(REGEX MATCHALL "[^\n]*(lacks Q_OBJECT macro|unknown namespace/class)[^\n]*" ctxwarnings "${out}${err}")
if(ctxwarnings)
    string(REPLACE ";" "\n" listing "${ctxwarnings}")
    message(FATAL_ERROR "tr() calls whose translation context lupdate cannot determine:\n${listing}")
endif()
file(READ ${WORK}/tafel_de.ts ts)
string(REGEX MATCHALL "<source>[^<]*</source>[^<]*(<oldsource>[^<]*</oldsource>[^<]*)?(<comment>[^<]*</comment>[^<]*)?<translation type=\"unfinished\"" unfinished "${ts}")
list(LENGTH unfinished n)
if(n GREATER 0)
    string(REPLACE ";" "\n" listing "${unfinished}")
    message(FATAL_ERROR "${n} German string(s) unfinished; run `cmake --build build --target tafel_lupdate` and translate:\n${listing}")
endif()
string(REGEX MATCHALL "<message" all "${ts}")
list(LENGTH all total)
message(STATUS "All ${total} German strings are translated.")
