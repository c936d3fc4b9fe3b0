#include "democatalog.h"

#include <cstring>

namespace costline::demo {

const QList<Model> &models()
{
    static const QList<Model> kModels = {
        {"openai", "gpt-4o", true},                              // 0
        {"openai", "gpt-4o-mini", true},                         // 1
        {"openai", "gpt-4.1", true},                             // 2
        {"openai", "gpt-4.1-mini", true},                        // 3
        {"openai", "o3-mini", true},                             // 4
        {"openai", "gpt-5", true},                               // 5
        {"openai", "gpt-5-mini", true},                          // 6
        {"openai", "text-embedding-3-small", true},              // 7
        {"anthropic", "claude-sonnet-4-5-20250929", true},       // 8
        {"anthropic", "claude-3-5-haiku-20241022", true},        // 9
        {"anthropic", "claude-opus-4-1-20250805", true},         // 10
        {"azure-openai", "gpt-4o", true},                        // 11
        {"azure-openai", "gpt-4o-mini", true},                   // 12
        {"bedrock", "anthropic.claude-3-5-sonnet-20240620-v1:0", true}, // 13
        {"bedrock", "amazon.nova-pro-v1:0", true},               // 14
        {"bedrock", "meta.llama3-1-70b-instruct-v1:0", true},    // 15
        {"vertex", "gemini-2.5-pro", true},                      // 16
        {"vertex", "gemini-2.5-flash", true},                    // 17
        {"openai", "ft:gpt-4o-mini:acme:support-v3", false},     // 18
        {"vertex", "acme-llama-70b-finetune", false},            // 19
    };
    return kModels;
}

const QList<Feature> &features()
{
    static const QList<Feature> kFeatures = {
        {"chat-assistant", "support", "helpdesk", "rag-answer", "chat", 22, 2400, 380, 45, 0,
         {{0, 40}, {8, 30}, {11, 20}, {18, 10}}},
        {"semantic-search", "search", "discovery", "embed-index", "embedding", 18, 900, 0, 0, 0, {{7, 100}}},
        {"ticket-summary", "support", "helpdesk", "summarize", "chat", 12, 3200, 250, 20, 0, {{1, 70}, {12, 30}}},
        {"email-draft", "sales-assist", "outreach", "draft", "chat", 9, 1400, 520, 10, 0, {{3, 60}, {9, 40}}},
        {"code-review", "platform", "devtools", "agent-loop", "responses", 8, 6200, 900, 55, 40,
         {{5, 45}, {4, 25}, {10, 30}}},
        {"doc-qa", "data-platform", "knowledge", "rag-answer", "chat", 10, 4100, 420, 35, 0,
         {{16, 40}, {17, 40}, {13, 20}}},
        {"risk-scoring", "risk", "fraud", "classify", "chat", 8, 1100, 60, 25, 0, {{15, 60}, {14, 30}, {19, 10}}},
        {"lead-enrichment", "growth", "crm", "extract", "batch", 7, 1800, 300, 0, 0, {{6, 70}, {2, 30}}},
        {"research-agent", "ml-research", "labs", "agent-loop", "responses", 6, 9000, 1600, 30, 55,
         {{5, 50}, {10, 30}, {4, 20}}},
    };
    return kFeatures;
}

const QList<const char *> &tenants()
{
    static const QList<const char *> kTenants = {
        "acme",     "globex",     "initech",  "umbrella",  "hooli",    "stark",     "wayne",      "wonka",
        "tyrell",   "cyberdyne",  "soylent",  "vandelay",  "piedpiper", "aperture", "blackmesa",  "monarch",
        "oscorp",   "gringotts",  "duff",     "krusty",    "nakatomi", "weyland",   "massive-dyn", "dunder-mifflin",
    };
    return kTenants;
}

const QList<const char *> &environments()
{
    static const QList<const char *> kEnvironments = {"production", "staging", "development"};
    return kEnvironments;
}

int modelIndex(const char *name, const char *provider)
{
    const QList<Model> &all = models();
    for (int i = 0; i < all.size(); ++i) {
        if (std::strcmp(all.at(i).name, name) == 0 && std::strcmp(all.at(i).provider, provider) == 0)
            return i;
    }
    return -1;
}

} // namespace costline::demo
