#include "globalfilter.h"

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
    return {Dimension::Provider, Dimension::Model,  Dimension::Team,
            Dimension::Project,  Dimension::Tenant, Dimension::Customer};
}

QString dimensionLabel(Dimension dim)
{
    switch (dim) {
    case Dimension::Source:
        return QStringLiteral("Source");
    case Dimension::Provider:
        return QStringLiteral("Provider");
    case Dimension::Model:
        return QStringLiteral("Model");
    case Dimension::Operation:
        return QStringLiteral("Operation");
    case Dimension::ApiKey:
        return QStringLiteral("API key");
    case Dimension::Tenant:
        return QStringLiteral("Tenant");
    case Dimension::Customer:
        return QStringLiteral("Customer");
    case Dimension::Project:
        return QStringLiteral("Project");
    case Dimension::Team:
        return QStringLiteral("Team");
    case Dimension::Feature:
        return QStringLiteral("Feature");
    case Dimension::Workflow:
        return QStringLiteral("Workflow");
    case Dimension::Environment:
        return QStringLiteral("Environment");
    case Dimension::Count:
        break;
    }
    return {};
}

QString dimensionValueText(const QString &value)
{
    return value.isEmpty() ? QStringLiteral("(not set)") : value;
}

} // namespace costline
