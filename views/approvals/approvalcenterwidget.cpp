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
{
    setObjectName(QStringLiteral("surface-approval-center"));
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
    m_view->viewport()->installEventFilter(this);
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
    m_session = session;
    m_asOf = asOf;
    // Nothing read from the previous source stays on screen or keeps a pointer to it.
    clearQueue();
    m_categoriesTenant.clear();
    loadActors();
}

void ApprovalCenterWidget::clearQueue()
{
    m_completePending = false;
    m_model->reload(nullptr, filter(), m_asOf);
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
        clearQueue();
        m_error = tr("No source is connected. Use File ▸ Connect to open one.");
        m_banner->showMessage(MessageBanner::Level::Error, m_error);
        emit refreshed(false);
        return false;
    }
    if (!m_session->schema().hasTable(QStringLiteral("approval_requests"))) {
        clearQueue();
        m_error = tr("Not available from this source (no approval_requests table).");
        m_banner->showMessage(MessageBanner::Level::Warning, m_error);
        emit refreshed(false);
        return false;
    }
    m_actor->load(m_session);
    // The queue's first page paints first; the counters, the total and the categories (each a
    // pass over the whole table) follow right after, so 200k requests open at once.
    m_model->setKnownTotal(ApprovalQueueModel::CountLater);
    if (!m_model->reload(m_session, filter(), m_asOf)) {
        m_error = tr("Refresh failed: %1").arg(m_model->errorString());
        m_banner->showMessage(MessageBanner::Level::Error, m_error);
        emit refreshed(false);
        return false;
    }
    m_view->resizeColumnsToContents();
    // The counters, the total and the categories follow once the queue has been painted (or
    // after half a second if it is not on screen), so that 200k requests open at once.
    m_completePending = true;
    m_view->viewport()->update();
    QTimer::singleShot(500, this, [this] {
        if (m_completePending)
            QCoreApplication::postEvent(this, new QEvent(CompleteRefreshEvent));
    });
    if (!m_asOf.isValid())
        m_clock->start(); // live only when looking at now
    emit refreshed(true);
    return true;
}

bool ApprovalCenterWidget::event(QEvent *event)
{
    if (event->type() == CompleteRefreshEvent) {
        if (m_completePending) {
            m_completePending = false;
            completeRefresh();
        }
        return true;
    }
    return SurfaceWidget::event(event);
}

bool ApprovalCenterWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Paint && m_completePending)
        QCoreApplication::postEvent(this, new QEvent(CompleteRefreshEvent));
    return SurfaceWidget::eventFilter(watched, event);
}

void ApprovalCenterWidget::completeRefresh()
{
    if (!m_session || !m_session->isOpen() || !m_session->hasTenant())
        return;
    showDetail();
    if (m_categoriesTenant != m_session->tenantId()) {
        const Result<QStringList> found = ApprovalQueue::categories(*m_session);
        if (!found.ok()) {
            // The filter keeps "All categories" only, and the cause is said, not hidden.
            m_error = tr("The categories could not be read: %1").arg(found.error());
            m_banner->showMessage(MessageBanner::Level::Error, m_error);
        } else {
            QList<std::pair<QString, QString>> categories{{QString(), tr("All categories")}};
            for (const QString &c : found.value())
                categories.append({c, c});
            Combos::fill(m_category, categories);
            m_categoriesTenant = m_session->tenantId();
        }
    }
    const ApprovalQueue::Filter f = filter();
    // The same instant as the rows on screen, so that counters, total and rows agree.
    const QDateTime now = m_model->asOf();
    ApprovalQueue::Counters counters;
    QString error;
    if (!ApprovalQueue::counters(*m_session, now, &counters, &error))
        return countersFailed(error);
    // With the default filter the queue's size is the pending counter: one pass saved.
    const bool defaultFilter = f.status == QLatin1String("pending") && f.category.isEmpty() &&
                               f.priority.isEmpty() && f.slaState.isEmpty() &&
                               f.search.trimmed().isEmpty();
    qint64 total = counters.pending;
    if (!defaultFilter && !ApprovalQueue::count(*m_session, f, now, &total, &error))
        return countersFailed(error);
    m_model->setTotal(total);
    showCounters(counters);
}

void ApprovalCenterWidget::countersFailed(const QString &cause)
{
    // Never the last numbers as if they were current: the tiles go blank and the cause shows.
    for (KpiTile *t : {m_pending, m_warning, m_breach}) {
        t->setValue(QStringLiteral("—"));
        t->setState(KpiTile::State::Unavailable);
    }
    m_shown->setText(QString());
    m_error = tr("The counters could not be read: %1").arg(cause);
    m_banner->showMessage(MessageBanner::Level::Error, m_error);
}

void ApprovalCenterWidget::updateCounters()
{
    if (!m_session || !m_session->isOpen() || !m_session->hasTenant())
        return;
    ApprovalQueue::Counters c;
    QString error;
    const QDateTime now = m_asOf.isValid() ? m_asOf : QDateTime::currentDateTimeUtc();
    if (ApprovalQueue::counters(*m_session, now, &c, &error))
        showCounters(c);
    else
        countersFailed(error);
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
    m_shown->setText(tr("%1 of %2 shown")
                         .arg(l.toString(m_model->rowCount()), l.toString(m_model->totalRows())));
}

void ApprovalCenterWidget::tick()
{
    if (!isVisible() || m_asOf.isValid() || !m_session || !m_session->isOpen())
        return;
    m_model->tick(QDateTime::currentDateTimeUtc());
    if (++m_ticks % 30 == 0)
        updateCounters();
}

void ApprovalCenterWidget::showDetail()
{
    const ApprovalQueue::Item *it = m_model->item(m_view->currentIndex().row());
    if (!it || !m_session) {
        m_detail->clear();
        return;
    }
    const QLocale l;
    // Every data string is escaped (and isolated): ids and names come from the database.
    QString html = QStringLiteral("<h3>%1 · %2</h3>")
                       .arg(DisplayText::html(it->resourceType), DisplayText::html(it->category));
    html += QStringLiteral("<p>%1: %2<br>%3: %4</p>")
                .arg(tr("Request").toHtmlEscaped(), DisplayText::html(it->id),
                     tr("Resource").toHtmlEscaped(), DisplayText::html(it->resourceId));
    const Result<QJsonObject> payload = ApprovalQueue::payload(*m_session, it->id);
    if (!payload.ok())
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("The request's payload could not be read: %1")
                             .arg(payload.error())
                             .toHtmlEscaped());
    const QJsonObject packet =
        payload.ok() ? payload->value(QStringLiteral("approval_packet")).toObject() : QJsonObject();
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
    QList<ApprovalQueue::AuditEntry> history;
    QString error;
    const bool historyRead = ApprovalQueue::history(*m_session, it->id, &history, &error);
    html += QStringLiteral("<p><b>%1</b><br>").arg(tr("History").toHtmlEscaped());
    // A history that could not be read is said, never shown as "nothing happened".
    if (!historyRead)
        html += QStringLiteral("%1<br>").arg(
            DisplayText::html(tr("The history could not be read: %1").arg(error)));
    html += QStringLiteral("%1 · %2<br>")
                .arg(l.toString(it->createdAt.toLocalTime(), QLocale::ShortFormat),
                     tr("requested").toHtmlEscaped());
    for (const ApprovalQueue::AuditEntry &e : std::as_const(history))
        html += QStringLiteral("%1 · %2 · %3<br>")
                    .arg(l.toString(e.at.toLocalTime(), QLocale::ShortFormat),
                         DisplayText::html(e.action), DisplayText::html(e.user));
    html += QStringLiteral("</p>");
    m_detail->setHtml(html);
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
    // Bulk: the same note for each, each decided and audited on its own.
    int done = 0;
    QStringList conflicts;
    QStringList failures;
    for (const QString &id : std::as_const(ids)) {
        const ApprovalDecider::Result r =
            ApprovalDecider::decide(*m_session, id, action, actor, m_note->text());
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
        summary +=
            QLatin1Char(' ') + tr("Already decided: %1").arg(conflicts.join(QLatin1String(" ")));
    if (!failures.isEmpty())
        summary += QLatin1Char(' ') + failures.join(QLatin1Char(' '));
    refresh(); // someone else's decisions show too
    m_banner->showMessage(failures.isEmpty() && conflicts.isEmpty() ? MessageBanner::Level::Info
                                                                    : MessageBanner::Level::Warning,
                          summary);
    if (done > 0)
        m_note->clear();
    return summary;
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
