// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "doctree.h"

#include "escape.h"
#include "utf8text.h"
#include "yamlscalar.h"

#include <QHash>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace cors::render {

class NodeWriter
{
    using Members = Node::Members;
    using Items = Node::Items;
    using Intrinsic = Node::Intrinsic;

    static QLatin1StringView tagName(Intrinsic function)
    {
        switch (function) {
        case Intrinsic::Ref:
            return QLatin1StringView("Ref");
        case Intrinsic::GetAtt:
            return QLatin1StringView("GetAtt");
        case Intrinsic::Sub:
            return QLatin1StringView("Sub");
        case Intrinsic::FindInMap:
            return QLatin1StringView("FindInMap");
        case Intrinsic::None:
            break;
        }
        return {};
    }

public:
    /// `count` spaces (indentation is at most a few dozen; longer is cut at 256).
    static QLatin1StringView indentation(qsizetype count)
    {
        static const QByteArray blanks(256, ' ');
        return QLatin1StringView(blanks.constData(), std::min<qsizetype>(count, blanks.size()));
    }

    /// Appends each part in turn.
    template <typename... Parts> static void put(Utf8Text &out, const Parts &...parts)
    {
        ((out += parts), ...);
    }

    // YAML in block style with two-space indentation, the layout yaml-cpp's emitter uses; each
    // function starts its output with the line break before what it writes.
    static bool isInline(const Node &node) { return isEmpty(node) || isScalar(node); }

    static bool isScalar(const Node &node)
    {
        return !std::holds_alternative<Members>(node.m_value) &&
               !std::holds_alternative<Items>(node.m_value);
    }

    /// Appends `prefix` and an inline value: a scalar (with its tag) or an empty {} / [].
    static void appendScalar(Utf8Text &out, char prefix, const Node &node)
    {
        if (node.m_tag != Intrinsic::None) {
            put(out, prefix, '!', tagName(node.m_tag));
            prefix = ' ';
        }
        out += prefix;
        if (const auto *string = std::get_if<QString>(&node.m_value)) {
            out += yaml::scalar(*string);
        } else if (const auto *flag = std::get_if<bool>(&node.m_value)) {
            out += *flag ? QLatin1StringView("true") : QLatin1StringView("false");
        } else if (const auto *number = std::get_if<qint64>(&node.m_value)) {
            out += QByteArray::number(*number);
        } else {
            out += std::holds_alternative<Members>(node.m_value) ? QLatin1StringView("{}")
                                                                 : QLatin1StringView("[]");
        }
    }

    static void comment(Utf8Text &out, const Node &node)
    {
        if (!node.m_comment.isEmpty()) {
            QString text = node.m_comment;
            text.replace(u'\n', u' ');
            put(out, QLatin1StringView("  # "), text);
        }
    }

    /// The text of shared subtrees already written, by their members (or items), indent (or
    /// depth), whether they follow "- ", their tag and comment: one cache per document written.
    struct MemoKey
    {
        const void *members;
        int level;
        bool afterDash;
        Intrinsic tag;
        QString comment;

        friend bool operator==(const MemoKey &, const MemoKey &) = default;
        friend size_t qHash(const MemoKey &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.members, key.level, key.afterDash, int(key.tag),
                              key.comment);
        }
    };
    using Memo = QHash<MemoKey, QByteArray>;
    static Memo &memo()
    {
        thread_local Memo cache;
        return cache;
    }

    static const void *identity(const Node &node)
    {
        if (const auto *members = std::get_if<Members>(&node.m_value)) {
            return members->constData();
        }
        return std::get<Items>(node.m_value).constData();
    }

    /// Writes `value` with `write`, or repeats what it wrote for the same shared subtree.
    template <typename Write>
    static void memoised(Utf8Text &out, const Node &value, int level, bool flag, Write write)
    {
        if (!value.m_shared || isInline(value)) {
            write(out);
            return;
        }
        const MemoKey key{identity(value), level, flag, value.m_tag, value.m_comment};
        if (const auto it = memo().constFind(key); it != memo().cend()) {
            out += *it;
            return;
        }
        const qsizetype start = out.size();
        write(out);
        memo().insert(key, out.sliced(start).toByteArray());
    }

    /// The value after "key:" or "- ": inline, or a block indented to `indent`.
    static void yamlValue(Utf8Text &out, const Node &value, int indent, bool afterDash)
    {
        memoised(out, value, indent, afterDash,
                 [&](Utf8Text &text) { yamlValueText(text, value, indent, afterDash); });
    }

    static void yamlValueText(Utf8Text &out, const Node &value, int indent, bool afterDash)
    {
        const auto *text = std::get_if<QString>(&value.m_value);
        if (text && value.m_tag == Intrinsic::None && yaml::isLiteralBlockSafe(*text)) {
            // YAML 1.2 §8.1.2 literal style: a multi-line text (a mapping template) as it reads.
            out += QLatin1StringView(" |");
            comment(out, value);
            for (const QStringView line : QStringView(*text).chopped(1).split(u'\n')) {
                out += '\n';
                if (!line.isEmpty()) {
                    put(out, indentation(indent), line);
                }
            }
            return;
        }
        if (isInline(value)) {
            appendScalar(out, ' ', value);
            comment(out, value);
            return;
        }
        if (value.m_tag != Intrinsic::None) {
            put(out, QLatin1StringView(" !"), tagName(value.m_tag));
        }
        if (const auto *members = std::get_if<Members>(&value.m_value)) {
            if (afterDash && value.m_tag == Intrinsic::None && value.m_comment.isEmpty()) {
                out += ' ';
                yamlMembers(out, *members, indent, true);
                return;
            }
            comment(out, value);
            yamlMembers(out, *members, indent, false);
        } else {
            comment(out, value);
            yamlItems(out, std::get<Items>(value.m_value), indent);
        }
    }

    static void yamlMembers(Utf8Text &out, const Members &members, int indent, bool firstInline)
    {
        for (qsizetype i = 0; i < members.size(); ++i) {
            const auto &[key, value] = members.at(i);
            if (i > 0 || !firstInline) {
                put(out, '\n', indentation(indent));
            }
            const QString text = yaml::scalar(key);
            // YAML 1.2 §6.9.1 / [154]: an implicit key is at most 1024 characters; a longer one
            // (a 2,000-character header name) is written as an explicit "? key" entry.
            if (text.size() > 1000) {
                put(out, QLatin1StringView("? "), text, '\n', indentation(indent), ':');
            } else {
                put(out, text, ':');
            }
            yamlValue(out, value, indent + 2, false);
        }
    }

    static void yamlItems(Utf8Text &out, const Items &items, int indent)
    {
        for (const Node &item : items) {
            put(out, '\n', indentation(indent), '-');
            yamlValue(out, item, indent + 2, true);
        }
    }

    static bool needsNoEscape(const QString &text)
    {
        return std::none_of(text.begin(), text.end(),
                            [](QChar c) { return c.unicode() < 0x20 || c == u'"' || c == u'\\'; });
    }

    /// RFC 8259 §7 string escaping, as QJsonDocument writes it: quotation mark, reverse solidus
    /// and control characters escaped, everything else as it is.
    static void jsonString(Utf8Text &out, const QString &text)
    {
        if (needsNoEscape(text)) {
            put(out, '"', text, '"'); // the common case
            return;
        }
        QString escaped;
        for (const QChar c : text) {
            switch (c.unicode()) {
            case u'"':
                escaped += u"\\\""_s;
                break;
            case u'\\':
                escaped += u"\\\\"_s;
                break;
            case u'\b':
                escaped += u"\\b"_s;
                break;
            case u'\f':
                escaped += u"\\f"_s;
                break;
            case u'\n':
                escaped += u"\\n"_s;
                break;
            case u'\r':
                escaped += u"\\r"_s;
                break;
            case u'\t':
                escaped += u"\\t"_s;
                break;
            default:
                if (c.unicode() < 0x20) {
                    escaped += u"\\u%1"_s.arg(uint(c.unicode()), 4, 16, QLatin1Char('0'));
                } else {
                    escaped += c;
                }
            }
        }
        put(out, '"', escaped, '"');
    }

    static void json(Utf8Text &out, const Node &node, int depth)
    {
        memoised(out, node, depth, false, [&](Utf8Text &text) { jsonText(text, node, depth); });
    }

    static void jsonText(Utf8Text &out, const Node &node, int depth)
    {
        if (node.m_tag != Intrinsic::None) {
            Node untagged = node;
            untagged.m_tag = Intrinsic::None;
            Node wrapper = Node::object();
            const QString name = tagName(node.m_tag);
            wrapper.set(node.m_tag == Intrinsic::Ref ? QString(name) : u"Fn::"_s + name, untagged);
            json(out, wrapper, depth);
            return;
        }
        const QLatin1StringView indent = indentation(2 * (depth + 1));
        const QLatin1StringView closing = indentation(2 * depth);
        const auto separator = [](bool last) {
            return last ? QLatin1StringView("\n") : QLatin1StringView(",\n");
        };
        if (const auto *members = std::get_if<Node::Members>(&node.m_value)) {
            if (members->isEmpty()) {
                out += QLatin1StringView("{}");
                return;
            }
            out += QLatin1StringView("{\n");
            for (qsizetype i = 0; i < members->size(); ++i) {
                out += indent;
                jsonString(out, members->at(i).first);
                out += QLatin1StringView(": ");
                json(out, members->at(i).second, depth + 1);
                out += separator(i + 1 == members->size());
            }
            put(out, closing, '}');
        } else if (const auto *items = std::get_if<Node::Items>(&node.m_value)) {
            if (items->isEmpty()) {
                out += QLatin1StringView("[]");
                return;
            }
            out += QLatin1StringView("[\n");
            for (qsizetype i = 0; i < items->size(); ++i) {
                out += indent;
                json(out, items->at(i), depth + 1);
                out += separator(i + 1 == items->size());
            }
            put(out, closing, ']');
        } else if (const auto *text = std::get_if<QString>(&node.m_value)) {
            jsonString(out, *text);
        } else if (const auto *flag = std::get_if<bool>(&node.m_value)) {
            out += *flag ? QLatin1StringView("true") : QLatin1StringView("false");
        } else {
            out += QByteArray::number(std::get<qint64>(node.m_value));
        }
    }
};

Node Node::stringArray(const QStringList &items)
{
    Node node = array();
    for (const QString &item : items) {
        node.append(item);
    }
    return node;
}

QString Node::literal(const char *text)
{
    // A small direct-mapped cache keyed by address and checked by content: a pointer reused
    // for other text is never mistaken, and a miss only costs the conversion.
    struct Entry
    {
        const char *address = nullptr;
        QByteArray bytes;
        QString string;
    };
    thread_local std::array<Entry, 256> cache;
    Entry &entry = cache[(reinterpret_cast<quintptr>(text) >> 3) & 255];
    if (entry.address == text && entry.bytes == text) {
        return entry.string;
    }
    entry.address = text;
    entry.bytes = QByteArray(text);
    entry.string = QString::fromUtf8(entry.bytes);
    return entry.string;
}

bool isEmpty(const Node &node)
{
    if (const auto *members = std::get_if<Node::Members>(&node.m_value)) {
        return members->isEmpty();
    }
    if (const auto *items = std::get_if<Node::Items>(&node.m_value)) {
        return items->isEmpty();
    }
    return false;
}

Node Node::tagged(Intrinsic function, Node argument)
{
    argument.m_tag = function;
    return argument;
}

Node Node::shared(Node node)
{
    node.m_shared = true;
    return node;
}

Node &Node::set(const QString &key, Node value, const QString &why)
{
    if (!why.isEmpty()) {
        value.m_comment = why;
    }
    auto &members = std::get<Members>(m_value);
    if (members.isEmpty()) {
        members.reserve(4); // most objects have a few members: one allocation, not three
    }
    return members.emplaceBack(key, std::move(value)).second;
}

Node &Node::append(Node value)
{
    auto &items = std::get<Items>(m_value);
    items.append(std::move(value));
    return items.last();
}

QByteArray Node::toYaml(const QString &headerComment) const
{
    NodeWriter::memo().clear();
    Utf8Text out;
    out.reserve(64 * 1024);
    if (!headerComment.isEmpty()) {
        NodeWriter::put(out, QLatin1StringView("# "), headerComment);
    }
    if (NodeWriter::isInline(*this)) {
        NodeWriter::appendScalar(out, '\n', *this);
    } else if (const auto *members = std::get_if<Members>(&m_value)) {
        NodeWriter::yamlMembers(out, *members, 0, false);
    } else {
        NodeWriter::yamlItems(out, std::get<Items>(m_value), 0);
    }
    out += '\n';
    QByteArray text = out.take();
    if (text.startsWith('\n')) {
        text.remove(0, 1);
    }
    return text;
}

QByteArray Node::toJson() const
{
    NodeWriter::memo().clear();
    Utf8Text out;
    out.reserve(64 * 1024);
    NodeWriter::json(out, *this, 0);
    out += '\n';
    return out.take();
}

} // namespace cors::render
