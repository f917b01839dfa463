// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hclwriter.h"

#include "escape.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cors::render {

QStringView HclWriter::indent() const
{
    return spaces(2 * m_depth);
}

void HclWriter::flushAttributes()
{
    qsizetype width = 0;
    for (const auto &attribute : std::as_const(m_pending)) {
        width = std::max(width, attribute.first.size());
    }
    for (const auto &[name, expression] : std::as_const(m_pending)) {
        m_text += indent() + name + spaces(width - name.size()) + u" = "_s + expression + u'\n';
    }
    m_pending.clear();
}

void HclWriter::comment(const QString &text)
{
    flushAttributes();
    m_text += indent() + u"# "_s + text + u'\n';
}

void HclWriter::blankLine()
{
    flushAttributes();
    m_text += u'\n';
}

void HclWriter::openBlock(const QString &header)
{
    flushAttributes();
    m_text += indent() + header + u" {\n"_s;
    ++m_depth;
}

void HclWriter::closeBlock()
{
    flushAttributes();
    --m_depth;
    m_text += indent() + u"}\n"_s;
}

void HclWriter::attribute(const QString &name, const QString &expression)
{
    m_pending.append({name, expression});
}

void HclWriter::mapAttribute(const QString &name, const QList<std::pair<QString, QString>> &entries)
{
    flushAttributes();
    if (entries.isEmpty()) {
        m_text += indent() + name + u" = {}\n"_s;
        return;
    }
    m_text += indent() + name + u" = {\n"_s;
    ++m_depth;
    for (const auto &[key, expression] : entries) {
        m_pending.append({hclString(key), expression});
    }
    flushAttributes();
    --m_depth;
    m_text += indent() + u"}\n"_s;
}

QByteArray HclWriter::bytes()
{
    flushAttributes();
    return m_text.toUtf8();
}

} // namespace cors::render
