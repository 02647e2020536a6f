#pragma once

#include <QMetaType>
#include <QString>
#include <QStringView>

// The one state vocabulary of the app: what a figure, a row or a banner says at a glance. Every
// widget that colours by state (KPI tiles, list cells, banners, the weekly RAG, paper) reads
// its colours for a UiState from StatePalette (views/widgets/statepalette.h). Models decide a
// row's state themselves and hand it out as a UiState (Roles::StateRole); paper (PrintKpi,
// PrintBlock) carries a UiState too. Keywords appear only at the edges: UiStates::fromKey()
// reads a state stored as data (a weekly review's RAG), UiStates::key() writes the class names
// of the HTML pack.
enum class UiState { Neutral, Good, Warning, Critical, Unavailable };
Q_DECLARE_METATYPE(UiState)

namespace UiStates {

// Every keyword the code base has used for a state, case-insensitively: good / ok / better /
// green / compliant; warning / watch / partial / amber / degraded; critical / bad / worse /
// missing / red / breach / error / at_risk; unavailable / unknown / n/a. Anything else (and
// the empty string) is Neutral.
inline UiState fromKey(QStringView key)
{
    const QString k = key.trimmed().toString().toLower();
    for (const char *s : {"good", "ok", "better", "green", "compliant"})
        if (k == QLatin1String(s))
            return UiState::Good;
    for (const char *s : {"warning", "watch", "partial", "amber", "degraded"})
        if (k == QLatin1String(s))
            return UiState::Warning;
    for (const char *s :
         {"critical", "bad", "worse", "missing", "red", "breach", "error", "at_risk"})
        if (k == QLatin1String(s))
            return UiState::Critical;
    for (const char *s : {"unavailable", "unknown", "n/a"})
        if (k == QLatin1String(s))
            return UiState::Unavailable;
    return UiState::Neutral;
}

// Whether a state has a colour of its own (good, warning, critical); neutral and unavailable
// are drawn in the palette's ordinary colours.
inline bool coloured(UiState state)
{
    return state == UiState::Good || state == UiState::Warning || state == UiState::Critical;
}

// The keyword for paper, HTML and exports: "good", "warning", "critical", or "" (neutral and
// unavailable carry no colour).
inline QString key(UiState state)
{
    switch (state) {
    case UiState::Good:
        return QStringLiteral("good");
    case UiState::Warning:
        return QStringLiteral("warning");
    case UiState::Critical:
        return QStringLiteral("critical");
    case UiState::Unavailable:
    case UiState::Neutral:
        break;
    }
    return {};
}

} // namespace UiStates
