// Scrolls a Usage events table over a whole workspace the way a reader holding Page Down
// would, and prints the peak resident memory and the time taken. costline-bench runs it.
//   costline-scroll-probe WORKSPACE
#include "models/eventsmodel.h"
#include "models/queryrunner.h"
#include "workspace/summaryquery.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>

#include <sys/resource.h>

#include <cstdio>

using namespace costline;

namespace {

long peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

EventPageRequest everything(const QString &path)
{
    QString error;
    const auto workspace = Workspace::open(path, Workspace::OpenMode::ExistingOnly, &error);
    EventPageRequest request;
    if (!workspace) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return request;
    }
    SummaryQuery summary(*workspace);
    request.filter.fromDay = summary.firstDay();
    request.filter.toDay = summary.lastDay();
    return request;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: costline-scroll-probe WORKSPACE\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    QueryRunner runner(path);
    EventsModel model;
    model.setRunner(&runner);
    QTableView view;
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.setModel(&model);
    view.resize(1400, 800);
    view.show();
    QElapsedTimer timer;
    timer.start();
    model.setRequest(everything(path));
    long rows = 0;
    while (!model.isComplete()) {
        QSignalSpy arrived(&model, &EventsModel::pageLoaded);
        // What the view does when its scroll bar reaches the bottom.
        view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum());
        if (model.canFetchMore({}))
            model.fetchMore({});
        if (!arrived.wait(60'000))
            break;
        app.processEvents();
        if (model.walkedRows() / 1'000'000 != rows / 1'000'000) {
            std::printf("%lld events, %lld ms, peak RSS %ld MB\n", model.walkedRows(), timer.elapsed(), peakRssMb());
            std::fflush(stdout);
        }
        rows = model.walkedRows();
    }
    std::printf("done: %lld events walked (%d rows in the table) in %lld ms, %d pages cached, peak RSS %ld MB\n",
                model.walkedRows(), model.rowCount(), timer.elapsed(), model.cachedPageCount(), peakRssMb());
    return model.isComplete() ? 0 : 1;
}
