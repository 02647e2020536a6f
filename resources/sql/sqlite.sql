-- Dealix schema, SQLite rendering (README "Rules: Dealix schema"), with the enhanced approval columns and
-- our optional tables (marked below), as README "The demo database" describes it. UUIDs as text, JSONB as JSON text,
-- timestamps ISO-8601 UTC text (yyyy-MM-ddTHH:mm:ss.zzzZ), dates yyyy-MM-dd.
-- created_at and updated_at are nullable without a default, as in Dealix (set by its Python code).
-- SQLAlchemy Enum columns hold the upper-case member names, as Dealix stores them.
CREATE TABLE IF NOT EXISTS tenants (
    id TEXT PRIMARY KEY, created_at TEXT, updated_at TEXT,
    name TEXT NOT NULL, name_ar TEXT, slug TEXT NOT NULL UNIQUE, industry TEXT,
    plan TEXT DEFAULT 'basic', logo_url TEXT, phone TEXT, email TEXT, whatsapp_number TEXT,
    settings TEXT, is_active INTEGER DEFAULT 1);
CREATE TABLE IF NOT EXISTS users (
    id TEXT PRIMARY KEY, created_at TEXT, updated_at TEXT,
    tenant_id TEXT NOT NULL REFERENCES tenants(id),
    email TEXT NOT NULL, password_hash TEXT NOT NULL, full_name TEXT, full_name_ar TEXT,
    role TEXT DEFAULT 'agent', phone TEXT, is_active INTEGER DEFAULT 1, last_login TEXT,
    UNIQUE (tenant_id, email));
CREATE TABLE IF NOT EXISTS leads (
    id TEXT PRIMARY KEY, created_at TEXT, updated_at TEXT,
    tenant_id TEXT NOT NULL REFERENCES tenants(id),
    assigned_to TEXT REFERENCES users(id), name TEXT NOT NULL, phone TEXT, email TEXT,
    source TEXT, status TEXT DEFAULT 'new', score INTEGER, notes TEXT, extra_metadata TEXT,
    company_name TEXT, sector TEXT, city TEXT);
CREATE TABLE IF NOT EXISTS deals (
    id TEXT PRIMARY KEY, created_at TEXT, updated_at TEXT,
    tenant_id TEXT NOT NULL REFERENCES tenants(id),
    lead_id TEXT REFERENCES leads(id), customer_id TEXT, assigned_to TEXT REFERENCES users(id),
    title TEXT NOT NULL, value NUMERIC, currency TEXT DEFAULT 'SAR', stage TEXT DEFAULT 'new',
    probability INTEGER DEFAULT 0, expected_close_date TEXT, closed_at TEXT, notes TEXT,
    payment_status TEXT DEFAULT 'unpaid');
CREATE TABLE IF NOT EXISTS approval_requests (
    id TEXT PRIMARY KEY, created_at TEXT, updated_at TEXT,
    tenant_id TEXT NOT NULL REFERENCES tenants(id),
    channel TEXT NOT NULL, resource_type TEXT NOT NULL, resource_id TEXT NOT NULL, payload TEXT,
    status TEXT NOT NULL DEFAULT 'pending', requested_by_id TEXT NOT NULL REFERENCES users(id),
    reviewed_by_id TEXT REFERENCES users(id), reviewed_at TEXT, note TEXT,
    -- enhanced columns: proposed by Dealix, not in its models (docs/dealix-data.md); optional
    priority TEXT, category TEXT, escalation_level INTEGER, sla_deadline_at TEXT);
CREATE TABLE IF NOT EXISTS integration_sync_states (
    id TEXT PRIMARY KEY, created_at TEXT, updated_at TEXT,
    tenant_id TEXT NOT NULL REFERENCES tenants(id),
    connector_key TEXT NOT NULL, display_name_ar TEXT, last_success_at TEXT, last_attempt_at TEXT,
    status TEXT NOT NULL DEFAULT 'unknown', last_error TEXT, UNIQUE (tenant_id, connector_key));
CREATE TABLE IF NOT EXISTS compliance_controls (
    id TEXT PRIMARY KEY, created_at TEXT, updated_at TEXT,
    tenant_id TEXT NOT NULL REFERENCES tenants(id),
    control_id TEXT NOT NULL, control_name TEXT NOT NULL, control_name_ar TEXT,
    category TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'PARTIAL', evidence_source TEXT,
    last_checked_at TEXT, last_result TEXT, remediation_plan TEXT, owner TEXT,
    risk_level TEXT NOT NULL DEFAULT 'MEDIUM');
CREATE TABLE IF NOT EXISTS contradictions (
    id TEXT PRIMARY KEY, created_at TEXT, updated_at TEXT,
    tenant_id TEXT NOT NULL REFERENCES tenants(id),
    source_a TEXT NOT NULL, source_b TEXT NOT NULL, claim_a TEXT NOT NULL, claim_b TEXT NOT NULL,
    contradiction_type TEXT NOT NULL DEFAULT 'FACTUAL', severity TEXT NOT NULL DEFAULT 'MEDIUM',
    status TEXT NOT NULL DEFAULT 'DETECTED', detected_by TEXT NOT NULL DEFAULT 'manual',
    resolution TEXT, evidence TEXT, resolved_by_id TEXT REFERENCES users(id), resolved_at TEXT);
CREATE TABLE IF NOT EXISTS company_profiles (
    id TEXT PRIMARY KEY, created_at TEXT, updated_at TEXT,
    tenant_id TEXT NOT NULL REFERENCES tenants(id),
    company_name TEXT NOT NULL, cr_number TEXT UNIQUE, industry TEXT, region TEXT,
    capabilities TEXT, needs TEXT, trust_score REAL, is_verified INTEGER DEFAULT 0);
CREATE TABLE IF NOT EXISTS strategic_deals (
    id TEXT PRIMARY KEY, created_at TEXT, updated_at TEXT,
    tenant_id TEXT NOT NULL REFERENCES tenants(id),
    initiator_profile_id TEXT NOT NULL REFERENCES company_profiles(id),
    target_profile_id TEXT REFERENCES company_profiles(id), target_company_name TEXT,
    target_contact_phone TEXT, target_contact_email TEXT, deal_type TEXT DEFAULT 'partnership',
    deal_title TEXT NOT NULL, deal_title_ar TEXT, our_offer TEXT, our_need TEXT,
    proposed_terms TEXT, agreed_terms TEXT, estimated_value_sar NUMERIC,
    status TEXT DEFAULT 'discovery', channel TEXT DEFAULT 'whatsapp', ai_confidence REAL,
    negotiation_history TEXT, notes TEXT, notes_ar TEXT, closed_at TEXT);
CREATE TABLE IF NOT EXISTS evidence_packs (
    id TEXT PRIMARY KEY, created_at TEXT, updated_at TEXT,
    tenant_id TEXT NOT NULL REFERENCES tenants(id),
    title TEXT NOT NULL, title_ar TEXT, pack_type TEXT NOT NULL, entity_type TEXT, entity_id TEXT,
    assembled_by_id TEXT REFERENCES users(id), reviewed_by_id TEXT REFERENCES users(id),
    reviewed_at TEXT, status TEXT NOT NULL DEFAULT 'ASSEMBLING', contents TEXT,
    pack_metadata TEXT, hash_signature TEXT);
CREATE TABLE IF NOT EXISTS consents (
    id TEXT PRIMARY KEY, created_at TEXT, updated_at TEXT,
    tenant_id TEXT, lead_id TEXT REFERENCES leads(id), customer_id TEXT,
    contact_phone TEXT, contact_email TEXT, channel TEXT, status TEXT DEFAULT 'PENDING',
    opted_in_at TEXT, opted_out_at TEXT, source TEXT, ip_address TEXT);
CREATE TABLE IF NOT EXISTS pdpl_consents (
    id TEXT PRIMARY KEY, created_at TEXT, updated_at TEXT,
    tenant_id TEXT NOT NULL REFERENCES tenants(id),
    contact_id TEXT NOT NULL REFERENCES leads(id), purpose TEXT NOT NULL, channel TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'granted', expires_at TEXT NOT NULL,
    granted_by TEXT REFERENCES users(id), granted_at TEXT, revoked_at TEXT, ip_address TEXT,
    consent_text TEXT);
CREATE TABLE IF NOT EXISTS pdpl_consent_audit (
    id TEXT PRIMARY KEY, created_at TEXT, updated_at TEXT,
    tenant_id TEXT NOT NULL REFERENCES tenants(id),
    consent_id TEXT NOT NULL REFERENCES pdpl_consents(id), contact_id TEXT, actor_id TEXT,
    action TEXT NOT NULL, channel TEXT, purpose TEXT, details TEXT);
CREATE TABLE IF NOT EXISTS pdpl_data_requests (
    id TEXT PRIMARY KEY, created_at TEXT, updated_at TEXT,
    tenant_id TEXT NOT NULL REFERENCES tenants(id),
    contact_id TEXT REFERENCES leads(id), request_type TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending', requested_at TEXT, completed_at TEXT,
    response_data TEXT, handled_by TEXT REFERENCES users(id), notes TEXT);
CREATE TABLE IF NOT EXISTS audit_logs (
    id TEXT PRIMARY KEY, created_at TEXT, updated_at TEXT,
    tenant_id TEXT NOT NULL REFERENCES tenants(id),
    user_id TEXT REFERENCES users(id), action TEXT, entity_type TEXT, entity_id TEXT,
    changes TEXT, ip_address TEXT);
-- Optional tables of this app (README "Rules: Sources").
CREATE TABLE IF NOT EXISTS revenue_targets (
    id TEXT PRIMARY KEY, created_at TEXT, updated_at TEXT,
    tenant_id TEXT NOT NULL REFERENCES tenants(id),
    period_start TEXT NOT NULL, period_end TEXT NOT NULL, track TEXT NOT NULL DEFAULT 'revenue',
    target_value_sar NUMERIC NOT NULL);
CREATE TABLE IF NOT EXISTS risks (
    id TEXT PRIMARY KEY, created_at TEXT, updated_at TEXT,
    tenant_id TEXT NOT NULL REFERENCES tenants(id),
    title TEXT NOT NULL, title_ar TEXT, category TEXT, likelihood INTEGER NOT NULL,
    impact INTEGER NOT NULL, status TEXT NOT NULL DEFAULT 'open', owner TEXT, mitigation TEXT);
CREATE TABLE IF NOT EXISTS connector_probes (
    id TEXT PRIMARY KEY, created_at TEXT, updated_at TEXT,
    tenant_id TEXT NOT NULL REFERENCES tenants(id),
    connector_key TEXT NOT NULL, endpoint_url TEXT NOT NULL, timeout_ms INTEGER DEFAULT 5000,
    slow_threshold_ms INTEGER DEFAULT 2000, enabled INTEGER DEFAULT 1,
    UNIQUE (tenant_id, connector_key));
CREATE TABLE IF NOT EXISTS compliance_scan_results (
    id TEXT PRIMARY KEY, created_at TEXT, updated_at TEXT,
    tenant_id TEXT NOT NULL REFERENCES tenants(id),
    control_id TEXT NOT NULL, status TEXT NOT NULL, evidence TEXT, checked_at TEXT NOT NULL,
    checked_by TEXT);
-- Indexes: not here. The app's catalogue of indexes (models/source/indexadvice.cpp) creates
-- them (Ddl::apply); `dealix-desk indexes --format sql` prints them.
