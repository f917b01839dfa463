// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;

namespace cors::gui {

/// The one-line orientation above the form while the untouched example is open (first launch,
/// File → New): what it is and what to do first. Closing it hides it for this example.
class ExampleHint final : public QFrame
{
    Q_OBJECT

public:
    explicit ExampleHint(QWidget *parent = nullptr);

    /// Shows the hint while `example` (an untitled, unmodified default project) holds, unless
    /// the user closed it for this example.
    void update(bool example);

private:
    QLabel *m_text;
    bool m_dismissed = false;
};

} // namespace cors::gui
