// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "route.h"

using namespace Qt::StringLiterals;

namespace cors {

const QStringList &routeMethods()
{
    static const QStringList methods{u"GET"_s,   u"HEAD"_s,   u"POST"_s,    u"PUT"_s,
                                     u"PATCH"_s, u"DELETE"_s, u"OPTIONS"_s, anyMethod};
    return methods;
}

QStringList pathSegments(const QString &path)
{
    if (path == defaultRoutePath) {
        return {};
    }
    return path.split(u'/', Qt::SkipEmptyParts);
}

bool isVariableSegment(QStringView segment)
{
    return segment.size() > 2 && segment.startsWith(u'{') && segment.endsWith(u'}');
}

bool isGreedySegment(QStringView segment)
{
    return isVariableSegment(segment) && segment.endsWith(u"+}");
}

QString parameterName(QStringView segment)
{
    if (!isVariableSegment(segment)) {
        return {};
    }
    QStringView inner = segment.mid(1, segment.size() - 2);
    if (inner.endsWith(u'+')) {
        inner.chop(1);
    }
    return inner.toString();
}

} // namespace cors
