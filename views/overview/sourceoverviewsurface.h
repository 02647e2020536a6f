#pragma once

#include "views/surface/surface.h"

// The "source" surface: what the connected source offers (tables, columns, the tenant's row
// counts, row-level security). The first thing to look at when a figure seems wrong.
class SourceOverviewSurface : public Surface
{
public:
    QString id() const override { return QStringLiteral("source"); }
    QString title() const override;
    QIcon icon() const override;
    bool exportData(const Session &session, const ExportRequest &request, QByteArray *out,
                    QString *error) const override;
    bool printSection(const Session &session, const ExportRequest &request, PrintSection *out,
                      QString *error) const override;
    SurfaceWidget *createWidget(QWidget *parent) const override;
};
