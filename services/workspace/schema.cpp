#include "schema.h"

namespace costline {
namespace {

// The rollup sums, shared by both rollup tables.
#define COSTLINE_ROLLUP_SUMS                                                                    \
    "events INTEGER NOT NULL DEFAULT 0, requests INTEGER NOT NULL DEFAULT 0,"                   \
    " input_tokens INTEGER NOT NULL DEFAULT 0, cached_input_tokens INTEGER NOT NULL DEFAULT 0," \
    " cache_write_tokens INTEGER NOT NULL DEFAULT 0, output_tokens INTEGER NOT NULL DEFAULT 0,"  \
    " reasoning_tokens INTEGER NOT NULL DEFAULT 0, cost INTEGER NOT NULL DEFAULT 0,"            \
    " unpriced_events INTEGER NOT NULL DEFAULT 0, unpriced_tokens INTEGER NOT NULL DEFAULT 0,"  \
    " estimated_events INTEGER NOT NULL DEFAULT 0, reported_cost INTEGER NOT NULL DEFAULT 0,"   \
    " computed_cost INTEGER NOT NULL DEFAULT 0"

const char kVersion1[] =
    "CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;"
    "CREATE TABLE sources("
    " id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, kind TEXT NOT NULL,"
    " base_url TEXT, api_key_env TEXT, backfill_days INTEGER, lookback_days INTEGER,"
    " cursor TEXT, created_ms INTEGER NOT NULL, last_sync_ms INTEGER, last_success_ms INTEGER,"
    " last_status TEXT, last_error TEXT, settings TEXT);"
    // Interned dimension values; id 0 (no row) stands for "not set".
    "CREATE TABLE dim_values(id INTEGER PRIMARY KEY, dim INTEGER NOT NULL, value TEXT NOT NULL,"
    " UNIQUE(dim, value));"
    // One row per distinct combination of dimensions: events and rollups point here.
    "CREATE TABLE dim_tuples(id INTEGER PRIMARY KEY, source_id INTEGER NOT NULL,"
    " provider_id INTEGER NOT NULL, model_id INTEGER NOT NULL, operation_id INTEGER NOT NULL,"
    " api_key_id INTEGER NOT NULL, tenant_id INTEGER NOT NULL, customer_id INTEGER NOT NULL,"
    " project_id INTEGER NOT NULL, team_id INTEGER NOT NULL, feature_id INTEGER NOT NULL,"
    " workflow_id INTEGER NOT NULL, environment_id INTEGER NOT NULL,"
    " UNIQUE(source_id, provider_id, model_id, operation_id, api_key_id, tenant_id, customer_id,"
    " project_id, team_id, feature_id, workflow_id, environment_id));"
    // id = (timestamp ms << 20) | sequence: rowid order is time order, so the newest-first
    // keyset page and date ranges need no extra index. key_hash finds (source, event_id).
    "CREATE TABLE events(id INTEGER PRIMARY KEY, key_hash INTEGER NOT NULL,"
    " event_id TEXT NOT NULL, tuple_id INTEGER NOT NULL, trace_id,"
    " input_tokens INTEGER, cached_input_tokens INTEGER, cache_write_tokens INTEGER,"
    " output_tokens INTEGER, reasoning_tokens INTEGER, requests INTEGER, quantity INTEGER,"
    " unit_id INTEGER, reported_cost INTEGER, computed_cost INTEGER, price_id INTEGER,"
    " estimated INTEGER, labels TEXT);"
    "CREATE INDEX events_by_key ON events(key_hash);"
    "CREATE TABLE rollup_day(day INTEGER NOT NULL, tuple_id INTEGER NOT NULL, "
    COSTLINE_ROLLUP_SUMS ", PRIMARY KEY(day, tuple_id)) WITHOUT ROWID;"
    // The same sums per single dimension value (dim -1: everything), so unfiltered
    // one-dimension views read a few thousand rows whatever the event count.
    "CREATE TABLE rollup_dim(dim INTEGER NOT NULL, value_id INTEGER NOT NULL,"
    " day INTEGER NOT NULL, " COSTLINE_ROLLUP_SUMS ", PRIMARY KEY(dim, value_id, day)) WITHOUT ROWID;"
    "CREATE TABLE quarantine(id INTEGER PRIMARY KEY, source_id INTEGER, file TEXT, line INTEGER,"
    " reason TEXT NOT NULL, raw TEXT, created_ms INTEGER NOT NULL);"
    "CREATE TABLE imports(id INTEGER PRIMARY KEY, source_id INTEGER, kind TEXT NOT NULL,"
    " file TEXT, started_ms INTEGER NOT NULL, finished_ms INTEGER, new_rows INTEGER,"
    " updated_rows INTEGER, quarantined_rows INTEGER, status TEXT);"
    "CREATE TABLE pricing(id INTEGER PRIMARY KEY, provider TEXT NOT NULL DEFAULT '',"
    " model_pattern TEXT NOT NULL, effective_from_ms INTEGER NOT NULL,"
    " input_per_mtok INTEGER, cached_input_per_mtok INTEGER, cache_write_per_mtok INTEGER,"
    " output_per_mtok INTEGER, reasoning_per_mtok INTEGER, per_request_nano INTEGER NOT NULL DEFAULT 0,"
    " per_unit_nano INTEGER NOT NULL DEFAULT 0, unit TEXT, batch_discount_bp INTEGER NOT NULL DEFAULT 0,"
    " origin TEXT NOT NULL, catalog TEXT, created_ms INTEGER NOT NULL,"
    " UNIQUE(provider, model_pattern, effective_from_ms, origin));";


// Sync settings, money-only feeds, outcomes and invoices.
const char kVersion2[] =
    "ALTER TABLE sources ADD COLUMN auto_sync_minutes INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE sources ADD COLUMN last_rows INTEGER;"
    // An imported invoice: one row per file and provider period; its lines are billing lines.
    "CREATE TABLE invoices(id INTEGER PRIMARY KEY, provider TEXT NOT NULL, period_start INTEGER NOT NULL,"
    " period_end INTEGER NOT NULL, file TEXT, total INTEGER NOT NULL DEFAULT 0, imported_ms INTEGER NOT NULL,"
    " UNIQUE(provider, period_start, period_end));"
    // Money a provider billed (cost APIs, invoices): what events are reconciled against,
    // never added to event totals. Unique per source and line key, so a re-read replaces.
    "CREATE TABLE billing_lines(id INTEGER PRIMARY KEY, source_id INTEGER NOT NULL, line_key TEXT NOT NULL,"
    " origin TEXT NOT NULL, invoice_id INTEGER, day INTEGER NOT NULL, start_ms INTEGER NOT NULL,"
    " end_ms INTEGER NOT NULL, provider TEXT NOT NULL, model TEXT NOT NULL DEFAULT '',"
    " line_item TEXT NOT NULL DEFAULT '', project TEXT NOT NULL DEFAULT '', amount INTEGER NOT NULL,"
    " quantity INTEGER, unit TEXT, labels TEXT, updated_ms INTEGER NOT NULL,"
    " UNIQUE(source_id, line_key));"
    "CREATE INDEX billing_lines_by_day ON billing_lines(day);"
    // Business outcomes (a resolved ticket, a sale) that unit economics divides cost by.
    "CREATE TABLE outcomes(id INTEGER PRIMARY KEY, outcome_id TEXT NOT NULL UNIQUE,"
    " timestamp_ms INTEGER NOT NULL, kind TEXT NOT NULL, trace_id TEXT, feature TEXT, customer TEXT,"
    " value INTEGER, source_id INTEGER);"
    "CREATE INDEX outcomes_by_time ON outcomes(timestamp_ms);";

const char kVersion3[] =
    // A spending limit over a scope (JSON object of dimension → value; {} is everything).
    "CREATE TABLE budgets(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, scope TEXT NOT NULL DEFAULT '{}',"
    " period TEXT NOT NULL, limit_nano INTEGER NOT NULL, soft_pct INTEGER NOT NULL DEFAULT 80,"
    " enabled INTEGER NOT NULL DEFAULT 1, created_ms INTEGER NOT NULL);"
    // What an analyst decided about a signal; keyed by the signal's stable id so that it
    // survives re-detection.
    "CREATE TABLE signal_triage(signal_id TEXT PRIMARY KEY, state TEXT NOT NULL, note TEXT,"
    " first_detected_ms INTEGER NOT NULL, updated_ms INTEGER NOT NULL) WITHOUT ROWID;";

// Allocation: ordered virtual-tag rules and shared-cost pools.
const char kVersion4[] =
    // A rule gives spend whose `field` (a dimension or "label.NAME") matches `pattern` to
    // `owner` ("team:search"); the lowest position that matches wins. A rule takes part in
    // showback once applied, so its effect can be previewed first.
    "CREATE TABLE allocation_rules(id INTEGER PRIMARY KEY, position INTEGER NOT NULL, field TEXT NOT NULL,"
    " match_kind TEXT NOT NULL, pattern TEXT NOT NULL, owner TEXT NOT NULL, applied INTEGER NOT NULL DEFAULT 0,"
    " created_ms INTEGER NOT NULL);"
    // A fixed amount per month (a GPU pool, an invoice line without usage detail) split over
    // owners by a usage driver or fixed weights (JSON object owner → weight).
    "CREATE TABLE cost_pools(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, amount_nano INTEGER NOT NULL,"
    " driver TEXT NOT NULL, weights TEXT, created_ms INTEGER NOT NULL);";

// Whole calendar months per dimension tuple (month = its first day), so a filtered view
// over a long range reads one row per tuple and month instead of one per day.
const char kVersion5[] =
    "CREATE TABLE rollup_month(month INTEGER NOT NULL, tuple_id INTEGER NOT NULL, "
    COSTLINE_ROLLUP_SUMS ", PRIMARY KEY(month, tuple_id)) WITHOUT ROWID;"
    "INSERT INTO rollup_month SELECT"
    " CAST(julianday(date(day * 86400, 'unixepoch', 'start of month')) - 2440587.5 AS INTEGER), tuple_id,"
    " sum(events), sum(requests), sum(input_tokens), sum(cached_input_tokens), sum(cache_write_tokens),"
    " sum(output_tokens), sum(reasoning_tokens), sum(cost), sum(unpriced_events), sum(unpriced_tokens),"
    " sum(estimated_events), sum(reported_cost), sum(computed_cost) FROM rollup_day GROUP BY 1, 2;";

#undef COSTLINE_ROLLUP_SUMS

// Reports that were written, with the file's SHA-256 so a sent pack can be checked later.
const char kVersion6[] =
    "CREATE TABLE report_runs(id INTEGER PRIMARY KEY, kind TEXT NOT NULL, parameters TEXT NOT NULL,"
    " format TEXT NOT NULL, generated_ms INTEGER NOT NULL, generated_by TEXT NOT NULL DEFAULT '',"
    " file TEXT NOT NULL, sha256 TEXT NOT NULL);";

// Reports written on their own on a cadence into a folder. covered_to_day is the last day of
// the last period written, so no period is written twice; claimed_ms marks a run in progress.
const char kVersion7[] =
    "CREATE TABLE report_schedules(id INTEGER PRIMARY KEY, kind TEXT NOT NULL, tenant TEXT NOT NULL DEFAULT '',"
    " cadence TEXT NOT NULL, run_day INTEGER NOT NULL DEFAULT 0, format TEXT NOT NULL, page_size TEXT NOT NULL,"
    " folder TEXT NOT NULL, enabled INTEGER NOT NULL DEFAULT 1, created_ms INTEGER NOT NULL,"
    " covered_to_day INTEGER, claimed_ms INTEGER, last_run_ms INTEGER, last_status TEXT, last_message TEXT,"
    " last_file TEXT);";

// Events that carry both a reported and a computed cost, the only ones the rollups cannot
// compare: the reported-against-computed check and signal read this index alone instead of
// every event of their window. Empty, and free, where no event reports its cost.
const char kVersion8[] =
    "CREATE INDEX events_cost_pair ON events(id, reported_cost, computed_cost, tuple_id)"
    " WHERE reported_cost IS NOT NULL AND computed_cost IS NOT NULL;";

// Budgets become caps as gateways define them: who manages each (the platform or a tenant)
// and a version that every edit increments; a budget stored before is a platform cap at
// version 1. budget_alerts remembers which limit crossings were already notified, once per
// cap, period and level, so a restart does not notify again.
const char kVersion9[] =
    "ALTER TABLE budgets ADD COLUMN managed_by TEXT NOT NULL DEFAULT 'platform';"
    "ALTER TABLE budgets ADD COLUMN version INTEGER NOT NULL DEFAULT 1;"
    "ALTER TABLE budgets ADD COLUMN updated_ms INTEGER;"
    "UPDATE budgets SET updated_ms = created_ms;"
    "CREATE TABLE budget_alerts(budget_id INTEGER NOT NULL, period_start INTEGER NOT NULL, level TEXT NOT NULL,"
    " notified_ms INTEGER NOT NULL, PRIMARY KEY(budget_id, period_start, level)) WITHOUT ROWID;";

// The audit trail: an append-only hash chain of every change to settings (prices, budgets,
// rules, sources, licences, triage) and every report and export written; audit_head holds the
// last entry so that one cut off the end is missed. Access and policy events from a
// gateway's audit log, one per request. docs/audit-trail.md describes both.
const char kVersion10[] =
    "CREATE TABLE audit_log(seq INTEGER PRIMARY KEY, at_ms INTEGER NOT NULL, os_user TEXT NOT NULL,"
    " action TEXT NOT NULL, object TEXT NOT NULL, before_json TEXT, after_json TEXT, prev_hash TEXT NOT NULL,"
    " hash TEXT NOT NULL);"
    "CREATE INDEX audit_log_by_time ON audit_log(at_ms);"
    "CREATE TABLE audit_head(id INTEGER PRIMARY KEY CHECK(id = 1), seq INTEGER NOT NULL, hash TEXT NOT NULL);"
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log"
    " BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;"
    "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log"
    " BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;"
    "CREATE TABLE access_events(id INTEGER PRIMARY KEY, source_id INTEGER NOT NULL, request_id TEXT NOT NULL,"
    " timestamp_ms INTEGER NOT NULL, tenant TEXT NOT NULL DEFAULT '', key_id TEXT NOT NULL DEFAULT '',"
    " principal TEXT NOT NULL DEFAULT '', action TEXT NOT NULL, route TEXT NOT NULL DEFAULT '',"
    " provider TEXT NOT NULL DEFAULT '', model TEXT NOT NULL DEFAULT '', decision TEXT NOT NULL,"
    " policy TEXT NOT NULL DEFAULT '', reason TEXT NOT NULL DEFAULT '', data_region TEXT NOT NULL DEFAULT '',"
    " status INTEGER, UNIQUE(source_id, request_id));"
    "CREATE INDEX access_events_by_time ON access_events(timestamp_ms);";

} // namespace

const QByteArrayList &schemaMigrations()
{
    static const QByteArrayList kMigrations = {QByteArray(kVersion1), QByteArray(kVersion2), QByteArray(kVersion3),
                                                 QByteArray(kVersion4), QByteArray(kVersion5),
                                                 QByteArray(kVersion6), QByteArray(kVersion7), QByteArray(kVersion8),
                                                 QByteArray(kVersion9), QByteArray(kVersion10)};
    return kMigrations;
}

int latestSchemaVersion()
{
    return int(schemaMigrations().size());
}

} // namespace costline
