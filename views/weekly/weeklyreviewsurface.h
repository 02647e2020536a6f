#pragma once

#include "views/surface/surface.h"

// The Weekly Review (`weekly-review`): Dealix's ExecWeeklyPack for the Saudi work week.
class WeeklyReviewSurface : public Surface
{
public:
    QString id() const override { return QStringLiteral("weekly-review"); }
    QString title() const override;
    QIcon icon() const override;
    bool exportData(const Session &session, const ExportRequest &request, QByteArray *out,
                    QString *error) const override;
    bool printSection(const Session &session, const ExportRequest &request, PrintSection *out,
                      QString *error) const override;
    SurfaceWidget *createWidget(QWidget *parent) const override;
};
