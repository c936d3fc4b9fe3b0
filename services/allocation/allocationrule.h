#pragma once

#include <QRegularExpression>
#include <QString>

#include <optional>

namespace costline {

// A virtual tag: spend whose field matches the pattern belongs to the owner.
struct AllocationRule
{
    enum class Match { Glob, Regex };

    qint64 id = 0;
    int position = 0;  // lower first; the first rule that matches wins
    QString field;     // a dimension name ("feature") or "label.NAME"
    Match match = Match::Glob;
    QString pattern;
    QString owner;     // "team:search", "cost_center:CC-100", "product:assistant"
    bool applied = false;

    // "label.env" → "env"; "" for a dimension field.
    QString labelName() const;
};

QString matchName(AllocationRule::Match match);
std::optional<AllocationRule::Match> matchFromName(const QString &name);

// A rule's pattern compiled once, anchored: a glob's * and ? match any characters ('/'
// included, model names carry them), a regex must match the whole value.
class RuleMatcher final
{
public:
    explicit RuleMatcher(const AllocationRule &rule);

    bool isValid() const { return m_re.isValid(); }
    QString error() const { return m_re.errorString(); }
    bool matches(const QString &value) const { return m_re.match(value).hasMatch(); }

private:
    QRegularExpression m_re;
};

// Owners are "kind:value" with a non-empty kind and value.
bool isValidOwner(const QString &owner);

} // namespace costline
