#pragma once

#include "pricing/priceentry.h"

#include <QJsonObject>

namespace costline {

// A price as the audit trail records it: every field, prices per million tokens as exact
// USD decimals.
QJsonObject priceAuditJson(const PriceEntry &entry);
// "price:openai/gpt-4o from 2024-05-13 (user)"
QString priceAuditObject(const PriceEntry &entry);

} // namespace costline
