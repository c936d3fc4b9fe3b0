#include "kpicard.h"

#include "models/moneyformat.h"
#include "models/statuscolours.h"

#include <QLabel>
#include <QVBoxLayout>

namespace costline {

KpiCard::KpiCard(const QString &title, Tone tone, QWidget *parent)
    : QFrame(parent), m_tone(tone), m_title(new QLabel(title, this)), m_value(new QLabel(this)), m_change(new QLabel(this)),
      m_previous(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 0.95);
    m_title->setFont(titleFont);
    m_title->setForegroundRole(QPalette::PlaceholderText);
    m_previous->setFont(titleFont);
    m_previous->setForegroundRole(QPalette::PlaceholderText);
    QFont valueFont = font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.8);
    valueFont.setBold(true);
    m_value->setFont(valueFont);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_change);
    layout->addWidget(m_previous);
    // Screen readers hear the card as one unit: its title, then the number and its change.
    setAccessibleName(title);
    m_value->setAccessibleName(title);
    clear();
}

void KpiCard::clear()
{
    m_value->setText(QStringLiteral("…"));
    m_change->setText(QStringLiteral(" "));
    m_previous->setText(QStringLiteral(" "));
    setAccessibleDescription(tr("Loading"));
}

QString KpiCard::valueText() const
{
    return m_value->text();
}

void KpiCard::setValue(const QString &value, std::optional<double> changePercent, const QString &previousText,
                       const QString &toolTip)
{
    m_value->setText(value);
    setToolTip(toolTip);
    QString arrow;
    QString colour = palette().color(QPalette::PlaceholderText).name();
    if (changePercent && *changePercent != 0.0) {
        arrow = *changePercent > 0.0 ? QStringLiteral("▲ ") : QStringLiteral("▼ ");
        if (m_tone == Tone::RiseIsBad)
            colour = (*changePercent > 0.0 ? costRiseColour(palette()) : costFallColour(palette())).name();
    }
    const QString change = changePercent ? arrow + formatPercentDelta(changePercent) : tr("no previous data");
    m_change->setText(QStringLiteral("<span style=\"color:%1\">%2</span>").arg(colour, change.toHtmlEscaped()));
    m_previous->setText(previousText);
    setAccessibleDescription(tr("%1, %2, %3").arg(value, change, previousText));
}

} // namespace costline
