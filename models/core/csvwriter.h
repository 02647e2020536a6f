#pragma once

#include <QByteArray>
#include <QStringList>

// RFC 4180 CSV with a UTF-8 byte order mark, so that spreadsheet programs open Arabic text
// correctly. Every surface's CSV export goes through here.
class CsvWriter
{
public:
    CsvWriter();
    void addRow(const QStringList &fields);
    QByteArray data() const { return m_data; }

    static QString escape(const QString &field);

private:
    QByteArray m_data;
};
