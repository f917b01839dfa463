// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "editcommand.h"

#include "projectdocument.h"

#include <QCoreApplication>

namespace cors::gui {

namespace {
constexpr int typingCommandId = 1;
}

EditCommand::EditCommand(ProjectDocument *document, Field field, CorsConfig before,
                         CorsConfig after, std::optional<MergeKey> mergeKey)
    : m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_mergeKey(mergeKey)
{
    setText(QCoreApplication::translate("EditCommand", "Edit %1").arg(fieldLabel(field)));
}

void EditCommand::undo()
{
    m_document->apply(m_before);
}

void EditCommand::redo()
{
    m_document->apply(m_after);
}

int EditCommand::id() const
{
    return m_mergeKey ? typingCommandId : -1;
}

bool EditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditCommand *>(other);
    if (!m_mergeKey || next->m_mergeKey != m_mergeKey) {
        return false;
    }
    m_after = next->m_after;
    // Typing and deleting back to where it started leaves nothing to undo.
    setObsolete(m_after == m_before);
    return true;
}

} // namespace cors::gui
