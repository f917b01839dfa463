// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/sourcemap.h"

#include <QList>
#include <QString>

#include <yaml-cpp/yaml.h>

#include <memory>
#include <utility>

namespace cors::templateimport::detail {

/// Thrown when reading a template takes more steps than any real template needs: aliases let a
/// small file reference one big mapping thousands of times.
struct WalkBudgetExceeded
{
};

/// The number of steps (map entries and list items looked at) one import may take.
class WalkBudget
{
public:
    explicit WalkBudget(qint64 steps)
        : m_left(steps)
    {}
    void spend(qint64 steps = 1);

private:
    qint64 m_left;
};

/// A node of a template together with where it is (the path of keys that leads to it, for
/// messages) and the walk budget every step is charged to. Lookups never throw and never insert:
/// a missing key, or a key looked up in something that is not a mapping, gives a missing value.
class Value
{
public:
    /// A missing value.
    Value() = default;
    Value(YAML::Node node, QString path, std::shared_ptr<WalkBudget> budget);

    bool isMissing() const; ///< absent, or written as null / nothing
    bool isMap() const;
    bool isSequence() const;
    bool isScalar() const;

    Value child(const QString &key) const;
    /// A mapping's entries in written order; entries whose key is not a scalar are skipped.
    QList<std::pair<QString, Value>> members() const;
    /// A sequence's items.
    QList<Value> items() const;

    QString path() const { return m_path; }
    SourcePosition position() const;
    /// The scalar's text (empty for anything else).
    QString text() const;
    /// Written in quotes ("600" or '600'), so YAML reads it as a string whatever it looks like.
    bool isQuoted() const;
    /// The CloudFormation intrinsic function the value is, in either form: a short-form tag
    /// (!Ref, !Sub, !GetAtt, !If, ...) or a one-key mapping ({"Ref": ...}, {"Fn::Sub": ...}).
    /// Returned as written without '!' ("Ref", "Fn::Sub", "Sub"); empty for a literal.
    QString intrinsicFunction() const;
    /// A short rendition for messages: the scalar, or "!Sub …", "a mapping", "a list".
    QString excerpt() const;

    const YAML::Node &node() const { return m_node; }

private:
    Value at(YAML::Node node, const QString &pathSuffix) const;

    YAML::Node m_node;
    QString m_path;
    std::shared_ptr<WalkBudget> m_budget;
};

} // namespace cors::templateimport::detail
