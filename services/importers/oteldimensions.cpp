#include "oteldimensions.h"

#include <QJsonDocument>

namespace costline {
namespace {

// "metadata:team" is the key "team" of OpenInference's `metadata` attribute, a JSON object.
constexpr int kMaxKeys = 10;
struct Source
{
    const char *name; // a Dimension's name, or a label's
    const char *keys[kMaxKeys];
};

const Source kDimensions[] = {
    {"tenant", {"costline.tenant", "tenant.id", "tenant_id", "tenant", "traceloop.association.properties.tenant_id",
                "traceloop.association.properties.tenant", "metadata:tenant_id", "metadata:tenant"}},
    {"customer", {"costline.customer", "customer.id", "customer_id", "customer",
                  "traceloop.association.properties.customer_id", "traceloop.association.properties.customer",
                  "metadata:customer_id", "metadata:customer"}},
    {"project", {"costline.project", "project.name", "project", "openinference.project.name",
                 "traceloop.association.properties.project", "metadata:project"}},
    {"team", {"costline.team", "team.name", "team.id", "team", "traceloop.association.properties.team",
              "metadata:team"}},
    {"feature", {"costline.feature", "feature", "traceloop.association.properties.feature", "metadata:feature"}},
    {"workflow", {"costline.workflow", "gen_ai.workflow.name", "traceloop.workflow.name", "workflow",
                  "traceloop.association.properties.workflow", "metadata:workflow"}},
    {"environment", {"costline.environment", "deployment.environment.name", "deployment.environment",
                     "gen_ai.environment", "environment", "metadata:environment"}},
};

const Source kLabels[] = {
    {"user", {"user.id", "enduser.id", "traceloop.association.properties.user_id", "metadata:user_id"}},
    {"session", {"session.id", "gen_ai.conversation.id", "traceloop.association.properties.session_id",
                 "metadata:session_id"}},
    {"agent", {"gen_ai.agent.name"}},
    {"service", {"service.name"}},
};

QByteArray valueOf(const OtelAttributes &attributes, const char *key)
{
    static const QLatin1String kMetadata("metadata:");
    const QLatin1String k(key);
    if (!k.startsWith(kMetadata))
        return attributes.text(QString(k));
    const QByteArray json = attributes.text(QStringLiteral("metadata"));
    if (json.isEmpty())
        return {};
    const QJsonValue v = QJsonDocument::fromJson(json).object().value(k.mid(kMetadata.size()));
    return (v.isDouble() ? QString::number(v.toInteger()) : v.toString().trimmed()).toUtf8();
}

QByteArray nearest(const QList<const OtelAttributes *> &chain, const Source &source)
{
    for (const OtelAttributes *attributes : chain) {
        for (const char *key : source.keys) {
            if (!key)
                break;
            if (QByteArray value = valueOf(*attributes, key); !value.isEmpty())
                return value;
        }
    }
    return {};
}

} // namespace

void readDimensions(const QList<const OtelAttributes *> &chain, UsageEvent *event, QJsonObject *labels)
{
    for (const Source &source : kDimensions) {
        if (const auto dim = dimensionFromName(QString::fromLatin1(source.name)))
            event->dim(*dim) = nearest(chain, source);
    }
    for (const Source &source : kLabels) {
        if (const QByteArray value = nearest(chain, source); !value.isEmpty())
            labels->insert(QString::fromLatin1(source.name), QString::fromUtf8(value));
    }
}

} // namespace costline
