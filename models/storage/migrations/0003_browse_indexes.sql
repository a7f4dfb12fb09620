-- Indexes the read-only dashboards page and search by (keyset: a non-NULL sort key, then id).

-- Subscriptions sorted by period start.
CREATE INDEX user_subscriptions_start_keyset ON user_subscriptions (current_period_start, id);

-- Order-number prefix search whatever the database's collation is.
CREATE INDEX payment_transactions_out_trade_no_prefix
    ON payment_transactions (out_trade_no text_pattern_ops);
