#pragma once

#include "models/core/displaytext.h"

#include <QString>
#include <QStringList>

// Tooltips that hold data. Qt lays a tooltip out as rich text when it looks like markup, and a
// tooltip cannot be told to be plain text: so each line has its bidirectional controls closed
// within it, and text with markup characters is escaped and shown as written (lines kept).
namespace ToolTipText {

inline QString plain(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = DisplayText::balanced(line);
    if (!text.contains(QLatin1Char('<')) && !text.contains(QLatin1Char('&')))
        return lines.join(QLatin1Char('\n'));
    for (QString &line : lines)
        line = line.toHtmlEscaped();
    return QStringLiteral("<p style='white-space:pre-wrap'>") +
           lines.join(QStringLiteral("<br/>")) + QStringLiteral("</p>");
}

} // namespace ToolTipText
