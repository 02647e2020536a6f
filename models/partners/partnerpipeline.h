#pragma once

#include "models/source/provenance.h"
#include "models/source/session.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <optional>

struct PartnerDeal {
    QString id;
    QString title;
    QString titleAr;
    QString counterpart;                // target company (name or profile)
    QString dealType;                   // lower case: partnership, distribution, …
    QString channel;                    // lower case
    QString status;                     // lower case, as stored
    std::optional<qint64> valueHalalas; // none when NULL, not a number or negative
    int valueState = 0;                 // SqlDialect::MoneyState; NULL counts as valid
    std::optional<double> aiConfidence; // 0–1
    QDateTime createdAt;
    qint64 ageDays = 0; // from created_at to as-of
};

// The value type of the Partner Pipeline Board (`partner-pipeline`): strategic deals in
// columns by status — discovery, outreach, negotiating, term sheet, due diligence, closed won,
// closed lost — and an "other" column for any status this app does not know (never dropped),
// with counts and SAR totals; filters by deal type and channel.
struct PartnerPipeline {
    Q_DECLARE_TR_FUNCTIONS(PartnerPipeline)
public:
    struct Filter {
        QString dealType; // empty: all
        QString channel;
    };
    struct Column {
        QString status; // "other" for the unknown ones
        QList<PartnerDeal> deals;
        qint64 totalHalalas = 0;
        int nonNumericValues = 0; // estimated value is text, NaN or infinite: not in the total
        int negativeValues = 0;   // estimated value below zero: not in the total
    };
    Filter filter;
    QList<Column> columns; // the seven known statuses in order, then "other"
    int total = 0;
    Provenance provenance;

    static const QStringList &statuses();
    static const QStringList &dealTypes();
    static const QStringList &channels();
    static QString statusText(const QString &status);
    static QString dealTypeText(const QString &type);
    static QString channelText(const QString &channel);
    static bool compute(const Session &session, const Filter &filter, const QDateTime &asOf,
                        PartnerPipeline *out, QString *error);
    // Over a Dealix server (compute() calls it): GET /strategic-deals page by page, perPage
    // deals a page, until a page shorter than perPage (or empty); still full pages after
    // maxPages pages is an error (a server that never ends), never a cut list.
    static constexpr int RestPerPage = 100;
    static constexpr int RestMaxPages = 1000;
    static bool computeRest(const Session &session, const Filter &filter, const QDateTime &asOf,
                            PartnerPipeline *out, QString *error, int perPage = RestPerPage,
                            int maxPages = RestMaxPages);
    // Estimated values left out of the totals (not a number, negative), said the same way on
    // screen and on paper; empty when there are none.
    QStringList excludedAmountNotes() const;
    QJsonObject toJson() const;
    QByteArray toCsv() const;
};
