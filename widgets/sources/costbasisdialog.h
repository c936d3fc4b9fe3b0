#pragma once

#include "workspace/costbasis.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QFormLayout;
class QLabel;
class QProgressBar;
class QPushButton;

namespace costline {

class QueryRunner;

// Settings → Cost basis of FOCUS sources: which cost column each FOCUS billing export counts
// (billed, effective for the amortised view, list or contracted). Apply moves the source's
// stored events to the new basis off the UI thread, without a re-import.
class CostBasisDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit CostBasisDialog(QString workspacePath, QWidget *parent = nullptr);

    // The basis chosen for a source in the form (tests choose through it as a user would).
    void chooseBasis(const QString &source, CostBasis basis);
    QString statusText() const;
    int sourceCount() const { return int(m_choices.size()); }

public Q_SLOTS:
    void apply();

Q_SIGNALS:
    void sourcesLoaded();
    void basisChanged(); // events moved: the tabs read again
    void applyFinished(bool ok);

private:
    void showSources(const QList<SourceCostBasis> &sources);
    void showChanges(const QStringList &lines, bool ok);
    void setBusy(bool busy);

    QueryRunner *m_runner;
    QFormLayout *m_form = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_apply = nullptr;
    QHash<QString, QComboBox *> m_choices;
    QHash<QString, CostBasis> m_stored;
};

} // namespace costline
