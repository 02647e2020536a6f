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
void show(QWidget *parent, const Facts &facts);
QString text(const Facts &facts); // the summary, for tests and tooltips
} // namespace ProvenanceDialog
