#pragma once

#include "models/source/writeback.h"

#include <QComboBox>

#include <functional>
#include <optional>

class MessageBanner;

// "Acting as": the tenant's users allowed to make a change (by role), remembered across runs.
// Every write-back in the GUI names its user through one of these.
class ActorPicker : public QComboBox
{
    Q_OBJECT
public:
    explicit ActorPicker(const QStringList &roles, QWidget *parent = nullptr);
    // Reloads the list when the session's tenant changed (or always with force).
    void load(const Session *session, bool force = false);
    void clearActors();

    // Reading the list off the GUI thread, with a surface's figures on its worker (README
    // "Architecture: threads"): read() is what the worker runs, with the roles of roles() and
    // only when needsLoad() said so for the session's tenant at the refresh; take() shows its
    // outcome on the GUI thread (nothing: the list stays as it is).
    using Read = std::optional<Result<QList<TenantActor>>>;
    bool needsLoad(const Session *session) const;
    const QStringList &roles() const { return m_roles; }
    static Read read(const Session &session, const QStringList &roles, bool need);
    void take(const QString &tenantId, const Read &actors);
    // Why the list could not be loaded (the users could not be read); empty when it was.
    const QString &loadError() const { return m_error; }
    QString email() const { return currentData().toString(); }
    void setEmail(const QString &email);
    // The chosen user, checked again against the database; false with the reason.
    bool actor(const Session &session, TenantActor *out, QString *why) const;
    // What the result of a write says: done or not, and the one-line message.
    struct Outcome {
        bool done = false;
        QString message;
    };
    // Runs write as the chosen user and shows its outcome in banner (information when done,
    // a warning otherwise); without a session or a permitted user, shows why and writes
    // nothing. Returns the message shown.
    QString act(const Session *session, MessageBanner *banner,
                const std::function<Outcome(const TenantActor &)> &write) const;

private:
    void fill(const QString &tenantId, const Result<QList<TenantActor>> &actors);

    QStringList m_roles;
    QString m_tenant;
    QString m_error;
};

// A surface's figures with, when its picker needed them, the users who may act: what its worker
// delivers (ActorPicker::read and take).
template <typename T> struct WithActors {
    T value;
    ActorPicker::Read actors;
};
