# Extracts every translatable string (C++ `_()`, `tr()`, `trn()`, `wxPLURAL`,
# `wxTRANSLATE`, and XRC labels through `wxrc --gettext`) into locale/praklit.pot.
file(GLOB_RECURSE sources RELATIVE ${SOURCE_DIR} ${SOURCE_DIR}/source/*.cpp ${SOURCE_DIR}/source/*.h)
list(SORT sources)
file(GLOB forms ${SOURCE_DIR}/forms/*.xrc)
set(xrc_strings ${BINARY_DIR}/xrc_strings.cpp)
if(forms AND WXRC)
  execute_process(COMMAND ${WXRC} --gettext -o ${xrc_strings} ${forms} COMMAND_ERROR_IS_FATAL ANY)
  # Make the references point at the forms, relative to the source tree.
  file(READ ${xrc_strings} text)
  string(REPLACE "${SOURCE_DIR}/" "" text "${text}")
  file(WRITE ${xrc_strings} "${text}")
  list(APPEND sources ${xrc_strings})
endif()
execute_process(
  COMMAND ${XGETTEXT} --from-code=UTF-8 --language=C++ --add-comments=TRANSLATORS:
          --keyword=_ --keyword=tr --keyword=trn:1,2 --keyword=wxPLURAL:1,2 --keyword=wxTRANSLATE
          --keyword=N_ --package-name=Praklit --msgid-bugs-address=dev@praklit.local
          --sort-by-file -o ${SOURCE_DIR}/locale/praklit.pot ${sources}
  WORKING_DIRECTORY ${SOURCE_DIR}
  COMMAND_ERROR_IS_FATAL ANY)
foreach(lang IN LISTS LANGS)
  execute_process(COMMAND ${MSGMERGE} --quiet --update --backup=none --no-fuzzy-matching
                  ${SOURCE_DIR}/locale/${lang}.po ${SOURCE_DIR}/locale/praklit.pot
                  COMMAND_ERROR_IS_FATAL ANY)
endforeach()
