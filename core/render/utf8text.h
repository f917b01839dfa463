// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QStringView>

namespace cors::render {

/// A document being written straight to UTF-8: the writers append QStrings (almost always
/// ASCII) without an intermediate UTF-16 copy of the whole document and a final conversion.
class Utf8Text
{
public:
    void reserve(qsizetype bytes) { m_bytes.reserve(bytes); }
    qsizetype size() const { return m_bytes.size(); }
    QByteArrayView sliced(qsizetype from) const { return QByteArrayView(m_bytes).sliced(from); }
    QByteArray take() { return std::move(m_bytes); }

    Utf8Text &operator+=(QStringView text);
    Utf8Text &operator+=(QLatin1StringView ascii)
    {
        m_bytes.append(ascii.data(), ascii.size());
        return *this;
    }
    Utf8Text &operator+=(char ascii)
    {
        m_bytes.append(ascii);
        return *this;
    }
    Utf8Text &operator+=(QByteArrayView utf8)
    {
        m_bytes.append(utf8);
        return *this;
    }

private:
    QByteArray m_bytes;
};

} // namespace cors::render
