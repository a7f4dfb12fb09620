-- PanelDesk schema v1: the business tables and the invariants the database itself holds.
-- Applied by pd::storage::Migrator inside one transaction under an advisory lock.

CREATE TABLE currencies (
    code     char(3) PRIMARY KEY CHECK (code ~ '^[A-Z]{3}$'),
    exponent smallint NOT NULL CHECK (exponent BETWEEN 0 AND 4)
);
INSERT INTO currencies (code, exponent)
VALUES ('CNY', 2), ('USD', 2), ('EUR', 2), ('GBP', 2), ('HKD', 2), ('JPY', 0), ('KRW', 0);

-- True when the amount has no more decimals than its currency allows.
CREATE FUNCTION money_fits_currency(amount numeric, currency char(3)) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT amount = round(amount, (SELECT exponent FROM currencies c WHERE c.code = currency))
$$;

-- Site-wide settings the database rules read (thresholds, windows).
CREATE TABLE app_settings (
    key        text PRIMARY KEY,
    value      jsonb NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO app_settings (key, value)
VALUES ('node_online_threshold_seconds', '300'),
       ('refund_approval_threshold', '{"CNY": "500.00", "USD": "100.00"}');

-- Keeps updated_at and row_version (optimistic concurrency) current on every update.
CREATE FUNCTION touch_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    NEW.row_version := OLD.row_version + 1;
    RETURN NEW;
END
$$;

CREATE TABLE users (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    email            text NOT NULL CHECK (email ~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$'
                                          AND length(email) <= 254),
    username         text NOT NULL CHECK (length(btrim(username)) BETWEEN 1 AND 64
                                          AND username = btrim(username)),
    password_hash    text NOT NULL,
    is_active        boolean NOT NULL DEFAULT true,
    deleted_at       timestamptz,
    balance          numeric(18, 2) NOT NULL DEFAULT 0 CHECK (balance >= 0),
    balance_currency char(3) NOT NULL DEFAULT 'CNY' REFERENCES currencies (code),
    upload_bytes     bigint NOT NULL DEFAULT 0 CHECK (upload_bytes >= 0),
    download_bytes   bigint NOT NULL DEFAULT 0 CHECK (download_bytes >= 0),
    transfer_enable  bigint NOT NULL DEFAULT 0
                     CHECK (transfer_enable BETWEEN 0 AND 1125899906842624), -- at most 1 PiB
    node_group       integer NOT NULL DEFAULT 0 CHECK (node_group BETWEEN 0 AND 9999),
    level            integer NOT NULL DEFAULT 0 CHECK (level BETWEEN 0 AND 99),
    level_expires_at timestamptz,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    row_version      bigint NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX users_email_key ON users (lower(email));
CREATE UNIQUE INDEX users_username_key ON users (lower(username));
CREATE INDEX users_email_prefix ON users (lower(email) text_pattern_ops);
CREATE INDEX users_username_prefix ON users (lower(username) text_pattern_ops);
CREATE INDEX users_id_prefix ON users ((id::text) text_pattern_ops);
CREATE INDEX users_created_keyset ON users (created_at, id);
CREATE INDEX users_traffic_keyset ON users ((upload_bytes + download_bytes), id);
CREATE INDEX users_quota_keyset ON users (transfer_enable, id);
CREATE INDEX users_expiry_keyset ON users ((coalesce(level_expires_at, '-infinity')), id);
CREATE INDEX users_balance_keyset ON users (balance, id);
CREATE INDEX users_node_group ON users (node_group);
CREATE TRIGGER users_touch BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION touch_row();

CREATE TABLE api_keys (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id      uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name         text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 100),
    key_prefix   text NOT NULL CHECK (length(key_prefix) BETWEEN 8 AND 20),
    key_hash     text NOT NULL UNIQUE,
    is_active    boolean NOT NULL DEFAULT true,
    last_used_at timestamptz,
    expires_at   timestamptz,
    revoked_at   timestamptz,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    row_version  bigint NOT NULL DEFAULT 1,
    CHECK (is_active OR revoked_at IS NOT NULL)
);
CREATE INDEX api_keys_user ON api_keys (user_id, created_at);
CREATE TRIGGER api_keys_touch BEFORE UPDATE ON api_keys FOR EACH ROW EXECUTE FUNCTION touch_row();

CREATE TABLE subscription_plans (
    id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name               text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 100),
    price              numeric(18, 4) NOT NULL CHECK (price >= 0),
    currency           char(3) NOT NULL REFERENCES currencies (code),
    billing_cycle      text NOT NULL CHECK (billing_cycle IN ('monthly', 'yearly', 'lifetime')),
    quota_type         text NOT NULL DEFAULT 'processing_count',
    quota_limit        integer CHECK (quota_limit >= 0), -- NULL: unlimited
    traffic_bytes      bigint NOT NULL DEFAULT 0 CHECK (traffic_bytes >= 0),
    reset_traffic      boolean NOT NULL DEFAULT true,
    node_group         integer NOT NULL DEFAULT 0 CHECK (node_group >= 0),
    level              integer NOT NULL DEFAULT 0 CHECK (level BETWEEN 0 AND 99),
    features           jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(features) = 'array'),
    is_active          boolean NOT NULL DEFAULT true,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now(),
    row_version        bigint NOT NULL DEFAULT 1,
    CHECK (money_fits_currency(price, currency))
);
CREATE UNIQUE INDEX subscription_plans_name_key ON subscription_plans (lower(name));
CREATE TRIGGER plans_touch BEFORE UPDATE ON subscription_plans FOR EACH ROW EXECUTE FUNCTION touch_row();

CREATE TABLE user_subscriptions (
    id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id              uuid NOT NULL REFERENCES users (id),
    plan_id              uuid NOT NULL REFERENCES subscription_plans (id),
    status               text NOT NULL CHECK (status IN ('active', 'cancelled', 'expired')),
    current_period_start timestamptz NOT NULL,
    current_period_end   timestamptz, -- NULL: lifetime
    quota_used           integer NOT NULL DEFAULT 0 CHECK (quota_used >= 0),
    quota_limit          integer CHECK (quota_limit >= 0), -- copied from the plan; NULL: unlimited
    auto_renew           boolean NOT NULL DEFAULT true,
    cancel_at_period_end boolean NOT NULL DEFAULT false,
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now(),
    row_version          bigint NOT NULL DEFAULT 1,
    CHECK (quota_limit IS NULL OR quota_used <= quota_limit),
    CHECK (current_period_end IS NULL OR current_period_end > current_period_start)
);
CREATE UNIQUE INDEX user_subscriptions_one_active ON user_subscriptions (user_id)
    WHERE status = 'active';
CREATE INDEX user_subscriptions_user ON user_subscriptions (user_id, created_at);
CREATE INDEX user_subscriptions_plan ON user_subscriptions (plan_id, status);
CREATE INDEX user_subscriptions_keyset ON user_subscriptions (created_at, id);
CREATE INDEX user_subscriptions_end ON user_subscriptions (current_period_end, id);
CREATE TRIGGER subscriptions_touch BEFORE UPDATE ON user_subscriptions FOR EACH ROW EXECUTE FUNCTION touch_row();

CREATE TABLE payment_transactions (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id          uuid NOT NULL REFERENCES users (id),
    subscription_id  uuid REFERENCES user_subscriptions (id),
    kind             text NOT NULL CHECK (kind IN ('subscription', 'top_up')),
    amount           numeric(18, 4) NOT NULL CHECK (amount > 0),
    currency         char(3) NOT NULL REFERENCES currencies (code),
    gateway          text NOT NULL CHECK (gateway IN ('alipay', 'wechat', 'stripe', 'paypal')),
    out_trade_no     text NOT NULL UNIQUE CHECK (out_trade_no ~ '^[0-9A-Za-z_-]{6,64}$'),
    gateway_trade_no text,
    status           text NOT NULL CHECK (status IN ('pending', 'completed', 'failed',
                                                     'partially_refunded', 'refunded')),
    paid_at          timestamptz,
    metadata         jsonb NOT NULL DEFAULT '{}',
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    row_version      bigint NOT NULL DEFAULT 1,
    CHECK (money_fits_currency(amount, currency)),
    CHECK (status = 'pending' OR status = 'failed' OR paid_at IS NOT NULL)
);
CREATE INDEX payment_transactions_user ON payment_transactions (user_id, created_at);
CREATE INDEX payment_transactions_keyset ON payment_transactions (created_at, id);
CREATE INDEX payment_transactions_status ON payment_transactions (status, created_at);
CREATE INDEX payment_transactions_gateway_no ON payment_transactions (gateway_trade_no);
CREATE TRIGGER transactions_touch BEFORE UPDATE ON payment_transactions FOR EACH ROW EXECUTE FUNCTION touch_row();

CREATE TABLE refunds (
    id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    transaction_id    uuid NOT NULL REFERENCES payment_transactions (id),
    amount            numeric(18, 4) NOT NULL CHECK (amount > 0),
    currency          char(3) NOT NULL REFERENCES currencies (code),
    reason            text NOT NULL CHECK (length(btrim(reason)) BETWEEN 1 AND 500),
    idempotency_key   text UNIQUE CHECK (idempotency_key ~ '^[0-9A-Za-z_-]{8,64}$'),
    gateway_refund_id text,
    state             text NOT NULL DEFAULT 'requested'
                      CHECK (state IN ('requested', 'awaiting_approval', 'approved', 'rejected',
                                       'submitted', 'processing', 'succeeded', 'failed', 'unknown')),
    requested_by      text NOT NULL DEFAULT session_user,
    approved_by       text,
    attempts          integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    last_error_code   text,
    last_error        text,
    next_attempt_at   timestamptz,
    settled_at        timestamptz,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    row_version       bigint NOT NULL DEFAULT 1,
    CHECK (money_fits_currency(amount, currency)),
    CHECK (approved_by IS NULL OR approved_by <> requested_by),
    -- the key is fixed before anything is sent to the gateway
    CHECK (state IN ('requested', 'awaiting_approval', 'rejected') OR idempotency_key IS NOT NULL)
);
CREATE INDEX refunds_transaction ON refunds (transaction_id);
CREATE INDEX refunds_keyset ON refunds (created_at, id);
CREATE INDEX refunds_open ON refunds (state, next_attempt_at)
    WHERE state IN ('awaiting_approval', 'approved', 'submitted', 'processing', 'unknown');
CREATE TRIGGER refunds_touch BEFORE UPDATE ON refunds FOR EACH ROW EXECUTE FUNCTION touch_row();

-- The sum of a transaction's refunds that are not failed or rejected never exceeds its amount,
-- even when two people refund at the same moment: the transaction row is locked first.
CREATE FUNCTION refunds_check_amount() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    txn payment_transactions%ROWTYPE;
    taken numeric;
BEGIN
    IF NEW.state IN ('failed', 'rejected') THEN
        RETURN NEW;
    END IF;
    SELECT * INTO txn FROM payment_transactions WHERE id = NEW.transaction_id FOR UPDATE;
    IF NEW.currency <> txn.currency THEN
        RAISE EXCEPTION 'refund currency % differs from the payment currency %', NEW.currency, txn.currency
            USING ERRCODE = 'check_violation';
    END IF;
    IF TG_OP = 'INSERT' AND txn.status NOT IN ('completed', 'partially_refunded') THEN
        RAISE EXCEPTION 'a % payment cannot be refunded', txn.status
            USING ERRCODE = 'check_violation';
    END IF;
    SELECT coalesce(sum(amount), 0) INTO taken FROM refunds
     WHERE transaction_id = NEW.transaction_id AND id <> NEW.id
       AND state NOT IN ('failed', 'rejected');
    IF taken + NEW.amount > txn.amount THEN
        RAISE EXCEPTION 'refunds would total % of a % % payment', taken + NEW.amount, txn.amount, txn.currency
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER refunds_amount BEFORE INSERT OR UPDATE OF amount, state ON refunds
    FOR EACH ROW EXECUTE FUNCTION refunds_check_amount();

-- Partitioned by month: grows without bound.
CREATE TABLE usage_logs (
    id              bigserial,
    user_id         uuid NOT NULL,
    subscription_id uuid,
    resource_type   text NOT NULL CHECK (length(resource_type) BETWEEN 1 AND 50),
    resource_id     text,
    quota_cost      integer NOT NULL DEFAULT 1 CHECK (quota_cost >= 0),
    metadata        jsonb NOT NULL DEFAULT '{}',
    created_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (created_at, id)
) PARTITION BY RANGE (created_at);
CREATE INDEX usage_logs_user ON usage_logs (user_id, created_at, id);
CREATE TABLE usage_logs_default PARTITION OF usage_logs DEFAULT;

CREATE TABLE nodes (
    id                integer GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    name              text NOT NULL UNIQUE CHECK (length(btrim(name)) BETWEEN 1 AND 100),
    address           text NOT NULL,
    node_group        integer NOT NULL DEFAULT 0 CHECK (node_group >= 0),
    traffic_rate      numeric(6, 2) NOT NULL DEFAULT 1 CHECK (traffic_rate > 0 AND traffic_rate <= 100),
    enabled           boolean NOT NULL DEFAULT true,
    bandwidth_used    bigint NOT NULL DEFAULT 0 CHECK (bandwidth_used >= 0),
    bandwidth_limit   bigint NOT NULL DEFAULT 0 CHECK (bandwidth_limit >= 0), -- 0: unlimited
    last_heartbeat_at timestamptz,
    online_users      integer NOT NULL DEFAULT 0 CHECK (online_users >= 0),
    load              text NOT NULL DEFAULT '',
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    row_version       bigint NOT NULL DEFAULT 1
);
CREATE TRIGGER nodes_touch BEFORE UPDATE ON nodes FOR EACH ROW EXECUTE FUNCTION touch_row();

-- Raw traffic reports as nodes send them; partitioned by time, pruned once rolled up.
CREATE TABLE node_traffic_raw (
    id             bigserial,
    node_id        integer NOT NULL,
    user_id        uuid NOT NULL,
    upload_bytes   bigint NOT NULL CHECK (upload_bytes >= 0),
    download_bytes bigint NOT NULL CHECK (download_bytes >= 0),
    rate           numeric(6, 2) NOT NULL CHECK (rate > 0),
    reported_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (reported_at, id)
) PARTITION BY RANGE (reported_at);
CREATE INDEX node_traffic_raw_node ON node_traffic_raw (node_id, reported_at);
CREATE TABLE node_traffic_raw_default PARTITION OF node_traffic_raw DEFAULT;

-- Hourly rollups per node and user: what dashboards read.
CREATE TABLE node_traffic_hourly (
    node_id          integer NOT NULL REFERENCES nodes (id),
    user_id          uuid NOT NULL REFERENCES users (id),
    hour             timestamptz NOT NULL CHECK (date_trunc('hour', hour) = hour),
    upload_bytes     bigint NOT NULL DEFAULT 0 CHECK (upload_bytes >= 0),
    download_bytes   bigint NOT NULL DEFAULT 0 CHECK (download_bytes >= 0),
    charged_upload   bigint NOT NULL DEFAULT 0 CHECK (charged_upload >= 0),
    charged_download bigint NOT NULL DEFAULT 0 CHECK (charged_download >= 0),
    PRIMARY KEY (node_id, user_id, hour)
);
CREATE INDEX node_traffic_hourly_user ON node_traffic_hourly (user_id, hour);
CREATE INDEX node_traffic_hourly_hour ON node_traffic_hourly (hour, node_id);

CREATE TABLE node_online_log (
    id           bigserial PRIMARY KEY,
    node_id      integer NOT NULL REFERENCES nodes (id),
    online_users integer NOT NULL CHECK (online_users >= 0),
    load         text NOT NULL DEFAULT '',
    recorded_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX node_online_log_node ON node_online_log (node_id, recorded_at);

-- Creates the monthly partitions of usage_logs and node_traffic_raw around this month (UTC).
-- Rows that arrive outside them land in the DEFAULT partitions, so nothing is ever refused; when
-- a month's partition is created later, its rows move out of DEFAULT first, because attaching a
-- partition whose rows still sit in DEFAULT fails. Returns how many partitions it created.
CREATE FUNCTION ensure_partitions(months_back integer, months_ahead integer) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
    base timestamp := date_trunc('month', now() AT TIME ZONE 'UTC');
    m integer;
    lo timestamptz;
    hi timestamptz;
    parent text;
    key text;
    part text;
    created integer := 0;
BEGIN
    -- Two sessions creating the same partition would collide; one at a time per database.
    PERFORM pg_advisory_xact_lock(hashtext('paneldesk.ensure_partitions'));
    FOREACH parent IN ARRAY ARRAY['usage_logs', 'node_traffic_raw'] LOOP
        key := CASE parent WHEN 'usage_logs' THEN 'created_at' ELSE 'reported_at' END;
        FOR m IN -months_back .. months_ahead LOOP
            -- Bounds at UTC midnight whatever the session's time zone.
            lo := (base + make_interval(months => m)) AT TIME ZONE 'UTC';
            hi := (base + make_interval(months => m + 1)) AT TIME ZONE 'UTC';
            part := parent || '_' || to_char(base + make_interval(months => m), 'YYYYMM');
            IF to_regclass(format('%I', part)) IS NULL THEN
                EXECUTE format('CREATE TABLE %I (LIKE %I INCLUDING DEFAULTS INCLUDING CONSTRAINTS)',
                               part, parent);
                EXECUTE format('WITH moved AS (DELETE FROM %I WHERE %I >= %L AND %I < %L RETURNING *) '
                               'INSERT INTO %I SELECT * FROM moved',
                               parent || '_default', key, lo, key, hi, part);
                EXECUTE format('ALTER TABLE %I ATTACH PARTITION %I FOR VALUES FROM (%L) TO (%L)',
                               parent, part, lo, hi);
                created := created + 1;
            END IF;
        END LOOP;
    END LOOP;
    RETURN created;
END
$$;
SELECT ensure_partitions(2, 3);
