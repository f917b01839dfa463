// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "utf8text.h"

namespace cors::render {

Utf8Text &Utf8Text::operator+=(QStringView text)
{
    // Copies ASCII byte for byte into room made for it; the rest of a string from its first
    // non-ASCII character on goes through Qt's UTF-8 encoder.
    const qsizetype start = m_bytes.size();
    m_bytes.resize(start + text.size());
    char *out = m_bytes.data() + start;
    const char16_t *in = text.utf16();
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (in[i] >= 0x80) {
            m_bytes.truncate(start + i);
            m_bytes.append(text.sliced(i).toUtf8());
            return *this;
        }
        out[i] = char(in[i]);
    }
    return *this;
}

} // namespace cors::render
