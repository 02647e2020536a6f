#pragma once

#include "views/surface/surface.h"

#include "models/connectors/connectorboard.h"

// The Connector Governance Board (`connectors`): statuses, probe configuration, live probes.
class ConnectorsSurface : public Surface
{
public:
    QString id() const override { return QStringLiteral("connectors"); }
    QString title() const override;
    QIcon icon() const override;
    bool exportData(const Session &session, const ExportRequest &request, QByteArray *out,
                    QString *error) const override;
    bool printSection(const Session &session, const ExportRequest &request, PrintSection *out,
                      QString *error) const override;
    SurfaceWidget *createWidget(QWidget *parent) const override;

    // The probe defaults from the user's settings (endpoints, timeout, slow threshold).
    static ProbeConfig::Defaults probeDefaults();
};
