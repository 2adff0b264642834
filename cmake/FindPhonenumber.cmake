# libphonenumber has no CMake config and no pkg-config file on Debian 12.
find_path(Phonenumber_INCLUDE_DIR phonenumbers/phonenumberutil.h)
find_library(Phonenumber_LIBRARY NAMES phonenumber)
include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(Phonenumber REQUIRED_VARS Phonenumber_INCLUDE_DIR Phonenumber_LIBRARY)
if(Phonenumber_FOUND AND NOT TARGET Phonenumber::Phonenumber)
  add_library(Phonenumber::Phonenumber UNKNOWN IMPORTED)
  set_target_properties(Phonenumber::Phonenumber PROPERTIES
    IMPORTED_LOCATION ${Phonenumber_LIBRARY}
    INTERFACE_INCLUDE_DIRECTORIES ${Phonenumber_INCLUDE_DIR})
endif()
