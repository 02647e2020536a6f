#include "views/widgets/provenancedialog.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMessageBox>

namespace ProvenanceDialog {

QString text(const Facts &f)
{
    const QLocale locale;
    QString s =
        QCoreApplication::translate("ProvenanceDialog", "Source: %1\nTenant: %2\nComputed at: %3")
            .arg(f.source, f.tenant,
                 locale.toString(f.computedAt.toLocalTime(), QLocale::LongFormat));
    if (f.rows >= 0)
        s += QLatin1Char('\n') + QCoreApplication::translate("ProvenanceDialog", "Rows read: %1")
                                     .arg(locale.toString(f.rows));
    return s;
}

void show(QWidget *parent, const Facts &f)
{
    QMessageBox box(parent);
    box.setWindowTitle(
        QCoreApplication::translate("ProvenanceDialog", "Provenance: %1").arg(f.figure));
    box.setIcon(QMessageBox::Information);
    box.setTextFormat(Qt::PlainText); // figures, tables and sources are data
    box.setText(text(f));
    if (!f.query.isEmpty())
        box.setDetailedText(f.query);
    box.exec();
}

} // namespace ProvenanceDialog
