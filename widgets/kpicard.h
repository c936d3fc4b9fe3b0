#pragma once

#include <QFrame>

#include <optional>

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

namespace costline {

// One headline number with its change against the previous period of equal length.
class KpiCard final : public QFrame
{
    Q_OBJECT

public:
    // Whether a rise is bad news (cost) or just news (requests, tokens).
    enum class Tone { RiseIsBad, Neutral };

    explicit KpiCard(const QString &title, Tone tone, QWidget *parent = nullptr);

    // `value` is the shown text; `changePercent` is none when the previous period was empty.
    void setValue(const QString &value, std::optional<double> changePercent, const QString &previousText,
                  const QString &toolTip);
    void clear();
    QString valueText() const;

private:
    Tone m_tone;
    QLabel *m_title;
    QLabel *m_value;
    QLabel *m_change;
    QLabel *m_previous;
};

} // namespace costline
