# CMake 3.25's FindwxWidgets gives variables, not a target: build one.
find_package(wxWidgets 3.2 REQUIRED COMPONENTS xrc aui html core xml base)

function(praklit_wx_target name)
  add_library(${name} INTERFACE IMPORTED)
  set(defs ${wxWidgets_DEFINITIONS})
  set(libs "")
  foreach(lib IN LISTS wxWidgets_LIBRARIES)
    if(lib STREQUAL "-pthread")
      list(APPEND libs Threads::Threads)
    elseif(NOT lib STREQUAL "")
      list(APPEND libs ${lib})
    endif()
  endforeach()
  set(flags "")
  foreach(flag IN LISTS wxWidgets_CXX_FLAGS)
    if(NOT flag STREQUAL "" AND NOT flag STREQUAL "-pthread")
      list(APPEND flags ${flag})
    endif()
  endforeach()
  set_target_properties(${name} PROPERTIES
    INTERFACE_INCLUDE_DIRECTORIES "${wxWidgets_INCLUDE_DIRS}"
    INTERFACE_COMPILE_DEFINITIONS "${defs}"
    INTERFACE_COMPILE_OPTIONS "${flags}"
    INTERFACE_LINK_LIBRARIES "${libs}")
endfunction()
praklit_wx_target(Praklit::wx)

find_program(WXRC_EXECUTABLE NAMES wxrc wxrc-3.2 REQUIRED)
