-- Traffic accounting, live node changes and partition housekeeping.
--
-- Nodes report traffic in the Mu API shape {"node_id": N, "data": [{"user_id", "u", "d"}]}.
-- ingest_traffic applies one report atomically: users' counters grow by δ·rate in one statement
-- (never read-modify-write), the raw rows and the hourly rollups are written in the same
-- transaction, and the node's bandwidth and heartbeat move on. Every change of a node raises
-- NOTIFY paneldesk_nodes so open node views update without polling.

-- A node's bandwidth counter grows with every report: that is telemetry, not a staff change,
-- so only a decrease (an administrator's reset) is audited. Otherwise as in 0002.
CREATE OR REPLACE FUNCTION audit_row_change() RETURNS trigger
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
        IF old_doc ? 'bandwidth_used'
           AND (old_doc - noise - 'bandwidth_used') = (new_doc - noise - 'bandwidth_used')
           AND (new_doc ->> 'bandwidth_used')::bigint >= (old_doc ->> 'bandwidth_used')::bigint THEN
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

-- Applies one traffic report of a node; returns how many users it charged. Refuses the whole
-- report (nothing written) when the node or a user is unknown, or a byte count is missing,
-- negative or not a whole number. A user listed twice is charged the sum.
CREATE FUNCTION ingest_traffic(p_node_id integer, p_data jsonb, p_at timestamptz DEFAULT now())
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    v_rate numeric;
    v_bad text;
    v_count integer;
    v_bytes bigint;
BEGIN
    IF p_node_id IS NULL THEN
        RAISE EXCEPTION 'the report names no node' USING ERRCODE = '22023';
    END IF;
    -- The row lock orders concurrent reports of one node; reports of other nodes go on.
    SELECT traffic_rate INTO v_rate FROM nodes WHERE id = p_node_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'node % does not exist', p_node_id USING ERRCODE = '23503';
    END IF;
    IF p_data IS NULL OR jsonb_typeof(p_data) <> 'array' THEN
        RAISE EXCEPTION 'the report''s "data" must be a list of {user_id, u, d}'
            USING ERRCODE = '22023';
    END IF;
    SELECT e::text INTO v_bad
    FROM jsonb_array_elements(p_data) AS e
    -- CASE fixes the order: no cast runs on a value of the wrong type.
    WHERE NOT CASE
        WHEN jsonb_typeof(e) = 'object' AND jsonb_typeof(e -> 'u') = 'number'
             AND jsonb_typeof(e -> 'd') = 'number' AND jsonb_typeof(e -> 'user_id') = 'string'
        THEN (e ->> 'u')::numeric BETWEEN 0 AND 9e15 AND (e ->> 'd')::numeric BETWEEN 0 AND 9e15
             AND (e ->> 'u')::numeric = trunc((e ->> 'u')::numeric)
             AND (e ->> 'd')::numeric = trunc((e ->> 'd')::numeric)
             AND (e ->> 'user_id') ~* '^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$'
        ELSE false
    END
    LIMIT 1;
    IF v_bad IS NOT NULL THEN
        RAISE EXCEPTION 'bad entry %: each entry needs a user_id (a UUID) and u and d as whole, non-negative byte counts', v_bad
            USING ERRCODE = '22023';
    END IF;

    CREATE TEMP TABLE IF NOT EXISTS pd_ingest (user_id uuid PRIMARY KEY, u bigint, d bigint)
        ON COMMIT DROP;
    DELETE FROM pd_ingest;
    INSERT INTO pd_ingest
    SELECT (e ->> 'user_id')::uuid, sum((e ->> 'u')::bigint), sum((e ->> 'd')::bigint)
    FROM jsonb_array_elements(p_data) AS e
    GROUP BY 1;

    SELECT r.user_id::text INTO v_bad
    FROM pd_ingest r LEFT JOIN users u ON u.id = r.user_id
    WHERE u.id IS NULL LIMIT 1;
    IF v_bad IS NOT NULL THEN
        RAISE EXCEPTION 'user % does not exist', v_bad USING ERRCODE = '23503';
    END IF;

    UPDATE users u
    SET upload_bytes = u.upload_bytes + round(r.u * v_rate)::bigint,
        download_bytes = u.download_bytes + round(r.d * v_rate)::bigint
    FROM pd_ingest r
    WHERE u.id = r.user_id;
    GET DIAGNOSTICS v_count = ROW_COUNT;

    INSERT INTO node_traffic_raw (node_id, user_id, upload_bytes, download_bytes, rate, reported_at)
    SELECT p_node_id, r.user_id, r.u, r.d, v_rate, p_at FROM pd_ingest r;

    INSERT INTO node_traffic_hourly AS h (node_id, user_id, hour, upload_bytes, download_bytes,
                                          charged_upload, charged_download)
    SELECT p_node_id, r.user_id, date_trunc('hour', p_at), r.u, r.d,
           round(r.u * v_rate)::bigint, round(r.d * v_rate)::bigint
    FROM pd_ingest r
    ON CONFLICT (node_id, user_id, hour) DO UPDATE
    SET upload_bytes = h.upload_bytes + EXCLUDED.upload_bytes,
        download_bytes = h.download_bytes + EXCLUDED.download_bytes,
        charged_upload = h.charged_upload + EXCLUDED.charged_upload,
        charged_download = h.charged_download + EXCLUDED.charged_download;

    SELECT coalesce(sum(r.u + r.d), 0) INTO v_bytes FROM pd_ingest r;
    UPDATE nodes
    SET bandwidth_used = bandwidth_used + v_bytes,
        last_heartbeat_at = greatest(coalesce(last_heartbeat_at, p_at), p_at)
    WHERE id = p_node_id;
    RETURN v_count;
END
$$;
REVOKE EXECUTE ON FUNCTION ingest_traffic(integer, jsonb, timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION ingest_traffic(integer, jsonb, timestamptz) TO paneldesk_admin;

-- A node's heartbeat: online users and load now, kept in the online log.
CREATE FUNCTION node_heartbeat(p_node_id integer, p_online_users integer, p_load text,
                               p_at timestamptz DEFAULT now())
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    UPDATE nodes
    SET last_heartbeat_at = p_at, online_users = p_online_users, load = coalesce(p_load, '')
    WHERE id = p_node_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'node % does not exist', p_node_id USING ERRCODE = '23503';
    END IF;
    INSERT INTO node_online_log (node_id, online_users, load, recorded_at)
    VALUES (p_node_id, p_online_users, coalesce(p_load, ''), p_at);
END
$$;
REVOKE EXECUTE ON FUNCTION node_heartbeat(integer, integer, text, timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION node_heartbeat(integer, integer, text, timestamptz) TO paneldesk_admin;

-- Live node views LISTEN on paneldesk_nodes; the payload is the node's id. NOTIFY is sent at
-- commit, once per distinct payload of a transaction.
CREATE FUNCTION notify_node_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('paneldesk_nodes', coalesce(NEW.id, OLD.id)::text);
    RETURN NULL;
END
$$;
CREATE TRIGGER nodes_notify AFTER INSERT OR UPDATE OR DELETE ON nodes
    FOR EACH ROW EXECUTE FUNCTION notify_node_changed();

-- Housekeeping an administrator may run: future monthly partitions, and dropping raw traffic
-- partitions that ended more than p_days ago (their traffic lives on in the hourly rollups,
-- written in the same transaction as the raw rows). Both return how many partitions they
-- created or dropped. Their search_path is public alone, so new partitions are made there
-- (pg_catalog is still searched first for names).
CREATE FUNCTION partitions_ensure(p_months_ahead integer) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    IF p_months_ahead IS NULL OR p_months_ahead < 0 OR p_months_ahead > 120 THEN
        RAISE EXCEPTION 'months ahead must be from 0 to 120' USING ERRCODE = '22023';
    END IF;
    RETURN ensure_partitions(0, p_months_ahead);
END
$$;
REVOKE EXECUTE ON FUNCTION partitions_ensure(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION partitions_ensure(integer) TO paneldesk_admin;

CREATE FUNCTION traffic_prune(p_days integer) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    part record;
    dropped integer := 0;
BEGIN
    IF p_days IS NULL OR p_days < 1 THEN
        RAISE EXCEPTION 'the age must be at least one day' USING ERRCODE = '22023';
    END IF;
    FOR part IN
        SELECT c.relname,
               (regexp_match(pg_get_expr(c.relpartbound, c.oid), 'TO \(''([^'']+)''\)'))[1]::timestamptz
                   AS upper_bound
        FROM pg_inherits i
        JOIN pg_class c ON c.oid = i.inhrelid
        WHERE i.inhparent = 'node_traffic_raw'::regclass
          AND pg_get_expr(c.relpartbound, c.oid) <> 'DEFAULT'
    LOOP
        IF part.upper_bound <= now() - make_interval(days => p_days) THEN
            EXECUTE format('DROP TABLE %I', part.relname);
            dropped := dropped + 1;
        END IF;
    END LOOP;
    RETURN dropped;
END
$$;
REVOKE EXECUTE ON FUNCTION traffic_prune(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION traffic_prune(integer) TO paneldesk_admin;

-- The monthly partitions next month still lacks (empty when all are there), for the warning
-- administrators see.
CREATE FUNCTION partitions_missing_next_month() RETURNS text[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT coalesce(array_agg(p.name ORDER BY p.name), '{}')
    FROM (VALUES ('usage_logs'), ('node_traffic_raw')) AS t(parent),
         LATERAL (SELECT t.parent || '_' ||
                         to_char(date_trunc('month', now() AT TIME ZONE 'UTC') + interval '1 month',
                                 'YYYYMM') AS name) AS p
    WHERE to_regclass(format('%I', p.name)) IS NULL
$$;
GRANT EXECUTE ON FUNCTION partitions_missing_next_month() TO paneldesk_admin, paneldesk_finance,
    paneldesk_support;

-- Heartbeats and traffic reports change a node many times a minute; only a change made by a
-- person moves row_version, so an administrator's edit is not refused as a conflict because
-- the node reported meanwhile.
CREATE FUNCTION touch_node() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    IF (NEW.name, NEW.address, NEW.node_group, NEW.traffic_rate, NEW.enabled, NEW.bandwidth_limit)
       IS DISTINCT FROM
       (OLD.name, OLD.address, OLD.node_group, OLD.traffic_rate, OLD.enabled, OLD.bandwidth_limit)
       OR NEW.bandwidth_used < OLD.bandwidth_used THEN
        NEW.row_version := OLD.row_version + 1;
    ELSE
        NEW.row_version := OLD.row_version;
    END IF;
    RETURN NEW;
END
$$;
DROP TRIGGER nodes_touch ON nodes;
CREATE TRIGGER nodes_touch BEFORE UPDATE ON nodes FOR EACH ROW EXECUTE FUNCTION touch_node();

-- The usage log view filters by resource type within a time range, and lists the types there
-- are (a skip scan over this index).
CREATE INDEX usage_logs_type ON usage_logs (resource_type, created_at, id);

-- The one online rule: a node is online while its last heartbeat is younger than
-- app_settings.node_online_threshold_seconds (default 300) at the moment `at`.
CREATE FUNCTION node_is_online(p_last_heartbeat timestamptz, p_at timestamptz) RETURNS boolean
LANGUAGE sql STABLE SET search_path = pg_catalog, public AS $$
    SELECT coalesce(p_at - p_last_heartbeat < make_interval(secs => coalesce(
        (SELECT (a.value #>> '{}')::double precision FROM app_settings a
         WHERE a.key = 'node_online_threshold_seconds'), 300)), false)
$$;
