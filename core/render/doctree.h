// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringBuilder>
#include <QStringList>

#include <utility>
#include <variant>

namespace cors::render {

/// An ordered JSON-like document (keys keep their insertion order, unlike QJsonObject), written
/// as YAML through YAML::Emitter or as JSON with QJsonDocument's string escaping. OpenAPI and
/// Swagger are built once as a tree and written in either form.
class Node
{
public:
    using Members = QList<std::pair<QString, Node>>;
    using Items = QList<Node>;

    Node()
        : m_value(Members{})
    {}
    Node(const QString &text)
        : m_value(text)
    {}
    template <typename A, typename B>
    Node(const QStringBuilder<A, B> &text)
        : m_value(QString(text))
    {}
    /// For the literals the renderers write ("AWS_PROXY", "2.0"): each becomes one shared
    /// QString, so thousands of nodes do not each allocate a copy.
    Node(const char *text)
        : m_value(literal(text))
    {}
    Node(bool flag)
        : m_value(flag)
    {}
    Node(qint64 number)
        : m_value(number)
    {}
    Node(int number)
        : m_value(qint64(number))
    {}

    static Node object() { return Node(); }
    static Node array() { return Node(Items{}); }
    static Node stringArray(const QStringList &items);
    /// The CloudFormation intrinsic functions the templates use.
    enum class Intrinsic : quint8
    {
        None,
        Ref,
        GetAtt,
        Sub,
        FindInMap,
    };
    /// An intrinsic function in short form: tagged(Ref, "Api") is `!Ref Api` in YAML and
    /// {"Ref": "Api"} in JSON; tagged(GetAtt, ...) is {"Fn::GetAtt": ...}.
    static Node tagged(Intrinsic function, Node argument);
    /// A subtree set into many places (the same integration on 500 methods): copies share its
    /// members, and the writers write its text once and repeat it.
    static Node shared(Node node);

    /// Adds a member to an object and returns it, for nested building. `why`, when given, is
    /// written as a comment after the key in YAML (JSON has no comments).
    Node &set(const QString &key, Node value, const QString &why = {});
    /// Appends to an array.
    Node &append(Node value);

    /// An object or array without members or items.
    friend bool isEmpty(const Node &node);

    QByteArray toYaml(const QString &headerComment) const;
    QByteArray toJson() const;

private:
    static QString literal(const char *text);

    explicit Node(Items items)
        : m_value(std::move(items))
    {}

    friend class NodeWriter;
    std::variant<Members, Items, QString, bool, qint64> m_value;
    QString m_comment; ///< why this node exists, for YAML output
    Intrinsic m_tag = Intrinsic::None;
    bool m_shared = false;
};

} // namespace cors::render
