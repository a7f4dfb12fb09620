#include "domain/ByteSize.h"

#include <QLocale>
#include <QTest>

namespace bytes = pd::domain::bytes;

// Traffic shown to people in binary units, 1 GB = 1024³ bytes, and typed back exactly.
class tst_ByteSize : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void format_data()
    {
        QTest::addColumn<qint64>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << "0 B";
        QTest::newRow("bytes") << qint64(1023) << "1023 B";
        QTest::newRow("one KiB") << qint64(1024) << "1.00 KiB";
        QTest::newRow("one and a half KiB") << qint64(1536) << "1.50 KiB";
        QTest::newRow("200 GiB") << 200 * bytes::GiB << "200.00 GiB";
        QTest::newRow("just under 1 GiB") << bytes::GiB - 1 << "1,023.99 MiB";
        QTest::newRow("12.3 GiB") << qint64(12595) * bytes::MiB << "12.29 GiB";
        QTest::newRow("1 PiB") << bytes::MaxQuota << "1.00 PiB";
    }
    void format()
    {
        QFETCH(qint64, value);
        QFETCH(QString, text);
        QCOMPARE(bytes::format(value), text);
    }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("value");
        QTest::addColumn<bool>("ok");
        QTest::newRow("bare is GiB") << "200" << 200 * bytes::GiB << true;
        QTest::newRow("GiB") << "200 GiB" << 200 * bytes::GiB << true;
        QTest::newRow("GB is GiB") << "10 GB" << 10 * bytes::GiB << true;
        QTest::newRow("TiB fraction") << "1.5 TiB" << bytes::TiB + bytes::TiB / 2 << true;
        QTest::newRow("MiB no space") << "512MiB" << 512 * bytes::MiB << true;
        QTest::newRow("bytes") << "100 B" << qint64(100) << true;
        QTest::newRow("negative") << "-5 GiB" << qint64(0) << false;
        QTest::newRow("words") << "lots" << qint64(0) << false;
        QTest::newRow("unknown unit") << "5 XB" << qint64(0) << false;
        QTest::newRow("absurd") << "99999999999999 PiB" << qint64(0) << false;
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(qint64, value);
        QFETCH(bool, ok);
        const auto v = bytes::parse(text);
        QCOMPARE(v.has_value(), ok);
        if (ok)
            QCOMPARE(*v, value);
    }
};

QTEST_GUILESS_MAIN(tst_ByteSize)
#include "tst_bytesize.moc"
