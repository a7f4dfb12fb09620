-- Plans, subscriptions, quota, API keys and bulk compensation.
--
-- Every change an administrator makes here goes through a SECURITY DEFINER function that only
-- paneldesk_admin may execute, so finance and support logins are refused whatever client they
-- use, and each function is one transaction: it either does all of its work or none. The
-- audit trigger of 0002 records every changed row; bulk compensation adds one summary row.
--
-- Errors the client turns into sentences (SQLSTATE):
--   P0002 the user, plan, subscription or key does not exist
--   22023 a value is out of range or missing (the message says which)
--   23505 a plan with this name exists (subscription_plans_name_key)
--   PDS01 the plan has subscriptions and cannot be deleted (deactivate it instead)
--   PDS02 the user's balance is short of the price
--   PDS03 the quota is used up
--   PDS04 the user or subscription has no active subscription / it is not active
--   PDS05 the plan is inactive
--   PDS06 the user already has an active subscription
--   PDS07 someone else changed the row since it was read (optimistic concurrency)

-- Features are a list of short texts (0001 only says "an array").
ALTER TABLE subscription_plans ADD CONSTRAINT subscription_plans_features_texts
    CHECK (jsonb_array_length(features) <= 50
           AND NOT jsonb_path_exists(features, '$[*] ? (@.type() != "string")'));

-- What was bought (or granted) when: the seeds' purchase record.
CREATE TABLE subscription_purchases (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id         uuid NOT NULL REFERENCES users (id),
    subscription_id uuid NOT NULL REFERENCES user_subscriptions (id),
    plan_id         uuid NOT NULL REFERENCES subscription_plans (id),
    method          text NOT NULL CHECK (method IN ('balance', 'grant')),
    amount          numeric(18, 4) NOT NULL CHECK (amount >= 0),
    currency        char(3) NOT NULL REFERENCES currencies (code),
    reason          text CHECK (reason IS NULL OR length(btrim(reason)) BETWEEN 1 AND 500),
    created_by      text NOT NULL DEFAULT session_user,
    created_at      timestamptz NOT NULL DEFAULT now(),
    CHECK (money_fits_currency(amount, currency)),
    CHECK (method = 'balance' OR reason IS NOT NULL)
);
CREATE INDEX subscription_purchases_user ON subscription_purchases (user_id, created_at);
CREATE INDEX subscription_purchases_subscription ON subscription_purchases (subscription_id);
CREATE TRIGGER subscription_purchases_audit AFTER INSERT OR UPDATE OR DELETE
    ON subscription_purchases FOR EACH ROW EXECUTE FUNCTION audit_row_change();
GRANT SELECT ON subscription_purchases TO paneldesk_admin, paneldesk_finance, paneldesk_support;

-- Consuming quota is a service's use, logged row by row in usage_logs, not a staff change: an
-- update that only raises quota_used writes no audit row (it would bury the staff changes, as
-- traffic counters would). Staff cannot raise it any other way (no UPDATE grant), and every
-- other change of a subscription, a quota reset included, is still audited.
DROP TRIGGER subscriptions_audit ON user_subscriptions;
CREATE TRIGGER subscriptions_audit AFTER INSERT OR DELETE ON user_subscriptions
    FOR EACH ROW EXECUTE FUNCTION audit_row_change();
CREATE TRIGGER subscriptions_audit_update AFTER UPDATE ON user_subscriptions FOR EACH ROW
    WHEN (NOT (NEW.quota_used > OLD.quota_used
               AND (to_jsonb(NEW) - ARRAY['quota_used', 'updated_at', 'row_version'])
                   = (to_jsonb(OLD) - ARRAY['quota_used', 'updated_at', 'row_version'])))
    EXECUTE FUNCTION audit_row_change();

-- Indexes for what the Plans and Subscriptions dashboards filter and sort by (keyset: a
-- non-NULL key, then id).
CREATE INDEX subscription_plans_price_keyset ON subscription_plans (price, id);
CREATE INDEX subscription_plans_created_keyset ON subscription_plans (created_at, id);
CREATE INDEX user_subscriptions_status_created ON user_subscriptions (status, created_at, id);
CREATE INDEX user_subscriptions_plan_created ON user_subscriptions (plan_id, created_at, id);
CREATE INDEX user_subscriptions_end_keyset
    ON user_subscriptions ((coalesce(current_period_end, 'infinity')), id);
CREATE INDEX user_subscriptions_quota_keyset
    ON user_subscriptions ((coalesce(quota_used::bigint * 100 / nullif(quota_limit, 0), -1)), id);

-- The end of a billing period that starts at `start`; NULL for lifetime.
CREATE FUNCTION plan_period_end(p_cycle text, p_start timestamptz) RETURNS timestamptz
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE p_cycle
               WHEN 'monthly' THEN p_start + interval '1 month'
               WHEN 'yearly' THEN p_start + interval '1 year'
           END
$$;

-- Checks a plan's values with sentences before the table's CHECKs would answer in SQL terms.
CREATE FUNCTION plan_check(p_name text, p_price numeric, p_currency text, p_cycle text,
                           p_quota_type text, p_quota_limit integer, p_traffic_bytes bigint,
                           p_node_group integer, p_level integer, p_features jsonb)
RETURNS void LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
BEGIN
    IF p_name IS NULL OR length(btrim(p_name)) NOT BETWEEN 1 AND 100 THEN
        RAISE EXCEPTION 'a plan name must have 1 to 100 characters' USING ERRCODE = '22023';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM currencies WHERE code = p_currency) THEN
        RAISE EXCEPTION 'the currency % is not known', coalesce(p_currency, 'nothing')
            USING ERRCODE = '22023';
    END IF;
    IF p_price IS NULL OR p_price < 0 OR p_price >= 1e15
       OR NOT money_fits_currency(p_price, p_currency) THEN
        RAISE EXCEPTION 'the price % does not fit the currency %', coalesce(p_price::text, 'nothing'),
            p_currency USING ERRCODE = '22023';
    END IF;
    IF p_cycle IS NULL OR p_cycle NOT IN ('monthly', 'yearly', 'lifetime') THEN
        RAISE EXCEPTION 'the billing cycle must be monthly, yearly or lifetime'
            USING ERRCODE = '22023';
    END IF;
    IF p_quota_type IS NULL OR p_quota_type !~ '^[a-z][a-z0-9_]{0,49}$' THEN
        RAISE EXCEPTION 'the quota type must be lower-case letters, digits and _'
            USING ERRCODE = '22023';
    END IF;
    IF p_quota_limit IS NOT NULL AND p_quota_limit < 0 THEN
        RAISE EXCEPTION 'the quota limit cannot be negative' USING ERRCODE = '22023';
    END IF;
    IF p_traffic_bytes IS NULL OR p_traffic_bytes NOT BETWEEN 0 AND 1125899906842624 THEN
        RAISE EXCEPTION 'the traffic per period must be between 0 and 1 PiB'
            USING ERRCODE = '22023';
    END IF;
    IF p_node_group IS NULL OR p_node_group NOT BETWEEN 0 AND 9999 THEN
        RAISE EXCEPTION 'the node group must be between 0 and 9999' USING ERRCODE = '22023';
    END IF;
    IF p_level IS NULL OR p_level NOT BETWEEN 0 AND 99 THEN
        RAISE EXCEPTION 'the level must be between 0 and 99' USING ERRCODE = '22023';
    END IF;
    IF p_features IS NULL OR jsonb_typeof(p_features) <> 'array'
       OR jsonb_array_length(p_features) > 50
       OR EXISTS (SELECT 1 FROM jsonb_array_elements(p_features) AS f
                   WHERE jsonb_typeof(f) <> 'string' OR length(btrim(f #>> '{}')) NOT BETWEEN 1 AND 200) THEN
        RAISE EXCEPTION 'features must be a list of at most 50 texts of 1 to 200 characters'
            USING ERRCODE = '22023';
    END IF;
END
$$;

-- Creates a plan (p_id NULL) or updates one whose row_version is still p_expected_version.
-- Returns the plan's id.
CREATE FUNCTION plan_save(p_id uuid, p_expected_version bigint, p_name text, p_price numeric,
                          p_currency text, p_cycle text, p_quota_type text, p_quota_limit integer,
                          p_traffic_bytes bigint, p_reset_traffic boolean, p_node_group integer,
                          p_level integer, p_features jsonb, p_active boolean)
RETURNS uuid LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    v_id uuid;
BEGIN
    PERFORM plan_check(p_name, p_price, p_currency, p_cycle, p_quota_type, p_quota_limit,
                       p_traffic_bytes, p_node_group, p_level, p_features);
    IF p_id IS NULL THEN
        INSERT INTO subscription_plans (name, price, currency, billing_cycle, quota_type,
                                        quota_limit, traffic_bytes, reset_traffic, node_group,
                                        level, features, is_active)
        VALUES (btrim(p_name), p_price, p_currency, p_cycle, p_quota_type, p_quota_limit,
                p_traffic_bytes, coalesce(p_reset_traffic, true), p_node_group, p_level,
                p_features, coalesce(p_active, true))
        RETURNING id INTO v_id;
        RETURN v_id;
    END IF;
    UPDATE subscription_plans
       SET name = btrim(p_name), price = p_price, currency = p_currency, billing_cycle = p_cycle,
           quota_type = p_quota_type, quota_limit = p_quota_limit,
           traffic_bytes = p_traffic_bytes, reset_traffic = coalesce(p_reset_traffic, true),
           node_group = p_node_group, level = p_level, features = p_features,
           is_active = coalesce(p_active, is_active)
     WHERE id = p_id AND row_version = p_expected_version
    RETURNING id INTO v_id;
    IF v_id IS NULL THEN
        IF EXISTS (SELECT 1 FROM subscription_plans WHERE id = p_id) THEN
            RAISE EXCEPTION 'someone else changed this plan since it was read'
                USING ERRCODE = 'PDS07';
        END IF;
        RAISE EXCEPTION 'plan % does not exist', p_id USING ERRCODE = 'P0002';
    END IF;
    RETURN v_id;
END
$$;

CREATE FUNCTION plan_set_active(p_id uuid, p_active boolean) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    UPDATE subscription_plans SET is_active = p_active WHERE id = p_id AND is_active <> p_active;
    IF NOT FOUND AND NOT EXISTS (SELECT 1 FROM subscription_plans WHERE id = p_id) THEN
        RAISE EXCEPTION 'plan % does not exist', p_id USING ERRCODE = 'P0002';
    END IF;
END
$$;

-- A plan that any subscription ever referred to stays (history and purchases point at it).
CREATE FUNCTION plan_delete(p_id uuid) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    v_count bigint;
BEGIN
    PERFORM 1 FROM subscription_plans WHERE id = p_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'plan % does not exist', p_id USING ERRCODE = 'P0002';
    END IF;
    SELECT count(*) INTO v_count FROM user_subscriptions WHERE plan_id = p_id;
    IF v_count > 0 THEN
        RAISE EXCEPTION 'the plan has % subscription(s) and cannot be deleted; deactivate it instead',
            v_count USING ERRCODE = 'PDS01';
    END IF;
    DELETE FROM subscription_plans WHERE id = p_id;
END
$$;

-- The seeds' "buy" as one transaction: charge the balance (or grant with a reason), set the
-- user's level, expiry, node group and traffic quota (resetting used traffic when the plan says
-- so), create the subscription and record the purchase. Returns the subscription's id.
CREATE FUNCTION subscription_assign(p_user uuid, p_plan uuid, p_charge boolean, p_reason text)
RETURNS uuid LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    u users%ROWTYPE;
    pl subscription_plans%ROWTYPE;
    v_now timestamptz := now();
    v_end timestamptz;
    v_sub uuid;
BEGIN
    -- The user's row lock orders two assignments (or a charge and a top-up) of one user.
    SELECT * INTO u FROM users WHERE id = p_user AND deleted_at IS NULL FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'user % does not exist', p_user USING ERRCODE = 'P0002';
    END IF;
    SELECT * INTO pl FROM subscription_plans WHERE id = p_plan FOR SHARE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'plan % does not exist', p_plan USING ERRCODE = 'P0002';
    END IF;
    IF NOT pl.is_active THEN
        RAISE EXCEPTION 'the plan % is inactive', pl.name USING ERRCODE = 'PDS05';
    END IF;
    IF EXISTS (SELECT 1 FROM user_subscriptions WHERE user_id = p_user AND status = 'active') THEN
        RAISE EXCEPTION 'the user already has an active subscription; change its plan instead'
            USING ERRCODE = 'PDS06';
    END IF;
    IF coalesce(p_charge, false) THEN
        IF u.balance_currency <> pl.currency THEN
            RAISE EXCEPTION 'the balance is in % but the plan costs %', u.balance_currency, pl.currency
                USING ERRCODE = '22023';
        END IF;
        IF u.balance < pl.price THEN
            RAISE EXCEPTION 'the balance % % is short of the price % %', u.balance,
                u.balance_currency, pl.price, pl.currency USING ERRCODE = 'PDS02';
        END IF;
    ELSIF p_reason IS NULL OR length(btrim(p_reason)) NOT BETWEEN 1 AND 500 THEN
        RAISE EXCEPTION 'a plan given without charge needs a reason (1 to 500 characters)'
            USING ERRCODE = '22023';
    END IF;

    v_end := plan_period_end(pl.billing_cycle, v_now);
    UPDATE users
       SET balance = CASE WHEN p_charge THEN balance - pl.price ELSE balance END,
           level = pl.level, level_expires_at = v_end, node_group = pl.node_group,
           transfer_enable = pl.traffic_bytes,
           upload_bytes = CASE WHEN pl.reset_traffic THEN 0 ELSE upload_bytes END,
           download_bytes = CASE WHEN pl.reset_traffic THEN 0 ELSE download_bytes END
     WHERE id = p_user;
    INSERT INTO user_subscriptions (user_id, plan_id, status, current_period_start,
                                    current_period_end, quota_limit, auto_renew)
    VALUES (p_user, p_plan, 'active', v_now, v_end, pl.quota_limit, pl.billing_cycle <> 'lifetime')
    RETURNING id INTO v_sub;
    INSERT INTO subscription_purchases (user_id, subscription_id, plan_id, method, amount,
                                        currency, reason)
    VALUES (p_user, v_sub, p_plan, CASE WHEN p_charge THEN 'balance' ELSE 'grant' END,
            CASE WHEN p_charge THEN pl.price ELSE 0 END, pl.currency,
            nullif(btrim(coalesce(p_reason, '')), ''));
    RETURN v_sub;
END
$$;

-- Locks an active subscription for a change; refuses a missing or inactive one.
CREATE FUNCTION subscription_lock_active(p_sub uuid) RETURNS user_subscriptions
LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
DECLARE
    s user_subscriptions%ROWTYPE;
BEGIN
    SELECT * INTO s FROM user_subscriptions WHERE id = p_sub FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'subscription % does not exist', p_sub USING ERRCODE = 'P0002';
    END IF;
    IF s.status <> 'active' THEN
        RAISE EXCEPTION 'the subscription is %, not active', s.status USING ERRCODE = 'PDS04';
    END IF;
    RETURN s;
END
$$;

-- Adds days to the period and to the user's level expiry. Returns the new end.
CREATE FUNCTION subscription_extend(p_sub uuid, p_days integer) RETURNS timestamptz
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    s user_subscriptions%ROWTYPE;
    v_end timestamptz;
BEGIN
    IF p_days IS NULL OR p_days NOT BETWEEN 1 AND 3650 THEN
        RAISE EXCEPTION 'a subscription is extended by 1 to 3650 days' USING ERRCODE = '22023';
    END IF;
    s := subscription_lock_active(p_sub);
    IF s.current_period_end IS NULL THEN
        RAISE EXCEPTION 'a lifetime subscription has no end to extend' USING ERRCODE = '22023';
    END IF;
    v_end := s.current_period_end + make_interval(days => p_days);
    UPDATE user_subscriptions SET current_period_end = v_end WHERE id = p_sub;
    UPDATE users SET level_expires_at = v_end WHERE id = s.user_id;
    RETURN v_end;
END
$$;

-- Moves the subscription to another plan: a new period of that plan starts now, the quota
-- limit, level, node group and traffic quota follow it. No money moves here (the client shows
-- the pro-rata value of the unused period so the administrator can settle it separately).
CREATE FUNCTION subscription_change_plan(p_sub uuid, p_plan uuid) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    s user_subscriptions%ROWTYPE;
    pl subscription_plans%ROWTYPE;
    v_now timestamptz := now();
    v_end timestamptz;
BEGIN
    s := subscription_lock_active(p_sub);
    SELECT * INTO pl FROM subscription_plans WHERE id = p_plan FOR SHARE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'plan % does not exist', p_plan USING ERRCODE = 'P0002';
    END IF;
    IF NOT pl.is_active THEN
        RAISE EXCEPTION 'the plan % is inactive', pl.name USING ERRCODE = 'PDS05';
    END IF;
    IF pl.id = s.plan_id THEN
        RAISE EXCEPTION 'the subscription is already on the plan %', pl.name
            USING ERRCODE = '22023';
    END IF;
    v_end := plan_period_end(pl.billing_cycle, v_now);
    UPDATE user_subscriptions
       SET plan_id = pl.id, quota_limit = pl.quota_limit,
           quota_used = CASE WHEN pl.quota_limit IS NULL THEN quota_used
                             ELSE least(quota_used, pl.quota_limit) END,
           current_period_start = v_now, current_period_end = v_end,
           auto_renew = auto_renew AND pl.billing_cycle <> 'lifetime',
           cancel_at_period_end = false
     WHERE id = p_sub;
    UPDATE users
       SET level = pl.level, level_expires_at = v_end, node_group = pl.node_group,
           transfer_enable = pl.traffic_bytes
     WHERE id = s.user_id;
END
$$;

-- Cancels now (the service stops now) or at the end of the period (nothing renews).
CREATE FUNCTION subscription_cancel(p_sub uuid, p_at_period_end boolean) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    s user_subscriptions%ROWTYPE;
BEGIN
    s := subscription_lock_active(p_sub);
    IF coalesce(p_at_period_end, false) THEN
        IF s.current_period_end IS NULL THEN
            RAISE EXCEPTION 'a lifetime subscription has no period end; cancel it now instead'
                USING ERRCODE = '22023';
        END IF;
        UPDATE user_subscriptions SET cancel_at_period_end = true, auto_renew = false
         WHERE id = p_sub;
        RETURN;
    END IF;
    UPDATE user_subscriptions
       SET status = 'cancelled', auto_renew = false, cancel_at_period_end = false
     WHERE id = p_sub;
    UPDATE users SET level_expires_at = now() WHERE id = s.user_id;
END
$$;

CREATE FUNCTION subscription_reset_quota(p_sub uuid) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    PERFORM subscription_lock_active(p_sub);
    UPDATE user_subscriptions SET quota_used = 0 WHERE id = p_sub AND quota_used <> 0;
END
$$;

CREATE FUNCTION subscription_set_auto_renew(p_sub uuid, p_on boolean) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    s user_subscriptions%ROWTYPE;
BEGIN
    s := subscription_lock_active(p_sub);
    IF p_on AND s.current_period_end IS NULL THEN
        RAISE EXCEPTION 'a lifetime subscription does not renew' USING ERRCODE = '22023';
    END IF;
    UPDATE user_subscriptions
       SET auto_renew = p_on, cancel_at_period_end = CASE WHEN p_on THEN false ELSE cancel_at_period_end END
     WHERE id = p_sub AND auto_renew IS DISTINCT FROM p_on;
END
$$;

-- The seeds' consume_quota: takes `cost` from the user's active subscription in one statement
-- (the row lock and the re-checked WHERE make concurrent callers queue, so the limit is never
-- passed) and logs the use. Returns the quota used afterwards.
CREATE FUNCTION consume_quota(p_user uuid, p_resource_type text, p_cost integer DEFAULT 1,
                              p_resource_id text DEFAULT NULL, p_metadata jsonb DEFAULT '{}')
RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    v_sub uuid;
    v_used integer;
    v_limit integer;
BEGIN
    IF p_cost IS NULL OR p_cost NOT BETWEEN 0 AND 1000000 THEN
        RAISE EXCEPTION 'the cost must be between 0 and 1000000' USING ERRCODE = '22023';
    END IF;
    IF p_resource_type IS NULL OR length(p_resource_type) NOT BETWEEN 1 AND 50 THEN
        RAISE EXCEPTION 'the resource type must have 1 to 50 characters' USING ERRCODE = '22023';
    END IF;
    UPDATE user_subscriptions
       SET quota_used = quota_used + p_cost
     WHERE user_id = p_user AND status = 'active'
       AND (current_period_end IS NULL OR current_period_end > now())
       AND (quota_limit IS NULL OR quota_used + p_cost <= quota_limit)
    RETURNING id, quota_used INTO v_sub, v_used;
    IF v_sub IS NULL THEN
        SELECT quota_used, quota_limit INTO v_used, v_limit FROM user_subscriptions
         WHERE user_id = p_user AND status = 'active'
           AND (current_period_end IS NULL OR current_period_end > now());
        IF FOUND THEN
            RAISE EXCEPTION 'the quota is used up: % of % used, % more asked', v_used, v_limit, p_cost
                USING ERRCODE = 'PDS03';
        END IF;
        RAISE EXCEPTION 'user % has no active subscription', p_user USING ERRCODE = 'PDS04';
    END IF;
    INSERT INTO usage_logs (user_id, subscription_id, resource_type, resource_id, quota_cost,
                            metadata)
    VALUES (p_user, v_sub, p_resource_type, p_resource_id, p_cost, coalesce(p_metadata, '{}'));
    RETURN v_used;
END
$$;

-- API keys: the client makes the key and sends only its SHA-256 (hex) and its prefix, so the
-- full key never reaches the server, its logs or the audit trail.
CREATE FUNCTION api_key_create(p_user uuid, p_name text, p_prefix text, p_hash text,
                               p_expires timestamptz)
RETURNS uuid LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    v_id uuid;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM users WHERE id = p_user AND deleted_at IS NULL) THEN
        RAISE EXCEPTION 'user % does not exist', p_user USING ERRCODE = 'P0002';
    END IF;
    IF p_name IS NULL OR length(btrim(p_name)) NOT BETWEEN 1 AND 100 THEN
        RAISE EXCEPTION 'a key name must have 1 to 100 characters' USING ERRCODE = '22023';
    END IF;
    IF p_prefix IS NULL OR p_prefix !~ '^sk_live_[0-9A-Za-z]{4,12}$' THEN
        RAISE EXCEPTION 'the key prefix must be sk_live_ and 4 to 12 letters or digits'
            USING ERRCODE = '22023';
    END IF;
    IF p_hash IS NULL OR p_hash !~ '^[0-9a-f]{64}$' THEN
        RAISE EXCEPTION 'the key hash must be a SHA-256 in lower-case hex' USING ERRCODE = '22023';
    END IF;
    IF p_expires IS NOT NULL AND p_expires <= now() THEN
        RAISE EXCEPTION 'the expiry must be in the future' USING ERRCODE = '22023';
    END IF;
    INSERT INTO api_keys (user_id, name, key_prefix, key_hash, expires_at)
    VALUES (p_user, btrim(p_name), p_prefix, p_hash, p_expires)
    RETURNING id INTO v_id;
    RETURN v_id;
END
$$;

-- Revokes at once; returns false when the key was revoked already.
CREATE FUNCTION api_key_revoke(p_id uuid) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    UPDATE api_keys SET is_active = false, revoked_at = now()
     WHERE id = p_id AND revoked_at IS NULL;
    IF FOUND THEN
        RETURN true;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM api_keys WHERE id = p_id) THEN
        RAISE EXCEPTION 'API key % does not exist', p_id USING ERRCODE = 'P0002';
    END IF;
    RETURN false;
END
$$;

-- For the services that accept keys: the user of an active, unexpired key with this hash (and
-- its last use noted), or NULL.
CREATE FUNCTION api_key_authenticate(p_hash text) RETURNS uuid
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    v_user uuid;
BEGIN
    UPDATE api_keys SET last_used_at = now()
     WHERE key_hash = p_hash AND is_active AND revoked_at IS NULL
       AND (expires_at IS NULL OR expires_at > now())
    RETURNING user_id INTO v_user;
    RETURN v_user;
END
$$;

-- A revoked key stays revoked, whoever updates the row (0002 lets admins update is_active).
CREATE FUNCTION api_keys_keep_revoked() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
BEGIN
    IF OLD.revoked_at IS NOT NULL
       AND (NEW.is_active OR NEW.revoked_at IS DISTINCT FROM OLD.revoked_at) THEN
        RAISE EXCEPTION 'a revoked API key stays revoked; create a new key instead'
            USING ERRCODE = 'check_violation';
    END IF;
    IF NOT NEW.is_active AND NEW.revoked_at IS NULL THEN
        NEW.revoked_at := now();
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER api_keys_keep_revoked BEFORE UPDATE ON api_keys
    FOR EACH ROW EXECUTE FUNCTION api_keys_keep_revoked();

-- Bulk compensation. The preview and the change use the same two formulas: days are added
-- from the later of the expiry and now (an expired user gets the days from today); no expiry
-- stays no expiry; traffic grows up to the 1 PiB cap.
CREATE FUNCTION compensated_expiry(p_expires timestamptz, p_days integer) RETURNS timestamptz
LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN p_expires IS NULL OR coalesce(p_days, 0) = 0 THEN p_expires
                ELSE greatest(p_expires, now()) + make_interval(days => p_days) END
$$;
CREATE FUNCTION compensated_quota(p_quota bigint, p_bytes bigint) RETURNS bigint
LANGUAGE sql IMMUTABLE AS $$
    SELECT least(p_quota + coalesce(p_bytes, 0), 1125899906842624::bigint)
$$;

-- Compensates one batch of users (the client selects them with the Users dashboard's filter,
-- in its own transaction, batch after batch). Their active subscriptions get the days too.
-- Returns how many users it changed.
CREATE FUNCTION compensate_users(p_ids uuid[], p_days integer, p_bytes bigint) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    v_count integer;
BEGIN
    IF p_days IS NULL OR p_days NOT BETWEEN 0 AND 3650 THEN
        RAISE EXCEPTION 'compensation days must be between 0 and 3650' USING ERRCODE = '22023';
    END IF;
    IF p_bytes IS NULL OR p_bytes NOT BETWEEN 0 AND 1125899906842624 THEN
        RAISE EXCEPTION 'compensation traffic must be between 0 and 1 PiB' USING ERRCODE = '22023';
    END IF;
    IF p_days = 0 AND p_bytes = 0 THEN
        RAISE EXCEPTION 'a compensation gives days, traffic or both' USING ERRCODE = '22023';
    END IF;
    UPDATE users
       SET transfer_enable = compensated_quota(transfer_enable, p_bytes),
           level_expires_at = compensated_expiry(level_expires_at, p_days)
     WHERE id = ANY (p_ids) AND deleted_at IS NULL;
    GET DIAGNOSTICS v_count = ROW_COUNT;
    IF p_days > 0 THEN
        UPDATE user_subscriptions
           SET current_period_end = compensated_expiry(current_period_end, p_days)
         WHERE user_id = ANY (p_ids) AND status = 'active' AND current_period_end IS NOT NULL;
    END IF;
    RETURN v_count;
END
$$;

-- The one summary entry of a bulk compensation: what was given, to how many, chosen how.
CREATE FUNCTION compensation_record(p_filter jsonb, p_days integer, p_bytes bigint,
                                    p_users bigint)
RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    v_id bigint;
BEGIN
    INSERT INTO audit_log (db_role, table_name, row_id, action, before, after, application_name,
                           client_addr)
    VALUES (session_user, 'bulk_compensation', NULL, 'UPDATE', NULL,
            jsonb_build_object('filter', coalesce(p_filter, '{}'), 'days', p_days,
                               'bytes', p_bytes, 'users', p_users),
            nullif(current_setting('application_name', true), ''), inet_client_addr())
    RETURNING id INTO v_id;
    RETURN v_id;
END
$$;

-- Only administrators may call any of it.
DO $$
DECLARE
    f text;
BEGIN
    FOREACH f IN ARRAY ARRAY[
        'plan_check(text, numeric, text, text, text, integer, bigint, integer, integer, jsonb)',
        'plan_save(uuid, bigint, text, numeric, text, text, text, integer, bigint, boolean, integer, integer, jsonb, boolean)',
        'plan_set_active(uuid, boolean)', 'plan_delete(uuid)',
        'subscription_assign(uuid, uuid, boolean, text)', 'subscription_lock_active(uuid)',
        'subscription_extend(uuid, integer)', 'subscription_change_plan(uuid, uuid)',
        'subscription_cancel(uuid, boolean)', 'subscription_reset_quota(uuid)',
        'subscription_set_auto_renew(uuid, boolean)',
        'consume_quota(uuid, text, integer, text, jsonb)',
        'api_key_create(uuid, text, text, text, timestamptz)', 'api_key_revoke(uuid)',
        'api_key_authenticate(text)', 'api_keys_keep_revoked()',
        'compensate_users(uuid[], integer, bigint)',
        'compensation_record(jsonb, integer, bigint, bigint)'] LOOP
        EXECUTE format('REVOKE EXECUTE ON FUNCTION %s FROM PUBLIC', f);
    END LOOP;
    FOREACH f IN ARRAY ARRAY[
        'plan_save(uuid, bigint, text, numeric, text, text, text, integer, bigint, boolean, integer, integer, jsonb, boolean)',
        'plan_set_active(uuid, boolean)', 'plan_delete(uuid)',
        'subscription_assign(uuid, uuid, boolean, text)',
        'subscription_extend(uuid, integer)', 'subscription_change_plan(uuid, uuid)',
        'subscription_cancel(uuid, boolean)', 'subscription_reset_quota(uuid)',
        'subscription_set_auto_renew(uuid, boolean)',
        'consume_quota(uuid, text, integer, text, jsonb)',
        'api_key_create(uuid, text, text, text, timestamptz)', 'api_key_revoke(uuid)',
        'api_key_authenticate(text)',
        'compensate_users(uuid[], integer, bigint)',
        'compensation_record(jsonb, integer, bigint, bigint)'] LOOP
        EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO paneldesk_admin', f);
    END LOOP;
END
$$;
