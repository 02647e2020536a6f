#include "views/risk/riskheatmapwidget.h"

#include "models/compliance/compliancematrix.h"
#include "models/core/format.h"
#include "views/risk/heatmapview.h"
#include "views/widgets/livecompliancejob.h"
#include "views/widgets/messagebanner.h"
#include "views/widgets/surfacestyle.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <optional>

RiskHeatmapWidget::RiskHeatmapWidget(QWidget *parent)
    : SurfaceWidget(parent)
    , m_job(new LiveComplianceJob(this))
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_banner(new MessageBanner(this))
    , m_tabs(new QTabWidget(this))
    , m_heatmap(new HeatmapView(this))
    , m_legend(new QLabel(this))
    , m_cellTitle(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_controls(new QTableWidget(this))
{
    setObjectName(QStringLiteral("surface-risk-heatmap"));
    setRefreshBanner(m_banner);
    SurfaceStyle::heading(m_title);
    m_legend->setWordWrap(true);
    m_legend->setTextFormat(Qt::RichText);
    m_list->setWordWrap(true);
    m_controls->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_controls->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    // Controls: rated on the records at once, on the live checks' result when it arrives.
    // (The shared glue: the delivered result, or its failure, is shown at its own as-of.)
    m_job->follow(
        this, [this] { return m_session; },
        [this](const ComplianceLive &live) { recompute(&live); });
    connect(m_heatmap, &HeatmapView::cellSelected, this, &RiskHeatmapWidget::showCell);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString surface = item->data(Qt::UserRole).toString();
        if (!surface.isEmpty() && surface != QLatin1String("risk-heatmap"))
            emit openSurfaceRequested(surface);
    });
    auto *grid = new QWidget(this);
    auto *side = new QVBoxLayout;
    side->addWidget(m_legend);
    side->addWidget(m_cellTitle);
    side->addWidget(m_list, 1);
    auto *g = new QHBoxLayout(grid);
    g->addWidget(m_heatmap, 3);
    g->addLayout(side, 2);
    m_tabs->addTab(grid, QString());
    m_tabs->addTab(m_controls, QString());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    retranslate();
}

void RiskHeatmapWidget::setSession(const Session *session, const QDateTime &asOf)
{
    // A source or tenant change: the live checks in flight are discarded, never shown.
    m_job->reset();
    SurfaceWidget::setSession(session, asOf);
    m_register = RiskRegister();
    showData();
}

bool RiskHeatmapWidget::refresh()
{
    return recompute(nullptr);
}

bool RiskHeatmapWidget::recompute(const ComplianceLive *arrived)
{
    if (!requireSource(m_session, m_banner)) {
        cancelRefresh();
        m_register = RiskRegister();
        showData();
        return false;
    }
    // The live compliance checks of this tenant and time when there are some (a delivered
    // result at its own as-of); otherwise the records now and the checks in the background.
    std::optional<ComplianceLive> live;
    if (const ComplianceLive *held = arrived ? arrived : m_job->reuse(*m_session, m_asOf))
        live = *held;
    const QDateTime at =
        live ? live->asOf : (m_asOf.isValid() ? m_asOf : QDateTime::currentDateTimeUtc());
    // On the worker thread, with its own connection: only values are captured.
    return runRefresh<RiskRegister>(
        [at, live](const Session &session) -> Result<RiskRegister> {
            RiskRegister r;
            QString error;
            if (!RiskRegister::compute(session, at, &r, &error, live ? &*live : nullptr))
                return Failure{error};
            return r;
        },
        [this, live, at](const RiskRegister &r) {
            m_banner->clearMessage();
            m_register = r;
            // A delivery never starts another run; a Dealix server has no database to check.
            if (!live && !m_session->isRest())
                m_job->start(*m_session, at);
            QStringList notes;
            if (r.overRest()) {
                // What the server could not give is said as it is, with the server's own risks.
                notes << r.provenance.rest.unavailable;
                QStringList counts;
                // In Arabic the server's own Arabic description, else its type.
                const bool arabic = layoutDirection() == Qt::RightToLeft;
                for (const auto &i : r.serverRisks.items)
                    counts << tr("%1: %2").arg(
                        arabic && !i.descriptionAr.isEmpty() ? i.descriptionAr : i.type,
                        Format::integer(i.count));
                if (r.serverRisks.available)
                    notes << tr("Risks the Dealix server reports: %1")
                                 .arg(counts.isEmpty() ? tr("none") : Format::list(counts));
            } else if (!r.unavailable.isEmpty())
                notes << tr("Not in the register (not available from this source): %1")
                             .arg(Format::list(r.unavailable));
            // Checks that failed: the controls stay rated on their records, and the cause is
            // said.
            if (live)
                if (const QString failure = live->failureText(); !failure.isEmpty())
                    notes << failure;
            if (!notes.isEmpty())
                m_banner->showMessage(MessageBanner::Level::Warning,
                                      notes.join(Format::separator()));
            showData();
        });
}

QString RiskHeatmapWidget::summaryText() const
{
    return m_summary->text();
}

void RiskHeatmapWidget::showData()
{
    m_heatmap->setCounts(m_register.cells);
    int critical = 0;
    for (const RiskItem &i : std::as_const(m_register.risks))
        critical += RiskRegister::band(i.score()) == QLatin1String("critical");
    QString summary = tr("%1 risks · %2 critical")
                          .arg(Format::integer(m_register.risks.size()), Format::integer(critical));
    // Controls: said when they are rated on the records only, and where the data contradicts.
    if (const QString d = ComplianceMatrix::disagreementText(int(m_register.disagreeing.size()));
        !d.isEmpty())
        summary += Format::separator() +
                   QStringLiteral("%1 (%2)").arg(d, Format::list(m_register.disagreeing));
    else if (m_job->isRunning())
        summary += Format::separator() + tr("controls rated on Dealix's records; checking the "
                                            "data…");
    m_summary->setText(summary);
    // Controls by category × risk level.
    const QStringList levels = {QStringLiteral("critical"), QStringLiteral("high"),
                                QStringLiteral("medium"), QStringLiteral("low")};
    QStringList categories = ComplianceMatrix::frameworks();
    for (auto it = m_register.controls.constBegin(); it != m_register.controls.constEnd(); ++it) {
        if (!categories.contains(it.key()))
            categories << it.key();
    }
    m_controls->setRowCount(int(categories.size()));
    m_controls->setColumnCount(int(levels.size()));
    QStringList headers;
    for (const QString &lv : levels)
        headers << ComplianceMatrix::riskText(lv);
    m_controls->setHorizontalHeaderLabels(headers);
    QStringList rows;
    for (int r = 0; r < categories.size(); ++r) {
        rows << ComplianceMatrix::frameworkName(categories.at(r));
        for (int c = 0; c < levels.size(); ++c) {
            const int n = m_register.controls.value(categories.at(r)).value(levels.at(c));
            auto *item = new QTableWidgetItem(Format::integer(n));
            item->setTextAlignment(Qt::AlignCenter);
            m_controls->setItem(r, c, item);
        }
    }
    m_controls->setVerticalHeaderLabels(rows);
    if (m_heatmap->selectedLikelihood() > 0)
        showCell(m_heatmap->selectedLikelihood(), m_heatmap->selectedImpact());
    else
        showCell(0, 0);
}

void RiskHeatmapWidget::showCell(int likelihood, int impact)
{
    m_list->clear();
    if (likelihood <= 0) {
        m_cellTitle->setText(tr("Click a cell to list its risks."));
        return;
    }
    const QList<RiskItem> items = m_register.at(likelihood, impact);
    m_cellTitle->setText(
        tr("Likelihood %1 (%2) × impact %3 (%4) = %5, %6: %n risk(s)", nullptr, int(items.size()))
            .arg(RiskRegister::likelihoodName(likelihood), Format::integer(likelihood),
                 RiskRegister::impactName(impact), Format::integer(impact),
                 Format::integer(likelihood * impact),
                 RiskRegister::bandName(RiskRegister::band(likelihood * impact))));
    for (const RiskItem &i : items) {
        // ≠ marks a control whose record the data contradicts (a sign, never colour alone).
        auto *item =
            new QListWidgetItem(QStringLiteral("%1\n%2 — %3%4")
                                    .arg(i.title, RiskRegister::kindText(i.kind),
                                         i.disagrees ? QStringLiteral("≠ ") : QString(), i.why),
                                m_list);
        item->setData(Qt::UserRole, i.surface);
        // The raw kind code in the tooltip only.
        item->setToolTip(tr("Double-click to open its source.") + u'\n' + i.kind);
    }
}

void RiskHeatmapWidget::retranslate()
{
    m_title->setText(tr("Risk Heatmap"));
    m_tabs->setTabText(0, tr("Risk register"));
    m_tabs->setTabText(1, tr("Controls by category and risk level"));
    QString legend = QStringLiteral("<b>%1</b><br/>").arg(tr("Score = likelihood × impact"));
    for (const auto &[score, band] : {std::pair{20, "critical"}, std::pair{12, "high"},
                                      std::pair{6, "medium"}, std::pair{2, "low"}})
        legend +=
            QStringLiteral("<span style='background:%1'>&nbsp;&nbsp;&nbsp;&nbsp;</span> %2<br/>")
                .arg(HeatmapView::bandColour(score).name(),
                     RiskRegister::bandText(QString::fromLatin1(band)).toHtmlEscaped());
    legend +=
        QStringLiteral("<small>%1</small>")
            .arg(tr("Impact: the control's risk level, the approval's priority, the "
                    "contradiction's severity (critical %1, high %2, medium %3, low %4); a known "
                    "connector %2. Likelihood: non-compliant %2, partial %3; past SLA by over "
                    "%5 h %1, %6 h %2, else %3; detected %2, reviewing %3, %7 after %8 days; no "
                    "success for %9 days %1, one day %2, else %3.")
                     .arg(Format::integer(5), Format::integer(4), Format::integer(3),
                          Format::integer(2), Format::integer(72), Format::integer(24),
                          Format::signedInteger(1), Format::integer(30), Format::integer(7))
                     .toHtmlEscaped());
    legend += QStringLiteral("<br/><small>%1</small>")
                  .arg(tr("A control is rated on what the data shows where the live check can "
                          "assess it, otherwise on Dealix's records; ≠ marks a control whose "
                          "record the data contradicts.")
                           .toHtmlEscaped());
    m_legend->setText(legend);
    showData();
}
