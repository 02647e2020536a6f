#pragma once

#include "views/surface/surface.h"

// The Evidence Pack Viewer (`evidence-packs`): the packs, their contents and integrity, review.
class EvidencePacksSurface : public Surface
{
public:
    QString id() const override { return QStringLiteral("evidence-packs"); }
    QString title() const override;
    QIcon icon() const override;
    bool exportData(const Session &session, const ExportRequest &request, QByteArray *out,
                    QString *error) const override;
    bool printSection(const Session &session, const ExportRequest &request, PrintSection *out,
                      QString *error) const override;
    SurfaceWidget *createWidget(QWidget *parent) const override;
};
