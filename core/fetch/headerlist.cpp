// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "headerlist.h"

#include "http/grammar.h"

#include <algorithm>

namespace cors::fetch {

namespace {
char asciiLower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c + ('a' - 'A')) : c;
}
} // namespace

bool equalsIgnoringAsciiCase(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size()) {
        return false;
    }
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (asciiLower(a[i]) != asciiLower(b[i])) {
            return false;
        }
    }
    return true;
}

bool containsIgnoringAsciiCase(const QList<QByteArray> &values, QByteArrayView value)
{
    return std::any_of(values.begin(), values.end(), [value](const QByteArray &element) {
        return equalsIgnoringAsciiCase(element, value);
    });
}

HeaderList::HeaderList(std::initializer_list<Header> headers)
    : m_headers(headers)
{}

void HeaderList::append(const QByteArray &name, const QByteArray &value)
{
    m_headers.append({name, value});
}

void HeaderList::combine(const QByteArray &name, const QByteArray &value)
{
    for (Header &header : m_headers) {
        if (equalsIgnoringAsciiCase(header.name, name)) {
            header.value += ", " + value;
            return;
        }
    }
    m_headers.append({name, value});
}

void HeaderList::set(const QByteArray &name, const QByteArray &value)
{
    for (qsizetype i = 0; i < m_headers.size(); ++i) {
        if (equalsIgnoringAsciiCase(m_headers[i].name, name)) {
            m_headers[i].value = value;
            m_headers.erase(std::remove_if(m_headers.begin() + i + 1, m_headers.end(),
                                           [&name](const Header &h) {
                                               return equalsIgnoringAsciiCase(h.name, name);
                                           }),
                            m_headers.end());
            return;
        }
    }
    m_headers.append({name, value});
}

void HeaderList::remove(QByteArrayView name)
{
    m_headers.removeIf([name](const Header &h) { return equalsIgnoringAsciiCase(h.name, name); });
}

bool HeaderList::contains(QByteArrayView name) const
{
    return count(name) > 0;
}

qsizetype HeaderList::count(QByteArrayView name) const
{
    return std::count_if(m_headers.begin(), m_headers.end(),
                         [name](const Header &h) { return equalsIgnoringAsciiCase(h.name, name); });
}

std::optional<QByteArray> HeaderList::get(QByteArrayView name) const
{
    std::optional<QByteArray> result;
    for (const Header &header : m_headers) {
        if (!equalsIgnoringAsciiCase(header.name, name)) {
            continue;
        }
        if (result) {
            *result += ", " + header.value;
        } else {
            result = header.value;
        }
    }
    return result;
}

bool isHttpWhitespace(char c)
{
    return c == '\t' || c == '\n' || c == '\r' || c == ' ';
}

bool isHttpTabOrSpace(char c)
{
    return c == '\t' || c == ' ';
}

QByteArray normalizeHeaderValue(QByteArrayView value)
{
    qsizetype begin = 0;
    qsizetype end = value.size();
    while (begin < end && isHttpWhitespace(value[begin])) {
        ++begin;
    }
    while (end > begin && isHttpWhitespace(value[end - 1])) {
        --end;
    }
    return value.sliced(begin, end - begin).toByteArray();
}

bool isTokenBytes(QByteArrayView bytes)
{
    return !bytes.isEmpty() && std::all_of(bytes.begin(), bytes.end(), [](char c) {
        return http::isTokenChar(QLatin1Char(c));
    });
}

bool isValidHeaderValue(QByteArrayView value)
{
    if (!value.isEmpty() && (isHttpTabOrSpace(value.front()) || isHttpTabOrSpace(value.back()))) {
        return false;
    }
    return std::none_of(value.begin(), value.end(),
                        [](char c) { return c == '\0' || c == '\n' || c == '\r'; });
}

QList<QByteArray> splitListValues(QByteArrayView value)
{
    QList<QByteArray> items;
    for (const QByteArray &element : value.toByteArray().split(',')) {
        qsizetype begin = 0;
        qsizetype end = element.size();
        while (begin < end && isHttpTabOrSpace(element[begin])) {
            ++begin;
        }
        while (end > begin && isHttpTabOrSpace(element[end - 1])) {
            --end;
        }
        if (end > begin) {
            items.append(element.sliced(begin, end - begin));
        }
    }
    return items;
}

TokenList extractTokenList(const HeaderList &headers, QByteArrayView name)
{
    TokenList result;
    const std::optional<QByteArray> combined = headers.get(name);
    if (!combined) {
        return result;
    }
    result.status = TokenList::Status::Parsed;
    for (const QByteArray &item : splitListValues(*combined)) {
        if (!isTokenBytes(item)) {
            result.status = TokenList::Status::Failure;
            result.values.clear();
            result.offending = item;
            return result;
        }
        result.values.append(item);
    }
    return result;
}

} // namespace cors::fetch
