#pragma once

#include "views/surface/surface.h"

// Actual vs Forecast (`forecast`): monthly series and the forecast-control tracks.
class ForecastSurface : public Surface
{
public:
    QString id() const override { return QStringLiteral("forecast"); }
    QString title() const override;
    QIcon icon() const override;
    bool exportData(const Session &session, const ExportRequest &request, QByteArray *out,
                    QString *error) const override;
    bool printSection(const Session &session, const ExportRequest &request, PrintSection *out,
                      QString *error) const override;
    SurfaceWidget *createWidget(QWidget *parent) const override;
};
