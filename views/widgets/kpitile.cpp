#include "views/widgets/kpitile.h"

#include "views/widgets/clampedlabel.h"
#include "views/widgets/statepalette.h"

#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

KpiTile::KpiTile(QWidget *parent)
    : QFrame(parent)
    , m_caption(new QLabel(this))
    , m_value(new QLabel(this))
    , m_detail(new ClampedLabel(this))
    , m_context(new QLabel(this))
    , m_stateBox(new QWidget(this))
    , m_stateIcon(new QLabel(m_stateBox))
    , m_stateWord(new QLabel(m_stateBox))
    , m_info(new QToolButton(this))
{
    setObjectName(QStringLiteral("KpiTile"));
    setFrameShape(QFrame::StyledPanel);
    setMinimumWidth(120);
    // Tiles of one row take the row's height (the grid stretches them), so they line up.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    setFocusPolicy(Qt::NoFocus);
    m_valueFont = m_value->font();
    m_valueFont.setPointSizeF(m_valueFont.pointSizeF() * 1.6);
    m_valueFont.setBold(true);
    m_value->setFont(m_valueFont);
    // The figure never breaks and is never cut: in a narrow tile its font shrinks to fit (down
    // to the body size, its minimum width), at a fixed height so that the row keeps one baseline.
    m_value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_value->setFixedHeight(QFontMetrics(m_valueFont).height());
    // Captions, values and details hold data (names, counts, errors): text, never markup.
    for (QLabel *l : {m_caption, m_value, static_cast<QLabel *>(m_detail), m_context, m_stateWord})
        l->setTextFormat(Qt::PlainText);
    // Captions wrap (two lines at most: Arabic captions are wider than English ones); the grid
    // gives every caption of the room the same height so that the figures share one baseline.
    m_caption->setWordWrap(true);
    m_caption->setAlignment(Qt::AlignLeading | Qt::AlignTop);
    // Details take two lines at most, so that a long list (controls whose records disagree,
    // amounts in other currencies) never makes its row taller than the screen: the rest is
    // elided and given whole in the tooltip.
    m_detail->setMaximumLines(2);
    connect(m_detail, &ClampedLabel::clampedChanged, this, &KpiTile::updateToolTip);
    m_context->setWordWrap(true);
    m_context->setObjectName(QStringLiteral("tile-context"));
    m_context->hide();
    QFont small = m_detail->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_detail->setFont(small);
    m_context->setFont(small);
    m_stateWord->setFont(small);
    m_info->setText(QStringLiteral("ⓘ"));
    m_info->setAutoRaise(true);
    m_info->setMaximumWidth(m_info->fontMetrics().horizontalAdvance(QStringLiteral("ⓘ")) + 8);
    // As high as the caption's first line, at the top: the ⓘ stays level with that line
    // whether the caption takes one line or two.
    m_info->setMaximumHeight(m_caption->fontMetrics().height() + 2);
    connect(m_info, &QToolButton::clicked, this, &KpiTile::provenanceRequested);

    auto *top = new QHBoxLayout;
    top->setSpacing(2);
    top->addWidget(m_caption, 1);
    top->addWidget(m_info, 0, Qt::AlignTop);
    // The state (icon and word) sits on the figure's line, at its trailing end, when both fit
    // there at the figure's full size; otherwise on a line of its own at the bottom.
    auto *state = new QHBoxLayout(m_stateBox);
    state->setContentsMargins(0, 0, 0, 0);
    state->setSpacing(4);
    state->addWidget(m_stateIcon);
    state->addWidget(m_stateWord);
    m_valueRow = new QHBoxLayout;
    m_valueRow->setSpacing(6);
    m_valueRow->addWidget(m_value, 1);
    m_bottomRow = new QHBoxLayout;
    m_bottomRow->addWidget(m_stateBox);
    m_bottomRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addLayout(m_valueRow);
    layout->addWidget(m_context);
    layout->addWidget(m_detail);
    layout->addStretch(1);
    layout->addLayout(m_bottomRow);
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
    placeState();
    fitValue();
}

void KpiTile::placeState()
{
    const bool shown = m_state != State::Neutral;
    const QMargins inner = layout() ? layout()->contentsMargins() : QMargins();
    const int room = contentsRect().width() - inner.left() - inner.right();
    const int figure = QFontMetrics(m_valueFont).horizontalAdvance(m_value->text()) + 2;
    const bool inlineState =
        shown && figure + m_valueRow->spacing() + m_stateBox->sizeHint().width() <= room;
    const bool isInline = m_valueRow->indexOf(m_stateBox) >= 0;
    if (inlineState != isInline) {
        if (inlineState) {
            m_bottomRow->removeWidget(m_stateBox);
            m_valueRow->addWidget(m_stateBox, 0, Qt::AlignVCenter);
        } else {
            m_valueRow->removeWidget(m_stateBox);
            m_bottomRow->insertWidget(0, m_stateBox);
        }
    }
    m_stateBox->setVisible(shown);
}

bool KpiTile::stateInline() const
{
    return m_valueRow->indexOf(m_stateBox) >= 0;
}

void KpiTile::setDetail(const QString &detail)
{
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
    // A new text cut short as the old one was: the tooltip gives the new text.
    updateToolTip();
}

void KpiTile::setContext(const QString &context)
{
    m_context->setText(context);
    m_context->setVisible(!context.isEmpty());
}

int KpiTile::captionExtras() const
{
    // What a tile's width holds besides its caption: frame, margins, the ⓘ button and spacing.
    const QMargins frame = contentsMargins();
    const QMargins inner = layout() ? layout()->contentsMargins() : QMargins();
    const int info = std::min(m_info->sizeHint().width(), m_info->maximumWidth());
    return frame.left() + frame.right() + inner.left() + inner.right() + info + 2;
}

int KpiTile::captionHeightFor(int tileWidth) const
{
    return m_caption->heightForWidth(std::max(1, tileWidth - captionExtras()));
}

bool KpiTile::setCaptionHeight(int pixels)
{
    if (pixels <= 0) {
        if (m_caption->minimumHeight() == 0 && m_caption->maximumHeight() == QWIDGETSIZE_MAX)
            return false;
        m_caption->setMinimumHeight(0);
        m_caption->setMaximumHeight(QWIDGETSIZE_MAX);
        return true;
    }
    if (m_caption->minimumHeight() == pixels && m_caption->maximumHeight() == pixels)
        return false;
    m_caption->setFixedHeight(pixels);
    return true;
}

QSize KpiTile::minimumSizeHint() const
{
    // Never so narrow that the caption takes more than two lines: the narrowest label width
    // whose wrapped caption is at most two lines high (found by halving).
    QSize size = QFrame::minimumSizeHint();
    const QString text = m_caption->text();
    if (text.isEmpty())
        return size;
    const int oneLine = m_caption->heightForWidth(QWIDGETSIZE_MAX);
    const int limit = 2 * oneLine + oneLine / 2; // two lines, never three
    int lo = 1;
    int hi = m_caption->fontMetrics().horizontalAdvance(text) + 2 * m_caption->margin() + 2;
    while (lo < hi) {
        const int mid = (lo + hi) / 2;
        if (m_caption->heightForWidth(mid) <= limit)
            hi = mid;
        else
            lo = mid + 1;
    }
    size.setWidth(std::max(size.width(), hi + captionExtras()));
    return size;
}

void KpiTile::setDetailLines(int lines)
{
    if (lines != m_detail->maximumLines())
        m_detail->setMaximumLines(lines);
}

int KpiTile::detailLines() const
{
    return m_detail->maximumLines();
}

int KpiTile::heightAtDetailLines(int lines) const
{
    const int height = heightForWidth(width());
    if (m_detail->isHidden())
        return height;
    const int w = m_detail->width();
    return height - m_detail->heightForWidth(w) + m_detail->heightForWidth(w, lines);
}

QString KpiTile::context() const
{
    return m_context->text();
}

void KpiTile::setDefinition(const QString &definition)
{
    m_definition = definition;
    updateToolTip();
}

void KpiTile::updateToolTip()
{
    QStringList parts;
    if (!m_definition.isEmpty())
        parts << m_definition;
    if (m_detail->isClamped())
        parts << m_detail->text();
    if (m_drillDown && !m_drillDownTip.isEmpty())
        parts << m_drillDownTip;
    setToolTip(parts.join(QLatin1Char('\n')));
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
        icon = QStringLiteral("⚠"); // not ▲: that is the arrow of an upward change
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
    m_stateIcon->setStyleSheet(
        QStringLiteral("color: %1; font-weight: bold;").arg(c.accent.name()));
    m_stateWord->setStyleSheet(QStringLiteral("color: %1;").arg(c.accent.name()));
    m_stateWord->setText(stateWord());
    m_stateIcon->setVisible(!icon.isEmpty());
    m_stateWord->setVisible(m_state != State::Neutral);
    placeState();
}

void KpiTile::setDrillDown(bool enabled, const QString &tooltip)
{
    m_drillDown = enabled;
    m_drillDownTip = tooltip;
    setCursor(enabled ? Qt::PointingHandCursor : Qt::ArrowCursor);
    setFocusPolicy(enabled ? Qt::StrongFocus : Qt::NoFocus);
    updateToolTip();
}

void KpiTile::fitValue()
{
    QFont smallest = m_valueFont;
    smallest.setPointSizeF(font().pointSizeF());
    const QString text = m_value->text();
    m_value->setMinimumWidth(QFontMetrics(smallest).horizontalAdvance(text) + 2);
    const int room = m_value->width();
    QFont f = m_valueFont;
    while (f.pointSizeF() > smallest.pointSizeF() &&
           QFontMetrics(f).horizontalAdvance(text) + 2 > room)
        f.setPointSizeF(std::max(smallest.pointSizeF(), f.pointSizeF() - 0.5));
    if (f != m_value->font())
        m_value->setFont(f);
}

void KpiTile::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    // The labels have their new geometry once the layout ran: fit the figure to it.
    placeState();
    if (QLayout *l = layout())
        l->activate();
    fitValue();
}

void KpiTile::keyPressEvent(QKeyEvent *event)
{
    if (m_drillDown && event->modifiers() == Qt::NoModifier &&
        (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter ||
         event->key() == Qt::Key_Space)) {
        emit clicked();
        event->accept();
        return;
    }
    QFrame::keyPressEvent(event);
}

void KpiTile::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    if (!hasFocus())
        return;
    // The focus frame: two pixels in the palette's highlight, inside the tile's border.
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QPen pen(palette().color(QPalette::Highlight), 2);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(QRectF(rect()).adjusted(2, 2, -2, -2), 5, 5);
}

void KpiTile::focusInEvent(QFocusEvent *event)
{
    QFrame::focusInEvent(event);
    update();
}

void KpiTile::focusOutEvent(QFocusEvent *event)
{
    QFrame::focusOutEvent(event);
    update();
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
    if (event->type() == QEvent::LanguageChange) {
        m_stateWord->setText(stateWord());
        placeState();
    }
    if (event->type() == QEvent::ApplicationPaletteChange)
        updateState();
    QFrame::changeEvent(event);
}
