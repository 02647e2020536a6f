#pragma once

#include <QList>
#include <QString>

// Dealix's KNOWN_CONNECTORS (services/connector_governance.py; README "Rules: Dealix schema").
struct KnownConnector {
    const char *key;
    const char *name;   // English display name
    const char *nameAr; // Arabic display name (UTF-8)
};

namespace KnownConnectors {
const QList<KnownConnector> &all();
bool isKnown(const QString &key);
} // namespace KnownConnectors
