#pragma once

#include <QLabel>
#include <QMessageBox>
#include <QWidget>

// Data (names, titles, ids, errors from a source) in labels and message boxes: shown as typed,
// never laid out as markup. Data put into a sentence goes through DisplayText::isolate; text
// that is markup on purpose escapes its data with DisplayText::html.
namespace DataLabels {

// A label that shows data: plain text, so a tenant named "<b>x</b>" is shown as typed.
inline QLabel *plain(QLabel *label)
{
    label->setTextFormat(Qt::PlainText);
    return label;
}

// plain() for every label under root that has not chosen a format itself (AutoText): what a
// surface shows is text unless it says it is markup. The main window applies it to each
// surface it creates.
inline void apply(QWidget *root)
{
    for (QLabel *l : root->findChildren<QLabel *>())
        if (l->textFormat() == Qt::AutoText)
            plain(l);
}

// A message box whose text holds data (an error quoting a source, a name): plain text.
inline void message(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                    const QString &text)
{
    QMessageBox box(icon, title, text, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

} // namespace DataLabels
