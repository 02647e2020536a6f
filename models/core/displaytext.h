#pragma once

#include <QString>

// Data strings (names, titles, ids, errors from a database or a server) shown to people:
// on screen, on paper, in HTML and on a terminal. One place decides how such a string is kept
// from acting on the text around it.
namespace DisplayText {

// The string with its own bidirectional controls balanced: an embedding, override or isolate
// (U+202A–U+202E, U+2066–U+2068) left open is closed at its end, and a closer without an
// opener (U+202C, U+2069) is dropped, so that nothing in it reaches past it.
QString balanced(const QString &text);

// A data string to put into a sentence, label, table cell, PDF or HTML: balanced() and
// wrapped in a first-strong isolate (U+2068 … U+2069), so that an Arabic name in an English
// sentence (or the reverse), or a stray U+202E, cannot reorder the text around it.
QString isolate(const QString &text);

// isolate(), escaped for HTML and Qt rich text: every data string put into markup.
QString html(const QString &text);

// Text for a terminal: balanced(), and every C0/C1 control character and DEL except newline
// and tab replaced visibly (ESC becomes "␛", U+0085 "\u0085"), so data cannot move the
// cursor, change colours or retitle the window. keepTabsAndNewlines false also replaces those
// (for one field of tab-separated output).
QString terminal(const QString &text, bool keepTabsAndNewlines = true);

} // namespace DisplayText
