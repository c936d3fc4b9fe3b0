# libFuzzer targets of the parsers. Only clang ships libFuzzer; every library is built with
# coverage instrumentation and ASan+UBSan so a fuzzer sees into the code it drives, and any
# undefined behaviour stops the run as a crash instead of printing and going on.
if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "COSTLINE_FUZZ needs clang (configure with the 'fuzz' preset or -DCMAKE_CXX_COMPILER=clang++)")
endif()

add_compile_options(-O1 -fno-omit-frame-pointer
                    -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all)
add_link_options(-fsanitize=address,undefined)

# Seconds each fuzzer runs in the test suite: a smoke run over its seed corpus and beyond.
set(COSTLINE_FUZZ_SMOKE_SECONDS 5 CACHE STRING "Seconds of fuzzing per target in the test suite")

# A libFuzzer executable with its seed corpus in fuzz/corpus/<name>, registered with CTest.
# New inputs go to a folder in the build tree, never into the committed corpus.
function(costline_add_fuzzer name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    set_target_properties(${name} PROPERTIES AUTOMOC OFF)
    target_link_libraries(${name} PRIVATE costline_common ${ARG_LIBS})
    target_link_options(${name} PRIVATE -fsanitize=fuzzer)
    set(found_dir "${CMAKE_CURRENT_BINARY_DIR}/found/${name}")
    file(MAKE_DIRECTORY "${found_dir}")
    add_test(NAME ${name}
             COMMAND ${name} -max_total_time=${COSTLINE_FUZZ_SMOKE_SECONDS} -print_final_stats=1
                     -artifact_prefix=${CMAKE_CURRENT_BINARY_DIR}/${name}- "${found_dir}"
                     "${CMAKE_CURRENT_SOURCE_DIR}/corpus/${name}")
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "LC_ALL=C.UTF-8" TIMEOUT 120)
    add_dependencies(costline_fuzzers ${name})
endfunction()
