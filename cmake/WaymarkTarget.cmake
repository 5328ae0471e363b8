# SPDX-License-Identifier: GPL-3.0-or-later
# Strict settings every Waymark target shares (STYLE.md).
function(waymark_setup_target target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING QT_NO_FOREACH
        QT_NO_CAST_FROM_BYTEARRAY QT_STRICT_ITERATORS
        WAYMARK_VERSION="${PROJECT_VERSION}")
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic
        $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local> -Wnon-virtual-dtor -Woverloaded-virtual)
endfunction()

# A Qt Test executable registered with CTest, run on the offscreen platform.
function(waymark_add_test name)
    # FUNCTIONS: the test functions the CTest entry runs (default: all of them). WRAPPER: a
    # command the test binary runs under (e.g. a script giving it a session bus).
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS;LABELS;FUNCTIONS;WRAPPER" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    waymark_setup_target(${name})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBS})
    target_compile_definitions(${name} PRIVATE
        WAYMARK_TESTDATA="${PROJECT_SOURCE_DIR}/tests/data"
        WAYMARK_CLI_PATH="$<TARGET_FILE:waymark-cli>")
    add_test(NAME ${name} COMMAND ${ARG_WRAPPER} $<TARGET_FILE:${name}> ${ARG_FUNCTIONS})
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;LANGUAGE=en"
        LABELS "${ARG_LABELS}" TIMEOUT 300)
endfunction()
