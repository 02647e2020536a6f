#pragma once

#include "views/surface/surface.h"

// The Policy Violations Board (`policy-violations`): Dealix's contradictions by status.
class PolicyViolationsSurface : public Surface
{
public:
    QString id() const override { return QStringLiteral("policy-violations"); }
    QString title() const override;
    QIcon icon() const override;
    bool exportData(const Session &session, const ExportRequest &request, QByteArray *out,
                    QString *error) const override;
    bool printSection(const Session &session, const ExportRequest &request, PrintSection *out,
                      QString *error) const override;
    SurfaceWidget *createWidget(QWidget *parent) const override;
};
