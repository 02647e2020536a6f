#include "views/approvals/approvalcenterwidget.h"

#include "models/core/displaytext.h"

#include "models/approvals/approvalqueuemodel.h"
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
                    m_banner->showMessage(MessageBanner::Level::Error,
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
    m_view->horizontalHeader()->setStretchLastSection(true);
    // Column widths from the first rows only: measuring a 1,000-row page costs more than it shows.
    m_view->horizontalHeader()->setResizeContentsPrecision(40);
    m_view->setAlternatingRowColors(true);
    m_detail->setOpenLinks(false);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(300);
    connect(m_searchDelay, &QTimer::timeout, this, [this] { refresh(); });
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    for (QComboBox *c : {m_status, m_category, m_priority, m_sla})
        connect(c, &QComboBox::activated, this, [this] { refresh(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ApprovalCenterWidget::showDetail);
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
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
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
    m_model->reload(nullptr, filter(), m_asOf);
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
            if (m_keepMessage.isEmpty())
                m_banner->clearMessage();
            m_keepMessage.clear();
            m_model->setFirstPage(f, asOf, page);
            m_view->resizeColumnsToContents();
            if (!m_asOf.isValid())
                m_clock->start(); // live only when looking at now
            showDetail();
            loadCounters(true);
        },
        [this](const QString &error) {
            m_keepMessage.clear();
            // The rows on screen are the last read's: none of their pages is read any more, and
            // the banner says why until a refresh succeeds (its first page starts paging again).
            m_model->stopPaging(error);
            m_error = tr("Refresh failed: %1").arg(error);
            m_banner->showMessage(MessageBanner::Level::Error, m_error);
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
                    m_banner->showMessage(MessageBanner::Level::Error, m_error);
                } else {
                    QList<std::pair<QString, QString>> categories{
                        {QString(), tr("All categories")}};
                    for (const QString &c : r->categories)
                        categories.append({c, c});
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
    m_banner->showMessage(MessageBanner::Level::Error, m_error);
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
        m_detail->clear();
        return;
    }
    // What the queue row holds at once; its payload and history (two queries) from a worker.
    const ApprovalQueue::Item item = *it;
    m_detail->setHtml(detailHtml(item, nullptr));
    const QString id = item.id;
    m_detailLane.run<RequestDetail>(
        *m_session,
        [id](const Session &session) -> Result<RequestDetail> {
            RequestDetail d;
            const Result<QJsonObject> payload = ApprovalQueue::payload(session, id);
            if (payload.ok())
                d.payload = payload.value();
            else
                d.payloadError = payload.error();
            d.historyRead = ApprovalQueue::history(session, id, &d.history, &d.historyError);
            return d;
        },
        [this, item](const Result<RequestDetail> &d) {
            // (The computation above never fails as a whole: each part says its own failure.)
            if (d.ok())
                m_detail->setHtml(detailHtml(item, &d.value()));
        });
}

QString ApprovalCenterWidget::detailHtml(const ApprovalQueue::Item &item,
                                         const RequestDetail *detail) const
{
    const ApprovalQueue::Item *it = &item;
    const QLocale l;
    // Every data string is escaped (and isolated): ids and names come from the database.
    QString html = QStringLiteral("<h3>%1 · %2</h3>")
                       .arg(DisplayText::html(it->resourceType), DisplayText::html(it->category));
    html += QStringLiteral("<p>%1: %2<br>%3: %4</p>")
                .arg(tr("Request").toHtmlEscaped(), DisplayText::html(it->id),
                     tr("Resource").toHtmlEscaped(), DisplayText::html(it->resourceId));
    if (!detail) {
        html += QStringLiteral("<p>%1</p>").arg(SurfaceWidget::tr("Updating…").toHtmlEscaped());
        if (!it->note.isEmpty())
            html += QStringLiteral("<p>%1: %2</p>")
                        .arg(tr("Note").toHtmlEscaped(), DisplayText::html(it->note));
        return html;
    }
    if (!detail->payloadError.isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("The request's payload could not be read: %1")
                             .arg(detail->payloadError)
                             .toHtmlEscaped());
    const QJsonObject packet = detail->payload.value(QStringLiteral("approval_packet")).toObject();
    if (!packet.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b><br>").arg(tr("Approval packet").toHtmlEscaped());
        for (const char *key :
             {"action", "action_class", "reversibility", "risk_summary", "sla_hours"}) {
            const QJsonValue v = packet.value(QLatin1String(key));
            if (!v.isUndefined())
                html += QStringLiteral("%1: %2<br>")
                            .arg(QLatin1String(key), DisplayText::html(v.toVariant().toString()));
        }
        html += QStringLiteral("context: %1</p>")
                    .arg(QString::fromUtf8(
                             QJsonDocument(packet.value(QStringLiteral("context")).toObject())
                                 .toJson(QJsonDocument::Compact))
                             .toHtmlEscaped());
    }
    if (!it->note.isEmpty())
        html += QStringLiteral("<p>%1: %2</p>")
                    .arg(tr("Note").toHtmlEscaped(), DisplayText::html(it->note));
    html += QStringLiteral("<p><b>%1</b><br>").arg(tr("History").toHtmlEscaped());
    // A history that could not be read is said, never shown as "nothing happened".
    if (!detail->historyRead)
        html += QStringLiteral("%1<br>").arg(
            DisplayText::html(tr("The history could not be read: %1").arg(detail->historyError)));
    html += QStringLiteral("%1 · %2<br>")
                .arg(l.toString(it->createdAt.toLocalTime(), QLocale::ShortFormat),
                     tr("requested").toHtmlEscaped());
    for (const ApprovalQueue::AuditEntry &e : std::as_const(detail->history))
        html += QStringLiteral("%1 · %2 · %3<br>")
                    .arg(l.toString(e.at.toLocalTime(), QLocale::ShortFormat),
                         DisplayText::html(e.action), DisplayText::html(e.user));
    html += QStringLiteral("</p>");
    return html;
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
                        m_keepMessage = o.message;
                        if (!refresh())
                            m_keepMessage.clear();
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
}

void ApprovalCenterWidget::retranslate()
{
    m_title->setText(tr("Approval Center"));
    // Room for "200,000 of 200,000 shown" from the start: the text arrives after the first paint.
    const QLocale l;
    m_shown->setMinimumWidth(m_shown->fontMetrics().horizontalAdvance(
        tr("%1 of %2 shown").arg(l.toString(200000), l.toString(200000))));
    m_pending->setCaption(tr("Pending"));
    m_warning->setCaption(tr("SLA warning"));
    m_warning->setDetail(tr("Deadline within 4 hours"));
    m_breach->setCaption(tr("SLA breach"));
    m_breach->setDetail(tr("Past the SLA deadline"));
    Combos::fill(m_status, {{QStringLiteral("pending"), tr("Pending")},
                            {QStringLiteral("approved"), tr("Approved")},
                            {QStringLiteral("rejected"), tr("Rejected")},
                            {QStringLiteral("all"), tr("All statuses")}});
    QList<std::pair<QString, QString>> priorities{{QString(), tr("All priorities")}};
    for (const QString &p : ApprovalQueue::priorities())
        priorities.append({p, ApprovalQueueModel::priorityText(p)});
    Combos::fill(m_priority, priorities);
    Combos::fill(m_sla, {{QString(), tr("Any SLA state")},
                         {QStringLiteral("within"), tr("Within SLA")},
                         {QStringLiteral("warning"), tr("SLA warning")},
                         {QStringLiteral("breach"), tr("SLA breach")}});
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
}
