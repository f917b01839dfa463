// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "advisor/checkverdict.h"
#include "fixactions.h"

#include <QWidget>

class QLabel;
class QToolButton;

namespace cors::gui {

class FixBar;

/// The tester's verdict: a coloured headline that tells CORS from the API's own answer (green
/// allowed, amber "CORS passed — the API answered 401", red blocked, neutral "blocked as
/// configured"), what it means, the fix for the project's API type, and one-click fixes.
class VerdictBar final : public QWidget
{
    Q_OBJECT

public:
    explicit VerdictBar(QWidget *parent = nullptr);

    /// Shows the verdict of a check; `errorKey` (e.g. "MissingAllowOriginHeader", as DevTools
    /// names it) is shown beside a blocked headline.
    void showVerdict(const advisor::CheckVerdict &verdict, const QString &errorKey);
    /// Shows plain rich text (progress, a scan's summary, a hint).
    void showText(const QString &html);
    void setApplyFix(ApplyFix apply);

    /// A few words for the history list: "allowed", "CORS passed, API answered 401", ...
    static QString outcomeWord(advisor::CheckOutcome outcome, int status);

    QLabel *label() const { return m_label; }
    QList<QToolButton *> fixButtons() const;

private:
    QLabel *m_label;
    FixBar *m_fixBar;
};

} // namespace cors::gui
