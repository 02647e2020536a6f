#include "views/executive/executiveroomwidget.h"

#include "models/core/money.h"
#include "models/core/settings.h"
#include "views/widgets/autorefresher.h"
#include "views/widgets/messagebanner.h"
#include "views/widgets/provenancedialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDataStream>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QIODevice>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

QString number(qint64 v)
{
    return QLocale().toString(v);
}

QString percent(const std::optional<double> &v)
{
    return v ? QLocale().toString(*v, 'f', 1) + QStringLiteral(" %") : QStringLiteral("—");
}

} // namespace

ExecutiveRoomWidget::ExecutiveRoomWidget(QWidget *parent)
    : SurfaceWidget(parent)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_periodLabel(new QLabel(this))
    , m_period(new QComboBox(this))
    , m_autoRefreshBox(new QCheckBox(this))
    , m_interval(new QSpinBox(this))
    , m_banner(new MessageBanner(this))
    , m_autoRefresh(new AutoRefresher(this, [this] { refresh(); }))
{
    setObjectName(QStringLiteral("surface-executive-room"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle->setWordWrap(true);
    for (int i = 0; i < 4; ++i)
        m_period->addItem(QString());
    m_period->setCurrentIndex(3); // all time, as the Dealix API
    m_periodLabel->setBuddy(m_period);
    connect(m_period, &QComboBox::activated, this, [this] { refresh(); });
    m_autoRefreshBox->setChecked(true);
    connect(m_autoRefreshBox, &QCheckBox::toggled, m_autoRefresh, &AutoRefresher::setEnabled);
    connect(m_autoRefreshBox, &QCheckBox::toggled, m_interval, &QWidget::setEnabled);
    // The period is a user setting (Settings::Key::RefreshIntervalSec, default 60 s).
    m_interval->setRange(10, 3600);
    m_interval->setValue(Settings().refreshIntervalSec());
    m_autoRefresh->setIntervalSec(m_interval->value());
    connect(m_interval, &QSpinBox::valueChanged, this, [this](int seconds) {
        m_autoRefresh->setIntervalSec(seconds);
        Settings().setValue(Settings::Key::RefreshIntervalSec, seconds);
    });
    m_autoRefresh->setEnabled(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_periodLabel);
    top->addWidget(m_period);
    top->addWidget(m_autoRefreshBox);
    top->addWidget(m_interval);

    auto *content = new QWidget(this);
    auto *grid = new QGridLayout(content);
    grid->setContentsMargins(0, 0, 0, 0);
    buildGroups();
    // Groups with five tiles take the full width; the smaller ones pair up.
    const struct {
        int row, column, span;
    } places[] = {{0, 0, 2}, {1, 0, 1}, {2, 0, 2}, {3, 0, 1}, {1, 1, 1}, {3, 1, 1}, {4, 0, 1}};
    for (qsizetype i = 0; i < m_groups.size(); ++i)
        grid->addWidget(m_groups[i].box, places[i].row, places[i].column, 1, places[i].span);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(5, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_banner);
    layout->addWidget(scroll, 1);
    retranslate();
}

void ExecutiveRoomWidget::buildGroups()
{
    const struct {
        const char *id;
        const char *surface;
        QStringList tiles;
    } groups[] = {
        {"revenue",
         "forecast",
         {QStringLiteral("revenue.actual"), QStringLiteral("revenue.forecast"),
          QStringLiteral("revenue.variance_percent"), QStringLiteral("revenue.win_rate"),
          QStringLiteral("revenue.pipeline_value")}},
        {"approvals",
         "approval-center",
         {QStringLiteral("approvals.pending"), QStringLiteral("approvals.warning"),
          QStringLiteral("approvals.breach")}},
        {"compliance",
         "compliance",
         {QStringLiteral("compliance.compliant"), QStringLiteral("compliance.partial"),
          QStringLiteral("compliance.non_compliant"), QStringLiteral("compliance.posture"),
          QStringLiteral("compliance.score")}},
        {"connectors",
         "connectors",
         {QStringLiteral("connectors.healthy"), QStringLiteral("connectors.degraded"),
          QStringLiteral("connectors.error"), QStringLiteral("connectors.not_configured")}},
        {"contradictions",
         "policy-violations",
         {QStringLiteral("contradictions.active"), QStringLiteral("contradictions.critical")}},
        {"strategic_deals",
         "partner-pipeline",
         {QStringLiteral("strategic_deals.active"),
          QStringLiteral("strategic_deals.pipeline_value")}},
        {"evidence_packs",
         "evidence-packs",
         {QStringLiteral("evidence_packs.ready"), QStringLiteral("evidence_packs.pending_review")}},
    };
    for (const auto &g : groups) {
        Group group;
        group.id = QString::fromLatin1(g.id);
        group.surfaceId = QString::fromLatin1(g.surface);
        group.box = new QGroupBox(this);
        group.box->setObjectName(QStringLiteral("group-") + group.id);
        auto *layout = new QGridLayout(group.box);
        group.unavailable = new QLabel(group.box);
        group.unavailable->setWordWrap(true);
        group.unavailable->hide();
        layout->addWidget(group.unavailable, 1, 0, 1, int(g.tiles.size()));
        for (const QString &key : g.tiles) {
            KpiTile *t = addTile(group, key);
            layout->addWidget(t, 0, int(group.tileKeys.size()) - 1);
        }
        m_groups << group;
    }
}

KpiTile *ExecutiveRoomWidget::addTile(Group &group, const QString &key)
{
    auto *t = new KpiTile(group.box);
    t->setObjectName(QStringLiteral("tile-") + key);
    group.tileKeys << key;
    m_tiles.insert(key, t);
    const QString groupId = group.id;
    const QString surfaceId = group.surfaceId;
    connect(t, &KpiTile::provenanceRequested, this,
            [this, groupId, t] { showProvenance(groupId, t->caption()); });
    connect(t, &KpiTile::clicked, this,
            [this, surfaceId] { emit openSurfaceRequested(surfaceId); });
    // Drill-down only where the target surface exists in this build.
    const Surface *target = SurfaceRegistry::instance().find(surfaceId);
    t->setDrillDown(target != nullptr, target ? tr("Open %1").arg(target->title()) : QString());
    return t;
}

void ExecutiveRoomWidget::setSession(const Session *session, const QDateTime &asOf)
{
    m_session = session;
    m_asOf = asOf;
}

void ExecutiveRoomWidget::setPeriod(Period period)
{
    m_period->setCurrentIndex(int(period));
}

Period ExecutiveRoomWidget::period() const
{
    return Period(m_period->currentIndex());
}

bool ExecutiveRoomWidget::refresh()
{
    m_error.clear();
    ExecutiveSnapshot snapshot;
    QString error;
    if (!m_session || !m_session->isOpen() || !m_session->hasTenant())
        error = tr("No source is connected. Use File ▸ Connect to open one.");
    else if (!ExecutiveSnapshot::compute(
                 *m_session, period(), m_asOf.isValid() ? m_asOf : QDateTime::currentDateTimeUtc(),
                 &snapshot, &error) &&
             error.isEmpty())
        error = tr("The source did not answer.");
    if (!error.isEmpty()) {
        // The last figures stay on screen, marked stale with the time and the error.
        m_error = error;
        m_stale = m_hasSnapshot;
        const QLocale locale;
        m_banner->showMessage(
            MessageBanner::Level::Error,
            m_hasSnapshot
                ? tr("Stale: these figures are from %1. Refresh failed at %2: %3")
                      .arg(locale.toString(m_lastSuccess.toLocalTime(), QLocale::ShortFormat),
                           locale.toString(QDateTime::currentDateTime(), QLocale::ShortFormat),
                           error)
                : tr("Refresh failed: %1").arg(error));
        emit refreshed(false);
        return false;
    }
    m_snapshot = snapshot;
    m_hasSnapshot = true;
    m_stale = false;
    m_lastSuccess = QDateTime::currentDateTimeUtc();
    m_banner->clearMessage();
    showSnapshot();
    emit refreshed(true);
    return true;
}

const ExecutiveSnapshot::Section *ExecutiveRoomWidget::section(const QString &id) const
{
    const ExecutiveSnapshot &s = m_snapshot;
    if (id == QLatin1String("revenue"))
        return &s.revenue;
    if (id == QLatin1String("approvals"))
        return &s.approvals;
    if (id == QLatin1String("compliance"))
        return &s.compliance;
    if (id == QLatin1String("connectors"))
        return &s.connectors;
    if (id == QLatin1String("contradictions"))
        return &s.contradictions;
    if (id == QLatin1String("strategic_deals"))
        return &s.strategicDeals;
    return &s.evidencePacks;
}

void ExecutiveRoomWidget::showSection(const QString &id, const ExecutiveSnapshot::Section &sec)
{
    for (Group &g : m_groups) {
        if (g.id != id)
            continue;
        g.unavailable->setVisible(!sec.available);
        g.unavailable->setText(sec.unavailableReason);
        for (const QString &key : std::as_const(g.tileKeys)) {
            KpiTile *t = m_tiles.value(key);
            if (!sec.available) {
                t->setValue(QStringLiteral("—"));
                t->setDetail(QString());
                t->setState(KpiTile::State::Unavailable);
            }
        }
    }
}

void ExecutiveRoomWidget::showSnapshot()
{
    using S = KpiTile::State;
    const ExecutiveSnapshot &s = m_snapshot;
    auto set = [this](const QString &key, const QString &value, S state,
                      const QString &detail = QString()) {
        KpiTile *t = m_tiles.value(key);
        t->setValue(value);
        t->setState(state);
        t->setDetail(detail);
    };
    const QLocale locale;
    m_subtitle->setText(tr("%1 · %2 · as of %3")
                            .arg(layoutDirection() == Qt::RightToLeft && !s.tenant.nameAr.isEmpty()
                                     ? s.tenant.nameAr
                                     : s.tenant.name,
                                 periodText(),
                                 locale.toString(s.asOf.toLocalTime(), QLocale::ShortFormat)));

    const auto &r = s.revenue;
    if (r.available) {
        QString excluded;
        if (!r.otherCurrencies.isEmpty()) {
            QStringList parts;
            for (auto it = r.otherCurrencies.constBegin(); it != r.otherCurrencies.constEnd();
                 ++it) {
                parts << QStringLiteral("%1 %2").arg(it.key(), number(it.value()));
            }
            excluded = tr("Deals in other currencies, not included: %1")
                           .arg(parts.join(QLatin1String(", ")));
        }
        set(QStringLiteral("revenue.actual"), Money::compact(r.actual), S::Neutral,
            tr("Deals won: %1").arg(number(r.won)) +
                (excluded.isEmpty() ? QString() : QStringLiteral("\n") + excluded));
        set(QStringLiteral("revenue.forecast"), Money::compact(r.forecast()), S::Neutral,
            tr("Won plus open pipeline weighted by probability"));
        const bool low = r.variancePercent && *r.variancePercent < -10.0;
        set(QStringLiteral("revenue.variance_percent"), percent(r.variancePercent),
            !r.variancePercent ? S::Neutral
            : low              ? S::Critical
                               : S::Good,
            tr("Red below −10 %"));
        set(QStringLiteral("revenue.win_rate"), percent(r.winRate), S::Neutral,
            tr("%1 won, %2 lost").arg(number(r.won), number(r.lost)));
        set(QStringLiteral("revenue.pipeline_value"), Money::compact(r.pipeline), S::Neutral,
            tr("Open deals: %1").arg(number(r.open)));
    }
    const auto &a = s.approvals;
    if (a.available) {
        set(QStringLiteral("approvals.pending"), number(a.pending),
            a.pending > 10 ? S::Warning : S::Neutral);
        set(QStringLiteral("approvals.warning"), number(a.warning),
            a.warning > 0 ? S::Warning : S::Good, tr("Deadline within 4 hours"));
        set(QStringLiteral("approvals.breach"), number(a.breach),
            a.breach > 0 ? S::Critical : S::Good, tr("Past the SLA deadline"));
    }
    const auto &c = s.compliance;
    if (c.available) {
        set(QStringLiteral("compliance.compliant"), number(c.compliant),
            c.compliant > 0 ? S::Good : S::Neutral, tr("of %1 controls").arg(number(c.total)));
        set(QStringLiteral("compliance.partial"), number(c.partial),
            c.partial > 0 ? S::Warning : S::Good);
        set(QStringLiteral("compliance.non_compliant"), number(c.nonCompliant),
            c.nonCompliant > 0 ? S::Critical : S::Good);
        const QString posture = c.posture == QLatin1String("at_risk")     ? tr("At risk")
                                : c.posture == QLatin1String("partial")   ? tr("Partial")
                                : c.posture == QLatin1String("compliant") ? tr("Compliant")
                                                                          : tr("Unknown");
        set(QStringLiteral("compliance.posture"), posture,
            c.posture == QLatin1String("at_risk")     ? S::Critical
            : c.posture == QLatin1String("partial")   ? S::Warning
            : c.posture == QLatin1String("compliant") ? S::Good
                                                      : S::Neutral,
            tr("Compliance rate %1").arg(percent(c.rate)));
        set(QStringLiteral("compliance.score"), percent(c.score), S::Neutral,
            tr("Compliant + ½ partial"));
    }
    const auto &n = s.connectors;
    if (n.available) {
        set(QStringLiteral("connectors.healthy"), number(n.healthy),
            n.healthy > 0 ? S::Good : S::Neutral);
        set(QStringLiteral("connectors.degraded"), number(n.degraded),
            n.degraded > 0 ? S::Warning : S::Good);
        set(QStringLiteral("connectors.error"), number(n.error),
            n.error > 0 ? S::Critical : S::Good,
            n.unknown + n.disabled > 0
                ? tr("%1 unknown, %2 disabled").arg(number(n.unknown), number(n.disabled))
                : QString());
        set(QStringLiteral("connectors.not_configured"), number(n.notConfigured), S::Neutral,
            tr("Known connectors without a row"));
    }
    const auto &k = s.contradictions;
    if (k.available) {
        set(QStringLiteral("contradictions.active"), number(k.active),
            k.active > 0 ? S::Warning : S::Good);
        set(QStringLiteral("contradictions.critical"), number(k.critical),
            k.critical > 0 ? S::Critical : S::Good);
    }
    const auto &d = s.strategicDeals;
    if (d.available) {
        set(QStringLiteral("strategic_deals.active"), number(d.active), S::Neutral);
        set(QStringLiteral("strategic_deals.pipeline_value"), Money::compact(d.pipeline),
            S::Neutral);
    }
    const auto &e = s.evidencePacks;
    if (e.available) {
        set(QStringLiteral("evidence_packs.ready"), number(e.ready), S::Neutral);
        set(QStringLiteral("evidence_packs.pending_review"), number(e.pendingReview),
            e.pendingReview > 0 ? S::Warning : S::Neutral, tr("Status assembling"));
    }
    for (const Group &g : std::as_const(m_groups))
        showSection(g.id, *section(g.id));
}

void ExecutiveRoomWidget::showProvenance(const QString &groupId, const QString &caption)
{
    if (!m_hasSnapshot)
        return;
    const ExecutiveSnapshot::Section *sec = section(groupId);
    ProvenanceDialog::show(this, {caption, m_snapshot.source, m_snapshot.tenant.slug,
                                  m_snapshot.generatedAt, sec->rows, sec->query});
}

QString ExecutiveRoomWidget::periodText() const
{
    return m_period->currentText();
}

QByteArray ExecutiveRoomWidget::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << qint32(1) << qint32(m_period->currentIndex()) << m_autoRefreshBox->isChecked();
    return state;
}

void ExecutiveRoomWidget::restoreState(const QByteArray &state)
{
    QDataStream in(state);
    qint32 version = 0;
    qint32 index = 3;
    bool autoRefresh = true;
    in >> version >> index >> autoRefresh;
    if (in.status() != QDataStream::Ok || version != 1)
        return;
    if (index >= 0 && index < m_period->count())
        m_period->setCurrentIndex(index);
    m_autoRefreshBox->setChecked(autoRefresh);
}

void ExecutiveRoomWidget::retranslate()
{
    m_title->setText(tr("Executive Room"));
    m_periodLabel->setText(tr("&Period:"));
    m_period->setItemText(0, tr("This month"));
    m_period->setItemText(1, tr("This quarter"));
    m_period->setItemText(2, tr("This year"));
    m_period->setItemText(3, tr("All time"));
    m_autoRefreshBox->setText(tr("Auto-refresh every"));
    //: Suffix of the auto-refresh period, in seconds
    m_interval->setSuffix(tr(" s"));
    m_autoRefreshBox->setToolTip(tr("Paused while the window is hidden or minimised"));
    const QHash<QString, QString> groupTitles = {
        {QStringLiteral("revenue"), tr("Revenue")},
        {QStringLiteral("approvals"), tr("Approvals")},
        {QStringLiteral("compliance"), tr("Compliance")},
        {QStringLiteral("connectors"), tr("Connectors")},
        {QStringLiteral("contradictions"), tr("Contradictions")},
        {QStringLiteral("strategic_deals"), tr("Strategic deals")},
        {QStringLiteral("evidence_packs"), tr("Evidence packs")},
    };
    for (const Group &g : std::as_const(m_groups))
        g.box->setTitle(groupTitles.value(g.id));
    const QHash<QString, QString> captions = {
        {QStringLiteral("revenue.actual"), tr("Actual revenue")},
        {QStringLiteral("revenue.forecast"), tr("Forecast")},
        {QStringLiteral("revenue.variance_percent"), tr("Variance")},
        {QStringLiteral("revenue.win_rate"), tr("Win rate")},
        {QStringLiteral("revenue.pipeline_value"), tr("Open pipeline")},
        {QStringLiteral("approvals.pending"), tr("Pending")},
        {QStringLiteral("approvals.warning"), tr("SLA warning")},
        {QStringLiteral("approvals.breach"), tr("SLA breach")},
        {QStringLiteral("compliance.compliant"), tr("Compliant")},
        {QStringLiteral("compliance.partial"), tr("Partial")},
        {QStringLiteral("compliance.non_compliant"), tr("Non-compliant")},
        {QStringLiteral("compliance.posture"), tr("Posture")},
        {QStringLiteral("compliance.score"), tr("Score")},
        {QStringLiteral("connectors.healthy"), tr("Healthy")},
        {QStringLiteral("connectors.degraded"), tr("Degraded")},
        {QStringLiteral("connectors.error"), tr("Error")},
        {QStringLiteral("connectors.not_configured"), tr("Not configured")},
        {QStringLiteral("contradictions.active"), tr("Active")},
        {QStringLiteral("contradictions.critical"), tr("Critical")},
        {QStringLiteral("strategic_deals.active"), tr("Active deals")},
        {QStringLiteral("strategic_deals.pipeline_value"), tr("Pipeline value")},
        {QStringLiteral("evidence_packs.ready"), tr("Ready")},
        {QStringLiteral("evidence_packs.pending_review"), tr("Pending review")},
    };
    for (auto it = m_tiles.constBegin(); it != m_tiles.constEnd(); ++it)
        it.value()->setCaption(captions.value(it.key()));
    if (m_hasSnapshot)
        showSnapshot();
}

void ExecutiveRoomWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    SurfaceWidget::changeEvent(event);
}
