#include "anthropicconnector.h"
#include "gatewayconnector.h"
#include "litellmconnector.h"
#include "openaiconnector.h"
#include "sourceconfig.h"

namespace costline {

std::unique_ptr<Connector> makeConnector(const SourceConfig &config, const QByteArray &apiKey)
{
    const QUrl base(config.baseUrl);
    if (config.kind == QLatin1String("openai"))
        return std::make_unique<OpenAiConnector>(config.baseUrl.isEmpty() ? QUrl(QStringLiteral("https://api.openai.com")) : base, apiKey);
    if (config.kind == QLatin1String("anthropic"))
        return std::make_unique<AnthropicConnector>(config.baseUrl.isEmpty() ? QUrl(QStringLiteral("https://api.anthropic.com")) : base, apiKey);
    if (config.kind == QLatin1String("gateway"))
        return std::make_unique<GatewayConnector>(base, apiKey);
    if (config.kind == QLatin1String("litellm"))
        return std::make_unique<LiteLlmConnector>(base, apiKey);
    return nullptr;
}

} // namespace costline
