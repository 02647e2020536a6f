#include "views/widgets/provenancedialog.h"

#include "models/core/displaytext.h"
#include "models/core/format.h"
#include "models/core/period.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace ProvenanceDialog {

QString text(const Facts &f, const QByteArray &timeZone)
{
    // The source and tenant are Latin data in a possibly right-to-left sentence: isolated.
    QString s =
        QCoreApplication::translate("ProvenanceDialog", "Source: %1\nTenant: %2\nComputed at: %3")
            .arg(DisplayText::isolate(f.source), DisplayText::isolate(f.tenant),
                 Format::dateTime(f.computedAt, Periods::zone(timeZone)));
    if (f.rows >= 0)
        s += QLatin1Char('\n') + QCoreApplication::translate("ProvenanceDialog", "Rows read: %1")
                                     .arg(Format::integer(f.rows));
    return s;
}

void show(QWidget *parent, const Facts &f, const QByteArray &timeZone)
{
    QMessageBox box(parent);
    box.setWindowTitle(
        QCoreApplication::translate("ProvenanceDialog", "Provenance: %1").arg(f.figure));
    box.setIcon(QMessageBox::Information);
    box.setTextFormat(Qt::PlainText); // figures, tables and sources are data
    box.setText(text(f, timeZone));
    if (!f.query.isEmpty())
        box.setDetailedText(f.query);
    box.exec();
}

} // namespace ProvenanceDialog
