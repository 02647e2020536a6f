#include "models/core/csvwriter.h"

#include <QRegularExpression>

CsvWriter::CsvWriter()
    : m_data("\xEF\xBB\xBF")
{}

CsvWriter::Cell CsvWriter::number(const QString &text)
{
    Cell c(text);
    c.numeric = true;
    return c;
}

CsvWriter::Cell CsvWriter::number(qint64 value)
{
    return number(QString::number(value));
}

bool CsvWriter::looksLikeFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar first = text.front();
    if (first == QLatin1Char('\t') || first == QLatin1Char('\r'))
        return true;
    // Spreadsheets skip leading blanks before they look for a formula (" =1+1").
    for (const QChar c : text) {
        if (c.isSpace())
            continue;
        return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') ||
               c == QLatin1Char('@');
    }
    return false;
}

QString CsvWriter::escape(const QString &input, bool numeric)
{
    static const QRegularExpression plainNumber(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?$"));
    QString field = input;
    bool quote = false;
    if (!(numeric && plainNumber.match(field).hasMatch()) && looksLikeFormula(field)) {
        field.prepend(QLatin1Char('\''));
        quote = true;
    }
    if (!quote && !field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')) &&
        !field.contains(QLatin1Char('\n')) && !field.contains(QLatin1Char('\r')))
        return field;
    field.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + field + QLatin1Char('"');
}

void CsvWriter::addRow(const QList<Cell> &cells)
{
    QStringList escaped;
    escaped.reserve(cells.size());
    for (const Cell &c : cells)
        escaped << escape(c.text, c.numeric);
    m_data += escaped.join(QLatin1Char(',')).toUtf8();
    m_data += "\r\n";
}
