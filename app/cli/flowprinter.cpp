// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowprinter.h"

#include "fetch/corserror.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cors::cli {

namespace {
class FlowPrinter
{
    Q_DECLARE_TR_FUNCTIONS(FlowPrinter)

public:
    static void printIndented(QTextStream &out, const QString &text, const QString &prefix = {})
    {
        const QStringList lines = text.split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            out << u"   "_s << (i == 0 ? prefix : QString(prefix.size(), u' ')) << lines[i]
                << u'\n';
        }
    }
};
} // namespace

void printFlow(QTextStream &out, const fetch::FetchInit &init, const fetch::FlowResult &result)
{
    out << FlowPrinter::tr("CORS check as %1: %2 %3 from %4%5")
               .arg(fetch::browserDisplayName(init.browser), QString::fromLatin1(init.method),
                    QString::fromUtf8(init.url.toEncoded()), QString::fromLatin1(init.origin),
                    init.credentials ? FlowPrinter::tr(" with credentials") : QString())
        << u"\n\n"_s;
    for (const fetch::Step &step : result.steps) {
        const int number = static_cast<int>(step.kind) + 1;
        out << number << u". "_s << fetch::stepTitle(step.kind).leftJustified(28, u' ')
            << fetch::stepStateName(step.state) << u'\n';
        if (step.kind != fetch::StepKind::ClientReceives) {
            for (const fetch::Message &message : step.messages) {
                for (const QString &line :
                     fetch::messageLines(message, fetch::isRequestStep(step.kind))) {
                    out << u"   "_s << line << u'\n';
                }
            }
        }
        if (!step.reason.isEmpty()) {
            FlowPrinter::printIndented(out, step.reason);
        }
        if (!step.fix.isEmpty() && step.kind != fetch::StepKind::ClientReceives) {
            FlowPrinter::printIndented(out, step.fix, u"fix: "_s);
        }
    }
    out << u'\n';
    for (const QString &warning : result.warnings) {
        out << FlowPrinter::tr("warning: %1").arg(warning) << u'\n';
    }
    if (result.allowed) {
        out << FlowPrinter::tr("allowed: %1 would give the script the response (status %2).")
                   .arg(fetch::browserDisplayName(init.browser))
                   .arg(result.status)
            << u'\n';
        return;
    }
    if (result.error) {
        const QString verdict = fetch::isNoResponse(result.error->code)
                                    ? FlowPrinter::tr("no response")
                                    : FlowPrinter::tr("blocked");
        out << verdict << u": "_s << fetch::corsErrorKey(result.error->code) << u": "_s
            << result.error->message << u'\n' << u"    fix: "_s << result.error->fix << u'\n';
    }
}

} // namespace cors::cli
