-- Dealix schema, PostgreSQL rendering, as a real Dealix database has it (README "Rules: Dealix schema"),
-- plus the enhanced approval columns (priority, category, escalation_level, sla_deadline_at) and
-- our optional tables (revenue_targets, risks, connector_probes, compliance_scan_results), which a
-- real Dealix database may lack: the app and the demo generator work without them.
-- UUID, JSONB, TIMESTAMPTZ and NUMERIC columns; native enum types whose labels are the
-- upper-case SQLAlchemy member names; forced, default-deny row-level security on tenant tables.
-- As Dealix creates its tables: tenant_id, id, created_at and updated_at come last, and
-- created_at/updated_at are nullable without a server default (Dealix's Python code sets them),
-- so a row written without them has none. Our optional tables follow the same shape.
CREATE TYPE compliancecategory AS ENUM ('PDPL', 'ZATCA', 'SDAIA', 'NCA', 'SECTOR_SPECIFIC');
CREATE TYPE compliancestatus AS ENUM ('COMPLIANT', 'NON_COMPLIANT', 'PARTIAL', 'NOT_APPLICABLE');
CREATE TYPE risklevel AS ENUM ('CRITICAL', 'HIGH', 'MEDIUM', 'LOW');
CREATE TYPE contradictiontype AS ENUM ('FACTUAL', 'TEMPORAL', 'SCOPE', 'POLICY');
CREATE TYPE contradictionseverity AS ENUM ('CRITICAL', 'HIGH', 'MEDIUM', 'LOW');
CREATE TYPE contradictionstatus AS ENUM ('DETECTED', 'REVIEWING', 'RESOLVED', 'ACCEPTED');
CREATE TYPE evidencepacktype AS ENUM ('DEAL_CLOSURE', 'COMPLIANCE_AUDIT', 'QUARTERLY_REVIEW',
    'INCIDENT_RESPONSE', 'BOARD_REPORT');
CREATE TYPE evidencepackstatus AS ENUM ('ASSEMBLING', 'READY', 'REVIEWED', 'ARCHIVED');
CREATE TYPE consentchannel AS ENUM ('WHATSAPP', 'SMS', 'EMAIL', 'VOICE', 'ALL');
CREATE TYPE consentstatus AS ENUM ('OPTED_IN', 'OPTED_OUT', 'PENDING');

CREATE TABLE tenants (
    name VARCHAR(255) NOT NULL, name_ar VARCHAR(255), slug VARCHAR(100) NOT NULL UNIQUE,
    industry VARCHAR(100), plan VARCHAR(50) DEFAULT 'basic', logo_url VARCHAR(500),
    phone VARCHAR(20), email VARCHAR(255), whatsapp_number VARCHAR(20), settings JSONB,
    is_active BOOLEAN DEFAULT true, id UUID PRIMARY KEY, created_at TIMESTAMPTZ,
    updated_at TIMESTAMPTZ);
CREATE TABLE users (
    email VARCHAR(255) NOT NULL, password_hash VARCHAR(255) NOT NULL, full_name VARCHAR(255),
    full_name_ar VARCHAR(255), role VARCHAR(20) NOT NULL DEFAULT 'agent', phone VARCHAR(20),
    is_active BOOLEAN DEFAULT true, last_login TIMESTAMPTZ,
    tenant_id UUID NOT NULL REFERENCES tenants(id), id UUID PRIMARY KEY, created_at TIMESTAMPTZ,
    updated_at TIMESTAMPTZ, UNIQUE (tenant_id, email));
CREATE TABLE leads (
    assigned_to UUID REFERENCES users(id), name VARCHAR(255) NOT NULL, phone VARCHAR(20),
    email VARCHAR(255), source VARCHAR(100), status VARCHAR(50) DEFAULT 'new', score INTEGER,
    notes TEXT, extra_metadata JSONB, company_name VARCHAR(255), sector VARCHAR(100),
    city VARCHAR(100), tenant_id UUID NOT NULL REFERENCES tenants(id), id UUID PRIMARY KEY,
    created_at TIMESTAMPTZ, updated_at TIMESTAMPTZ);
CREATE TABLE deals (
    lead_id UUID REFERENCES leads(id), customer_id UUID, assigned_to UUID REFERENCES users(id),
    title VARCHAR(255) NOT NULL, value NUMERIC(12, 2), currency VARCHAR(3) DEFAULT 'SAR',
    stage VARCHAR(50) DEFAULT 'new', probability INTEGER DEFAULT 0, expected_close_date DATE,
    closed_at TIMESTAMPTZ, notes TEXT, payment_status VARCHAR(50) DEFAULT 'unpaid',
    tenant_id UUID NOT NULL REFERENCES tenants(id), id UUID PRIMARY KEY, created_at TIMESTAMPTZ,
    updated_at TIMESTAMPTZ);
CREATE TABLE approval_requests (
    channel VARCHAR(40) NOT NULL, resource_type VARCHAR(80) NOT NULL, resource_id UUID NOT NULL,
    payload JSONB, status VARCHAR(20) NOT NULL DEFAULT 'pending',
    requested_by_id UUID NOT NULL REFERENCES users(id), reviewed_by_id UUID REFERENCES users(id),
    reviewed_at TIMESTAMPTZ, note TEXT, priority VARCHAR(20), category VARCHAR(80),
    escalation_level INTEGER, sla_deadline_at TIMESTAMPTZ,
    tenant_id UUID NOT NULL REFERENCES tenants(id), id UUID PRIMARY KEY, created_at TIMESTAMPTZ,
    updated_at TIMESTAMPTZ);
CREATE TABLE integration_sync_states (
    connector_key VARCHAR(80) NOT NULL, display_name_ar VARCHAR(255), last_success_at TIMESTAMPTZ,
    last_attempt_at TIMESTAMPTZ, status VARCHAR(20) NOT NULL DEFAULT 'unknown', last_error TEXT,
    tenant_id UUID NOT NULL REFERENCES tenants(id), id UUID PRIMARY KEY, created_at TIMESTAMPTZ,
    updated_at TIMESTAMPTZ, UNIQUE (tenant_id, connector_key));
CREATE TABLE compliance_controls (
    control_id VARCHAR(20) NOT NULL, control_name VARCHAR(255) NOT NULL,
    control_name_ar VARCHAR(255), category compliancecategory NOT NULL,
    status compliancestatus NOT NULL DEFAULT 'PARTIAL', evidence_source VARCHAR(255),
    last_checked_at TIMESTAMPTZ, last_result JSONB, remediation_plan TEXT, owner VARCHAR(100),
    risk_level risklevel NOT NULL DEFAULT 'MEDIUM', tenant_id UUID NOT NULL REFERENCES tenants(id),
    id UUID PRIMARY KEY, created_at TIMESTAMPTZ, updated_at TIMESTAMPTZ);
CREATE TABLE contradictions (
    source_a VARCHAR(255) NOT NULL, source_b VARCHAR(255) NOT NULL, claim_a TEXT NOT NULL,
    claim_b TEXT NOT NULL, contradiction_type contradictiontype NOT NULL DEFAULT 'FACTUAL',
    severity contradictionseverity NOT NULL DEFAULT 'MEDIUM',
    status contradictionstatus NOT NULL DEFAULT 'DETECTED',
    detected_by VARCHAR(50) NOT NULL DEFAULT 'manual', resolution TEXT, evidence JSONB,
    resolved_by_id UUID REFERENCES users(id), resolved_at TIMESTAMPTZ,
    tenant_id UUID NOT NULL REFERENCES tenants(id), id UUID PRIMARY KEY, created_at TIMESTAMPTZ,
    updated_at TIMESTAMPTZ);
CREATE TABLE company_profiles (
    company_name VARCHAR(255) NOT NULL, cr_number VARCHAR(20) UNIQUE, industry VARCHAR(100),
    region VARCHAR(100), capabilities JSONB, needs JSONB, trust_score DOUBLE PRECISION,
    is_verified BOOLEAN DEFAULT false, tenant_id UUID NOT NULL REFERENCES tenants(id),
    id UUID PRIMARY KEY, created_at TIMESTAMPTZ, updated_at TIMESTAMPTZ);
CREATE TABLE strategic_deals (
    initiator_profile_id UUID NOT NULL REFERENCES company_profiles(id),
    target_profile_id UUID REFERENCES company_profiles(id), target_company_name VARCHAR(255),
    target_contact_phone VARCHAR(20), target_contact_email VARCHAR(255),
    deal_type VARCHAR(30) DEFAULT 'partnership', deal_title VARCHAR(500) NOT NULL,
    deal_title_ar VARCHAR(500), our_offer TEXT, our_need TEXT, proposed_terms JSONB,
    agreed_terms JSONB, estimated_value_sar NUMERIC(15, 2), status VARCHAR(30) DEFAULT 'discovery',
    channel VARCHAR(20) DEFAULT 'whatsapp', ai_confidence DOUBLE PRECISION,
    negotiation_history JSONB, notes TEXT, notes_ar TEXT, closed_at TIMESTAMPTZ,
    tenant_id UUID NOT NULL REFERENCES tenants(id), id UUID PRIMARY KEY, created_at TIMESTAMPTZ,
    updated_at TIMESTAMPTZ);
CREATE TABLE evidence_packs (
    title VARCHAR(255) NOT NULL, title_ar VARCHAR(255), pack_type evidencepacktype NOT NULL,
    entity_type VARCHAR(80), entity_id UUID, assembled_by_id UUID REFERENCES users(id),
    reviewed_by_id UUID REFERENCES users(id), reviewed_at TIMESTAMPTZ,
    status evidencepackstatus NOT NULL DEFAULT 'ASSEMBLING', contents JSONB, pack_metadata JSONB,
    hash_signature VARCHAR(64), tenant_id UUID NOT NULL REFERENCES tenants(id), id UUID PRIMARY KEY,
    created_at TIMESTAMPTZ, updated_at TIMESTAMPTZ);
CREATE TABLE consents (
    lead_id UUID REFERENCES leads(id), customer_id UUID, contact_phone VARCHAR(20),
    contact_email VARCHAR(255), channel consentchannel NOT NULL,
    status consentstatus NOT NULL DEFAULT 'PENDING', opted_in_at TIMESTAMPTZ,
    opted_out_at TIMESTAMPTZ, source VARCHAR(100), ip_address VARCHAR(45), tenant_id UUID,
    id UUID PRIMARY KEY, created_at TIMESTAMPTZ, updated_at TIMESTAMPTZ);
CREATE TABLE pdpl_consents (
    contact_id UUID NOT NULL REFERENCES leads(id), purpose VARCHAR(30) NOT NULL,
    channel VARCHAR(20) NOT NULL, status VARCHAR(20) NOT NULL DEFAULT 'granted',
    expires_at TIMESTAMPTZ NOT NULL, granted_by UUID REFERENCES users(id), granted_at TIMESTAMPTZ,
    revoked_at TIMESTAMPTZ, ip_address VARCHAR(45), consent_text TEXT,
    tenant_id UUID NOT NULL REFERENCES tenants(id), id UUID PRIMARY KEY, created_at TIMESTAMPTZ,
    updated_at TIMESTAMPTZ);
CREATE TABLE pdpl_consent_audit (
    consent_id UUID NOT NULL REFERENCES pdpl_consents(id), contact_id UUID NOT NULL, actor_id UUID,
    action VARCHAR(20) NOT NULL, channel VARCHAR(20) NOT NULL, purpose VARCHAR(30) NOT NULL,
    details JSONB, tenant_id UUID NOT NULL REFERENCES tenants(id), id UUID PRIMARY KEY,
    created_at TIMESTAMPTZ, updated_at TIMESTAMPTZ);
CREATE TABLE pdpl_data_requests (
    contact_id UUID NOT NULL REFERENCES leads(id), request_type VARCHAR(20) NOT NULL,
    status VARCHAR(20) NOT NULL DEFAULT 'pending', requested_at TIMESTAMPTZ,
    completed_at TIMESTAMPTZ, response_data JSONB, handled_by UUID REFERENCES users(id), notes TEXT,
    tenant_id UUID NOT NULL REFERENCES tenants(id), id UUID PRIMARY KEY, created_at TIMESTAMPTZ,
    updated_at TIMESTAMPTZ);
CREATE TABLE audit_logs (
    user_id UUID REFERENCES users(id), action VARCHAR(100), entity_type VARCHAR(80), entity_id UUID,
    changes JSONB, ip_address INET, tenant_id UUID NOT NULL REFERENCES tenants(id),
    id UUID PRIMARY KEY, created_at TIMESTAMPTZ, updated_at TIMESTAMPTZ);
CREATE TABLE revenue_targets (
    period_start DATE NOT NULL, period_end DATE NOT NULL,
    track VARCHAR(30) NOT NULL DEFAULT 'revenue', target_value_sar NUMERIC(15, 2) NOT NULL,
    tenant_id UUID NOT NULL REFERENCES tenants(id), id UUID PRIMARY KEY, created_at TIMESTAMPTZ,
    updated_at TIMESTAMPTZ);
CREATE TABLE risks (
    title VARCHAR(255) NOT NULL, title_ar VARCHAR(255), category VARCHAR(50),
    likelihood INTEGER NOT NULL CHECK (likelihood BETWEEN 1 AND 5),
    impact INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 5),
    status VARCHAR(20) NOT NULL DEFAULT 'open', owner VARCHAR(100), mitigation TEXT,
    tenant_id UUID NOT NULL REFERENCES tenants(id), id UUID PRIMARY KEY, created_at TIMESTAMPTZ,
    updated_at TIMESTAMPTZ);
CREATE TABLE connector_probes (
    connector_key VARCHAR(80) NOT NULL, endpoint_url VARCHAR(500) NOT NULL,
    timeout_ms INTEGER DEFAULT 5000, slow_threshold_ms INTEGER DEFAULT 2000,
    enabled BOOLEAN DEFAULT true, tenant_id UUID NOT NULL REFERENCES tenants(id),
    id UUID PRIMARY KEY, created_at TIMESTAMPTZ, updated_at TIMESTAMPTZ,
    UNIQUE (tenant_id, connector_key));
CREATE TABLE compliance_scan_results (
    control_id VARCHAR(20) NOT NULL, status VARCHAR(20) NOT NULL, evidence JSONB,
    checked_at TIMESTAMPTZ NOT NULL, checked_by UUID REFERENCES users(id),
    tenant_id UUID NOT NULL REFERENCES tenants(id), id UUID PRIMARY KEY, created_at TIMESTAMPTZ,
    updated_at TIMESTAMPTZ);

-- Indexes: not here. The app's catalogue of indexes (models/source/indexadvice.cpp) creates
-- them (Ddl::apply); `dealix-desk indexes --format sql` prints them.

-- Row-level security as Dealix's migration 20260417_0002_add_rls sets it: enabled and forced
-- (so the owner is bound too), default deny, keyed on the session's app.tenant_id.
DO $$
DECLARE t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['leads', 'deals', 'approval_requests', 'integration_sync_states',
        'compliance_controls', 'contradictions', 'company_profiles', 'strategic_deals',
        'evidence_packs', 'consents', 'audit_logs', 'revenue_targets', 'risks',
        'connector_probes', 'compliance_scan_results']
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation_select ON %I FOR SELECT USING '
                       '(tenant_id::text = current_setting(''app.tenant_id'', true))', t);
        EXECUTE format('CREATE POLICY tenant_isolation_insert ON %I FOR INSERT WITH CHECK '
                       '(tenant_id::text = current_setting(''app.tenant_id'', true))', t);
        EXECUTE format('CREATE POLICY tenant_isolation_update ON %I FOR UPDATE USING '
                       '(tenant_id::text = current_setting(''app.tenant_id'', true))', t);
        EXECUTE format('CREATE POLICY tenant_isolation_delete ON %I FOR DELETE USING '
                       '(tenant_id::text = current_setting(''app.tenant_id'', true))', t);
    END LOOP;
END
$$;
