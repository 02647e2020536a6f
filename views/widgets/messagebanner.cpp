#include "views/widgets/messagebanner.h"

#include "views/widgets/statepalette.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

#include <algorithm>

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_label(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_icon);
    layout->addWidget(m_label, 1);
    m_label->setWordWrap(true);
    // Markup of our own around an escaped message: rich text on purpose (never plain-texted by
    // DataLabels::apply, which leaves labels that chose a format alone).
    m_label->setTextFormat(Qt::RichText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
}

void MessageBanner::showMessage(Level level, const QString &text)
{
    m_outcome.clear();
    m_notice.clear();
    display(level, text);
}

void MessageBanner::showOutcome(Level level, const QString &text)
{
    m_notice.clear();
    m_outcome = text;
    m_outcomeLevel = level;
    display(level, text);
}

void MessageBanner::showNotice(Level level, const QString &text)
{
    m_notice = text;
    m_noticeLevel = level;
    if (m_outcome.isEmpty())
        return display(level, text);
    // Info < Warning < Error: the more serious of the two.
    display(std::max(level, m_outcomeLevel), m_outcome + QLatin1Char('\n') + text);
}

void MessageBanner::clearNotice()
{
    m_notice.clear();
    if (m_outcome.isEmpty()) {
        m_text.clear();
        hide();
        return;
    }
    display(m_outcomeLevel, m_outcome);
}

void MessageBanner::releaseOutcome()
{
    if (m_outcome.isEmpty())
        return;
    m_outcome.clear();
    if (m_notice.isEmpty()) {
        m_text.clear();
        hide();
        return;
    }
    display(m_noticeLevel, m_notice);
}

void MessageBanner::display(Level level, const QString &text)
{
    m_level = level;
    m_text = text;
    const QStyle::StandardPixmap icon = level == Level::Error ? QStyle::SP_MessageBoxCritical
                                        : level == Level::Warning
                                            ? QStyle::SP_MessageBoxWarning
                                            : QStyle::SP_MessageBoxInformation;
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(20, 20));
    applyColours();
    updateLevelText();
    show();
}

void MessageBanner::applyColours()
{
    // The state palette over the application's palette: a dark theme gets a dark tint with
    // light text, every text ≥ 4.5:1 on the fill.
    const StateColours c = m_level == Level::Error     ? StatePalette::colours(UiState::Critical)
                           : m_level == Level::Warning ? StatePalette::colours(UiState::Warning)
                                                       : StatePalette::note();
    const QString sheet = QStringLiteral("MessageBanner { background: %1; border: 1px solid %2; "
                                         "border-radius: 4px; } MessageBanner QLabel { color: "
                                         "%3; background: transparent; }")
                              .arg(c.fill.name(), c.border.name(), c.text.name());
    if (styleSheet() != sheet)
        setStyleSheet(sheet);
}

void MessageBanner::updateLevelText()
{
    const auto line = [](Level level, const QString &text) {
        const QString word = level == Level::Error     ? tr("Error")
                             : level == Level::Warning ? tr("Warning")
                                                       : tr("Note");
        // A line break of the text stays one in the markup.
        return QStringLiteral("<b>%1:</b> %2")
            .arg(word, text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>")));
    };
    // A kept outcome and the notice after it: each line says its own level (the icon and the
    // colours are the more serious one's).
    if (!m_outcome.isEmpty() && !m_notice.isEmpty())
        m_label->setText(line(m_outcomeLevel, m_outcome) + QStringLiteral("<br/>") +
                         line(m_noticeLevel, m_notice));
    else
        m_label->setText(line(m_level, m_text));
}

void MessageBanner::clearMessage()
{
    m_outcome.clear();
    m_notice.clear();
    m_text.clear();
    hide();
}

QString MessageBanner::text() const
{
    return m_text;
}

void MessageBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && !m_text.isEmpty())
        updateLevelText();
    if (event->type() == QEvent::ApplicationPaletteChange && !m_text.isEmpty())
        applyColours();
    QFrame::changeEvent(event);
}
