#pragma once

#include "core/usageevent.h"
#include "otelattributes.h"

#include <QJsonObject>
#include <QList>

namespace costline {

// Sets a model call's tenant, customer, project, team, feature, workflow and environment
// from the attributes it inherits (`chain`: its own span's, its ancestors' nearest first,
// then its resource's), and adds its user, session, agent and service as labels.
// The nearest span that names a dimension wins; on one span `costline.<dimension>` wins
// over the conventions' names. The names read are listed in the README.
void readDimensions(const QList<const OtelAttributes *> &chain, UsageEvent *event, QJsonObject *labels);

} // namespace costline
