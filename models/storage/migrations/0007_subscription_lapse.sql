-- A subscription whose period has ended without renewal is over: assigning the user a new plan
-- marks it expired in the same transaction instead of refusing ("already has an active
-- subscription"), so a lapsed customer can buy again. Nothing else changes in the assignment:
-- this is 0006's subscription_assign with that one step before its checks.
CREATE OR REPLACE FUNCTION subscription_assign(p_user uuid, p_plan uuid, p_charge boolean,
                                               p_reason text)
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
    -- After the refusals above, so a refused assignment leaves a lapsed subscription as it was.
    UPDATE user_subscriptions SET status = 'expired', auto_renew = false
     WHERE user_id = p_user AND status = 'active' AND current_period_end <= v_now;
    IF EXISTS (SELECT 1 FROM user_subscriptions WHERE user_id = p_user AND status = 'active') THEN
        RAISE EXCEPTION 'the user already has an active subscription; change its plan instead'
            USING ERRCODE = 'PDS06';
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
-- CREATE OR REPLACE keeps 0006's grants; restated so this file reads whole.
REVOKE EXECUTE ON FUNCTION subscription_assign(uuid, uuid, boolean, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION subscription_assign(uuid, uuid, boolean, text) TO paneldesk_admin;
