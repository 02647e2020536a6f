#include "models/core/labels.h"

#include "models/core/tooltiptext.h"

#include <QCoreApplication>
#include <QHash>

#include <utility>

namespace Labels {

namespace {

struct Entry {
    const char *code;
    const char *words; // source text, translated in the context "Labels"
};

// The catalogue, per kind. Codes in lower case; the words are English source texts whose
// Arabic is in translations/dealix_ar.ts (context "Labels").
// clang-format off
const Entry DealStage[] = {
    {"new", QT_TRANSLATE_NOOP("Labels", "New")},
    {"discovery", QT_TRANSLATE_NOOP("Labels", "Discovery")},
    {"proposal", QT_TRANSLATE_NOOP("Labels", "Proposal")},
    {"negotiation", QT_TRANSLATE_NOOP("Labels", "Negotiation")},
    {"closed_won", QT_TRANSLATE_NOOP("Labels", "Won")},
    {"closed_lost", QT_TRANSLATE_NOOP("Labels", "Lost")},
};
// The approval packet's reversibility (Dealix's ApprovalPacket).
const Entry Reversibility[] = {
    {"reversible", QT_TRANSLATE_NOOP("Labels", "Reversible")},
    {"partially_reversible", QT_TRANSLATE_NOOP("Labels", "Partly reversible")},
    {"irreversible", QT_TRANSLATE_NOOP("Labels", "Irreversible")},
};
// clang-format on

using Table = std::pair<const Entry *, std::size_t>;

template <std::size_t N> Table table(const Entry (&entries)[N])
{
    return {entries, N};
}

Table tableOf(Kind kind)
{
    switch (kind) {
    case Kind::DealStage:
        return table(DealStage);
    case Kind::Reversibility:
        return table(Reversibility);
    default:
        return {nullptr, 0};
    }
}

const Entry *find(Kind kind, const QString &code)
{
    const QString key = code.trimmed().toLower();
    const Table t = tableOf(kind);
    for (std::size_t i = 0; i < t.second; ++i)
        if (key == QLatin1String(t.first[i].code))
            return &t.first[i];
    return nullptr;
}

} // namespace

bool known(Kind kind, const QString &code)
{
    return find(kind, code) != nullptr;
}

QString humanised(const QString &code)
{
    QString s = code.trimmed().toLower();
    s.replace(QLatin1Char('_'), QLatin1Char(' '));
    s.replace(QLatin1Char('-'), QLatin1Char(' '));
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s;
}

QString text(Kind kind, const QString &code)
{
    if (const Entry *e = find(kind, code))
        return QCoreApplication::translate("Labels", e->words);
    if (code.trimmed().isEmpty())
        return QString();
    return QCoreApplication::translate("Labels", "%1 (%2)").arg(humanised(code), code.trimmed());
}

QString tooltip(Kind kind, const QString &code)
{
    Q_UNUSED(kind);
    // The code is data: a tooltip that looks like markup would be laid out as rich text.
    return ToolTipText::plain(
        QCoreApplication::translate("Labels", "Stored as: %1").arg(code.trimmed()));
}

} // namespace Labels
