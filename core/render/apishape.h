// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What every template format builds from a configuration's routes: the REST resource tree, the
// preflight of each path, and an HTTP API's route keys. One place, so formats cannot disagree.

#include "model/corsconfig.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace cors::render {

/// A REST API resource below the root, e.g. /items/{id} under /items.
struct RestResource
{
    QString path;       ///< "/items/{id}"
    QString parentPath; ///< "/items"; "/" for a child of the root
    QString pathPart;   ///< "{id}"
    /// "ItemsId": unique, letters and digits only, stable for a path (CloudFormation logical
    /// IDs and Terraform names derive from it).
    QString name;
};

/// A method the API serves on a REST resource ("ANY" or GET...), OPTIONS excluded: the MOCK
/// preflight is the resource's OPTIONS method.
struct RestMethod
{
    QString path;
    QString method;
    bool authorized = false; ///< the API's authorizer guards it
    QString name;            ///< "ItemsIdGet", "RootAny"
};

/// One path's preflight: its Access-Control-Allow-Methods (the methods its routes serve that
/// CORS allows, plus OPTIONS).
struct PathPreflight
{
    QString path;
    QStringList allowMethods;
    QString resourceName; ///< "Root" for "/"
};

/// An HTTP API route ("GET /items", "$default").
struct HttpRoute
{
    QString key;
    QString path;
    QString method; ///< "GET", "OPTIONS"; "ANY" for $default
    bool authorized = false;
    /// An OPTIONS route we add so preflights never reach the authorizer of an ANY/$default
    /// route (AWS: "Configuring CORS for an HTTP API").
    bool preflightOnly = false;
    QString name; ///< "GetItems", "Default", "OptionsProxy"
};

struct ApiShape
{
    QList<RestResource> resources; ///< parents before children
    QList<RestMethod> methods;
    QList<PathPreflight> preflights; ///< REST: every path with a route, in the routes' order
    QList<HttpRoute> httpRoutes;
};

ApiShape apiShape(const CorsConfig &config);

/// Why an HTTP API has an OPTIONS route of ours, for the comment beside it in every format.
QString preflightRouteWhy();

/// "Items" for /items, "ItemsId" for /items/{id}, "Root" for /.
QString pathName(const QString &path);

} // namespace cors::render
