#include "views/violations/policyviolationswidget.h"

#include "models/core/displaytext.h"
#include "models/core/format.h"
#include "models/core/labels.h"
#include "models/core/period.h"

#include "views/widgets/actorpicker.h"
#include "views/widgets/kanbanboard.h"
#include "views/widgets/messagebanner.h"
#include "views/widgets/surfacestyle.h"

#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {
UiState stateOfSeverity(const QString &severity)
{
    const QString s = severity.trimmed().toLower();
    if (s == QLatin1String("critical"))
        return UiState::Critical;
    if (s == QLatin1String("high"))
        return UiState::Warning;
    return UiState::Neutral;
}
} // namespace

PolicyViolationsWidget::PolicyViolationsWidget(QWidget *parent)
    : SurfaceWidget(parent)
    , m_title(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_banner(new MessageBanner(this))
    , m_board(new KanbanBoard(this))
    , m_detail(new QTextBrowser(this))
    , m_resolution(new QLineEdit(this))
    , m_actorLabel(new QLabel(this))
    , m_actor(new ActorPicker(WriteBack::deciderRoles(), this))
    , m_resolve(new QPushButton(this))
    , m_accept(new QPushButton(this))
{
    setObjectName(QStringLiteral("surface-policy-violations"));
    setRefreshBanner(m_banner);
    SurfaceStyle::heading(m_title);
    connect(m_board, &KanbanBoard::cardSelected, this, [this](const QString &id) {
        m_selected = id;
        showDetail();
    });
    // Enter on a card: its detail, then the resolution field (when it can be resolved).
    connect(m_board, &KanbanBoard::cardActivated, this, [this](const QString &id) {
        m_selected = id;
        showDetail();
        if (m_resolution->isEnabled())
            m_resolution->setFocus(Qt::OtherFocusReason);
        else
            m_detail->setFocus(Qt::OtherFocusReason);
    });
    connect(m_resolve, &QPushButton::clicked, this,
            [this] { resolveSelected(QStringLiteral("resolved"), m_resolution->text()); });
    connect(m_accept, &QPushButton::clicked, this,
            [this] { resolveSelected(QStringLiteral("accepted"), m_resolution->text()); });
    setWriteControls({m_resolve, m_accept});
    auto *detail = new QWidget(this);
    auto *dv = new QVBoxLayout(detail);
    dv->setContentsMargins(0, 0, 0, 0);
    dv->addWidget(m_detail, 1);
    dv->addWidget(m_resolution);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_actorLabel);
    actions->addWidget(m_actor, 1);
    actions->addWidget(m_resolve);
    actions->addWidget(m_accept);
    dv->addLayout(actions);
    auto *split = new QSplitter(this);
    split->addWidget(m_board);
    split->addWidget(detail);
    split->setSizes({760, 340});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_counts);
    layout->addWidget(m_banner);
    layout->addWidget(split, 1);
    retranslate();
}

void PolicyViolationsWidget::setSession(const Session *session, const QDateTime &asOf)
{
    SurfaceWidget::setSession(session, asOf);
    m_violations = PolicyViolations();
    m_selected.clear();
    m_actor->clearActors(); // read with the next refresh, on the worker
    showData();
}

bool PolicyViolationsWidget::refresh()
{
    m_banner->clearNotice(); // a resolution's outcome stays over the refresh after it
    if (!requireSource(m_session, m_banner)) {
        cancelRefresh(); // a refresh under way is never delivered
        m_violations = PolicyViolations();
        showData();
        return false;
    }
    const QDateTime asOf = m_asOf;
    const QStringList roles = m_actor->roles();
    const bool needActors = m_actor->needsLoad(m_session);
    const QString tenant = m_session->tenantId();
    using Value = WithActors<PolicyViolations>;
    return runRefresh<Value>(
        [asOf, roles, needActors](const Session &s) -> Result<Value> {
            Value v;
            QString error;
            if (!PolicyViolations::compute(s, asOf, &v.value, &error))
                return Failure{error};
            v.actors = ActorPicker::read(s, roles, needActors);
            return v;
        },
        [this, tenant](const Value &v) {
            m_actor->take(tenant, v.actors);
            m_violations = v.value;
            showData();
        });
}

bool PolicyViolationsWidget::select(const QString &id)
{
    if (!m_board->selectCard(id))
        return false;
    m_selected = id;
    showDetail();
    return true;
}

QTimeZone PolicyViolationsWidget::zone() const
{
    return Periods::zone(m_session ? m_session->tenant().timeZone : QByteArray());
}

KanbanBoard::Card PolicyViolationsWidget::card(const Violation &x, const QTimeZone &zone)
{
    using DisplayText::isolate;
    KanbanBoard::Card card;
    card.id = x.id;
    // The title: the two claims; the chip: the severity's word; beside it the type.
    card.title = tr("%1 ↔ %2").arg(isolate(x.claimA), isolate(x.claimB));
    card.chip = PolicyViolations::severityText(x.severity);
    card.state = stateOfSeverity(x.severity);
    card.meta = PolicyViolations::typeText(x.type);
    card.lines << tr("%1 ↔ %2").arg(isolate(x.sourceA), isolate(x.sourceB));
    const QString detected = PolicyViolations::detectedByText(x.detectedBy);
    card.lines << (x.createdAt.isValid()
                       ? tr("Detected by %1, %2").arg(detected, Format::dateTime(x.createdAt, zone))
                       : tr("Detected by %1").arg(detected));
    if (!PolicyViolations::statuses().contains(x.status))
        card.lines
            << tr("Status: %1").arg(Labels::text(Labels::Kind::ContradictionStatus, x.status));
    // The tooltip: everything in full, with the stored codes.
    QStringList tip{tr("Claim A (%1): %2").arg(isolate(x.sourceA), isolate(x.claimA)),
                    tr("Claim B (%1): %2").arg(isolate(x.sourceB), isolate(x.claimB)),
                    tr("Severity: %1").arg(card.chip), tr("Type: %1").arg(card.meta),
                    card.lines.at(1)};
    tip << tr("Stored as: severity %1, type %2, status %3, detected by %4")
               .arg(x.severity, x.type, x.status, x.detectedBy);
    card.tooltip = tip.join(QLatin1Char('\n'));
    return card;
}

void PolicyViolationsWidget::showData()
{
    const QTimeZone z = zone();
    QList<KanbanBoard::Column> columns;
    for (const PolicyViolations::Column &c : std::as_const(m_violations.columns)) {
        if (c.status == QLatin1String("other") && c.items.isEmpty())
            continue;
        KanbanBoard::Column k;
        k.key = c.status;
        k.title = PolicyViolations::statusText(c.status);
        k.count = int(c.items.size());
        // A column the source does not list (over REST: resolved, accepted) says so, not "0".
        if (m_violations.restUnlisted.contains(c.status)) {
            k.count = -1;
            k.summary = tr("not listed by the Dealix API");
            k.tooltip = m_violations.restUnlistedReason;
        } else if (c.status != QLatin1String("other")) {
            k.tooltip = Labels::tooltip(Labels::Kind::ContradictionStatus, c.status);
        }
        // Resolved and accepted fold to their headers (a click opens them).
        k.collapsible =
            c.status == QLatin1String("resolved") || c.status == QLatin1String("accepted");
        k.collapsedByDefault = k.collapsible;
        for (const Violation &x : c.items)
            k.cards << card(x, z);
        columns << k;
    }
    m_board->setColumns(columns);
    m_counts->setText(
        tr("%1 contradictions · %2 active · %3 critical and active")
            .arg(Format::integer(m_violations.total), Format::integer(m_violations.active),
                 Format::integer(m_violations.criticalActive)) +
        (m_violations.restUnlisted.isEmpty()
             ? QString()
             : Format::separator() +
                   tr("resolved and accepted: %1").arg(m_violations.restUnlistedReason)));
    if (!m_board->selectCard(m_selected))
        m_selected.clear();
    showDetail();
}

void PolicyViolationsWidget::showDetail()
{
    const Violation *x = m_violations.find(m_selected);
    const bool active =
        x && (x->status == QLatin1String("detected") || x->status == QLatin1String("reviewing"));
    m_resolve->setEnabled(active && !isWriting());
    m_accept->setEnabled(active && !isWriting());
    m_resolution->setEnabled(active);
    if (!x) {
        m_detail->setPlainText(tr("Select a contradiction to see both claims and the evidence."));
        return;
    }
    auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QString html = QStringLiteral("<h3>%1</h3>")
                       .arg(esc(tr("%1 · %2 · %3")
                                    .arg(PolicyViolations::severityText(x->severity),
                                         PolicyViolations::typeText(x->type),
                                         PolicyViolations::statusText(x->status))));
    html += QStringLiteral("<p><b>%1</b> %2<br/>%3</p>")
                .arg(esc(tr("Claim A (%1):").arg(DisplayText::isolate(x->sourceA))),
                     DisplayText::html(x->claimA), QString());
    html += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(esc(tr("Claim B (%1):").arg(DisplayText::isolate(x->sourceB))),
                     DisplayText::html(x->claimB));
    const QString detected = PolicyViolations::detectedByText(x->detectedBy);
    html +=
        QStringLiteral("<p>%1</p>")
            .arg(esc(
                x->createdAt.isValid()
                    ? tr("Detected by %1, %2").arg(detected, Format::dateTime(x->createdAt, zone()))
                    : tr("Detected by %1").arg(detected)));
    if (!x->evidence.isNull())
        html += QStringLiteral("<p><b>%1</b></p><pre dir='ltr'>%2</pre>")
                    .arg(esc(tr("Evidence:")),
                         esc(QString::fromUtf8(QJsonDocument::fromJson(x->evidence).toJson())));
    if (!x->resolution.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(esc(tr("Resolution (%1, %2):")
                                 .arg(DisplayText::isolate(x->resolvedBy),
                                      Format::dateTime(x->resolvedAt, zone()))),
                         DisplayText::html(x->resolution));
    m_detail->setHtml(html);
}

QString PolicyViolationsWidget::resolveSelected(const QString &status, const QString &resolution)
{
    if (m_selected.isEmpty()) {
        m_banner->showMessage(MessageBanner::Level::Info, tr("Select a contradiction first."));
        return m_banner->text();
    }
    const QString id = m_selected;
    return m_actor->act(m_session, m_banner, [&](const TenantActor &actor) {
        const WriteOutcome o = runWrite(
            m_banner,
            [id, status, resolution, actor](const Session &session) {
                const ViolationResolver::Result r =
                    ViolationResolver::resolve(session, id, status, resolution, actor);
                const bool done = r.outcome == ViolationResolver::Outcome::Done;
                return WriteOutcome{done, r.message, done};
            },
            [this, id](const WriteOutcome &written) {
                if (written.changed)
                    m_resolution->clear();
                refresh();
                select(id);
            });
        return ActorPicker::Outcome{o.ok, o.message};
    });
}

void PolicyViolationsWidget::retranslate()
{
    m_title->setText(tr("Policy Violations"));
    m_resolution->setPlaceholderText(tr("Resolution (required)"));
    m_actorLabel->setText(tr("Acting as:"));
    m_resolve->setText(tr("Resolve"));
    m_accept->setText(tr("Accept"));
    showData();
}
