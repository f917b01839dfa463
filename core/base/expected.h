// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <tl/expected.hpp>
#include <utility>

namespace cors {

/// What every function that can fail returns: the value, or why there is none. The error is a
/// sentence for a person (it quotes the value and says what to write instead) unless a caller
/// needs more (positions, several fields). After qBittorrent's `nonstd::expected<T, QString>`;
/// the type is Debian's tl::expected, the C++23 std::expected for C++20.
template <typename T, typename E = QString> using Expected = tl::expected<T, E>;

/// The failing side of an Expected: `return fail(tr("… is not …"));`.
template <typename E> auto fail(E &&error)
{
    return tl::make_unexpected(std::forward<E>(error));
}

} // namespace cors
