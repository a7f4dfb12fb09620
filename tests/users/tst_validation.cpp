#include "domain/ByteSize.h"
#include "domain/Validation.h"

#include <QTest>

using pd::domain::FixedClock;
using pd::domain::Validation;
namespace bytes = pd::domain::bytes;

// The checks people meet in the edit dialog before anything reaches the database.
class TestValidation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void email_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << QStringLiteral("alice@example.com") << true;
        QTest::newRow("subdomain and plus") << QStringLiteral("a.b+tag@mail.example.co.uk") << true;
        QTest::newRow("unicode") << QStringLiteral("张伟@例子.中国") << true;
        QTest::newRow("surrounding spaces are trimmed")
            << QStringLiteral("  bob@example.com ") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("spaces only") << QStringLiteral("   ") << false;
        QTest::newRow("no at") << QStringLiteral("alice.example.com") << false;
        QTest::newRow("two ats") << QStringLiteral("a@b@example.com") << false;
        QTest::newRow("no dot in domain") << QStringLiteral("alice@localhost") << false;
        QTest::newRow("space inside") << QStringLiteral("ali ce@example.com") << false;
        QTest::newRow("tab inside") << QStringLiteral("ali\tce@example.com") << false;
        QTest::newRow("nothing before at") << QStringLiteral("@example.com") << false;
        QTest::newRow("ends with dot") << QStringLiteral("alice@example.") << false;
        QTest::newRow("255 characters")
            << QString(QStringLiteral("a").repeated(243) + QStringLiteral("@example.com")) << false;
        QTest::newRow("254 characters")
            << QString(QStringLiteral("a").repeated(242) + QStringLiteral("@example.com")) << true;
    }
    void email()
    {
        QFETCH(QString, email);
        QFETCH(bool, valid);
        const QString message = Validation::validateEmail(email);
        QCOMPARE(message.isEmpty(), valid);
        if (!valid)
            QVERIFY(message.endsWith(QLatin1Char('.'))); // a sentence, not a code
    }

    void username_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<bool>("valid");
        QTest::newRow("ascii") << QStringLiteral("alice") << true;
        QTest::newRow("chinese") << QStringLiteral("张伟") << true;
        QTest::newRow("emoji") << QStringLiteral("🚀 rocket") << true;
        QTest::newRow("one character") << QStringLiteral("x") << true;
        QTest::newRow("64 characters") << QStringLiteral("u").repeated(64) << true;
        QTest::newRow("64 characters with spaces around")
            << QString(QStringLiteral("  ") + QStringLiteral("u").repeated(64) +
                       QStringLiteral(" "))
            << true;
        // 64 emoji are 128 UTF-16 units but 64 characters, as PostgreSQL's length() counts.
        QTest::newRow("64 emoji") << QStringLiteral("😀").repeated(64) << true;
        QTest::newRow("65 emoji") << QStringLiteral("😀").repeated(65) << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("spaces only") << QStringLiteral("    ") << false;
        QTest::newRow("65 characters") << QStringLiteral("u").repeated(65) << false;
    }
    void username()
    {
        QFETCH(QString, username);
        QFETCH(bool, valid);
        QCOMPARE(Validation::validateUsername(username).isEmpty(), valid);
    }

    void trafficQuota_data()
    {
        QTest::addColumn<qint64>("quota");
        QTest::addColumn<bool>("valid");
        QTest::newRow("zero") << qint64(0) << true;
        QTest::newRow("200 GiB") << 200 * bytes::GiB << true;
        QTest::newRow("exactly 1 PiB") << bytes::MaxQuota << true;
        QTest::newRow("negative") << qint64(-1) << false;
        QTest::newRow("1 PiB and a byte") << bytes::MaxQuota + 1 << false;
        QTest::newRow("2 PiB") << 2 * bytes::MaxQuota << false;
    }
    void trafficQuota()
    {
        QFETCH(qint64, quota);
        QFETCH(bool, valid);
        QCOMPARE(Validation::validateTrafficQuota(quota).isEmpty(), valid);
    }

    void levelExpiry()
    {
        const QDateTime now(QDate(2030, 6, 1), QTime(12, 0), Qt::UTC);
        const FixedClock clock(now);
        QVERIFY(Validation::validateLevelExpiry(QDateTime(), clock).isEmpty()); // none
        QVERIFY(Validation::validateLevelExpiry(now.addDays(30), clock).isEmpty());
        QVERIFY(!Validation::validateLevelExpiry(now.addSecs(-1), clock).isEmpty());
        QVERIFY(!Validation::validateLevelExpiry(now.addYears(-3), clock).isEmpty());
        // The same instant written in another time zone is still in the past.
        const QDateTime pastElsewhere = now.addSecs(-60).toOffsetFromUtc(8 * 3600);
        QVERIFY(!Validation::validateLevelExpiry(pastElsewhere, clock).isEmpty());
        // The system clock is what the product uses: yesterday is refused, next year is fine.
        QVERIFY(!Validation::validateLevelExpiry(QDateTime::currentDateTimeUtc().addDays(-1))
                     .isEmpty());
        QVERIFY(
            Validation::validateLevelExpiry(QDateTime::currentDateTimeUtc().addYears(1)).isEmpty());
    }

    void nodeGroupAndLevel()
    {
        QVERIFY(Validation::validateNodeGroup(0).isEmpty());
        QVERIFY(Validation::validateNodeGroup(9999).isEmpty());
        QVERIFY(!Validation::validateNodeGroup(-1).isEmpty());
        QVERIFY(!Validation::validateNodeGroup(10000).isEmpty());
        QVERIFY(Validation::validateLevel(99).isEmpty());
        QVERIFY(!Validation::validateLevel(100).isEmpty());
        QVERIFY(!Validation::validateLevel(-1).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
