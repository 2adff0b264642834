# Fails when a translatable string in the sources or forms has no Hebrew
# translation in locale/he.po (or the catalog does not compile).
file(MAKE_DIRECTORY ${BINARY_DIR})
file(GLOB_RECURSE sources RELATIVE ${SOURCE_DIR} ${SOURCE_DIR}/source/*.cpp ${SOURCE_DIR}/source/*.h)
file(GLOB forms ${SOURCE_DIR}/forms/*.xrc)
if(forms AND WXRC)
  execute_process(COMMAND ${WXRC} --gettext -o ${BINARY_DIR}/xrc_strings.cpp ${forms} COMMAND_ERROR_IS_FATAL ANY)
  list(APPEND sources ${BINARY_DIR}/xrc_strings.cpp)
endif()
execute_process(
  COMMAND xgettext --from-code=UTF-8 --language=C++ --keyword=_ --keyword=tr --keyword=trn:1,2
          --keyword=wxPLURAL:1,2 --keyword=wxTRANSLATE --keyword=N_ -o ${BINARY_DIR}/check.pot ${sources}
  WORKING_DIRECTORY ${SOURCE_DIR} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "xgettext failed")
endif()
execute_process(COMMAND msgfmt -c -o /dev/null ${SOURCE_DIR}/locale/he.po RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "locale/he.po does not compile: ${err}")
endif()
# msgcmp: every msgid of the sources must be in he.po, translated (not fuzzy, not empty).
execute_process(COMMAND msgcmp --use-untranslated ${SOURCE_DIR}/locale/he.po ${BINARY_DIR}/check.pot
                RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "Strings missing from locale/he.po (run the 'pot' target and translate):\n${err}")
endif()
execute_process(COMMAND msgattrib --untranslated --no-obsolete ${SOURCE_DIR}/locale/he.po
                OUTPUT_VARIABLE untranslated)
string(REGEX MATCHALL "\nmsgid \"[^\n]+" missing "${untranslated}")
if(missing)
  message(FATAL_ERROR "Untranslated strings in locale/he.po:${missing}")
endif()
message(STATUS "locale/he.po covers every string")
