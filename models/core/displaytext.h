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

// One value the user or the data gave (an argument, a path, a slug, a printer's name, a
// surface id, a period, a server's or a database driver's reply) to put into a message (an
// error on standard error, a message box, a banner, the status bar), so that it stays one
// recognisable piece of that one line:
// - control characters made visible: newline, carriage return and tab as the two characters
//   "\n", "\r", "\t" (how a shell's $'…' writes them: "/tmp/x\nFAKE: ok"), the other C0
//   controls as their Control Pictures (ESC "␛"), DEL "␡", C1 controls and the line and
//   paragraph separators U+2028/U+2029 as "\u0085", "\u2028", "\u2029" (a backslash in the
//   value itself is kept as it is);
// - longer than max characters: elided in the middle ("first…last"), never inside a
//   surrogate pair;
// - bidirectional controls balanced and the whole wrapped in a first-strong isolate
//   (U+2068 … U+2069), so an Arabic name or a stray U+202E cannot reorder the message.
// plain() is for a translation that puts its own quotes around %1 (or none are wanted:
// after a colon at the end of a message); quoted() adds ASCII double quotes outside the
// isolate (what the English and the Arabic messages both use).
constexpr qsizetype MaxShown = 200;
QString plain(const QString &text, qsizetype max = MaxShown);
QString quoted(const QString &text, qsizetype max = MaxShown);

// A reply in words from a server or a database driver (its error text), kept wherever it goes
// (a message, a stored last error): one line, its line breaks (LF, CR, VT, FF, U+0085,
// U+2028, U+2029) and runs of white space as one space, its other control characters shown
// as plain() shows them, longer than max elided in the middle, bidirectional controls
// balanced. Not isolated: a message puts it after a colon at its end, or isolates it.
constexpr qsizetype MaxReply = 1000;
QString reply(const QString &text, qsizetype max = MaxReply);

// isolate(), escaped for HTML and Qt rich text: every data string put into markup.
QString html(const QString &text);

// Text for a terminal: balanced(), and every C0/C1 control character and DEL except newline
// and tab replaced visibly (ESC becomes "␛", U+0085 "\u0085"), so data cannot move the
// cursor, change colours or retitle the window. keepTabsAndNewlines false also replaces those
// (for one field of tab-separated output). The line and paragraph separators U+2028/U+2029
// (line breaks in message boxes and some terminals) are always shown as "\u2028"/"\u2029",
// and bidirectional controls are balanced on each line (a line is a paragraph on a terminal).
// The command line's standard error passes every message through it: a safety net that
// cannot tell a forged line from a real one; plain()/quoted() on each value are the fix.
QString terminal(const QString &text, bool keepTabsAndNewlines = true);

} // namespace DisplayText
