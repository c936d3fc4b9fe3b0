#include "globalfilter.h"

#include <QCoreApplication>

namespace costline {

EventFilter GlobalFilter::toEventFilter() const
{
    EventFilter filter;
    filter.fromDay = range.fromDay;
    filter.toDay = range.toDay;
    for (auto it = where.cbegin(); it != where.cend(); ++it) {
        if (!it.value().isEmpty())
            filter.where.insert(it.key(), it.value());
    }
    return filter;
}

GlobalFilter GlobalFilter::narrowedTo(Dimension dim, const QString &value) const
{
    GlobalFilter narrowed = *this;
    narrowed.where[dim] = QStringList{value};
    return narrowed;
}

QList<Dimension> globalFilterDimensions()
{
    return {Dimension::Provider, Dimension::Model,  Dimension::Team,     Dimension::Project,
            Dimension::Tenant,   Dimension::Customer, Dimension::Source};
}

const char *dimensionLabelSource(Dimension dim)
{
    switch (dim) {
    case Dimension::Source:
        return QT_TRANSLATE_NOOP("costline::Dimension", "Source");
    case Dimension::Provider:
        return QT_TRANSLATE_NOOP("costline::Dimension", "Provider");
    case Dimension::Model:
        return QT_TRANSLATE_NOOP("costline::Dimension", "Model");
    case Dimension::Operation:
        return QT_TRANSLATE_NOOP("costline::Dimension", "Operation");
    case Dimension::ApiKey:
        return QT_TRANSLATE_NOOP("costline::Dimension", "API key");
    case Dimension::Tenant:
        return QT_TRANSLATE_NOOP("costline::Dimension", "Tenant");
    case Dimension::Customer:
        return QT_TRANSLATE_NOOP("costline::Dimension", "Customer");
    case Dimension::Project:
        return QT_TRANSLATE_NOOP("costline::Dimension", "Project");
    case Dimension::Team:
        return QT_TRANSLATE_NOOP("costline::Dimension", "Team");
    case Dimension::Feature:
        return QT_TRANSLATE_NOOP("costline::Dimension", "Feature");
    case Dimension::Workflow:
        return QT_TRANSLATE_NOOP("costline::Dimension", "Workflow");
    case Dimension::Environment:
        return QT_TRANSLATE_NOOP("costline::Dimension", "Environment");
    case Dimension::Count:
        break;
    }
    return "";
}

QString dimensionLabel(Dimension dim)
{
    return QCoreApplication::translate("costline::Dimension", dimensionLabelSource(dim));
}

QString dimensionValueText(const QString &value)
{
    return value.isEmpty() ? QCoreApplication::translate("costline::Dimension", "(not set)") : value;
}

} // namespace costline
