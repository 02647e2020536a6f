#include "models/source/knownconnectors.h"

namespace KnownConnectors {

const QList<KnownConnector> &all()
{
    static const QList<KnownConnector> list = {
        {"whatsapp", "WhatsApp Business API", "واتساب للأعمال"},
        {"salesforce", "Salesforce Agentforce", "سيلزفورس"},
        {"stripe", "Stripe Payments", "سترايب للمدفوعات"},
        {"voice", "Voice (Twilio)", "الاتصال الصوتي (تويليو)"},
        {"email", "Email (SMTP/SendGrid)", "البريد الإلكتروني"},
        {"docusign", "DocuSign / Adobe Sign", "التوقيع الإلكتروني"},
        {"cal", "Cal.com Meetings", "مواعيد Cal.com"},
    };
    return list;
}

bool isKnown(const QString &key)
{
    for (const KnownConnector &c : all()) {
        if (key == QLatin1String(c.key))
            return true;
    }
    return false;
}

} // namespace KnownConnectors
