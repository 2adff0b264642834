# SOCI ships no CMake config and no pkg-config file on Debian 12: find the
# core and the two backends Praklit uses and give them as imported targets.
find_path(SOCI_INCLUDE_DIR soci/soci.h)
find_library(SOCI_CORE_LIBRARY NAMES soci_core soci_core_4_0)
find_library(SOCI_SQLITE3_LIBRARY NAMES soci_sqlite3 soci_sqlite3_4_0)
find_library(SOCI_POSTGRESQL_LIBRARY NAMES soci_postgresql soci_postgresql_4_0)

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(SOCI REQUIRED_VARS
  SOCI_INCLUDE_DIR SOCI_CORE_LIBRARY SOCI_SQLITE3_LIBRARY SOCI_POSTGRESQL_LIBRARY)

if(SOCI_FOUND AND NOT TARGET SOCI::soci_core)
  find_package(Threads REQUIRED)
  find_package(SQLite3 REQUIRED)
  find_package(PostgreSQL REQUIRED)
  find_package(Boost 1.74 REQUIRED)  # soci-config.h defines SOCI_HAVE_BOOST

  add_library(SOCI::soci_core UNKNOWN IMPORTED)
  set_target_properties(SOCI::soci_core PROPERTIES
    IMPORTED_LOCATION ${SOCI_CORE_LIBRARY}
    INTERFACE_INCLUDE_DIRECTORIES ${SOCI_INCLUDE_DIR})
  target_link_libraries(SOCI::soci_core INTERFACE Threads::Threads Boost::headers ${CMAKE_DL_LIBS})

  add_library(SOCI::soci_sqlite3 UNKNOWN IMPORTED)
  set_target_properties(SOCI::soci_sqlite3 PROPERTIES IMPORTED_LOCATION ${SOCI_SQLITE3_LIBRARY})
  target_link_libraries(SOCI::soci_sqlite3 INTERFACE SOCI::soci_core SQLite::SQLite3)

  add_library(SOCI::soci_postgresql UNKNOWN IMPORTED)
  set_target_properties(SOCI::soci_postgresql PROPERTIES IMPORTED_LOCATION ${SOCI_POSTGRESQL_LIBRARY})
  target_link_libraries(SOCI::soci_postgresql INTERFACE SOCI::soci_core PostgreSQL::PostgreSQL)
endif()
