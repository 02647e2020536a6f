#pragma once

#include <QDateTime>
#include <QString>

class QWidget;

// "Where does this figure come from?": the source, tenant, computed-at time, rows read and the
// query behind a figure, shown on demand by every surface.
namespace ProvenanceDialog {
struct Facts {
    QString figure; // what is explained, e.g. "Revenue"
    QString source; // URL without credentials
    QString tenant;
    QDateTime computedAt;
    qint64 rows = -1;
    QString query;
};
// timeZone: the tenant's (IANA id, tenants.settings.timezone; empty: Asia/Riyadh). The
// computed-at time is shown in it, long and unambiguous, never in UTC or the machine's zone.
void show(QWidget *parent, const Facts &facts, const QByteArray &timeZone = QByteArray());
// The summary, for tests and tooltips.
QString text(const Facts &facts, const QByteArray &timeZone = QByteArray());
} // namespace ProvenanceDialog
