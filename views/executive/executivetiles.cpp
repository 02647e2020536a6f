#include "views/executive/executivetiles.h"

#include "models/compliance/compliancematrix.h"
#include "models/core/displaytext.h"
#include "models/core/format.h"
#include "models/core/labels.h"
#include "models/core/money.h"
#include "models/source/restbatch.h"

#include <algorithm>
#include <cmath>

namespace {

// Numbers through Format (models/core/format.h): the locale's digits and percent sign, one
// minus sign, signed numbers isolated.
QString number(qint64 v)
{
    return Format::integer(v);
}

QString percent(const std::optional<double> &v)
{
    return v ? Format::percent(*v, 1) : QStringLiteral("—");
}

// "+4.2%" / "−12.0%": the sign always shown, so "vs target" reads as above or below.
QString signedPercent(const std::optional<double> &v)
{
    return v ? Format::signedPercent(*v, 1) : QStringLiteral("—");
}

} // namespace

const QList<ExecutiveTiles::Group> &ExecutiveTiles::groups()
{
    static const QList<Group> list = {
        {QStringLiteral("revenue"),
         QStringLiteral("forecast"),
         {QStringLiteral("revenue.actual"), QStringLiteral("revenue.forecast"),
          QStringLiteral("revenue.vs_target"), QStringLiteral("revenue.win_rate"),
          QStringLiteral("revenue.pipeline_value")}},
        {QStringLiteral("approvals"),
         QStringLiteral("approval-center"),
         {QStringLiteral("approvals.pending"), QStringLiteral("approvals.warning"),
          QStringLiteral("approvals.breach")}},
        {QStringLiteral("compliance"),
         QStringLiteral("compliance"),
         {QStringLiteral("compliance.compliant"), QStringLiteral("compliance.partial"),
          QStringLiteral("compliance.non_compliant"), QStringLiteral("compliance.posture"),
          QStringLiteral("compliance.score"), QStringLiteral("compliance.disagreeing")}},
        {QStringLiteral("connectors"),
         QStringLiteral("connectors"),
         {QStringLiteral("connectors.healthy"), QStringLiteral("connectors.degraded"),
          QStringLiteral("connectors.error"), QStringLiteral("connectors.not_configured")}},
        {QStringLiteral("contradictions"),
         QStringLiteral("policy-violations"),
         {QStringLiteral("contradictions.active"), QStringLiteral("contradictions.critical")}},
        {QStringLiteral("strategic_deals"),
         QStringLiteral("partner-pipeline"),
         {QStringLiteral("strategic_deals.active"),
          QStringLiteral("strategic_deals.pipeline_value")}},
        {QStringLiteral("evidence_packs"),
         QStringLiteral("evidence-packs"),
         {QStringLiteral("evidence_packs.ready"), QStringLiteral("evidence_packs.pending_review")}},
    };
    return list;
}

QString ExecutiveTiles::periodLabel(Period period)
{
    switch (period) {
    case Period::Month:
        return tr("This month");
    case Period::Quarter:
        return tr("This quarter");
    case Period::Year:
        return tr("This year");
    case Period::AllTime:
        break;
    }
    return tr("All time");
}

QString ExecutiveTiles::groupTitle(const QString &groupId)
{
    const QHash<QString, QString> groupTitles = {
        {QStringLiteral("revenue"), tr("Revenue")},
        {QStringLiteral("approvals"), tr("Approvals")},
        {QStringLiteral("compliance"), tr("Compliance")},
        {QStringLiteral("connectors"), tr("Connectors")},
        {QStringLiteral("contradictions"), tr("Contradictions")},
        {QStringLiteral("strategic_deals"), tr("Strategic deals")},
        {QStringLiteral("evidence_packs"), tr("Evidence packs")},
    };
    return groupTitles.value(groupId);
}

QString ExecutiveTiles::caption(const QString &tileKey)
{
    using Labels::Kind;
    auto word = [](Kind kind, const char *code) {
        return Labels::text(kind, QString::fromLatin1(code));
    };
    const QHash<QString, QString> captions = {
        {QStringLiteral("revenue.actual"), tr("Actual revenue")},
        {QStringLiteral("revenue.forecast"), tr("Forecast")},
        //: Actual revenue compared with the period's revenue target
        {QStringLiteral("revenue.vs_target"), tr("vs target")},
        {QStringLiteral("revenue.win_rate"), tr("Win rate")},
        {QStringLiteral("revenue.pipeline_value"), tr("Open pipeline")},
        // A caption that names a Dealix code takes the catalogue's word for it: one word per
        // code on every surface (the Approval Center's counters, the compliance matrix…).
        {QStringLiteral("approvals.pending"), word(Kind::ApprovalStatus, "pending")},
        {QStringLiteral("approvals.warning"), word(Kind::SlaState, "warning")},
        {QStringLiteral("approvals.breach"), word(Kind::SlaState, "breach")},
        {QStringLiteral("compliance.compliant"), word(Kind::ControlStatus, "compliant")},
        {QStringLiteral("compliance.partial"), word(Kind::ControlStatus, "partial")},
        {QStringLiteral("compliance.non_compliant"), word(Kind::ControlStatus, "non_compliant")},
        {QStringLiteral("compliance.posture"), tr("Posture")},
        {QStringLiteral("compliance.score"), tr("Score")},
        {QStringLiteral("compliance.disagreeing"), tr("Records vs data")},
        {QStringLiteral("connectors.healthy"), word(Kind::ConnectorStatus, "ok")},
        {QStringLiteral("connectors.degraded"), word(Kind::ConnectorStatus, "degraded")},
        {QStringLiteral("connectors.error"), word(Kind::ConnectorStatus, "error")},
        {QStringLiteral("connectors.not_configured"),
         word(Kind::ConnectorStatus, "not_configured")},
        {QStringLiteral("contradictions.active"), tr("Active")},
        {QStringLiteral("contradictions.critical"), word(Kind::Severity, "critical")},
        {QStringLiteral("strategic_deals.active"), tr("Active deals")},
        {QStringLiteral("strategic_deals.pipeline_value"), tr("Pipeline value")},
        {QStringLiteral("evidence_packs.ready"), word(Kind::PackStatus, "ready")},
        {QStringLiteral("evidence_packs.pending_review"), tr("Pending review")},
    };
    return captions.value(tileKey);
}

QString ExecutiveTiles::definition(const QString &tileKey)
{
    const QHash<QString, QString> definitions = {
        {QStringLiteral("revenue.actual"),
         tr("Value in SAR of the deals won (closed_won) in the period.")},
        {QStringLiteral("revenue.forecast"),
         tr("Revenue won plus every open deal's value weighted by its probability.")},
        {QStringLiteral("revenue.vs_target"),
         tr("Actual revenue against the revenue target of the period, in percent.")},
        {QStringLiteral("revenue.win_rate"),
         tr("Deals won as a share of the deals won or lost in the period.")},
        {QStringLiteral("revenue.pipeline_value"),
         tr("Value in SAR of the deals open now (neither won nor lost).")},
        {QStringLiteral("approvals.pending"), tr("Approval requests waiting for a decision.")},
        {QStringLiteral("approvals.warning"),
         tr("Pending requests whose SLA deadline falls within the next %Ln hours.", nullptr,
            int(ExecutiveSnapshot::WarningWindowSec / 3600))},
        {QStringLiteral("approvals.breach"), tr("Pending requests past their SLA deadline.")},
        {QStringLiteral("compliance.compliant"), tr("Controls recorded as compliant.")},
        {QStringLiteral("compliance.partial"), tr("Controls recorded as partially compliant.")},
        {QStringLiteral("compliance.non_compliant"), tr("Controls recorded as non-compliant.")},
        {QStringLiteral("compliance.posture"),
         tr("At risk if any control is non-compliant, else partial if any is partial, else "
            "compliant.")},
        {QStringLiteral("compliance.score"),
         tr("Compliant controls plus half the partial ones, over the controls that apply.")},
        {QStringLiteral("compliance.disagreeing"),
         tr("Controls whose recorded status the live checks of the data contradict.")},
        {QStringLiteral("connectors.healthy"), tr("Connectors whose status is OK.")},
        {QStringLiteral("connectors.degraded"), tr("Connectors whose status is degraded.")},
        {QStringLiteral("connectors.error"), tr("Connectors whose status is error.")},
        {QStringLiteral("connectors.not_configured"),
         tr("Known connectors this tenant has not set up.")},
        {QStringLiteral("contradictions.active"), tr("Contradictions detected or under review.")},
        {QStringLiteral("contradictions.critical"),
         tr("Active contradictions of critical severity.")},
        {QStringLiteral("strategic_deals.active"), tr("Strategic deals neither won nor lost.")},
        {QStringLiteral("strategic_deals.pipeline_value"),
         tr("Estimated value in SAR of the active strategic deals.")},
        {QStringLiteral("evidence_packs.ready"), tr("Evidence packs ready to hand over.")},
        {QStringLiteral("evidence_packs.pending_review"),
         tr("Evidence packs still being assembled.")},
    };
    return definitions.value(tileKey);
}

QString ExecutiveTiles::previousPeriodName(Period period)
{
    switch (period) {
    case Period::Month:
        return tr("last month");
    case Period::Quarter:
        return tr("last quarter");
    case Period::Year:
        return tr("last year");
    case Period::AllTime:
        break;
    }
    return {};
}

QString ExecutiveTiles::changeText(double change, bool points, Period period)
{
    const double size = std::abs(change);
    //: A change in percentage points, e.g. of a win rate
    const QString amount =
        points ? tr("%1 pts").arg(Format::decimal(size, 1)) : Format::percent(size, 1);
    const QString previous = previousPeriodName(period);
    if (Format::decimal(size, 1) == Format::decimal(0, 1))
        return tr("■ no change vs %1").arg(previous);
    return change > 0 ? tr("▲ up %1 vs %2").arg(amount, previous)
                      : tr("▼ down %1 vs %2").arg(amount, previous);
}

const ExecutiveSnapshot::Section &ExecutiveTiles::section(const ExecutiveSnapshot &s,
                                                          const QString &id)
{
    if (id == QLatin1String("revenue"))
        return s.revenue;
    if (id == QLatin1String("approvals"))
        return s.approvals;
    if (id == QLatin1String("compliance"))
        return s.compliance;
    if (id == QLatin1String("connectors"))
        return s.connectors;
    if (id == QLatin1String("contradictions"))
        return s.contradictions;
    if (id == QLatin1String("strategic_deals"))
        return s.strategicDeals;
    return s.evidencePacks;
}

QHash<QString, ExecutiveTiles::Tile> ExecutiveTiles::build(const ExecutiveSnapshot &s)
{
    using S = KpiTile::State;
    QHash<QString, Tile> tiles;
    auto set = [&tiles](const QString &key, const QString &value, S state,
                        const QString &detail = QString()) {
        tiles.insert(key, Tile{value, detail, state, {}});
    };
    const auto &r = s.revenue;
    if (r.available) {
        QString excluded;
        if (!r.otherCurrencies.isEmpty()) {
            QStringList parts;
            for (auto it = r.otherCurrencies.constBegin(); it != r.otherCurrencies.constEnd();
                 ++it) {
                // The code is data: isolated, so that it keeps its side of the count in Arabic.
                parts << tr("%1 %2").arg(DisplayText::isolate(it.key()), number(it.value()));
            }
            excluded = tr("Deals in other currencies, not included: %1").arg(Format::list(parts));
        }
        set(QStringLiteral("revenue.actual"), Money::compact(r.actual), S::Neutral,
            tr("Deals won: %1").arg(number(r.won)) +
                (excluded.isEmpty() ? QString() : QStringLiteral("\n") + excluded));
        set(QStringLiteral("revenue.forecast"), Money::compact(r.forecast()), S::Neutral,
            tr("Won plus open pipeline weighted by probability"));
        // Against the period's target, never against the forecast (which contains the actual):
        // the value is actual vs target; the colour follows the forecast vs target, because a
        // period under way is naturally behind on its actual alone.
        if (const QStringList notes = Money::excludedAmountNotes(
                r.nonNumericValues, r.negativeValues, r.badProbabilities);
            !notes.isEmpty())
            tiles[QStringLiteral("revenue.actual")].detail +=
                QLatin1Char('\n') + notes.join(QLatin1Char('\n'));
        if (!r.target) {
            set(QStringLiteral("revenue.vs_target"), tr("No target set"), S::Neutral,
                tr("No revenue target covers this period"));
        } else {
            const std::optional<double> &f = r.forecastVsTargetPercent;
            set(QStringLiteral("revenue.vs_target"), signedPercent(r.actualVsTargetPercent),
                !f          ? S::Neutral
                : *f >= 0   ? S::Good
                : *f < -10. ? S::Critical
                            : S::Warning,
                tr("Target %1 · forecast of the period %2 vs target")
                    .arg(Money::compact(*r.target), signedPercent(f)));
        }
        set(QStringLiteral("revenue.win_rate"), percent(r.winRate), S::Neutral,
            tr("%1 won, %2 lost").arg(number(r.won), number(r.lost)));
        set(QStringLiteral("revenue.pipeline_value"), Money::compact(r.pipeline), S::Neutral,
            tr("Open deals: %1").arg(number(r.open)));
        // Context: the change against the previous period (actual, win rate) and the target.
        QString actualChange;
        QString winRateChange;
        if (r.previous) {
            const QString previous = previousPeriodName(s.period);
            actualChange = r.actualChangePercent
                               ? changeText(*r.actualChangePercent, false, s.period)
                               : tr("Was %1 %2").arg(Money::compact(r.previous->actual), previous);
            winRateChange =
                r.winRateChangePoints ? changeText(*r.winRateChangePoints, true, s.period)
                : r.previous->winRate ? tr("Was %1 %2").arg(percent(r.previous->winRate), previous)
                                      : tr("No deals closed %1").arg(previous);
        } else if (s.period == Period::AllTime && !s.overRest()) {
            actualChange = winRateChange = tr("No previous period");
        } else {
            // Never a change of 0 that nobody computed.
            actualChange = winRateChange = tr("Change vs the previous period: not available");
        }
        tiles[QStringLiteral("revenue.actual")].context =
            r.target
                ? actualChange + QLatin1Char('\n') + tr("Target %1").arg(Money::compact(*r.target))
                : actualChange;
        tiles[QStringLiteral("revenue.win_rate")].context = winRateChange;
    }
    const auto &a = s.approvals;
    if (a.available) {
        set(QStringLiteral("approvals.pending"), number(a.pending),
            a.pending > 10 ? S::Warning : S::Neutral);
        set(QStringLiteral("approvals.warning"), number(a.warning),
            a.warning > 0 ? S::Warning : S::Good,
            tr("Deadline within %Ln hours", nullptr,
               int(ExecutiveSnapshot::WarningWindowSec / 3600)));
        set(QStringLiteral("approvals.breach"), number(a.breach),
            a.breach > 0 ? S::Critical : S::Good, tr("Past the SLA deadline"));
    }
    const auto &c = s.compliance;
    if (c.available) {
        // Counts and posture as Dealix records them; what the data shows beside them when the
        // live checks differ (they run in the background on screen, once per run on paper).
        // The live figures stand only when every check answered: a failed check is never
        // counted as "records and data agree".
        const bool live = c.live.complete();
        const QString liveFailure = c.live.failureText();
        const CompliancePosture &d = c.livePosture;
        auto dataShows = [&](int recorded, int shown) {
            return live && recorded != shown ? tr("Data shows %1").arg(number(shown)) : QString();
        };
        auto joined = [](const QString &first, const QString &second) {
            return first.isEmpty()    ? second
                   : second.isEmpty() ? first
                                      : first + QLatin1Char('\n') + second;
        };
        set(QStringLiteral("compliance.compliant"), number(c.compliant),
            c.compliant > 0 ? S::Good : S::Neutral,
            joined(tr("of %1 controls").arg(number(c.total)), dataShows(c.compliant, d.compliant)));
        set(QStringLiteral("compliance.partial"), number(c.partial),
            c.partial > 0 || (live && d.partial > 0) ? S::Warning : S::Good,
            dataShows(c.partial, d.partial));
        set(QStringLiteral("compliance.non_compliant"), number(c.nonCompliant),
            c.nonCompliant > 0 || (live && d.nonCompliant > 0) ? S::Critical : S::Good,
            dataShows(c.nonCompliant, d.nonCompliant));
        const QString shown = live ? d.posture() : QString();
        // The worse of the two decides the colour.
        const QString worst = CompliancePosture::worse(c.posture, shown);
        set(QStringLiteral("compliance.posture"),
            ComplianceMatrix::postureBothWays(c.posture, shown),
            worst == QLatin1String("unknown") ? S::Neutral : KpiTile::forPosture(worst),
            tr("Compliance rate %1").arg(percent(c.rate)));
        set(QStringLiteral("compliance.score"), percent(c.score), S::Neutral,
            joined(tr("Compliant + ½ partial"), live && d.score() != c.score
                                                    ? tr("Data shows %1").arg(percent(d.score()))
                                                    : QString()));
        if (!liveFailure.isEmpty())
            set(QStringLiteral("compliance.disagreeing"), QStringLiteral("—"), S::Unavailable,
                tr("Not available: %1").arg(liveFailure));
        else if (!live)
            set(QStringLiteral("compliance.disagreeing"), QStringLiteral("…"), S::Neutral,
                tr("Checking the data…"));
        else if (c.disagreeing.isEmpty())
            set(QStringLiteral("compliance.disagreeing"), number(0), S::Good,
                tr("Records and data agree as of %1")
                    .arg(Format::dateTime(c.live.asOf, Periods::zone(s.tenant.timeZone))));
        else
            set(QStringLiteral("compliance.disagreeing"), number(c.disagreeing.size()), S::Critical,
                ComplianceMatrix::disagreementText(int(c.disagreeing.size())) +
                    QStringLiteral(": ") + Format::list(c.disagreeing));
    }
    const auto &n = s.connectors;
    if (n.available) {
        set(QStringLiteral("connectors.healthy"), number(n.healthy),
            n.healthy > 0 ? S::Good : S::Neutral);
        set(QStringLiteral("connectors.degraded"), number(n.degraded),
            n.degraded > 0 ? S::Warning : S::Good);
        set(QStringLiteral("connectors.error"), number(n.error),
            n.error > 0 ? S::Critical : S::Good,
            n.unknown + n.disabled > 0
                ? tr("%1: %2, %3: %4")
                      .arg(Labels::text(Labels::Kind::ConnectorStatus, QStringLiteral("unknown")),
                           number(n.unknown),
                           Labels::text(Labels::Kind::ConnectorStatus, QStringLiteral("disabled")),
                           number(n.disabled))
                : QString());
        set(QStringLiteral("connectors.not_configured"), number(n.notConfigured), S::Neutral,
            tr("Known connectors without a row"));
    }
    const auto &k = s.contradictions;
    if (k.available) {
        set(QStringLiteral("contradictions.active"), number(k.active),
            k.active > 0 ? S::Warning : S::Good);
        set(QStringLiteral("contradictions.critical"), number(k.critical),
            k.critical > 0 ? S::Critical : S::Good);
    }
    const auto &d = s.strategicDeals;
    if (d.available) {
        set(QStringLiteral("strategic_deals.active"), number(d.active), S::Neutral);
        set(QStringLiteral("strategic_deals.pipeline_value"), Money::compact(d.pipeline),
            S::Neutral,
            Money::excludedAmountNotes(d.nonNumericValues, d.negativeValues)
                .join(QLatin1Char('\n')));
    }
    const auto &e = s.evidencePacks;
    if (e.available) {
        set(QStringLiteral("evidence_packs.ready"), number(e.ready), S::Neutral);
        set(QStringLiteral("evidence_packs.pending_review"), number(e.pendingReview),
            e.pendingReview > 0 ? S::Warning : S::Neutral,
            tr("Status: %1")
                .arg(Labels::text(Labels::Kind::PackStatus, QStringLiteral("assembling"))));
    }
    if (s.overRest())
        overRest(&tiles);
    return tiles;
}

void ExecutiveTiles::overRest(QHash<QString, Tile> *tiles)
{
    // The context lines say what the server computed, by its rule; a figure it does not serve
    // is "—" with the reason, never a 0 of the app's own.
    using S = KpiTile::State;
    auto detail = [tiles](const QString &key, const QString &text) {
        if (tiles->contains(key))
            (*tiles)[key].detail = text;
    };
    auto notServed = [tiles](const QString &key, const QString &why) {
        if (tiles->contains(key))
            (*tiles)[key] = Tile{QStringLiteral("—"), restNotAvailable(why), S::Unavailable, {}};
    };
    const QString server = tr("As the Dealix server computes it");
    detail(QStringLiteral("revenue.actual"),
           tr("Won deals, all time, as the Dealix server sums them"));
    detail(QStringLiteral("revenue.forecast"),
           tr("Computed by the Dealix server as actual × %L1").arg(1.1));
    notServed(QStringLiteral("revenue.vs_target"), tr("the API serves no revenue targets"));
    detail(QStringLiteral("revenue.win_rate"), server);
    detail(QStringLiteral("revenue.pipeline_value"),
           tr("Stages discovery, proposal and negotiation, as the Dealix server sums them"));
    // Approvals, compliance and connectors are the app's figures, from the lists the API
    // serves (the server's snapshot counts are in the JSON as server_snapshot).
    notServed(QStringLiteral("compliance.disagreeing"), tr("the live checks read the database"));
    detail(QStringLiteral("connectors.error"), QString());
    detail(QStringLiteral("strategic_deals.pipeline_value"), server);
}

QStringList ExecutiveTiles::serverLines(const ExecutiveSnapshot &s, bool arabic)
{
    QStringList lines;
    if (!s.overRest())
        return lines;
    const QHash<QString, QString> riskNames = {
        {QStringLiteral("sla_breach"), tr("approvals past SLA")},
        {QStringLiteral("contradiction"), tr("critical contradictions")},
        {QStringLiteral("compliance"), tr("non-compliant controls")},
        {QStringLiteral("connector_error"), tr("connectors in error")},
    };
    const QHash<QString, QString> decisionNames = {
        {QStringLiteral("approval"), tr("pending approvals")},
        {QStringLiteral("contradiction"), tr("contradictions to review")},
    };
    auto list = [&](const ExecutiveSnapshot::ServerItems &items,
                    const QHash<QString, QString> &names, const QString &title) {
        if (!items.available)
            return tr("%1: %2").arg(title, items.unavailableReason);
        if (items.items.isEmpty())
            return tr("%1: none").arg(title);
        QStringList parts;
        for (const auto &i : items.items) {
            // An unknown type: humanised, with the code (never the bare code).
            QString name =
                arabic && !i.descriptionAr.isEmpty()
                    ? i.descriptionAr
                    : names.value(i.type, tr("%1 (%2)").arg(Labels::humanised(i.type), i.type));
            if (!i.severity.isEmpty())
                name = tr("%1 (%2)").arg(name, Labels::text(Labels::Kind::Severity, i.severity));
            parts << tr("%1: %2").arg(name, number(i.count));
        }
        return tr("%1: %2").arg(title, parts.join(Format::separator()));
    };
    lines << list(s.serverRisks, riskNames, tr("Risks the Dealix server reports"))
          << list(s.serverDecisions, decisionNames,
                  tr("Decisions pending, as the Dealix server counts them"));
    const ExecutiveSnapshot::ForecastVsActual &f = s.serverForecast;
    const QString health =
        f.overallHealth == QLatin1String("on_track")  ? tr("on track")
        : f.overallHealth == QLatin1String("at_risk") ? tr("at risk")
        : f.overallHealth == QLatin1String("unknown")
            ? tr("unknown")
            : tr("%1 (%2)").arg(Labels::humanised(f.overallHealth), f.overallHealth);
    lines << (f.available ? tr("Forecast vs actual, as the Dealix server judges it: %1").arg(health)
                          : tr("Forecast vs actual: %1").arg(f.unavailableReason));
    return lines;
}
