-- Refunds through the gateways: the state machine's moves as SECURITY DEFINER functions that
-- only paneldesk_finance may execute (the threshold: paneldesk_admin), the limits the database
-- refuses (amount, status, window, partial-refund count), and indexes for the payments page.
--
-- State machine (domain.md): requested → awaiting_approval → approved | rejected;
-- approved → submitted → succeeded | processing | failed | unknown; processing and unknown are
-- settled later (refund_record_outcome). The idempotency key is derived once, in the same
-- transaction that makes the refund `approved`, and never changes.
--
-- Errors the client turns into sentences (SQLSTATE):
--   P0002 the transaction or refund does not exist
--   22023 a value is out of range or missing (the message says which)
--   PDR01 the payment is not completed or partially refunded
--   PDR02 the gateway's refund window has passed
--   PDR03 the gateway's partial-refund count is used up
--   PDR04 the refund would take more than what is left of the payment
--   PDR05 the refund is not in a state that allows this (approve a pending one, …)
--   PDR06 the requester cannot approve their own refund

-- Refund windows (days after payment; null: no window) and partial-refund counts per gateway
-- (null: no limit). Alipay's window is set by the merchant contract: change it here.
INSERT INTO app_settings (key, value)
VALUES ('refund_window_days', '{"alipay": 365, "wechat": 365, "stripe": null, "paypal": 180}'),
       ('refund_max_count', '{"alipay": null, "wechat": 50, "stripe": null, "paypal": null}')
ON CONFLICT (key) DO NOTHING;

-- Filters and sorts the Transactions & Refunds page offers.
CREATE INDEX payment_transactions_gateway_keyset ON payment_transactions (gateway, created_at, id);
CREATE INDEX payment_transactions_amount_keyset ON payment_transactions (amount, id);
CREATE INDEX refunds_state_keyset ON refunds (state, created_at, id);

-- The refund window of a gateway in days, null when it has none.
CREATE FUNCTION refund_window_days(gw text) RETURNS integer
LANGUAGE sql STABLE SET search_path = pg_catalog, public AS $$
    SELECT (value ->> gw)::integer FROM app_settings WHERE key = 'refund_window_days'
$$;

-- How many refunds a gateway allows on one payment, null when unlimited.
CREATE FUNCTION refund_max_count(gw text) RETURNS integer
LANGUAGE sql STABLE SET search_path = pg_catalog, public AS $$
    SELECT (value ->> gw)::integer FROM app_settings WHERE key = 'refund_max_count'
$$;

-- What is left to refund of a payment: its amount minus every refund that is not failed or
-- rejected (processing and unknown ones count until settled), the days left in the window and
-- the refunds left under the gateway's count. For the refund dialog; same rules as below.
CREATE FUNCTION refund_limits(p_transaction uuid,
                              OUT refundable numeric, OUT currency char(3),
                              OUT days_left integer, OUT refunds_left integer,
                              OUT deadline timestamptz)
LANGUAGE sql STABLE SET search_path = pg_catalog, public AS $$
    SELECT t.amount - coalesce((SELECT sum(r.amount) FROM refunds r
                                 WHERE r.transaction_id = t.id
                                   AND r.state NOT IN ('failed', 'rejected')), 0),
           t.currency,
           CASE WHEN refund_window_days(t.gateway) IS NULL THEN NULL
                ELSE greatest(0, ceil(extract(epoch FROM (t.paid_at
                         + make_interval(days => refund_window_days(t.gateway)) - now())) / 86400)::integer)
           END,
           CASE WHEN refund_max_count(t.gateway) IS NULL THEN NULL
                ELSE greatest(0, refund_max_count(t.gateway)
                                 - (SELECT count(*) FROM refunds r WHERE r.transaction_id = t.id
                                       AND r.state NOT IN ('failed', 'rejected'))::integer)
           END,
           t.paid_at + make_interval(days => refund_window_days(t.gateway))
      FROM payment_transactions t WHERE t.id = p_transaction
$$;

-- Whether `amount` in `currency` needs a second person's approval. A currency without a
-- threshold always does: money moves only when a rule says it may.
CREATE FUNCTION refund_needs_approval(amount numeric, currency char(3)) RETURNS boolean
LANGUAGE sql STABLE SET search_path = pg_catalog, public AS $$
    SELECT coalesce(amount > (SELECT (value ->> btrim(currency))::numeric FROM app_settings
                               WHERE key = 'refund_approval_threshold'), true)
$$;

-- The key sent to the gateway: unique, fixed, and valid for all four (WeChat allows at most
-- 64 of [0-9A-Za-z_-|*@], Alipay 64, Stripe 255, PayPal 108).
CREATE FUNCTION refund_key_for(refund_id uuid) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT 'PDRF' || replace(refund_id::text, '-', '')
$$;

-- A finance clerk asks for a refund. The payment row is locked first, so two clerks refunding
-- the same payment at the same moment are checked one after the other. Under the threshold the
-- refund is approved (and gets its key) in this same transaction; above it, it waits for a
-- second finance login.
CREATE FUNCTION refund_request(p_transaction uuid, p_amount numeric, p_reason text)
RETURNS refunds
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    t payment_transactions%ROWTYPE;
    taken numeric;
    n integer;
    r refunds%ROWTYPE;
BEGIN
    SELECT * INTO t FROM payment_transactions WHERE id = p_transaction FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'payment % does not exist', p_transaction USING ERRCODE = 'P0002';
    END IF;
    IF p_amount IS NULL OR p_amount <= 0 OR NOT money_fits_currency(p_amount, t.currency) THEN
        RAISE EXCEPTION 'the refund amount must be positive with at most the decimals of %', t.currency
            USING ERRCODE = '22023';
    END IF;
    IF p_reason IS NULL OR length(btrim(p_reason)) NOT BETWEEN 1 AND 500 THEN
        RAISE EXCEPTION 'a refund needs a reason of 1 to 500 characters' USING ERRCODE = '22023';
    END IF;
    IF t.status NOT IN ('completed', 'partially_refunded') THEN
        RAISE EXCEPTION 'a % payment cannot be refunded', t.status USING ERRCODE = 'PDR01';
    END IF;
    IF refund_window_days(t.gateway) IS NOT NULL
       AND now() > t.paid_at + make_interval(days => refund_window_days(t.gateway)) THEN
        RAISE EXCEPTION 'the % refund window of % days ended on %', t.gateway,
            refund_window_days(t.gateway), t.paid_at + make_interval(days => refund_window_days(t.gateway))
            USING ERRCODE = 'PDR02';
    END IF;
    SELECT coalesce(sum(amount), 0), count(*) INTO taken, n FROM refunds
     WHERE transaction_id = t.id AND state NOT IN ('failed', 'rejected');
    IF refund_max_count(t.gateway) IS NOT NULL AND n >= refund_max_count(t.gateway) THEN
        RAISE EXCEPTION 'the payment already has % refunds, the most % allows', n, t.gateway
            USING ERRCODE = 'PDR03';
    END IF;
    IF taken + p_amount > t.amount THEN
        RAISE EXCEPTION 'only % % of the payment is left to refund', t.amount - taken, t.currency
            USING ERRCODE = 'PDR04';
    END IF;
    r.id := gen_random_uuid();
    INSERT INTO refunds (id, transaction_id, amount, currency, reason, state, idempotency_key,
                         requested_by)
    VALUES (r.id, t.id, p_amount, t.currency, btrim(p_reason),
            CASE WHEN refund_needs_approval(p_amount, t.currency) THEN 'awaiting_approval'
                 ELSE 'approved' END,
            CASE WHEN refund_needs_approval(p_amount, t.currency) THEN NULL
                 ELSE refund_key_for(r.id) END,
            session_user)
    RETURNING * INTO r;
    RETURN r;
END
$$;

-- A second finance login approves a refund waiting for it: the key is fixed here, in the
-- transaction that makes it `approved`, before anything is sent.
CREATE FUNCTION refund_approve(p_refund uuid) RETURNS refunds
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    r refunds%ROWTYPE;
BEGIN
    SELECT * INTO r FROM refunds WHERE id = p_refund FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'refund % does not exist', p_refund USING ERRCODE = 'P0002';
    END IF;
    IF r.state <> 'awaiting_approval' THEN
        RAISE EXCEPTION 'the refund is % and does not wait for approval', r.state
            USING ERRCODE = 'PDR05';
    END IF;
    IF r.requested_by = session_user THEN
        RAISE EXCEPTION 'the refund was requested by %, who cannot approve it as well', r.requested_by
            USING ERRCODE = 'PDR06';
    END IF;
    UPDATE refunds SET state = 'approved', approved_by = session_user,
                       idempotency_key = refund_key_for(id), next_attempt_at = NULL
     WHERE id = p_refund RETURNING * INTO r;
    RETURN r;
END
$$;

-- A finance login turns a waiting refund down; its amount is free again.
CREATE FUNCTION refund_reject(p_refund uuid, p_why text) RETURNS refunds
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    r refunds%ROWTYPE;
BEGIN
    SELECT * INTO r FROM refunds WHERE id = p_refund FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'refund % does not exist', p_refund USING ERRCODE = 'P0002';
    END IF;
    IF r.state <> 'awaiting_approval' THEN
        RAISE EXCEPTION 'the refund is % and does not wait for approval', r.state
            USING ERRCODE = 'PDR05';
    END IF;
    UPDATE refunds SET state = 'rejected', approved_by = NULL, last_error = nullif(btrim(p_why), ''),
                       settled_at = now()
     WHERE id = p_refund RETURNING * INTO r;
    RETURN r;
END
$$;

-- Called right before a request for the refund leaves the machine (and committed first): an
-- approved refund becomes `submitted`, any other open one keeps its state; attempts counts up.
-- A crash after this leaves `submitted`, which the reconciler settles with the same key.
CREATE FUNCTION refund_begin_attempt(p_refund uuid) RETURNS refunds
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    r refunds%ROWTYPE;
BEGIN
    SELECT * INTO r FROM refunds WHERE id = p_refund FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'refund % does not exist', p_refund USING ERRCODE = 'P0002';
    END IF;
    IF r.state NOT IN ('approved', 'submitted', 'processing', 'unknown') THEN
        RAISE EXCEPTION 'the refund is % and is not sent to the gateway', r.state
            USING ERRCODE = 'PDR05';
    END IF;
    UPDATE refunds SET state = CASE WHEN state = 'approved' THEN 'submitted' ELSE state END,
                       attempts = attempts + 1
     WHERE id = p_refund RETURNING * INTO r;
    RETURN r;
END
$$;

-- What the gateway said (or that nothing verifiable came back). outcome: succeeded, failed
-- (a definite refusal: the amount is free again), processing, unknown (timeout, reset, 5xx, bad
-- signature), or not_sent (nothing left the machine: the state stays, the reason is kept).
-- Settled refunds never change again, so a late or duplicate answer cannot undo one. The
-- payment's status follows the sum of succeeded refunds.
CREATE FUNCTION refund_record_outcome(p_refund uuid, p_outcome text, p_gateway_refund_id text,
                                      p_code text, p_message text) RETURNS refunds
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    r refunds%ROWTYPE;
    t payment_transactions%ROWTYPE;
    done numeric;
    backoff interval;
BEGIN
    IF p_outcome IS NULL
       OR p_outcome NOT IN ('succeeded', 'failed', 'processing', 'unknown', 'not_sent') THEN
        RAISE EXCEPTION 'unknown refund outcome %', coalesce(p_outcome, 'nothing')
            USING ERRCODE = '22023';
    END IF;
    SELECT * INTO r FROM refunds WHERE id = p_refund;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'refund % does not exist', p_refund USING ERRCODE = 'P0002';
    END IF;
    -- The payment first, then the refund: the same order as refund_request and the amount
    -- trigger, so two sessions cannot deadlock.
    SELECT * INTO t FROM payment_transactions WHERE id = r.transaction_id FOR UPDATE;
    SELECT * INTO r FROM refunds WHERE id = p_refund FOR UPDATE;
    IF r.state IN ('succeeded', 'failed', 'rejected') THEN
        RETURN r;
    END IF;
    IF r.state IN ('requested', 'awaiting_approval') THEN
        RAISE EXCEPTION 'the refund is % and was never sent', r.state USING ERRCODE = 'PDR05';
    END IF;
    IF r.state = 'approved' AND p_outcome <> 'not_sent' THEN
        RAISE EXCEPTION 'the refund was not marked as sent before its answer' USING ERRCODE = 'PDR05';
    END IF;
    -- 1, 2, 4 … minutes, at most an hour, between attempts of an open refund.
    backoff := make_interval(mins => least(60, power(2, least(r.attempts, 6))::integer));
    UPDATE refunds
       SET state = CASE WHEN p_outcome = 'not_sent' THEN state ELSE p_outcome END,
           gateway_refund_id = coalesce(nullif(p_gateway_refund_id, ''), gateway_refund_id),
           last_error_code = CASE WHEN p_outcome = 'succeeded' THEN NULL ELSE nullif(p_code, '') END,
           last_error = CASE WHEN p_outcome = 'succeeded' THEN NULL ELSE nullif(p_message, '') END,
           next_attempt_at = CASE WHEN p_outcome IN ('succeeded', 'failed') THEN NULL
                                  ELSE now() + backoff END,
           settled_at = CASE WHEN p_outcome IN ('succeeded', 'failed') THEN now() END
     WHERE id = p_refund RETURNING * INTO r;
    IF p_outcome = 'succeeded' AND t.status IN ('completed', 'partially_refunded', 'refunded') THEN
        SELECT coalesce(sum(amount), 0) INTO done FROM refunds
         WHERE transaction_id = t.id AND state = 'succeeded';
        UPDATE payment_transactions
           SET status = CASE WHEN done >= t.amount THEN 'refunded'
                             WHEN done > 0 THEN 'partially_refunded' ELSE 'completed' END
         WHERE id = t.id AND status IS DISTINCT FROM
               CASE WHEN done >= t.amount THEN 'refunded'
                    WHEN done > 0 THEN 'partially_refunded' ELSE 'completed' END;
    END IF;
    RETURN r;
END
$$;

-- A finance login settles by hand a refund the gateway cannot settle any more (PayPal forgot
-- the request id, WeChat's ABNORMAL, a key pruned), after checking it in the gateway's own
-- dashboard. The note says what was seen; it stays on the refund and in the audit log. Only
-- sent refunds whose outcome is open; settled ones never change.
CREATE FUNCTION refund_settle_by_hand(p_refund uuid, p_outcome text, p_note text)
RETURNS refunds
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    r refunds%ROWTYPE;
BEGIN
    IF p_outcome IS NULL OR p_outcome NOT IN ('succeeded', 'failed') THEN
        RAISE EXCEPTION 'a refund is settled by hand as succeeded or failed, not %',
            coalesce(p_outcome, 'nothing') USING ERRCODE = '22023';
    END IF;
    IF p_note IS NULL OR length(btrim(p_note)) NOT BETWEEN 1 AND 500 THEN
        RAISE EXCEPTION 'settling by hand needs a note of 1 to 500 characters saying what was seen'
            USING ERRCODE = '22023';
    END IF;
    SELECT * INTO r FROM refunds WHERE id = p_refund;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'refund % does not exist', p_refund USING ERRCODE = 'P0002';
    END IF;
    IF r.state NOT IN ('submitted', 'processing', 'unknown') THEN
        RAISE EXCEPTION 'the refund is % and has no open outcome to settle', r.state
            USING ERRCODE = 'PDR05';
    END IF;
    r := refund_record_outcome(p_refund, p_outcome, NULL, 'MANUAL', NULL);
    UPDATE refunds
       SET last_error_code = 'MANUAL',
           last_error = format('Settled by hand by %s: %s', session_user, btrim(p_note))
     WHERE id = p_refund RETURNING * INTO r;
    RETURN r;
END
$$;

-- Makes an open refund due now (the "settle now" button), without touching its state.
CREATE FUNCTION refund_settle_now(p_refund uuid) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    UPDATE refunds SET next_attempt_at = now()
     WHERE id = p_refund AND state IN ('approved', 'submitted', 'processing', 'unknown')
$$;

-- An administrator sets the approval threshold of a currency.
CREATE FUNCTION refund_threshold_set(p_currency char(3), p_amount numeric) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM currencies WHERE code = p_currency) THEN
        RAISE EXCEPTION 'unknown currency %', coalesce(p_currency, 'nothing') USING ERRCODE = '22023';
    END IF;
    IF p_amount IS NULL OR p_amount < 0 OR NOT money_fits_currency(p_amount, p_currency) THEN
        RAISE EXCEPTION 'the threshold must be zero or more with at most the decimals of %', p_currency
            USING ERRCODE = '22023';
    END IF;
    INSERT INTO app_settings (key, value)
    VALUES ('refund_approval_threshold', jsonb_build_object(p_currency, p_amount::text))
    ON CONFLICT (key) DO UPDATE
       SET value = app_settings.value || jsonb_build_object(p_currency, p_amount::text),
           updated_at = now();
END
$$;

DO $$
DECLARE
    f text;
BEGIN
    FOREACH f IN ARRAY ARRAY['refund_request(uuid, numeric, text)', 'refund_approve(uuid)',
                             'refund_reject(uuid, text)', 'refund_begin_attempt(uuid)',
                             'refund_record_outcome(uuid, text, text, text, text)',
                             'refund_settle_now(uuid)', 'refund_threshold_set(char, numeric)',
                             'refund_settle_by_hand(uuid, text, text)'] LOOP
        EXECUTE format('REVOKE EXECUTE ON FUNCTION %s FROM PUBLIC', f);
    END LOOP;
END
$$;
GRANT EXECUTE ON FUNCTION refund_request(uuid, numeric, text), refund_approve(uuid),
    refund_reject(uuid, text), refund_begin_attempt(uuid),
    refund_record_outcome(uuid, text, text, text, text), refund_settle_now(uuid),
    refund_settle_by_hand(uuid, text, text)
    TO paneldesk_finance;
GRANT EXECUTE ON FUNCTION refund_threshold_set(char, numeric) TO paneldesk_admin;
