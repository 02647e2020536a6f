#pragma once

#include "models/partners/partnerpipeline.h"
#include "views/surface/surface.h"
#include "views/widgets/kanbanboard.h"

#include <QTimeZone>

class MessageBanner;
class QComboBox;
class QLabel;

// The Partner Pipeline Board: strategic deals as a kanban by status (closed columns fold), cards
// with title, counterpart, type, value in SAR, AI confidence and age; counts and totals per
// column; filters by deal type and channel.
class PartnerPipelineWidget : public SurfaceWidget
{
    Q_OBJECT
public:
    explicit PartnerPipelineWidget(QWidget *parent = nullptr);
    void setSession(const Session *session, const QDateTime &asOf) override;
    bool refresh() override;
    KanbanBoard *board() const { return m_board; }
    const PartnerPipeline &pipeline() const { return m_pipeline; }
    MessageBanner *banner() const { return m_banner; }
    void setFilter(const PartnerPipeline::Filter &filter);

    // A deal's card: its title (Arabic where there is one in an Arabic window), the deal type's
    // word on its chip, the value compact beside it, the counterpart once (not when the title
    // names it), AI confidence and channel, age; everything in full in the tooltip.
    static KanbanBoard::Card card(const PartnerDeal &d, bool arabic, const QTimeZone &zone);
    // "10 days old" / "عمرها ١٠ أيام" (Arabic's six plural forms).
    static QString ageText(qint64 days);

private:
    void retranslate() override;
    void showPipeline();

    PartnerPipeline m_pipeline;
    QLabel *m_title;
    QComboBox *m_type;
    QComboBox *m_channel;
    QLabel *m_summary;
    MessageBanner *m_banner;
    KanbanBoard *m_board;
};
