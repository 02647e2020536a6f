#include "views/partners/partnerpipelinewidget.h"

#include "models/core/displaytext.h"
#include "models/core/format.h"
#include "models/core/money.h"
#include "models/core/period.h"
#include "views/widgets/combos.h"
#include "views/widgets/kanbanboard.h"
#include "views/widgets/messagebanner.h"
#include "views/widgets/surfacestyle.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

PartnerPipelineWidget::PartnerPipelineWidget(QWidget *parent)
    : SurfaceWidget(parent)
    , m_title(new QLabel(this))
    , m_type(new QComboBox(this))
    , m_channel(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_banner(new MessageBanner(this))
    , m_board(new KanbanBoard(this))
{
    setObjectName(QStringLiteral("surface-partner-pipeline"));
    setRefreshBanner(m_banner);
    SurfaceStyle::heading(m_title);
    connect(m_type, &QComboBox::activated, this, &PartnerPipelineWidget::refresh);
    connect(m_channel, &QComboBox::activated, this, &PartnerPipelineWidget::refresh);
    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addStretch(1);
    top->addWidget(m_type);
    top->addWidget(m_channel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_banner);
    layout->addWidget(m_board, 1);
    retranslate();
}

void PartnerPipelineWidget::setSession(const Session *session, const QDateTime &asOf)
{
    SurfaceWidget::setSession(session, asOf);
    m_pipeline = PartnerPipeline();
    showPipeline();
}

void PartnerPipelineWidget::setFilter(const PartnerPipeline::Filter &f)
{
    m_type->setCurrentIndex(std::max(0, m_type->findData(f.dealType)));
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(f.channel)));
}

bool PartnerPipelineWidget::refresh()
{
    m_banner->clearMessage();
    if (!requireSource(m_session, m_banner)) {
        cancelRefresh(); // a refresh under way is never delivered
        m_pipeline = PartnerPipeline();
        showPipeline();
        return false;
    }
    const PartnerPipeline::Filter filter{m_type->currentData().toString(),
                                         m_channel->currentData().toString()};
    const QDateTime asOf = m_asOf;
    return runRefresh<PartnerPipeline>(
        [filter, asOf](const Session &s) -> Result<PartnerPipeline> {
            PartnerPipeline p;
            QString error;
            if (!PartnerPipeline::compute(s, filter, asOf, &p, &error))
                return Failure{error};
            return p;
        },
        [this](const PartnerPipeline &p) {
            m_pipeline = p;
            showPipeline();
        });
}

QString PartnerPipelineWidget::ageText(qint64 days)
{
    // One plural message: English's forms ("1 day old") are in dealix_en.ts, Arabic's six in
    // dealix_ar.ts.
    return tr("%n days old", nullptr, int(std::clamp<qint64>(days, 0, INT_MAX)));
}

KanbanBoard::Card PartnerPipelineWidget::card(const PartnerDeal &d, bool arabic,
                                              const QTimeZone &zone)
{
    using DisplayText::isolate;
    KanbanBoard::Card card;
    card.id = d.id;
    const QString title = arabic && !d.titleAr.isEmpty() ? d.titleAr : d.title;
    card.title = isolate(title);
    // The chip: the deal type's word; beside it the value, compact.
    card.chip = PartnerPipeline::dealTypeText(d.dealType);
    card.meta = d.valueHalalas ? Money::compact(*d.valueHalalas) : tr("value not estimated");
    // The counterpart once: not again when the title already names it.
    if (d.counterpart.isEmpty())
        card.lines << tr("no counterpart named");
    else if (!title.contains(d.counterpart.trimmed(), Qt::CaseInsensitive))
        card.lines << isolate(d.counterpart);
    QStringList facts;
    if (d.aiConfidence)
        facts << tr("AI confidence %1").arg(Format::percent(*d.aiConfidence * 100.0, 0));
    if (!d.channel.isEmpty())
        facts << PartnerPipeline::channelText(d.channel);
    if (!facts.isEmpty())
        card.lines << facts.join(Format::separator());
    card.lines << ageText(d.ageDays);
    if (!PartnerPipeline::statuses().contains(d.status))
        card.lines << tr("Status: %1")
                          .arg(PartnerPipeline::statusText(
                              d.status.isEmpty() ? QStringLiteral("other") : d.status));
    // The tooltip: everything in full (the exact value, the creation time), with the codes.
    QStringList tip{isolate(title)};
    if (!d.counterpart.isEmpty())
        tip << tr("Counterpart: %1").arg(isolate(d.counterpart));
    tip << tr("Type: %1").arg(card.chip)
        << tr("Estimated value: %1")
               .arg(d.valueHalalas ? Money::display(*d.valueHalalas) : tr("not estimated"));
    if (d.aiConfidence)
        tip << tr("AI confidence %1").arg(Format::percent(*d.aiConfidence * 100.0, 1));
    if (!d.channel.isEmpty())
        tip << tr("Channel: %1").arg(PartnerPipeline::channelText(d.channel));
    if (d.createdAt.isValid())
        tip << tr("Created %1").arg(Format::dateTime(d.createdAt, zone));
    tip << tr("Stored as: type %1, channel %2, status %3")
               .arg(d.dealType, d.channel.isEmpty() ? QStringLiteral("—") : d.channel, d.status);
    card.tooltip = tip.join(QLatin1Char('\n'));
    return card;
}

void PartnerPipelineWidget::showPipeline()
{
    const bool arabic = QLocale().language() == QLocale::Arabic;
    const QTimeZone zone = Periods::zone(m_session ? m_session->tenant().timeZone : QByteArray());
    QList<KanbanBoard::Column> columns;
    qint64 open = 0;
    int openCount = 0;
    for (const PartnerPipeline::Column &c : std::as_const(m_pipeline.columns)) {
        if (c.status == QLatin1String("other") && c.deals.isEmpty())
            continue; // the "other" column appears only when a status is unknown
        KanbanBoard::Column k;
        k.key = c.status;
        k.title = PartnerPipeline::statusText(c.status);
        k.count = int(c.deals.size());
        // Compact in the header, in full in its tooltip.
        k.summary = Money::compact(c.totalHalalas);
        k.tooltip = tr("Total estimated value: %1").arg(Money::display(c.totalHalalas));
        // Closed columns fold to their headers (a click opens them).
        k.collapsible = c.status.startsWith(QLatin1String("closed"));
        k.collapsedByDefault = k.collapsible;
        if (!c.status.startsWith(QLatin1String("closed"))) {
            open += c.totalHalalas;
            openCount += int(c.deals.size());
        }
        for (const PartnerDeal &d : c.deals)
            k.cards << card(d, arabic, zone);
        columns << k;
    }
    m_board->setColumns(columns);
    QStringList summary{tr("%1 deals · %2 open, %3 in the open pipeline")
                            .arg(Format::integer(m_pipeline.total), Format::integer(openCount),
                                 Money::display(open))};
    summary << m_pipeline.excludedAmountNotes();
    m_summary->setText(summary.join(QLatin1Char(' ')));
}

void PartnerPipelineWidget::retranslate()
{
    m_title->setText(tr("Partner Pipeline"));
    QList<std::pair<QString, QString>> types{{QString(), tr("All deal types")}};
    for (const QString &t : PartnerPipeline::dealTypes())
        types.append({t, PartnerPipeline::dealTypeText(t)});
    Combos::fill(m_type, types);
    QList<std::pair<QString, QString>> channels{{QString(), tr("All channels")}};
    for (const QString &c : PartnerPipeline::channels())
        channels.append({c, PartnerPipeline::channelText(c)});
    Combos::fill(m_channel, channels);
    showPipeline();
}
