#include "views/widgets/actorpicker.h"

#include "models/core/displaytext.h"
#include "models/core/labels.h"
#include "models/core/settings.h"
#include "views/widgets/messagebanner.h"

ActorPicker::ActorPicker(const QStringList &roles, QWidget *parent)
    : QComboBox(parent)
    , m_roles(roles)
{
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(this, &QComboBox::activated, this,
            [this] { Settings::setCurrentValue(Settings::Key::ActingUser, email()); });
}

void ActorPicker::clearActors()
{
    clear();
    m_tenant.clear();
    m_error.clear();
    setToolTip(QString());
}

void ActorPicker::load(const Session *session, bool force)
{
    if (!session || !session->isOpen() || !session->hasTenant()) {
        clearActors();
        return;
    }
    if (!force && m_tenant == session->tenantId())
        return;
    fill(session->tenantId(), WriteBack::actors(*session, m_roles));
}

bool ActorPicker::needsLoad(const Session *session) const
{
    return session && session->isOpen() && session->hasTenant() && m_tenant != session->tenantId();
}

ActorPicker::Read ActorPicker::read(const Session &session, const QStringList &roles, bool need)
{
    if (!need)
        return std::nullopt;
    return WriteBack::actors(session, roles);
}

void ActorPicker::take(const QString &tenantId, const Read &actors)
{
    if (actors && m_tenant != tenantId)
        fill(tenantId, *actors);
}

void ActorPicker::fill(const QString &tenantId, const Result<QList<TenantActor>> &actors)
{
    clear();
    m_error.clear();
    setToolTip(QString());
    if (!actors.ok()) {
        // Nobody offered because the users could not be read: said in the list itself and
        // again when a write is tried, never an empty list that looks like "nobody may".
        m_error = tr("The users who may act could not be read: %1").arg(actors.error());
        addItem(m_error, QString());
        setToolTip(m_error);
        m_tenant.clear(); // read again next time
        return;
    }
    for (const TenantActor &a : actors.value())
        // The role in the catalogue's words ("Manager", "مدير"), never the stored code.
        addItem(tr("%1 (%2)").arg(DisplayText::isolate(a.name),
                                  Labels::text(Labels::Kind::UserRole, a.role)),
                a.email);
    // The run's settings (Settings::current(): a --screenshot run's scratch copy).
    const int remembered = findData(Settings::currentValue(Settings::Key::ActingUser).toString());
    if (remembered >= 0)
        setCurrentIndex(remembered);
    m_tenant = tenantId;
}

void ActorPicker::setEmail(const QString &address)
{
    const int i = findData(address, Qt::UserRole, Qt::MatchFixedString);
    if (i < 0)
        addItem(address, address);
    setCurrentIndex(i < 0 ? count() - 1 : i);
}

bool ActorPicker::actor(const Session &session, TenantActor *out, QString *why) const
{
    if (email().isEmpty()) {
        *why = !m_error.isEmpty()
                   ? m_error
                   : tr("Choose who is acting first (no user of this tenant may do this).");
        return false;
    }
    return WriteBack::findActor(session, email(), m_roles, out, why) == WriteBack::Lookup::Found;
}

QString ActorPicker::act(const Session *session, MessageBanner *banner,
                         const std::function<Outcome(const TenantActor &)> &write) const
{
    if (!session || !session->isOpen() || !session->hasTenant()) {
        banner->showMessage(MessageBanner::Level::Error,
                            tr("No source is connected. Use File ▸ Connect to open one."));
        return banner->text();
    }
    TenantActor who;
    QString why;
    if (!actor(*session, &who, &why)) {
        banner->showMessage(MessageBanner::Level::Error, why);
        return why;
    }
    const Outcome o = write(who);
    // A write through SurfaceWidget::runWrite has said its outcome (or "Saving…") already, kept
    // over the refresh that follows it: said again, it would no longer be kept.
    if (banner->text() != o.message)
        banner->showMessage(o.done ? MessageBanner::Level::Info : MessageBanner::Level::Warning,
                            o.message);
    return o.message;
}
