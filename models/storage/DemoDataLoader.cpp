#include "storage/DemoDataLoader.h"

#include "storage/Database.h"
#include "storage/DbWorker.h"
#include "storage/PgCopy.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <array>
#include <memory>
#include <vector>

// Determinism: every value depends only on the seed and on the anchor, today's date (UTC
// midnight), so two loads with the same seed on the same UTC day give identical rows. The one
// exception is the nodes' last heartbeat (and the online counts derived from it), which is
// set relative to the moment of loading so that some nodes are online right after loading.
// Each user draws from a generator of its own (seed, user index), so a change in how one user
// is generated does not shift everyone after it. Random numbers come from splitmix64, never
// from std:: distributions, whose output differs between standard libraries.

namespace pd::storage {

namespace {

constexpr qint64 Day = 86400;
constexpr qint64 KiB = 1024;
constexpr qint64 MiB = 1024 * KiB;
constexpr qint64 GiB = 1024 * MiB;
constexpr qint64 TiB = 1024 * GiB;

// This file's strings share one translation context, which lupdate reads from the macro.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pd::storage::DemoDataLoader)
};

quint64 mix64(quint64 z)
{
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

// splitmix64: tiny, fast, the same on every platform.
struct Rng
{
    quint64 state;
    Rng(quint64 seed, quint64 stream) : state(mix64(seed + 0x9E3779B97F4A7C15ULL) ^ mix64(stream))
    {}
    quint64 next()
    {
        state += 0x9E3779B97F4A7C15ULL;
        return mix64(state);
    }
    // Uniform in [0, n) (n > 0); the modulo bias is irrelevant for demo data.
    qint64 below(qint64 n) { return n <= 1 ? 0 : qint64(next() % quint64(n)); }
    qint64 range(qint64 lo, qint64 hi) { return lo + below(hi - lo + 1); } // inclusive
    bool permille(int p) { return below(1000) < p; }
    template <typename T, size_t N> const T& pick(const std::array<T, N>& items)
    {
        return items[size_t(below(qint64(N)))];
    }
};

enum Stream : quint64 {
    PlanStream = 0x504C414E00000000ULL,
    NodeStream = 0x4E4F444500000000ULL,
    UserStream = 0x5553455200000000ULL,
};

const char HexDigits[] = "0123456789abcdef";

QByteArray uuid(Rng& rng)
{
    quint64 hi = rng.next();
    quint64 lo = rng.next();
    hi = (hi & ~0xF000ULL) | 0x4000ULL;                        // version 4
    lo = (lo & 0x3FFFFFFFFFFFFFFFULL) | 0x8000000000000000ULL; // RFC 4122 variant
    QByteArray out(36, Qt::Uninitialized);
    char* p = out.data();
    int n = 0;
    for (int i = 15; i >= 0; --i) {
        const quint64 word = i >= 8 ? hi : lo;
        const int shift = (i % 8) * 8;
        const unsigned byte = unsigned((word >> shift) & 0xFF);
        if (n == 8 || n == 13 || n == 18 || n == 23)
            p[n++] = '-';
        p[n++] = HexDigits[byte >> 4];
        p[n++] = HexDigits[byte & 0xF];
    }
    return out;
}

QByteArray randomChars(Rng& rng, int count, const char* alphabet, int alphabetSize)
{
    QByteArray out(count, Qt::Uninitialized);
    for (int i = 0; i < count; ++i)
        out[i] = alphabet[rng.below(alphabetSize)];
    return out;
}

const char Lower36[] = "abcdefghijklmnopqrstuvwxyz0123456789";
const char Upper36[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
const char Alnum62[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const char Bcrypt64[] = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

QByteArray digits(Rng& rng, int count)
{
    return randomChars(rng, count, "0123456789", 10);
}

// Civil date from days since 1970-01-01 (Howard Hinnant's algorithm): formatting a million
// timestamps through QDateTime would dominate the load time.
void civil(qint64 days, int& y, int& m, int& d)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    d = int(doy - (153 * mp + 2) / 5 + 1);
    m = int(mp < 10 ? mp + 3 : mp - 9);
    y = int(yoe + era * 400 + (m <= 2 ? 1 : 0));
}

void put(char*& p, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        p[i] = char('0' + value % 10);
        value /= 10;
    }
    p += width;
}

// "2026-11-01 12:34:56+00"
QByteArray timestamp(qint64 secs)
{
    qint64 days = secs / Day;
    qint64 rest = secs % Day;
    if (rest < 0) {
        rest += Day;
        --days;
    }
    int y, m, d;
    civil(days, y, m, d);
    QByteArray out(22, Qt::Uninitialized);
    char* p = out.data();
    put(p, y, 4), *p++ = '-', put(p, m, 2), *p++ = '-', put(p, d, 2), *p++ = ' ';
    put(p, int(rest / 3600), 2), *p++ = ':', put(p, int(rest / 60 % 60), 2), *p++ = ':';
    put(p, int(rest % 60), 2), *p++ = '+', *p++ = '0', *p++ = '0';
    return out;
}

// "20261101123456" for order numbers and gateway ids.
QByteArray compactTime(qint64 secs, bool withTime = true)
{
    const QByteArray t = timestamp(secs);
    QByteArray out = t.mid(0, 4) + t.mid(5, 2) + t.mid(8, 2);
    if (withTime)
        out += t.mid(11, 2) + t.mid(14, 2) + t.mid(17, 2);
    return out;
}

// Minor units with an exponent of 2 as a decimal string: 2900 -> "29.00".
QByteArray decimal2(qint64 minor)
{
    QByteArray out = QByteArray::number(minor / 100);
    out += '.';
    const int cents = int(minor % 100);
    out += char('0' + cents / 10);
    out += char('0' + cents % 10);
    return out;
}

struct Plan
{
    QByteArray id;
    const char* name;
    qint64 priceMinor;
    const char* currency;
    const char* cycle; // monthly, yearly, lifetime
    int quotaLimit;    // -1: unlimited
    qint64 traffic;
    int nodeGroup;
    int level;
    const char* features;
    int weight; // how often people pick it
    qint64 cycleDays() const
    {
        return qstrcmp(cycle, "yearly") == 0 ? 365 : qstrcmp(cycle, "lifetime") == 0 ? 0 : 30;
    }
};

struct Node
{
    int id;
    int group;
    int rateCents;
    bool enabled;
    qint64 bandwidthUsed = 0;
};

struct Name
{
    const char* display;
    const char* latin;
};

const std::array<Name, 20> ChineseSurnames{
    {{"王", "wang"}, {"李", "li"},    {"张", "zhang"}, {"刘", "liu"}, {"陈", "chen"},
     {"杨", "yang"}, {"黄", "huang"}, {"赵", "zhao"},  {"吴", "wu"},  {"周", "zhou"},
     {"徐", "xu"},   {"孙", "sun"},   {"马", "ma"},    {"朱", "zhu"}, {"胡", "hu"},
     {"郭", "guo"},  {"何", "he"},    {"林", "lin"},   {"高", "gao"}, {"罗", "luo"}}};
const std::array<Name, 28> ChineseGiven{
    {{"伟", "wei"},      {"芳", "fang"},      {"娜", "na"},        {"敏", "min"},
     {"静", "jing"},     {"丽", "li"},        {"强", "qiang"},     {"磊", "lei"},
     {"军", "jun"},      {"洋", "yang"},      {"勇", "yong"},      {"艳", "yan"},
     {"杰", "jie"},      {"娟", "juan"},      {"涛", "tao"},       {"明", "ming"},
     {"超", "chao"},     {"秀英", "xiuying"}, {"霞", "xia"},       {"平", "ping"},
     {"刚", "gang"},     {"桂英", "guiying"}, {"建华", "jianhua"}, {"子涵", "zihan"},
     {"浩然", "haoran"}, {"欣怡", "xinyi"},   {"梓轩", "zixuan"},  {"雨桐", "yutong"}}};
const std::array<const char*, 24> LatinFirst{
    {"James",  "Mary",      "John",    "Patricia", "Robert",  "Jennifer", "Michael", "Linda",
     "David",  "Elizabeth", "William", "Barbara",  "Richard", "Susan",    "Thomas",  "Jessica",
     "Daniel", "Sarah",     "Lucas",   "Emma",     "Noah",    "Olivia",   "Liam",    "Sophie"}};
const std::array<const char*, 20> LatinLast{
    {"Smith",   "Johnson", "Williams", "Brown",    "Jones",   "Garcia", "Miller",
     "Davis",   "Martin",  "Wilson",   "Anderson", "Taylor",  "Thomas", "Moore",
     "Jackson", "Lee",     "Walker",   "Müller",   "Schmidt", "Dubois"}};
const std::array<const char*, 7> ChineseDomains{
    {"qq.com", "qq.com", "163.com", "126.com", "foxmail.com", "sina.com", "gmail.com"}};
const std::array<const char*, 6> LatinDomains{
    {"gmail.com", "outlook.com", "yahoo.com", "proton.me", "icloud.com", "hotmail.com"}};
const std::array<const char*, 6> RefundReasons{{"Customer requested a refund", "Duplicate payment",
                                                "Service outage compensation", "用户申请退款",
                                                "重复支付", "套餐降级差价退还"}};
const std::array<const char*, 6> KeyNames{
    {"default", "CI pipeline", "PACS bridge", "报表脚本", "备份任务", "mobile app"}};

struct ResourceType
{
    const char* name;
    int minCost;
    int maxCost;
};
const std::array<ResourceType, 5> ResourceTypes{{{"dicom_processing", 1, 3},
                                                 {"report_export", 1, 1},
                                                 {"image_analysis", 2, 5},
                                                 {"pdf_render", 1, 1},
                                                 {"api_call", 1, 1}}};

struct Region
{
    const char* name;
    const char* code;
};
const std::array<Region, 10> Regions{{{"香港", "hk"},
                                      {"东京", "jp-tyo"},
                                      {"新加坡", "sg"},
                                      {"洛杉矶", "us-lax"},
                                      {"法兰克福", "de-fra"},
                                      {"伦敦", "uk-lon"},
                                      {"首尔", "kr-sel"},
                                      {"台北", "tw-tpe"},
                                      {"悉尼", "au-syd"},
                                      {"硅谷", "us-sjc"}}};
const std::array<int, 8> RatesCents{{50, 80, 100, 100, 100, 120, 150, 200}};
// Online users by hour of the day (UTC), in percent of a node's peak.
const std::array<int, 24> DailyCurve{{55, 50, 45, 40, 38, 40, 48,  60, 70, 75, 78, 80,
                                      82, 85, 88, 90, 92, 95, 100, 98, 90, 80, 70, 62}};

void exec(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        JobError error;
        error.sqlError = q.lastError();
        error.message = Tr::tr("Loading the demo data failed: %1 Nothing was loaded.")
                            .arg(Database::describe(q.lastError()));
        throw error;
    }
}

class Generator
{
public:
    Generator(const DemoDataLoader::Options& options, qint64 anchor, qint64 now)
        : m_options(options), m_anchor(anchor), m_now(now),
          m_windowStart(anchor - qint64(options.days) * Day)
    {
        makePlans();
        makeNodes();
    }

    void generate(const DemoDataLoader::Progress& progress);
    void finishNodes();
    QList<PgCopy*> tables()
    {
        return {&m_plans,   &m_nodes, &m_users,  &m_apiKeys, &m_subs,  &m_txns,
                &m_refunds, &m_usage, &m_hourly, &m_raw,     &m_online};
    }
    DemoDataLoader::Counts counts() const
    {
        DemoDataLoader::Counts c;
        c.users = m_users.rows();
        c.plans = m_plans.rows();
        c.subscriptions = m_subs.rows();
        c.transactions = m_txns.rows();
        c.refunds = m_refunds.rows();
        c.nodes = m_nodes.rows();
        c.usageLogs = m_usage.rows();
        c.trafficHourly = m_hourly.rows();
        c.apiKeys = m_apiKeys.rows();
        return c;
    }

private:
    struct Sub
    {
        QByteArray id;
        const Plan* plan;
        const char* status;
        qint64 start;
        qint64 end; // 0: lifetime
    };

    void makePlans();
    void makeNodes();
    void makeUser(int index);
    int writeUsage(Rng& rng, const QByteArray& userId, const Sub& sub);
    void writeTransaction(Rng& rng, const QByteArray& userId, bool chinese, const Sub* sub,
                          qint64 amountMinor, const char* currency, const char* status,
                          qint64 createdAt, const char* kind);
    void writeRefund(Rng& rng, const QByteArray& txnId, const char* gateway, const char* currency,
                     const QByteArray& gatewayTradeNo, qint64 amountMinor, const char* state,
                     qint64 paidAt);
    qint64 writeTraffic(Rng& rng, const QByteArray& userId, int group, qint64 perHourMax,
                        qint64& upSum, qint64& downSum);
    QByteArray orderNumber(Rng& rng, qint64 at);

    DemoDataLoader::Options m_options;
    qint64 m_anchor;
    qint64 m_now;
    qint64 m_windowStart;
    std::vector<Plan> m_planList;
    std::vector<Node> m_nodeList;
    std::array<std::vector<int>, 4> m_nodesByGroup; // enabled nodes a user of group g reaches
    QSet<QByteArray> m_emails;
    QSet<QByteArray> m_orderNumbers;
    qint64 m_usageId = 0;
    qint64 m_rawId = 0;
    qint64 m_refundSerial = 0;

    PgCopy m_plans{QStringLiteral("subscription_plans"),
                   {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("price"),
                    QStringLiteral("currency"), QStringLiteral("billing_cycle"),
                    QStringLiteral("quota_type"), QStringLiteral("quota_limit"),
                    QStringLiteral("traffic_bytes"), QStringLiteral("reset_traffic"),
                    QStringLiteral("node_group"), QStringLiteral("level"),
                    QStringLiteral("features"), QStringLiteral("is_active"),
                    QStringLiteral("created_at"), QStringLiteral("updated_at")}};
    PgCopy m_nodes{QStringLiteral("nodes"),
                   {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("address"),
                    QStringLiteral("node_group"), QStringLiteral("traffic_rate"),
                    QStringLiteral("enabled"), QStringLiteral("bandwidth_used"),
                    QStringLiteral("bandwidth_limit"), QStringLiteral("last_heartbeat_at"),
                    QStringLiteral("online_users"), QStringLiteral("load"),
                    QStringLiteral("created_at"), QStringLiteral("updated_at")}};
    PgCopy m_users{QStringLiteral("users"),
                   {QStringLiteral("id"), QStringLiteral("email"), QStringLiteral("username"),
                    QStringLiteral("password_hash"), QStringLiteral("is_active"),
                    QStringLiteral("deleted_at"), QStringLiteral("balance"),
                    QStringLiteral("balance_currency"), QStringLiteral("upload_bytes"),
                    QStringLiteral("download_bytes"), QStringLiteral("transfer_enable"),
                    QStringLiteral("node_group"), QStringLiteral("level"),
                    QStringLiteral("level_expires_at"), QStringLiteral("created_at"),
                    QStringLiteral("updated_at")}};
    PgCopy m_apiKeys{QStringLiteral("api_keys"),
                     {QStringLiteral("id"), QStringLiteral("user_id"), QStringLiteral("name"),
                      QStringLiteral("key_prefix"), QStringLiteral("key_hash"),
                      QStringLiteral("is_active"), QStringLiteral("last_used_at"),
                      QStringLiteral("expires_at"), QStringLiteral("revoked_at"),
                      QStringLiteral("created_at"), QStringLiteral("updated_at")}};
    PgCopy m_subs{QStringLiteral("user_subscriptions"),
                  {QStringLiteral("id"), QStringLiteral("user_id"), QStringLiteral("plan_id"),
                   QStringLiteral("status"), QStringLiteral("current_period_start"),
                   QStringLiteral("current_period_end"), QStringLiteral("quota_used"),
                   QStringLiteral("quota_limit"), QStringLiteral("auto_renew"),
                   QStringLiteral("cancel_at_period_end"), QStringLiteral("created_at"),
                   QStringLiteral("updated_at")}};
    PgCopy m_txns{QStringLiteral("payment_transactions"),
                  {QStringLiteral("id"), QStringLiteral("user_id"),
                   QStringLiteral("subscription_id"), QStringLiteral("kind"),
                   QStringLiteral("amount"), QStringLiteral("currency"), QStringLiteral("gateway"),
                   QStringLiteral("out_trade_no"), QStringLiteral("gateway_trade_no"),
                   QStringLiteral("status"), QStringLiteral("paid_at"), QStringLiteral("metadata"),
                   QStringLiteral("created_at"), QStringLiteral("updated_at")}};
    PgCopy m_refunds{
        QStringLiteral("refunds"),
        {QStringLiteral("id"), QStringLiteral("transaction_id"), QStringLiteral("amount"),
         QStringLiteral("currency"), QStringLiteral("reason"), QStringLiteral("idempotency_key"),
         QStringLiteral("gateway_refund_id"), QStringLiteral("state"),
         QStringLiteral("requested_by"), QStringLiteral("approved_by"), QStringLiteral("attempts"),
         QStringLiteral("last_error_code"), QStringLiteral("last_error"),
         QStringLiteral("next_attempt_at"), QStringLiteral("settled_at"),
         QStringLiteral("created_at"), QStringLiteral("updated_at")}};
    PgCopy m_usage{QStringLiteral("usage_logs"),
                   {QStringLiteral("id"), QStringLiteral("user_id"),
                    QStringLiteral("subscription_id"), QStringLiteral("resource_type"),
                    QStringLiteral("resource_id"), QStringLiteral("quota_cost"),
                    QStringLiteral("metadata"), QStringLiteral("created_at")}};
    PgCopy m_hourly{QStringLiteral("node_traffic_hourly"),
                    {QStringLiteral("node_id"), QStringLiteral("user_id"), QStringLiteral("hour"),
                     QStringLiteral("upload_bytes"), QStringLiteral("download_bytes"),
                     QStringLiteral("charged_upload"), QStringLiteral("charged_download")}};
    PgCopy m_raw{QStringLiteral("node_traffic_raw"),
                 {QStringLiteral("id"), QStringLiteral("node_id"), QStringLiteral("user_id"),
                  QStringLiteral("upload_bytes"), QStringLiteral("download_bytes"),
                  QStringLiteral("rate"), QStringLiteral("reported_at")}};
    PgCopy m_online{QStringLiteral("node_online_log"),
                    {QStringLiteral("id"), QStringLiteral("node_id"),
                     QStringLiteral("online_users"), QStringLiteral("load"),
                     QStringLiteral("recorded_at")}};
};

void Generator::makePlans()
{
    Rng rng(m_options.seed, PlanStream);
    // name, price (minor units), currency, cycle, quota (-1 = unlimited), traffic, group, level
    m_planList = {
        {{},
         "Free",
         0,
         "CNY",
         "monthly",
         10,
         5 * GiB,
         0,
         0,
         R"(["1 device", "community support"])",
         30},
        {{},
         "Basic",
         2900,
         "CNY",
         "monthly",
         100,
         50 * GiB,
         1,
         1,
         R"(["3 devices", "email support", "standard nodes"])",
         30},
        {{},
         "Pro",
         9900,
         "CNY",
         "monthly",
         1000,
         200 * GiB,
         2,
         2,
         R"(["5 devices", "priority support", "premium nodes", "report export"])",
         25},
        {{},
         "Pro Yearly",
         99900,
         "CNY",
         "yearly",
         1000,
         200 * GiB,
         2,
         2,
         R"(["5 devices", "priority support", "premium nodes", "report export", "2 months free"])",
         10},
        {{},
         "Enterprise",
         99900,
         "CNY",
         "monthly",
         -1,
         2 * TiB,
         3,
         3,
         R"(["unlimited devices", "dedicated nodes", "SLA 99.9%", "account manager"])",
         5},
        {{},
         "Starter",
         499,
         "USD",
         "monthly",
         100,
         30 * GiB,
         1,
         1,
         R"(["2 devices", "email support"])",
         35},
        {{},
         "Plus",
         1499,
         "USD",
         "monthly",
         1000,
         150 * GiB,
         2,
         2,
         R"(["5 devices", "priority support", "premium nodes"])",
         35},
        {{},
         "Plus Yearly",
         14900,
         "USD",
         "yearly",
         1000,
         150 * GiB,
         2,
         2,
         R"(["5 devices", "priority support", "premium nodes", "2 months free"])",
         20},
        {{},
         "Lifetime",
         29900,
         "USD",
         "lifetime",
         500,
         100 * GiB,
         2,
         2,
         R"(["3 devices", "premium nodes", "pay once"])",
         10},
    };
    const QByteArray created = timestamp(m_anchor - 800 * Day);
    for (Plan& plan : m_planList) {
        plan.id = uuid(rng);
        m_plans.raw(plan.id).text(QString::fromUtf8(plan.name)).raw(decimal2(plan.priceMinor));
        m_plans.raw(plan.currency, 3)
            .raw(plan.cycle, qstrlen(plan.cycle))
            .raw("processing_count", 16);
        if (plan.quotaLimit < 0)
            m_plans.null();
        else
            m_plans.number(plan.quotaLimit);
        m_plans.number(plan.traffic).boolean(qstrcmp(plan.cycle, "lifetime") != 0);
        m_plans.number(plan.nodeGroup)
            .number(plan.level)
            .text(plan.features, qstrlen(plan.features));
        m_plans.boolean(true).raw(created).raw(created);
        m_plans.endRow();
    }
}

void Generator::makeNodes()
{
    for (int i = 0; i < 40; ++i) {
        Rng rng(m_options.seed, NodeStream + quint64(i));
        Node node;
        node.id = i + 1;
        node.group = i % 4;
        node.rateCents = rng.pick(RatesCents);
        node.enabled = i % 13 != 12;
        m_nodeList.push_back(node);
    }
    for (int g = 0; g < 4; ++g)
        for (const Node& node : m_nodeList)
            if (node.enabled && node.group <= g)
                m_nodesByGroup[size_t(g)].push_back(node.id);
}

void Generator::finishNodes()
{
    for (const Node& node : m_nodeList) {
        Rng rng(m_options.seed, NodeStream + 1000 + quint64(node.id));
        const Region& region = Regions[size_t((node.id - 1) % 10)];
        const int number = (node.id - 1) / 10 + 1;
        const QString name = QStringLiteral("%1 %2")
                                 .arg(QString::fromUtf8(region.name))
                                 .arg(number, 2, 10, QLatin1Char('0'));
        const QByteArray address = QByteArray(region.code) + '-' + (number < 10 ? "0" : "") +
                                   QByteArray::number(number) + ".nodes.paneldesk-demo.net";
        const bool fresh = node.enabled && rng.permille(750);
        const qint64 heartbeat =
            fresh ? m_now - rng.range(1, 90) : m_now - rng.range(2 * 3600, 3 * Day);
        const int online = fresh ? int(rng.range(3, 250)) : 0;
        const QByteArray load = fresh ? decimal2(rng.range(5, 180)) + ' ' +
                                            decimal2(rng.range(5, 150)) + ' ' +
                                            decimal2(rng.range(5, 120))
                                      : QByteArray();
        const qint64 limit = rng.permille(500) ? 0 : rng.range(1, 4) * 10 * TiB;
        const QByteArray created = timestamp(m_anchor - rng.range(100, 700) * Day);
        m_nodes.number(node.id).text(name).raw(address).number(node.group);
        m_nodes.raw(decimal2(node.rateCents)).boolean(node.enabled).number(node.bandwidthUsed);
        m_nodes.number(limit).raw(timestamp(heartbeat)).number(online).raw(load);
        m_nodes.raw(created).raw(timestamp(m_anchor - rng.range(1, 20) * Day));
        m_nodes.endRow();

        // Samples every 30 minutes over the window; the peak depends on the node.
        const int peak = int(rng.range(20, 300));
        for (qint64 t = m_windowStart; t < m_anchor; t += 1800) {
            const int hour = int((t % Day) / 3600);
            const int users =
                node.enabled ? peak * DailyCurve[size_t(hour)] / 100 + int(rng.below(peak / 10 + 1))
                             : 0;
            m_online.number(m_online.rows() + 1).number(node.id).number(users);
            m_online.raw(node.enabled ? decimal2(5 + users * 60 / (peak + 1)) : QByteArray());
            m_online.raw(timestamp(t)).endRow();
        }
    }
}

QByteArray Generator::orderNumber(Rng& rng, qint64 at)
{
    // "PD20261101123456abcd": the time of the order and four random hex digits, drawn again
    // on the rare collision so the draw sequence (and thus the data) stays deterministic.
    const QByteArray base = "PD" + compactTime(at);
    for (;;) {
        QByteArray candidate = base + randomChars(rng, 4, HexDigits, 16);
        if (!m_orderNumbers.contains(candidate)) {
            m_orderNumbers.insert(candidate);
            return candidate;
        }
    }
}

void Generator::generate(const DemoDataLoader::Progress& progress)
{
    const int users = m_options.users;
    for (int i = 0; i < users; ++i) {
        makeUser(i);
        if (progress && (i % 2000 == 0))
            progress(int(qint64(i) * 40 / qMax(1, users)),
                     Tr::tr("Generating users and their history"));
    }
    finishNodes();
}

int Generator::writeUsage(Rng& rng, const QByteArray& userId, const Sub& sub)
{
    const qint64 from = qMax(sub.start, m_windowStart);
    const qint64 to = sub.end == 0 ? m_anchor : qMin(sub.end, m_anchor);
    const qint64 window = m_anchor - m_windowStart;
    if (to - from < 3600 || window <= 0)
        return 0;
    // About five logs for a subscription that covers the whole window.
    const qint64 most = 10 * (to - from) / window;
    const qint64 count = rng.range(0, qMax<qint64>(1, most));
    int used = 0;
    for (qint64 k = 0; k < count; ++k) {
        const ResourceType& type = rng.pick(ResourceTypes);
        const int cost = int(rng.range(type.minCost, type.maxCost));
        if (sub.plan->quotaLimit >= 0 && used + cost > sub.plan->quotaLimit)
            break; // the service refuses work past the quota, so no log exists for it
        used += cost;
        const qint64 at = from + rng.below(to - from);
        QByteArray resource;
        if (qstrcmp(type.name, "dicom_processing") == 0)
            resource = "1.2.840.113619.2." + digits(rng, 6) + '.' + digits(rng, 8);
        else if (qstrcmp(type.name, "report_export") == 0)
            resource = "rpt_" + randomChars(rng, 12, HexDigits, 16);
        else if (qstrcmp(type.name, "api_call") == 0)
            resource = "req_" + randomChars(rng, 16, Lower36, 36);
        else
            resource = "job-" + digits(rng, 9);
        const bool api = rng.permille(300);
        const QByteArray meta = api ? "{\"source\": \"api\", \"duration_ms\": " +
                                          QByteArray::number(rng.range(80, 9000)) + '}'
                                    : QByteArray("{\"source\": \"web\"}");
        m_usage.number(++m_usageId).raw(userId).raw(sub.id).raw(type.name, qstrlen(type.name));
        m_usage.raw(resource).number(cost).raw(meta).raw(timestamp(at)).endRow();
    }
    return used;
}

void Generator::writeRefund(Rng& rng, const QByteArray& txnId, const char* gateway,
                            const char* currency, const QByteArray& gatewayTradeNo,
                            qint64 amountMinor, const char* state, qint64 paidAt)
{
    ++m_refundSerial;
    const QByteArray id = uuid(rng);
    qint64 created = paidAt + rng.range(3600, 20 * Day);
    if (created >= m_anchor)
        created = paidAt + (m_anchor - paidAt) / 2 + 60;
    const bool hasKey = qstrcmp(state, "awaiting_approval") != 0 && qstrcmp(state, "rejected") != 0;
    QByteArray key;
    const QByteArray serial = QByteArray::number(m_refundSerial).rightJustified(8, '0');
    if (qstrcmp(gateway, "alipay") == 0)
        key = "RF" + compactTime(created, false) + serial;
    else if (qstrcmp(gateway, "wechat") == 0)
        key = "WXRF" + compactTime(created, false) + serial;
    else if (qstrcmp(gateway, "stripe") == 0)
        key = "pdrf_" + serial + '_' + randomChars(rng, 16, Lower36, 36);
    else
        key = "pdrf-" + serial + '-' + randomChars(rng, 12, HexDigits, 16);

    const bool succeeded = qstrcmp(state, "succeeded") == 0;
    const bool processing = qstrcmp(state, "processing") == 0;
    QByteArray refundId;
    if (succeeded || processing) {
        if (qstrcmp(gateway, "alipay") == 0)
            refundId = gatewayTradeNo; // Alipay answers with the trade number itself
        else if (qstrcmp(gateway, "wechat") == 0)
            refundId = "5030" + digits(rng, 6) + compactTime(created, false) + digits(rng, 10);
        else if (qstrcmp(gateway, "stripe") == 0)
            refundId = "re_3" + randomChars(rng, 23, Alnum62, 62);
        else
            refundId = randomChars(rng, 17, Upper36, 36);
    }
    // Large refunds were approved by a second person.
    const qint64 threshold = qstrcmp(currency, "CNY") == 0 ? 50000 : 10000;
    const bool approved = amountMinor > threshold && hasKey;

    m_refunds.raw(id).raw(txnId).raw(decimal2(amountMinor)).raw(currency, 3);
    m_refunds.text(QString::fromUtf8(rng.pick(RefundReasons)));
    if (hasKey)
        m_refunds.raw(key);
    else
        m_refunds.null();
    if (refundId.isEmpty())
        m_refunds.null();
    else
        m_refunds.raw(refundId);
    m_refunds.raw(state, qstrlen(state)).raw("demo_finance", 12);
    if (approved)
        m_refunds.raw("finance_lead", 12);
    else
        m_refunds.null();
    const bool unknown = qstrcmp(state, "unknown") == 0;
    const bool failed = qstrcmp(state, "failed") == 0;
    m_refunds.number(hasKey ? (unknown ? rng.range(1, 4) : 1) : 0);
    if (unknown) {
        m_refunds.raw("timeout", 7)
            .text(QStringLiteral(
                "The gateway did not answer within 30 seconds; the outcome is not known yet."));
    } else if (failed) {
        const char* code = qstrcmp(gateway, "alipay") == 0   ? "ACQ.SELLER_BALANCE_NOT_ENOUGH"
                           : qstrcmp(gateway, "wechat") == 0 ? "NOT_ENOUGH"
                           : qstrcmp(gateway, "stripe") == 0 ? "insufficient_funds"
                                                             : "TRANSACTION_REFUSED";
        m_refunds.raw(code, qstrlen(code))
            .text(QStringLiteral("The gateway refused the refund for good."));
    } else {
        m_refunds.null().null();
    }
    if (unknown || processing)
        m_refunds.raw(timestamp(m_anchor + rng.range(60, 3600)));
    else
        m_refunds.null();
    const qint64 settled = created + rng.range(2, 600);
    if (succeeded || failed || qstrcmp(state, "rejected") == 0)
        m_refunds.raw(timestamp(settled));
    else
        m_refunds.null();
    m_refunds.raw(timestamp(created));
    m_refunds.raw(timestamp(succeeded || failed ? settled : created)).endRow();
}

void Generator::writeTransaction(Rng& rng, const QByteArray& userId, bool chinese, const Sub* sub,
                                 qint64 amountMinor, const char* currency, const char* status,
                                 qint64 createdAt, const char* kind)
{
    const QByteArray id = uuid(rng);
    const char* gateway;
    if (qstrcmp(currency, "CNY") == 0) {
        const qint64 r = rng.below(100);
        gateway = r < 60 ? "alipay" : r < 97 || !chinese ? "wechat" : "stripe";
    } else {
        gateway = rng.permille(650) ? "stripe" : "paypal";
    }
    const bool paid = qstrcmp(status, "pending") != 0 && qstrcmp(status, "failed") != 0;
    const qint64 paidAt = createdAt + rng.range(5, 300);
    QByteArray tradeNo;
    if (paid || qstrcmp(gateway, "stripe") == 0) {
        if (qstrcmp(gateway, "alipay") == 0)
            tradeNo = compactTime(paidAt, false) + "2200" + digits(rng, 16);
        else if (qstrcmp(gateway, "wechat") == 0)
            tradeNo = "4200" + digits(rng, 6) + compactTime(paidAt, false) + digits(rng, 10);
        else if (qstrcmp(gateway, "stripe") == 0)
            tradeNo = "pi_3" + randomChars(rng, 23, Alnum62, 62);
        else
            tradeNo = randomChars(rng, 17, Upper36, 36);
    }
    m_txns.raw(id).raw(userId);
    if (sub)
        m_txns.raw(sub->id);
    else
        m_txns.null();
    m_txns.raw(kind, qstrlen(kind)).raw(decimal2(amountMinor)).raw(currency, 3);
    m_txns.raw(gateway, qstrlen(gateway)).raw(orderNumber(rng, createdAt));
    if (tradeNo.isEmpty())
        m_txns.null();
    else
        m_txns.raw(tradeNo);
    m_txns.raw(status, qstrlen(status));
    if (paid)
        m_txns.raw(timestamp(paidAt));
    else
        m_txns.null();
    QByteArray meta = "{\"client\": \"";
    meta += rng.pick(std::array<const char*, 4>{{"web", "ios", "android", "desktop"}});
    meta += '"';
    if (sub)
        meta += ", \"plan\": \"" + QByteArray(sub->plan->name) + '"';
    meta += '}';
    m_txns.utf8(meta).raw(timestamp(createdAt));
    m_txns.raw(timestamp(paid ? paidAt : createdAt + rng.range(60, 900))).endRow();

    // Refunds that match the status: the transaction follows the sum of succeeded refunds,
    // open refunds (processing, unknown, awaiting approval) still count against the amount.
    qint64 taken = 0;
    if (qstrcmp(status, "refunded") == 0) {
        if (rng.permille(50)) // a first attempt failed for good and freed its amount
            writeRefund(rng, id, gateway, currency, tradeNo, amountMinor, "failed", paidAt);
        if (amountMinor >= 2 && rng.permille(200)) {
            const qint64 first = rng.range(1, amountMinor - 1);
            writeRefund(rng, id, gateway, currency, tradeNo, first, "succeeded", paidAt);
            writeRefund(rng, id, gateway, currency, tradeNo, amountMinor - first, "succeeded",
                        paidAt);
        } else {
            writeRefund(rng, id, gateway, currency, tradeNo, amountMinor, "succeeded", paidAt);
        }
        return;
    }
    if (qstrcmp(status, "partially_refunded") == 0) {
        const qint64 part = rng.range(1, amountMinor - 1);
        if (part >= 2 && rng.permille(250)) {
            const qint64 first = rng.range(1, part - 1);
            writeRefund(rng, id, gateway, currency, tradeNo, first, "succeeded", paidAt);
            writeRefund(rng, id, gateway, currency, tradeNo, part - first, "succeeded", paidAt);
        } else {
            writeRefund(rng, id, gateway, currency, tradeNo, part, "succeeded", paidAt);
        }
        taken = part;
    } else if (qstrcmp(status, "completed") != 0) {
        return;
    }
    // A few open or failed refunds on what is left.
    if (!rng.permille(qstrcmp(status, "completed") == 0 ? 40 : 150) || amountMinor - taken < 1)
        return;
    const qint64 rest = amountMinor - taken;
    const qint64 r = rng.below(100);
    const char* state = r < 30   ? "processing"
                        : r < 55 ? "unknown"
                        : r < 75 ? "failed"
                        : r < 93 ? "awaiting_approval"
                                 : "rejected";
    writeRefund(rng, id, gateway, currency, tradeNo, rng.range(1, rest), state, paidAt);
}

qint64 Generator::writeTraffic(Rng& rng, const QByteArray& userId, int group, qint64 perHourMax,
                               qint64& upSum, qint64& downSum)
{
    const std::vector<int>& reachable = m_nodesByGroup[size_t(qBound(0, group, 3))];
    if (reachable.empty())
        return 0;
    qint64 rows = 0;
    for (int day = 0; day < m_options.days; ++day) {
        if (!rng.permille(700))
            continue;
        const qint64 dayStart = m_windowStart + qint64(day) * Day;
        const bool lastDay = dayStart >= m_anchor - Day;
        const int nodeCount = int(rng.range(1, qMin<qint64>(3, qint64(reachable.size()))));
        quint64 usedNodes = 0;
        for (int n = 0; n < nodeCount; ++n) {
            size_t pickIndex = size_t(rng.below(qint64(reachable.size())));
            while (usedNodes & (1ULL << pickIndex))
                pickIndex = (pickIndex + 1) % reachable.size();
            usedNodes |= 1ULL << pickIndex;
            Node& node = m_nodeList[size_t(reachable[pickIndex] - 1)];
            const int hours = int(rng.range(1, 4));
            quint32 usedHours = 0;
            for (int h = 0; h < hours; ++h) {
                int hour = int(rng.below(24));
                while (usedHours & (1U << hour))
                    hour = (hour + 1) % 24;
                usedHours |= 1U << hour;
                const qint64 down = rng.range(MiB, qMax<qint64>(2 * MiB, perHourMax));
                const qint64 up = rng.range(64 * KiB, qMax<qint64>(128 * KiB, down / 8));
                const qint64 chargedUp = up * node.rateCents / 100;
                const qint64 chargedDown = down * node.rateCents / 100;
                const qint64 at = dayStart + qint64(hour) * 3600;
                m_hourly.number(node.id).raw(userId).raw(timestamp(at)).number(up).number(down);
                m_hourly.number(chargedUp).number(chargedDown).endRow();
                ++rows;
                upSum += chargedUp;
                downSum += chargedDown;
                node.bandwidthUsed += up + down;
                if (lastDay) {
                    // The raw reports of the last day, not yet pruned: two per hour, summing
                    // to the hourly rollup.
                    const qint64 upFirst = up / 2, downFirst = down / 2;
                    const QByteArray rate = decimal2(node.rateCents);
                    m_raw.number(++m_rawId).number(node.id).raw(userId).number(upFirst);
                    m_raw.number(downFirst).raw(rate).raw(timestamp(at + rng.range(0, 1799)));
                    m_raw.endRow();
                    m_raw.number(++m_rawId).number(node.id).raw(userId).number(up - upFirst);
                    m_raw.number(down - downFirst).raw(rate);
                    m_raw.raw(timestamp(at + rng.range(1800, 3599))).endRow();
                }
            }
        }
    }
    return rows;
}

void Generator::makeUser(int index)
{
    Rng rng(m_options.seed, UserStream + quint64(index));
    const QByteArray id = uuid(rng);
    const bool chinese = rng.permille(550);
    const char* currency = chinese ? "CNY" : "USD";

    // Names: the number keeps emails and usernames unique; drawn again on a collision.
    QByteArray emailLocal;
    QString display;
    const char* domain;
    if (chinese) {
        const Name& surname = rng.pick(ChineseSurnames);
        const Name& given = rng.pick(ChineseGiven);
        emailLocal = QByteArray(surname.latin) + given.latin;
        display = QString::fromUtf8(surname.display) + QString::fromUtf8(given.display);
        domain = rng.pick(ChineseDomains);
    } else {
        const char* first = rng.pick(LatinFirst);
        const char* last = rng.pick(LatinLast);
        QByteArray lastAscii = QByteArray(last).replace("ü", "ue");
        emailLocal = QByteArray(first).toLower() + '.' + lastAscii.toLower();
        display = QString::fromUtf8(first) + QString::fromUtf8(last);
        domain = rng.pick(LatinDomains);
    }
    // The local part and number alone are kept unique (whatever the domain), which makes the
    // username (the same name and number) unique as well.
    qint64 number = rng.range(1, 9999);
    for (int attempt = 0; m_emails.contains(emailLocal + QByteArray::number(number)); ++attempt)
        number = attempt < 8 ? rng.range(1, 99999) : 100000 + index;
    m_emails.insert(emailLocal + QByteArray::number(number));
    const QByteArray email = emailLocal + QByteArray::number(number) + '@' + domain;
    const QString username = display + QString::number(number);

    qint64 createdAt = m_anchor - rng.range(1, 730) * Day - rng.below(Day);
    const bool deleted = rng.permille(10);
    const bool banned = !deleted && rng.permille(80);
    const bool active = !deleted && !banned;

    // Subscriptions, newest first: maybe an active one, then up to two that ended.
    std::vector<const Plan*> plans;
    std::vector<int> weights;
    int totalWeight = 0;
    for (const Plan& plan : m_planList) {
        if (qstrcmp(plan.currency, currency) == 0) {
            plans.push_back(&plan);
            totalWeight += plan.weight;
        }
    }
    auto pickPlan = [&](bool allowLifetime) -> const Plan* {
        for (;;) {
            qint64 r = rng.below(totalWeight);
            for (const Plan* plan : plans) {
                if (r < plan->weight) {
                    if (!allowLifetime && plan->cycleDays() == 0)
                        break;
                    return plan;
                }
                r -= plan->weight;
            }
        }
    };
    std::vector<Sub> subs;
    if (rng.permille(650)) {
        qint64 cursor = m_anchor;
        if (active && rng.permille(750)) {
            const Plan* plan = pickPlan(true);
            const qint64 cycle = plan->cycleDays();
            const qint64 start =
                cycle == 0 ? m_anchor - rng.range(1, 700) * Day - rng.below(Day)
                           : m_anchor - rng.range(0, cycle - 1) * Day - rng.range(60, Day - 1);
            subs.push_back(
                {uuid(rng), plan, "active", start, cycle == 0 ? 0 : start + cycle * Day});
            cursor = start;
        }
        const qint64 past = rng.range(subs.empty() ? 1 : 0, 2);
        for (qint64 k = 0; k < past; ++k) {
            const Plan* plan = pickPlan(false);
            const qint64 end = cursor - rng.range(0, 20) * Day - rng.below(Day);
            const qint64 start = end - plan->cycleDays() * Day;
            const char* status = banned || rng.permille(400) ? "cancelled" : "expired";
            subs.push_back({uuid(rng), plan, status, start, end});
            cursor = start;
        }
        if (!subs.empty() && subs.back().start - Day < createdAt)
            createdAt = subs.back().start - rng.range(1, 30) * Day;
    }
    const Sub* current =
        !subs.empty() && qstrcmp(subs.front().status, "active") == 0 ? &subs.front() : nullptr;

    for (const Sub& sub : subs) {
        const int used = writeUsage(rng, id, sub);
        const bool isActive = &sub == current;
        m_subs.raw(sub.id).raw(id).raw(sub.plan->id).raw(sub.status, qstrlen(sub.status));
        m_subs.raw(timestamp(sub.start));
        if (sub.end == 0)
            m_subs.null();
        else
            m_subs.raw(timestamp(sub.end));
        m_subs.number(used);
        if (sub.plan->quotaLimit < 0)
            m_subs.null();
        else
            m_subs.number(sub.plan->quotaLimit);
        const bool cancelled = qstrcmp(sub.status, "cancelled") == 0;
        const bool cancelAtEnd = isActive && rng.permille(100);
        m_subs.boolean(!cancelled && !cancelAtEnd && sub.end != 0).boolean(cancelAtEnd);
        m_subs.raw(timestamp(sub.start));
        m_subs.raw(timestamp(isActive || sub.end == 0 ? sub.start : sub.end)).endRow();

        if (sub.plan->priceMinor == 0)
            continue;
        if (rng.permille(80)) // a declined card before the payment that went through
            writeTransaction(rng, id, chinese, &sub, sub.plan->priceMinor, currency, "failed",
                             sub.start - rng.range(600, 7200), "subscription");
        const qint64 r = rng.below(1000);
        const char* status = "completed";
        if (cancelled)
            status = r < 400 ? "refunded" : r < 550 ? "partially_refunded" : "completed";
        else if (isActive)
            status = r < 30 ? "partially_refunded" : "completed";
        else
            status = r < 20 ? "partially_refunded" : r < 30 ? "refunded" : "completed";
        writeTransaction(rng, id, chinese, &sub, sub.plan->priceMinor, currency, status,
                         sub.start - rng.range(30, 600), "subscription");
    }

    // Balance top-ups, and an order someone has not paid yet.
    if (rng.permille(150)) {
        const qint64 count = rng.range(1, 3);
        static const std::array<qint64, 5> cny{{5000, 10000, 20000, 50000, 100000}};
        static const std::array<qint64, 5> usd{{500, 1000, 2000, 5000, 10000}};
        for (qint64 k = 0; k < count; ++k) {
            const qint64 amount = chinese ? rng.pick(cny) : rng.pick(usd);
            const qint64 r = rng.below(1000);
            const char* status = r < 30   ? "refunded"
                                 : r < 50 ? "partially_refunded"
                                 : r < 80 ? "failed"
                                          : "completed";
            const qint64 at =
                createdAt + Day + rng.below(qMax<qint64>(1, m_anchor - createdAt - 2 * Day));
            writeTransaction(rng, id, chinese, nullptr, amount, currency, status, at, "top_up");
        }
    }
    if (rng.permille(20)) {
        const Plan* plan = pickPlan(true);
        if (plan->priceMinor > 0)
            writeTransaction(rng, id, chinese, nullptr, plan->priceMinor, currency, "pending",
                             m_anchor - rng.range(60, 2 * Day), "subscription");
    }

    // API keys for about 30% of users.
    if (rng.permille(300)) {
        const qint64 count = rng.permille(700) ? 1 : rng.range(2, 3);
        for (qint64 k = 0; k < count; ++k) {
            const QByteArray keyId = uuid(rng);
            const QByteArray prefix = "sk_live_" + randomChars(rng, 6, Lower36, 36);
            const QByteArray secret = prefix + randomChars(rng, 26, Alnum62, 62);
            const QByteArray hash =
                QCryptographicHash::hash(secret, QCryptographicHash::Sha256).toHex();
            const qint64 keyCreated = createdAt + rng.below(qMax<qint64>(1, m_anchor - createdAt));
            const bool keyActive = rng.permille(850);
            m_apiKeys.raw(keyId).raw(id).text(QString::fromUtf8(rng.pick(KeyNames)));
            m_apiKeys.raw(prefix).raw(hash).boolean(keyActive);
            if (rng.permille(700))
                m_apiKeys.raw(timestamp(m_anchor - rng.range(60, 20 * Day)));
            else
                m_apiKeys.null();
            if (rng.permille(300))
                m_apiKeys.raw(timestamp(keyCreated + rng.range(30, 400) * Day));
            else
                m_apiKeys.null();
            const qint64 revoked = keyCreated + (m_anchor - keyCreated) / 2;
            if (keyActive)
                m_apiKeys.null();
            else
                m_apiKeys.raw(timestamp(revoked));
            m_apiKeys.raw(timestamp(keyCreated));
            m_apiKeys.raw(timestamp(keyActive ? keyCreated : revoked)).endRow();
        }
    }

    // Traffic for a few thousand users with an active plan; the counters are the sums of
    // their charged hourly traffic.
    qint64 up = 0, down = 0;
    const int group = current ? current->plan->nodeGroup : 0;
    const int trafficPermille = int(qMin<qint64>(1000, 8000000LL / qMax(1, m_options.users)));
    if (current && active && rng.permille(trafficPermille))
        writeTraffic(rng, id, group, qMax<qint64>(4 * MiB, current->plan->traffic / 60), up, down);
    qint64 transferEnable = current ? current->plan->traffic : GiB;
    if (up + down > 0 && rng.permille(50))
        transferEnable = (up + down) * rng.range(50, 95) / 100; // over quota

    const Sub* last = subs.empty() ? nullptr : &subs.front();
    m_users.raw(id).raw(email).text(username);
    m_users.raw("$2b$12$" + randomChars(rng, 53, Bcrypt64, 64));
    m_users.boolean(active);
    const qint64 deletedAt = createdAt + (m_anchor - createdAt) * rng.range(50, 99) / 100;
    if (deleted)
        m_users.raw(timestamp(deletedAt));
    else
        m_users.null();
    m_users.raw(rng.permille(700) ? QByteArray("0.00") : decimal2(rng.range(1, 50000)));
    m_users.raw(currency, 3).number(up).number(down).number(transferEnable);
    m_users.number(group).number(current ? current->plan->level : 0);
    if (last && last->end != 0)
        m_users.raw(timestamp(last->end));
    else
        m_users.null();
    m_users.raw(timestamp(createdAt));
    const qint64 updatedAt = qMax(createdAt, m_anchor - rng.range(1, 30) * Day);
    m_users.raw(timestamp(deleted ? deletedAt : updatedAt)).endRow();
}

} // namespace

DemoDataLoader::Counts DemoDataLoader::load(QSqlDatabase& db, const Options& options,
                                            const Progress& progress)
{
    if (options.users < 0 || options.days < 1 || options.days > 365) {
        JobError error;
        error.message =
            Tr::tr("The demo data options are out of range: the user count must not be "
                   "negative and the history must span 1 to 365 days. Nothing was loaded.");
        throw error;
    }
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM users)")) || !q.next()) {
            JobError error;
            error.sqlError = q.lastError();
            error.message =
                Tr::tr("Checking the database before loading demo data failed: %1 Nothing "
                       "was loaded; migrate the database first.")
                    .arg(Database::describe(q.lastError()));
            throw error;
        }
        if (q.value(0).toBool()) {
            JobError error;
            error.message = Tr::tr("The database already holds users, so no demo data was loaded. "
                                   "Load demo data only into a new, empty database.");
            throw error;
        }
    }
    if (progress)
        progress(0, Tr::tr("Generating users and their history"));

    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 anchor = now - now % Day; // today, midnight UTC
    auto generator = std::make_unique<Generator>(options, anchor, now);
    generator->generate(progress);

    if (!db.transaction()) {
        JobError error;
        error.sqlError = db.lastError();
        error.message = Tr::tr("Starting the demo data load failed: %1 Nothing was loaded.")
                            .arg(Database::describe(db.lastError()));
        throw error;
    }
    try {
        // Monthly partitions for the whole window, so no row lands in the default partition.
        const int monthsBack = qMax(2, options.days / 28 + 1);
        exec(db, QStringLiteral("SELECT ensure_partitions(%1, 3)").arg(monthsBack));
        // Bulk load without per-row triggers (audit, foreign key checks): the generator keeps
        // the rules itself, and the checks and unique indexes still apply.
        exec(db, QStringLiteral("SET session_replication_role = replica"));

        qint64 totalBytes = 0;
        for (PgCopy* table : generator->tables())
            totalBytes += table->bufferedBytes();
        qint64 done = 0;
        for (PgCopy* table : generator->tables()) {
            const QString step = Tr::tr("Loading %1").arg(table->table());
            if (progress)
                progress(40 + int(done * 55 / qMax<qint64>(1, totalBytes)), step);
            const qint64 before = done;
            int lastPercent = -1;
            table->send(db, [&](qint64 sent, qint64) {
                done = before + sent;
                const int percent = 40 + int(done * 55 / qMax<qint64>(1, totalBytes));
                if (progress && percent != lastPercent) {
                    lastPercent = percent;
                    progress(percent, step);
                }
            });
        }
        exec(db, QStringLiteral("RESET session_replication_role"));
        // Identity and serial columns continue after the rows loaded with explicit ids.
        for (const auto& [table, column] :
             {std::pair{"nodes", "id"}, std::pair{"usage_logs", "id"},
              std::pair{"node_traffic_raw", "id"}, std::pair{"node_online_log", "id"}}) {
            exec(db, QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', '%2'), "
                                    "coalesce((SELECT max(%2) FROM %1), 0) + 1, false)")
                         .arg(QLatin1String(table), QLatin1String(column)));
        }
        if (!db.commit()) {
            JobError error;
            error.sqlError = db.lastError();
            error.message = Tr::tr("Saving the demo data failed: %1 Nothing was loaded.")
                                .arg(Database::describe(db.lastError()));
            throw error;
        }
    } catch (...) {
        db.rollback();
        throw;
    }
    if (progress)
        progress(95, Tr::tr("Updating the planner statistics"));
    // Fresh statistics make the first queries on the new rows fast; a failure here loses
    // nothing, so it is not reported.
    QStringList tables;
    for (PgCopy* table : generator->tables())
        tables << db.driver()->escapeIdentifier(table->table(), QSqlDriver::TableName);
    QSqlQuery(db).exec(QStringLiteral("ANALYZE ") + tables.join(QStringLiteral(", ")));
    if (progress)
        progress(100, Tr::tr("Demo data loaded"));
    return generator->counts();
}

} // namespace pd::storage
