# SPDX-FileCopyrightText: 2026 CORS Configurator contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# cors_add_test(NAME SOURCES ... [LIBRARIES ...])
# One Qt Test executable per unit, registered with CTest, run without a display.
function(cors_add_test name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBRARIES" ${ARGN})
    qt_add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test Cors::Common ${ARG_LIBRARIES})
    target_compile_definitions(${name} PRIVATE
        CORS_TEST_DATA_DIR="${CMAKE_CURRENT_SOURCE_DIR}/data")
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8"
        TIMEOUT 300)
endfunction()
