// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "atomicfile.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace cors {

namespace {
class AtomicFile
{
    Q_DECLARE_TR_FUNCTIONS(AtomicFile)
};
} // namespace

Expected<void> writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    // Unbuffered: Qt 6.4's QSaveFile commits a buffered file even when flushing it ended in a
    // short write (disk full, quota, EFBIG), replacing the old file with a truncated one. Written
    // directly, a short write shows up in write()'s return value and the save is cancelled.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        return fail(file.errorString());
    }
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        const QString reason = file.error() == QFileDevice::NoError
                                   ? AtomicFile::tr("the disk took only part of the file")
                                   : file.errorString();
        file.cancelWriting();
        return fail(reason);
    }
    if (!file.commit()) {
        return fail(file.errorString());
    }
    return {};
}

} // namespace cors
