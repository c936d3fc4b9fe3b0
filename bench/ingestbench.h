#pragma once

#include <QString>

namespace costline::bench {

struct IngestFigures
{
    double costlineSeconds = 0;
    double rawSeconds = 0;
    qint64 rows = 0;
    qint64 workspaceBytes = 0;
};

// Imports the CSV with `import csv` into a new workspace, and upserts the same rows with
// the raw sqlite3 C API into a plain table with a unique event id, in the same run.
IngestFigures measureIngest(const QString &csvPath, const QString &workspacePath, const QString &rawPath);

} // namespace costline::bench
