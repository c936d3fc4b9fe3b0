#include "placeholdertab.h"

#include <QLabel>
#include <QVBoxLayout>

namespace costline {

PlaceholderTab::PlaceholderTab(const QString &title, const QString &description, const QString &note, QWidget *parent)
    : TabPage(parent)
{
    auto *heading = new QLabel(title, this);
    QFont headingFont = font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    auto *body = new QLabel(description, this);
    body->setWordWrap(true);
    body->setMaximumWidth(640);
    auto *footer = new QLabel(note, this);
    footer->setWordWrap(true);
    footer->setMaximumWidth(640);
    footer->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    for (QLabel *label : {heading, body, footer}) {
        label->setAlignment(Qt::AlignHCenter);
        layout->addWidget(label, 0, Qt::AlignHCenter);
    }
    layout->addStretch(2);
}

} // namespace costline
