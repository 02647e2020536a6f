#include "app/boardpackdialog.h"
#include "models/core/displaytext.h"

#include "views/widgets/datalabels.h"

#include "app/languagemanager.h"
#include "app/sourceopener.h"
#include "models/core/settings.h"
#include "models/source/session.h"
#include "views/surface/surface.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QFileDialog>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

#include <memory>
#include <optional>

BoardPackDialog::BoardPackDialog(const Session &session, LanguageManager &language,
                                 const QDateTime &asOf, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_language(language)
    , m_asOf(asOf)
    , m_surfaces(new QListWidget(this))
    , m_lang(new QComboBox(this))
    , m_classification(new QLineEdit(BoardPack::defaultClassification(), this))
    , m_preparedBy(new QLineEdit(this))
{
    m_preparedBy->setObjectName(QStringLiteral("preparedBy"));
    m_preparedBy->setPlaceholderText(tr("The acting user's name"));
    setWindowTitle(tr("Board pack"));
    for (const QString &id : BoardPack::resolveSurfaces({}, nullptr)) {
        auto *item = new QListWidgetItem(SurfaceRegistry::instance().find(id)->title(), m_surfaces);
        item->setData(Qt::UserRole, id);
        item->setCheckState(Qt::Checked);
    }
    m_lang->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_lang->addItem(QStringLiteral("العربية"), QStringLiteral("ar"));
    m_lang->setCurrentIndex(language.language() == QLatin1String("ar") ? 1 : 0);

    auto *form = new QFormLayout;
    form->addRow(tr("Sections:"), m_surfaces);
    form->addRow(tr("Language:"), m_lang);
    form->addRow(tr("Classification:"), m_classification);
    form->addRow(tr("Prepared by:"), m_preparedBy);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *previewButton = buttons->addButton(tr("Preview…"), QDialogButtonBox::ActionRole);
    QPushButton *printButton = buttons->addButton(tr("Print…"), QDialogButtonBox::ActionRole);
    QPushButton *pdfButton = buttons->addButton(tr("Save PDF…"), QDialogButtonBox::ActionRole);
    QPushButton *htmlButton = buttons->addButton(tr("Save HTML…"), QDialogButtonBox::ActionRole);
    connect(previewButton, &QPushButton::clicked, this, &BoardPackDialog::preview);
    connect(printButton, &QPushButton::clicked, this, &BoardPackDialog::print);
    connect(pdfButton, &QPushButton::clicked, this, &BoardPackDialog::savePdf);
    connect(htmlButton, &QPushButton::clicked, this, &BoardPackDialog::saveHtml);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QStringList BoardPackDialog::chosenSurfaces() const
{
    QStringList ids;
    for (int i = 0; i < m_surfaces->count(); ++i) {
        if (m_surfaces->item(i)->checkState() == Qt::Checked)
            ids << m_surfaces->item(i)->data(Qt::UserRole).toString();
    }
    return ids;
}

void BoardPackDialog::setChosenSurfaces(const QStringList &ids)
{
    for (int i = 0; i < m_surfaces->count(); ++i)
        m_surfaces->item(i)->setCheckState(
            ids.contains(m_surfaces->item(i)->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                             : Qt::Unchecked);
}

void BoardPackDialog::setPackLanguage(const QString &lang)
{
    m_lang->setCurrentIndex(lang == QLatin1String("ar") ? 1 : 0);
}

std::function<bool(int, int)> BoardPackDialog::progressFor(const QString &label)
{
    auto dialog = std::make_shared<QProgressDialog>(label, tr("Cancel"), 0, 100, this);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(400);
    return [dialog](int done, int total) {
        dialog->setMaximum(std::max(1, total));
        dialog->setValue(done);
        QCoreApplication::processEvents();
        return !dialog->wasCanceled();
    };
}

bool BoardPackDialog::buildContent(BoardPack::Content *out, QString *error)
{
    const QStringList ids = chosenSurfaces();
    if (ids.isEmpty()) {
        *error = tr("Choose at least one section.");
        return false;
    }
    BoardPack::Options options;
    options.surfaces = ids;
    options.classification = m_classification->text().trimmed();
    options.preparedBy = m_preparedBy->text().trimmed();
    options.preparerEmail = Settings::currentValue(Settings::Key::ActingUser).toString();
    options.sourceName = SourceOpener::sourceName(m_session);
    options.asOf = m_asOf.isValid() ? m_asOf : QDateTime::currentDateTimeUtc();
    options.threads = m_threads;
    // The pack's words and numbers are fixed when it is computed, with the application's
    // translators and default locale (Qt has one of each per process, read by every thread).
    // In the window's language: the window keeps running meanwhile. In another language: the
    // translators and locale are the pack's only while the window's thread waits for the
    // workers without processing any event, so the window never paints, retranslates or
    // formats anything in the pack's language or direction; the window's are back before it
    // runs again.
    const QString uiLanguage = m_language.language();
    const QString packLanguage = m_lang->currentData().toString();
    const bool otherLanguage =
        LanguageManager::isSupported(packLanguage) && packLanguage != uiLanguage;
    if (otherLanguage)
        m_language.textsOf(packLanguage);
    BoardPack::Content content = BoardPack::prepare(m_session, options);
    const bool ok = compute(&content, error, !otherLanguage, [this, otherLanguage, uiLanguage] {
        if (otherLanguage)
            m_language.textsOf(uiLanguage);
    });
    if (ok)
        *out = content;
    return ok;
}

void BoardPackDialog::cancel()
{
    if (m_cancelled)
        *m_cancelled = true;
}

bool BoardPackDialog::compute(BoardPack::Content *content, QString *error, bool responsive,
                              const std::function<void()> &computed)
{
    // What the workers write; the window's thread reads it once they have finished.
    struct Run {
        BoardPack::Content content;
        QString error;
        bool ok = false;
    };
    auto run = std::make_shared<Run>();
    run->content = *content;
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    m_cancelled = cancelled;
    const int total = int(content->options.surfaces.size());
    // Not responsive: no progress dialog (showing one would process events).
    std::optional<QProgressDialog> progress;
    if (responsive) {
        progress.emplace(tr("Computing the board pack…"), tr("Cancel"), 0, total, this);
        progress->setWindowModality(Qt::WindowModal);
        progress->setMinimumDuration(400);
        progress->setAutoClose(false);
        progress->setAutoReset(false);
        progress->setValue(0);
        connect(&*progress, &QProgressDialog::canceled, this, [this, &progress] {
            cancel();
            progress->setLabelText(tr("Cancelling…"));
        });
    }
    const Session::CloneSpec spec = m_session.cloneSpec();
    // The sections' connections are opened on the workers (a Qt SQL connection belongs to the
    // thread that opened it); this thread only shows progress and waits for them.
    QThread *thread = QThread::create([this, run, spec, cancelled] {
        run->ok = BoardPack::buildFrom(
            spec, &run->content, &run->error, cancelled, [this](int done, int of) {
                QMetaObject::invokeMethod(
                    this, [this, done, of] { emit sectionComputed(done, of); },
                    Qt::QueuedConnection);
            });
    });
    if (progress) {
        connect(this, &BoardPackDialog::sectionComputed, &*progress, [&progress](int done, int) {
            if (!progress->wasCanceled())
                progress->setValue(done);
        });
        QEventLoop loop;
        connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
        thread->start();
        loop.exec();
    } else {
        thread->start();
    }
    thread->wait();
    delete thread;
    if (computed)
        computed();
    // The progress signals still queued belong to this run: delivered before it ends.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    m_cancelled.reset();
    if (*cancelled) {
        *error = tr("Cancelled.");
        return false;
    }
    if (!run->ok) {
        *error = run->error;
        return false;
    }
    *content = std::move(run->content);
    return true;
}

bool BoardPackDialog::partialAllowed(const BoardPack::Content &content, const QString &path,
                                     QString *error)
{
    const QString refusal = BoardPack::partialRefusal(content, path);
    if (refusal.isEmpty())
        return true;
    // The same rule as the command line's: an existing pack is replaced by an incomplete one
    // only when asked.
    if (m_askPartial &&
        QMessageBox::question(
            this, tr("Board pack"),
            tr("These sections could not be computed: %1\n\nReplace %2 with an incomplete pack "
               "whose cover names them?")
                .arg(content.failedSections.join(QStringLiteral("; ")), DisplayText::plain(path)),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes)
        return true;
    *error = refusal;
    return false;
}

bool BoardPackDialog::savePdfTo(const QString &path, QString *error)
{
    BoardPack::Content content;
    return buildContent(&content, error) && partialAllowed(content, path, error) &&
           BoardPack::writePdf(content, path, error, progressFor(tr("Writing the PDF…")));
}

bool BoardPackDialog::saveHtmlTo(const QString &path, QString *error)
{
    BoardPack::Content content;
    return buildContent(&content, error) && partialAllowed(content, path, error) &&
           BoardPack::writeHtml(content, path, error);
}

void BoardPackDialog::preview()
{
    toPrinter(false);
}

void BoardPackDialog::print()
{
    toPrinter(true);
}

void BoardPackDialog::toPrinter(bool realPrinter)
{
    BoardPack::Content content;
    QString error;
    if (!buildContent(&content, &error)) {
        DataLabels::message(this, QMessageBox::Warning, tr("Board pack"), error);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setFullPage(true); // the layout draws its own margins
    if (!realPrinter) {
        QPrintPreviewDialog dialog(&printer, this);
        connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&content](QPrinter *p) {
            QString paintError;
            BoardPack::paint(content, p, &paintError);
        });
        dialog.exec();
        return;
    }
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The pages go through the same path as the command line's --print: the printer is
    // checked before anything is painted (an unknown queue, the print service down or not
    // answering, a queue not accepting jobs) and the job looked for after. A paused queue
    // takes the job: said, since nothing comes out of the printer until it is resumed.
    BoardPack::PrintReceipt receipt;
    if (!BoardPack::print(content, &printer, &error, progressFor(tr("Printing…")), &receipt))
        DataLabels::message(this, QMessageBox::Warning, tr("Board pack"), error);
    else if (receipt.paused)
        DataLabels::message(this, QMessageBox::Information, tr("Board pack"), receipt.message);
}

void BoardPackDialog::savePdf()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the board pack"), QStringLiteral("board-pack.pdf"), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    m_askPartial = true;
    const bool saved = savePdfTo(path, &error);
    m_askPartial = false;
    if (!saved)
        DataLabels::message(this, QMessageBox::Warning, tr("Board pack"), error);
}

void BoardPackDialog::saveHtml()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save the board pack as HTML"),
                                     QStringLiteral("board-pack.html"), tr("HTML (*.html)"));
    if (path.isEmpty())
        return;
    QString error;
    m_askPartial = true;
    const bool saved = saveHtmlTo(path, &error);
    m_askPartial = false;
    if (!saved)
        DataLabels::message(this, QMessageBox::Warning, tr("Board pack"), error);
}
