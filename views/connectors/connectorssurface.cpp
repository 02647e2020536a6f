#include "views/connectors/connectorssurface.h"

#include "models/connectors/connectormodel.h"
#include "models/core/format.h"
#include "models/core/period.h"
#include "models/core/settings.h"
#include "views/connectors/connectorswidget.h"
#include "views/print/printdocument.h"
#include "views/surface/surfaceoutput.h"
#include "views/widgets/navicons.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>

QString ConnectorsSurface::title() const
{
    return QCoreApplication::translate("ConnectorsSurface", "Connector Governance");
}

QIcon ConnectorsSurface::icon() const
{
    return NavIcons::surface(id());
}

ProbeConfig::Defaults ConnectorsSurface::probeDefaults()
{
    const Settings settings;
    ProbeConfig::Defaults d;
    const QVariantMap endpoints = settings.group(Settings::Key::ProbeEndpoints);
    for (auto it = endpoints.constBegin(); it != endpoints.constEnd(); ++it)
        d.endpoints.insert(it.key().toLower(), QUrl(it.value().toString().trimmed()));
    // A value that is not a positive number keeps the default rather than becoming 0 ms.
    auto positive = [&settings](Settings::Key key) {
        bool ok = false;
        const int v = settings.value(key).toInt(&ok);
        return ok && v > 0 ? v : Settings::defaultValue(key).toInt();
    };
    d.timeoutMs = positive(Settings::Key::ProbeTimeoutMs);
    d.slowMs = positive(Settings::Key::ProbeSlowMs);
    return d;
}

bool ConnectorsSurface::exportData(const Session &session, const ExportRequest &request,
                                   QByteArray *out, QString *error) const
{
    ConnectorBoard b;
    if (!ConnectorBoard::compute(session, probeDefaults(), request.asOf, &b, error))
        return false;
    *out = SurfaceOutput::serialise(b, request.format, session);
    return true;
}

bool ConnectorsSurface::printSection(const Session &session, const ExportRequest &request,
                                     PrintSection *out, QString *error) const
{
    ConnectorBoard b;
    if (!ConnectorBoard::compute(session, probeDefaults(), request.asOf, &b, error))
        return false;
    auto tr = [](const char *text) {
        return QCoreApplication::translate("ConnectorsSurface", text);
    };
    const QLocale l;
    PrintSection section;
    section.id = id();
    section.title = title();
    auto count = [&](const char *status) { return b.counts.value(QLatin1String(status)); };
    section.blocks << PrintBlock::kpiCards(
        {PrintKpi{tr("Healthy"), l.toString(count("ok")), QString(), UiState::Good, QString()},
         PrintKpi{tr("Degraded"), l.toString(count("degraded")), QString(),
                  count("degraded") ? UiState::Warning : UiState::Good, QString()},
         PrintKpi{tr("Error"), l.toString(count("error")), QString(),
                  count("error") ? UiState::Critical : UiState::Good, QString()},
         PrintKpi{tr("Not configured"), l.toString(count("not_configured")),
                  tr("%1 disabled, %2 unknown")
                      .arg(l.toString(count("disabled")), l.toString(count("unknown"))),
                  UiState::Neutral, QString()}});
    PrintTable t;
    t.headers = {tr("Connector"), tr("Status"), tr("Last success"), tr("Since success"),
                 tr("Last error")};
    t.columnWeights = {1.8, 1.1, 1.4, 1, 2};
    for (const ConnectorRow &r : std::as_const(b.connectors))
        t.rows << QStringList{
            ConnectorModel::nameOf(r), ConnectorModel::statusText(r.status),
            r.lastSuccess.isValid()
                ? Format::dateTime(r.lastSuccess, Periods::zone(b.provenance.tenant.timeZone))
                : tr("never"),
            ConnectorModel::durationText(r.secondsSinceSuccess(b.provenance.asOf)), r.lastError};
    section.blocks << PrintBlock::tableBlock(t);
    *out = section;
    return true;
}

SurfaceWidget *ConnectorsSurface::createWidget(QWidget *parent) const
{
    return new ConnectorsWidget(parent);
}
