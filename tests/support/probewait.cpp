// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probewait.h"

#include <QEventLoop>

using namespace cors;

fetch::FlowResult probeAndWait(probe::Prober &prober, const fetch::FetchInit &init,
                               const probe::ProbeOptions &options)
{
    QEventLoop loop;
    fetch::FlowResult result;
    QObject::connect(&prober, &probe::Prober::finished, &loop,
                     [&result, &loop](const fetch::FlowResult &r) {
                         result = r;
                         loop.quit();
                     });
    prober.start(init, options);
    loop.exec();
    return result;
}

fetch::FlowResult probeAndWait(const fetch::FetchInit &init, const probe::ProbeOptions &options)
{
    probe::Prober prober;
    return probeAndWait(prober, init, options);
}
