#include "views/overview/sourceoverviewwidget.h"

#include "models/core/displaytext.h"
#include "models/core/format.h"
#include "models/core/period.h"

#include "models/overview/sourceoverviewmodel.h"
#include "views/widgets/messagebanner.h"
#include "views/widgets/provenancedialog.h"
#include "views/widgets/surfacestyle.h"

#include <QDataStream>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

SourceOverviewWidget::SourceOverviewWidget(QWidget *parent)
    : SurfaceWidget(parent)
    , m_title(new QLabel(this))
    , m_header(new QLabel(this))
    , m_provenance(new QToolButton(this))
    , m_banner(new MessageBanner(this))
    , m_view(new QTableView(this))
    , m_model(new SourceOverviewModel(this))
{
    setObjectName(QStringLiteral("surface-source"));
    SurfaceStyle::heading(m_title);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_view->setModel(m_model);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setSortingEnabled(false);
    connect(m_provenance, &QToolButton::clicked, this, &SourceOverviewWidget::showProvenance);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_provenance);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_header);
    layout->addWidget(m_banner);
    // The recommended indexes the source lacks (SourceOverview::missingIndexText).
    m_indexes = new QLabel(this);
    m_indexes->setObjectName(QStringLiteral("source-missing-indexes"));
    m_indexes->setWordWrap(true);
    m_indexes->setTextFormat(Qt::PlainText);
    m_indexes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_indexes->hide();
    layout->addWidget(m_indexes);
    layout->addWidget(m_view, 1);
    retranslate();
}

void SourceOverviewWidget::setSession(const Session *session, const QDateTime &asOf)
{
    SurfaceWidget::setSession(session, asOf);
}

bool SourceOverviewWidget::refresh()
{
    m_error.clear();
    if (!m_session || !m_session->isOpen()) {
        cancelRefresh(); // a refresh under way is never delivered
        m_error = tr("No source is connected. Use File ▸ Connect to open one.");
        m_banner->showMessage(MessageBanner::Level::Error, m_error);
        m_model->setOverview({});
        updateHeader();
        emit refreshed(false);
        return false;
    }
    const QDateTime asOf = m_asOf;
    return runRefresh<SourceOverview>(
        [asOf](const Session &s) -> Result<SourceOverview> {
            SourceOverview overview;
            QString error;
            if (!SourceOverview::compute(s, asOf, &overview, &error))
                return Failure{error};
            return overview;
        },
        [this](const SourceOverview &overview) { showOverview(overview); },
        [this](const QString &error) {
            // Keep the last figures on screen and say why they are not new.
            m_error = tr("Refresh failed: %1").arg(error);
            m_banner->showMessage(MessageBanner::Level::Error, m_error);
        });
}

void SourceOverviewWidget::showOverview(const SourceOverview &overview)
{
    m_model->setOverview(overview);
    m_view->resizeColumnsToContents();
    if (overview.warnings.isEmpty())
        m_banner->clearMessage();
    else
        m_banner->showMessage(MessageBanner::Level::Warning,
                              overview.warnings.join(QLatin1Char('\n')));
    updateHeader();
}

void SourceOverviewWidget::updateHeader()
{
    const SourceOverview &o = m_model->overview();
    // Built from the last overview in the current language (a language change calls this).
    m_indexes->setText(o.missingIndexText());
    m_indexes->setVisible(!m_indexes->text().isEmpty());
    if (o.source.isEmpty()) {
        m_header->clear();
        return;
    }
    QString text = tr("%1 source %2 · tenant %3")
                       .arg(o.driver, DisplayText::plain(o.source),
                            o.tenant.label(layoutDirection() == Qt::RightToLeft));
    if (!o.rlsTenant.isEmpty())
        text += Format::separator() +
                tr("row-level security: app.tenant_id = %1").arg(DisplayText::plain(o.rlsTenant));
    text +=
        Format::separator() +
        tr("computed %1").arg(Format::dateTime(o.generatedAt, Periods::zone(o.tenant.timeZone)));
    m_header->setText(text);
}

void SourceOverviewWidget::showProvenance()
{
    const SourceOverview &o = m_model->overview();
    qint64 rows = 0;
    for (const auto &t : o.tables)
        rows += std::max<qint64>(0, t.rows);
    ProvenanceDialog::show(
        this, {tr("Data source"), o.source, o.tenant.slug, o.generatedAt, rows, o.query},
        o.tenant.timeZone);
}

QByteArray SourceOverviewWidget::saveState() const
{
    return m_view->horizontalHeader()->saveState();
}

void SourceOverviewWidget::restoreState(const QByteArray &state)
{
    m_view->horizontalHeader()->restoreState(state);
}

void SourceOverviewWidget::retranslate()
{
    m_title->setText(tr("Data source"));
    m_provenance->setText(tr("Provenance…"));
    m_provenance->setToolTip(tr("Where these figures come from: query, rows, time and source"));
    m_model->retranslate();
    updateHeader();
}
