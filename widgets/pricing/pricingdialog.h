#pragma once

#include <QDialog>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
class QProgressDialog;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
QT_END_NAMESPACE

namespace costline {

class PricingModel;
class QueryRunner;
struct PriceEntry;
struct PricingChangeResult;

// Settings → Model pricing: the price list (user and catalogue entries), add / edit /
// remove, import LiteLLM's catalogue, and the pricing gaps with their money at stake. Every
// change re-prices all events off the UI thread with a progress dialog that can cancel.
class PricingDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PricingDialog(const QString &workspacePath, QWidget *parent = nullptr);
    ~PricingDialog() override;

    PricingModel *model() const { return m_model; }
    QTableView *entriesView() const { return m_entries; }
    QTableView *gapsView() const { return m_gapsView; }
    QString statusText() const;
    void selectEntry(qint64 id);

public slots:
    void addEntry();
    void editEntry();
    void removeEntry();
    void importCatalogue();
    void priceSelectedGap();

signals:
    // Prices changed and events were re-priced (all or, after Cancel, some): every tab's
    // numbers are out of date.
    void pricingChanged();

private:
    QWidget *buildEntries();
    QWidget *buildGaps();
    void editWith(const PriceEntry &entry, qint64 replacesId, const QString &note);
    qint64 selectedId() const;
    void onLoaded();
    void onChangeStarted();
    void onProgress(qint64 done, qint64 total);
    void onChangeFinished(const PricingChangeResult &result);
    void updateButtons();
    void setStatus(const QString &text, bool error);

    QueryRunner *m_runner;
    PricingModel *m_model;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_entries = nullptr;
    QTableView *m_gapsView = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_gapsNote = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_priceGap = nullptr;
    QPushButton *m_reprice = nullptr;
    QPointer<QProgressDialog> m_progress;
};

} // namespace costline
