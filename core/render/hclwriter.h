// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace cors::render {

/// Writes HCL the way `terraform fmt` lays it out: two-space indentation and the `=` of
/// consecutive attributes aligned. Values are expressions; use hclString() for literals.
class HclWriter
{
public:
    void comment(const QString &text);
    void blankLine();
    /// Opens `header {` (e.g. `resource "aws_api_gateway_method" "cors"`).
    void openBlock(const QString &header);
    void closeBlock();
    void attribute(const QString &name, const QString &expression);
    /// `name = {` ... `}` with quoted keys, for maps such as response_parameters.
    void mapAttribute(const QString &name, const QList<std::pair<QString, QString>> &entries);

    QByteArray bytes();

private:
    void flushAttributes();
    QStringView indent() const;

    QString m_text;
    int m_depth = 0;
    QList<std::pair<QString, QString>> m_pending;
};

} // namespace cors::render
