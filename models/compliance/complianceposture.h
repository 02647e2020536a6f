#pragma once

#include <QString>

#include <cmath>
#include <optional>

// The compliance figures of the metric dictionary (README "Rules: Figures"), in one place for the
// Executive Room and the Saudi Compliance Dashboard: counts by status, rate, score, posture.
struct CompliancePosture {
    int compliant = 0;
    int partial = 0;
    int nonCompliant = 0;
    int notApplicable = 0;
    int total = 0;

    // Counts n controls of a status, written either way (COMPLIANT or compliant).
    void add(const QString &status, int n = 1)
    {
        const QString s = status.toLower();
        total += n;
        if (s == QLatin1String("compliant"))
            compliant += n;
        else if (s == QLatin1String("partial"))
            partial += n;
        else if (s == QLatin1String("non_compliant"))
            nonCompliant += n;
        else if (s == QLatin1String("not_applicable"))
            notApplicable += n;
    }
    // at_risk if anything is non-compliant, else partial if anything is partial, else
    // compliant; unknown without controls.
    QString posture() const
    {
        return total == 0         ? QStringLiteral("unknown")
               : nonCompliant > 0 ? QStringLiteral("at_risk")
               : partial > 0      ? QStringLiteral("partial")
                                  : QStringLiteral("compliant");
    }
    // The worse of two postures (at_risk, then partial, then compliant, then unknown or
    // empty): what colours a posture given both as recorded and as the data shows.
    static QString worse(const QString &a, const QString &b)
    {
        auto rank = [](const QString &p) {
            return p == QLatin1String("at_risk")     ? 3
                   : p == QLatin1String("partial")   ? 2
                   : p == QLatin1String("compliant") ? 1
                                                     : 0;
        };
        return rank(b) > rank(a) ? b : a;
    }
    // 100 × compliant ÷ total, one decimal; none without controls.
    std::optional<double> rate() const { return oneDecimal(compliant, total); }
    // 100 × (compliant + ½ partial) ÷ (total − not applicable), one decimal; none when nothing
    // applies.
    std::optional<double> score() const
    {
        return oneDecimal(compliant + 0.5 * partial, total - notApplicable);
    }

    static std::optional<double> oneDecimal(double numerator, double denominator)
    {
        if (denominator <= 0)
            return std::nullopt;
        return std::round(1000.0 * numerator / denominator) / 10.0;
    }
};
