# SPDX-FileCopyrightText: 2026 CORS Configurator contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# One INTERFACE target carries the settings every target of ours shares.

add_library(cors_common INTERFACE)
add_library(Cors::Common ALIAS cors_common)

target_compile_features(cors_common INTERFACE cxx_std_20)
target_compile_options(cors_common INTERFACE
    -Wall -Wextra -Wpedantic -Werror
    -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Woverloaded-virtual
    -Wformat=2 -Wimplicit-fallthrough)
target_compile_definitions(cors_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)

set(CMAKE_CXX_EXTENSIONS OFF)
