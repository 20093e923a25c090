# PocketSphinx 0.8+5prealpha (Debian 12) as the imported target PocketSphinx::PocketSphinx.
# Its pkg-config file names an include folder that does not exist, so the target is built
# from the folders that do. PocketSphinx_MODEL_DIR is where its models are.
find_package(PkgConfig REQUIRED)
pkg_get_variable(PocketSphinx_MODEL_DIR pocketsphinx modeldir)
find_path(PocketSphinx_INCLUDE_DIR pocketsphinx.h PATH_SUFFIXES pocketsphinx)
find_path(SphinxBase_INCLUDE_DIR sphinxbase/cmd_ln.h
          PATHS /usr/include/${CMAKE_LIBRARY_ARCHITECTURE})
find_library(PocketSphinx_LIBRARY pocketsphinx)
find_library(SphinxBase_LIBRARY sphinxbase)

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(PocketSphinx
    REQUIRED_VARS PocketSphinx_LIBRARY SphinxBase_LIBRARY PocketSphinx_INCLUDE_DIR
                  SphinxBase_INCLUDE_DIR PocketSphinx_MODEL_DIR)

if(PocketSphinx_FOUND AND NOT TARGET PocketSphinx::PocketSphinx)
    add_library(PocketSphinx::PocketSphinx INTERFACE IMPORTED)
    set_target_properties(PocketSphinx::PocketSphinx PROPERTIES
        INTERFACE_INCLUDE_DIRECTORIES
            "${PocketSphinx_INCLUDE_DIR};${SphinxBase_INCLUDE_DIR};${SphinxBase_INCLUDE_DIR}/sphinxbase"
        INTERFACE_LINK_LIBRARIES "${PocketSphinx_LIBRARY};${SphinxBase_LIBRARY}")
endif()
