#pragma once

#include "views/print/boardpack.h"

#include <QDialog>

#include <atomic>
#include <memory>

class LanguageManager;
class QComboBox;
class QLineEdit;
class QListWidget;
class Session;

// File ▸ Board pack: choose the surfaces, the language and the classification; preview, print
// on a real printer, or save as PDF or HTML. Long packs show progress and can be cancelled
// (a cancelled save leaves no file).
class BoardPackDialog : public QDialog
{
    Q_OBJECT
public:
    BoardPackDialog(const Session &session, LanguageManager &language, const QDateTime &asOf,
                    QWidget *parent = nullptr);

    QStringList chosenSurfaces() const;
    void setChosenSurfaces(const QStringList &ids);
    void setPackLanguage(const QString &lang);
    // Computes the pack in the chosen language. In the window's language the window keeps
    // running meanwhile (progress, Cancel); in another language the window waits, so that it
    // never shows the pack's language or direction (the window's language never changes).
    bool buildContent(BoardPack::Content *out, QString *error);
    // An existing file is not replaced by a pack with sections that could not be computed
    // (false, with why); the Save buttons ask the user first.
    bool savePdfTo(const QString &path, QString *error);
    bool saveHtmlTo(const QString &path, QString *error);
    // Sections computed at the same time (0: QThread::idealThreadCount()).
    void setConcurrency(int threads) { m_threads = threads; }
    // Stops the pack being computed: no section starts after this; the pack is not written.
    void cancel();

signals:
    // While a pack is computed (on worker threads), on this dialog's thread: done of total.
    void sectionComputed(int done, int total);

private:
    void preview();
    void print();
    // Preview (false) or print through the print dialog (true).
    void toPrinter(bool realPrinter);
    void savePdf();
    void saveHtml();
    std::function<bool(int, int)> progressFor(const QString &label);
    bool partialAllowed(const BoardPack::Content &content, const QString &path, QString *error);
    // Computes content's sections on worker threads. responsive: this thread keeps the window
    // running meanwhile, with a progress dialog whose Cancel stops them; else it waits without
    // processing any event. computed() is called once the workers have finished, before any
    // event is processed.
    bool compute(BoardPack::Content *content, QString *error, bool responsive,
                 const std::function<void()> &computed);

    const Session &m_session;
    LanguageManager &m_language;
    QDateTime m_asOf;
    QListWidget *m_surfaces;
    QComboBox *m_lang;
    QLineEdit *m_classification;
    QLineEdit *m_preparedBy;   // the cover's preparer; empty: the acting user's full name
    bool m_askPartial = false; // while a Save button runs: ask before replacing with a partial
    int m_threads = 0;
    std::shared_ptr<std::atomic_bool> m_cancelled; // of the pack being computed, if any
};
