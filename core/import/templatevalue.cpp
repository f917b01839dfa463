// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "templatevalue.h"

#include "base/quoted.h"

#include <QCoreApplication>

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace cors::templateimport::detail {

namespace {

class TemplateValue
{
    Q_DECLARE_TR_FUNCTIONS(TemplateValue)
};

QString shortened(const QString &text)
{
    constexpr int most = 60;
    QString line = text.simplified();
    if (line.size() > most) {
        line = line.left(most - 1) + u'…';
    }
    return line;
}

} // namespace

void WalkBudget::spend(qint64 steps)
{
    m_left -= steps;
    if (m_left < 0) {
        throw WalkBudgetExceeded{};
    }
}

Value::Value(YAML::Node node, QString path, std::shared_ptr<WalkBudget> budget)
    : m_node(std::move(node))
    , m_path(std::move(path))
    , m_budget(std::move(budget))
{}

Value Value::at(YAML::Node node, const QString &pathSuffix) const
{
    return Value(std::move(node), m_path.isEmpty() ? pathSuffix : m_path + u'.' + pathSuffix,
                 m_budget);
}

bool Value::isMissing() const
{
    return !m_node.IsDefined() || m_node.IsNull();
}

bool Value::isMap() const
{
    return m_node.IsDefined() && m_node.IsMap();
}

bool Value::isSequence() const
{
    return m_node.IsDefined() && m_node.IsSequence();
}

bool Value::isScalar() const
{
    return m_node.IsDefined() && m_node.IsScalar();
}

Value Value::child(const QString &key) const
{
    if (isMap()) {
        const std::string wanted = key.toStdString();
        for (auto it = m_node.begin(); it != m_node.end(); ++it) {
            m_budget->spend();
            if (it->first.IsScalar() && it->first.Scalar() == wanted) {
                return at(it->second, key);
            }
        }
    }
    return at(YAML::Node(YAML::NodeType::Undefined), key);
}

QList<std::pair<QString, Value>> Value::members() const
{
    QList<std::pair<QString, Value>> entries;
    if (isMap()) {
        for (auto it = m_node.begin(); it != m_node.end(); ++it) {
            m_budget->spend();
            if (it->first.IsScalar()) {
                const QString key = QString::fromStdString(it->first.Scalar());
                entries.append({key, at(it->second, key)});
            }
        }
    }
    return entries;
}

QList<Value> Value::items() const
{
    QList<Value> list;
    if (isSequence()) {
        int index = 0;
        for (auto it = m_node.begin(); it != m_node.end(); ++it, ++index) {
            m_budget->spend();
            list.append(Value(*it, u"%1[%2]"_s.arg(m_path).arg(index), m_budget));
        }
    }
    return list;
}

SourcePosition Value::position() const
{
    if (!m_node.IsDefined() || m_node.Mark().is_null()) {
        return {};
    }
    return {m_node.Mark().line + 1, m_node.Mark().column + 1};
}

QString Value::text() const
{
    return isScalar() ? QString::fromStdString(m_node.Scalar()) : QString();
}

bool Value::isQuoted() const
{
    // yaml-cpp tags a quoted scalar "!" and a plain one "?".
    return isScalar() && m_node.Tag() == "!";
}

QString Value::intrinsicFunction() const
{
    if (!m_node.IsDefined()) {
        return {};
    }
    const std::string &tag = m_node.Tag();
    if (tag.size() > 1 && tag.front() == '!' && tag.rfind("!!", 0) != 0 &&
        tag.rfind("tag:yaml.org", 0) != 0) {
        return QString::fromStdString(tag.substr(1));
    }
    if (m_node.IsMap() && m_node.size() == 1) {
        m_budget->spend();
        const YAML::Node key = m_node.begin()->first;
        if (key.IsScalar() && (key.Scalar() == "Ref" || key.Scalar() == "Condition" ||
                               key.Scalar().rfind("Fn::", 0) == 0)) {
            return QString::fromStdString(key.Scalar());
        }
    }
    return {};
}

QString Value::excerpt() const
{
    if (const QString function = intrinsicFunction(); !function.isEmpty()) {
        const Value argument = m_node.IsMap() ? members().value(0).second : *this;
        const QString shown = argument.isScalar() ? shortened(argument.text()) : u"…"_s;
        return m_node.IsMap() ? u"{\"%1\": %2}"_s.arg(function, shown)
                              : u"!%1 %2"_s.arg(function, shown);
    }
    if (isMissing()) {
        return TemplateValue::tr("nothing");
    }
    if (isMap()) {
        return TemplateValue::tr("a mapping");
    }
    if (isSequence()) {
        return TemplateValue::tr("a list");
    }
    return quoted(shortened(text()));
}

} // namespace cors::templateimport::detail
