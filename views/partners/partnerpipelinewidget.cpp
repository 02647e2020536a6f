#include "views/partners/partnerpipelinewidget.h"

#include "models/core/money.h"
#include "views/widgets/combos.h"
#include "views/widgets/kanbanboard.h"
#include "views/widgets/messagebanner.h"
#include "views/widgets/surfacestyle.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

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

QList<std::pair<QString, QString>> PartnerPipelineWidget::cardLines(const PartnerDeal &d)
{
    const QLocale l;
    QList<std::pair<QString, QString>> lines;
    lines.append({QStringLiteral("counterpart"),
                  d.counterpart.isEmpty() ? tr("no counterpart named") : d.counterpart});
    lines.append({QStringLiteral("type"), PartnerPipeline::dealTypeText(d.dealType)});
    lines.append({QStringLiteral("value"),
                  d.valueHalalas ? Money::display(*d.valueHalalas) : tr("value not estimated")});
    lines.append(
        {QStringLiteral("confidence"),
         d.aiConfidence
             ? tr("AI confidence %1").arg(l.toString(*d.aiConfidence * 100.0, 'f', 0) + l.percent())
             : tr("no AI confidence")});
    lines.append({QStringLiteral("age"), tr("%n day(s) old", nullptr, int(d.ageDays))});
    return lines;
}

void PartnerPipelineWidget::showPipeline()
{
    const QLocale l;
    const bool arabic = l.language() == QLocale::Arabic;
    QList<KanbanBoard::Column> columns;
    qint64 open = 0;
    int openCount = 0;
    for (const PartnerPipeline::Column &c : std::as_const(m_pipeline.columns)) {
        if (c.status == QLatin1String("other") && c.deals.isEmpty())
            continue; // the "other" column appears only when a status is unknown
        KanbanBoard::Column k;
        k.key = c.status;
        k.title = PartnerPipeline::statusText(c.status);
        k.summary = tr("%1 · %2").arg(l.toString(c.deals.size()), Money::display(c.totalHalalas));
        k.collapsible = c.status.startsWith(QLatin1String("closed"));
        if (!c.status.startsWith(QLatin1String("closed"))) {
            open += c.totalHalalas;
            openCount += int(c.deals.size());
        }
        for (const PartnerDeal &d : c.deals) {
            KanbanBoard::Card card;
            card.id = d.id;
            card.title = arabic && !d.titleAr.isEmpty() ? d.titleAr : d.title;
            for (const auto &[key, text] : cardLines(d))
                card.lines << text;
            if (c.status == QLatin1String("other"))
                card.lines << tr("status: %1").arg(d.status);
            k.cards << card;
        }
        columns << k;
    }
    m_board->setColumns(columns);
    QStringList summary{
        tr("%1 deals · %2 open, %3 in the open pipeline")
            .arg(l.toString(m_pipeline.total), l.toString(openCount), Money::display(open))};
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
    Combos::fill(m_channel, {{QString(), tr("All channels")},
                             {QStringLiteral("whatsapp"), tr("WhatsApp")},
                             {QStringLiteral("linkedin"), tr("LinkedIn")},
                             {QStringLiteral("email"), tr("E-mail")},
                             {QStringLiteral("in_person"), tr("In person")}});
    showPipeline();
}
