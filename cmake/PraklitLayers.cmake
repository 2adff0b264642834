# Each layer names its headers "layer/File.h" from an include root of its own
# (build/layers/<layer>/<layer> is a link to source/<layer>), so a library
# sees its own layer and the ones it links to, nothing above: a domain file
# that names "services/…" does not compile. Where links cannot be made
# (Windows without developer mode) the roots fall back to source/ and the
# layer check test (tests/CheckLayers.cmake) is the judge alone.
set(PRAKLIT_LAYER_ROOTS ${CMAKE_BINARY_DIR}/layers)

# praklit_layer_root(<target> <visibility> <folder under source/> [<name it is included as>])
function(praklit_layer_root target visibility folder)
  set(as ${folder})
  if(ARGC GREATER 3)
    set(as ${ARGV3})
  endif()
  string(REPLACE "/" "_" key ${as})
  set(root ${PRAKLIT_LAYER_ROOTS}/${key})
  set(link ${root}/${as})
  if(NOT EXISTS ${link})
    get_filename_component(parent ${link} DIRECTORY)
    file(MAKE_DIRECTORY ${parent})
    file(CREATE_LINK ${PROJECT_SOURCE_DIR}/source/${folder} ${link} RESULT made SYMBOLIC)
    if(NOT made EQUAL 0)
      set(root ${PROJECT_SOURCE_DIR}/source)
    endif()
  endif()
  target_include_directories(${target} ${visibility} ${root})
endfunction()
