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
        <location line="+5"/>
        <source>The demo login to start with: admin (default), finance or support.</source>
        <translation>启动时使用的演示登录：admin（默认）、finance 或 support。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--users needs a number of users between 1 and 10000000.</source>
        <translation>--users 需要 1 到 10000000 之间的用户数。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--demo-login needs admin, finance or support.</source>
        <translation>--demo-login 需要 admin、finance 或 support。</translation>
    </message>
    <message>
        <location line="+30"/>
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
        <location filename="../app/paneldeskctl/PaymentCommands.cpp" line="+395"/>
        <location line="+214"/>
        <location filename="../app/paneldeskctl/SubscriptionCommands.cpp" line="+232"/>
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
        <location filename="../app/paneldeskctl/PaymentCommands.cpp" line="-467"/>
        <location line="+464"/>
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
        <location line="+152"/>
        <location line="+157"/>
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
        <location line="+11"/>
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
        <location filename="../app/paneldeskctl/SubscriptionCommands.cpp" line="-267"/>
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
        <location line="+591"/>
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
        <location filename="../app/paneldeskctl/main.cpp" line="+22"/>
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
        <location filename="../app/paneldeskctl/PaymentCommands.cpp" line="-545"/>
        <source>Refund %1 of %2 %3 on %4 (%5): %6</source>
        <translation>退款 %1，金额 %2 %3，订单 %4（%5）：%6</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The gateway&apos;s answer was lost or could not be verified. The refund keeps its key and will be settled by &quot;paneldeskctl refund reconcile&quot; (or PanelDesk) without refunding twice.</source>
        <translation>网关的应答丢失或无法验证。该退款保留其幂等键，之后将由 &quot;paneldeskctl refund reconcile&quot;（或 PanelDesk）对账，不会重复退款。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Asks for a refund of a payment and, when no approval is needed, sends it to the gateway at once. Above the approval threshold it waits for a second finance login (&quot;refund approve&quot;).</source>
        <translation>为一笔支付申请退款；无需审批时立即发送到网关。超过审批阈值时，需等待另一位财务人员审批（&quot;refund approve&quot;）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The payment&apos;s id.</source>
        <translation>支付的 ID。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The payment&apos;s order number.</source>
        <translation>支付的订单号。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How much to refund, e.g. 30.00, or &quot;all&quot; for what is left.</source>
        <translation>退款金额，例如 30.00；或 &quot;all&quot; 表示全部剩余可退金额。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why (required).</source>
        <translation>退款原因（必填）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+99"/>
        <location line="+39"/>
        <location filename="../app/paneldeskctl/SubscriptionCommands.cpp" line="-728"/>
        <location line="+262"/>
        <location line="+293"/>
        <location filename="../app/paneldeskctl/UsersCommands.cpp" line="+2"/>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Only record the request; the reconciler sends it later.</source>
        <translation>只记录申请；稍后由对账程序发送。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Give either --transaction or --order-no.</source>
        <translation>请指定 --transaction 或 --order-no 之一。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--amount and --reason are required.</source>
        <translation>--amount 和 --reason 为必填项。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No payment has this id or order number.</source>
        <translation>没有此 ID 或订单号的支付。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--amount must be a plain amount in %1 with at most %2 decimals.</source>
        <translation>--amount 必须是以 %1 计的普通金额，最多 %2 位小数。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>It is above the approval threshold: another finance login must run &quot;paneldeskctl refund approve %1&quot;.
</source>
        <translation>金额超过审批阈值：须由另一位财务人员运行 &quot;paneldeskctl refund approve %1&quot;。
</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Approves a refund waiting for a second person (not the one who asked for it) and sends it to the gateway.</source>
        <translation>审批一笔等待第二人审批的退款（审批人不能是申请人），并将其发送到网关。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+31"/>
        <location line="+40"/>
        <source>The refund&apos;s id.</source>
        <translation>退款的 ID。</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>refund approve takes the refund&apos;s id.</source>
        <translation>refund approve 需要退款的 ID。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Turns down a refund waiting for approval.</source>
        <translation>拒绝一笔等待审批的退款。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why.</source>
        <translation>拒绝原因。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>refund reject takes the refund&apos;s id.</source>
        <translation>refund reject 需要退款的 ID。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Settles by hand a sent refund whose outcome the gateway can no longer tell (unknown, processing), after you checked it in the gateway&apos;s own dashboard. &quot;failed&quot; frees its amount for another refund; use it only when you saw that no money moved.</source>
        <translation>在网关自己的管理后台核实后，手动确认一笔已发送、但网关已无法告知结果（unknown、processing）的退款的结果。&quot;failed&quot; 会释放其金额以供再次退款；只有在确认没有资金变动时才可使用。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>succeeded or failed.</source>
        <translation>succeeded 或 failed。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outcome</source>
        <translation>outcome</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you saw at the gateway (kept with the refund and in the audit log).</source>
        <translation>你在网关上看到的情况（与退款一起保存，并记入审计日志）。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>refund settle takes the refund&apos;s id, --as succeeded or --as failed, and a --note saying what you saw at the gateway.</source>
        <translation>refund settle 需要退款的 ID、--as succeeded 或 --as failed，以及说明你在网关上所见情况的 --note。</translation>
    </message>
    <message numerus="yes">
        <location line="+78"/>
        <source>(%n row(s))
</source>
        <translation>
            <numerusform>（%n 行）
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lists refunds, newest first.</source>
        <translation>列出退款，最新的在前。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only refunds in this state (requested, awaiting_approval, approved, rejected, submitted, processing, succeeded, failed, unknown).</source>
        <translation>只列出处于此状态的退款（requested、awaiting_approval、approved、rejected、submitted、processing、succeeded、failed、unknown）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>state</source>
        <translation>state</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most this many refunds (default 100).</source>
        <translation>最多列出这么多退款（默认 100）。</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+221"/>
        <source>--status must be one of: %1.</source>
        <translation>--status 必须是以下之一：%1。</translation>
    </message>
    <message>
        <location line="-193"/>
        <source>Settles open refunds (approved, submitted, processing, unknown) with their gateways, reusing each refund&apos;s key. Safe to run from several places at once.</source>
        <translation>与各自的网关对账未完结的退款（approved、submitted、processing、unknown），沿用每笔退款的幂等键。可以安全地在多处同时运行。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only refunds whose next attempt is due (by default every open refund is settled now).</source>
        <translation>只处理已到下次尝试时间的退款（默认立即对账所有未完结的退款）。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 refund(s) looked at, %2 still open.
</source>
        <translation>已检查 %1 笔退款，%2 笔仍未完结。
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Writes the refunds of a period to a CSV file.</source>
        <translation>将一段时间内的退款写入 CSV 文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First day (YYYY-MM-DD, UTC).</source>
        <translation>第一天（YYYY-MM-DD，UTC）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <location line="+108"/>
        <location line="+2"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Day after the last (YYYY-MM-DD, UTC).</source>
        <translation>最后一天的次日（YYYY-MM-DD，UTC）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CSV file.</source>
        <translation>CSV 文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+235"/>
        <location line="+4"/>
        <location line="+4"/>
        <location line="+6"/>
        <location line="+4"/>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <location line="-242"/>
        <source>--from and --to must be dates (YYYY-MM-DD) with --to after --from, and --output a file name.</source>
        <translation>--from 和 --to 必须是日期（YYYY-MM-DD）且 --to 晚于 --from，--output 必须是文件名。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 refund(s) written to %2.
</source>
        <translation>已将 %1 笔退款写入 %2。
</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Shows the approval thresholds, or sets one (administrators): refunds above it need a second finance login&apos;s approval.</source>
        <translation>显示审批阈值，或设置一个阈值（管理员）：超过阈值的退款需要另一位财务人员审批。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. CNY</source>
        <translation>例如 CNY</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 500.00</source>
        <translation>例如 500.00</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>refund threshold takes nothing (to show) or a currency and an amount.</source>
        <translation>refund threshold 不带参数（显示阈值），或带一个币种和一个金额。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The amount must be a plain amount in a known currency, such as CNY 500.00.</source>
        <translation>金额必须是已知币种的普通金额，例如 CNY 500.00。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Refunds in other currencies always need approval.
</source>
        <translation>其他币种的退款始终需要审批。
</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Lists payment transactions, newest first.</source>
        <translation>列出支付交易，最新的在前。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>gateway</source>
        <translation>gateway</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pending, completed, failed, partially_refunded or refunded.</source>
        <translation>pending、completed、failed、partially_refunded 或 refunded。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Created on or after (YYYY-MM-DD, UTC).</source>
        <translation>创建于该日当天或之后（YYYY-MM-DD，UTC）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created before (YYYY-MM-DD, UTC).</source>
        <translation>创建于该日之前（YYYY-MM-DD，UTC）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smallest amount.</source>
        <translation>最小金额。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Largest amount.</source>
        <translation>最大金额。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user&apos;s id or the start of their email.</source>
        <translation>用户的 ID 或其邮箱的开头部分。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user</source>
        <translation>user</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The start of the order number.</source>
        <translation>订单号的开头部分。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most this many (default 100).</source>
        <translation>最多列出这么多（默认 100）。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--gateway must be alipay, wechat, stripe or paypal.</source>
        <translation>--gateway 必须是 alipay、wechat、stripe 或 paypal。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--from and --to must be dates as YYYY-MM-DD.</source>
        <translation>--from 和 --to 必须是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--min-amount and --max-amount must be plain amounts such as 99.00.</source>
        <translation>--min-amount 和 --max-amount 必须是普通金额，例如 99.00。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Standard input cannot be read.</source>
        <translation>无法读取标准输入。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot be read: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saves a gateway&apos;s settings on this computer: the secret (private key or API secret) in the OS keychain, the rest in PanelDesk&apos;s settings file.</source>
        <translation>在本机保存网关设置：密钥（私钥或 API 密钥）保存在系统钥匙串中，其余保存在 PanelDesk 的设置文件中。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API&apos;s https address.</source>
        <translation>API 的 https 地址。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the gateway&apos;s sandbox address.</source>
        <translation>使用网关的沙箱地址。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the gateway&apos;s production address.</source>
        <translation>使用网关的生产环境地址。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alipay app id or PayPal client id.</source>
        <translation>支付宝应用 ID 或 PayPal 客户端 ID。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WeChat Pay merchant id (mchid).</source>
        <translation>微信支付商户号（mchid）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WeChat Pay merchant certificate serial.</source>
        <translation>微信支付商户证书序列号。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hex</source>
        <translation>hex</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WeChat Pay public key id or platform certificate serial.</source>
        <translation>微信支付公钥 ID 或平台证书序列号。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PEM file of the Alipay public key or the WeChat Pay public key/certificate.</source>
        <translation>支付宝公钥或微信支付公钥/证书的 PEM 文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PEM file of the app / merchant private key (&quot;-&quot;: standard input).</source>
        <translation>应用私钥/商户私钥的 PEM 文件（&quot;-&quot;：标准输入）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File holding the Stripe secret key or the PayPal client secret (&quot;-&quot;: standard input).</source>
        <translation>存放 Stripe 密钥或 PayPal 客户端密钥的文件（&quot;-&quot;：标准输入）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File holding the WeChat Pay APIv3 key, 32 characters (&quot;-&quot;: standard input). Needed without a PUB_KEY_ID_ public key id: PanelDesk then downloads WeChat Pay&apos;s platform certificates with it. Kept in the OS keychain only.</source>
        <translation>存放微信支付 APIv3 密钥（32 个字符）的文件（&quot;-&quot;：标准输入）。未使用 PUB_KEY_ID_ 公钥 ID 时需要：PanelDesk 会用它下载微信支付平台证书。仅保存在系统钥匙串中。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PEM file of a CA to trust besides the system&apos;s (a sandbox&apos;s).</source>
        <translation>除系统 CA 之外额外信任的 CA 的 PEM 文件（用于沙箱）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An order (or gateway payment id) that &quot;gateway check&quot; reads.</source>
        <translation>供 &quot;gateway check&quot; 查询的订单（或网关支付 ID）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+106"/>
        <source>order</source>
        <translation>order</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>How long to wait for an answer (default 30000).</source>
        <translation>等待应答的时长（默认 30000）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>gateway set takes one of alipay, wechat, stripe, paypal.</source>
        <translation>gateway set 需要 alipay、wechat、stripe、paypal 之一。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 has no sandbox; give --base-url.</source>
        <translation>%1 没有沙箱；请指定 --base-url。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--timeout-ms must be from 1000 to 300000.</source>
        <translation>--timeout-ms 必须在 1000 到 300000 之间。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--api-v3-key-file is only for wechat.</source>
        <translation>--api-v3-key-file 仅适用于 wechat。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing was saved: %1</source>
        <translation>未保存任何内容：%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 settings saved (%2).
</source>
        <translation>已保存 %1 设置（%2）。
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checks a gateway&apos;s settings and performs a signed payment query on the test order.</source>
        <translation>检查网关设置，并对测试订单执行一次签名的支付查询。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The order to read (default: the saved test order).</source>
        <translation>要查询的订单（默认：已保存的测试订单）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>gateway check takes one of alipay, wechat, stripe, paypal.</source>
        <translation>gateway check 需要 alipay、wechat、stripe、paypal 之一。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The settings are complete. Give --order (or save --test-order) to query a payment.
</source>
        <translation>设置完整。请指定 --order（或保存 --test-order）以查询支付。
</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 answered with a verified payment query: %2 is %3.
</source>
        <translation>%1 返回了经验证的支付查询结果：%2 为 %3。
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The payment query failed: %1 %2</source>
        <translation>支付查询失败：%1 %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Shows a gateway&apos;s saved settings (never the secret).</source>
        <translation>显示网关已保存的设置（绝不显示密钥）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>gateway show takes one of alipay, wechat, stripe, paypal.</source>
        <translation>gateway show 需要 alipay、wechat、stripe、paypal 之一。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not configured.
</source>
        <translation>%1 尚未配置。
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>base URL: %1
app/client id: %2
merchant id: %3
certificate serial: %4
public key id: %5
test order: %6
timeout: %7 ms
</source>
        <translation>基础 URL：%1
应用/客户端 ID：%2
商户号：%3
证书序列号：%4
公钥 ID：%5
测试订单：%6
超时：%7 ms
</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>  refund create|approve|reject|list      refunds through the gateways
  refund reconcile|settle                settle open refunds (by hand: settle)
  refund export|threshold                CSV of a period, approval threshold
</source>
        <translation>  refund create|approve|reject|list      通过网关退款
  refund reconcile|settle                对账未完结的退款（手动确认：settle）
  refund export|threshold                导出某段时间的 CSV、审批阈值
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  transactions list [filters] [--json]   list payment transactions
</source>
        <translation>  transactions list [filters] [--json]   列出支付交易
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  gateway set|show|check NAME            payment gateway settings
</source>
        <translation>  gateway set|show|check NAME            支付网关设置
</translation>
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
        <location filename="../app/paneldeskctl/SubscriptionCommands.cpp" line="+38"/>
        <location filename="../app/paneldeskctl/UsersCommands.cpp" line="+21"/>
        <source>--state must be active or banned.</source>
        <translation>--state 必须是 active 或 banned。</translation>
    </message>
    <message>
        <location line="-542"/>
        <location line="+549"/>
        <location filename="../app/paneldeskctl/UsersCommands.cpp" line="+7"/>
        <source>--node-group must be a number from 0 to 9999.</source>
        <translation>--node-group 必须是 0 到 9999 之间的数字。</translation>
    </message>
    <message>
        <location filename="../app/paneldeskctl/CtlCommand.cpp" line="-67"/>
        <source>Print JSON: money as exact decimal strings, bytes and counts as integers.</source>
        <translation>输出 JSON：金额为精确的十进制字符串，字节数和计数为整数。</translation>
    </message>
    <message>
        <location filename="../app/paneldeskctl/SubscriptionCommands.cpp" line="-769"/>
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
        <location line="+869"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="-869"/>
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
        <location filename="../app/paneldeskctl/PaymentCommands.cpp" line="-814"/>
        <location line="+453"/>
        <location line="+2"/>
        <location filename="../app/paneldeskctl/SubscriptionCommands.cpp" line="+1"/>
        <source>amount</source>
        <translation>amount</translation>
    </message>
    <message>
        <location filename="../app/paneldeskctl/SubscriptionCommands.cpp" line="+2"/>
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
        <location filename="../app/paneldeskctl/PaymentCommands.cpp" line="-8"/>
        <location filename="../app/paneldeskctl/SubscriptionCommands.cpp" line="+1"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../app/paneldeskctl/SubscriptionCommands.cpp" line="+1"/>
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
        <location filename="../app/paneldeskctl/PaymentCommands.cpp" line="-176"/>
        <location line="+242"/>
        <location filename="../app/paneldeskctl/SubscriptionCommands.cpp" line="+8"/>
        <location filename="../app/paneldeskctl/UsersCommands.cpp" line="+8"/>
        <source>--limit must be a number from 1 to 1,000,000.</source>
        <translation>--limit 必须是 1 到 1,000,000 之间的数字。</translation>
    </message>
    <message>
        <location filename="../app/paneldeskctl/SubscriptionCommands.cpp" line="+42"/>
        <location line="+326"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="-326"/>
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
        <location line="+357"/>
        <location line="+52"/>
        <location line="+125"/>
        <source>The user&apos;s id or email.</source>
        <translation>用户的 ID 或邮箱。</translation>
    </message>
    <message>
        <location line="-524"/>
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
        <location line="+3"/>
        <source>The filter as JSON, in the shape the summary audit entry records, such as {&quot;node_group&quot;: 2, &quot;subscribed&quot;: true}; instead of the options above.</source>
        <translation>以 JSON 表示的筛选条件，格式与汇总审计条目中记录的相同，例如 {&quot;node_group&quot;: 2, &quot;subscribed&quot;: true}；用于代替上面的选项。</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+36"/>
        <source>--days must be a number from 0 to 3650.</source>
        <translation>--days 必须是 0 到 3650 之间的数字。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--gib must be a whole number of GiB up to 1 PiB.</source>
        <translation>--gib 必须是不超过 1 PiB 的整数 GiB。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--filter replaces the other filter options and --all; give one or the other.</source>
        <translation>--filter 会取代其他筛选选项和 --all；请二选一。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--filter must be a JSON object, such as {&quot;node_group&quot;: 2}.</source>
        <translation>--filter 必须是 JSON 对象，例如 {&quot;node_group&quot;: 2}。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--filter is not usable. %1</source>
        <translation>--filter 无法使用。%1</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+11"/>
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
        <location filename="../app/paneldeskctl/PaymentCommands.cpp" line="-519"/>
        <location line="+571"/>
        <location line="+2"/>
        <location line="+7"/>
        <location filename="../app/paneldeskctl/SubscriptionCommands.cpp" line="+1"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location filename="../app/paneldeskctl/SubscriptionCommands.cpp" line="+5"/>
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
        <location filename="../app/paneldeskctl/SubscriptionCommands.cpp" line="-1027"/>
        <location line="+389"/>
        <location line="+480"/>
        <location filename="../app/paneldeskctl/UsersCommands.cpp" line="+57"/>
        <location line="+132"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/paneldeskctl/UsersCommands.cpp" line="-94"/>
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
        <location line="+4"/>
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
        <location filename="../app/paneldeskctl/SubscriptionCommands.cpp" line="-143"/>
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
        <location filename="../app/paneldeskctl/SubscriptionCommands.cpp" line="+142"/>
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
        <location filename="../app/paneldeskctl/SubscriptionCommands.cpp" line="-874"/>
        <location line="+389"/>
        <location line="+325"/>
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
        <location filename="../app/paneldeskctl/SubscriptionCommands.cpp" line="-707"/>
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
        <location filename="../app/paneldeskctl/SubscriptionCommands.cpp" line="+867"/>
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
    <name>pd::payments::AlipayClient</name>
    <message>
        <location filename="../models/payments/AlipayClient.cpp" line="+116"/>
        <source>The Alipay app private key cannot sign; nothing was sent. Check the gateway settings.</source>
        <translation>支付宝应用私钥无法签名；未发送任何请求。请检查网关设置。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Alipay&apos;s answer could not be verified with the Alipay public key, so it is not believed. The refund will be settled with the same key.</source>
        <translation>无法用支付宝公钥验证支付宝的应答，因此不予采信。该退款将使用同一幂等键对账。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alipay answered with an unsigned error (%1). The refund will be settled with the same key.</source>
        <translation>支付宝返回了未签名的错误（%1）。该退款将使用同一幂等键对账。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Alipay accepted the refund without confirming that money moved; it will be confirmed with a refund query.</source>
        <translation>支付宝已受理该退款，但未确认资金已变动；将通过退款查询确认。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Alipay refused the refund: %1 (%2).</source>
        <translation>支付宝拒绝了该退款：%1（%2）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alipay could not say whether the refund was made (%1). It will be settled with the same key.</source>
        <translation>支付宝无法确定该退款是否已完成（%1）。将使用同一幂等键对账。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Alipay has no successful refund under this key yet.</source>
        <translation>支付宝在此幂等键下尚无成功的退款。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Alipay could not answer the refund query (%1).</source>
        <translation>支付宝无法响应退款查询（%1）。</translation>
    </message>
</context>
<context>
    <name>pd::payments::GatewayClient</name>
    <message>
        <location filename="../models/payments/GatewayClient.cpp" line="+92"/>
        <source>No answer came from the gateway (%1). The refund may or may not have been made; it will be settled with the same key.</source>
        <translation>网关没有应答（%1）。退款可能已完成，也可能没有；将使用同一幂等键对账。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The gateway answered with HTTP status %1 and no verifiable result. The refund may or may not have been made; it will be settled with the same key.</source>
        <translation>网关返回了 HTTP 状态 %1，但没有可验证的结果。退款可能已完成，也可能没有；将使用同一幂等键对账。</translation>
    </message>
</context>
<context>
    <name>pd::payments::GatewayConfig</name>
    <message>
        <location filename="../models/payments/GatewayConfig.cpp" line="+27"/>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stripe</source>
        <translation>Stripe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PayPal</source>
        <translation>PayPal</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&quot;%1&quot; is not a gateway PanelDesk knows (alipay, wechat, stripe, paypal).</source>
        <translation>&quot;%1&quot; 不是 PanelDesk 支持的网关（alipay、wechat、stripe、paypal）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The base URL must be an https:// address (TLS is always verified).</source>
        <translation>基础 URL 必须是 https:// 地址（始终验证 TLS）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Alipay app id is missing.</source>
        <translation>缺少支付宝应用 ID。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>App private key: %1</source>
        <translation>应用私钥：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alipay public key: %1</source>
        <translation>支付宝公钥：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The WeChat Pay merchant id (mchid) is missing.</source>
        <translation>缺少微信支付商户号（mchid）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The merchant certificate serial must be the certificate&apos;s serial number in hex, as the merchant platform shows it.</source>
        <translation>商户证书序列号必须是该证书的十六进制序列号，与商户平台上显示的一致。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merchant API private key: %1</source>
        <translation>商户 API 私钥：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>WeChat Pay public key or platform certificate: %1</source>
        <translation>微信支付公钥或平台证书：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A WeChat Pay public key needs its public key id (PUB_KEY_ID_…), as the merchant platform shows it next to the key.</source>
        <translation>微信支付公钥需要填写其公钥 ID（PUB_KEY_ID_…），即商户平台上显示在该公钥旁边的 ID。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The WeChat Pay APIv3 key is missing. Without a WeChat Pay public key id (PUB_KEY_ID_…) or a platform certificate PanelDesk uses WeChat Pay&apos;s platform certificates, and it needs the APIv3 key to download them.</source>
        <translation>缺少微信支付 APIv3 密钥。未配置微信支付公钥 ID（PUB_KEY_ID_…）或平台证书时，PanelDesk 使用微信支付平台证书，需要 APIv3 密钥来下载它们。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The WeChat Pay APIv3 key must be exactly 32 characters (32 bytes), as set in the merchant platform (Account centre → API security). Copy it again.</source>
        <translation>微信支付 APIv3 密钥必须正好是 32 个字符（32 字节），与商户平台（账户中心 → API 安全）中设置的一致。请重新复制。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Stripe secret key must start with sk_live_ or sk_test_ (or rk_ for a restricted key).</source>
        <translation>Stripe 密钥必须以 sk_live_ 或 sk_test_ 开头（受限密钥以 rk_ 开头）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PayPal client id is missing.</source>
        <translation>缺少 PayPal 客户端 ID。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PayPal client secret is missing.</source>
        <translation>缺少 PayPal 客户端密钥。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The extra CA certificate is not a PEM certificate.</source>
        <translation>额外的 CA 证书不是 PEM 格式的证书。</translation>
    </message>
</context>
<context>
    <name>pd::payments::GatewaySettings</name>
    <message>
        <location filename="../models/payments/GatewaySettings.cpp" line="+34"/>
        <source>The %1 APIv3 key could not be read from the keychain (%2), so nothing was sent. Enter it again in the gateway settings.</source>
        <translation>无法从钥匙串读取%1的 APIv3 密钥（%2），因此未发送任何请求。请在网关设置中重新输入。</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>%1 is not configured on this computer, so nothing was sent to it. Set it up in Payments → Gateway settings (or &quot;paneldeskctl gateway set&quot;).</source>
        <translation>本机尚未配置 %1，因此未向其发送任何请求。请在“交易与退款 → 网关设置”中配置（或使用 &quot;paneldeskctl gateway set&quot;）。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No keychain is available for the %1 secret, so nothing was sent.</source>
        <translation>没有可用的系统钥匙串来读取 %1 密钥，因此未发送任何请求。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The %1 key could not be read from the keychain (%2), so nothing was sent. Enter it again in the gateway settings.</source>
        <translation>无法从系统钥匙串读取 %1 密钥（%2），因此未发送任何请求。请在网关设置中重新输入。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No keychain is available, so the secret was not saved (the other settings were).</source>
        <translation>没有可用的系统钥匙串，因此密钥未保存（其他设置已保存）。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The APIv3 key could not be saved in the keychain (%1); the other settings were saved. Try again once the keychain is unlocked.</source>
        <translation>无法将 APIv3 密钥保存到系统钥匙串（%1）；其他设置已保存。请在钥匙串解锁后重试。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The secret could not be saved in the keychain (%1); the other settings were saved. Try again once the keychain is unlocked.</source>
        <translation>无法将密钥保存到系统钥匙串（%1）；其他设置已保存。请在钥匙串解锁后重试。</translation>
    </message>
</context>
<context>
    <name>pd::payments::PaypalClient</name>
    <message>
        <location filename="../models/payments/PaypalClient.cpp" line="+122"/>
        <source>PayPal refused the client id or secret (HTTP %1). Check the gateway settings; the refund will be settled with the same key.</source>
        <translation>PayPal 拒绝了客户端 ID 或密钥（HTTP %1）。请检查网关设置；该退款将使用同一幂等键对账。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PayPal&apos;s answer is not readable JSON. The refund will be settled with the same key.</source>
        <translation>PayPal 的应答不是可读的 JSON。该退款将使用同一幂等键对账。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>PayPal reports the refund as pending.</source>
        <translation>PayPal 报告该退款尚在处理中（pending）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PayPal reports the refund as %1.</source>
        <translation>PayPal 报告该退款状态为 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PayPal answered without a refund status.</source>
        <translation>PayPal 的应答中没有退款状态。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>PayPal refused the refund: %1 (%2).</source>
        <translation>PayPal 拒绝了该退款：%1（%2）。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>PayPal may have forgotten this refund&apos;s request id (it keeps them about 45 days), so it is not sent again: that could refund twice. Look for a refund with invoice id %1 in PayPal.</source>
        <translation>PayPal 可能已不再保留此退款的请求 ID（它只保留约 45 天），因此不会再次发送：否则可能重复退款。请在 PayPal 中查找发票号（invoice id）为 %1 的退款。</translation>
    </message>
</context>
<context>
    <name>pd::payments::Reconciler</name>
    <message>
        <location filename="../models/payments/Reconciler.cpp" line="+57"/>
        <source>No refund needed settling.</source>
        <translation>没有需要对账的退款。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 settled, %2 still open, %3 not sent, %4 could not be saved.</source>
        <translation>%1 笔已完结，%2 笔仍未完结，%3 笔未发送，%4 笔无法保存。</translation>
    </message>
</context>
<context>
    <name>pd::payments::RefundService</name>
    <message>
        <location filename="../models/payments/RefundService.cpp" line="+33"/>
        <source>The session has ended.</source>
        <translation>会话已结束。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>This refund is being sent or settled already.</source>
        <translation>此退款已在发送或对账中。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Another PanelDesk is sending or settling this refund right now; it was left to it.</source>
        <translation>另一个 PanelDesk 正在发送或对账此退款；已交由它处理。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The refund does not exist.</source>
        <translation>该退款不存在。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is nothing to send or settle for this refund (state: %1).</source>
        <translation>此退款无需发送或对账（状态：%1）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The %1 settings are incomplete, so nothing was sent: %2</source>
        <translation>%1 设置不完整，因此未发送任何请求：%2</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The refund&apos;s amount or key cannot be read, so nothing was sent.</source>
        <translation>无法读取该退款的金额或幂等键，因此未发送任何请求。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The gateway has no refund under this key after a resend.</source>
        <translation>重新发送后，网关在此幂等键下仍没有退款。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The gateway&apos;s answer could not be saved (%1). The refund will be settled again with the same key.</source>
        <translation>无法保存网关的应答（%1）。该退款将使用同一幂等键重新对账。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The refund succeeded.</source>
        <translation>退款成功。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The refund&apos;s state is now: %1.</source>
        <translation>退款当前状态：%1。</translation>
    </message>
</context>
<context>
    <name>pd::payments::RsaKey</name>
    <message>
        <location filename="../models/payments/RsaKey.cpp" line="+71"/>
        <source>No private key was given.</source>
        <translation>未提供私钥。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The private key is not an RSA private key in PEM (PKCS#8 or PKCS#1). Paste the whole key, including the BEGIN and END lines, as the gateway&apos;s key tool made it.</source>
        <translation>该私钥不是 PEM 格式（PKCS#8 或 PKCS#1）的 RSA 私钥。请粘贴网关密钥工具生成的完整密钥，包括 BEGIN 和 END 行。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The private key has %1 bits; the gateways require RSA keys of at least 2048 bits. Make a new key with the gateway&apos;s key tool.</source>
        <translation>该私钥为 %1 位；网关要求 RSA 密钥至少 2048 位。请用网关的密钥工具生成新密钥。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No public key was given.</source>
        <translation>未提供公钥。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The gateway&apos;s public key is neither an RSA public key nor a certificate in PEM. Copy it again from the gateway&apos;s console, including the BEGIN and END lines.</source>
        <translation>网关公钥既不是 PEM 格式的 RSA 公钥，也不是 PEM 格式的证书。请从网关控制台重新复制，包括 BEGIN 和 END 行。</translation>
    </message>
</context>
<context>
    <name>pd::payments::StripeClient</name>
    <message>
        <location filename="../models/payments/StripeClient.cpp" line="+55"/>
        <source>Stripe&apos;s answer is not readable JSON. The refund will be settled with the same key.</source>
        <translation>Stripe 的应答不是可读的 JSON。该退款将使用同一幂等键对账。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stripe reports the refund as %1.</source>
        <translation>Stripe 报告该退款状态为 %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stripe reports the refund as %1 (%2).</source>
        <translation>Stripe 报告该退款状态为 %1（%2）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stripe answered without a refund status.</source>
        <translation>Stripe 的应答中没有退款状态。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stripe refused the API key (%1). Check the gateway settings; the refund will be settled with the same key.</source>
        <translation>Stripe 拒绝了该 API 密钥（%1）。请检查网关设置；该退款将使用同一幂等键对账。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stripe asked to try again later (%1). The refund will be settled with the same key.</source>
        <translation>Stripe 要求稍后重试（%1）。该退款将使用同一幂等键对账。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stripe refused the refund: %1 (%2).</source>
        <translation>Stripe 拒绝了该退款：%1（%2）。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Stripe could not list the payment&apos;s refunds (%1). The refund will be settled later.</source>
        <translation>Stripe 无法列出该支付的退款（%1）。该退款稍后将再次对账。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The payment has more than 100 refunds at Stripe; find this one in the Stripe dashboard by its key.</source>
        <translation>该支付在 Stripe 上有超过 100 笔退款；请在 Stripe 管理后台按幂等键查找这一笔。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stripe has no refund under this key.</source>
        <translation>Stripe 在此幂等键下没有退款。</translation>
    </message>
</context>
<context>
    <name>pd::payments::WechatCertificates</name>
    <message>
        <location filename="../models/payments/WechatCertificates.cpp" line="+108"/>
        <source>the certificate list is not readable JSON or lists no certificate</source>
        <translation>证书列表不是可读的 JSON，或其中没有证书</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>certificate %1 is not encrypted with AEAD_AES_256_GCM</source>
        <translation>证书 %1 未使用 AEAD_AES_256_GCM 加密</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>certificate %1 cannot be decrypted with the APIv3 key: the key is not this merchant&apos;s, or the list was altered</source>
        <translation>无法用 APIv3 密钥解密证书 %1：该密钥不属于此商户，或证书列表已被篡改</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>certificate %1 is not one PEM certificate</source>
        <translation>证书 %1 不是单个 PEM 证书</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>certificate %1 carries serial %2</source>
        <translation>证书 %1 的实际序列号为 %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>none of the listed certificates is valid at this computer&apos;s time</source>
        <translation>按本机时间，列出的证书均不在有效期内</translation>
    </message>
</context>
<context>
    <name>pd::payments::WechatPayClient</name>
    <message>
        <location filename="../models/payments/WechatPayClient.cpp" line="+84"/>
        <source>the answer carries no Wechatpay signature headers</source>
        <translation>应答中没有 Wechatpay 签名头</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the answer is a signature probe</source>
        <translation>应答是签名探测</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the answer is signed with key %1, not the configured %2</source>
        <translation>应答使用密钥 %1 签名，而不是配置的 %2</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>the answer&apos;s timestamp is more than 300 seconds away from this computer&apos;s clock</source>
        <translation>应答的时间戳与本机时钟相差超过 300 秒</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the signature does not match the WeChat Pay public key</source>
        <translation>签名与微信支付公钥不匹配</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the signature does not match WeChat Pay platform certificate %1</source>
        <translation>签名与微信支付平台证书 %1 不匹配</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the answer is signed with platform certificate %1, which this computer does not have</source>
        <translation>应答使用平台证书 %1 签名，而本机没有该证书</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The WeChat Pay merchant private key cannot sign; nothing was sent. Check the gateway settings.</source>
        <translation>微信支付商户私钥无法签名；未发送任何请求。请检查网关设置。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>WeChat Pay&apos;s answer is not believed: %1. The refund will be settled with the same key.</source>
        <translation>微信支付的应答不予采信：%1。该退款将使用同一幂等键对账。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the answer is signed with platform certificate %1, which is not among the certificates WeChat Pay lists</source>
        <translation>应答使用平台证书 %1 签名，但该证书不在微信支付列出的证书中</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the answer is signed with platform certificate %1, which this computer does not have, and without the APIv3 key it cannot download WeChat Pay&apos;s certificates</source>
        <translation>应答使用平台证书 %1 签名，而本机没有该证书；没有 APIv3 密钥就无法下载微信支付的平台证书</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the answer is signed with platform certificate %1, which this computer does not have, and WeChat Pay&apos;s certificate list was not accepted: %2</source>
        <translation>应答使用平台证书 %1 签名，而本机没有该证书，且微信支付的证书列表未被接受：%2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>WeChat Pay&apos;s answer is not readable JSON. The refund will be settled with the same key.</source>
        <translation>微信支付的应答不是可读的 JSON。该退款将使用同一幂等键对账。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the merchant private key cannot sign the request</source>
        <translation>商户私钥无法对请求签名</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no answer came (%1)</source>
        <translation>没有应答（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WeChat Pay answered with HTTP status %1</source>
        <translation>微信支付返回了 HTTP 状态 %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>its own signature is not right (%1)</source>
        <translation>证书列表自身的签名不正确（%1）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>WeChat Pay is processing the refund.</source>
        <translation>微信支付正在处理该退款。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>WeChat Pay closed the refund without paying it out.</source>
        <translation>微信支付已关闭该退款，款项未退出。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>WeChat Pay reports the refund as abnormal: the buyer&apos;s account cannot receive it. Handle it in the WeChat Pay merchant platform.</source>
        <translation>微信支付报告该退款异常：买家账户无法入账。请在微信支付商户平台处理。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>WeChat Pay answered without a refund status.</source>
        <translation>微信支付的应答中没有退款状态。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>WeChat Pay asked to try again later (%1). The refund will be settled with the same key.</source>
        <translation>微信支付要求稍后重试（%1）。该退款将使用同一幂等键对账。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>WeChat Pay refused the refund: %1 (%2).</source>
        <translation>微信支付拒绝了该退款：%1（%2）。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>WeChat Pay has no refund under this key.</source>
        <translation>微信支付在此幂等键下没有退款。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WeChat Pay could not answer the refund query (%1).</source>
        <translation>微信支付无法响应退款查询（%1）。</translation>
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
    <message>
        <location line="+40"/>
        <source>&quot;all&quot; must be true.</source>
        <translation>&quot;all&quot; 必须为 true。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;search&quot; must be a non-empty text.</source>
        <translation>&quot;search&quot; 必须是非空文本。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;state&quot; must be &quot;active&quot; or &quot;banned&quot;.</source>
        <translation>&quot;state&quot; 必须是 &quot;active&quot; 或 &quot;banned&quot;。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;plan_id&quot; must be a plan&apos;s id.</source>
        <translation>&quot;plan_id&quot; 必须是套餐的 ID。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation>&quot;%1&quot; 必须为 true 或 false。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;node_group&quot; must be a whole number from 0 to 9999.</source>
        <translation>&quot;node_group&quot; 必须是 0 到 9999 之间的整数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The filter has an unknown key &quot;%1&quot;; the keys are all, search, state, plan_id, subscribed, node_group and over_quota.</source>
        <translation>筛选条件中有未知的键 &quot;%1&quot;；可用的键为 all、search、state、plan_id、subscribed、node_group 和 over_quota。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;all&quot; cannot be combined with other filter keys.</source>
        <translation>&quot;all&quot; 不能与其他筛选键同时使用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The filter selects nobody in particular; write {&quot;all&quot;: true} to mean every user.</source>
        <translation>该筛选条件没有限定任何范围；如要表示所有用户，请写 {&quot;all&quot;: true}。</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The selection changed since the preview: %1 user(s) match now, %2 were previewed. Nothing was changed; preview again.</source>
        <translation>自预览以来选择范围已变化：现在匹配 %1 个用户，预览时为 %2 个。未做任何更改；请重新预览。</translation>
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
    <name>pd::storage::RefundRepository</name>
    <message>
        <location filename="../models/storage/RefundRepository.cpp" line="+75"/>
        <source>The database gave no refund back. Nothing is known to have changed; refresh the list.</source>
        <translation>数据库没有返回退款。目前没有已知的更改；请刷新列表。</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>&quot;%1&quot; is not a refund id. Nothing was changed.</source>
        <translation>&quot;%1&quot; 不是退款 ID。未做任何更改。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PanelDesk is sending or settling this refund right now (here or on another computer). Nothing was changed; try again in a minute.</source>
        <translation>PanelDesk 正在（本机或其他计算机上）发送或对账此退款。未做任何更改；请一分钟后重试。</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Requested</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <location line="-188"/>
        <source>Awaiting approval</source>
        <translation>等待审批</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Requested</source>
        <comment>refund state</comment>
        <translation>已申请</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Processing</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown (to be settled)</source>
        <translation>未知（待对账）</translation>
    </message>
    <message>
        <location line="+176"/>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gateway</source>
        <translation>支付网关</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Last error</source>
        <translation>最近错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settled</source>
        <translation>完结时间</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Idempotency key</source>
        <translation>幂等键</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gateway refund id</source>
        <translation>网关退款号</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The payment or refund does not exist (%1). Nothing was changed; refresh the list.</source>
        <translation>该支付或退款不存在（%1）。未做任何更改；请刷新列表。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database refused the values, so nothing was changed: %1. Correct them and try again.</source>
        <translation>数据库拒绝了这些值，因此未做任何更改：%1。请更正后重试。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This payment cannot be refunded: %1. Only completed or partially refunded payments can. Nothing was changed.</source>
        <translation>此支付无法退款：%1。只有已完成或部分退款的支付才能退款。未做任何更改。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The gateway&apos;s refund window has passed: %1. Nothing was changed; refund the customer another way.</source>
        <translation>已超过网关的退款期限：%1。未做任何更改；请通过其他方式给客户退款。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No more partial refunds are allowed on this payment: %1. Nothing was changed.</source>
        <translation>此支付不允许再进行部分退款：%1。未做任何更改。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The refund is more than what is left to refund: %1. Refunds in progress count until they are settled. Nothing was changed; lower the amount.</source>
        <translation>退款金额超过剩余可退金额：%1。进行中的退款在完结前也计算在内。未做任何更改；请降低金额。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The refund&apos;s state does not allow this: %1. Nothing was changed; refresh to see its current state.</source>
        <translation>该退款的状态不允许此操作：%1。未做任何更改；请刷新以查看其当前状态。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A refund needs a second person&apos;s approval: %1. Nothing was changed; ask another finance colleague to approve it.</source>
        <translation>退款需要第二人审批：%1。未做任何更改；请让另一位财务同事审批。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only finance staff may request, approve or settle refunds: the database refused it and nothing was changed.</source>
        <translation>只有财务人员可以申请、审批或对账退款：数据库拒绝了此操作，未做任何更改。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database lacks what refunds need (%1), so nothing was changed. Have the owner run &quot;paneldeskctl migrate&quot;.</source>
        <translation>数据库缺少退款所需的对象（%1），因此未做任何更改。请让数据库所有者运行 &quot;paneldeskctl migrate&quot;。</translation>
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
    <name>pd::storage::TransactionRepository</name>
    <message>
        <location filename="../models/storage/TransactionRepository.cpp" line="+44"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gateway</source>
        <translation>支付网关</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid at</source>
        <translation>支付时间</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Days left to refund</source>
        <translation>剩余退款天数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refunds left</source>
        <translation>剩余退款次数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gateway trade number</source>
        <translation>网关交易号</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Currency</source>
        <translation>货币</translation>
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
        <location filename="../ui/compensation/CompensationDialog.cpp" line="+31"/>
        <source>no expiry</source>
        <translation>不过期</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+123"/>
        <source>Compensate users</source>
        <translation>补偿用户</translation>
    </message>
    <message>
        <location line="-121"/>
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
        <location line="+45"/>
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
        <location line="+20"/>
        <source>%1 of %2 users</source>
        <translation>%1 / %2 个用户</translation>
    </message>
    <message>
        <location line="+16"/>
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
    <name>pd::ui::GatewaySettingsDialog</name>
    <message>
        <location filename="../ui/payments/GatewaySettingsDialog.cpp" line="+28"/>
        <source>Gateway settings</source>
        <translation>网关设置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keys and secrets are kept only in this computer&apos;s keychain; the other settings in PanelDesk&apos;s settings file. Each computer that sends refunds needs its own set-up.</source>
        <translation>密钥仅保存在本机的系统钥匙串中；其他设置保存在 PanelDesk 的设置文件中。每台发送退款的计算机都需要单独配置。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Base URL:</source>
        <translation>基础 URL：</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Stored in the keychain; type to replace it.</source>
        <translation>已保存在系统钥匙串中；输入新值即可替换。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>App id:</source>
        <translation>应用 ID：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App private key:</source>
        <translation>应用私钥：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alipay public key:</source>
        <translation>支付宝公钥：</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>-----BEGIN PUBLIC KEY----- …</source>
        <translation>-----BEGIN PUBLIC KEY----- …</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Merchant id (mchid):</source>
        <translation>商户号（mchid）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merchant certificate serial:</source>
        <translation>商户证书序列号：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merchant API private key:</source>
        <translation>商户 API 私钥：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>APIv3 key:</source>
        <translation>APIv3 密钥：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The 32-character APIv3 key set in the WeChat Pay merchant platform. Without a public key id, PanelDesk uses it to download WeChat Pay&apos;s platform certificates, which WeChat Pay rotates.</source>
        <translation>在微信支付商户平台设置的 32 个字符的 APIv3 密钥。未填写公钥 ID 时，PanelDesk 用它下载微信支付平台证书（微信支付会定期轮换这些证书）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WeChat Pay public key id:</source>
        <translation>微信支付公钥 ID：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PUB_KEY_ID_…, or empty for platform certificates</source>
        <translation>PUB_KEY_ID_…；使用平台证书时留空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WeChat Pay public key:</source>
        <translation>微信支付公钥：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Secret key:</source>
        <translation>密钥：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client id:</source>
        <translation>客户端 ID：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client secret:</source>
        <translation>客户端密钥：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Extra CA certificate:</source>
        <translation>额外 CA 证书：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only for a sandbox with its own CA; TLS is always verified.</source>
        <translation>仅用于自带 CA 的沙箱；始终验证 TLS。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test order:</source>
        <translation>测试订单：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A payment id the test connection reads</source>
        <translation>测试连接时查询的支付 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An order number the test connection reads</source>
        <translation>测试连接时查询的订单号</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer timeout:</source>
        <translation>应答超时：</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Nothing was saved: %1</source>
        <translation>未保存任何内容：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 settings saved.</source>
        <translation>已保存 %1 设置。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Asking %1…</source>
        <translation>正在请求 %1…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The settings are complete. Enter a test order to query a payment.</source>
        <translation>设置完整。请输入测试订单以查询支付。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The connection works: a signed, verified payment query says %1 is %2.</source>
        <translation>连接正常：经签名和验证的支付查询显示 %1 为 %2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The test failed: %1 %2</source>
        <translation>测试失败：%1 %2</translation>
    </message>
</context>
<context>
    <name>pd::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+86"/>
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
        <location line="+776"/>
        <source>PanelDesk</source>
        <translation>PanelDesk</translation>
    </message>
    <message>
        <location line="-760"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1（Ctrl+%2）</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+325"/>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <location line="-268"/>
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
        <location line="+3"/>
        <source>Demo &amp;login</source>
        <translation>演示登录(&amp;L)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment &amp;gateways…</source>
        <translation>支付网关(&amp;G)…</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+56"/>
        <source>Next month&apos;s partitions are missing (%1): run &quot;paneldeskctl partitions ensure&quot; before the month starts.</source>
        <translation>下个月的分区缺失（%1）：请在月初之前运行 &quot;paneldeskctl partitions ensure&quot;。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Support logins cannot read the audit log. Ask an administrator if you need to know who changed something.</source>
        <translation>客服登录无法查看审计日志。如需了解是谁更改了什么，请询问管理员。</translation>
    </message>
    <message>
        <location line="+173"/>
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
        <location line="+60"/>
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
    <name>pd::ui::PaymentsPage</name>
    <message>
        <location filename="../ui/payments/PaymentsPage.cpp" line="+89"/>
        <source>Transactions</source>
        <translation>交易</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approval queue</source>
        <translation>审批队列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <translation>需关注</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Last settling: %1</source>
        <translation>上次对账：%1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Any gateway</source>
        <translation>任意网关</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partially refunded</source>
        <translation>部分退款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending</source>
        <translation>待支付</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Min amount</source>
        <translation>最小金额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max amount</source>
        <translation>最大金额</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User email or id</source>
        <translation>用户邮箱或 ID</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Select a payment to see it and its refunds.</source>
        <translation>选择一笔支付以查看其详情及退款。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Requested</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last error</source>
        <translation>最近错误</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The refunds&apos; history appears here.</source>
        <translation>退款的历史记录会显示在这里。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refund…</source>
        <translation>退款(&amp;R)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refund all or part of the selected payment.</source>
        <translation>对所选支付进行全额或部分退款。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Gateway settings…</source>
        <translation>网关设置(&amp;G)…</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Refunds above the approval threshold wait here for a second finance colleague. You cannot approve your own.</source>
        <translation>超过审批阈值的退款在此等待另一位财务同事审批。你不能审批自己申请的退款。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Approve and send</source>
        <translation>批准并发送(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;ject…</source>
        <translation>拒绝(&amp;J)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Approval &amp;threshold…</source>
        <translation>审批阈值(&amp;T)…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Refunds whose outcome is unknown or still processing, refunds not yet sent, and failed ones. PanelDesk settles the open ones with the gateways by itself; &quot;Settle now&quot; asks at once.</source>
        <translation>结果未知或仍在处理中的退款、尚未发送的退款以及失败的退款。PanelDesk 会自动与网关对账未完结的退款；“立即对账”会马上查询。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Settle now</source>
        <translation>立即对账(&amp;S)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Settle by &amp;hand…</source>
        <translation>手动确认结果(&amp;H)…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E&amp;xport the month as CSV…</source>
        <translation>将该月导出为 CSV(&amp;X)…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>A plain amount such as 99.00; ignored until corrected.</source>
        <translation>请输入普通金额，例如 99.00；更正前此项将被忽略。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Order %1 — %2 through %3</source>
        <translation>订单 %1 — %2，通过 %3 支付</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>User: %1</source>
        <translation>用户：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status: %1, paid %2</source>
        <translation>状态：%1，支付时间：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>never</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gateway id: %1</source>
        <translation>网关交易号：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refundable: %1</source>
        <translation>可退金额：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No refund window</source>
        <translation>无退款期限</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) left to refund</source>
        <translation>
            <numerusform>剩余 %n 天可退款</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n partial refund(s) left</source>
        <translation>
            <numerusform>剩余 %n 次部分退款</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1  %2 asked for refund %3 (%4)</source>
        <translation>%1  %2 申请了退款 %3（%4）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1  refund %2: %3 → %4 (%5)</source>
        <translation>%1  退款 %2：%3 → %4（%5）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1  refund %2 updated (%3)</source>
        <translation>%1  退款 %2 已更新（%3）</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+11"/>
        <source>Approve refund</source>
        <translation>批准退款</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Approve this refund and send it to the gateway now? Money leaves the merchant account.</source>
        <translation>批准此退款并立即发送到网关吗？资金将从商户账户转出。</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+11"/>
        <source>Reject refund</source>
        <translation>拒绝退款</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Why is this refund turned down?</source>
        <translation>为什么拒绝此退款？</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+9"/>
        <location line="+8"/>
        <location line="+14"/>
        <location line="+3"/>
        <source>Approval threshold</source>
        <translation>审批阈值</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Refunds above the threshold need a second finance person. Currency:</source>
        <translation>超过阈值的退款需要另一位财务人员审批。币种：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Threshold in %1:</source>
        <translation>%1 阈值：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing was changed: %1</source>
        <translation>未做任何更改：%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Refunds above %1 now need approval.</source>
        <translation>现在超过 %1 的退款需要审批。</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+8"/>
        <location line="+5"/>
        <location line="+7"/>
        <location line="+16"/>
        <location line="+11"/>
        <source>Settle by hand</source>
        <translation>手动确认结果</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Select a refund in the list first.</source>
        <translation>请先在列表中选择一笔退款。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Succeeded: the money reached the customer</source>
        <translation>成功：款项已到达客户账户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed: no money moved</source>
        <translation>失败：没有资金变动</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What does the gateway&apos;s own dashboard show for this refund?</source>
        <translation>网关自己的管理后台显示此退款的结果是什么？</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What you saw there (kept with the refund and in the audit log):</source>
        <translation>你在那里看到的情况（与退款一起保存，并记入审计日志）：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mark the refund as succeeded? This cannot be undone.</source>
        <translation>将此退款标记为成功吗？此操作无法撤销。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the refund as failed? Its amount can then be refunded again, so do this only when you saw that no money moved. This cannot be undone.</source>
        <translation>将此退款标记为失败吗？之后其金额可以再次退款，因此只有在确认没有资金变动时才这样做。此操作无法撤销。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>PanelDesk is sending or settling refunds right now. Nothing was changed; try again in a minute.</source>
        <translation>PanelDesk 正在发送或对账退款。未做任何更改；请一分钟后重试。</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+45"/>
        <location line="+2"/>
        <location line="+4"/>
        <source>Export refunds</source>
        <translation>导出退款</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exporting refunds…</source>
        <translation>正在导出退款…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消；未写入任何文件。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n refund(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 笔退款写入 %1。</numerusform>
        </translation>
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
    <name>pd::ui::RefundDialog</name>
    <message>
        <location filename="../ui/payments/RefundDialog.cpp" line="+42"/>
        <source>Loading the payment…</source>
        <translation>正在加载支付…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full (what is left)</source>
        <translation>全额退款（剩余全部）(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Partial</source>
        <translation>部分退款(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refund</source>
        <translation>退款(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As&amp;k the gateway now</source>
        <translation>立即查询网关(&amp;K)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refund a payment</source>
        <translation>支付退款</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 30.00</source>
        <translation>例如 30.00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer requested a refund</source>
        <translation>客户申请退款</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicate payment</source>
        <translation>重复支付</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service not delivered</source>
        <translation>服务未交付</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fraudulent payment</source>
        <translation>欺诈支付</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goodwill gesture</source>
        <translation>善意补偿</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;eason:</source>
        <translation>原因(&amp;E)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details (kept with the refund)</source>
        <translation>详情（与退款一起保存）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Details:</source>
        <translation>详情(&amp;D)：</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Asking the gateway how the refund stands, with its own key…</source>
        <translation>正在使用该退款自己的幂等键向网关查询退款状态…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The payment could not be read: %1</source>
        <translation>无法读取该支付：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Order %1 of %2: %3 through %4, %5.</source>
        <translation>%2 的订单 %1：%3，通过 %4 支付，状态：%5。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Refundable: %1 (refunds in progress count until settled).</source>
        <translation>可退金额：%1（进行中的退款在完结前计算在内）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The gateway sets no refund window.</source>
        <translation>网关未设置退款期限。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) left to refund (until %1).</source>
        <translation>
            <numerusform>剩余 %n 天可退款（截至 %1）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No limit on partial refunds.</source>
        <translation>部分退款次数不限。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n partial refund(s) left.</source>
        <translation>
            <numerusform>剩余 %n 次部分退款。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The amount must be more than zero.</source>
        <translation>金额必须大于零。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That is more than the %1 left to refund.</source>
        <translation>超过了剩余可退金额 %1。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund %1 to the customer? Money leaves the merchant account and this cannot be undone.</source>
        <translation>向客户退款 %1 吗？资金将从商户账户转出，且此操作无法撤销。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Asking the database for the refund…</source>
        <translation>正在向数据库提交退款申请…</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The refund is above the approval threshold and waits for a second finance colleague to approve it in the approval queue. Nothing was sent yet.</source>
        <translation>该退款超过审批阈值，正在审批队列中等待另一位财务同事审批。尚未发送任何请求。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approved; sending it to the gateway…</source>
        <translation>已批准；正在发送到网关…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitted to the gateway; waiting for its answer…</source>
        <translation>已提交到网关；正在等待应答…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The gateway accepted the refund and is processing it. PanelDesk asks again by itself until it is done.</source>
        <translation>网关已受理该退款，正在处理。PanelDesk 会自动再次查询，直到处理完成。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The refund succeeded.</source>
        <translation>退款成功。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The gateway refused the refund, so nothing was refunded and the amount is free again.</source>
        <translation>网关拒绝了该退款，因此没有退出任何款项，该金额已释放，可再次退款。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The gateway&apos;s answer was lost or could not be verified. The refund keeps its key and PanelDesk settles it with the gateway by itself, without ever refunding twice.</source>
        <translation>网关的应答丢失或无法验证。该退款保留其幂等键，PanelDesk 会自动与网关对账，绝不会重复退款。</translation>
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
        <location filename="../ui/tables/TableCatalog.cpp" line="+46"/>
        <location line="+167"/>
        <source>Unlimited</source>
        <translation>无限制</translation>
    </message>
    <message>
        <location line="-125"/>
        <location line="+108"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="-107"/>
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
        <location line="+105"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Plan</source>
        <translation>套餐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+99"/>
        <source>Search by user email…</source>
        <translation>按用户邮箱搜索…</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+25"/>
        <source>Search by order number…</source>
        <translation>按订单号搜索…</translation>
    </message>
    <message>
        <location line="-22"/>
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
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partially refunded</source>
        <translation>部分退款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location line="+32"/>
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
        <location filename="../ui/tables/TableDashboard.cpp" line="+192"/>
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
