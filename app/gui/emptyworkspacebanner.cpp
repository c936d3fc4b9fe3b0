#include "emptyworkspacebanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace costline {

EmptyWorkspaceBanner::EmptyWorkspaceBanner(QWidget *parent) : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    auto *text = new QLabel(tr("<b>This workspace has no usage yet.</b> Import a usage CSV (File → Import usage CSV…) "
                               "or add a provider or gateway as a source (Settings → Sources & provider keys…) and sync "
                               "it; every tab fills in from there."),
                            this);
    text->setWordWrap(true);
    auto *import = new QPushButton(tr("Import usage CSV…"), this);
    auto *source = new QPushButton(tr("Add a source…"), this);
    connect(import, &QPushButton::clicked, this, &EmptyWorkspaceBanner::importRequested);
    connect(source, &QPushButton::clicked, this, &EmptyWorkspaceBanner::addSourceRequested);
    setAccessibleName(tr("Empty workspace"));
    setAccessibleDescription(text->text());
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(text, 1);
    layout->addWidget(import);
    layout->addWidget(source);
}

} // namespace costline
