# Compiler settings shared by every Spool target.
set(CMAKE_CXX_STANDARD 20)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)
set(CMAKE_POSITION_INDEPENDENT_CODE ON)

include(GNUInstallDirs)

# House rules (DESIGN.md, rule 8): no Qt keywords, no implicit conversions from char *.
add_compile_definitions(
    QT_NO_KEYWORDS
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER)

# Aggregates such as Error are built from their leading members; the rest keep defaults.
add_compile_options(-Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Wno-missing-field-initializers)
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    add_compile_options(-Wshadow=local)
endif()
if(SPOOL_WERROR)
    add_compile_options(-Werror)
endif()

if(SPOOL_SANITIZE)
    list(JOIN SPOOL_SANITIZE "," _spool_sanitizers)
    add_compile_options(-fsanitize=${_spool_sanitizers} -fno-omit-frame-pointer)
    add_link_options(-fsanitize=${_spool_sanitizers})
    if("undefined" IN_LIST SPOOL_SANITIZE)
        add_compile_options(-fno-sanitize-recover=undefined)
    endif()
endif()

# Executables land in one folder so tests and scripts find them without guessing.
set(CMAKE_RUNTIME_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/bin")
