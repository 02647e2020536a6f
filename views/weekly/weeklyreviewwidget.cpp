#include "views/weekly/weeklyreviewwidget.h"

#include "models/core/format.h"
#include "models/core/money.h"
#include "models/weekly/weeklychangemodel.h"
#include "views/weekly/weeklytext.h"
#include "views/widgets/livecompliancejob.h"
#include "views/widgets/messagebanner.h"
#include "views/widgets/statedelegate.h"
#include "views/widgets/statepalette.h"
#include "views/widgets/surfacestyle.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <optional>

WeeklyReviewWidget::WeeklyReviewWidget(QWidget *parent)
    : SurfaceWidget(parent)
    , m_job(new LiveComplianceJob(this))
    , m_title(new QLabel(this))
    , m_weekLabel(new QLabel(this))
    , m_prev(new QPushButton(this))
    , m_this(new QPushButton(this))
    , m_next(new QPushButton(this))
    , m_rag(new QLabel(this))
    , m_banner(new MessageBanner(this))
    , m_table(new QTableView(this))
    , m_model(new WeeklyChangeModel(this))
    , m_decisionsTitle(new QLabel(this))
    , m_risksTitle(new QLabel(this))
    , m_blockersTitle(new QLabel(this))
    , m_decisions(new QListWidget(this))
    , m_risks(new QListWidget(this))
    , m_blockers(new QListWidget(this))
    , m_completed(new QLabel(this))
{
    setObjectName(QStringLiteral("surface-weekly-review"));
    SurfaceStyle::heading(m_title);
    // Back/forward arrows follow the layout direction (mirrored in Arabic).
    m_prev->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_next->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_next->setLayoutDirection(layoutDirection() == Qt::RightToLeft ? Qt::LeftToRight
                                                                    : Qt::RightToLeft);
    // (The shared glue: the delivered result, or its failure, is shown at its own as-of.)
    m_job->follow(
        this, [this] { return m_session; },
        [this](const ComplianceLive &live) { recompute(&live); });
    connect(m_prev, &QPushButton::clicked, this, &WeeklyReviewWidget::previousWeek);
    connect(m_this, &QPushButton::clicked, this, &WeeklyReviewWidget::thisWeek);
    connect(m_next, &QPushButton::clicked, this, &WeeklyReviewWidget::nextWeek);
    QFont ragFont = m_rag->font();
    ragFont.setPointSizeF(ragFont.pointSizeF() * 1.3);
    ragFont.setBold(true);
    m_rag->setFont(ragFont);
    m_rag->setWordWrap(true);
    m_rag->setMargin(10);
    m_table->setModel(m_model);
    m_table->setItemDelegate(new StateDelegate(m_table));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_completed->setWordWrap(true);
    for (QListWidget *list : {m_decisions, m_risks, m_blockers})
        list->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addStretch(1);
    top->addWidget(m_prev);
    top->addWidget(m_this);
    top->addWidget(m_next);
    auto *lists = new QGridLayout;
    for (QLabel *title : {m_decisionsTitle, m_risksTitle, m_blockersTitle})
        SurfaceStyle::heading(title, 1.0); // bold; the titles are plain text
    lists->addWidget(m_decisionsTitle, 0, 0);
    lists->addWidget(m_risksTitle, 0, 1);
    lists->addWidget(m_blockersTitle, 0, 2);
    lists->addWidget(m_decisions, 1, 0);
    lists->addWidget(m_risks, 1, 1);
    lists->addWidget(m_blockers, 1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_weekLabel);
    layout->addWidget(m_banner);
    layout->addWidget(m_rag);
    layout->addWidget(m_table, 3);
    layout->addWidget(m_completed);
    layout->addLayout(lists, 2);
    retranslate();
}

void WeeklyReviewWidget::setSession(const Session *session, const QDateTime &asOf)
{
    // A source or tenant change: the live checks in flight are discarded, never shown.
    m_job->reset();
    SurfaceWidget::setSession(session, asOf);
    m_anchor = QDateTime();
}

QDateTime WeeklyReviewWidget::now() const
{
    return m_asOf.isValid() ? m_asOf : QDateTime::currentDateTimeUtc();
}

void WeeklyReviewWidget::previousWeek()
{
    m_anchor = (m_anchor.isValid() ? m_anchor : now()).addDays(-7);
    refresh();
}

void WeeklyReviewWidget::nextWeek()
{
    const QDateTime next = (m_anchor.isValid() ? m_anchor : now()).addDays(7);
    m_anchor = next >= now() ? QDateTime() : next;
    refresh();
}

void WeeklyReviewWidget::thisWeek()
{
    m_anchor = QDateTime();
    refresh();
}

bool WeeklyReviewWidget::refresh()
{
    return recompute(nullptr);
}

bool WeeklyReviewWidget::recompute(const ComplianceLive *arrived)
{
    m_error.clear();
    // Figures of another tenant are never shown as this one's, not even as stale.
    if (m_hasReview && (!m_session || m_review.tenant.id != m_session->tenantId()))
        m_hasReview = false;
    if (!m_session || !m_session->isOpen() || !m_session->hasTenant()) {
        cancelRefresh();
        m_error = tr("No source is connected. Use File ▸ Connect to open one.");
        m_banner->showMessage(MessageBanner::Level::Error, m_error);
        emit refreshed(false);
        return false;
    }
    // A past week is reviewed as of its end: what the room would have seen that Saturday night.
    QDateTime asOf = now();
    if (m_anchor.isValid()) {
        const TimeRange week =
            Periods::saudiWeek(m_anchor, Periods::zone(m_session->tenant().timeZone));
        asOf = std::min(asOf, week.end.addSecs(-1));
    }
    // The RAG reads the live compliance checks of this tenant and time: with the stored status
    // first, then again when the checks (run in the background) arrive.
    // A delivered result is for the week it was started for; a week changed meanwhile
    // discards it (a week's as-of is fixed: its result would not match anyway).
    const bool atNow = !m_anchor.isValid() && !m_asOf.isValid();
    std::optional<ComplianceLive> live;
    if (const ComplianceLive *held = arrived && (atNow || arrived->asOf == asOf.toUTC())
                                         ? arrived
                                         : m_job->reuse(*m_session, atNow ? QDateTime() : asOf))
        live = *held;
    if (live)
        asOf = live->asOf;
    // On the worker thread, with its own connection: only values are captured.
    return runRefresh<WeeklyReview>(
        [asOf, live](const Session &session) -> Result<WeeklyReview> {
            WeeklyReview review;
            QString error;
            if (!WeeklyReview::compute(session, asOf, &review, &error, live ? &*live : nullptr))
                return Failure{error};
            return review;
        },
        [this, startChecks = !live && !arrived, asOf](const WeeklyReview &review) {
            m_review = review;
            m_hasReview = true;
            // A delivery never starts another run; a Dealix server has no database to check.
            if (startChecks && !m_session->isRest())
                m_job->start(*m_session, asOf);
            // Parts that could not be computed are said above the review, with their causes.
            if (const QStringList failures = review.failures(); !failures.isEmpty())
                m_banner->showMessage(MessageBanner::Level::Warning,
                                      couldNotBeComputed(failures.join(Format::separator())));
            else if (review.overRest())
                // Over the Dealix API: what the server's pack cannot say, said once above.
                m_banner->showMessage(MessageBanner::Level::Info,
                                      review.rest.unavailable.join(Format::separator()));
            else if (const QStringList notes =
                         Money::excludedAmountNotes(review.nonNumericValues, review.negativeValues);
                     !notes.isEmpty())
                m_banner->showMessage(MessageBanner::Level::Info, notes.join(QLatin1Char(' ')));
            else
                m_banner->clearMessage();
            showReview();
        },
        [this](const QString &error) {
            if (m_hasReview && m_review.tenant.id != m_session->tenantId())
                m_hasReview = false;
            m_banner->showMessage(MessageBanner::Level::Error,
                                  m_hasReview ? tr("Stale: refresh failed: %1").arg(error)
                                              : tr("Refresh failed: %1").arg(error));
        });
}

namespace {
// The RAG banner in its state's colours of the one palette. The RAG is a stored keyword ("red",
// "AMBER"...), read as a state at this boundary; no colour at all when the source has no weekly
// pack (a Dealix server without one).
void styleRag(QLabel *rag, const WeeklyReview &r)
{
    const bool none = !r.unavailableReason.isEmpty();
    const StateColours c =
        StatePalette::colours(none ? UiState::Unavailable : UiStates::fromKey(r.overallRag));
    rag->setStyleSheet(
        QStringLiteral(
            "QLabel { background: %1; border: 2px solid %2; border-radius: 6px; color: %3; }")
            .arg(c.fill.name(), c.border.name(), c.text.name()));
}
} // namespace

void WeeklyReviewWidget::showReview()
{
    const WeeklyReview &r = m_review;
    m_title->setText(WeeklyText::title(r));
    m_weekLabel->setText(WeeklyText::weekLabel(r));
    const bool latest = !m_anchor.isValid();
    m_next->setEnabled(!latest);
    m_this->setEnabled(!latest);
    m_rag->setText(WeeklyText::ragBanner(r));
    styleRag(m_rag, r);
    m_model->setReview(r);
    m_completed->setText(WeeklyText::completedLine(r) + QStringLiteral("\n") +
                         WeeklyText::plannedLine(r));
    m_decisions->clear();
    m_decisions->addItems(WeeklyText::decisionLines(r));
    m_risks->clear();
    m_risks->addItems(WeeklyText::riskLines(r));
    m_blockers->clear();
    m_blockers->addItems(WeeklyText::blockerLines(r));
}

void WeeklyReviewWidget::retranslate()
{
    m_title->setText(m_hasReview ? WeeklyText::title(m_review) : tr("Weekly Review"));
    m_prev->setText(tr("Previous week"));
    m_this->setText(tr("This week"));
    m_next->setText(tr("Next week"));
    m_decisionsTitle->setText(WeeklyText::decisionsTitle());
    m_risksTitle->setText(WeeklyText::risksTitle());
    m_blockersTitle->setText(WeeklyText::blockersTitle());
    m_model->retranslate();
    if (m_hasReview)
        refresh(); // lists are worded by the computation, in the current language
}

void WeeklyReviewWidget::changeEvent(QEvent *event)
{
    // A theme switched while the app runs: the RAG shown follows.
    if ((event->type() == QEvent::PaletteChange ||
         event->type() == QEvent::ApplicationPaletteChange) &&
        !m_rag->styleSheet().isEmpty())
        styleRag(m_rag, m_review);
    if (event->type() == QEvent::LayoutDirectionChange)
        m_next->setLayoutDirection(layoutDirection() == Qt::RightToLeft ? Qt::LeftToRight
                                                                        : Qt::RightToLeft);
    SurfaceWidget::changeEvent(event);
}
