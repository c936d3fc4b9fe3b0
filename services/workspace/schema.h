#pragma once

#include <QByteArrayList>

namespace costline {

// Marks a SQLite file as a Costline workspace (PRAGMA application_id, "CSTL").
constexpr int kWorkspaceApplicationId = 0x4353544C;

// Forward migrations: entry i takes the schema from version i to i + 1. Append only;
// a shipped migration never changes.
const QByteArrayList &schemaMigrations();
int latestSchemaVersion();

} // namespace costline
