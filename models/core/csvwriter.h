#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// RFC 4180 CSV with a UTF-8 byte order mark, so that spreadsheet programs open Arabic text
// correctly. Every surface's CSV export goes through here.
//
// Formula injection (OWASP "CSV Injection"): a text cell that begins with '=', '+', '-', '@'
// (also after blanks), a tab or a CR would be run as a formula by a spreadsheet; it is written with
// a single quote in front ("'=HYPERLINK(…)", "'-5 days") and quoted. Numbers stay numbers:
// a cell made with CsvWriter::number() is written as it is when it is a plain decimal number
// ("-1250.50", "3"); anything else given as a number is treated as text.
class CsvWriter
{
public:
    // One cell: text (the default) or a number.
    struct Cell {
        Cell() = default;
        Cell(const QString &t)
            : text(t)
        {}
        Cell(const char *t)
            : text(QString::fromUtf8(t))
        {}
        QString text;
        bool numeric = false;
    };
    static Cell number(const QString &text);
    static Cell number(qint64 value);

    CsvWriter();
    void addRow(const QList<Cell> &cells);
    QByteArray data() const { return m_data; }

    // The cell as written: neutralised (text) and quoted where RFC 4180 needs it.
    static QString escape(const QString &field, bool numeric = false);
    // True when a spreadsheet would read the text as a formula.
    static bool looksLikeFormula(const QString &text);

private:
    QByteArray m_data;
};
