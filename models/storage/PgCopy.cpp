#include "storage/PgCopy.h"
#include "storage/LibpqHandle.h"

#include "storage/DbWorker.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <libpq-fe.h>

namespace pd::storage {

namespace {

constexpr qsizetype ChunkBytes = 1 << 20;

// This file's strings share one translation context, which lupdate reads from the macro.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pd::storage::PgCopy)
};

QByteArray quoteIdentifier(const QSqlDriver* driver, const QString& name,
                           QSqlDriver::IdentifierType type)
{
    return driver->escapeIdentifier(name, type).toUtf8();
}

QString connectionMessage(PGconn* conn)
{
    return QString::fromUtf8(PQerrorMessage(conn)).trimmed();
}

} // namespace

PgCopy::PgCopy(QString table, QStringList columns)
    : m_table(std::move(table)), m_columns(std::move(columns))
{}

PgCopy::~PgCopy()
{
    if (m_conn) {
        auto* conn = static_cast<PGconn*>(m_conn);
        // Ending with an error message makes the server abort the COPY; the surrounding
        // transaction is then failed and the caller rolls it back.
        PQputCopyEnd(conn, "COPY abandoned by the client");
        while (PGresult* res = PQgetResult(conn))
            PQclear(res);
    }
}

void PgCopy::separate()
{
    if (m_rowStarted)
        m_buffer.append('\t');
    m_rowStarted = true;
}

void PgCopy::appendEscaped(QByteArray& out, const char* data, qsizetype size)
{
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        switch (c) {
        case '\\':
            out.append("\\\\", 2);
            break;
        case '\t':
            out.append("\\t", 2);
            break;
        case '\n':
            out.append("\\n", 2);
            break;
        case '\r':
            out.append("\\r", 2);
            break;
        case '\b':
            out.append("\\b", 2);
            break;
        case '\f':
            out.append("\\f", 2);
            break;
        case '\v':
            out.append("\\v", 2);
            break;
        default:
            out.append(c);
        }
    }
}

PgCopy& PgCopy::text(const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    return text(utf8.constData(), utf8.size());
}

PgCopy& PgCopy::text(const char* utf8, qsizetype size)
{
    separate();
    appendEscaped(m_buffer, utf8, size);
    return *this;
}

PgCopy& PgCopy::number(qint64 value)
{
    separate();
    char digits[24];
    int n = 0;
    quint64 v = value < 0 ? quint64(0) - quint64(value) : quint64(value);
    do {
        digits[n++] = char('0' + v % 10);
        v /= 10;
    } while (v);
    if (value < 0)
        m_buffer.append('-');
    while (n)
        m_buffer.append(digits[--n]);
    return *this;
}

PgCopy& PgCopy::boolean(bool value)
{
    separate();
    m_buffer.append(value ? 't' : 'f');
    return *this;
}

PgCopy& PgCopy::null()
{
    separate();
    m_buffer.append("\\N", 2);
    return *this;
}

PgCopy& PgCopy::raw(const char* data, qsizetype size)
{
    separate();
    m_buffer.append(data, size);
    return *this;
}

void PgCopy::endRow()
{
    m_buffer.append('\n');
    m_rowStarted = false;
    ++m_rows;
    if (m_conn && m_buffer.size() >= ChunkBytes)
        flush(false);
}

void PgCopy::fail(const QString& what, const QString& detail)
{
    if (m_conn) {
        auto* conn = static_cast<PGconn*>(m_conn);
        m_conn = nullptr;
        PQputCopyEnd(conn, "client error");
        while (PGresult* res = PQgetResult(conn))
            PQclear(res);
    }
    JobError error;
    error.message = what + QLatin1Char(' ') + detail;
    throw error;
}

void PgCopy::begin(QSqlDatabase& db)
{
    if (m_conn)
        return;
    PGconn* conn = libpqHandle(db);
    if (!conn)
        fail(Tr::tr("Bulk loading into %1 needs a PostgreSQL (QPSQL) connection.").arg(m_table),
             Tr::tr("Nothing was loaded; connect to PostgreSQL and try again."));
    if (PQstatus(conn) != CONNECTION_OK)
        fail(Tr::tr("Bulk loading into %1 failed because the connection is closed.").arg(m_table),
             Tr::tr("Nothing was loaded; reconnect and try again."));

    QByteArray sql = "COPY " + quoteIdentifier(db.driver(), m_table, QSqlDriver::TableName) + " (";
    for (int i = 0; i < m_columns.size(); ++i) {
        if (i)
            sql += ", ";
        sql += quoteIdentifier(db.driver(), m_columns.at(i), QSqlDriver::FieldName);
    }
    sql += ") FROM STDIN";
    PGresult* res = PQexec(conn, sql.constData());
    const bool started = PQresultStatus(res) == PGRES_COPY_IN;
    const QString message = QString::fromUtf8(PQresultErrorMessage(res)).trimmed();
    PQclear(res);
    if (!started) {
        while (PGresult* extra = PQgetResult(conn))
            PQclear(extra);
        fail(Tr::tr("The server refused to bulk load into %1: %2").arg(m_table, message),
             Tr::tr("Nothing was loaded into it."));
    }
    m_conn = conn;
}

void PgCopy::flush(bool all)
{
    auto* conn = static_cast<PGconn*>(m_conn);
    qsizetype offset = 0;
    while (m_buffer.size() - offset >= (all ? 1 : ChunkBytes)) {
        const qsizetype size = qMin<qsizetype>(ChunkBytes, m_buffer.size() - offset);
        if (PQputCopyData(conn, m_buffer.constData() + offset, int(size)) != 1)
            fail(Tr::tr("Sending rows for %1 to the server failed: %2")
                     .arg(m_table, connectionMessage(conn)),
                 Tr::tr("The load was stopped and nothing of it was kept."));
        offset += size;
        m_sentBytes += size;
        if (m_sentCallback)
            m_sentCallback(m_sentBytes, m_totalBytes);
    }
    m_buffer.remove(0, offset);
}

qint64 PgCopy::finish()
{
    if (!m_conn)
        return 0;
    if (m_rowStarted)
        endRow();
    flush(true);
    auto* conn = static_cast<PGconn*>(m_conn);
    if (PQputCopyEnd(conn, nullptr) != 1)
        fail(Tr::tr("Finishing the bulk load into %1 failed: %2")
                 .arg(m_table, connectionMessage(conn)),
             Tr::tr("The load was stopped and nothing of it was kept."));
    m_conn = nullptr;
    qint64 stored = -1;
    QString error;
    while (PGresult* res = PQgetResult(conn)) {
        if (PQresultStatus(res) == PGRES_COMMAND_OK) {
            stored = QByteArray(PQcmdTuples(res)).toLongLong();
        } else if (error.isEmpty()) {
            error = QString::fromUtf8(PQresultErrorMessage(res)).trimmed();
        }
        PQclear(res);
    }
    if (!error.isEmpty() || stored < 0) {
        JobError e;
        e.message =
            Tr::tr("The server refused the rows loaded into %1: %2 The load was stopped and "
                   "nothing of it was kept.")
                .arg(m_table, error.isEmpty() ? Tr::tr("no result.") : error);
        throw e;
    }
    return stored;
}

qint64 PgCopy::send(QSqlDatabase& db, const std::function<void(qint64, qint64)>& sent)
{
    m_sentCallback = sent;
    m_sentBytes = 0;
    m_totalBytes = m_buffer.size();
    begin(db);
    const qint64 stored = finish();
    m_sentCallback = nullptr;
    m_buffer = QByteArray();
    return stored;
}

} // namespace pd::storage
