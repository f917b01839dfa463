// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/finding.h"

#include <QIcon>
#include <QList>
#include <QString>

#include <optional>

namespace cors::gui {

/// The icon for a severity, from the style so it matches light and dark themes.
QIcon severityIcon(Severity severity);
/// The icon a finding is shown with: a stop sign for what blocks rendering, else its severity's.
QIcon findingIcon(const Finding &finding);

/// Text of core (messages, fixes) in the form's words: "allowHeaders: …" reads "Allowed
/// headers: …", and the project file's camel-case keys become the form's labels.
QString formText(const QString &text);

/// A finding's message and fix as rich text, for tooltips: whether it blocks rendering, the
/// message and the fix, in the form's words.
QString findingHtml(const Finding &finding);

/// What the form shows where a finding points: the worst severity and every message with its fix,
/// as a tooltip.
struct Mark
{
    Severity severity = Severity::Info;
    QString toolTip;
    bool blocksRendering = false;

    QIcon icon() const;
};

/// The mark for the findings among `findings` about `field` and `entry` (-1: the field as a
/// whole), if any finding is a warning or an error; notes stay in the advisor panel.
std::optional<Mark> markFor(const Findings &findings, Field field, int entry);

} // namespace cors::gui
