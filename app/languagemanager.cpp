#include "app/languagemanager.h"

#include <QApplication>
#include <QFont>
#include <QLibraryInfo>
#include <QLocale>

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{}

bool LanguageManager::isSupported(const QString &lang)
{
    return lang == QLatin1String("en") || lang == QLatin1String("ar");
}

void LanguageManager::applyFonts()
{
    QFont font = QApplication::font();
    font.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans Arabic"),
                      QStringLiteral("Noto Naskh Arabic")});
    QApplication::setFont(font);
}

bool LanguageManager::installTexts(const QString &lang)
{
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
    bool ok = true;
    if (lang == QLatin1String("ar")) {
        const QLocale locale(QLocale::Arabic, QLocale::SaudiArabia);
        QLocale::setDefault(locale);
        ok = m_app.load(QStringLiteral(":/i18n/dealix_ar.qm"));
        if (ok)
            QCoreApplication::installTranslator(&m_app);
        if (m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&m_qt);
    } else {
        // Removing the translators posts LanguageChange to every widget. English source texts
        // need no translation except the plurals: "%n day(s)" reads "1 day" / "3 days".
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        ok = m_app.load(QStringLiteral(":/i18n/dealix_en.qm"));
        if (ok)
            QCoreApplication::installTranslator(&m_app);
    }
    return ok;
}

void LanguageManager::textsOf(const QString &requested)
{
    installTexts(isSupported(requested) ? requested : QStringLiteral("en"));
}

bool LanguageManager::setLanguage(const QString &requested)
{
    const QString lang = isSupported(requested) ? requested : QStringLiteral("en");
    if (lang == m_language)
        return true;
    const bool ok = installTexts(lang);
    QGuiApplication::setLayoutDirection(lang == QLatin1String("ar") ? Qt::RightToLeft
                                                                    : Qt::LeftToRight);
    m_language = lang;
    emit languageChanged(lang);
    return ok;
}
