#pragma once

#include "models/evidence/evidencepacks.h"
#include "views/print/printdocument.h"

#include <QCoreApplication>
#include <QTimeZone>

// One evidence pack on paper (and as JSON): its integrity banner, both hashes, its fields, each
// contents item as a path/value table and the metadata. The PDF prints the stored hash and the
// verification result on every page.
class EvidencePackPrint
{
    Q_DECLARE_TR_FUNCTIONS(EvidencePackPrint)
public:
    // Times in zone (the tenant's), in the long form.
    static PrintSection section(const EvidencePack &pack, const QTimeZone &zone);
    static QString footer(const EvidencePack &pack);
    static QByteArray json(const EvidencePack &pack, const Session &session);
    // Written atomically, in the current language (Arabic right to left).
    static bool writePdf(const Session &session, const EvidencePack &pack, const QString &path,
                         const QString &classification, QString *error);
    // (path, value) rows of a JSON value: "data.amount_sar" → "125000".
    static QList<QStringList> flatten(const QJsonValue &value, const QString &prefix = QString());
};
