#pragma once

#include "models/source/provenance.h"
#include "models/source/session.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
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
        std::optional<qint64> variance() const
        {
            if (target)
                return (forecast ? *forecast : actual) - *target;
            return std::nullopt;
        }
    };
    QList<ForecastMonth> months; // 18: the current month is index 11
    QDate currentMonth;
    int unscheduled = 0;     // open SAR deals without an expected close date
    int overdue = 0;         // open SAR deals expected before this month (not in the forecast)
    int otherCurrencies = 0; // deals not in SAR: counted, not added
    bool targetsAvailable = false;
    QList<Track> tracks;
    Provenance provenance;

    static constexpr int MonthsBack = 12; // including the current month
    static constexpr int MonthsAhead = 6;
    static bool compute(const Session &session, const QDateTime &asOf, RevenueForecast *out,
                        QString *error);
    static QString trackText(const QString &key);
    QJsonObject toJson() const;
    QByteArray toCsv() const;
};
