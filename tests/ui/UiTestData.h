#pragma once

// A few rows in every table the dashboards show, inserted as the superuser (so the audit
// triggers record them too). Fixed ids keep the tests' expectations readable.

namespace pd::test {

inline const char* uiSeedSql()
{
    return R"SQL(
INSERT INTO users (id, email, username, password_hash, balance, transfer_enable) VALUES
 ('00000000-0000-4000-8000-000000000001', 'alice@example.com', 'alice', 'x', 12.50, 107374182400),
 ('00000000-0000-4000-8000-000000000002', 'bob@example.com', 'bob', 'x', 0, 0),
 ('00000000-0000-4000-8000-000000000003', 'carol@example.com', 'carol', 'x', 3, 1073741824);
INSERT INTO subscription_plans (id, name, price, currency, billing_cycle, quota_limit,
                                traffic_bytes, node_group, level) VALUES
 ('10000000-0000-4000-8000-000000000001', 'Basic Monthly', 9.90, 'USD', 'monthly', 100,
  107374182400, 1, 1),
 ('10000000-0000-4000-8000-000000000002', 'Pro Yearly', 699.00, 'CNY', 'yearly', NULL,
  1099511627776, 2, 3);
INSERT INTO user_subscriptions (id, user_id, plan_id, status, current_period_start,
                                current_period_end, quota_used, quota_limit) VALUES
 ('20000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000001',
  '10000000-0000-4000-8000-000000000001', 'active', now() - interval '3 days',
  now() + interval '27 days', 12, 100),
 ('20000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-000000000002',
  '10000000-0000-4000-8000-000000000002', 'expired', now() - interval '400 days',
  now() - interval '35 days', 0, NULL);
INSERT INTO payment_transactions (id, user_id, subscription_id, kind, amount, currency, gateway,
                                  out_trade_no, gateway_trade_no, status, paid_at, created_at) VALUES
 ('30000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000001',
  '20000000-0000-4000-8000-000000000001', 'subscription', 9.90, 'USD', 'stripe', 'PD2024_0001',
  'pi_3OabcSecret', 'completed', now() - interval '3 days', now() - interval '3 days'),
 ('30000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-000000000002', NULL,
  'top_up', 100.00, 'CNY', 'alipay', 'PD2024_0002', NULL, 'pending', NULL, now() - interval '1 day'),
 ('30000000-0000-4000-8000-000000000003', '00000000-0000-4000-8000-000000000003', NULL,
  'top_up', 1234.56, 'CNY', 'wechat', 'PDX0003', '4200001234', 'completed', now(), now());
INSERT INTO refunds (transaction_id, amount, currency, reason, state) VALUES
 ('30000000-0000-4000-8000-000000000001', 2.00, 'USD', 'Partial service outage', 'requested');
INSERT INTO nodes (name, address, node_group, traffic_rate, bandwidth_used, bandwidth_limit,
                   last_heartbeat_at, online_users) VALUES
 ('tokyo-1', 'tokyo1.example.net', 1, 1.5, 1073741824, 0, now(), 12),
 ('frankfurt-2', 'fra2.example.net', 2, 1.0, 0, 10995116277760, now() - interval '2 hours', 0);
INSERT INTO usage_logs (user_id, subscription_id, resource_type, resource_id, quota_cost) VALUES
 ('00000000-0000-4000-8000-000000000001', '20000000-0000-4000-8000-000000000001',
  'dicom_processing', 'study-1', 1),
 ('00000000-0000-4000-8000-000000000001', '20000000-0000-4000-8000-000000000001',
  'dicom_processing', 'study-2', 2);
)SQL";
}

} // namespace pd::test
