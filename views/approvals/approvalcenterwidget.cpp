#include "views/approvals/approvalcenterwidget.h"

#include "models/core/displaytext.h"

#include "models/approvals/approvalqueuemodel.h"
#include "models/core/labels.h"
#include "models/core/period.h"
#include "models/core/settings.h"
#include "views/widgets/actorpicker.h"
#include "views/widgets/combos.h"
#include "views/widgets/kpitile.h"
#include "views/widgets/messagebanner.h"
#include "views/widgets/statedelegate.h"
#include "views/widgets/surfacestyle.h"

#include <QComboBox>
#include <QDataStream>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIODevice>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

ApprovalCenterWidget::ApprovalCenterWidget(QWidget *parent)
    : SurfaceWidget(parent)
    , m_model(new ApprovalQueueModel(this))
    , m_title(new QLabel(this))
    , m_pending(new KpiTile(this))
    , m_warning(new KpiTile(this))
    , m_breach(new KpiTile(this))
    , m_status(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_priority(new QComboBox(this))
    , m_sla(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_shown(new QLabel(this))
    , m_view(new QTableView(this))
    , m_detail(new QTextBrowser(this))
    , m_actorLabel(new QLabel(this))
    , m_actor(new ActorPicker(WriteBack::deciderRoles(), this))
    , m_note(new QLineEdit(this))
    , m_approve(new QPushButton(this))
    , m_reject(new QPushButton(this))
    , m_escalate(new QPushButton(this))
    , m_banner(new MessageBanner(this))
    , m_clock(new QTimer(this))
    , m_searchDelay(new QTimer(this))
    , m_countersLane(this, [this] { return m_session; })
    , m_detailLane(this, [this] { return m_session; })
    , m_pagesLane(this, [this] { return m_session; })
{
    setObjectName(QStringLiteral("surface-approval-center"));
    // Pages beyond the first are read by a worker as the view scrolls (fetchMore returns at
    // once); one page at a time, dropped if the queue is read again meanwhile.
    m_model->setPager([this](const ApprovalQueue::Cursor &after, int pageSize) {
        if (!m_session || !m_session->isOpen() || !m_session->hasTenant())
            return m_model->appendPage(
                Failure{tr("No source is connected. Use File ▸ Connect to open one.")});
        const ApprovalQueue::Filter f = m_model->filter();
        const QDateTime asOf = m_model->asOf();
        m_pagesLane.run<QList<ApprovalQueue::Item>>(
            *m_session,
            [f, asOf, after, pageSize](const Session &session) {
                return ApprovalQueueModel::readPage(session, f, asOf, after, pageSize);
            },
            [this](const Result<QList<ApprovalQueue::Item>> &page) {
                m_model->appendPage(page);
                if (!page.ok())
                    m_banner->showNotice(MessageBanner::Level::Error,
                                         tr("Refresh failed: %1").arg(page.error()));
                showShown();
            });
    });
    SurfaceStyle::heading(m_title);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new StateDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->verticalHeader()->hide();
    // Columns as wide as their contents; the resource (what is to be decided, the widest text)
    // takes what is left, so the table fills its width in both directions (right to left, the
    // empty band was on the left) and no short column such as Status grows wide.
    m_view->horizontalHeader()->setSectionResizeMode(ApprovalQueueModel::ResourceColumn,
                                                     QHeaderView::Stretch);
    // Column widths from the first rows only: measuring a 1,000-row page costs more than it shows.
    m_view->horizontalHeader()->setResizeContentsPrecision(40);
    m_view->setAlternatingRowColors(true);
    m_detail->setOpenLinks(false);
    m_detail->setObjectName(QStringLiteral("approval-detail"));
    m_approve->setObjectName(QStringLiteral("approve"));
    m_reject->setObjectName(QStringLiteral("reject"));
    m_escalate->setObjectName(QStringLiteral("escalate"));
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(300);
    connect(m_searchDelay, &QTimer::timeout, this, [this] { refresh(); });
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    for (QComboBox *c : {m_status, m_category, m_priority, m_sla})
        connect(c, &QComboBox::activated, this, [this] { refresh(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ApprovalCenterWidget::showDetail);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ApprovalCenterWidget::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ApprovalCenterWidget::updateActions);
    connect(this, &SurfaceWidget::writeFinished, this, &ApprovalCenterWidget::updateActions);
    connect(m_approve, &QPushButton::clicked, this,
            [this] { decideSelected(ApprovalDecider::Action::Approve); });
    connect(m_reject, &QPushButton::clicked, this,
            [this] { decideSelected(ApprovalDecider::Action::Reject); });
    connect(m_escalate, &QPushButton::clicked, this,
            [this] { decideSelected(ApprovalDecider::Action::Escalate); });
    setWriteControls({m_approve, m_reject, m_escalate});
    // SLA countdowns tick every second; the counters follow every 30 s.
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, &ApprovalCenterWidget::tick);

    auto *counters = new QHBoxLayout;
    counters->addWidget(m_pending);
    counters->addWidget(m_warning);
    counters->addWidget(m_breach);
    auto *filters = new QHBoxLayout;
    for (QWidget *w : std::initializer_list<QWidget *>{m_status, m_category, m_priority, m_sla})
        filters->addWidget(w);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_shown);
    auto *decisions = new QHBoxLayout;
    decisions->addWidget(m_actorLabel);
    decisions->addWidget(m_actor);
    decisions->addWidget(m_note, 1);
    decisions->addWidget(m_approve);
    decisions->addWidget(m_reject);
    decisions->addWidget(m_escalate);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(m_detail);
    // The detail is what a decider reads: room for its record, packet and SLA.
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(counters);
    layout->addLayout(filters);
    layout->addWidget(m_banner);
    layout->addWidget(split, 1);
    layout->addLayout(decisions);
    retranslate();
}

KpiTile *ApprovalCenterWidget::counterTile(int index) const
{
    return index == 0 ? m_pending : index == 1 ? m_warning : m_breach;
}

void ApprovalCenterWidget::setSession(const Session *session, const QDateTime &asOf)
{
    SurfaceWidget::setSession(session, asOf);
    // Nothing read from the previous source stays on screen or keeps a pointer to it; nothing
    // under way for it is delivered.
    clearQueue();
    m_categoriesTenant.clear();
    loadActors();
}

void ApprovalCenterWidget::clearQueue()
{
    m_countersLane.cancel();
    m_detailLane.cancel();
    m_pagesLane.cancel();
    m_queueRead = false;
    m_model->reload(nullptr, filter(), m_asOf);
    showDetail();
    updateActions();
}

bool ApprovalCenterWidget::isRefreshing() const
{
    return SurfaceWidget::isRefreshing() || m_countersLane.isRunning() || m_detailLane.isRunning();
}

void ApprovalCenterWidget::loadActors()
{
    // The tenant's deciders, read again whenever the tenant changes under the same session.
    m_actor->load(m_session, true);
}

void ApprovalCenterWidget::setActor(const QString &email)
{
    m_actor->setEmail(email);
}

QStringList ApprovalCenterWidget::actors() const
{
    QStringList emails;
    for (int i = 0; i < m_actor->count(); ++i)
        emails << m_actor->itemData(i).toString();
    return emails;
}

void ApprovalCenterWidget::setNote(const QString &note)
{
    m_note->setText(note);
}

void ApprovalCenterWidget::setFilter(const ApprovalQueue::Filter &f)
{
    auto pick = [](QComboBox *c, const QString &v) {
        const int i = c->findData(v);
        c->setCurrentIndex(i < 0 ? 0 : i);
    };
    pick(m_status, f.status);
    pick(m_category, f.category);
    pick(m_priority, f.priority);
    pick(m_sla, f.slaState);
    m_search->blockSignals(true);
    m_search->setText(f.search);
    m_search->blockSignals(false);
}

ApprovalQueue::Filter ApprovalCenterWidget::filter() const
{
    ApprovalQueue::Filter f;
    f.status = m_status->currentData().toString();
    f.category = m_category->currentData().toString();
    f.priority = m_priority->currentData().toString();
    f.slaState = m_sla->currentData().toString();
    f.search = m_search->text();
    return f;
}

bool ApprovalCenterWidget::refresh()
{
    m_error.clear();
    if (!m_session || !m_session->isOpen() || !m_session->hasTenant()) {
        cancelRefresh();
        clearQueue();
        m_error = tr("No source is connected. Use File ▸ Connect to open one.");
        m_banner->showMessage(MessageBanner::Level::Error, m_error);
        emit refreshed(false);
        return false;
    }
    if (!m_session->isRest() &&
        !m_session->schema().hasTable(QStringLiteral("approval_requests"))) {
        cancelRefresh();
        clearQueue();
        m_error = tr("Not available from this source (no approval_requests table).");
        m_banner->showMessage(MessageBanner::Level::Warning, m_error);
        emit refreshed(false);
        return false;
    }
    m_actor->load(m_session);
    // The queue's first page first (the worker's own connection); the counters, the total and
    // the categories (each a pass over the whole table) follow on another worker once it is on
    // screen, as of the same instant, so that counters, total and rows agree.
    const ApprovalQueue::Filter f = filter();
    const QDateTime asOf = m_asOf.isValid() ? m_asOf.toUTC() : QDateTime::currentDateTimeUtc();
    const int pageSize = m_model->pageSize();
    m_countersLane.cancel();
    m_pagesLane.cancel();
    m_model->abortFetch(); // that page is never delivered: scrolling must be able to ask again
    return runRefresh<ApprovalQueueModel::FirstPage>(
        [f, asOf, pageSize](const Session &session) {
            return ApprovalQueueModel::readFirst(session, f, asOf, pageSize);
        },
        [this, f, asOf](const ApprovalQueueModel::FirstPage &page) {
            // A decision's summary stays said over the queue read again after it.
            m_banner->clearNotice();
            m_model->setFirstPage(f, asOf, page);
            m_queueRead = true;
            updateColumns();
            m_view->resizeColumnsToContents();
            // A model reset drops the header's per-column modes: the resource column takes
            // the spare width again.
            m_view->horizontalHeader()->setSectionResizeMode(ApprovalQueueModel::ResourceColumn,
                                                             QHeaderView::Stretch);
            if (!m_asOf.isValid())
                m_clock->start(); // live only when looking at now
            showDetail();
            loadCounters(true);
        },
        [this](const QString &error) {
            // The rows on screen are the last read's: none of their pages is read any more, and
            // the banner says why until a refresh succeeds (its first page starts paging again).
            m_model->stopPaging(error);
            m_error = tr("Refresh failed: %1").arg(error);
            m_banner->showNotice(MessageBanner::Level::Error, m_error);
        });
}

namespace {

// What the counters' worker reads: the counters, the queue's total, and the categories when the
// tenant's are not known yet (each a pass over the tenant's requests).
struct QueueFigures {
    ApprovalQueue::Counters counters;
    qint64 total = -1; // -1: not asked
    bool readCategories = false;
    QStringList categories;
    QString categoriesError;
};

} // namespace

void ApprovalCenterWidget::loadCounters(bool withTotal)
{
    if (!m_session || !m_session->isOpen() || !m_session->hasTenant())
        return;
    // With the total: the same instant as the rows on screen. Alone (the 30 s tick): now.
    const ApprovalQueue::Filter f = m_model->filter();
    const QDateTime now = withTotal          ? m_model->asOf()
                          : m_asOf.isValid() ? m_asOf
                                             : QDateTime::currentDateTimeUtc();
    const bool readCategories = m_categoriesTenant != m_session->tenantId();
    const QString tenant = m_session->tenantId();
    m_countersLane.run<QueueFigures>(
        *m_session,
        [f, now, withTotal, readCategories](const Session &session) -> Result<QueueFigures> {
            QueueFigures out;
            if (readCategories) {
                out.readCategories = true;
                const Result<QStringList> found = ApprovalQueue::categories(session);
                if (found.ok())
                    out.categories = found.value();
                else
                    out.categoriesError = found.error();
            }
            QString error;
            if (!ApprovalQueue::counters(session, now, &out.counters, &error))
                return Failure{error};
            if (withTotal) {
                // With the default filter the queue's size is the pending counter: one pass
                // saved.
                const bool defaultFilter = f.status == QLatin1String("pending") &&
                                           f.category.isEmpty() && f.priority.isEmpty() &&
                                           f.slaState.isEmpty() && f.search.trimmed().isEmpty();
                out.total = out.counters.pending;
                if (!defaultFilter && !ApprovalQueue::count(session, f, now, &out.total, &error))
                    return Failure{error};
            }
            return out;
        },
        [this, tenant](const Result<QueueFigures> &r) {
            if (!r.ok())
                return countersFailed(r.error());
            if (r->readCategories) {
                if (!r->categoriesError.isEmpty()) {
                    // The filter keeps "All categories" only, and the cause is said, not hidden.
                    m_error = tr("The categories could not be read: %1").arg(r->categoriesError);
                    m_banner->showNotice(MessageBanner::Level::Error, m_error);
                } else {
                    QList<std::pair<QString, QString>> categories{
                        {QString(), tr("All categories")}};
                    // Stored codes filter; people read the catalogue's words.
                    for (const QString &c : r->categories)
                        categories.append({c, Labels::text(Labels::Kind::ApprovalCategory, c)});
                    Combos::fill(m_category, categories);
                    m_categoriesTenant = tenant;
                }
            }
            if (r->total >= 0)
                m_model->setTotal(r->total);
            showCounters(r->counters);
        });
}

void ApprovalCenterWidget::countersFailed(const QString &cause)
{
    // Never the last numbers as if they were current: the tiles go blank and the cause shows.
    for (KpiTile *t : {m_pending, m_warning, m_breach}) {
        t->setValue(QStringLiteral("—"));
        t->setState(KpiTile::State::Unavailable);
    }
    m_shown->setText(QString());
    m_hasCounters = false;
    m_error = tr("The counters could not be read: %1").arg(cause);
    m_banner->showNotice(MessageBanner::Level::Error, m_error);
}

void ApprovalCenterWidget::showCounters(const ApprovalQueue::Counters &c)
{
    const QLocale l;
    m_pending->setValue(l.toString(c.pending));
    m_pending->setState(c.pending > 10 ? KpiTile::State::Warning : KpiTile::State::Neutral);
    m_warning->setValue(l.toString(c.warning));
    m_warning->setState(c.warning > 0 ? KpiTile::State::Warning : KpiTile::State::Good);
    m_breach->setValue(l.toString(c.breach));
    m_breach->setState(c.breach > 0 ? KpiTile::State::Critical : KpiTile::State::Good);
    m_hasCounters = true;
    showShown();
}

void ApprovalCenterWidget::showShown()
{
    const QLocale l;
    if (m_hasCounters)
        m_shown->setText(
            tr("%1 of %2 shown")
                .arg(l.toString(m_model->rowCount()), l.toString(m_model->totalRows())));
}

void ApprovalCenterWidget::tick()
{
    if (!isVisible() || m_asOf.isValid() || !m_session || !m_session->isOpen())
        return;
    m_model->tick(QDateTime::currentDateTimeUtc());
    // Every 30 s, unless the counters of a refresh are still coming (they would be superseded).
    if (++m_ticks % 30 == 0 && !m_countersLane.isRunning())
        loadCounters(false);
}

void ApprovalCenterWidget::showDetail()
{
    const ApprovalQueue::Item *it = m_model->item(m_view->currentIndex().row());
    if (!it || !m_session || !m_session->isOpen() || !m_session->hasTenant()) {
        m_detailLane.cancel();
        m_detail->setHtml(emptyHtml());
        return;
    }
    // What the queue row holds at once; the request in context (its record, payload, people
    // and history: one read) from a worker, latest selection wins.
    const ApprovalQueue::Item item = *it;
    m_detail->setHtml(detailHtml(item, nullptr));
    m_detailLane.run<ApprovalDetail>(
        *m_session,
        [item](const Session &session) -> Result<ApprovalDetail> {
            // Never fails as a whole: each part says its own failure.
            return ApprovalDetail::read(session, item);
        },
        [this, item](const Result<ApprovalDetail> &d) {
            if (d.ok())
                m_detail->setHtml(detailHtml(item, &d.value()));
        });
}

QString ApprovalCenterWidget::emptyHtml() const
{
    const bool emptyQueue = m_queueRead && m_model->rowCount() == 0;
    const QString text =
        emptyQueue ? tr("No request matches the status and filters chosen. Choose another status "
                        "or clear the filters to see more.")
                   : tr("Select a request to see its deal, value, risk and history.");
    // Muted, from the application palette (dark and high-contrast themes included).
    return QStringLiteral("<p dir=\"%3\" style=\"color:%1\">%2</p>")
        .arg(palette().color(QPalette::PlaceholderText).name(), text.toHtmlEscaped(),
             layoutDirection() == Qt::RightToLeft ? QStringLiteral("rtl") : QStringLiteral("ltr"));
}

QString ApprovalCenterWidget::detailHtml(const ApprovalQueue::Item &item,
                                         const ApprovalDetail *detail) const
{
    // Every value is escaped; data strings in it are already isolated (ApprovalDetail).
    const QString heading = detail && detail->resource.state == ApprovalDetail::State::Found
                                ? (QLocale().language() == QLocale::Arabic &&
                                           !detail->resource.titleAr.trimmed().isEmpty()
                                       ? detail->resource.titleAr
                                       : detail->resource.title)
                                : QString();
    // Right to left in Arabic: paragraphs and tables mirrored (rich text does not follow the
    // widget's direction by itself).
    const QString dir =
        layoutDirection() == Qt::RightToLeft ? QStringLiteral("rtl") : QStringLiteral("ltr");
    QString html =
        QStringLiteral("<h3 dir=\"%2\">%1</h3>")
            .arg(heading.trimmed().isEmpty()
                     ? Labels::text(Labels::Kind::ResourceType, item.resourceType).toHtmlEscaped()
                     : DisplayText::html(heading),
                 dir);
    if (!detail) {
        html += QStringLiteral("<p dir=\"%2\">%1</p>")
                    .arg(SurfaceWidget::tr("Updating…").toHtmlEscaped(), dir);
        return html;
    }
    const QTimeZone zone = Periods::zone(m_session ? m_session->tenant().timeZone : QByteArray());
    const QString muted = palette().color(QPalette::PlaceholderText).name();
    const bool rtl = dir == QLatin1String("rtl");
    const QString align = rtl ? QStringLiteral("right") : QStringLiteral("left");
    for (const ApprovalDetail::Section &section : detail->sections(zone, m_model->now())) {
        html += QStringLiteral("<p dir=\"%2\"><b>%1</b></p><table dir=\"%2\" align=\"%3\" "
                               "cellspacing=\"0\" cellpadding=\"2\">")
                    .arg(section.title.toHtmlEscaped(), dir, align);
        for (const ApprovalDetail::Field &f : section.fields) {
            const QString value = f.missing
                                      ? QStringLiteral("<i>%1</i>").arg(f.value.toHtmlEscaped())
                                      : f.value.toHtmlEscaped();
            const QString label = QStringLiteral("<td style=\"color:%1\" align=\"%3\">%2</td>")
                                      .arg(muted, f.label.toHtmlEscaped(), align);
            const QString shown = QStringLiteral("<td align=\"%2\">%1</td>").arg(value, align);
            // Rich-text tables are not mirrored: in Arabic the label cell comes last, so that
            // it stands on the right.
            html += QStringLiteral("<tr>%1<td width=\"12\"></td>%2</tr>")
                        .arg(rtl ? shown : label, rtl ? label : shown);
        }
        html += QStringLiteral("</table>");
    }
    return html;
}

void ApprovalCenterWidget::updateColumns()
{
    // The pending queue's Status column would say "Pending" on every row.
    m_view->setColumnHidden(ApprovalQueueModel::StatusColumn,
                            m_model->filter().status == QLatin1String("pending"));
}

void ApprovalCenterWidget::updateActions()
{
    int selected = 0;
    int pending = 0;
    QString decidedStatus;
    if (m_view->selectionModel()) {
        for (const QModelIndex &i : m_view->selectionModel()->selectedRows()) {
            const ApprovalQueue::Item *it = m_model->item(i.row());
            if (!it)
                continue;
            ++selected;
            if (it->status.compare(QLatin1String("pending"), Qt::CaseInsensitive) == 0)
                ++pending;
            else if (decidedStatus.isEmpty())
                decidedStatus = it->status.toLower();
        }
    }
    QString why;
    if (!m_session || !m_session->isOpen() || !m_session->hasTenant())
        why = tr("No source is connected. Use File ▸ Connect to open one.");
    else if (isWriting())
        why = tr("Wait: a decision is being saved.");
    else if (selected == 0)
        why = tr("Select a pending request first.");
    else if (pending == 0)
        why = decidedStatus == QLatin1String("approved")
                  ? tr("This request was already approved: only a pending request can be "
                       "decided.")
              : decidedStatus == QLatin1String("rejected")
                  ? tr("This request was already rejected: only a pending request can be "
                       "decided.")
                  : tr("This request is not pending (%1): only a pending request can be decided.")
                        .arg(Labels::text(Labels::Kind::ApprovalStatus, decidedStatus));
    else if (pending < selected)
        // A decision applies to every selected request: none may be decided already.
        why = tr("%n of the selected requests is already decided: select only pending requests.",
                 nullptr, selected - pending);
    const bool on = why.isEmpty();
    const std::pair<QPushButton *, QString> buttons[] = {
        {m_approve, tr("Approve the selected pending requests.")},
        {m_reject, tr("Reject the selected pending requests (a note saying why is required).")},
        {m_escalate, tr("Escalate the selected pending requests one level.")}};
    for (const auto &[button, tip] : buttons) {
        button->setEnabled(on);
        button->setToolTip(on ? tip : why);
    }
}

QString ApprovalCenterWidget::decideSelected(ApprovalDecider::Action action)
{
    if (!m_session)
        return {};
    QStringList ids;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows()) {
        if (const ApprovalQueue::Item *it = m_model->item(i.row()))
            ids << it->id;
    }
    return decide(ids, action);
}

QString ApprovalCenterWidget::decide(const QStringList &ids, ApprovalDecider::Action action)
{
    if (!m_session || !m_session->isOpen() || !m_session->hasTenant()) {
        m_banner->showMessage(MessageBanner::Level::Error,
                              tr("No source is connected. Use File ▸ Connect to open one."));
        return m_banner->text();
    }
    if (ids.isEmpty()) {
        m_banner->showMessage(MessageBanner::Level::Info, tr("Select one or more requests first."));
        return m_banner->text();
    }
    // The users could not be read: that is why no one is chosen, and it is said.
    if (m_actor->email().isEmpty() && !m_actor->loadError().isEmpty()) {
        m_banner->showMessage(MessageBanner::Level::Error, m_actor->loadError());
        return m_actor->loadError();
    }
    ApprovalDecider::Actor actor;
    ApprovalDecider::Result refusal;
    if (!ApprovalDecider::actor(*m_session, m_actor->currentData().toString(), &actor, &refusal)) {
        m_banner->showMessage(MessageBanner::Level::Error, refusal.message);
        return refusal.message;
    }
    // Bulk: the same note for each, each decided and audited on its own; over a Dealix server
    // off the GUI thread (runWrite).
    const QString note = m_note->text();
    auto write = [ids, action, actor, note](const Session &session) {
        int done = 0;
        QStringList conflicts;
        QStringList failures;
        for (const QString &id : std::as_const(ids)) {
            const ApprovalDecider::Result r =
                ApprovalDecider::decide(session, id, action, actor, note);
            if (r.outcome == ApprovalDecider::Outcome::Done)
                ++done;
            else if (r.outcome == ApprovalDecider::Outcome::Conflict)
                conflicts << r.message;
            else
                failures << r.message;
            if (r.outcome == ApprovalDecider::Outcome::NoteRequired ||
                r.outcome == ApprovalDecider::Outcome::PermissionDenied)
                break;
        }
        QString summary =
            tr("%1 of %2 decided.").arg(QLocale().toString(done), QLocale().toString(ids.size()));
        if (!conflicts.isEmpty())
            summary += QLatin1Char(' ') +
                       tr("Already decided: %1").arg(conflicts.join(QLatin1String(" ")));
        if (!failures.isEmpty())
            summary += QLatin1Char(' ') + failures.join(QLatin1Char(' '));
        return WriteOutcome{failures.isEmpty() && conflicts.isEmpty(), summary, done > 0};
    };
    return runWrite(m_banner, write,
                    [this](const WriteOutcome &o) {
                        // The queue read again (someone else's decisions show too), in the
                        // background; the summary stays in the banner over it.
                        refresh();
                        if (o.changed)
                            m_note->clear();
                    })
        .message;
}

QByteArray ApprovalCenterWidget::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    const ApprovalQueue::Filter f = filter();
    out << qint32(1) << f.status << f.category << f.priority << f.slaState
        << m_view->horizontalHeader()->saveState();
    return state;
}

void ApprovalCenterWidget::restoreState(const QByteArray &state)
{
    QDataStream in(state);
    qint32 version = 0;
    ApprovalQueue::Filter f;
    QByteArray header;
    in >> version >> f.status >> f.category >> f.priority >> f.slaState >> header;
    if (in.status() != QDataStream::Ok || version != 1)
        return;
    setFilter(f);
    m_view->horizontalHeader()->restoreState(header);
    // Whatever the saved state said: the resource column fills the width.
    m_view->horizontalHeader()->setSectionResizeMode(ApprovalQueueModel::ResourceColumn,
                                                     QHeaderView::Stretch);
}

void ApprovalCenterWidget::retranslate()
{
    m_title->setText(tr("Approval Center"));
    // Room for "200,000 of 200,000 shown" from the start: the text arrives after the first paint.
    const QLocale l;
    m_shown->setMinimumWidth(m_shown->fontMetrics().horizontalAdvance(
        tr("%1 of %2 shown").arg(l.toString(200000), l.toString(200000))));
    // The statuses' and SLA states' words are the catalogue's, as in the columns, their
    // tooltips and the Executive Room's tiles.
    m_pending->setCaption(Labels::text(Labels::Kind::ApprovalStatus, QStringLiteral("pending")));
    m_warning->setCaption(Labels::text(Labels::Kind::SlaState, QStringLiteral("warning")));
    m_warning->setDetail(tr("Deadline within %Ln hours", nullptr, 4));
    m_breach->setCaption(Labels::text(Labels::Kind::SlaState, QStringLiteral("breach")));
    m_breach->setDetail(tr("Past the SLA deadline"));
    auto status = [](const char *code) {
        return std::pair<QString, QString>{
            QString::fromLatin1(code),
            Labels::text(Labels::Kind::ApprovalStatus, QString::fromLatin1(code))};
    };
    Combos::fill(m_status, {status("pending"),
                            status("approved"),
                            status("rejected"),
                            {QStringLiteral("all"), tr("All statuses")}});
    QList<std::pair<QString, QString>> priorities{{QString(), tr("All priorities")}};
    for (const QString &p : ApprovalQueue::priorities())
        priorities.append({p, ApprovalQueueModel::priorityText(p)});
    Combos::fill(m_priority, priorities);
    Combos::fill(m_sla, {{QString(), tr("Any SLA state")},
                         {QStringLiteral("within"),
                          Labels::text(Labels::Kind::SlaState, QStringLiteral("within"))},
                         {QStringLiteral("warning"),
                          Labels::text(Labels::Kind::SlaState, QStringLiteral("warning"))},
                         {QStringLiteral("breach"),
                          Labels::text(Labels::Kind::SlaState, QStringLiteral("breach"))}});
    if (m_category->count() == 0)
        m_category->addItem(tr("All categories"), QString());
    else
        m_category->setItemText(0, tr("All categories"));
    m_search->setPlaceholderText(tr("Search id, resource, category, channel, note…"));
    m_actorLabel->setText(tr("Acting as:"));
    m_note->setPlaceholderText(tr("Note (required to reject)"));
    m_approve->setText(tr("Approve"));
    m_reject->setText(tr("Reject"));
    m_escalate->setText(tr("Escalate"));
    m_model->retranslate();
    updateActions();
    showDetail();
}
