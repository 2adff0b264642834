# Message catalogs: locale/<lang>.po compiled with `msgfmt -c` into
# ${PRAKLIT_LOCALE_DIR}/<lang>/LC_MESSAGES/praklit.mo, read by wx and Boost.Locale.
# `cmake --build . --target pot` refreshes locale/praklit.pot from the sources
# and the XRC forms, and merges it into every .po.
find_program(MSGFMT_EXECUTABLE msgfmt REQUIRED)
find_program(XGETTEXT_EXECUTABLE xgettext)
find_program(MSGMERGE_EXECUTABLE msgmerge)

function(praklit_catalogs target)
  set(mos "")
  foreach(lang IN LISTS ARGN)
    set(po ${CMAKE_SOURCE_DIR}/locale/${lang}.po)
    set(mo ${PRAKLIT_LOCALE_DIR}/${lang}/LC_MESSAGES/praklit.mo)
    add_custom_command(OUTPUT ${mo}
      COMMAND ${CMAKE_COMMAND} -E make_directory ${PRAKLIT_LOCALE_DIR}/${lang}/LC_MESSAGES
      COMMAND ${MSGFMT_EXECUTABLE} -c -o ${mo} ${po}
      DEPENDS ${po}
      COMMENT "Compiling catalog ${lang}"
      VERBATIM)
    list(APPEND mos ${mo})
  endforeach()
  add_custom_target(${target} ALL DEPENDS ${mos})

  if(XGETTEXT_EXECUTABLE AND MSGMERGE_EXECUTABLE)
    add_custom_target(pot
      COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${CMAKE_SOURCE_DIR} -DBINARY_DIR=${CMAKE_BINARY_DIR}
              -DXGETTEXT=${XGETTEXT_EXECUTABLE} -DMSGMERGE=${MSGMERGE_EXECUTABLE}
              -DWXRC=${WXRC_EXECUTABLE} "-DLANGS=${ARGN}"
              -P ${CMAKE_SOURCE_DIR}/cmake/UpdatePot.cmake
      COMMENT "Extracting strings into locale/praklit.pot"
      VERBATIM)
  endif()
endfunction()
