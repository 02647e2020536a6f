#pragma once

#include "views/surface/surface.h"

// The Risk Heatmap (`risk-heatmap`): the derived risk register on a likelihood × impact grid.
class RiskHeatmapSurface : public Surface
{
public:
    QString id() const override { return QStringLiteral("risk-heatmap"); }
    QString title() const override;
    QIcon icon() const override;
    bool exportData(const Session &session, const ExportRequest &request, QByteArray *out,
                    QString *error) const override;
    bool printSection(const Session &session, const ExportRequest &request, PrintSection *out,
                      QString *error) const override;
    SurfaceWidget *createWidget(QWidget *parent) const override;
};
