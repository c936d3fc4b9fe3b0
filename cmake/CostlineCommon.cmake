# Compile settings every Costline target shares.
add_library(costline_common INTERFACE)
target_compile_options(costline_common INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
    -Wunused -Woverloaded-virtual -Wimplicit-fallthrough)
target_compile_definitions(costline_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_NO_URL_CAST_FROM_STRING)

# Tests keep the warnings but may build strings from literals freely.
add_library(costline_test_settings INTERFACE)
target_compile_options(costline_test_settings INTERFACE -Wall -Wextra -Wpedantic -Wshadow)
target_compile_definitions(costline_test_settings INTERFACE QT_USE_QSTRINGBUILDER)

# Adds a Qt Test executable registered with CTest; GUI-free tests still run offscreen.
function(costline_add_test name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
    qt_add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test costline_test_settings ${ARG_LIBS})
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;COSTLINE_SHARED_DATA=${COSTLINE_SHARED_DATA};COSTLINE_TEST_DATA=${COSTLINE_TEST_DATA}"
        TIMEOUT 180)
endfunction()
