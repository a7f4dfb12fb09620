// PgCopy: values with the COPY text format's special characters arrive unchanged, NULL stays
// NULL, streamed rows all land, and a refused row ends with a JobError and an intact session.

#include "storage/DbWorker.h"
#include "storage/PgCopy.h"
#include "support/TestDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>
#include <memory>

using pd::storage::PgCopy;

class TestPgCopy : public QObject
{
    Q_OBJECT

    std::unique_ptr<pd::test::TestDatabase> m_database;
    QSqlDatabase m_db;

private Q_SLOTS:
    void initTestCase()
    {
        m_database = std::make_unique<pd::test::TestDatabase>(QStringLiteral("pgcopy"), false);
        QVERIFY2(m_database->ok(), qPrintable(m_database->error()));
        m_db = m_database->open(QStringLiteral("pgcopy"));
        QVERIFY(m_db.isOpen());
        QCOMPARE(m_database->exec(QStringLiteral("CREATE TABLE t (id bigint PRIMARY KEY, label "
                                                 "text, note text CHECK (note <> 'bad'))")),
                 QString());
    }

    void specialCharactersRoundTrip()
    {
        const QStringList values{QStringLiteral("tab\there"), QStringLiteral("line\nbreak\r\n"),
                                 QStringLiteral("back\\slash \\N"), QStringLiteral("张伟 Müller"),
                                 QString()};
        PgCopy copy(QStringLiteral("t"),
                    {QStringLiteral("id"), QStringLiteral("label"), QStringLiteral("note")});
        for (int i = 0; i < values.size(); ++i) {
            copy.number(i + 1).text(values.at(i));
            if (i == 2)
                copy.null();
            else
                copy.text(QStringLiteral("n"));
            copy.endRow();
        }
        QCOMPARE(copy.send(m_db), qint64(values.size()));
        QSqlQuery q(m_db);
        QVERIFY(q.exec(QStringLiteral("SELECT id, label, note IS NULL FROM t ORDER BY id")));
        int i = 0;
        while (q.next()) {
            QCOMPARE(q.value(1).toString(), values.at(i));
            QCOMPARE(q.value(2).toBool(), i == 2);
            ++i;
        }
        QCOMPARE(i, int(values.size()));
        QCOMPARE(m_database->exec(QStringLiteral("TRUNCATE t")), QString());
    }

    void streamsManyRowsInOneTransaction()
    {
        QVERIFY(m_db.transaction());
        PgCopy copy(QStringLiteral("t"), {QStringLiteral("id"), QStringLiteral("label")});
        copy.begin(m_db);
        const QString label = QString(200, QLatin1Char('x'));
        for (int i = 0; i < 20000; ++i) // about 4 MiB: several chunks
            copy.number(i).text(label).endRow();
        QCOMPARE(copy.finish(), qint64(20000));
        QVERIFY(m_db.rollback());
        QSqlQuery q(m_db);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM t")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), qint64(0)); // the rollback undid the COPY
    }

    void refusedRowThrowsAndKeepsTheSession()
    {
        PgCopy copy(QStringLiteral("t"), {QStringLiteral("id"), QStringLiteral("note")});
        copy.number(1).text(QStringLiteral("good")).endRow();
        copy.number(2).text(QStringLiteral("bad")).endRow();
        bool thrown = false;
        try {
            copy.send(m_db);
        } catch (const pd::storage::JobError& error) {
            thrown = error.message.contains(QLatin1String("t"));
        }
        QVERIFY(thrown);
        QSqlQuery q(m_db);
        QVERIFY2(q.exec(QStringLiteral("SELECT count(*) FROM t")) && q.next(),
                 qPrintable(q.lastError().text()));
        QCOMPARE(q.value(0).toLongLong(), qint64(0));
    }

    void unknownTableThrows()
    {
        PgCopy copy(QStringLiteral("no_such_table"), {QStringLiteral("id")});
        copy.number(1).endRow();
        QVERIFY_THROWS_EXCEPTION(pd::storage::JobError, copy.send(m_db));
        QSqlQuery q(m_db);
        QVERIFY(q.exec(QStringLiteral("SELECT 1")));
    }
};

QTEST_GUILESS_MAIN(TestPgCopy)
#include "tst_pgcopy.moc"
