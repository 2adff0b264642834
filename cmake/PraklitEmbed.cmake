# Embeds text files (SQL migrations) into a generated .cpp as an array of
# {name, text}; regenerated at build time when a file changes.
set(PRAKLIT_EMBED_SCRIPT ${CMAKE_CURRENT_LIST_DIR}/EmbedFiles.cmake)

function(praklit_embed_files out_cpp symbol)
  set(files ${ARGN})
  add_custom_command(
    OUTPUT ${out_cpp}
    COMMAND ${CMAKE_COMMAND} -DOUT=${out_cpp} -DSYMBOL=${symbol} "-DFILES=${files}"
            -P ${PRAKLIT_EMBED_SCRIPT}
    DEPENDS ${files} ${PRAKLIT_EMBED_SCRIPT}
    COMMENT "Embedding ${symbol}"
    VERBATIM)
endfunction()
