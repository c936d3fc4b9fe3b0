#pragma once

#include <QList>

namespace costline::demo {

// The made-up organisation the demo workspace describes.

struct Model
{
    const char *provider;
    const char *name;
    bool hasPrice; // two models are deliberately missing from the catalogue
};

struct Feature
{
    const char *name;
    const char *team;
    const char *project;
    const char *workflow;
    const char *operation;
    int weight;          // share of traffic
    int meanInput;       // tokens
    int meanOutput;      // tokens
    int cachedPct;       // share of input read from cache
    int reasoningPct;    // share of output spent reasoning (reasoning models only)
    QList<QPair<int, int>> modelMix; // (model index, weight)
};

const QList<Model> &models();
const QList<Feature> &features();
const QList<const char *> &tenants();
const QList<const char *> &environments();

// Indexes into models() used by the injected events.
int modelIndex(const char *name, const char *provider);

} // namespace costline::demo
