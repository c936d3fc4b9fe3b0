#pragma once

#include "importers/importresult.h"

#include <QObject>

#include <atomic>
#include <memory>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace costline {

// What a file is imported as: usage events, or an invoice whose lines usage is reconciled against.
enum class ImportKind { UsageCsv, Invoice };

// Imports a file on a worker thread with its own workspace connection, behind a progress
// dialog whose Cancel rolls the whole file back.
class ImportJob final : public QObject
{
    Q_OBJECT

public:
    explicit ImportJob(QObject *parent = nullptr);

    // `dialogParent` null: no dialog (tests).
    void start(ImportKind kind, const QString &workspacePath, const QString &csvPath, QWidget *dialogParent);
    void cancel();

signals:
    void finished(const ImportResult &result);

private:
    struct State
    {
        std::atomic<qint64> done{0};
        std::atomic<qint64> total{0};
        std::atomic<bool> cancel{false};
    };
    std::shared_ptr<State> m_state;
};

} // namespace costline
