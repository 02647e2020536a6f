#pragma once

#include "views/surface/surface.h"

class MessageBanner;
struct SourceOverview;
class QLabel;
class QTableView;
class QToolButton;
class SourceOverviewModel;

class SourceOverviewWidget : public SurfaceWidget
{
    Q_OBJECT
public:
    explicit SourceOverviewWidget(QWidget *parent = nullptr);

    void setSession(const Session *session, const QDateTime &asOf) override;
    bool refresh() override;
    QByteArray saveState() const override;
    void restoreState(const QByteArray &state) override;

    SourceOverviewModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    MessageBanner *banner() const { return m_banner; }

private:
    void retranslate() override;
    void showOverview(const SourceOverview &overview);
    void updateHeader();
    void showProvenance();

    QLabel *m_title;
    QLabel *m_header;
    QLabel *m_indexes; // the missing indexes, rebuilt with the header (and on a language change)
    QToolButton *m_provenance;
    MessageBanner *m_banner;
    QTableView *m_view;
    SourceOverviewModel *m_model;
};
