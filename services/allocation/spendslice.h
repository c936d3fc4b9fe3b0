#pragma once

#include "core/dimension.h"
#include "workspace/eventfilter.h"

#include <QHash>
#include <QList>
#include <QString>

#include <array>

namespace costline {

class Workspace;

// Spend that shares every attribute a rule can look at: one dimension tuple (and, when
// rules read labels, one label set). Each slice gets exactly one owner, so spend carrying
// several matching tags is never counted twice.
struct SpendSlice
{
    std::array<QString, kDimensionCount> dims;
    QHash<QString, QString> labels;
    qint64 costNano = 0;
    qint64 tokens = 0;
    qint64 requests = 0;
    qint64 gpuSecondsNano = 0; // quantity × 1e9 of units named gpu-second(s)
    qint64 unpricedEvents = 0;

    QString value(const QString &field) const;
};

struct SliceOptions
{
    bool withLabels = false; // read raw events grouped by label set
    bool withGpu = false;    // read raw events for the GPU-seconds driver
};

// Reads the filter's spend as slices: from the rollups per tuple, or from raw events when
// labels or GPU-seconds are needed (the rollups carry neither).
QList<SpendSlice> readSlices(Workspace &workspace, const EventFilter &filter, const SliceOptions &options);

} // namespace costline
