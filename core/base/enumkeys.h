// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <cstddef>
#include <optional>

namespace cors {

/// An enum's keys: how project files, the command line and JSON spell each value, in the order
/// of the values (0, 1, 2, …). One table per enum, read both ways by the two functions below;
/// tst_enum_keys checks every table against its enum.
template <std::size_t N> using EnumKeys = const char16_t *const[N];

/// The key of `value`; empty for a value beyond the table.
template <typename Enum, std::size_t N> QString keyOf(const EnumKeys<N> &keys, Enum value)
{
    const auto index = std::size_t(value);
    return index < N ? QString::fromUtf16(keys[index]) : QString();
}

/// The value whose key is `key`.
template <typename Enum, std::size_t N>
std::optional<Enum> valueOfKey(const EnumKeys<N> &keys, QStringView key,
                               Qt::CaseSensitivity sensitivity = Qt::CaseSensitive)
{
    for (std::size_t index = 0; index < N; ++index) {
        if (key.compare(QStringView(keys[index]), sensitivity) == 0) {
            return Enum(index);
        }
    }
    return std::nullopt;
}

} // namespace cors
