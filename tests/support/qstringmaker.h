#pragma once

#include <QString>

#include <catch2/catch.hpp>

// Catch prints a QString as its UTF-8 text (bidirectional controls shown as <FSI>, <PDI>,
// <ALM>, <LRM>, <RLM> so a failed comparison of signs and isolates can be read).
namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString &s)
    {
        QString t = s;
        t.replace(QChar(0x2068), QStringLiteral("<FSI>"));
        t.replace(QChar(0x2069), QStringLiteral("<PDI>"));
        t.replace(QChar(0x061C), QStringLiteral("<ALM>"));
        t.replace(QChar(0x200E), QStringLiteral("<LRM>"));
        t.replace(QChar(0x200F), QStringLiteral("<RLM>"));
        return '"' + t.toStdString() + '"';
    }
};
} // namespace Catch
