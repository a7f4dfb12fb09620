#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <functional>

namespace pd::storage {

// Bulk-loads rows into one table with COPY ... FROM STDIN (text format) on the libpq
// connection behind a QPSQL QSqlDatabase, so the rows land in the same session and the same
// transaction as the queries around them. Rows are built in memory, escaped for the COPY text
// format, and sent in chunks of about 1 MiB: either all at once with send(), or streamed while
// they are produced between begin() and finish(). Errors throw storage::JobError.
class PgCopy
{
public:
    // `table` and `columns` come from code, never from input; they are quoted as identifiers.
    PgCopy(QString table, QStringList columns);
    ~PgCopy(); // ends a COPY still in progress with an error, so the session stays usable
    PgCopy(const PgCopy&) = delete;
    PgCopy& operator=(const PgCopy&) = delete;

    // Fields of the current row, in column order.
    PgCopy& text(const QString& value);
    PgCopy& text(const char* utf8, qsizetype size);
    PgCopy& utf8(const QByteArray& value) { return text(value.constData(), value.size()); }
    PgCopy& number(qint64 value);
    PgCopy& boolean(bool value);
    PgCopy& null();
    // Appends bytes that need no escaping (digits, timestamps, uuids): the fast path.
    PgCopy& raw(const char* data, qsizetype size);
    PgCopy& raw(const QByteArray& value) { return raw(value.constData(), value.size()); }
    void endRow();

    qint64 rows() const { return m_rows; }
    qsizetype bufferedBytes() const { return m_buffer.size(); }
    const QString& table() const { return m_table; }

    // Starts streaming: rows are sent whenever about 1 MiB is buffered.
    void begin(QSqlDatabase& db);
    // Sends what is left and ends the COPY; returns the rows the server stored.
    qint64 finish();
    // begin() + finish() for rows that were all buffered first. `sent` reports bytes sent.
    qint64 send(QSqlDatabase& db, const std::function<void(qint64 sent, qint64 total)>& sent = {});

    // The COPY text-format escaping of one value (\\, \t, \n, \r and other control bytes).
    static void appendEscaped(QByteArray& out, const char* data, qsizetype size);

private:
    void separate();
    void flush(bool all);
    [[noreturn]] void fail(const QString& what, const QString& detail);

    QString m_table;
    QStringList m_columns;
    QByteArray m_buffer;
    qint64 m_rows = 0;
    bool m_rowStarted = false;
    void* m_conn = nullptr; // PGconn* while a COPY is in progress
    std::function<void(qint64, qint64)> m_sentCallback;
    qint64 m_sentBytes = 0;
    qint64 m_totalBytes = 0;
};

} // namespace pd::storage
