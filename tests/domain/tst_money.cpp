#include "domain/Money.h"

#include <QLocale>
#include <QTest>

using pd::domain::Money;

// Amounts typed by people and read from NUMERIC columns must come out exact, per currency.
class tst_Money : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<int>("error");
        using E = Money::ParseError;
        QTest::newRow("cny whole") << "99"
                                   << "CNY" << true << qint64(9900) << int(E::None);
        QTest::newRow("cny two decimals") << "99.00"
                                          << "CNY" << true << qint64(9900) << int(E::None);
        QTest::newRow("cny one decimal") << "0.5"
                                         << "CNY" << true << qint64(50) << int(E::None);
        QTest::newRow("cny spaces") << "  30.00 "
                                    << "CNY" << true << qint64(3000) << int(E::None);
        QTest::newRow("cny three decimals")
            << "0.001"
            << "CNY" << false << qint64(0) << int(E::TooManyDecimals);
        QTest::newRow("cny trailing zeros") << "12.3400"
                                            << "CNY" << true << qint64(1234) << int(E::None);
        QTest::newRow("exponent") << "1e3"
                                  << "CNY" << false << qint64(0) << int(E::Malformed);
        QTest::newRow("negative") << "-5"
                                  << "CNY" << false << qint64(0) << int(E::Negative);
        QTest::newRow("empty") << ""
                               << "CNY" << false << qint64(0) << int(E::Empty);
        QTest::newRow("comma") << "1,000.00"
                               << "USD" << false << qint64(0) << int(E::Malformed);
        QTest::newRow("lone dot") << "5."
                                  << "USD" << false << qint64(0) << int(E::Malformed);
        QTest::newRow("plus") << "+5"
                              << "USD" << false << qint64(0) << int(E::Malformed);
        QTest::newRow("overflow") << "10000000000000000"
                                  << "USD" << false << qint64(0) << int(E::Overflow);
        QTest::newRow("largest") << "999999999999999.99"
                                 << "USD" << true << qint64(99999999999999999) << int(E::None);
        QTest::newRow("jpy whole") << "1500"
                                   << "JPY" << true << qint64(1500) << int(E::None);
        QTest::newRow("jpy decimals") << "1500.5"
                                      << "JPY" << false << qint64(0) << int(E::TooManyDecimals);
        QTest::newRow("unknown currency") << "1"
                                          << "XYZ" << false << qint64(0) << int(E::UnknownCurrency);
        QTest::newRow("fullwidth digits") << "９９"
                                          << "CNY" << false << qint64(0) << int(E::Malformed);
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, currency);
        QFETCH(bool, ok);
        QFETCH(qint64, minor);
        QFETCH(int, error);
        Money::ParseError e = Money::ParseError::None;
        const auto m = Money::parse(text, currency, &e);
        QCOMPARE(m.has_value(), ok);
        QCOMPARE(int(e), error);
        if (ok) {
            QCOMPARE(m->minorUnits(), minor);
            QCOMPARE(m->currency(), currency);
        } else {
            QVERIFY(!Money::describe(e, currency).isEmpty());
        }
    }

    void decimalString()
    {
        QCOMPARE(Money(9900, QStringLiteral("CNY")).toDecimalString(), QStringLiteral("99.00"));
        QCOMPARE(Money(5, QStringLiteral("USD")).toDecimalString(), QStringLiteral("0.05"));
        QCOMPARE(Money(-3005, QStringLiteral("USD")).toDecimalString(), QStringLiteral("-30.05"));
        QCOMPARE(Money(1500, QStringLiteral("JPY")).toDecimalString(), QStringLiteral("1500"));
    }

    void fromNumericText()
    {
        // QPSQL with HighPrecision hands NUMERIC(18,4) over as text with four decimals.
        const auto m =
            Money::fromDecimalString(QStringLiteral("12345678901234.5600"), QStringLiteral("CNY"));
        QVERIFY(m);
        QCOMPARE(m->minorUnits(), qint64(1234567890123456));
        QCOMPARE(m->toDecimalString(), QStringLiteral("12345678901234.56"));
        QVERIFY(!Money::fromDecimalString(QStringLiteral("1.2345"), QStringLiteral("CNY")));
    }

    void display()
    {
        QCOMPARE(Money(123450, QStringLiteral("USD")).toDisplayString(),
                 QStringLiteral("$1,234.50"));
        QCOMPARE(Money(9900, QStringLiteral("CNY")).toDisplayString(), QStringLiteral("¥99.00"));
        QCOMPARE(Money(1500, QStringLiteral("JPY")).toDisplayString(), QStringLiteral("¥1,500"));
    }
};

QTEST_GUILESS_MAIN(tst_Money)
#include "tst_money.moc"
