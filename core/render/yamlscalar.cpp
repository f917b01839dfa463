// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "yamlscalar.h"

#include <array>

using namespace Qt::StringLiterals;

namespace cors::render::yaml {

namespace {

/// YAML 1.2 §7.3.3 "Plain Style": a plain scalar may not start with an indicator, nor contain
/// ": " or " #", nor end in a space or ':'. Kept to printable ASCII so no reader can disagree.
bool isPlainSafe(const QString &text)
{
    if (text.isEmpty() || looksLikeNonString(text)) {
        return false;
    }
    switch (text.front().unicode()) {
    case u'-':
    case u'?':
    case u':':
    case u',':
    case u'[':
    case u']':
    case u'{':
    case u'}':
    case u'#':
    case u'&':
    case u'*':
    case u'!':
    case u'|':
    case u'>':
    case u'\'':
    case u'"':
    case u'%':
    case u'@':
    case u'`':
    case u' ':
        return false; // an indicator (YAML 1.2 §5.3) or a space
    default:
        break;
    }
    if (text.back() == u' ' || text.back() == u':') {
        return false;
    }
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < 0x20 || c > 0x7e) {
            return false;
        }
        const bool next = i + 1 < text.size();
        if ((c == u':' && next && text.at(i + 1) == u' ') ||
            (c == u' ' && next && text.at(i + 1) == u'#')) {
            return false;
        }
    }
    return true;
}

QString doubleQuoted(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'"';
    for (const QChar qc : text) {
        const char16_t c = qc.unicode();
        switch (c) {
        case u'"':
            out += u"\\\""_s;
            continue;
        case u'\\':
            out += u"\\\\"_s;
            continue;
        case u'\n':
            out += u"\\n"_s;
            continue;
        case u'\t':
            out += u"\\t"_s;
            continue;
        case u'\r':
            out += u"\\r"_s;
            continue;
        case 0x85:
            out += u"\\N"_s;
            continue;
        case 0x2028:
            out += u"\\L"_s;
            continue;
        case 0x2029:
            out += u"\\P"_s;
            continue;
        default:
            break;
        }
        if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
            out += u"\\x%1"_s.arg(uint(c), 2, 16, QLatin1Char('0'));
        } else if (c == 0xfeff) {
            out += u"\\u%1"_s.arg(uint(c), 4, 16, QLatin1Char('0'));
        } else {
            out += qc;
        }
    }
    out += u'"';
    return out;
}

} // namespace

bool looksLikeNonString(const QString &text)
{
    if (text.isEmpty()) {
        return true;
    }
    // YAML 1.1 booleans and nulls (PyYAML, used by the SAM CLI, still reads these).
    static constexpr QStringView words[]{
        u"y",    u"Y",    u"yes",   u"Yes",  u"YES",   u"n",     u"N",     u"no", u"No",
        u"NO",   u"true", u"True",  u"TRUE", u"false", u"False", u"FALSE", u"on", u"On",
        u"ON",   u"off",  u"Off",   u"OFF",  u"null",  u"Null",  u"NULL",  u"~",  u".inf",
        u".Inf", u".INF", u"-.inf", u".nan", u".NaN",  u"<<",    u"="};
    static const QString firsts = u"yYnNtTfFoO~.-<="_s;      // the words' first letters
    if (text.size() <= 5 && firsts.contains(text.front())) { // the longest is "FALSE"
        for (const QStringView word : words) {
            if (word == text) {
                return true;
            }
        }
    }
    const auto digit = [&text](qsizetype i) {
        return i < text.size() && text.at(i) >= u'0' && text.at(i) <= u'9';
    };
    const QChar first = text.front();
    const bool sign = first == u'-' || first == u'+' || first == u'.';
    return digit(0) || (sign && digit(1));
}

bool isLiteralBlockSafe(const QString &text)
{
    if (text.size() < 2 || !text.endsWith(u'\n') || text.endsWith(u"\n\n"_s) ||
        text.count(u'\n') < 2) {
        return false;
    }
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        const bool lineStart = i == 0 || text.at(i - 1) == u'\n';
        const bool lineEnd = i + 1 < text.size() && text.at(i + 1) == u'\n';
        if (c == u'\n') {
            continue;
        }
        if (c < 0x20 || c > 0x7e || (c == u' ' && (lineStart || lineEnd))) {
            return false;
        }
    }
    return true;
}

QString scalar(const QString &text)
{
    // Keys are mostly string literals (u"..."_s), whose text lives as long as the program: their
    // verdict is remembered by address. Only such unowned text is cached; the renderers never
    // build strings with QString::fromRawData over buffers that could be reused.
    if (!text.data_ptr().isMutable() && !text.isEmpty()) {
        struct Entry
        {
            const QChar *data = nullptr;
            qsizetype size = 0;
            bool plain = false;
        };
        thread_local std::array<Entry, 512> verdicts;
        Entry &entry = verdicts[(reinterpret_cast<quintptr>(text.constData()) >> 3) & 511];
        if (entry.data != text.constData() || entry.size != text.size()) {
            entry = {text.constData(), text.size(), isPlainSafe(text)};
        }
        return entry.plain ? text : doubleQuoted(text);
    }
    return isPlainSafe(text) ? text : doubleQuoted(text);
}

} // namespace cors::render::yaml
