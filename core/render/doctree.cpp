// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "doctree.h"

#include "yamlsupport.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace cors::render {

class NodeWriter
{
    using Members = Node::Members;
    using Items = Node::Items;

public:
    static void yaml(YAML::Emitter &out, const Node &node)
    {
        if (!node.m_tag.isEmpty()) {
            out << YAML::LocalTag(yaml::utf8(node.m_tag));
        }
        if (const auto *members = std::get_if<Node::Members>(&node.m_value)) {
            if (members->isEmpty()) {
                out << YAML::Flow;
            }
            out << YAML::BeginMap;
            for (const auto &[key, value] : *members) {
                out << YAML::Key;
                yaml::emit(out, key);
                out << YAML::Value;
                // A scalar (or an empty [] / {}) keeps its comment on its own line after it;
                // a block mapping or list gets it after the key.
                const bool inlineValue = isEmpty(value) || (!std::holds_alternative<Members>(
                                                                 value.m_value) &&
                                                             !std::holds_alternative<Items>(
                                                                 value.m_value));
                if (!value.m_comment.isEmpty() && !inlineValue) {
                    out << YAML::Comment(yaml::utf8(value.m_comment));
                }
                yaml(out, value);
                if (!value.m_comment.isEmpty() && inlineValue) {
                    out << YAML::Comment(yaml::utf8(value.m_comment));
                }
            }
            out << YAML::EndMap;
        } else if (const auto *items = std::get_if<Node::Items>(&node.m_value)) {
            if (items->isEmpty()) {
                out << YAML::Flow;
            }
            out << YAML::BeginSeq;
            for (const Node &item : *items) {
                yaml(out, item);
            }
            out << YAML::EndSeq;
        } else if (const auto *text = std::get_if<QString>(&node.m_value)) {
            yaml::emit(out, *text);
        } else if (const auto *flag = std::get_if<bool>(&node.m_value)) {
            out << *flag;
        } else {
            out << static_cast<long long>(std::get<qint64>(node.m_value));
        }
    }

    static QString jsonString(const QString &text)
    {
        const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(array.mid(1, array.size() - 2));
    }

    static void json(QString &out, const Node &node, int depth)
    {
        if (!node.m_tag.isEmpty()) {
            Node untagged = node;
            untagged.m_tag.clear();
            Node wrapper = Node::object();
            wrapper.set(node.m_tag == u"Ref" ? node.m_tag : u"Fn::"_s + node.m_tag, untagged);
            json(out, wrapper, depth);
            return;
        }
        const QString indent(2 * (depth + 1), u' ');
        const QString closing(2 * depth, u' ');
        if (const auto *members = std::get_if<Node::Members>(&node.m_value)) {
            if (members->isEmpty()) {
                out += u"{}"_s;
                return;
            }
            out += u"{\n"_s;
            for (qsizetype i = 0; i < members->size(); ++i) {
                out += indent + jsonString(members->at(i).first) + u": "_s;
                json(out, members->at(i).second, depth + 1);
                out += i + 1 < members->size() ? u",\n"_s : u"\n"_s;
            }
            out += closing + u'}';
        } else if (const auto *items = std::get_if<Node::Items>(&node.m_value)) {
            if (items->isEmpty()) {
                out += u"[]"_s;
                return;
            }
            out += u"[\n"_s;
            for (qsizetype i = 0; i < items->size(); ++i) {
                out += indent;
                json(out, items->at(i), depth + 1);
                out += i + 1 < items->size() ? u",\n"_s : u"\n"_s;
            }
            out += closing + u']';
        } else if (const auto *text = std::get_if<QString>(&node.m_value)) {
            out += jsonString(*text);
        } else if (const auto *flag = std::get_if<bool>(&node.m_value)) {
            out += *flag ? u"true"_s : u"false"_s;
        } else {
            out += QString::number(std::get<qint64>(node.m_value));
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

Node Node::tagged(const QString &function, Node argument)
{
    argument.m_tag = function;
    return argument;
}

Node &Node::set(const QString &key, Node value, const QString &why)
{
    value.m_comment = why;
    auto &members = std::get<Members>(m_value);
    members.append({key, std::move(value)});
    return members.last().second;
}

Node &Node::append(Node value)
{
    auto &items = std::get<Items>(m_value);
    items.append(std::move(value));
    return items.last();
}

QByteArray Node::toYaml(const QString &headerComment) const
{
    YAML::Emitter out;
    out.SetIndent(2);
    if (!headerComment.isEmpty()) {
        out << YAML::Comment(yaml::utf8(headerComment));
    }
    NodeWriter::yaml(out, *this);
    return yaml::bytes(out);
}

QByteArray Node::toJson() const
{
    QString out;
    NodeWriter::json(out, *this, 0);
    return out.toUtf8() + '\n';
}

} // namespace cors::render
