#pragma once

#include "models/source/writeback.h"

#include <QComboBox>

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
    QString email() const { return currentData().toString(); }
    void setEmail(const QString &email);
    // The chosen user, checked again against the database; false with the reason.
    bool actor(const Session &session, TenantActor *out, QString *why) const;

private:
    QStringList m_roles;
    QString m_tenant;
};
