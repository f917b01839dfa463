// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace cors {

/// One route of the API: an API Gateway path template and the methods it serves. REST APIs
/// turn it into a resource (with its parents) and methods; HTTP APIs into route keys
/// ("GET /items/{id}").
struct Route
{
    /// "/", "/items/{id}", "/files/{proxy+}" (a greedy last segment), or "$default" (HTTP APIs).
    QString path;
    /// GET HEAD POST PUT PATCH DELETE OPTIONS, or ANY alone.
    QStringList methods;
    /// "authorizer: none" in project files: the route is open although the API has an
    /// authorizer.
    bool isPublic = false;

    friend bool operator==(const Route &, const Route &) = default;
};

/// "ANY" and the methods a route may list, in the order the renders write them.
inline const QString anyMethod = QStringLiteral("ANY");
const QStringList &routeMethods();
/// "$default": an HTTP API's catch-all route.
inline const QString defaultRoutePath = QStringLiteral("$default");

/// A path template split into its segments: "/items/{id}" → ["items", "{id}"]; "/" → [].
QStringList pathSegments(const QString &path);
/// "{id}" or "{proxy+}".
bool isVariableSegment(QStringView segment);
/// "{proxy+}".
bool isGreedySegment(QStringView segment);
/// "id" for "{id}", "proxy" for "{proxy+}", empty for a literal segment.
QString parameterName(QStringView segment);

} // namespace cors
