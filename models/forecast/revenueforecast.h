#pragma once

#include "models/core/result.h"
#include "models/source/boundquery.h"
#include "models/source/provenance.h"
#include "models/source/session.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <optional>

struct ForecastMonth {
    QDate month;         // first day, in the tenant's time zone
    qint64 actual = 0;   // won, by closed_at month (halalas)
    qint64 forecast = 0; // open pipeline × probability, by expected_close_date month
    qint64 commit = 0;   // open deals with probability ≥ 70 %
    qint64 bestCase = 0; // all open pipeline
    std::optional<qint64> target;
    bool past = false; // before the current month
};

// The value type of Actual vs Forecast (`forecast`): the last 12 months and the next 6 in the
// tenant's time zone — actual (won deals by closed_at month), forecast (open pipeline weighted
// by probability, null = 0, by expected_close_date month), the band from commit (probability
// ≥ 70 %) to best case (all open), targets from the optional revenue_targets table — and the
// tracks of the Dealix forecast-control: revenue (SAR), partnerships and M&A (open strategic
// deals by type) with actual, forecast or target, and variance. SAR only: deals in other
// currencies are counted and said, never added.
struct RevenueForecast {
    Q_DECLARE_TR_FUNCTIONS(RevenueForecast)
public:
    struct Track {
        QString key;  // revenue | partnerships | ma
        QString unit; // SAR | deals
        qint64 actual = 0;
        std::optional<qint64> forecast; // revenue
        std::optional<qint64> target;   // from revenue_targets when present
        // Over the Dealix API: the server's own variance, by its rule (rest.serverComputed says
        // which); it is the one shown then.
        std::optional<qint64> reportedVariance = {};
        std::optional<qint64> variance() const
        {
            if (reportedVariance)
                return reportedVariance;
            if (target)
                return (forecast ? *forecast : actual) - *target;
            return std::nullopt;
        }
    };
    QList<ForecastMonth> months; // 18: the current month is index 11
    QDate currentMonth;
    int unscheduled = 0;      // open SAR deals without an expected close date
    int overdue = 0;          // open SAR deals expected before this month (not in the forecast)
    int otherCurrencies = 0;  // deals not in SAR: counted, not added
    int nonNumericValues = 0; // SAR deals whose value is text, NaN, infinite: counted, not added
    int negativeValues = 0;   // SAR deals with a negative value: counted, not added
    int badProbabilities = 0; // open SAR deals whose probability is not 0–100: not weighted
    bool targetsAvailable = false;
    QList<Track> tracks;
    Provenance provenance;
    // Over the Dealix API (README "Sources: the Dealix REST API"): the server's health and its
    // /forecast-control/variance (top variances; root causes and recommendations as it sends
    // them), or why that part failed. The monthly series is not served: months stays empty and
    // its JSON keys are null.
    struct TopVariance {
        QString track;
        qint64 variance = 0; // halalas for SAR, else a count
        QString unit;        // as the server says: SAR, partners, deals, markets
    };
    QString overallHealth;
    QList<TopVariance> topVariances;
    QStringList rootCauses;
    QStringList recommendations;
    QString varianceFailure; // "Could not be computed: …" when /variance failed
    bool overRest() const { return !provenance.rest.isEmpty(); }

    // The tenant's revenue_targets rows spread evenly over the months of their period (the
    // last month takes the remainder, so the parts add up to the target): per track
    // (revenue | partnerships | ma, lower case), first day of month -> part. Revenue targets
    // are halalas; the other tracks store counts in target_value_sar, so theirs are counts
    // × 100. available is false when the source has no revenue_targets table. The one reading
    // of targets: the Forecast and the Executive Room both use it.
    struct Targets {
        bool available = false;
        QHash<QString, QMap<QDate, qint64>> byTrack;
        QString query;
        int rows = 0;
        // Σ of the track's parts over the months in [from, to] (first days; from invalid: no
        // lower bound); nullopt when no target falls there.
        std::optional<qint64> sum(const QString &track, const QDate &from, const QDate &to) const;
    };
    static Result<Targets> readTargets(const Session &session);

    static constexpr int MonthsBack = 12; // including the current month
    static constexpr int MonthsAhead = 6;
    static bool compute(const Session &session, const QDateTime &asOf, RevenueForecast *out,
                        QString *error);
    // The same from a Dealix server (compute() calls it): /forecast-control/unified and
    // /variance, at once.
    static bool computeRest(const Session &session, const QDateTime &asOf, RevenueForecast *out,
                            QString *error);
    static QString trackText(const QString &key);
    // "Commit (≥ 70%) to best case", the percent by Format::percent.
    static QString commitBandText();
    // The one rule for "an open deal expected to close in [from, to)" (first days of months):
    // its expected_close_date, a calendar date, on or after from and before to. Binds from and
    // to on q (in this order) and returns the condition; a NULL date is in no range.
    static QString expectedIn(BoundQuery *q, const QDate &from, const QDate &to);
    // The SAR amounts left out of the sums (not a number, negative), said the same way on
    // screen and on paper; empty when there are none.
    QStringList excludedAmountNotes() const;
    QJsonObject toJson() const;
    QByteArray toCsv() const;

private:
    QJsonObject restJson(const QJsonObject &tracksJson) const;
};
