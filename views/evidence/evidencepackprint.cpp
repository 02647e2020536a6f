#include "views/evidence/evidencepackprint.h"

#include "models/core/displaytext.h"
#include "models/core/format.h"
#include "models/core/labels.h"
#include "models/core/period.h"

#include "models/evidence/evidencepackmodel.h"
#include "views/print/boardpack.h"
#include "views/surface/surfaceoutput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace {

QString scalarText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QJsonValue::String:
        return v.toString();
    default:
        break;
    }
    return QString();
}

} // namespace

QList<QStringList> EvidencePackPrint::flatten(const QJsonValue &value, const QString &prefix)
{
    QList<QStringList> rows;
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        if (o.isEmpty())
            rows << QStringList{prefix, QStringLiteral("{}")};
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            rows << flatten(it.value(),
                            prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key());
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        if (a.isEmpty())
            rows << QStringList{prefix, QStringLiteral("[]")};
        for (qsizetype i = 0; i < a.size(); ++i)
            rows << flatten(a.at(i), QStringLiteral("%1[%2]").arg(prefix).arg(i));
    } else {
        rows << QStringList{prefix, scalarText(value)};
    }
    return rows;
}

QString EvidencePackPrint::footer(const EvidencePack &p)
{
    return tr("SHA-256 %1 · %2")
        .arg(p.storedHash.isEmpty() ? tr("none") : p.storedHash,
             EvidencePackModel::integrityWord(p.integrity));
}

PrintSection EvidencePackPrint::section(const EvidencePack &p, const QTimeZone &zone)
{
    const QLocale l;
    PrintSection s;
    s.id = QStringLiteral("evidence-pack");
    s.title = EvidencePackModel::titleOf(p);
    const UiState state = p.integrity == EvidencePack::Integrity::Valid     ? UiState::Good
                          : p.integrity == EvidencePack::Integrity::Altered ? UiState::Critical
                                                                            : UiState::Warning;
    s.blocks << PrintBlock::banner(p.integrityText(), state);
    PrintTable hashes;
    hashes.headers = {tr("Hash"), tr("SHA-256")};
    hashes.columnWeights = {1, 3.2};
    hashes.rows << QStringList{tr("Stored"), p.storedHash.isEmpty() ? tr("none") : p.storedHash}
                << QStringList{tr("Computed"),
                               p.computedHash.isEmpty() ? tr("none") : p.computedHash};
    s.blocks << PrintBlock::tableBlock(hashes);
    auto time = [&zone](const QDateTime &t) { return Format::dateTime(t, zone); };
    PrintTable fields;
    fields.headers = {tr("Field"), tr("Value")};
    fields.columnWeights = {1, 3};
    fields.rows << QStringList{tr("Title"), p.title} << QStringList{tr("Arabic title"), p.titleAr}
                << QStringList{tr("Type"), EvidencePackModel::typeText(p.packType)}
                << QStringList{tr("Status"), EvidencePackModel::statusText(p.status)}
                << QStringList{tr("Created"), time(p.createdAt)}
                << QStringList{tr("Assembled by"), p.assembledBy}
                << QStringList{tr("Reviewed by"), p.reviewedBy}
                << QStringList{tr("Reviewed at"), time(p.reviewedAt)}
                << QStringList{tr("Entity"),
                               p.entityType.isEmpty()
                                   ? QString()
                                   : Labels::text(Labels::Kind::EntityType, p.entityType) +
                                         QLatin1Char(' ') + DisplayText::isolate(p.entityId)}
                << QStringList{tr("Pack id"), p.id};
    s.blocks << PrintBlock::tableBlock(fields);
    const QJsonValue contents = EvidencePack::jsonOf(p.contents);
    const QJsonArray items = contents.isArray() ? contents.toArray() : QJsonArray{contents};
    s.blocks << PrintBlock::heading(tr("Contents (%1 items)").arg(l.toString(items.size())));
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        s.blocks << PrintBlock::paragraph(
            tr("Item %1: %2 — %3")
                .arg(l.toString(i + 1),
                     DisplayText::isolate(item.value(QStringLiteral("type")).toString()),
                     DisplayText::isolate(item.value(QStringLiteral("source")).toString())));
        PrintTable t;
        t.headers = {tr("Path"), tr("Value")};
        t.columnWeights = {1.4, 2.6};
        t.rows = flatten(items.at(i));
        s.blocks << PrintBlock::tableBlock(t);
    }
    if (!p.metadata.isNull()) {
        s.blocks << PrintBlock::heading(tr("Metadata"));
        PrintTable t;
        t.headers = {tr("Path"), tr("Value")};
        t.columnWeights = {1.4, 2.6};
        t.rows = flatten(EvidencePack::jsonOf(p.metadata));
        s.blocks << PrintBlock::tableBlock(t);
    }
    return s;
}

QByteArray EvidencePackPrint::json(const EvidencePack &pack, const Session &session)
{
    QJsonObject o = pack.toJson(true);
    if (session.isOffline())
        o.insert(QStringLiteral("offline_copy"), SurfaceOutput::offlineJson(session.offline()));
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

bool EvidencePackPrint::writePdf(const Session &session, const EvidencePack &pack,
                                 const QString &path, const QString &classification, QString *error)
{
    BoardPack::Options options;
    options.cover = false;
    options.classification = classification;
    BoardPack::Content content = BoardPack::prepare(session, options);
    content.sections = {section(pack, Periods::zone(session.tenant().timeZone))};
    content.footerNote = content.footerNote.isEmpty()
                             ? footer(pack)
                             : footer(pack) + QStringLiteral(" — ") + content.footerNote;
    return BoardPack::writePdf(content, path, error);
}
