<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>paneldesk</name>
    <message>
        <location filename="../app/paneldesk/main.cpp" line="+62"/>
        <source>Back office for users, plans, payments and nodes.</source>
        <translation>用户、套餐、支付与节点的后台管理。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start on the demo database (a private PostgreSQL cluster with made-up data).</source>
        <translation>在演示数据库上启动（一个装有虚构数据的私有 PostgreSQL 集群）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect with the saved connection NAME.</source>
        <translation>使用已保存的连接 NAME 连接。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of demo users loaded the first time the demo starts (default 100000).</source>
        <translation>演示首次启动时加载的演示用户数（默认 100000）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Once the first page has loaded, save the window as an image to FILE and quit.</source>
        <translation>第一页加载完成后，将窗口保存为图片 FILE 并退出。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of the interface (en, zh_CN).</source>
        <translation>界面语言（en、zh_CN）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open on page N (1 Users … 7 Audit log), as Ctrl+N does.</source>
        <translation>打开第 N 页（1 用户 … 7 审计日志），与 Ctrl+N 相同。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--users needs a number of users between 1 and 10000000.</source>
        <translation>--users 需要 1 到 10000000 之间的用户数。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The page did not load within 30 minutes; no screenshot was taken.</source>
        <translation>页面在 30 分钟内未能加载；未截图。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The screenshot could not be saved to %1.</source>
        <translation>无法将截图保存到 %1。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--page needs a number from 1 to %1.</source>
        <translation>--page 需要 1 到 %1 之间的数字。</translation>
    </message>
</context>
<context>
    <name>paneldeskctl</name>
    <message>
        <location filename="../app/paneldeskctl/CoreCommands.cpp" line="+28"/>
        <source>Applies the schema migrations this program carries, in one transaction.</source>
        <translation>在一个事务中应用本程序携带的数据库结构迁移。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only show the schema version; exit 5 when it does not match this program.</source>
        <translation>只显示数据库结构版本；与本程序不一致时以 5 退出。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>migrate takes no arguments. Try &quot;paneldeskctl migrate --help&quot;.</source>
        <translation>migrate 不接受参数。请尝试 &quot;paneldeskctl migrate --help&quot;。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Schema version %1; this program carries version %2.
</source>
        <translation>数据库结构版本 %1；本程序携带版本 %2。
</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The schema is already up to date (version %1); nothing was changed.
</source>
        <translation>数据库结构已是最新（版本 %1）；未做任何更改。
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Applied %1; the schema is now at version %2.
</source>
        <translation>已应用 %1；数据库结构现为版本 %2。
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Creates a staff login in one of the staff roles, or grants the role again to an existing login.</source>
        <translation>在某个员工角色中创建员工登录，或为已有登录再次授予该角色。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The staff role: admin, finance or support.</source>
        <translation>员工角色：admin、finance 或 support。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the login&apos;s password from standard input (otherwise it gets none).</source>
        <translation>从标准输入读取该登录的密码（否则不设密码）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The action (only add for now).</source>
        <translation>操作（目前只有 add）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The login name.</source>
        <translation>登录名。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Say &quot;staff add NAME --role ROLE&quot;. Try &quot;paneldeskctl staff --help&quot;.</source>
        <translation>请使用 &quot;staff add NAME --role ROLE&quot;。请尝试 &quot;paneldeskctl staff --help&quot;。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The role must be admin, finance or support. Try &quot;paneldeskctl staff --help&quot;.</source>
        <translation>角色必须是 admin、finance 或 support。请尝试 &quot;paneldeskctl staff --help&quot;。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The password could not be read from standard input. Nothing was changed.</source>
        <translation>无法从标准输入读取密码。未做任何更改。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The login %1 is now in the %2 staff role.
</source>
        <translation>登录 %1 现已属于员工角色 %2。
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fills an empty, migrated database with deterministic demo data: the same seed on the same day gives the same rows. Progress goes to standard error.</source>
        <translation>向一个已迁移的空数据库填充确定性的演示数据：同一天使用同一种子得到相同的数据行。进度输出到标准错误。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How many users to create.</source>
        <translation>要创建的用户数。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/paneldeskctl/SubscriptionCommands.cpp" line="+240"/>
        <location line="+276"/>
        <location filename="../app/paneldeskctl/UsersCommands.cpp" line="+41"/>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The random seed (default 1).</source>
        <translation>随机种子（默认 1）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days of traffic and usage history (default 30).</source>
        <translation>流量与使用记录的历史天数（默认 30）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/paneldeskctl/SubscriptionCommands.cpp" line="-8"/>
        <location line="+166"/>
        <location line="+147"/>
        <location line="+134"/>
        <location filename="../app/paneldeskctl/TrafficCommands.cpp" line="+112"/>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>demo-data needs --users with a count from 1 to 10,000,000, and takes a numeric --seed and --days from 1 to 365. Try &quot;paneldeskctl demo-data --help&quot;.</source>
        <translation>demo-data 需要 --users，数量为 1 到 10,000,000；--seed 须为数字，--days 为 1 到 365。请尝试 &quot;paneldeskctl demo-data --help&quot;。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Loaded %1 users, %2 plans, %3 subscriptions, %4 payments, %5 refunds, %6 API keys, %7 nodes, %8 hourly traffic rows and %9 usage logs in %10 s.
</source>
        <translation>已加载 %1 个用户、%2 个套餐、%3 个订阅、%4 笔支付、%5 笔退款、%6 个 API 密钥、%7 个节点、%8 行小时流量和 %9 条使用记录，用时 %10 秒。
</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>  migrate [--status]                     apply the schema migrations, or show the schema version
</source>
        <translation>  migrate [--status]                     应用数据库结构迁移，或显示数据库结构版本
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  staff add NAME --role ROLE             create a staff login (admin, finance or support)
</source>
        <translation>  staff add NAME --role ROLE             创建员工登录（admin、finance 或 support）
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  demo-data --users N [--seed S] [--days D]
                                         fill an empty database with demo data
</source>
        <translation>  demo-data --users N [--seed S] [--days D]
                                         向空数据库填充演示数据
</translation>
    </message>
    <message>
        <location filename="../app/paneldeskctl/CtlCommand.cpp" line="+13"/>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exit codes:
  0  success
  1  the command failed
  2  wrong usage (unknown option, missing or malformed argument)
  3  cannot connect to the database server
  4  not found (no such user)
  5  the database schema needs &quot;paneldeskctl migrate&quot; or is newer than this program
</source>
        <translation>退出码：
  0  成功
  1  命令失败
  2  用法错误（未知选项、缺少参数或参数格式错误）
  3  无法连接数据库服务器
  4  未找到（没有该用户）
  5  数据库结构需要 &quot;paneldeskctl migrate&quot;，或比本程序更新
</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../app/paneldeskctl/SubscriptionCommands.cpp" line="-239"/>
        <source>Usage: %1</source>
        <translation>用法：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 Try &quot;paneldeskctl %2 --help&quot;.</source>
        <translation>%1 请尝试 &quot;paneldeskctl %2 --help&quot;。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&quot;%1&quot; needs one of these actions: %2. Try &quot;paneldeskctl --help&quot;.</source>
        <translation>&quot;%1&quot; 需要以下操作之一：%2。请尝试 &quot;paneldeskctl --help&quot;。</translation>
    </message>
    <message>
        <location filename="../app/paneldeskctl/CtlConnection.cpp" line="+113"/>
        <source>Database server host or socket directory (default: PGHOST).</source>
        <translation>数据库服务器主机或套接字目录（默认：PGHOST）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host</source>
        <translation>host</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database server port (default: PGPORT or 5432).</source>
        <translation>数据库服务器端口（默认：PGPORT 或 5432）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database name (default: PGDATABASE).</source>
        <translation>数据库名（默认：PGDATABASE）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <location line="+4"/>
        <location filename="../app/paneldeskctl/SubscriptionCommands.cpp" line="-327"/>
        <location line="+563"/>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Database user (default: PGUSER).</source>
        <translation>数据库用户（默认：PGUSER）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use a connection profile saved by PanelDesk; its password comes from the keychain.</source>
        <translation>使用 PanelDesk 保存的连接配置；其密码来自系统钥匙串。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The port &quot;%1&quot; is not a number from 1 to 65535.</source>
        <translation>端口 &quot;%1&quot; 不是 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No saved connection profile is named &quot;%1&quot;. Check the name in PanelDesk&apos;s connection dialog.</source>
        <translation>没有名为 &quot;%1&quot; 的已保存连接配置。请在 PanelDesk 的连接对话框中核对名称。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The database schema (version %1) is newer than this paneldeskctl knows (version %2). Nothing was changed; update paneldeskctl.</source>
        <translation>数据库结构（版本 %1）比本 paneldeskctl 所知的（版本 %2）更新。未做任何更改；请更新 paneldeskctl。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database schema is at version %1 and needs version %2. Nothing was changed; run &quot;paneldeskctl migrate&quot; first.</source>
        <translation>数据库结构为版本 %1，需要版本 %2。未做任何更改；请先运行 &quot;paneldeskctl migrate&quot;。</translation>
    </message>
    <message>
        <location filename="../app/paneldeskctl/main.cpp" line="+21"/>
        <source>Commands:
</source>
        <translation>命令：
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each command has its own --help.
</source>
        <translation>每个命令都有自己的 --help。
</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Command-line tool of PanelDesk, the back office for users, plans, payments and nodes.</source>
        <translation>PanelDesk 的命令行工具，用于管理用户、套餐、支付与节点的后台。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the version.</source>
        <translation>显示版本。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What to do (see below).</source>
        <translation>要执行的操作（见下文）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 Try &quot;paneldeskctl --help&quot;.</source>
        <translation>%1 请尝试 &quot;paneldeskctl --help&quot;。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No command was given. Try &quot;paneldeskctl --help&quot;.</source>
        <translation>未指定命令。请尝试 &quot;paneldeskctl --help&quot;。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a paneldeskctl command. Try &quot;paneldeskctl --help&quot;.</source>
        <translation>&quot;%1&quot; 不是 paneldeskctl 命令。请尝试 &quot;paneldeskctl --help&quot;。</translation>
    </message>
    <message>
        <location filename="../app/paneldeskctl/UsersCommands.cpp" line="-15"/>
        <source>Lists users (not deleted ones), oldest first.</source>
        <translation>列出用户（不含已删除的），按创建时间从早到晚。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only users whose email, username or id starts with this text.</source>
        <translation>只列出邮箱、用户名或 ID 以此文本开头的用户。</translation>
    </message>
    <message>
        <location filename="../app/paneldeskctl/SubscriptionCommands.cpp" line="-700"/>
        <location line="+262"/>
        <location line="+293"/>
        <location filename="../app/paneldeskctl/UsersCommands.cpp" line="+2"/>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <location filename="../app/paneldeskctl/UsersCommands.cpp" line="+2"/>
        <source>Only active or only banned users.</source>
        <translation>只列出正常用户或只列出已封禁用户。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only users in this node group.</source>
        <translation>只列出此节点分组中的用户。</translation>
    </message>
    <message>
        <location filename="../app/paneldeskctl/SubscriptionCommands.cpp" line="-560"/>
        <location line="+567"/>
        <location filename="../app/paneldeskctl/UsersCommands.cpp" line="+0"/>
        <source>group</source>
        <translation>group</translation>
    </message>
    <message>
        <location filename="../app/paneldeskctl/UsersCommands.cpp" line="+3"/>
        <source>Only users who used more traffic than their quota.</source>
        <translation>只列出已用流量超过配额的用户。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most this many users (default 50).</source>
        <translation>最多列出这么多用户（默认 50）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+148"/>
        <source>Print JSON: money as exact decimal strings, bytes as integers.</source>
        <translation>输出 JSON：金额为精确的十进制字符串，字节数为整数。</translation>
    </message>
    <message>
        <location filename="../app/paneldeskctl/SubscriptionCommands.cpp" line="+32"/>
        <location filename="../app/paneldeskctl/UsersCommands.cpp" line="-127"/>
        <source>--state must be active or banned.</source>
        <translation>--state 必须是 active 或 banned。</translation>
    </message>
    <message>
        <location line="-536"/>
        <location line="+543"/>
        <location filename="../app/paneldeskctl/UsersCommands.cpp" line="+7"/>
        <source>--node-group must be a number from 0 to 9999.</source>
        <translation>--node-group 必须是 0 到 9999 之间的数字。</translation>
    </message>
    <message>
        <location line="-822"/>
        <source>Print JSON: money as exact decimal strings, bytes and counts as integers.</source>
        <translation>输出 JSON：金额为精确的十进制字符串，字节数和计数为整数。</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>No user has the id or email &quot;%1&quot;.</source>
        <translation>没有 ID 或邮箱为 &quot;%1&quot; 的用户。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No plan has the name or id &quot;%1&quot;. &quot;paneldeskctl plans list&quot; shows them.</source>
        <translation>没有名称或 ID 为 &quot;%1&quot; 的套餐。&quot;paneldeskctl plans list&quot; 可列出套餐。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Name a subscription by its id, or by its user&apos;s id or email.</source>
        <translation>请用订阅的 ID，或其用户的 ID 或邮箱指定订阅。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The user &quot;%1&quot; has no active subscription.</source>
        <translation>用户 &quot;%1&quot; 没有有效订阅。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Lists every plan, active ones first.</source>
        <translation>列出所有套餐，启用的在前。</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+841"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="-841"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cycle</source>
        <translation>周期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traffic</source>
        <translation>流量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subscribers</source>
        <translation>订阅人数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+389"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="-389"/>
        <location line="+389"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="-380"/>
        <source>Price as an exact decimal, such as 99.00.</source>
        <translation>价格为精确的十进制数，例如 99.00。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>amount</source>
        <translation>amount</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Currency code (CNY, USD, EUR, GBP, HKD, JPY, KRW).</source>
        <translation>货币代码（CNY、USD、EUR、GBP、HKD、JPY、KRW）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>monthly, yearly or lifetime.</source>
        <translation>monthly、yearly 或 lifetime。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cycle</source>
        <translation>cycle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the quota counts (processing_count).</source>
        <translation>配额计量的内容（processing_count）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quota per period, or &quot;unlimited&quot;.</source>
        <translation>每周期配额，或 &quot;unlimited&quot;。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Traffic per period, such as 200GiB.</source>
        <translation>每周期流量，例如 200GiB。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>size</source>
        <translation>size</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset used traffic on assignment (yes or no).</source>
        <translation>分配时重置已用流量（yes 或 no）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Node group granted (0-9999).</source>
        <translation>授予的节点分组（0-9999）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level granted (0-99).</source>
        <translation>授予的等级（0-99）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>level</source>
        <translation>level</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A feature line; repeat for more. Replaces the list.</source>
        <translation>一行功能说明；可重复多次。会替换原列表。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear the features.</source>
        <translation>清空功能列表。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--price: %1</source>
        <translation>--price：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--quota must be a whole number or &quot;unlimited&quot;.</source>
        <translation>--quota 必须是整数或 &quot;unlimited&quot;。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--traffic must be a size such as 200GiB.</source>
        <translation>--traffic 必须是大小，例如 200GiB。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--reset-traffic must be yes or no.</source>
        <translation>--reset-traffic 必须是 yes 或 no。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--level must be a number from 0 to 99.</source>
        <translation>--level 必须是 0 到 99 之间的数字。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Saved plan %1 (%2).
</source>
        <translation>已保存套餐 %1（%2）。
</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Creates a plan.</source>
        <translation>创建套餐。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The plan&apos;s unique name.</source>
        <translation>套餐的唯一名称。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>plans create needs a NAME and --price. Try &quot;paneldeskctl plans create --help&quot;.</source>
        <translation>plans create 需要 NAME 和 --price。请尝试 &quot;paneldeskctl plans create --help&quot;。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Changes the given fields of a plan.</source>
        <translation>修改套餐的指定字段。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new name.</source>
        <translation>新名称。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+41"/>
        <location line="+198"/>
        <source>The plan&apos;s name or id.</source>
        <translation>套餐的名称或 ID。</translation>
    </message>
    <message>
        <location line="-228"/>
        <source>plans update needs one PLAN (name or id).</source>
        <translation>plans update 需要一个 PLAN（名称或 ID）。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Deletes a plan no subscription ever used; others can only be deactivated.</source>
        <translation>删除从未被任何订阅使用过的套餐；其他套餐只能停用。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deactivates or activates a plan: an inactive plan cannot be assigned, its subscribers keep it.</source>
        <translation>停用或启用套餐：停用的套餐不能再分配，现有订阅者保留。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>plans %1 needs one PLAN (name or id).</source>
        <translation>plans %1 需要一个 PLAN（名称或 ID）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Deleted plan %1.
</source>
        <translation>已删除套餐 %1。
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plan %1 is active.
</source>
        <translation>套餐 %1 已启用。
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan %1 is inactive; its %2 subscriber(s) keep it.
</source>
        <translation>套餐 %1 已停用；其 %2 个订阅者保留该套餐。
</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Lists subscriptions, newest first.</source>
        <translation>列出订阅，最新的在前。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only active, cancelled or expired ones.</source>
        <translation>只列出有效、已取消或已过期的。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this plan (name or id).</source>
        <translation>只列出此套餐（名称或 ID）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+307"/>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <location line="-305"/>
        <source>Only active ones ending within N days.</source>
        <translation>只列出 N 天内到期的有效订阅。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only those that used at least N % of the quota.</source>
        <translation>只列出配额使用至少 N % 的。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>percent</source>
        <translation>percent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only users whose email starts with this text.</source>
        <translation>只列出邮箱以此文本开头的用户。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most this many (default 50).</source>
        <translation>最多列出这么多（默认 50）。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--status must be active, cancelled or expired.</source>
        <translation>--status 必须是 active、cancelled 或 expired。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--expiring-within must be a number of days from 1 to 3650.</source>
        <translation>--expiring-within 必须是 1 到 3650 之间的天数。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--quota-above must be a percentage from 0 to 100.</source>
        <translation>--quota-above 必须是 0 到 100 之间的百分比。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../app/paneldeskctl/UsersCommands.cpp" line="+8"/>
        <source>--limit must be a number from 1 to 1,000,000.</source>
        <translation>--limit 必须是 1 到 1,000,000 之间的数字。</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+300"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="-300"/>
        <source>Plan</source>
        <translation>套餐</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period end</source>
        <translation>周期结束</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Auto-renew</source>
        <translation>自动续费</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>lifetime</source>
        <translation>永久</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>(%n subscription(s))
</source>
        <translation>
            <numerusform>（%n 个订阅）
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Assigns a plan to a user in one transaction: charged to the user&apos;s balance (--charge; refused when short, nothing changed) or given with a reason (--grant).</source>
        <translation>在一个事务中为用户分配套餐：从用户余额扣费（--charge；余额不足则拒绝，不做任何更改），或附理由赠送（--grant）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take the price from the user&apos;s balance.</source>
        <translation>从用户余额扣除价格。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give it without charge, for this reason.</source>
        <translation>免费赠送，理由如下。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reason</source>
        <translation>reason</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+329"/>
        <location line="+52"/>
        <location line="+125"/>
        <source>The user&apos;s id or email.</source>
        <translation>用户的 ID 或邮箱。</translation>
    </message>
    <message>
        <location line="-496"/>
        <source>subscriptions assign needs USER, PLAN and either --charge or --grant REASON.</source>
        <translation>subscriptions assign 需要 USER、PLAN，以及 --charge 或 --grant REASON 之一。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Assigned %1 to %2: subscription %3.
</source>
        <translation>已将 %1 分配给 %2：订阅 %3。
</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>How many days to add.</source>
        <translation>要增加的天数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End it when the period ends instead of now.</source>
        <translation>在周期结束时终止，而不是立即终止。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Adds days to a subscription&apos;s period.</source>
        <translation>为订阅周期增加天数。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancels a subscription now or at period end.</source>
        <translation>立即或在周期结束时取消订阅。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sets the quota used back to 0.</source>
        <translation>将已用配额重置为 0。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Moves a subscription to another plan; a new period starts now and no money moves.</source>
        <translation>将订阅转到另一个套餐；新周期从现在开始，不涉及资金。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new plan.</source>
        <translation>新套餐。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Turns auto-renew on or off.</source>
        <translation>开启或关闭自动续费。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new setting.</source>
        <translation>新的设置。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The subscription&apos;s id, or its user&apos;s id or email.</source>
        <translation>订阅的 ID，或其用户的 ID 或邮箱。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Extended until %1.
</source>
        <translation>已延长至 %1。
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It ends with its period and will not renew.
</source>
        <translation>它将在周期结束时终止，不再续费。
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled.
</source>
        <translation>已取消。
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The quota was reset.
</source>
        <translation>配额已重置。
</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Moved to %1.
</source>
        <translation>已转到 %1。
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note: the unused part of the old period was worth about %1 %2 pro rata; no money was moved.
</source>
        <translation>注意：旧周期未使用部分按比例约值 %1 %2；未发生任何资金变动。
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Auto-renew is %1.
</source>
        <translation>自动续费已%1。
</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Gives days and/or traffic to the users a filter selects (the Users page&apos;s filters), in one transaction, with one audit row per changed row and one summary. Prints the preview first; --dry-run stops there.</source>
        <translation>在一个事务中为筛选出的用户（与用户页面的筛选相同）增加天数和/或流量，每个更改的行写一条审计记录并写一条汇总记录。先输出预览；--dry-run 到此为止。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Users whose email, username or id starts with this.</source>
        <translation>邮箱、用户名或 ID 以此开头的用户。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>active or banned users.</source>
        <translation>正常或已封禁的用户。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Users with an active subscription on this plan.</source>
        <translation>在此套餐上有有效订阅的用户。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Users in this node group.</source>
        <translation>此节点分组中的用户。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Users with an active subscription on any plan.</source>
        <translation>在任意套餐上有有效订阅的用户。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Users over their traffic quota.</source>
        <translation>超出流量配额的用户。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every user (needed when no filter is given).</source>
        <translation>所有用户（未给出筛选条件时必需）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days to add.</source>
        <translation>要增加的天数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GiB of traffic to add.</source>
        <translation>要增加的流量（GiB）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only show who would get what.</source>
        <translation>只显示谁会得到什么。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>--days must be a number from 0 to 3650.</source>
        <translation>--days 必须是 0 到 3650 之间的数字。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--gib must be a whole number of GiB up to 1 PiB.</source>
        <translation>--gib 必须是不超过 1 PiB 的整数 GiB。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give a filter, or --all to compensate every user.</source>
        <translation>请给出筛选条件，或用 --all 补偿所有用户。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Expiry</source>
        <translation>到期</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 user(s) selected. A sample:
</source>
        <translation>已选择 %1 个用户。示例：
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>compensated %1 of %2</source>
        <translation>已补偿 %1 / %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Compensated %1 user(s); audit entry %2.
</source>
        <translation>已补偿 %1 个用户；审计条目 %2。
</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Creates an API key for a user and prints it once: only its fingerprint is stored, so it cannot be shown again.</source>
        <translation>为用户创建 API 密钥并只输出一次：只保存其指纹，因此无法再次显示。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the key is for.</source>
        <translation>密钥的用途。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Valid for this many days (default: no expiry).</source>
        <translation>有效天数（默认：不过期）。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>apikeys create needs USER and --name (and --expires-days from 1 to 3650 if given).</source>
        <translation>apikeys create 需要 USER 和 --name（如给出 --expires-days，须为 1 到 3650）。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Store this key now: it is not kept and cannot be shown again.</source>
        <translation>请立即保存此密钥：它不会被保留，也无法再次显示。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lists a user&apos;s API keys by prefix.</source>
        <translation>按前缀列出用户的 API 密钥。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>apikeys list needs one USER (id or email).</source>
        <translation>apikeys list 需要一个 USER（ID 或邮箱）。</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+1"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Revokes an API key at once; a revoked key can never be used again.</source>
        <translation>立即吊销 API 密钥；吊销后的密钥永远无法再使用。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key&apos;s id or its prefix.</source>
        <translation>密钥的 ID 或前缀。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>apikeys revoke needs one KEY (id or prefix).</source>
        <translation>apikeys revoke 需要一个 KEY（ID 或前缀）。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No API key has the id or prefix &quot;%1&quot;.</source>
        <translation>没有 ID 或前缀为 &quot;%1&quot; 的 API 密钥。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Several keys have the prefix &quot;%1&quot;; revoke by id.</source>
        <translation>有多个密钥的前缀为 &quot;%1&quot;；请按 ID 吊销。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revoked.
</source>
        <translation>已吊销。
</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>It was revoked already.
</source>
        <translation>它此前已被吊销。
</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Consumes quota of a user&apos;s active subscription atomically (never past its limit) and logs the use. Prints the quota used afterwards; exits 1 when the quota is used up or there is no active subscription.</source>
        <translation>原子地消耗用户有效订阅的配额（绝不超过上限）并记录使用。之后输出已用配额；配额用完或没有有效订阅时以 1 退出。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How much to consume (1).</source>
        <translation>消耗量（1）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was processed, for the usage log.</source>
        <translation>处理的对象，用于使用记录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What is consumed, such as dicom_processing.</source>
        <translation>消耗的内容，例如 dicom_processing。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>quota consume needs USER and RESOURCE_TYPE, and --cost from 0 to 1000000.</source>
        <translation>quota consume 需要 USER 和 RESOURCE_TYPE，--cost 为 0 到 1000000。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>  plans list|create|update|deactivate|activate|delete
                                         manage subscription plans
</source>
        <translation>  plans list|create|update|deactivate|activate|delete
                                         管理订阅套餐
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  subscriptions list|assign|extend|change-plan|cancel|reset-quota|auto-renew
                                         manage users&apos; subscriptions
</source>
        <translation>  subscriptions list|assign|extend|change-plan|cancel|reset-quota|auto-renew
                                         管理用户的订阅
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  compensate [filters] --days N --gib N [--dry-run]
                                         give days/traffic to filtered users
</source>
        <translation>  compensate [filters] --days N --gib N [--dry-run]
                                         为筛选出的用户补偿天数/流量
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  apikeys create|list|revoke             manage users&apos; API keys
</source>
        <translation>  apikeys create|list|revoke             管理用户的 API 密钥
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  quota consume USER TYPE [--cost N]     consume quota atomically
</source>
        <translation>  quota consume USER TYPE [--cost N]     原子地消耗配额
</translation>
    </message>
    <message>
        <location filename="../app/paneldeskctl/UsersCommands.cpp" line="+5"/>
        <source>users list takes no arguments. Try &quot;paneldeskctl users list --help&quot;.</source>
        <translation>users list 不接受参数。请尝试 &quot;paneldeskctl users list --help&quot;。</translation>
    </message>
    <message>
        <location filename="../app/paneldeskctl/SubscriptionCommands.cpp" line="-999"/>
        <location line="+389"/>
        <location line="+452"/>
        <location filename="../app/paneldeskctl/UsersCommands.cpp" line="+57"/>
        <location line="+134"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/paneldeskctl/UsersCommands.cpp" line="-96"/>
        <source>(%n user(s))
</source>
        <translation>
            <numerusform>（%n 个用户）
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Shows one user: profile, current subscription, API keys and the last payments.</source>
        <translation>显示一个用户：资料、当前订阅、API 密钥和最近的支付。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The user&apos;s id (a UUID).</source>
        <translation>用户的 ID（UUID）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>users show needs exactly one user id. Try &quot;paneldeskctl users show --help&quot;.</source>
        <translation>users show 需要恰好一个用户 ID。请尝试 &quot;paneldeskctl users show --help&quot;。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a user id; a user id is a UUID such as 0b9f3c2e-6a1d-4f0e-9a55-3c7d2b1e8f40.</source>
        <translation>&quot;%1&quot; 不是用户 ID；用户 ID 是 UUID，例如 0b9f3c2e-6a1d-4f0e-9a55-3c7d2b1e8f40。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No user has the id %1. Check the id, or find the user with &quot;paneldeskctl users list --search&quot;.</source>
        <translation>没有 ID 为 %1 的用户。请核对 ID，或用 &quot;paneldeskctl users list --search&quot; 查找该用户。</translation>
    </message>
    <message>
        <location filename="../app/paneldeskctl/SubscriptionCommands.cpp" line="-141"/>
        <location line="+1"/>
        <location filename="../app/paneldeskctl/UsersCommands.cpp" line="+41"/>
        <location line="+21"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../app/paneldeskctl/UsersCommands.cpp" line="-14"/>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../app/paneldeskctl/SubscriptionCommands.cpp" line="+140"/>
        <location filename="../app/paneldeskctl/UsersCommands.cpp" line="+1"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last used</source>
        <translation>最近使用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expires</source>
        <translation>到期</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/paneldeskctl/UsersCommands.cpp" line="+0"/>
        <location line="+31"/>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../app/paneldeskctl/UsersCommands.cpp" line="-31"/>
        <source>banned</source>
        <translation>已封禁</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traffic used</source>
        <translation>已用流量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (up %2, down %3)</source>
        <translation>%1（上传 %2，下载 %3）</translation>
    </message>
    <message>
        <location filename="../app/paneldeskctl/SubscriptionCommands.cpp" line="-846"/>
        <location line="+389"/>
        <location line="+299"/>
        <location filename="../app/paneldeskctl/UsersCommands.cpp" line="+3"/>
        <source>Quota</source>
        <translation>配额</translation>
    </message>
    <message>
        <location filename="../app/paneldeskctl/UsersCommands.cpp" line="+1"/>
        <source>Node group</source>
        <translation>节点分组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, expires %2</source>
        <translation>%1，%2 到期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Subscription</source>
        <translation>订阅</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2 until %3, quota %4 of %5</source>
        <translation>%1，%2，至 %3，配额 %4 / %5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>forever</source>
        <translation>永久</translation>
    </message>
    <message>
        <location filename="../app/paneldeskctl/SubscriptionCommands.cpp" line="-681"/>
        <location filename="../app/paneldeskctl/UsersCommands.cpp" line="+3"/>
        <source>unlimited</source>
        <translation>无限制</translation>
    </message>
    <message>
        <location filename="../app/paneldeskctl/UsersCommands.cpp" line="+4"/>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1… %2 (%3)</source>
        <translation>%1… %2（%3）</translation>
    </message>
    <message>
        <location filename="../app/paneldeskctl/SubscriptionCommands.cpp" line="+839"/>
        <location filename="../app/paneldeskctl/UsersCommands.cpp" line="+4"/>
        <source>revoked</source>
        <translation>已吊销</translation>
    </message>
    <message>
        <location filename="../app/paneldeskctl/UsersCommands.cpp" line="+2"/>
        <source>Payment</source>
        <translation>支付</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>  users list [filters] [--json]          list users
  users show ID [--json]                 show one user
</source>
        <translation>  users list [filters] [--json]          列出用户
  users show ID [--json]                 显示一个用户
</translation>
    </message>
    <message>
        <location filename="../app/paneldeskctl/TrafficCommands.cpp" line="-72"/>
        <source>Applies nodes&apos; traffic reports, one JSON object per line in the shape {&quot;node_id&quot;: N, &quot;data&quot;: [{&quot;user_id&quot;: &quot;…&quot;, &quot;u&quot;: bytes, &quot;d&quot;: bytes}]}. Each report is applied whole or not at all; a refused line is reported with its number and the others go on.</source>
        <translation>应用节点的流量报告，每行一个 JSON 对象，格式为 {&quot;node_id&quot;: N, &quot;data&quot;: [{&quot;user_id&quot;: &quot;…&quot;, &quot;u&quot;: bytes, &quot;d&quot;: bytes}]}。每份报告要么完整应用，要么完全不应用；被拒绝的行会报告其行号，其余行继续处理。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file of reports, or - for standard input.</source>
        <translation>报告文件，或用 - 表示标准输入。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>traffic ingest needs one FILE, or - for standard input. Try &quot;paneldeskctl traffic ingest --help&quot;.</source>
        <translation>traffic ingest 需要一个 FILE，或用 - 表示标准输入。请尝试 &quot;paneldeskctl traffic ingest --help&quot;。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The reports could not be read from %1: %2. Nothing was applied.</source>
        <translation>无法从 %1 读取报告：%2。未应用任何内容。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped at line %1: the connection was lost. Lines before it that were not refused are applied.</source>
        <translation>在第 %1 行停止：连接已断开。此前未被拒绝的行已应用。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Applied %1 reports charging %2 users; %3 refused.
</source>
        <translation>已应用 %1 份报告，计费 %2 个用户；%3 份被拒绝。
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Drops the monthly partitions of raw traffic reports that ended more than DAYS ago. Their traffic stays in the hourly rollups the charts read.</source>
        <translation>删除结束于 DAYS 天之前的原始流量报告月分区。其流量仍保留在图表读取的小时汇总中。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Age in days (at least 1).</source>
        <translation>天数（至少 1）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>traffic prune needs --older-than with a number of days from 1 to 36500. Try &quot;paneldeskctl traffic prune --help&quot;.</source>
        <translation>traffic prune 需要 --older-than，天数为 1 到 36500。请尝试 &quot;paneldeskctl traffic prune --help&quot;。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dropped %1 raw traffic partitions.
</source>
        <translation>已删除 %1 个原始流量分区。
</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Creates the monthly partitions of usage logs and raw traffic from this month to N months ahead, moving rows that waited in the default partitions.</source>
        <translation>创建使用记录和原始流量从本月到 N 个月后的月分区，并移出在默认分区中等待的行。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How many months ahead (0 to 120, default 3).</source>
        <translation>提前多少个月（0 到 120，默认 3）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--months-ahead must be a number from 0 to 120. Try &quot;paneldeskctl partitions ensure --help&quot;.</source>
        <translation>--months-ahead 必须是 0 到 120 之间的数字。请尝试 &quot;paneldeskctl partitions ensure --help&quot;。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Created %1 partitions; every month up to %2 months ahead has its partitions.
</source>
        <translation>已创建 %1 个分区；直到 %2 个月后的每个月都已有分区。
</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>  traffic ingest FILE|-                  apply nodes&apos; traffic reports (JSON lines)
  traffic prune --older-than DAYS        drop old raw traffic partitions
</source>
        <translation>  traffic ingest FILE|-                  应用节点的流量报告（JSON 行）
  traffic prune --older-than DAYS        删除旧的原始流量分区
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  partitions ensure [--months-ahead N]   create future monthly partitions
</source>
        <translation>  partitions ensure [--months-ahead N]   创建未来的月分区
</translation>
    </message>
</context>
<context>
    <name>pd::domain::Money</name>
    <message>
        <location filename="../models/domain/Money.cpp" line="+149"/>
        <source>Enter an amount.</source>
        <translation>请输入金额。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the amount as digits with an optional decimal point, like 99.00.</source>
        <translation>金额请写成数字，可带小数点，例如 99.00。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 amounts have no decimals.</source>
        <translation>%1 金额没有小数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 amounts have at most %2 decimals.</source>
        <translation>%1 金额最多 %2 位小数。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The amount is too large.</source>
        <translation>金额过大。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The currency %1 is not supported.</source>
        <translation>不支持货币 %1。</translation>
    </message>
</context>
<context>
    <name>pd::domain::Validation</name>
    <message>
        <location filename="../models/domain/Validation.cpp" line="+43"/>
        <source>Enter an email address, for example name@example.com.</source>
        <translation>请输入邮箱地址，例如 name@example.com。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This email address is longer than 254 characters. Shorten it.</source>
        <translation>此邮箱地址超过 254 个字符，请缩短。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not an email address: it needs one @, a domain with a dot and no spaces, for example name@example.com.</source>
        <translation>这不是邮箱地址：需要一个 @、一个带点的域名且不含空格，例如 name@example.com。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter a username: it cannot be empty or only spaces.</source>
        <translation>请输入用户名：不能为空或只有空格。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This username is longer than 64 characters. Shorten it.</source>
        <translation>此用户名超过 64 个字符，请缩短。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The traffic quota cannot be negative. Enter 0 or more.</source>
        <translation>流量配额不能为负数。请输入 0 或更大的数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The traffic quota cannot be more than 1 PiB (1024 TiB). Check the number and the unit.</source>
        <translation>流量配额不能超过 1 PiB（1024 TiB）。请检查数字和单位。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The level expiry is in the past. Choose a later date, or no expiry.</source>
        <translation>等级到期时间已过。请选择更晚的日期，或不设到期。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The node group must be between 0 and 9999.</source>
        <translation>节点分组必须在 0 到 9999 之间。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The level must be between 0 and 99.</source>
        <translation>等级必须在 0 到 99 之间。</translation>
    </message>
</context>
<context>
    <name>pd::item::LazyTableModel</name>
    <message>
        <location filename="../models/item/LazyTableModel.cpp" line="+368"/>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>pd::secrets::KeychainSecretStore</name>
    <message>
        <location filename="../models/secrets/KeychainSecretStore.cpp" line="+22"/>
        <source>No system keychain is available, so PanelDesk cannot store the password. Start your desktop&apos;s keyring (or Keychain/Credential Manager) and try again; the password was not saved.</source>
        <translation>没有可用的系统钥匙串，因此 PanelDesk 无法保存密码。请启动桌面的密钥环（或钥匙串/凭据管理器）后重试；密码未保存。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No password is stored in the system keychain for this connection. Type the password; you can choose to remember it.</source>
        <translation>系统钥匙串中没有此连接的密码。请输入密码；你可以选择记住它。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The system keychain refused PanelDesk access to the password; nothing was changed. Allow PanelDesk in the keychain (or unlock it) and try again.</source>
        <translation>系统钥匙串拒绝 PanelDesk 访问密码；未做任何更改。请在钥匙串中允许 PanelDesk（或将其解锁）后重试。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The system keychain reported an error (%1); the password was not changed. Check that your keyring is unlocked and try again.</source>
        <translation>系统钥匙串报告错误（%1）；密码未更改。请确认密钥环已解锁后重试。</translation>
    </message>
</context>
<context>
    <name>pd::storage::ApiKeyStore</name>
    <message>
        <location filename="../models/storage/ApiKeyStore.cpp" line="+72"/>
        <source>A key needs a name of 1 to 100 characters, so nobody wonders later what it is for. No key was created.</source>
        <translation>密钥需要 1 到 100 个字符的名称，以免日后不知其用途。未创建密钥。</translation>
    </message>
</context>
<context>
    <name>pd::storage::CompensationJob</name>
    <message>
        <location filename="../models/storage/CompensationJob.cpp" line="+37"/>
        <source>Days must be between 0 and 3650.</source>
        <translation>天数必须在 0 到 3650 之间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Traffic must be between 0 and 1 PiB.</source>
        <translation>流量必须在 0 到 1 PiB 之间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give days, traffic or both: a compensation of nothing changes nothing.</source>
        <translation>请给出天数、流量或两者：什么都不补偿则什么都不会改变。</translation>
    </message>
</context>
<context>
    <name>pd::storage::CsvExport</name>
    <message>
        <location filename="../models/storage/CsvExport.cpp" line="+71"/>
        <source>Exporting needs a PostgreSQL connection. Nothing was written.</source>
        <translation>导出需要 PostgreSQL 连接。未写入任何内容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot be written: %2. Nothing was exported; choose another folder.</source>
        <translation>无法写入 %1：%2。未导出任何内容；请选择其他文件夹。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The export could not start: %1 Nothing was written.</source>
        <translation>无法开始导出：%1 未写入任何内容。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The export failed: %1 No file was left behind.</source>
        <translation>导出失败：%1 没有留下任何文件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 could not be saved: %2. No file was left behind.</source>
        <translation>无法保存 %1：%2。没有留下任何文件。</translation>
    </message>
</context>
<context>
    <name>pd::storage::Database</name>
    <message>
        <location filename="../models/storage/Database.cpp" line="+35"/>
        <source>The PostgreSQL driver for Qt (QPSQL) is not installed. Install the package libqt6sql6-psql, then start PanelDesk again.</source>
        <translation>未安装 Qt 的 PostgreSQL 驱动（QPSQL）。请安装软件包 libqt6sql6-psql，然后重新启动 PanelDesk。</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The server refused the user name or password. Check them in the connection settings and try again.</source>
        <translation>服务器拒绝了用户名或密码。请在连接设置中核对后重试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server does not allow this user to connect from here. Ask the database administrator to allow the connection.</source>
        <translation>服务器不允许此用户从这里连接。请让数据库管理员允许此连接。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database named in the connection does not exist on this server. Check the database name.</source>
        <translation>连接中指定的数据库在此服务器上不存在。请核对数据库名。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The secure (TLS) connection was refused: %1 Check the SSL mode and the root certificate in the connection settings.</source>
        <translation>安全（TLS）连接被拒绝：%1 请检查连接设置中的 SSL 模式和根证书。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database server cannot be reached. Check that it is running and that the host and port are right; your work is kept and PanelDesk will try again.</source>
        <translation>无法访问数据库服务器。请确认服务器正在运行且主机和端口正确；你的工作已保留，PanelDesk 会再次尝试。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection to the database server was lost. Your work is kept; PanelDesk reconnects and you can try again.</source>
        <translation>与数据库服务器的连接已断开。你的工作已保留；PanelDesk 会重新连接，你可以再试一次。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your database role is not allowed to do this. Ask an administrator for the right role.</source>
        <translation>你的数据库角色不允许执行此操作。请向管理员申请合适的角色。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This value is already taken by another record.</source>
        <translation>此值已被另一条记录使用。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database refused the change: %1</source>
        <translation>数据库拒绝了此更改：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The query was cancelled.</source>
        <translation>查询已取消。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database reported an error: %1</source>
        <translation>数据库报告错误：%1</translation>
    </message>
</context>
<context>
    <name>pd::storage::DbWorker</name>
    <message>
        <location filename="../models/storage/DbWorker.cpp" line="+110"/>
        <source>The connection to the database server was lost. PanelDesk reconnects for the next request.</source>
        <translation>与数据库服务器的连接已断开。PanelDesk 会在下一次请求时重新连接。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The connection to the database server was lost while a change was being saved, so it is not known whether the change was saved. Reload the data to check before you try again.</source>
        <translation>保存更改时与数据库服务器的连接断开，无法确定更改是否已保存。请先重新加载数据核对，再重试。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The request was cancelled because PanelDesk is closing the connection.</source>
        <translation>请求已取消，因为 PanelDesk 正在关闭连接。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The database request ended with an unexpected error: %1</source>
        <translation>数据库请求以意外错误结束：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database request ended with an unexpected error.</source>
        <translation>数据库请求以意外错误结束。</translation>
    </message>
</context>
<context>
    <name>pd::storage::DemoCluster</name>
    <message>
        <location filename="../models/storage/DemoCluster.cpp" line="+240"/>
        <source>No PostgreSQL server programs (initdb, pg_ctl) were found on this computer. Install the PostgreSQL server, or connect to an existing database instead.</source>
        <translation>此计算机上未找到 PostgreSQL 服务器程序（initdb、pg_ctl）。请安装 PostgreSQL 服务器，或改为连接已有的数据库。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The demo database folder %1 could not be created. Check that the disk is writable and has free space, then try again.</source>
        <translation>无法创建演示数据库文件夹 %1。请确认磁盘可写且有剩余空间，然后重试。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The demo database cannot run as root without the postgres system user. Install the PostgreSQL server package, or run PanelDesk as a normal user.</source>
        <translation>没有 postgres 系统用户时，演示数据库无法以 root 身份运行。请安装 PostgreSQL 服务器软件包，或以普通用户身份运行 PanelDesk。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Creating the demo database cluster failed: %1 Nothing was changed; check the PostgreSQL installation and the free disk space, then try again.</source>
        <translation>创建演示数据库集群失败：%1 未做任何更改；请检查 PostgreSQL 安装和磁盘剩余空间，然后重试。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+42"/>
        <source>The demo database configuration could not be written to %1. Check the folder&apos;s permissions, then try again.</source>
        <translation>无法将演示数据库配置写入 %1。请检查该文件夹的权限，然后重试。</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>No free network port was found for the demo database. Close some programs and try again.</source>
        <translation>找不到可供演示数据库使用的空闲网络端口。请关闭一些程序后重试。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The demo database server did not start: %1 The demo data is kept in %2; see the server log there, then try again.</source>
        <translation>演示数据库服务器未能启动：%1 演示数据保存在 %2；请查看其中的服务器日志，然后重试。</translation>
    </message>
</context>
<context>
    <name>pd::storage::DemoDataLoader</name>
    <message>
        <location filename="../models/storage/DemoDataLoader.cpp" line="+285"/>
        <source>Loading the demo data failed: %1 Nothing was loaded.</source>
        <translation>加载演示数据失败：%1 未加载任何数据。</translation>
    </message>
    <message>
        <location line="+352"/>
        <location line="+518"/>
        <source>Generating users and their history</source>
        <translation>正在生成用户及其历史记录</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>The demo data options are out of range: the user count must not be negative and the history must span 1 to 365 days. Nothing was loaded.</source>
        <translation>演示数据选项超出范围：用户数不能为负，历史跨度须为 1 到 365 天。未加载任何数据。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checking the database before loading demo data failed: %1 Nothing was loaded; migrate the database first.</source>
        <translation>加载演示数据前检查数据库失败：%1 未加载任何数据；请先迁移数据库。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database already holds users, so no demo data was loaded. Load demo data only into a new, empty database.</source>
        <translation>数据库中已有用户，因此未加载演示数据。演示数据只能加载到新的空数据库中。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Starting the demo data load failed: %1 Nothing was loaded.</source>
        <translation>开始加载演示数据失败：%1 未加载任何数据。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Loading %1</source>
        <translation>正在加载 %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Saving the demo data failed: %1 Nothing was loaded.</source>
        <translation>保存演示数据失败：%1 未加载任何数据。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Updating the planner statistics</source>
        <translation>正在更新查询规划器统计信息</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Demo data loaded</source>
        <translation>演示数据已加载</translation>
    </message>
</context>
<context>
    <name>pd::storage::DemoEnvironment</name>
    <message>
        <location filename="../models/storage/DemoEnvironment.cpp" line="+39"/>
        <source>Connecting to the demo database server failed: %1</source>
        <translation>连接演示数据库服务器失败：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Looking for the demo database failed: %1</source>
        <translation>查找演示数据库失败：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Creating the demo database failed: %1</source>
        <translation>创建演示数据库失败：%1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The demo needs the PostgreSQL server programs (initdb, pg_ctl), and none were found on this computer. Install the PostgreSQL server, or connect to an existing database instead.</source>
        <translation>演示需要 PostgreSQL 服务器程序（initdb、pg_ctl），但此计算机上未找到。请安装 PostgreSQL 服务器，或改为连接已有的数据库。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Starting the demo database server</source>
        <translation>正在启动演示数据库服务器</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Connecting to the demo database failed: %1</source>
        <translation>连接演示数据库失败：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preparing the demo database</source>
        <translation>正在准备演示数据库</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checking the demo database failed: %1</source>
        <translation>检查演示数据库失败：%1</translation>
    </message>
</context>
<context>
    <name>pd::storage::KeysetPager</name>
    <message>
        <location filename="../models/storage/TableQuery.cpp" line="+215"/>
        <source>The database did not say how many rows to expect. Try again; if it keeps happening, report it.</source>
        <translation>数据库没有说明预计有多少行。请重试；如果反复出现，请报告此问题。</translation>
    </message>
</context>
<context>
    <name>pd::storage::Migrator</name>
    <message>
        <location filename="../models/storage/Migrator.cpp" line="+156"/>
        <source>The schema version of the database could not be read: %1</source>
        <translation>无法读取数据库的结构版本：%1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The database could not be prepared for the upgrade: %1 Nothing was changed.</source>
        <translation>无法为升级准备数据库：%1 未做任何更改。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This database was upgraded by a newer PanelDesk (schema %1); this PanelDesk knows schema %2. Install the newer PanelDesk.</source>
        <translation>此数据库已被更新版本的 PanelDesk 升级（结构 %1）；本 PanelDesk 只认识结构 %2。请安装更新版本的 PanelDesk。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The upgrade %1 built into PanelDesk could not be read. Nothing was changed; reinstall PanelDesk.</source>
        <translation>无法读取 PanelDesk 内置的升级 %1。未做任何更改；请重新安装 PanelDesk。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database upgrade %1 failed: %2. Nothing was changed; the database stays at schema %3. Fix the cause and start the upgrade again.</source>
        <translation>数据库升级 %1 失败：%2。未做任何更改；数据库仍为结构 %3。请排除原因后再次开始升级。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The database upgrade %1 could not be recorded: %2. Nothing was changed; the database stays at schema %3.</source>
        <translation>无法记录数据库升级 %1：%2。未做任何更改；数据库仍为结构 %3。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The database upgrade could not be committed: %1 Nothing was changed; start the upgrade again.</source>
        <translation>无法提交数据库升级：%1 未做任何更改；请再次开始升级。</translation>
    </message>
</context>
<context>
    <name>pd::storage::NodesRepository</name>
    <message>
        <location filename="../models/storage/NodesRepository.cpp" line="+72"/>
        <location line="+98"/>
        <source>This node no longer exists: someone deleted it. Refresh the list.</source>
        <translation>此节点已不存在：有人删除了它。请刷新列表。</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>The online threshold must be from 10 seconds to one day.</source>
        <translation>在线阈值必须在 10 秒到一天之间。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Write the traffic rate as a number with at most two decimals, like 1.5.</source>
        <translation>流量倍率请写成最多两位小数的数字，例如 1.5。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The traffic rate must be more than 0 and at most 100.</source>
        <translation>流量倍率必须大于 0 且不超过 100。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The node group must be between 0 and 9999.</source>
        <translation>节点分组必须在 0 到 9999 之间。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bandwidth limit must be 0 (unlimited) or a size up to 64 PiB.</source>
        <translation>带宽上限必须为 0（无限制）或不超过 64 PiB 的大小。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Someone else changed this node in the meantime, so nothing was changed. Check the current values, then try again.</source>
        <translation>在此期间有人修改了此节点，因此未做任何更改。请核对当前值后重试。</translation>
    </message>
</context>
<context>
    <name>pd::storage::PgCopy</name>
    <message>
        <location filename="../models/storage/PgCopy.cpp" line="+170"/>
        <source>Bulk loading into %1 needs a PostgreSQL (QPSQL) connection.</source>
        <translation>批量加载到 %1 需要 PostgreSQL（QPSQL）连接。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was loaded; connect to PostgreSQL and try again.</source>
        <translation>未加载任何数据；请连接到 PostgreSQL 后重试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bulk loading into %1 failed because the connection is closed.</source>
        <translation>批量加载到 %1 失败，因为连接已关闭。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was loaded; reconnect and try again.</source>
        <translation>未加载任何数据；请重新连接后重试。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The server refused to bulk load into %1: %2</source>
        <translation>服务器拒绝批量加载到 %1：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was loaded into it.</source>
        <translation>其中未加载任何数据。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sending rows for %1 to the server failed: %2</source>
        <translation>向服务器发送 %1 的数据行失败：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+20"/>
        <source>The load was stopped and nothing of it was kept.</source>
        <translation>加载已停止，其中的数据均未保留。</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Finishing the bulk load into %1 failed: %2</source>
        <translation>完成批量加载到 %1 失败：%2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The server refused the rows loaded into %1: %2 The load was stopped and nothing of it was kept.</source>
        <translation>服务器拒绝了加载到 %1 的数据行：%2 加载已停止，其中的数据均未保留。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no result.</source>
        <translation>没有结果。</translation>
    </message>
</context>
<context>
    <name>pd::storage::PlansRepository</name>
    <message>
        <location filename="../models/storage/PlansRepository.cpp" line="+73"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cycle</source>
        <translation>周期</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quota</source>
        <translation>配额</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Traffic per period</source>
        <translation>每周期流量</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Node group</source>
        <translation>节点分组</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Subscribers</source>
        <translation>订阅人数</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The name must have 1 to 100 characters.</source>
        <translation>名称必须为 1 到 100 个字符。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The price needs a known currency.</source>
        <translation>价格需要已知的货币。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The price cannot be negative.</source>
        <translation>价格不能为负数。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The billing cycle must be monthly, yearly or lifetime.</source>
        <translation>计费周期必须是按月、按年或永久。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The quota type must be lower-case letters, digits and _, such as processing_count.</source>
        <translation>配额类型必须由小写字母、数字和 _ 组成，例如 processing_count。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The quota limit cannot be negative; leave it empty for unlimited.</source>
        <translation>配额上限不能为负数；留空表示无限制。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The traffic per period must be between 0 and 1 PiB.</source>
        <translation>每周期流量必须在 0 到 1 PiB 之间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The node group must be between 0 and 9999.</source>
        <translation>节点分组必须在 0 到 9999 之间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The level must be between 0 and 99.</source>
        <translation>等级必须在 0 到 99 之间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A plan has at most 50 features.</source>
        <translation>一个套餐最多 50 项功能。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each feature must have 1 to 200 characters.</source>
        <translation>每项功能必须为 1 到 200 个字符。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The plan was saved but could not be read back. Refresh the list.</source>
        <translation>套餐已保存，但无法读回。请刷新列表。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Monthly</source>
        <translation>按月</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yearly</source>
        <translation>按年</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lifetime</source>
        <translation>永久</translation>
    </message>
</context>
<context>
    <name>pd::storage::StaffAdmin</name>
    <message>
        <location filename="../models/storage/StaffAdmin.cpp" line="+96"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finance</source>
        <translation>财务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Support</source>
        <translation>客服</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No staff role</source>
        <translation>无员工角色</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The login name &quot;%1&quot; cannot be used. Use 1 to 63 lower-case letters, digits and underscores, starting with a letter or an underscore and not with pg_; no staff member was added.</source>
        <translation>登录名 &quot;%1&quot; 不可用。请使用 1 到 63 个小写字母、数字和下划线，以字母或下划线开头且不以 pg_ 开头；未添加任何员工。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a staff role (administrator, finance or support); no staff member was added.</source>
        <translation>请选择员工角色（管理员、财务或客服）；未添加任何员工。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The password for &quot;%1&quot; could not be encrypted for the server (%2). No staff member was added; check the connection and try again.</source>
        <translation>无法为服务器加密 &quot;%1&quot; 的密码（%2）。未添加任何员工；请检查连接后重试。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The staff login &quot;%1&quot; could not be added: %2 Nothing was changed.</source>
        <translation>无法添加员工登录 &quot;%1&quot;：%2 未做任何更改。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Your staff role could not be read: %1</source>
        <translation>无法读取你的员工角色：%1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Whether you may upgrade the database could not be checked: %1</source>
        <translation>无法检查你是否可以升级数据库：%1</translation>
    </message>
</context>
<context>
    <name>pd::storage::SubscriptionSql</name>
    <message>
        <location filename="../models/storage/SubscriptionSql.cpp" line="+62"/>
        <source>What you acted on no longer exists: someone deleted it. Nothing was changed; refresh the list.</source>
        <translation>你操作的对象已不存在：有人删除了它。未做任何更改；请刷新列表。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database refused the values, so nothing was changed: %1. Correct them and try again.</source>
        <translation>数据库拒绝了这些值，因此未做任何更改：%1。请更正后重试。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A plan with this name exists already (names are unique whatever their case). Nothing was saved; choose another name.</source>
        <translation>已存在同名套餐（名称不区分大小写且唯一）。未保存任何内容；请换一个名称。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This plan has subscriptions, so it cannot be deleted: they and their purchases refer to it. Nothing was changed; deactivate the plan instead so nobody new gets it.</source>
        <translation>此套餐有订阅，因此无法删除：这些订阅及其购买记录引用了它。未做任何更改；请改为停用此套餐，使新用户无法获得。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The user&apos;s balance is short of the plan&apos;s price, so nothing was changed. Top up the balance first, or give the plan without charge with a reason.</source>
        <translation>用户余额不足以支付套餐价格，因此未做任何更改。请先充值，或附理由免费赠送该套餐。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The quota is used up, so nothing was consumed. Reset the quota or move the user to a larger plan.</source>
        <translation>配额已用完，因此未消耗任何配额。请重置配额或将用户转到更大的套餐。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no active subscription to act on, so nothing was changed. Refresh to see its current state.</source>
        <translation>没有可操作的有效订阅，因此未做任何更改。请刷新查看其当前状态。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This plan is inactive, so nobody new can get it. Nothing was changed; activate the plan first or choose another.</source>
        <translation>此套餐已停用，新用户无法获得。未做任何更改；请先启用该套餐或选择其他套餐。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This user already has an active subscription, so nothing was changed. Change that subscription&apos;s plan instead, or cancel it first.</source>
        <translation>此用户已有有效订阅，因此未做任何更改。请改为更换该订阅的套餐，或先取消它。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone else changed this plan while you were editing. Your changes are kept in the form; reload to see theirs, then save again.</source>
        <translation>你编辑期间有人修改了此套餐。你的更改仍保留在表单中；请重新加载查看对方的更改，然后再次保存。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only administrators may do this: the database refused it and nothing was changed. Ask an administrator.</source>
        <translation>只有管理员可以执行此操作：数据库拒绝了它，未做任何更改。请联系管理员。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database lacks what this needs (%1), so nothing was changed. Its schema may be older than PanelDesk: have the owner run &quot;paneldeskctl migrate&quot;.</source>
        <translation>数据库缺少所需内容（%1），因此未做任何更改。其数据库结构可能比 PanelDesk 旧：请让所有者运行 &quot;paneldeskctl migrate&quot;。</translation>
    </message>
</context>
<context>
    <name>pd::storage::SubscriptionsRepository</name>
    <message>
        <location filename="../models/storage/SubscriptionsRepository.cpp" line="+75"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Plan</source>
        <translation>套餐</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Period start</source>
        <translation>周期开始</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Period end</source>
        <translation>周期结束</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quota used</source>
        <translation>已用配额</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quota limit</source>
        <translation>配额上限</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quota used %</source>
        <translation>已用配额 %</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Auto-renew</source>
        <translation>自动续费</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>A plan given without charge needs a reason. Nothing was changed; write why the user gets it.</source>
        <translation>免费赠送的套餐需要理由。未做任何更改；请写明用户获得它的原因。</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
</context>
<context>
    <name>pd::storage::TrafficIngest</name>
    <message>
        <location filename="../models/storage/TrafficIngest.cpp" line="+33"/>
        <source>The report is not a JSON object (%1). Nothing of it was applied.</source>
        <translation>报告不是 JSON 对象（%1）。未应用其中任何内容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>found another JSON value</source>
        <translation>发现了其他 JSON 值</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The report needs &quot;node_id&quot;, a positive whole number. Nothing of it was applied.</source>
        <translation>报告需要 &quot;node_id&quot;，一个正整数。未应用其中任何内容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The report needs &quot;data&quot;, a list of {&quot;user_id&quot;, &quot;u&quot;, &quot;d&quot;}. Nothing of it was applied.</source>
        <translation>报告需要 &quot;data&quot;，一个 {&quot;user_id&quot;, &quot;u&quot;, &quot;d&quot;} 列表。未应用其中任何内容。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The report was refused: %1. Nothing of it was applied.</source>
        <translation>报告被拒绝：%1。未应用其中任何内容。</translation>
    </message>
</context>
<context>
    <name>pd::storage::UsersRepository</name>
    <message>
        <location filename="../models/storage/UsersRepository.cpp" line="+122"/>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Node group</source>
        <translation>节点分组</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Traffic used</source>
        <translation>已用流量</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quota</source>
        <translation>配额</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Level expiry</source>
        <translation>等级到期</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>This user no longer exists: someone deleted it. Refresh the list.</source>
        <translation>此用户已不存在：有人删除了它。请刷新列表。</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>This user no longer exists: someone deleted it. Your changes were not saved; close the form and refresh the list.</source>
        <translation>此用户已不存在：有人删除了它。你的更改未保存；请关闭表单并刷新列表。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Someone else changed this user while you were editing. Your changes are kept in the form; reload to see theirs, then save again.</source>
        <translation>你编辑期间有人修改了此用户。你的更改仍保留在表单中；请重新加载查看对方的更改，然后再次保存。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This username is already used by another user.</source>
        <translation>此用户名已被其他用户使用。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This email is already used by another user.</source>
        <translation>此邮箱已被其他用户使用。</translation>
    </message>
</context>
<context>
    <name>pd::ui::ApiKeyRevealDialog</name>
    <message>
        <location filename="../ui/apikeys/ApiKeyRevealDialog.cpp" line="+15"/>
        <source>New API key</source>
        <translation>新 API 密钥</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the key now: this is the only time it is shown. PanelDesk keeps only its fingerprint, so a lost key cannot be shown again; revoke it and create a new one instead.</source>
        <translation>请立即复制密钥：这是它唯一一次显示。PanelDesk 只保存其指纹，丢失的密钥无法再次显示；请吊销后重新创建。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>pd::ui::ApiKeysWidget</name>
    <message>
        <location filename="../ui/apikeys/ApiKeysWidget.cpp" line="+33"/>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last used</source>
        <translation>最近使用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expires</source>
        <translation>到期</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New key…</source>
        <translation>新建密钥(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;voke…</source>
        <translation>吊销(&amp;V)…</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The keys could not be loaded. %1</source>
        <translation>无法加载密钥。%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>revoked</source>
        <translation>已吊销</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>有效</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Only administrators can manage API keys.</source>
        <translation>只有管理员可以管理 API 密钥。</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+5"/>
        <location line="+22"/>
        <source>New API key</source>
        <translation>新 API 密钥</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>What is the key for (its name)?</source>
        <translation>密钥的用途（名称）是什么？</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Valid for how many days (0 = no expiry)?</source>
        <translation>有效期多少天（0 = 不过期）？</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No key was created. %1</source>
        <translation>未创建密钥。%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+10"/>
        <source>Revoke API key</source>
        <translation>吊销 API 密钥</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Revoke the key %1 (%2)? Whatever uses it stops working at once, and it cannot be turned back on.</source>
        <translation>吊销密钥 %1（%2）？使用它的一切将立即停止工作，且无法重新启用。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The key was not revoked. %1</source>
        <translation>密钥未被吊销。%1</translation>
    </message>
</context>
<context>
    <name>pd::ui::AssignPlanDialog</name>
    <message>
        <location filename="../ui/subscriptions/AssignPlanDialog.cpp" line="+21"/>
        <source>Assign a plan to %1</source>
        <translation>为 %1 分配套餐</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Plan:</source>
        <translation>套餐(&amp;P)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Charge the price to the user&apos;s balance</source>
        <translation>从用户余额扣除价格(&amp;C)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why the user gets it without charge</source>
        <translation>用户免费获得的原因</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Assign</source>
        <translation>分配(&amp;A)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The plans could not be loaded. %1</source>
        <translation>无法加载套餐。%1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1, %2; quota %3; traffic %4 per period; node group %5, level %6</source>
        <translation>%1，%2；配额 %3；每周期流量 %4；节点分组 %5，等级 %6</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unlimited</source>
        <translation>无限制</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The plan was not assigned. %1</source>
        <translation>套餐未分配。%1</translation>
    </message>
</context>
<context>
    <name>pd::ui::AuditDiff</name>
    <message>
        <location filename="../ui/audit/AuditDiff.cpp" line="+48"/>
        <source>This audit entry is not visible to your role any more. Refresh the audit log.</source>
        <translation>你的角色已无法查看此审计条目。请刷新审计日志。</translation>
    </message>
</context>
<context>
    <name>pd::ui::AuditLogView</name>
    <message>
        <location filename="../ui/audit/AuditLogView.cpp" line="+27"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API keys</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plans</source>
        <translation>套餐</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subscriptions</source>
        <translation>订阅</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transactions</source>
        <translation>交易</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nodes</source>
        <translation>节点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Only changed fields</source>
        <translation>只显示更改的字段</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All tables</source>
        <translation>所有表</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Row id or role…</source>
        <translation>行 ID 或角色…</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+106"/>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <location line="-105"/>
        <location line="+107"/>
        <location line="+33"/>
        <source>Changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <location line="-139"/>
        <location line="+105"/>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location line="-97"/>
        <location line="+66"/>
        <source>Select an entry to see what it changed.</source>
        <translation>选择一个条目以查看它更改了什么。</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>1 entry</source>
        <translation>1 个条目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>about 1 entry</source>
        <translation>约 1 个条目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 entries</source>
        <translation>%1 个条目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about %1 entries</source>
        <translation>约 %1 个条目</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>%1 in %2, row %3</source>
        <translation>%1，表 %2，行 %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
</context>
<context>
    <name>pd::ui::CompensationDialog</name>
    <message>
        <location filename="../ui/compensation/CompensationDialog.cpp" line="+27"/>
        <source>no expiry</source>
        <translation>不过期</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+117"/>
        <source>Compensate users</source>
        <translation>补偿用户</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Users: %1</source>
        <translation>用户：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;days:</source>
        <translation>增加天数(&amp;D)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Traffic to add, such as 10 GiB; a bare number is GiB.</source>
        <translation>要增加的流量，例如 10 GiB；纯数字按 GiB 计。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;traffic:</source>
        <translation>增加流量(&amp;T)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expiry before</source>
        <translation>之前到期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expiry after</source>
        <translation>之后到期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quota before</source>
        <translation>之前配额</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quota after</source>
        <translation>之后配额</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Apply…</source>
        <translation>应用(&amp;A)…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Write the traffic as a size such as 10 GiB.</source>
        <translation>请将流量写成大小，例如 10 GiB。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview to see who gets what.</source>
        <translation>预览以查看谁会得到什么。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Counting…</source>
        <translation>正在计数…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The preview failed. %1</source>
        <translation>预览失败。%1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n user(s) will get %1. A sample:</source>
        <translation>
            <numerusform>%n 个用户将获得 %1。示例：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> and </source>
        <translation> 和 </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Give this to %n user(s) now? It is applied in one transaction and recorded in the audit log.</source>
        <translation>
            <numerusform>现在将此补偿给 %n 个用户？它在一个事务中应用并记录到审计日志。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Applying… Cancel rolls everything back until it is committed.</source>
        <translation>正在应用… 提交之前取消会回滚全部更改。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 of %2 users</source>
        <translation>%1 / %2 个用户</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+4"/>
        <source>Nothing was changed: the compensation failed and was rolled back. %1</source>
        <translation>未做任何更改：补偿失败并已回滚。%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>已取消：未做任何更改。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>pd::ui::ConnectionDialog</name>
    <message>
        <location filename="../ui/connection/ConnectionDialog.cpp" line="+39"/>
        <source>Connect to a PanelDesk database</source>
        <translation>连接到 PanelDesk 数据库</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Connections</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a new connection</source>
        <translation>添加新连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation>复制(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected connection</source>
        <translation>复制所选连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected connection and its stored password</source>
        <translation>删除所选连接及其保存的密码</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>db.example.com, an address or a socket directory</source>
        <translation>db.example.com、一个地址或套接字目录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>在系统钥匙串中记住密码(&amp;R)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;SSL mode:</source>
        <translation>SSL 模式(&amp;S)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server&apos;s CA certificate (.crt or .pem)</source>
        <translation>服务器的 CA 证书（.crt 或 .pem）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Root &amp;certificate:</source>
        <translation>根证书(&amp;C)：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>C&amp;onnect</source>
        <translation>连接(&amp;O)</translation>
    </message>
    <message>
        <location line="+168"/>
        <location line="+138"/>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>No encryption. Use it only for a server on this computer or a network you trust.</source>
        <translation>不加密。仅用于本机上的服务器或你信任的网络。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encrypts only if the server insists; the server&apos;s identity is not checked.</source>
        <translation>仅在服务器要求时加密；不验证服务器身份。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypts when the server offers it; the server&apos;s identity is not checked.</source>
        <translation>服务器支持时加密；不验证服务器身份。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Always encrypts, but does not check the server&apos;s identity.</source>
        <translation>始终加密，但不验证服务器身份。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Always encrypts and checks that the server&apos;s certificate is signed by the root certificate.</source>
        <translation>始终加密，并检查服务器证书是否由根证书签发。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Always encrypts, checks the certificate and that it was issued for this host. The safe choice over the internet.</source>
        <translation>始终加密，检查证书并确认它是为此主机签发的。通过互联网连接时的安全选择。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add a connection first.</source>
        <translation>请先添加一个连接。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Give the connection a name.</source>
        <translation>请为连接命名。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another connection is already named “%1”. Choose another name.</source>
        <translation>已有名为“%1”的连接。请换一个名称。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the server&apos;s host name or address, or the directory of its socket.</source>
        <translation>请输入服务器的主机名或地址，或其套接字所在目录。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the name of the database.</source>
        <translation>请输入数据库名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter your database user name.</source>
        <translation>请输入你的数据库用户名。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The root certificate file “%1” does not exist. Choose the certificate of the authority that signed the server&apos;s certificate.</source>
        <translation>根证书文件“%1”不存在。请选择签发服务器证书的证书颁发机构的证书。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>New connection</source>
        <translation>新连接</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Delete connection</source>
        <translation>删除连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the connection “%1”? Its password is removed from the system keychain too. The database itself is not touched.</source>
        <translation>删除连接“%1”吗？其密码也会从系统钥匙串中删除。数据库本身不受影响。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Choose the root certificate</source>
        <translation>选择根证书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>证书 (*.crt *.pem *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Testing the connection…</source>
        <translation>正在测试连接…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Saving the password in the system keychain…</source>
        <translation>正在将密码保存到系统钥匙串…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Password not remembered</source>
        <translation>未记住密码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PanelDesk connects with the password you typed and keeps it only until it closes.</source>
        <translation>PanelDesk 使用你输入的密码连接，并且只保留到程序关闭。</translation>
    </message>
</context>
<context>
    <name>pd::ui::ConnectionTester</name>
    <message>
        <location filename="../ui/connection/ConnectionTester.cpp" line="+77"/>
        <source>Connected to PostgreSQL %1 as %2.</source>
        <translation>已以 %2 身份连接到 PostgreSQL %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This user has no PanelDesk staff role (admin, finance or support), so the database will refuse most work.</source>
        <translation>此用户没有 PanelDesk 员工角色（admin、finance 或 support），因此数据库会拒绝大部分操作。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Staff role: %1.</source>
        <translation>员工角色：%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The schema version could not be read: %1</source>
        <translation>无法读取数据库结构版本：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database has no PanelDesk schema yet; it can be set up after connecting by someone allowed to migrate it.</source>
        <translation>该数据库还没有 PanelDesk 数据库结构；连接后可由有迁移权限的人进行设置。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The schema is at version %1 and needs an update to version %2.</source>
        <translation>数据库结构为版本 %1，需要更新到版本 %2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The schema (version %1) is newer than this PanelDesk understands (version %2); install a newer PanelDesk.</source>
        <translation>数据库结构（版本 %1）比本 PanelDesk 能理解的（版本 %2）更新；请安装更新版本的 PanelDesk。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The schema is up to date (version %1).</source>
        <translation>数据库结构已是最新（版本 %1）。</translation>
    </message>
</context>
<context>
    <name>pd::ui::DemoStarter</name>
    <message>
        <location filename="../ui/DemoStarter.cpp" line="+37"/>
        <source>The demo database needs the PostgreSQL server programs (initdb, pg_ctl), and none were found on this computer. Install PostgreSQL to try the demo, or connect to an existing server.</source>
        <translation>演示数据库需要 PostgreSQL 服务器程序（initdb、pg_ctl），但此计算机上未找到。请安装 PostgreSQL 以试用演示，或连接已有的服务器。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Starting the demo database…</source>
        <translation>正在启动演示数据库…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo database</source>
        <translation>演示数据库</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The demo database could not be started. Nothing was changed; try again, or connect to a server.</source>
        <translation>无法启动演示数据库。未做任何更改；请重试，或连接到服务器。</translation>
    </message>
</context>
<context>
    <name>pd::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+83"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plans</source>
        <translation>套餐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscriptions</source>
        <translation>订阅</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transactions &amp; Refunds</source>
        <translation>交易与退款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nodes &amp; Traffic</source>
        <translation>节点与流量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usage logs</source>
        <translation>使用记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+726"/>
        <source>PanelDesk</source>
        <translation>PanelDesk</translation>
    </message>
    <message>
        <location line="-710"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1（Ctrl+%2）</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+301"/>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <location line="-245"/>
        <source>Welcome to PanelDesk</source>
        <translation>欢迎使用 PanelDesk</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Look around on a demo database with made-up users, plans and payments, or connect to your service&apos;s PostgreSQL server with your staff login.</source>
        <translation>在装有虚构用户、套餐和支付的演示数据库上看看，或使用你的员工登录连接到你的服务的 PostgreSQL 服务器。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Try the demo database</source>
        <translation>试用演示数据库</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to a server…</source>
        <translation>连接到服务器…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Connect…</source>
        <translation>连接(&amp;C)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try the &amp;demo database</source>
        <translation>试用演示数据库(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About PanelDesk</source>
        <translation>关于 PanelDesk(&amp;A)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Connected to the demo database as %1</source>
        <translation>已以 %1 身份连接到演示数据库</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected to %1 (%2) as %3</source>
        <translation>已以 %3 身份连接到 %1（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role: %1</source>
        <translation>角色：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Server version…</source>
        <translation>服务器版本…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Next month&apos;s partitions are missing (%1): run &quot;paneldeskctl partitions ensure&quot; before the month starts.</source>
        <translation>下个月的分区缺失（%1）：请在月初之前运行 &quot;paneldeskctl partitions ensure&quot;。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Transactions</source>
        <translation>交易</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Support logins cannot read the audit log. Ask an administrator if you need to know who changed something.</source>
        <translation>客服登录无法查看审计日志。如需了解是谁更改了什么，请询问管理员。</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>Disconnected — reconnecting…</source>
        <translation>已断开 — 正在重新连接…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot connect</source>
        <translation>无法连接</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>PanelDesk is too old for this database</source>
        <translation>此 PanelDesk 对该数据库而言版本过旧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database was upgraded by a newer PanelDesk (schema %1); this PanelDesk knows schema %2. Nothing was changed. Install the newer PanelDesk to work with it.</source>
        <translation>此数据库已被更新版本的 PanelDesk 升级（结构 %1）；本 PanelDesk 只认识结构 %2。未做任何更改。请安装更新版本的 PanelDesk 来使用它。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not a staff login</source>
        <translation>不是员工登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The login %1 is not a member of a PanelDesk staff group (admin, finance or support), so it can see nothing here. Ask an administrator to add you as staff.</source>
        <translation>登录 %1 不属于任何 PanelDesk 员工组（admin、finance 或 support），因此在这里看不到任何内容。请让管理员将你添加为员工。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The database needs an upgrade</source>
        <translation>数据库需要升级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database has schema %1 and this PanelDesk needs schema %2. Your login may not upgrade it; ask %3 (the owner of the database) to open it with this PanelDesk or to run &quot;paneldeskctl migrate&quot;.</source>
        <translation>此数据库的结构为 %1，本 PanelDesk 需要结构 %2。你的登录无权升级它；请让 %3（数据库的所有者）用此 PanelDesk 打开它，或运行 &quot;paneldeskctl migrate&quot;。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the database owner</source>
        <translation>数据库所有者</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Upgrade the database?</source>
        <translation>升级数据库？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database has schema %1 and this PanelDesk needs schema %2. Upgrade it now? The upgrade runs in one transaction: if it fails, nothing changes. Other PanelDesk users should update their PanelDesk too.</source>
        <translation>此数据库的结构为 %1，本 PanelDesk 需要结构 %2。现在升级吗？升级在一个事务中进行：如果失败，什么都不会改变。其他 PanelDesk 用户也应更新他们的 PanelDesk。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database was left at schema %1; not connected.</source>
        <translation>数据库保持在结构 %1；未连接。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The upgrade failed</source>
        <translation>升级失败</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>No such connection</source>
        <translation>没有该连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no saved connection named &quot;%1&quot;. Choose one in the connection dialog.</source>
        <translation>没有名为 &quot;%1&quot; 的已保存连接。请在连接对话框中选择一个。</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+4"/>
        <source>Demo database</source>
        <translation>演示数据库</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preparing the demo database: %1 (%2%)</source>
        <translation>正在准备演示数据库：%1（%2%）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>About PanelDesk</source>
        <translation>关于 PanelDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;PanelDesk %1&lt;/h3&gt;&lt;p&gt;The back office of a subscription service: users, plans, subscriptions, payments and refunds, nodes and traffic, straight on its PostgreSQL database.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PanelDesk %1&lt;/h3&gt;&lt;p&gt;订阅服务的后台：用户、套餐、订阅、支付与退款、节点与流量，直接基于其 PostgreSQL 数据库。&lt;/p&gt;&lt;p&gt;使用 Qt %2 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — PanelDesk</source>
        <translation>%1 — PanelDesk</translation>
    </message>
</context>
<context>
    <name>pd::ui::NodeEditDialog</name>
    <message>
        <location filename="../ui/nodes/NodeEditDialog.cpp" line="+27"/>
        <source>&amp;Enabled: users may connect to this node</source>
        <translation>启用(&amp;E)：用户可以连接此节点</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit node %1</source>
        <translation>编辑节点 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Users are charged the bytes they move times this rate.</source>
        <translation>用户按其传输的字节数乘以此倍率计费。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traffic &amp;rate:</source>
        <translation>流量倍率(&amp;R)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Node &amp;group:</source>
        <translation>节点分组(&amp;G)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for example 10 TiB; 0 for unlimited</source>
        <translation>例如 10 TiB；0 表示无限制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bandwidth &amp;limit:</source>
        <translation>带宽上限(&amp;L)：</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Write the bandwidth limit as a size such as 500 GiB or 10 TiB, or 0 for unlimited.</source>
        <translation>请将带宽上限写成大小，例如 500 GiB 或 10 TiB，或写 0 表示无限制。</translation>
    </message>
</context>
<context>
    <name>pd::ui::NodesDashboard</name>
    <message>
        <location filename="../ui/nodes/NodesDashboard.cpp" line="+46"/>
        <location line="+165"/>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset bandwidth…</source>
        <translation>重置带宽(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online &amp;threshold…</source>
        <translation>在线阈值(&amp;T)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport PNG…</source>
        <translation>导出 PNG(&amp;X)…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Last hour</source>
        <translation>最近一小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Node</source>
        <translation>节点(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Top users</source>
        <translation>流量排行(&amp;T)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+4"/>
        <source>Only administrators can change nodes.</source>
        <translation>只有管理员可以修改节点。</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>How old a heartbeat may be for a node to count as online.</source>
        <translation>心跳多久以内的节点算作在线。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting to live updates…</source>
        <translation>正在连接实时更新…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Live: changes appear as nodes report.</source>
        <translation>实时：节点上报后变化立即显示。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live updates interrupted; reconnecting…</source>
        <translation>实时更新中断；正在重新连接…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Online threshold</source>
        <translation>在线阈值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A node counts as online while its last heartbeat is younger than (seconds):</source>
        <translation>节点最近一次心跳在多少秒以内算作在线：</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All nodes</source>
        <translation>所有节点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a node to see and change it.</source>
        <translation>选择一个节点以查看和修改。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unlimited</source>
        <translation>无限制</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · group %2 · rate %3 · %4
%5, %6 online users, load %7, last heartbeat %8
Bandwidth used %9 of %10
Traffic: last hour %11, 24 h %12, 72 h %13</source>
        <translation>%1 · 分组 %2 · 倍率 %3 · %4
%5，%6 个在线用户，负载 %7，最近心跳 %8
已用带宽 %9 / %10
流量：最近一小时 %11，24 小时 %12，72 小时 %13</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Traffic of %1</source>
        <translation>%1 的流量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traffic of all nodes</source>
        <translation>所有节点的流量</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Disable node</source>
        <translation>停用节点</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Disable %1? Its %n online user(s) lose this node until it is enabled again.</source>
        <translation>
            <numerusform>停用 %1？其 %n 个在线用户将无法使用此节点，直到它被重新启用。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The node was not changed</source>
        <translation>节点未更改</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The node was not saved</source>
        <translation>节点未保存</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reset bandwidth</source>
        <translation>重置带宽</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset the bandwidth counter of %1 from %2 to zero? The traffic history and what users were charged stay.</source>
        <translation>将 %1 的带宽计数从 %2 重置为零？流量历史和用户的计费保持不变。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The bandwidth was not reset</source>
        <translation>带宽未重置</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The threshold was not changed</source>
        <translation>阈值未更改</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+6"/>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>traffic.png</source>
        <translation>traffic.png</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The chart could not be saved to %1. Choose another folder.</source>
        <translation>无法将图表保存到 %1。请选择其他文件夹。</translation>
    </message>
</context>
<context>
    <name>pd::ui::PlanEditDialog</name>
    <message>
        <location filename="../ui/plans/PlanEditDialog.cpp" line="+24"/>
        <source>New plan</source>
        <translation>新建套餐</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit plan %1</source>
        <translation>编辑套餐 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>99.00</source>
        <translation>99.00</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Price:</source>
        <translation>价格(&amp;P)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Billing &amp;cycle:</source>
        <translation>计费周期(&amp;C)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quota &amp;type:</source>
        <translation>配额类型(&amp;T)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>empty = unlimited</source>
        <translation>留空 = 无限制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quota &amp;limit:</source>
        <translation>配额上限(&amp;L)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Traffic per period, such as 200 GiB or 1.5 TiB; a bare number is GiB.</source>
        <translation>每周期流量，例如 200 GiB 或 1.5 TiB；纯数字按 GiB 计。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;raffic per period:</source>
        <translation>每周期流量(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset the user&apos;s used traffic when the plan is assigned</source>
        <translation>分配套餐时重置用户的已用流量</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Node &amp;group granted:</source>
        <translation>授予的节点分组(&amp;G)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le&amp;vel granted:</source>
        <translation>授予的等级(&amp;V)：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Add feature</source>
        <translation>添加功能(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move feature</source>
        <translation>移除功能(&amp;M)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Features:</source>
        <translation>功能(&amp;F)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active (can be assigned)</source>
        <translation>有效（可分配）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>New feature</source>
        <translation>新功能</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Price: %1</source>
        <translation>价格：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The quota limit must be a whole number, or empty for unlimited.</source>
        <translation>配额上限必须是整数，或留空表示无限制。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the traffic as a size such as 200 GiB.</source>
        <translation>请将流量写成大小，例如 200 GiB。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The plan was not saved. %1</source>
        <translation>套餐未保存。%1</translation>
    </message>
</context>
<context>
    <name>pd::ui::PlansDashboard</name>
    <message>
        <location filename="../ui/plans/PlansDashboard.cpp" line="+44"/>
        <source>Search plans by name…</source>
        <translation>按名称搜索套餐…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New plan…</source>
        <translation>新建套餐(&amp;N)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+157"/>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>De&amp;lete…</source>
        <translation>删除(&amp;L)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Monthly</source>
        <translation>按月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yearly</source>
        <translation>按年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifetime</source>
        <translation>永久</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unlimited</source>
        <translation>无限制</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 plan(s)</source>
        <translation>%1 个套餐</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Only administrators can change plans.</source>
        <translation>只有管理员可以修改套餐。</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>&amp;Activate</source>
        <translation>启用(&amp;A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This plan has subscribers and cannot be deleted; deactivate it instead.</source>
        <translation>此套餐有订阅者，无法删除；请改为停用。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The plan could not be loaded. %1</source>
        <translation>无法加载套餐。%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This plan no longer exists: someone deleted it.</source>
        <translation>此套餐已不存在：有人删除了它。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The plan %1 was saved.</source>
        <translation>套餐 %1 已保存。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Deactivate plan</source>
        <translation>停用套餐</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Deactivate %1? Nobody new can get it; its %n current subscriber(s) keep it.</source>
        <translation>
            <numerusform>停用 %1？新用户将无法获得它；其当前 %n 个订阅者保留该套餐。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The plan was not changed. %1</source>
        <translation>套餐未更改。%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The plan %1 is active again.</source>
        <translation>套餐 %1 已重新启用。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan %1 was deactivated.</source>
        <translation>套餐 %1 已停用。</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%1 has %n active subscriber(s), so it cannot be deleted: their subscriptions refer to it. Deactivate it instead so nobody new gets it.</source>
        <translation>
            <numerusform>%1 有 %n 个有效订阅者，因此无法删除：他们的订阅引用了它。请改为停用，使新用户无法获得。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete plan</source>
        <translation>删除套餐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the plan %1? This cannot be undone.</source>
        <translation>删除套餐 %1？此操作无法撤销。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The plan was not deleted. %1</source>
        <translation>套餐未删除。%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The plan %1 was deleted.</source>
        <translation>套餐 %1 已删除。</translation>
    </message>
</context>
<context>
    <name>pd::ui::PreferencesDialog</name>
    <message>
        <location filename="../ui/settings/PreferencesDialog.cpp" line="+21"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language is used the next time PanelDesk starts.</source>
        <translation>新语言将在下次启动 PanelDesk 时生效。</translation>
    </message>
</context>
<context>
    <name>pd::ui::SubscriptionDetailPanel</name>
    <message>
        <location filename="../ui/subscriptions/SubscriptionDetailPanel.cpp" line="+26"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>lifetime</source>
        <translation>永久</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Subscription</source>
        <translation>订阅</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan:</source>
        <translation>套餐：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period:</source>
        <translation>周期：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto-renew:</source>
        <translation>自动续费：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quota:</source>
        <translation>配额：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The user&apos;s subscriptions</source>
        <translation>该用户的订阅</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plan</source>
        <translation>套餐</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quota used</source>
        <translation>已用配额</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This subscription no longer exists. Refresh the list.</source>
        <translation>此订阅已不存在。请刷新列表。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The subscription could not be loaded. %1</source>
        <translation>无法加载订阅。%1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Select a subscription to see its details.</source>
        <translation>选择一个订阅以查看详情。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, cancelled at the end of the period</source>
        <translation>%1，将在周期结束时取消</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>on</source>
        <translation>开启</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2 used</source>
        <translation>已用 %1 / %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 used, unlimited</source>
        <translation>已用 %1，无限制</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>pd::ui::SubscriptionsDashboard</name>
    <message>
        <location filename="../ui/subscriptions/SubscriptionsDashboard.cpp" line="+51"/>
        <source>Search by user email…</source>
        <translation>按用户邮箱搜索…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Any plan</source>
        <translation>任意套餐</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any expiry</source>
        <translation>任意到期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiring within </source>
        <translation>到期于 </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any quota use</source>
        <translation>任意配额使用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quota ≥ </source>
        <translation>配额 ≥ </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E&amp;xtend…</source>
        <translation>延长(&amp;X)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change &amp;plan…</source>
        <translation>更换套餐(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel at period &amp;end</source>
        <translation>在周期结束时取消(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel now…</source>
        <translation>立即取消(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset &amp;quota…</source>
        <translation>重置配额(&amp;Q)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Auto-renew</source>
        <translation>自动续费(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unlimited</source>
        <translation>无限制</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lifetime</source>
        <translation>永久</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 subscription(s)</source>
        <translation>%1 个订阅</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about %1 subscriptions</source>
        <translation>约 %1 个订阅</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Only administrators can change subscriptions.</source>
        <translation>只有管理员可以修改订阅。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The plan filter could not be loaded. %1</source>
        <translation>无法加载套餐筛选项。%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (inactive)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Extend subscription</source>
        <translation>延长订阅</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add how many days to the period of %1?</source>
        <translation>为 %1 的周期增加多少天？</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>The subscription was extended by %n day(s).</source>
        <translation>
            <numerusform>订阅已延长 %n 天。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The subscription was not extended. %1</source>
        <translation>订阅未延长。%1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>There is no other active plan to move to. Create one on the Plans page.</source>
        <translation>没有其他可转入的有效套餐。请在套餐页面创建一个。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The unused part of the current period is worth about %1 pro rata. Changing the plan moves no money: refund or charge it separately if you want to.</source>
        <translation>当前周期未使用部分按比例约值 %1。更换套餐不涉及资金：如需退款或收费，请另行处理。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The current period has no unused value to settle.</source>
        <translation>当前周期没有需要结算的未使用价值。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change plan</source>
        <translation>更换套餐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move %1 from %2 to which plan? A new period of that plan starts now.
%3</source>
        <translation>将 %1 从 %2 转到哪个套餐？该套餐的新周期将从现在开始。
%3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The subscription was moved to the new plan.</source>
        <translation>订阅已转到新套餐。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The plan was not changed. %1</source>
        <translation>套餐未更改。%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancel subscription</source>
        <translation>取消订阅</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the subscription of %1 now? Their service level ends at once.</source>
        <translation>立即取消 %1 的订阅？其服务等级将立即结束。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The subscription ends at the end of its period and will not renew.</source>
        <translation>该订阅将在周期结束时终止，不再续费。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The subscription was cancelled.</source>
        <translation>订阅已取消。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The subscription was not cancelled. %1</source>
        <translation>订阅未取消。%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reset quota</source>
        <translation>重置配额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the quota used by %1 back to 0?</source>
        <translation>将 %1 的已用配额重置为 0？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The quota was reset.</source>
        <translation>配额已重置。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The quota was not reset. %1</source>
        <translation>配额未重置。%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Auto-renew is on.</source>
        <translation>自动续费已开启。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Auto-renew is off.</source>
        <translation>自动续费已关闭。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto-renew was not changed. %1</source>
        <translation>自动续费未更改。%1</translation>
    </message>
</context>
<context>
    <name>pd::ui::TableCatalog</name>
    <message>
        <location filename="../ui/tables/TableCatalog.cpp" line="+42"/>
        <location line="+207"/>
        <source>Unlimited</source>
        <translation>无限制</translation>
    </message>
    <message>
        <location line="-202"/>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stripe</source>
        <translation>Stripe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PayPal</source>
        <translation>PayPal</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+148"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing cycle</source>
        <translation>计费周期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quota</source>
        <translation>配额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traffic</source>
        <translation>流量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Node group</source>
        <translation>节点分组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Subscribers</source>
        <translation>订阅人数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search plans by name…</source>
        <translation>按名称搜索套餐…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly</source>
        <translation>按月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yearly</source>
        <translation>按年</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+34"/>
        <source>Lifetime</source>
        <translation>永久</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+34"/>
        <location line="+111"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>Plan</source>
        <translation>套餐</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Period start</source>
        <translation>周期开始</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period end</source>
        <translation>周期结束</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quota used</source>
        <translation>已用配额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quota limit</source>
        <translation>配额上限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto renew</source>
        <translation>自动续费</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+139"/>
        <source>Search by user email…</source>
        <translation>按用户邮箱搜索…</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+40"/>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+39"/>
        <source>Gateway</source>
        <translation>支付网关</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+38"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Paid at</source>
        <translation>支付时间</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gateway trade number</source>
        <translation>网关交易号</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+41"/>
        <source>Search by order number…</source>
        <translation>按订单号搜索…</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Subscription</source>
        <translation>订阅</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top-up</source>
        <translation>充值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending</source>
        <translation>待支付</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+43"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Partially refunded</source>
        <translation>部分退款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+22"/>
        <source>Requested</source>
        <translation>已申请</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settled</source>
        <translation>结算时间</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gateway refund id</source>
        <translation>网关退款号</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Awaiting approval</source>
        <translation>等待审批</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processing</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown (to be settled)</source>
        <translation>未知（待对账）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate</source>
        <translation>倍率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabled</source>
        <translation>启用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online users</source>
        <translation>在线用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bandwidth used</source>
        <translation>已用带宽</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bandwidth limit</source>
        <translation>带宽上限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last heartbeat</source>
        <translation>最近心跳</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search nodes by name…</source>
        <translation>按名称搜索节点…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resource type</source>
        <translation>资源类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource id</source>
        <translation>资源 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>消耗</translation>
    </message>
</context>
<context>
    <name>pd::ui::TableDashboard</name>
    <message>
        <location filename="../ui/tables/TableDashboard.cpp" line="+157"/>
        <source>1 row</source>
        <translation>1 行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>about 1 row</source>
        <translation>约 1 行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 rows</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>about %1 rows</source>
        <translation>约 %1 行</translation>
    </message>
</context>
<context>
    <name>pd::ui::TopUsersView</name>
    <message>
        <location filename="../ui/traffic/TopUsersView.cpp" line="+25"/>
        <source>Top users by &amp;traffic:</source>
        <translation>流量排行(&amp;T)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 72 hours</source>
        <translation>最近 72 小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Upload</source>
        <translation>上传</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Double-click or press Enter to open the user.</source>
        <translation>双击或按 Enter 打开该用户。</translation>
    </message>
</context>
<context>
    <name>pd::ui::TrafficChart</name>
    <message>
        <location filename="../ui/charts/TrafficChart.cpp" line="+69"/>
        <source>Upload</source>
        <translation>上传</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1
Upload %2, download %3, total %4</source>
        <translation>%1
上传 %2，下载 %3，合计 %4</translation>
    </message>
</context>
<context>
    <name>pd::ui::UsageLogsDashboard</name>
    <message>
        <location filename="../ui/usage/UsageLogsDashboard.cpp" line="+31"/>
        <source>E&amp;xport CSV…</source>
        <translation>导出 CSV(&amp;X)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Any resource type</source>
        <translation>任意资源类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any time</source>
        <translation>任意时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost at least:</source>
        <translation>消耗至少：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+48"/>
        <source>Export usage logs</source>
        <translation>导出使用记录</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>usage-logs.csv</source>
        <translation>usage-logs.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exporting usage logs…</source>
        <translation>正在导出使用记录…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Exporting usage logs: %1 of %2 rows…</source>
        <translation>正在导出使用记录：%1 / %2 行…</translation>
    </message>
</context>
<context>
    <name>pd::ui::UserDetailPanel</name>
    <message>
        <location filename="../ui/users/UserDetailPanel.cpp" line="+62"/>
        <source>Profile</source>
        <translation>资料</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email:</source>
        <translation>邮箱：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Username:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID:</source>
        <translation>ID：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance:</source>
        <translation>余额：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Node group:</source>
        <translation>节点分组：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level:</source>
        <translation>等级：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level expiry:</source>
        <translation>等级到期：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created:</source>
        <translation>创建时间：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Traffic</source>
        <translation>流量</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Current subscription</source>
        <translation>当前订阅</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan:</source>
        <translation>套餐：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period:</source>
        <translation>周期：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quota:</source>
        <translation>配额：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API keys</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>Recent transactions</source>
        <translation>最近交易</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gateway</source>
        <translation>支付网关</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Traffic and usage</source>
        <translation>流量与使用</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The user&apos;s details could not be loaded. %1</source>
        <translation>无法加载该用户的详情。%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This user no longer exists: someone deleted it. Refresh the list.</source>
        <translation>此用户已不存在：有人删除了它。请刷新列表。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Select a user to see their details.</source>
        <translation>选择一个用户以查看详情。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 used, no quota</source>
        <translation>已用 %1，无配额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Banned</source>
        <translation>已封禁</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Upload %1, download %2</source>
        <translation>上传 %1，下载 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No active subscription</source>
        <translation>没有有效订阅</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lifetime</source>
        <translation>永久</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 used, unlimited</source>
        <translation>已用 %1，无限制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 used</source>
        <translation>已用 %1 / %2</translation>
    </message>
</context>
<context>
    <name>pd::ui::UserEditDialog</name>
    <message>
        <location filename="../ui/users/UserEditDialog.cpp" line="+63"/>
        <source>Edit user %1</source>
        <translation>编辑用户 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Email:</source>
        <translation>邮箱(&amp;E)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Username:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>for example 200</source>
        <translation>例如 200</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TiB</source>
        <translation>TiB</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Traffic &amp;quota:</source>
        <translation>流量配额(&amp;Q)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Level:</source>
        <translation>等级(&amp;L)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No expiry</source>
        <translation>不过期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The level never expires.</source>
        <translation>该等级永不过期。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Level e&amp;xpiry:</source>
        <translation>等级到期(&amp;X)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Node group:</source>
        <translation>节点分组(&amp;N)：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the values someone else saved; the fields you changed keep your values.</source>
        <translation>显示他人保存的值；你修改过的字段保留你的值。</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>Enter the quota as a number, for example 200 or 1.5.</source>
        <translation>请以数字输入配额，例如 200 或 1.5。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The changes were not saved. %1 Your changes are kept in the form.</source>
        <translation>更改未保存。%1 你的更改仍保留在表单中。</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>These are the values saved by someone else, with your own changes kept in the fields you edited. Check them and save again.</source>
        <translation>这些是他人保存的值，你编辑过的字段仍保留你的更改。请核对后再次保存。</translation>
    </message>
</context>
<context>
    <name>pd::ui::UserTrafficPanel</name>
    <message>
        <location filename="../ui/traffic/UserTrafficPanel.cpp" line="+35"/>
        <source>Traffic in the last 24 hours</source>
        <translation>最近 24 小时的流量</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Traffic per node per day, last %n day(s)</source>
        <translation>
            <numerusform>每个节点每天的流量，最近 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Select a user to see their traffic.</source>
        <translation>选择一个用户以查看其流量。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no traffic allowance</source>
        <translation>没有流量额度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 left</source>
        <translation>剩余 %1 / %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No active plan</source>
        <translation>没有有效套餐</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, until %2</source>
        <translation>%1，至 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>forever</source>
        <translation>永久</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unlimited processings</source>
        <translation>处理次数无限制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 processings left</source>
        <translation>剩余 %1 / %2 次处理</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>As the user sees it: %1. Quota: %2. Traffic: %3.</source>
        <translation>用户看到的：%1。配额：%2。流量：%3。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>pd::ui::UsersDashboard</name>
    <message>
        <location filename="../ui/users/UsersDashboard.cpp" line="+68"/>
        <source>Search by email, username or ID (Ctrl+F)</source>
        <translation>按邮箱、用户名或 ID 搜索（Ctrl+F）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any state</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+79"/>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location line="-78"/>
        <location line="+79"/>
        <source>Banned</source>
        <translation>已封禁</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Any plan</source>
        <translation>任意套餐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any active subscription</source>
        <translation>任意有效订阅</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any node group</source>
        <translation>任意节点分组</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Over quota</source>
        <translation>超出配额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only users whose traffic is above their quota.</source>
        <translation>只显示流量超过配额的用户。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Activate</source>
        <translation>启用(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ban</source>
        <translation>封禁(&amp;B)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assign &amp;plan…</source>
        <translation>分配套餐(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compensate…</source>
        <translation>补偿(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give days and/or traffic to every user the filter selects.</source>
        <translation>为筛选出的每个用户增加天数和/或流量。</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Only administrators can change users.</source>
        <translation>只有管理员可以修改用户。</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Counting…</source>
        <translation>正在计数…</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The plan and node group filters could not be loaded. %1</source>
        <translation>无法加载套餐和节点分组筛选项。%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (inactive)</source>
        <translation>%1（未启用）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Node group %1</source>
        <translation>节点分组 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 user</source>
        <translation>1 个用户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 users</source>
        <translation>%1 个用户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>about %1 users</source>
        <translation>约 %1 个用户</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activate user</source>
        <translation>启用用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activate %1? They can use the service again.</source>
        <translation>启用 %1？该用户将可以再次使用服务。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ban user</source>
        <translation>封禁用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ban %1? They can no longer use the service until someone activates them again.</source>
        <translation>封禁 %1？在有人重新启用之前，该用户将无法使用服务。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The user was not activated. %1</source>
        <translation>用户未被启用。%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user was not banned. %1</source>
        <translation>用户未被封禁。%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Someone else changed this user in the meantime, so nothing was changed. Check the current values, then try again.</source>
        <translation>在此期间有人修改了此用户，因此未做任何更改。请核对当前值后重试。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>search &quot;%1&quot;</source>
        <translation>搜索 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>all users</source>
        <translation>所有用户</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Compensate users</source>
        <translation>补偿用户</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n user(s) were compensated. The audit log has each change and a summary with the filter.</source>
        <translation>
            <numerusform>已补偿 %n 个用户。审计日志中有每项更改以及一条带筛选条件的汇总。</numerusform>
        </translation>
    </message>
</context>
</TS>
