#pragma once

#include <QByteArray>
#include <QString>

namespace costline {

// Costline's name for a model provider, whatever spelling a source uses. Telemetry,
// gateways and exports name the same provider many ways ("OpenAI", "openai",
// "az.ai.openai", "azure.ai.openai", "gcp.vertex_ai", "vertex_ai", "AWS", "aws.bedrock"):
// each known spelling maps to the key the price list uses ("openai", "azure-openai",
// "vertex", "bedrock"); an unknown name is trimmed and lower-cased, so spellings that
// differ only in case are one provider. Canonical names map to themselves.
// The names are those of model providers, as GenAI telemetry and gateways give them: "AWS"
// there is Bedrock. A cloud bill's provider column (FOCUS ServiceProviderName) names a cloud
// and its every service, so it is not a model provider name to pass through here.
QString canonicalProviderName(const QString &name);
QByteArray canonicalProviderName(const QByteArray &utf8);
// True for a name this table knows as a model provider (in any of its spellings).
bool isKnownProviderName(const QString &name);

} // namespace costline
