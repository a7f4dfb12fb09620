-- PanelDesk schema v2: staff roles and what each may read and change, the audit trail the
-- database writes itself, and the function that makes staff logins.
-- Applied by pd::storage::Migrator inside one transaction under an advisory lock.

-- Group roles are cluster-wide: another database of the same cluster may have made them
-- already, or be making them at this very moment (its transaction then wins the race).
DO $$
DECLARE
    g text;
BEGIN
    FOREACH g IN ARRAY ARRAY['paneldesk_admin', 'paneldesk_finance', 'paneldesk_support'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = g) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', g);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL;
            END;
        END IF;
    END LOOP;
END
$$;

-- Read access. Secrets (password and key hashes) are left out by column grants, so even
-- `psql` as a staff login cannot read them; gateway ids are for admin and finance only.
GRANT USAGE ON SCHEMA public TO paneldesk_admin, paneldesk_finance, paneldesk_support;

GRANT SELECT (id, email, username, is_active, deleted_at, balance, balance_currency,
              upload_bytes, download_bytes, transfer_enable, node_group, level,
              level_expires_at, created_at, updated_at, row_version)
    ON users TO paneldesk_admin, paneldesk_finance, paneldesk_support;
GRANT SELECT (id, user_id, name, key_prefix, is_active, last_used_at, expires_at, revoked_at,
              created_at, updated_at, row_version)
    ON api_keys TO paneldesk_admin, paneldesk_finance, paneldesk_support;
GRANT SELECT ON subscription_plans, user_subscriptions, currencies, app_settings, usage_logs,
                nodes, node_traffic_raw, node_traffic_hourly, node_online_log
    TO paneldesk_admin, paneldesk_finance, paneldesk_support;

-- Every PanelDesk checks the schema version at start, whoever logs in (the Migrator made
-- this table before running this file).
GRANT SELECT ON paneldesk_schema_version TO paneldesk_admin, paneldesk_finance, paneldesk_support;

GRANT SELECT ON payment_transactions, refunds TO paneldesk_admin, paneldesk_finance;
GRANT SELECT (id, user_id, subscription_id, kind, amount, currency, gateway, out_trade_no,
              status, paid_at, created_at, updated_at, row_version)
    ON payment_transactions TO paneldesk_support;
GRANT SELECT (id, transaction_id, amount, currency, reason, state, requested_by, approved_by,
              attempts, last_error_code, last_error, next_attempt_at, settled_at, created_at,
              updated_at, row_version)
    ON refunds TO paneldesk_support;

-- Admin edits. Only the columns a person may set: counters, hashes and timestamps the system
-- keeps (updated_at, row_version through touch_row) stay out of reach. Money, refunds and
-- subscriptions change through SECURITY DEFINER functions of later migrations.
GRANT UPDATE (email, username, is_active, deleted_at, transfer_enable, level_expires_at,
              node_group, level)
    ON users TO paneldesk_admin;
GRANT UPDATE (name, address, node_group, traffic_rate, enabled, bandwidth_limit, bandwidth_used)
    ON nodes TO paneldesk_admin;
GRANT UPDATE (is_active, revoked_at) ON api_keys TO paneldesk_admin;
GRANT UPDATE (value) ON app_settings TO paneldesk_admin;

-- The audit trail: one row per changed row, written by the database so no client can skip it.
CREATE TABLE audit_log (
    id               bigserial PRIMARY KEY,
    occurred_at      timestamptz NOT NULL DEFAULT now(),
    db_role          text NOT NULL DEFAULT session_user,
    table_name       text NOT NULL,
    row_id           text,
    action           text NOT NULL CHECK (action IN ('INSERT', 'UPDATE', 'DELETE')),
    before           jsonb,
    after            jsonb,
    application_name text,
    client_addr      inet,
    txid             bigint NOT NULL DEFAULT txid_current()
);
CREATE INDEX audit_log_keyset ON audit_log (occurred_at, id);
CREATE INDEX audit_log_row ON audit_log (table_name, row_id, occurred_at);

-- SECURITY DEFINER so the insert works for roles that may not touch audit_log themselves;
-- session_user stays the staff login even inside other SECURITY DEFINER functions.
-- Hashes never enter the log; a changed hash is recorded as such. Updates that only bump
-- updated_at/row_version, and telemetry no person can edit (traffic counters, heartbeats,
-- last use of a key), write nothing: they would bury the staff changes.
CREATE FUNCTION audit_row_change() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    secrets constant text[] := ARRAY['password_hash', 'key_hash'];
    noise constant text[] := ARRAY['updated_at', 'row_version', 'upload_bytes', 'download_bytes',
                                   'last_heartbeat_at', 'online_users', 'load', 'last_used_at'];
    old_doc jsonb;
    new_doc jsonb;
    s text;
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        old_doc := to_jsonb(OLD);
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        new_doc := to_jsonb(NEW);
    END IF;
    IF TG_OP = 'UPDATE' THEN
        IF (old_doc - noise) = (new_doc - noise) THEN
            RETURN NULL;
        END IF;
        FOREACH s IN ARRAY secrets LOOP
            IF old_doc ? s AND old_doc -> s IS DISTINCT FROM new_doc -> s THEN
                new_doc := new_doc || jsonb_build_object(s || '_changed', true);
            END IF;
        END LOOP;
    END IF;
    INSERT INTO audit_log (db_role, table_name, row_id, action, before, after, application_name,
                           client_addr)
    VALUES (session_user, TG_TABLE_NAME,
            coalesce(new_doc ->> 'id', old_doc ->> 'id', new_doc ->> 'key', old_doc ->> 'key'),
            TG_OP, old_doc - secrets, new_doc - secrets,
            nullif(current_setting('application_name', true), ''), inet_client_addr());
    RETURN NULL;
END
$$;
REVOKE EXECUTE ON FUNCTION audit_row_change() FROM PUBLIC;

CREATE TRIGGER users_audit AFTER INSERT OR UPDATE OR DELETE ON users
    FOR EACH ROW EXECUTE FUNCTION audit_row_change();
CREATE TRIGGER api_keys_audit AFTER INSERT OR UPDATE OR DELETE ON api_keys
    FOR EACH ROW EXECUTE FUNCTION audit_row_change();
CREATE TRIGGER plans_audit AFTER INSERT OR UPDATE OR DELETE ON subscription_plans
    FOR EACH ROW EXECUTE FUNCTION audit_row_change();
CREATE TRIGGER subscriptions_audit AFTER INSERT OR UPDATE OR DELETE ON user_subscriptions
    FOR EACH ROW EXECUTE FUNCTION audit_row_change();
CREATE TRIGGER transactions_audit AFTER INSERT OR UPDATE OR DELETE ON payment_transactions
    FOR EACH ROW EXECUTE FUNCTION audit_row_change();
CREATE TRIGGER refunds_audit AFTER INSERT OR UPDATE OR DELETE ON refunds
    FOR EACH ROW EXECUTE FUNCTION audit_row_change();
CREATE TRIGGER nodes_audit AFTER INSERT OR UPDATE OR DELETE ON nodes
    FOR EACH ROW EXECUTE FUNCTION audit_row_change();
CREATE TRIGGER app_settings_audit AFTER INSERT OR UPDATE OR DELETE ON app_settings
    FOR EACH ROW EXECUTE FUNCTION audit_row_change();

-- Append-only for everybody, the owner included: grants keep staff out, this trigger keeps
-- out whoever owns the table. Statement level, so even an UPDATE matching no row is refused.
CREATE FUNCTION audit_log_refuse_change() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;
REVOKE EXECUTE ON FUNCTION audit_log_refuse_change() FROM PUBLIC;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
-- Also when session_replication_role = replica (bulk loaders), which skips ordinary triggers.
ALTER TABLE audit_log ENABLE ALWAYS TRIGGER audit_log_append_only;

-- Who reads which rows: admin everything, finance the money tables, support nothing.
REVOKE ALL ON audit_log FROM PUBLIC;
GRANT SELECT ON audit_log TO paneldesk_admin, paneldesk_finance;
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
CREATE POLICY audit_log_admin ON audit_log FOR SELECT TO paneldesk_admin USING (true);
CREATE POLICY audit_log_finance ON audit_log FOR SELECT TO paneldesk_finance
    USING (table_name IN ('payment_transactions', 'refunds'));

-- Makes a staff login (or re-grants an existing one) in one of the three groups. `password`
-- may be a SCRAM verifier computed by the client, so the clear text never reaches the server;
-- NULL or '' leaves an existing password alone. Roles with powers beyond a staff login
-- (superuser, CREATEROLE, replication, BYPASSRLS) and the owner are refused, and only staff
-- logins get a new password, so an admin cannot take another role over.
CREATE FUNCTION staff_add(login text, staff_group text, password text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    r pg_roles%ROWTYPE;
BEGIN
    IF login IS NULL OR login !~ '^[a-z_][a-z0-9_]{0,62}$' OR login LIKE 'pg\_%' THEN
        RAISE EXCEPTION 'a staff login name must be lower-case letters, digits and _ (got %)',
            coalesce(login, 'nothing') USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF staff_group IS NULL
       OR staff_group NOT IN ('paneldesk_admin', 'paneldesk_finance', 'paneldesk_support') THEN
        RAISE EXCEPTION 'unknown staff group %', coalesce(staff_group, 'nothing')
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF login IN ('paneldesk_admin', 'paneldesk_finance', 'paneldesk_support') THEN
        RAISE EXCEPTION 'the staff group % cannot be a login', login
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT * INTO r FROM pg_roles WHERE rolname = login;
    IF NOT FOUND THEN
        IF coalesce(password, '') = '' THEN
            EXECUTE format('CREATE ROLE %I LOGIN', login);
        ELSE
            EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', login, password);
        END IF;
    ELSE
        IF r.rolsuper OR r.rolcreaterole OR r.rolreplication OR r.rolbypassrls
           OR login = current_user THEN
            RAISE EXCEPTION 'the role % has powers beyond a staff login and is left unchanged', login
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF coalesce(password, '') <> '' THEN
            -- Setting the password of some other application's role would hand it over.
            IF NOT EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                            WHERE m.member = r.oid
                              AND g.rolname IN ('paneldesk_admin', 'paneldesk_finance',
                                                'paneldesk_support')) THEN
                RAISE EXCEPTION 'the role % exists and is not a staff login; its password is left unchanged',
                    login USING ERRCODE = 'insufficient_privilege';
            END IF;
            EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', login, password);
        END IF;
    END IF;
    EXECUTE format('GRANT %I TO %I', staff_group, login);
END
$$;
REVOKE EXECUTE ON FUNCTION staff_add(text, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION staff_add(text, text, text) TO paneldesk_admin;
