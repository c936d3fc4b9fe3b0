#include "eventstab.h"

#include "eventdetailpane.h"
#include "models/eventsmodel.h"
#include "models/moneyformat.h"
#include "models/queryrunner.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace costline {

EventsTab::EventsTab(QWidget *parent)
    : TabPage(parent), m_model(new EventsModel(this)), m_table(new QTableView(this)), m_detail(new EventDetailPane(this)),
      m_back(new QPushButton(tr("◀ Back"), this)), m_sliceLabel(new QLabel(this)), m_text(new QLineEdit(this)),
      m_status(new QLabel(this)), m_textDelay(new QTimer(this))
{
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights keep scrolling cheap however many rows arrive.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setSectionsClickable(true);
    m_table->horizontalHeader()->setSortIndicator(m_sortColumn, m_sortOrder);
    // Wide enough for the usual content and for the header with its sort arrow.
    const QFontMetrics metrics = m_table->fontMetrics();
    for (int c = 0; c < EventColumnCount; ++c) {
        const bool digits = isEventNumberColumn(c) || c == TimestampColumn;
        const int charWidth = digits ? metrics.horizontalAdvance(QLatin1Char('0')) : metrics.averageCharWidth();
        const int header = metrics.horizontalAdvance(eventColumnShortTitle(c)) + (EventsModel::isSortable(c) ? 24 : 4);
        m_table->setColumnWidth(c, qMax(charWidth * eventColumnWidthChars(c), header) + 12);
    }
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, &EventsTab::onSortIndicatorChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &EventsTab::onCurrentRowChanged);
    connect(m_model, &EventsModel::pageLoaded, this, [this](int page) {
        updateStatus();
        if (page != 0)
            return;
        // Show the newest event's details at once: the pane is never empty with rows on screen.
        if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
            m_table->setCurrentIndex(m_model->index(0, 0));
        markLoaded();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &EventsTab::updateStatus);
    // Rows leaving the top of the model's window must not move what the reader is looking at.
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this](const QModelIndex &, int first, int last) {
        QScrollBar *bar = m_table->verticalScrollBar();
        bar->setValue(qMax(0, bar->value() - (last - first + 1)));
    });
    m_textDelay->setSingleShot(true);
    m_textDelay->setInterval(300);
    connect(m_textDelay, &QTimer::timeout, this, [this] { markDirty(); });
    // The detail pane sits below the table so the table keeps the full width for its columns.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildToolbar());
    layout->addWidget(splitter, 1);
    auto *copy = new QShortcut(QKeySequence::Copy, m_table);
    copy->setContext(Qt::WidgetShortcut);
    connect(copy, &QShortcut::activated, this, &EventsTab::copySelection);
}

QWidget *EventsTab::buildToolbar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_back->setToolTip(tr("Back to Cost drivers"));
    m_back->setVisible(false);
    connect(m_back, &QPushButton::clicked, this, [this] {
        clearSlice();
        emit backRequested();
    });
    m_text->setPlaceholderText(tr("Filter: any value, event id or trace id"));
    m_text->setClearButtonEnabled(true);
    m_text->setMinimumWidth(260);
    m_text->setAccessibleName(tr("Filter usage events"));
    connect(m_text, &QLineEdit::textChanged, m_textDelay, qOverload<>(&QTimer::start));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_table->setAccessibleName(tr("Usage events"));
    auto *copy = new QPushButton(tr("Copy rows"), bar);
    copy->setToolTip(tr("Copy the selected rows, tab-separated for spreadsheets"));
    copy->setAccessibleDescription(copy->toolTip());
    connect(copy, &QPushButton::clicked, this, &EventsTab::copySelection);
    auto *exportButton = new QPushButton(tr("Export CSV…"), bar);
    exportButton->setToolTip(tr("Write every event that matches the filter to a CSV file (Ctrl+E)"));
    exportButton->setAccessibleDescription(exportButton->toolTip());
    connect(exportButton, &QPushButton::clicked, this, &EventsTab::chooseExportFile);
    row->addWidget(m_back);
    row->addWidget(m_sliceLabel);
    row->addWidget(m_text);
    row->addWidget(m_status, 1);
    row->addWidget(copy);
    row->addWidget(exportButton);
    return bar;
}

void EventsTab::showSlice(Dimension dim, const QString &value)
{
    showSlice(QMap<Dimension, QString>{{dim, value}});
}

void EventsTab::showSlice(const QMap<Dimension, QString> &slice)
{
    m_slice = slice;
    m_back->setVisible(true);
    QStringList parts;
    for (auto it = slice.cbegin(); it != slice.cend(); ++it)
        parts << tr("<b>%1 = %2</b>").arg(dimensionLabel(it.key()), dimensionValueText(it.value()).toHtmlEscaped());
    m_sliceLabel->setText(parts.join(QStringLiteral(" · ")));
    markDirty();
}

void EventsTab::clearSlice()
{
    if (m_slice.isEmpty())
        return;
    m_slice.clear();
    m_back->setVisible(false);
    m_sliceLabel->clear();
    markDirty();
}

void EventsTab::setFilterText(const QString &text)
{
    m_text->setText(text);
    m_textDelay->stop();
    markDirty();
}

void EventsTab::reload()
{
    GlobalFilter filter = this->filter();
    for (auto it = m_slice.cbegin(); it != m_slice.cend(); ++it)
        filter = filter.narrowedTo(it.key(), it.value());
    EventPageRequest request;
    request.filter = filter.toEventFilter();
    request.text = m_text->text();
    request.order = m_model->request().order;
    m_detail->clear();
    m_model->setRunner(runner());
    m_model->setRequest(request);
}

void EventsTab::onSortIndicatorChanged(int column, Qt::SortOrder order)
{
    if (!EventsModel::isSortable(column)) {
        // Only time and cost sort the whole set; keep showing the order in force.
        const QSignalBlocker blocker(m_table->horizontalHeader());
        m_table->horizontalHeader()->setSortIndicator(m_sortColumn, m_sortOrder);
        return;
    }
    m_sortColumn = column;
    m_sortOrder = order;
    m_model->sort(column, order);
}

void EventsTab::onCurrentRowChanged()
{
    const EventRow *row = m_model->eventAt(m_table->currentIndex().row());
    if (row)
        m_detail->showDetails(*row);
    else
        m_detail->clear();
}

void EventsTab::updateStatus()
{
    const QString count = formatCount(m_model->walkedRows());
    QString text = m_model->isComplete() ? tr("%1 events, %2").arg(count, formatMoney(m_model->loadedCostNano()))
                                         : tr("%1 events loaded, more as you scroll").arg(count);
    if (m_model->droppedRows() > 0) {
        text += tr(" · showing %1–%2 (sort or filter to go back to the start)")
                    .arg(formatCount(m_model->droppedRows() + 1), formatCount(m_model->walkedRows()));
    }
    m_status->setText(text);
}

QString EventsTab::selectedRowsText() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    QStringList lines{eventExportHeaders().join(QLatin1Char('\t'))};
    for (const int row : std::as_const(rows)) {
        const EventRow *event = m_model->eventAt(row);
        if (!event)
            continue;
        QStringList cells;
        for (int c = 0; c < EventColumnCount; ++c)
            cells << eventExportText(*event, c).replace(QLatin1Char('\t'), QLatin1Char(' '));
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void EventsTab::copySelection()
{
    if (m_table->selectionModel()->hasSelection())
        QApplication::clipboard()->setText(selectedRowsText());
}

bool EventsTab::focusSearch()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
    return true;
}

void EventsTab::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export usage events"), QStringLiteral("usage-events.csv"),
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path, true);
}

} // namespace costline
