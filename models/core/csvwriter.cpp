#include "models/core/csvwriter.h"

CsvWriter::CsvWriter()
    : m_data("\xEF\xBB\xBF")
{}

QString CsvWriter::escape(const QString &field)
{
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')) &&
        !field.contains(QLatin1Char('\n')) && !field.contains(QLatin1Char('\r')))
        return field;
    QString quoted = field;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

void CsvWriter::addRow(const QStringList &fields)
{
    QStringList escaped;
    escaped.reserve(fields.size());
    for (const QString &f : fields)
        escaped << escape(f);
    m_data += escaped.join(QLatin1Char(',')).toUtf8();
    m_data += "\r\n";
}
