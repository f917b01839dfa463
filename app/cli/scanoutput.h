// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outputformat.h"
#include "report/sarifwriter.h"
#include "scan/scanner.h"

#include <QTextStream>

#include <memory>

namespace cors::cli {

/// What a scan found so far, for the closing summary.
struct ScanTally
{
    qint64 endpoints = 0;
    qint64 reachable = 0;
    qint64 withFindings = 0;
    qint64 counts[3] = {0, 0, 0}; ///< per scan::Severity
    qint64 unfinished = 0;        ///< started but not assessed when interrupted
    bool interrupted = false;
};

/// Prints each target as the scanner reports it (text, JSON or SARIF, all streamed: nothing is
/// kept but the tally), then the summary.
class ScanOutput
{
public:
    ScanOutput(OutputFormat format, QTextStream &out);
    ~ScanOutput();
    void add(const scan::TargetResult &result);
    void finish(qint64 unfinished, bool interrupted);
    const ScanTally &tally() const { return m_tally; }

private:
    void printText(const scan::TargetResult &result);

    OutputFormat m_format;
    QTextStream &m_out;
    std::unique_ptr<report::SarifWriter> m_sarif;
    ScanTally m_tally;
};

} // namespace cors::cli
