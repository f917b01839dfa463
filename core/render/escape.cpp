// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "escape.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cors::render {

namespace {

QString hex(uint value, int width)
{
    return QString::number(value, 16).rightJustified(width, u'0');
}

template <typename Escape> QString joinList(const QStringList &items, Escape escape)
{
    QStringList literals;
    literals.reserve(items.size());
    for (const QString &item : items) {
        literals.append(escape(item));
    }
    return u"["_s + literals.join(u", "_s) + u"]"_s;
}

} // namespace

QStringView spaces(qsizetype count)
{
    static const QString many(4096, u' ');
    return QStringView(many).first(std::clamp<qsizetype>(count, 0, many.size()));
}

QString vtlString(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\'', u"''"_s);
    return u"'"_s + escaped + u"'"_s;
}

QString hclString(const QString &text)
{
    QString out = u"\""_s;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        const bool startsTemplate =
            (u == u'$' || u == u'%') && i + 1 < text.size() && text.at(i + 1) == u'{';
        if (startsTemplate) {
            out += c;
            out += c; // "$${" is a literal "${" in HCL
        } else if (u == u'"') {
            out += u"\\\""_s;
        } else if (u == u'\\') {
            out += u"\\\\"_s;
        } else if (u == u'\n') {
            out += u"\\n"_s;
        } else if (u == u'\r') {
            out += u"\\r"_s;
        } else if (u == u'\t') {
            out += u"\\t"_s;
        } else if (u < 0x20 || u == 0x7F || (u >= 0x80 && u <= 0x9F)) {
            out += u"\\u"_s + hex(u, 4);
        } else {
            out += c;
        }
    }
    return out + u'"';
}

QString hclList(const QStringList &items)
{
    return joinList(items, hclString);
}

QString jsString(const QString &text)
{
    QString out = u"\""_s;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'"') {
            out += u"\\\""_s;
        } else if (u == u'\\') {
            out += u"\\\\"_s;
        } else if (u == u'\n') {
            out += u"\\n"_s;
        } else if (u == u'\r') {
            out += u"\\r"_s;
        } else if (u == u'\t') {
            out += u"\\t"_s;
        } else if (u < 0x20 || u >= 0x7F) {
            // Surrogate halves stay pairs: each half as its own \u escape is what JS expects.
            out += u"\\u"_s + hex(u, 4);
        } else {
            out += c;
        }
    }
    return out + u'"';
}

QString jsArray(const QStringList &items)
{
    return joinList(items, jsString);
}

QString pythonString(const QString &text)
{
    QString out = u"\""_s;
    const QList<uint> codePoints = text.toUcs4();
    for (const uint u : codePoints) {
        if (u == u'"') {
            out += u"\\\""_s;
        } else if (u == u'\\') {
            out += u"\\\\"_s;
        } else if (u == u'\n') {
            out += u"\\n"_s;
        } else if (u == u'\r') {
            out += u"\\r"_s;
        } else if (u == u'\t') {
            out += u"\\t"_s;
        } else if (u < 0x20 || u == 0x7F) {
            out += u"\\x"_s + hex(u, 2);
        } else if (u < 0x7F) {
            out += QChar(char16_t(u));
        } else if (u <= 0xFFFF) {
            out += u"\\u"_s + hex(u, 4);
        } else {
            out += u"\\U"_s + hex(u, 8);
        }
    }
    return out + u'"';
}

QString pythonList(const QStringList &items)
{
    return joinList(items, pythonString);
}

} // namespace cors::render
