#pragma once

#include "models/source/writeback.h"

#include <QComboBox>

#include <functional>

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
    QStringList m_roles;
    QString m_tenant;
    QString m_error;
};
