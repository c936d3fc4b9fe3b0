#include "placeholdertab.h"

#include <QLabel>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace costline {

PlaceholderTab::PlaceholderTab(const QString &title, const QString &description, const QString &note, QWidget *parent)
    : TabPage(parent)
{
    // A centred card of fixed reading width: word-wrapped labels in a bare layout would
    // shrink to their minimum and cut the description off.
    auto *card = new QWidget(this);
    card->setMinimumWidth(460);
    card->setMaximumWidth(640);
    auto *heading = new QLabel(title, card);
    QFont headingFont = font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    auto *body = new QLabel(description, card);
    auto *footer = new QLabel(note, card);
    footer->setForegroundRole(QPalette::PlaceholderText);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setSpacing(12);
    for (QLabel *label : {heading, body, footer}) {
        label->setWordWrap(true);
        label->setAlignment(Qt::AlignHCenter);
        cardLayout->addWidget(label);
    }
    // Centred by stretches, not by alignment: an aligned item gets its size hint, which
    // ignores the height wrapped labels need at the card's width, and cuts the text off.
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(card, 4);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);
}

} // namespace costline
