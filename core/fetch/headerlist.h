// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

#include <initializer_list>
#include <optional>

namespace cors::fetch {

/// Fetch §2.2.2 "header": a name/value pair of byte sequences.
struct Header
{
    QByteArray name;
    QByteArray value;
    friend bool operator==(const Header &, const Header &) = default;
};

/// Fetch §2.2.2 "header list": ordered, names compared byte-case-insensitively.
class HeaderList
{
public:
    HeaderList() = default;
    HeaderList(std::initializer_list<Header> headers);

    /// Appends a header line as it is (duplicates stay separate lines, as received).
    void append(const QByteArray &name, const QByteArray &value);
    /// Fetch "combine": appends `value` to an existing header's value after ", ", keeping the
    /// first name's case; appends a new header otherwise. This is what a browser's request
    /// header map does with repeated names before it judges or sends them.
    void combine(const QByteArray &name, const QByteArray &value);
    /// Fetch "set": replaces every header named `name` with one.
    void set(const QByteArray &name, const QByteArray &value);
    void remove(QByteArrayView name);

    bool contains(QByteArrayView name) const;
    /// Fetch "get": the values of every header named `name`, in order, joined with ", ";
    /// nullopt when there is none.
    std::optional<QByteArray> get(QByteArrayView name) const;
    /// How many header lines carry `name`.
    qsizetype count(QByteArrayView name) const;

    const QList<Header> &headers() const { return m_headers; }
    bool isEmpty() const { return m_headers.isEmpty(); }
    qsizetype size() const { return m_headers.size(); }

    friend bool operator==(const HeaderList &, const HeaderList &) = default;

private:
    QList<Header> m_headers;
};

bool equalsIgnoringAsciiCase(QByteArrayView a, QByteArrayView b);
/// Whether `values` (e.g. from splitListValues()) holds `value`, ignoring ASCII case.
bool containsIgnoringAsciiCase(const QList<QByteArray> &values, QByteArrayView value);

/// Fetch §2.2 "HTTP whitespace" (tab, LF, CR, space) and "HTTP tab or space".
bool isHttpWhitespace(char c);
bool isHttpTabOrSpace(char c);
/// Fetch §2.2.2 "normalize" a header value: strip leading and trailing HTTP whitespace.
QByteArray normalizeHeaderValue(QByteArrayView value);
/// RFC 9110 §5.6.2 token, on bytes.
bool isTokenBytes(QByteArrayView bytes);
/// Fetch §2.2.2 "header value": no leading/trailing HTTP tab or space, no NUL, LF or CR.
bool isValidHeaderValue(QByteArrayView value);

/// The elements of a comma-separated header value, each stripped of HTTP tab or space, empty
/// ones dropped (RFC 9110 §5.6.1: recipients ignore empty list elements).
QList<QByteArray> splitListValues(QByteArrayView value);

/// The result of Fetch §2.2.2 "extract header list values" for a header whose grammar is a
/// comma-separated list of tokens (Access-Control-Allow-Methods/-Headers/-Expose-Headers,
/// RFC 9110 §5.6.1: empty list elements are allowed and ignored).
struct TokenList
{
    enum class Status
    {
        Absent,  ///< no such header
        Parsed,  ///< `values` holds the tokens, in order
        Failure, ///< an element is not a token; `offending` is the first one
    };
    Status status = Status::Absent;
    QList<QByteArray> values;
    QByteArray offending;
};
TokenList extractTokenList(const HeaderList &headers, QByteArrayView name);

} // namespace cors::fetch
