#include "views/compliance/compliancewidget.h"

#include "models/core/displaytext.h"
#include "models/core/format.h"
#include "models/core/period.h"
#include "models/source/session.h"

#include "models/compliance/compliancemodel.h"
#include "models/compliance/compliancewriter.h"
#include "views/widgets/actorpicker.h"
#include "views/widgets/combos.h"
#include "views/widgets/kpitile.h"
#include "views/widgets/livecompliancejob.h"
#include "views/widgets/messagebanner.h"
#include "views/widgets/statepalette.h"
#include "views/widgets/surfacestyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDataStream>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <cstdlib>
#include <optional>

namespace {

// The tenant's time zone (Asia/Riyadh unless the tenant says otherwise): dates are shown in it.
QTimeZone tenantZone(const Session *session)
{
    return Periods::zone(session && session->hasTenant() ? session->tenant().timeZone
                                                         : QByteArray());
}

} // namespace

ComplianceWidget::ComplianceWidget(QWidget *parent)
    : SurfaceWidget(parent)
    , m_job(new LiveComplianceJob(this))
    , m_model(new ComplianceModel(this))
    , m_title(new QLabel(this))
    , m_framework(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_risk(new QComboBox(this))
    , m_run(new QPushButton(this))
    , m_record(new QCheckBox(this))
    , m_actorLabel(new QLabel(this))
    , m_actor(new ActorPicker(WriteBack::adminRoles(), this))
    , m_rate(new KpiTile(this))
    , m_score(new KpiTile(this))
    , m_posture(new KpiTile(this))
    , m_failing(new KpiTile(this))
    , m_disagree(new KpiTile(this))
    , m_banner(new MessageBanner(this))
    , m_table(new QTableView(this))
    , m_evidence(new QTextBrowser(this))
    , m_historyTitle(new QLabel(this))
    , m_history(new QTableWidget(this))
{
    setObjectName(QStringLiteral("surface-compliance"));
    setRefreshBanner(m_banner);
    SurfaceStyle::heading(m_title);
    SurfaceStyle::listTable(m_table, m_model);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_history->setColumnCount(4);
    m_history->verticalHeader()->hide();
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_record->setChecked(false);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ComplianceWidget::showControl);
    for (QComboBox *c : {m_framework, m_status, m_risk})
        connect(c, &QComboBox::activated, this, &ComplianceWidget::refresh);
    connect(m_run, &QPushButton::clicked, this, &ComplianceWidget::runChecks);
    // The shared glue: the delivered result, or its failure, is attached as it is.
    m_job->follow(
        this, [this] { return m_session; },
        [this](const ComplianceLive &live) { liveArrived(live); });

    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addStretch(1);
    top->addWidget(m_framework);
    top->addWidget(m_status);
    top->addWidget(m_risk);
    auto *tiles = new QHBoxLayout;
    for (KpiTile *t : {m_rate, m_score, m_posture, m_failing, m_disagree})
        tiles->addWidget(t);
    auto *run = new QHBoxLayout;
    run->addWidget(m_run);
    run->addWidget(m_record);
    run->addWidget(m_actorLabel);
    run->addWidget(m_actor);
    run->addStretch(1);
    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_evidence, 3);
    detailLayout->addWidget(m_historyTitle);
    detailLayout->addWidget(m_history, 1);
    auto *split = new QSplitter(this);
    split->addWidget(m_table);
    split->addWidget(detail);
    split->setSizes({640, 420});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(tiles);
    layout->addLayout(run);
    layout->addWidget(m_banner);
    layout->addWidget(split, 1);
    retranslate();
}

KpiTile *ComplianceWidget::tile(int i) const
{
    const QList<KpiTile *> tiles{m_rate, m_score, m_posture, m_failing, m_disagree};
    return tiles.value(i);
}

void ComplianceWidget::setSession(const Session *session, const QDateTime &asOf)
{
    // A source or tenant change: the run in flight is discarded, never shown.
    m_job->reset();
    if (m_checksRequested) {
        m_checksRequested = false;
        showRunButton();
    }
    SurfaceWidget::setSession(session, asOf);
    showRunButton();
    m_matrix = ComplianceMatrix();
    m_model->setMatrix(m_matrix);
    m_model->setResults({});
    if (!session || !session->isRest())
        m_actor->load(session, true);
    showControl();
}

ComplianceMatrix::Filter ComplianceWidget::filter() const
{
    return {m_framework->currentData().toString(), m_status->currentData().toString(),
            m_risk->currentData().toString()};
}

bool ComplianceWidget::refresh()
{
    if (!requireSource(m_session, m_banner)) {
        cancelRefresh();
        m_matrix = ComplianceMatrix();
        m_model->setMatrix(m_matrix);
        showMatrix();
        return false;
    }
    // Recording results writes to the database: nothing to record, no one to act, over the API.
    const bool rest = m_session->isRest();
    m_record->setVisible(!rest);
    m_actorLabel->setVisible(!rest);
    m_actor->setVisible(!rest);
    if (!rest)
        m_actor->load(m_session);
    // Stored figures first; the live checks of the same tenant and as-of come right after, in
    // the background (a result of the last minute is reused when the as-of is "now").
    const QDateTime asOf = m_asOf.isValid() ? m_asOf : QDateTime::currentDateTimeUtc();
    std::optional<ComplianceLive> live;
    if (const ComplianceLive *held = m_job->reuse(*m_session, m_asOf))
        live = *held;
    const ComplianceMatrix::Filter f = filter();
    // On the worker thread, with its own connection: only values are captured.
    return runRefresh<ComplianceMatrix>(
        [f, asOf, live](const Session &session) -> Result<ComplianceMatrix> {
            ComplianceMatrix m;
            QString error;
            if (!ComplianceMatrix::compute(session, f, live ? live->asOf : asOf, &m, &error,
                                           live ? &*live : nullptr))
                return Failure{error};
            return m;
        },
        [this, asOf, startChecks = !live](const ComplianceMatrix &m) {
            // What a "Run checks" just recorded stays said over the statuses read again.
            m_banner->clearNotice();
            const ComplianceControl *current = m_model->control(m_table->currentIndex().row());
            const QString selected = current ? current->controlId : QString();
            m_matrix = m;
            m_model->setMatrix(m_matrix);
            m_model->setResults(m_matrix.live.results);
            // The live checks read the database: a Dealix server has none to read.
            if (startChecks && !m_checksRequested && !m_session->isRest())
                m_job->start(*m_session, asOf);
            showMatrix();
            if (!selectControl(selected)) {
                for (int r = 0; r < m_model->rowCount(); ++r) {
                    if (!m_model->isHeading(r)) {
                        m_table->setCurrentIndex(m_model->index(r, 0));
                        break;
                    }
                }
            }
            showControl();
        });
}

void ComplianceWidget::showMatrix()
{
    m_table->clearSpans();
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->isHeading(r))
            m_table->setSpan(r, 0, 1, ComplianceModel::ColumnCount);
    }
    const QLocale l;
    const ComplianceMatrix &m = m_matrix;
    m_rate->setValue(m.total ? Format::percent(m.rate) : tr("—"));
    m_rate->setDetail(
        tr("%1 of %2 controls compliant").arg(l.toString(m.compliant), l.toString(m.total)));
    m_rate->setState(m.total == 0   ? KpiTile::State::Unavailable
                     : m.rate >= 80 ? KpiTile::State::Good
                     : m.rate >= 50 ? KpiTile::State::Warning
                                    : KpiTile::State::Critical);
    m_score->setValue(m.score < 0 ? tr("—") : Format::percent(m.score));
    m_score->setDetail(tr("compliant + ½ partial, not-applicable excluded"));
    // The posture as recorded, and as the data shows when the two differ; the worse colours.
    // The live figures stand only when every check answered (a failed check is no evidence).
    const bool live = m.live.complete();
    const QString liveFailure = m.live.failureText();
    const QString shown = live ? m.livePosture.posture() : QString();
    // Tile texts stay on one line each: the value is the record, the detail what the data shows.
    m_posture->setValue(ComplianceMatrix::postureText(m.posture));
    m_posture->setState(KpiTile::forPosture(CompliancePosture::worse(m.posture, shown)));
    if (live) {
        const std::optional<double> rate = m.livePosture.rate();
        m_posture->setDetail(tr("Data shows %1 · rate %2")
                                 .arg(ComplianceMatrix::postureText(shown),
                                      rate ? Format::percent(*rate) : tr("—")));
    } else {
        m_posture->setDetail(QString());
    }
    m_failing->setValue(l.toString(m.nonCompliant));
    m_failing->setDetail(live && m.livePosture.nonCompliant != m.nonCompliant
                             ? tr("Data shows %1").arg(l.toString(m.livePosture.nonCompliant))
                             : tr("%1 partial · %2 not applicable")
                                   .arg(l.toString(m.partial), l.toString(m.notApplicable)));
    m_failing->setState(m.nonCompliant || (live && m.livePosture.nonCompliant)
                            ? KpiTile::State::Critical
                            : KpiTile::State::Good);
    // How many controls the data contradicts: counted over all controls, whatever the filter.
    if (!liveFailure.isEmpty()) {
        m_disagree->setValue(QStringLiteral("—"));
        m_disagree->setDetail(tr("Not available: %1").arg(liveFailure));
        m_disagree->setToolTip(liveFailure);
        m_disagree->setState(KpiTile::State::Unavailable);
    } else if (m.overRest()) {
        // A Dealix server: the checks cannot run at all (never "have not run yet").
        m_disagree->setValue(QStringLiteral("—"));
        m_disagree->setDetail(ComplianceLive::notOverApi());
        m_disagree->setToolTip(ComplianceLive::notOverApi());
        m_disagree->setState(KpiTile::State::Unavailable);
    } else if (!live) {
        m_disagree->setValue(QStringLiteral("…"));
        m_disagree->setDetail(m_job->isRunning() ? tr("Checking the data…")
                                                 : tr("The live checks have not run"));
        m_disagree->setToolTip(QString());
        m_disagree->setState(KpiTile::State::Unavailable);
    } else {
        m_disagree->setValue(l.toString(int(m.disagreeing.size())));
        const QString ids = Format::list(m.disagreeing);
        m_disagree->setDetail(
            m.disagreeing.isEmpty() ? tr("Records and data agree as of %1")
                                          .arg(Format::dateTime(m.live.asOf, tenantZone(session())))
            : m.disagreeing.size() <= 3
                ? ids
                : Format::list(QStringList(m.disagreeing.mid(0, 3))) + QStringLiteral(" …"));
        m_disagree->setToolTip(m.disagreeing.isEmpty()
                                   ? QString()
                                   : ComplianceMatrix::disagreementText(int(m.disagreeing.size())) +
                                         QStringLiteral(": ") + ids);
        m_disagree->setState(m.disagreeing.isEmpty() ? KpiTile::State::Good
                                                     : KpiTile::State::Critical);
    }
}

void ComplianceWidget::liveArrived(const ComplianceLive &live)
{
    m_matrix.setLive(live);
    m_model->setResults(live.results);
    if (const QString failure = live.failureText(); !failure.isEmpty())
        m_banner->showNotice(MessageBanner::Level::Warning, failure);
    showMatrix();
    showControl();
    if (m_checksRequested)
        finishChecks(live); // "Run checks": the summary, and the record when asked
}

bool ComplianceWidget::selectControl(const QString &controlId)
{
    const int row = controlId.isEmpty() ? -1 : m_model->rowOf(controlId);
    if (row < 0)
        return false;
    m_table->setCurrentIndex(m_model->index(row, 0));
    return true;
}

void ComplianceWidget::showControl()
{
    const ComplianceControl *c = m_model->control(m_table->currentIndex().row());
    m_history->setRowCount(0);
    if (!c) {
        m_evidence->setPlainText(tr("Select a control to see its evidence."));
        m_historyTitle->setText(tr("History of results"));
        return;
    }
    const QLocale l;
    auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QString html =
        QStringLiteral("<h3>%1 — %2</h3>")
            .arg(DisplayText::html(c->controlId), DisplayText::html(ComplianceModel::nameOf(*c)));
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("%1 · risk %2 · owner %3 · evidence source %4")
                         .arg(esc(ComplianceMatrix::frameworkName(c->framework)),
                              esc(ComplianceMatrix::riskText(c->risk)), DisplayText::html(c->owner),
                              DisplayText::html(c->evidenceSource)));
    html += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(tr("Stored status:"), esc(ComplianceMatrix::statusText(c->status)));
    if (!c->remediationPlan.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("Remediation plan:"), DisplayText::html(c->remediationPlan));
    const QString rule = ComplianceChecks::rule(c->controlId);
    html += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(tr("Rule:"), rule.isEmpty() ? tr("no check for this control") : esc(rule));
    auto resultHtml = [&](const QString &caption, const QJsonObject &r) {
        QString h = QStringLiteral("<h4>%1</h4>").arg(caption);
        const QDateTime checked =
            QDateTime::fromString(r.value(QStringLiteral("checked_at")).toString(), Qt::ISODate);
        h +=
            QStringLiteral("<p><b>%1</b> — %2<br/>%3</p>")
                .arg(
                    esc(ComplianceMatrix::statusText(r.value(QStringLiteral("status")).toString())),
                    esc(r.value(QStringLiteral("reason")).toString()),
                    checked.isValid()
                        ? esc(tr("as of %1").arg(Format::dateTime(checked, tenantZone(session()))))
                        : QString());
        const QJsonObject figures = r.value(QStringLiteral("figures")).toObject();
        if (!figures.isEmpty()) {
            h += QStringLiteral("<table border='0' cellspacing='2'>");
            for (auto it = figures.constBegin(); it != figures.constEnd(); ++it) {
                const QJsonValue v = it.value();
                const QString text =
                    v.isArray() ? QString::fromUtf8(
                                      QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact))
                    : v.isDouble() ? l.toString(v.toDouble(), 'g', 12)
                    : v.isBool()   ? (v.toBool() ? tr("yes") : tr("no"))
                                   : v.toString();
                h += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>")
                         .arg(esc(it.key()), esc(text));
            }
            h += QStringLiteral("</table>");
        }
        for (const QJsonValue &q : r.value(QStringLiteral("queries")).toArray())
            h += QStringLiteral("<pre dir='ltr' style='white-space: pre-wrap'>%1</pre>")
                     .arg(esc(q.toString()));
        return h;
    };
    if (const CheckResult *live = m_model->result(c->controlId)) {
        if (ComplianceLive::contradicts(c->status, live))
            html +=
                QStringLiteral("<p style='color:%1'><b>≠ %2</b></p>")
                    .arg(StatePalette::colours(UiState::Critical, palette()).accent.name(),
                         esc(tr("Dealix records %1; the data shows %2: %3")
                                 .arg(ComplianceMatrix::statusText(c->status),
                                      ComplianceMatrix::statusText(live->status), live->reason)));
        html +=
            resultHtml(tr("Data shows (live check, not recorded unless written)"), live->toJson());
    }
    if (!c->lastResult.isEmpty())
        html += resultHtml(tr("Last recorded check"), c->lastResult);
    m_evidence->setHtml(html);
    m_historyTitle->setText(tr("History of results of %1").arg(c->controlId));
    if (!m_session || !m_session->isOpen())
        return;
    QList<ScanRecord> history;
    QString error;
    if (!ComplianceMatrix::history(*m_session, c->controlId, 50, &history, &error)) {
        m_historyTitle->setText(m_historyTitle->text() + QStringLiteral(" — ") + error);
        return;
    }
    m_history->setRowCount(int(history.size()));
    for (int i = 0; i < history.size(); ++i) {
        const ScanRecord &h = history.at(i);
        const QStringList cells{Format::dateTime(h.checkedAt, tenantZone(session())),
                                ComplianceMatrix::statusText(h.status), h.checkedBy,
                                h.evidence.value(QStringLiteral("reason")).toString()};
        for (int col = 0; col < cells.size(); ++col)
            m_history->setItem(i, col, new QTableWidgetItem(cells.at(col)));
    }
}

bool ComplianceWidget::runChecks()
{
    if (m_checksRequested) {
        // The button reads "Cancel" while the checks run.
        m_checksRequested = false;
        m_job->cancel();
        showRunButton();
        m_banner->showMessage(MessageBanner::Level::Info,
                              tr("Checks cancelled; nothing was recorded."));
        emit checksFinished(m_banner->text());
        return false;
    }
    if (!requireSource(m_session, m_banner)) {
        emit checksFinished(m_banner->text());
        return false;
    }
    if (m_session->isRest()) {
        m_banner->showMessage(MessageBanner::Level::Info, ComplianceLive::notOverApi());
        emit checksFinished(m_banner->text());
        return false;
    }
    // Off the GUI thread, on a connection of its own (LiveComplianceJob); liveArrived() then
    // shows the result and records it when asked.
    m_checksRequested = true;
    m_job->start(*m_session, m_asOf.isValid() ? m_asOf : QDateTime::currentDateTimeUtc());
    showRunButton();
    m_banner->showMessage(MessageBanner::Level::Info, tr("Running the compliance checks…"));
    showMatrix();
    return true;
}

void ComplianceWidget::showRunButton()
{
    m_run->setText(m_checksRequested ? tr("Cancel") : tr("Run checks"));
    // Over the Dealix API the checks cannot run: the button says why instead.
    const bool rest = m_session && m_session->isRest();
    m_run->setEnabled(!rest);
    m_run->setToolTip(rest ? ComplianceLive::notOverApi() : QString());
}

void ComplianceWidget::finishChecks(const ComplianceLive &live)
{
    m_checksRequested = false;
    showRunButton();
    const QList<CheckResult> &results = live.results;
    if (!live.ran) {
        // The run could not start: said, nothing recorded.
        m_banner->showMessage(MessageBanner::Level::Error, couldNotBeComputed(live.error));
        emit checksFinished(m_banner->text());
        return;
    }
    const QLocale l;
    int failing = 0;
    for (const CheckResult &r : results)
        failing += r.status == QLatin1String("non_compliant");
    QString summary = tr("%1 controls checked: %2 non-compliant.")
                          .arg(l.toString(results.size()), l.toString(failing));
    if (const QString failure = live.failureText(); !failure.isEmpty())
        summary += QLatin1Char(' ') + failure;
    const bool past = std::abs(live.asOf.secsTo(QDateTime::currentDateTimeUtc())) >
                      ComplianceWriter::NowToleranceSec;
    if (m_record->isChecked() && past) {
        m_banner->showMessage(MessageBanner::Level::Warning,
                              summary + QLatin1Char(' ') +
                                  tr("Not recorded: the figures are as of a past time, and the "
                                     "stored status is the current one."));
        emit checksFinished(m_banner->text());
        return;
    }
    if (!m_record->isChecked()) {
        m_banner->showMessage(MessageBanner::Level::Info,
                              summary + QLatin1Char(' ') + tr("Not recorded."));
        emit checksFinished(m_banner->text());
        return;
    }
    bool written = false;
    bool recorded = false;
    const QString message = m_actor->act(m_session, m_banner, [&](const TenantActor &actor) {
        const ComplianceWriter::Result w = ComplianceWriter::write(*m_session, results, actor);
        written = true;
        recorded = w.ok;
        return ActorPicker::Outcome{w.ok, summary + QLatin1Char(' ') + w.message};
    });
    if (!written) {
        emit checksFinished(message);
        return;
    }
    // The recorded statuses, read again in the background; the message stays in the banner.
    // checksFinished follows that refresh, so that what it reports is on screen.
    if (!refresh()) {
        emit checksFinished(message);
        return;
    }
    keepOutcome(m_banner, recorded, message);
    connect(
        this, &SurfaceWidget::refreshed, this, [this, message] { emit checksFinished(message); },
        Qt::SingleShotConnection);
}

QByteArray ComplianceWidget::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    const ComplianceMatrix::Filter f = filter();
    out << qint32(1) << f.framework << f.status << f.risk;
    return state;
}

void ComplianceWidget::restoreState(const QByteArray &state)
{
    QDataStream in(state);
    qint32 version = 0;
    ComplianceMatrix::Filter f;
    in >> version >> f.framework >> f.status >> f.risk;
    if (version != 1 || in.status() != QDataStream::Ok)
        return;
    m_framework->setCurrentIndex(std::max(0, m_framework->findData(f.framework)));
    m_status->setCurrentIndex(std::max(0, m_status->findData(f.status)));
    m_risk->setCurrentIndex(std::max(0, m_risk->findData(f.risk)));
}

void ComplianceWidget::retranslate()
{
    m_title->setText(tr("Saudi Compliance"));
    QList<std::pair<QString, QString>> frameworks{{QString(), tr("All frameworks")}};
    for (const QString &f : ComplianceMatrix::frameworks())
        frameworks.append({f, ComplianceMatrix::frameworkName(f)});
    Combos::fill(m_framework, frameworks);
    QList<std::pair<QString, QString>> statuses{{QString(), tr("All statuses")}};
    for (const char *s : {"compliant", "partial", "non_compliant", "not_applicable"})
        statuses.append(
            {QString::fromLatin1(s), ComplianceMatrix::statusText(QString::fromLatin1(s))});
    Combos::fill(m_status, statuses);
    QList<std::pair<QString, QString>> risks{{QString(), tr("All risk levels")}};
    for (const char *r : {"critical", "high", "medium", "low"})
        risks.append({QString::fromLatin1(r), ComplianceMatrix::riskText(QString::fromLatin1(r))});
    Combos::fill(m_risk, risks);
    showRunButton();
    m_record->setText(tr("Record results"));
    m_record->setToolTip(tr("Write each control's status, last check and evidence, a history "
                            "row and an audit row (owner or admin)."));
    m_actorLabel->setText(tr("Acting as:"));
    m_rate->setCaption(tr("Compliance rate"));
    m_score->setCaption(tr("Score"));
    m_posture->setCaption(tr("Posture"));
    m_failing->setCaption(tr("Non-compliant"));
    m_disagree->setCaption(tr("Records vs data"));
    m_history->setHorizontalHeaderLabels({tr("Checked"), tr("Result"), tr("By"), tr("Why")});
    m_model->retranslate();
    showMatrix();
    showControl();
}
