#pragma once

#include "models/partners/partnerpipeline.h"
#include "views/surface/surface.h"

class KanbanBoard;
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

    static QList<std::pair<QString, QString>> cardLines(const PartnerDeal &d);

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
