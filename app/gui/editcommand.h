// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/corsconfig.h"
#include "model/field.h"

#include <QUndoCommand>

#include <optional>

namespace cors::gui {

class ProjectDocument;

/// One change of the configuration. Typing steps carry a merge key (field, entry, typing
/// session) so that consecutive keystrokes become one undo step, as in text editors.
class EditCommand final : public QUndoCommand
{
public:
    struct MergeKey
    {
        Field field;
        int entry;
        int session;
        friend bool operator==(const MergeKey &, const MergeKey &) = default;
    };

    EditCommand(ProjectDocument *document, Field field, CorsConfig before, CorsConfig after,
                std::optional<MergeKey> mergeKey);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    ProjectDocument *m_document;
    CorsConfig m_before;
    CorsConfig m_after;
    std::optional<MergeKey> m_mergeKey;
};

} // namespace cors::gui
