#include "views/widgets/kpitile.h"

#include "views/widgets/statepalette.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QToolButton>
#include <QVBoxLayout>

KpiTile::KpiTile(QWidget *parent)
    : QFrame(parent)
    , m_caption(new QLabel(this))
    , m_value(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_stateIcon(new QLabel(this))
    , m_stateWord(new QLabel(this))
    , m_info(new QToolButton(this))
{
    setObjectName(QStringLiteral("KpiTile"));
    setFrameShape(QFrame::StyledPanel);
    setMinimumWidth(120);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    QFont valueFont = m_value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.7);
    valueFont.setBold(true);
    m_value->setFont(valueFont);
    // Captions, values and details hold data (names, counts, errors): text, never markup.
    for (QLabel *l : {m_caption, m_value, m_detail, m_stateWord})
        l->setTextFormat(Qt::PlainText);
    m_caption->setWordWrap(true);
    m_detail->setWordWrap(true);
    QFont small = m_detail->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_detail->setFont(small);
    m_stateWord->setFont(small);
    m_info->setText(QStringLiteral("ⓘ"));
    m_info->setAutoRaise(true);
    connect(m_info, &QToolButton::clicked, this, &KpiTile::provenanceRequested);

    auto *top = new QHBoxLayout;
    top->addWidget(m_caption, 1);
    top->addWidget(m_info);
    auto *state = new QHBoxLayout;
    state->addWidget(m_stateIcon);
    state->addWidget(m_stateWord, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
    layout->addLayout(state);
    updateState();
}

void KpiTile::setCaption(const QString &caption)
{
    m_caption->setText(caption);
    m_info->setToolTip(tr("Where “%1” comes from").arg(caption));
}

void KpiTile::setValue(const QString &value)
{
    m_value->setText(value);
}

void KpiTile::setDetail(const QString &detail)
{
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
}

QString KpiTile::caption() const
{
    return m_caption->text();
}

QString KpiTile::value() const
{
    return m_value->text();
}

QString KpiTile::detail() const
{
    return m_detail->text();
}

void KpiTile::setState(State state)
{
    m_state = state;
    updateState();
}

QString KpiTile::stateKey(State state)
{
    return UiStates::key(state);
}

KpiTile::State KpiTile::forPosture(const QString &posture)
{
    return posture == QLatin1String("at_risk")     ? State::Critical
           : posture == QLatin1String("partial")   ? State::Warning
           : posture == QLatin1String("compliant") ? State::Good
                                                   : State::Unavailable;
}

QString KpiTile::wordFor(State state)
{
    switch (state) {
    case State::Good:
        return tr("OK");
    case State::Warning:
        return tr("Watch");
    case State::Critical:
        return tr("Alert");
    case State::Unavailable:
        return tr("Not available");
    case State::Neutral:
        break;
    }
    return {};
}

void KpiTile::updateState()
{
    QString icon;
    switch (m_state) {
    case State::Good:
        icon = QStringLiteral("✔");
        break;
    case State::Warning:
        icon = QStringLiteral("▲");
        break;
    case State::Critical:
        icon = QStringLiteral("✖");
        break;
    case State::Unavailable:
        icon = QStringLiteral("–");
        break;
    case State::Neutral:
        break;
    }
    // Fill, frame and text from the one state palette: readable in
    // a light, dark or high-contrast theme (every text ≥ 4.5:1 on the fill). The application's
    // palette, not palette(): the style sheet below changes the latter.
    const StateColours c = StatePalette::colours(m_state);
    const QString sheet =
        // By class, not by object name: surfaces rename their tiles ("tile-revenue").
        QStringLiteral("KpiTile { border: 1px solid %1; border-radius: 6px; background: %2; } "
                       "KpiTile QLabel { color: %3; background: transparent; }")
            .arg(c.border.name(), c.fill.name(), c.text.name());
    if (styleSheet() != sheet)
        setStyleSheet(sheet);
    m_stateIcon->setText(icon);
    m_stateIcon->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(c.accent.name()));
    m_stateWord->setStyleSheet(QStringLiteral("color: %1;").arg(c.accent.name()));
    m_stateWord->setText(stateWord());
    m_stateIcon->setVisible(!icon.isEmpty());
    m_stateWord->setVisible(m_state != State::Neutral);
}

void KpiTile::setDrillDown(bool enabled, const QString &tooltip)
{
    m_drillDown = enabled;
    setCursor(enabled ? Qt::PointingHandCursor : Qt::ArrowCursor);
    setToolTip(tooltip);
}

void KpiTile::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_drillDown && event->button() == Qt::LeftButton &&
        rect().contains(event->position().toPoint()))
        emit clicked();
    QFrame::mouseReleaseEvent(event);
}

void KpiTile::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_stateWord->setText(stateWord());
    if (event->type() == QEvent::ApplicationPaletteChange)
        updateState();
    QFrame::changeEvent(event);
}
