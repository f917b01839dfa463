// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chromium.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <unistd.h>

using namespace Qt::StringLiterals;

QString runHeadlessChromium(const QString &url, const std::function<bool()> &done, int timeoutMs)
{
    const QString chromium = qEnvironmentVariableIsSet("CORS_CHROMIUM")
                                 ? qEnvironmentVariable("CORS_CHROMIUM")
                                 : QStandardPaths::findExecutable(u"chromium"_s);
    if (chromium.isEmpty()) {
        return u"Chromium is not installed: run .ci/install-deps (Debian's 'chromium' package), "
               u"or set CORS_CHROMIUM."_s;
    }
    QTemporaryDir profile;
    if (!profile.isValid()) {
        return u"cannot create a temporary Chromium profile"_s;
    }
    QProcess browser;
    browser.setProgram(chromium);
    browser.setArguments({u"--headless"_s, u"--no-sandbox"_s, u"--disable-gpu"_s,
                          u"--disable-background-networking"_s, u"--disable-component-update"_s,
                          u"--disable-sync"_s, u"--disable-default-apps"_s, u"--no-first-run"_s,
                          u"--disable-features=Translate,MediaRouter"_s,
                          u"--user-data-dir="_s + profile.path(), url});
    // Chromium is chatty (D-Bus, GPU); its output is shown only when it fails.
    browser.setProcessChannelMode(QProcess::MergedChannels);
    browser.setStandardOutputFile(profile.filePath(u"chromium.log"_s));
    browser.setChildProcessModifier([]() { ::setsid(); });
    browser.start();
    if (!browser.waitForStarted()) {
        return browser.errorString();
    }
    const bool finished = QTest::qWaitFor(
        [&]() { return done() || browser.state() == QProcess::NotRunning; }, timeoutMs);
    const qint64 pid = browser.processId();
    if (pid > 0) {
        ::kill(-pid, SIGKILL); // the whole process group: browser, renderer, GPU, ...
    }
    browser.waitForFinished(10000);
    if (finished && done()) {
        return {};
    }
    QFile log(profile.filePath(u"chromium.log"_s));
    const QString tail =
        log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll().right(8000)) : QString();
    return u"Chromium did not finish the page; its output:\n"_s + tail;
}

QString fetchCasesPage(const QJsonArray &cases)
{
    QString json = QString::fromUtf8(QJsonDocument(cases).toJson(QJsonDocument::Compact));
    json.replace(u"<"_s, u"\\u003c"_s); // the JSON cannot end the script element
    return uR"(<!doctype html><meta charset="utf-8"><title>corscfg</title>
<script type="application/json" id="cases">%1</script>
<script>
(async () => {
  const cases = JSON.parse(document.getElementById('cases').textContent);
  for (let i = 0; i < cases.length; i++) {
    const c = cases[i];
    const init = {method: c.method, headers: c.headers,
                  credentials: c.credentials ? 'include' : 'same-origin'};
    if (c.body !== null) init.body = c.body;
    let r;
    try {
      const res = await fetch(c.url, init);
      r = {ok: true, status: res.status, headers: [...res.headers]};
      await res.text();
    } catch (e) {
      r = {ok: false, error: String(e)};
    }
    await fetch('/result/' + i, {method: 'POST', body: JSON.stringify(r)});
  }
  await fetch('/done', {method: 'POST', body: '{}'});
})();
</script>)"_s.arg(json);
}
