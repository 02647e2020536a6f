#pragma once

#include <QObject>
#include <QString>
#include <QTranslator>

// Switches the whole application between English and Arabic at runtime: our translations,
// Qt's own (qtbase_ar), the layout direction (Arabic mirrors right to left) and the default
// locale (Arabic-Indic digits and Arabic month names). Installing a translator sends every
// widget a LanguageChange event; widgets retranslate themselves in changeEvent().
class LanguageManager : public QObject
{
    Q_OBJECT
public:
    explicit LanguageManager(QObject *parent = nullptr);

    // "en" or "ar"; anything else falls back to English. Returns false if a translation
    // file could not be loaded (the language still switches).
    bool setLanguage(const QString &lang);
    QString language() const { return m_language; }
    // The words and the locale of lang (translators, QLocale's default) for a computation in
    // another language than the window's, without the layout direction or languageChanged; the
    // window's language stays language(). textsOf(language()) puts the window's back. Only
    // while no event is processed on the window's thread: the window never sees them.
    void textsOf(const QString &lang);
    static bool isSupported(const QString &lang);
    // Noto Sans for Latin with Noto Sans Arabic for Arabic (never KacstBook).
    static void applyFonts();

signals:
    void languageChanged(const QString &lang);

private:
    bool installTexts(const QString &lang);
    QTranslator m_app;
    QTranslator m_qt;
    QString m_language;
};
