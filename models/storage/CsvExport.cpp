#include "storage/CsvExport.h"

#include "storage/Database.h"
#include "storage/DbWorker.h"
#include "storage/LibpqHandle.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

namespace pd::storage {

namespace {

// This file's strings share one translation context, which lupdate reads from the macro.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pd::storage::CsvExport)
};

QString settingName(int index)
{
    return QStringLiteral("pd.export.p%1").arg(index);
}

} // namespace

QString CsvExport::selectForCopy(const TableQuery& query)
{
    QStringList columns;
    for (const Column& c : query.columns)
        columns << QStringLiteral("%1 AS %2").arg(c.sqlExpr, c.key);
    QString where = query.where;
    // Placeholders become session settings: text the server casts where the query says so.
    int index = 0;
    for (qsizetype at = where.indexOf(QLatin1Char('?')); at >= 0;
         at = where.indexOf(QLatin1Char('?'), at)) {
        const QString setting = QStringLiteral("current_setting('%1')").arg(settingName(index++));
        where.replace(at, 1, setting);
        at += setting.size();
    }
    return QStringLiteral("SELECT %1 FROM %2%3 ORDER BY %4 %5, %6 %5")
        .arg(columns.join(QLatin1String(", ")), query.from,
             where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where, query.sortExpr(),
             query.descending ? QStringLiteral("DESC") : QStringLiteral("ASC"), query.idExpr);
}

CsvExport::Result CsvExport::run(QSqlDatabase& db, const TableQuery& query, const QString& path,
                                 const std::function<void(qint64, qint64)>& progress,
                                 const std::atomic<bool>* cancel)
{
    Result result;
    const qint64 expected = KeysetPager::exactCount(db, query);
    {
        QSqlQuery set(db);
        for (int i = 0; i < query.params.size(); ++i) {
            set.prepare(QStringLiteral("SELECT set_config(?, ?, false)"));
            set.addBindValue(settingName(i));
            const QVariant& v = query.params.at(i);
            set.addBindValue(v.typeId() == QMetaType::QDateTime
                                 ? v.toDateTime().toUTC().toString(Qt::ISODateWithMs)
                                 : v.toString());
            if (!set.exec())
                throw JobError{Database::describe(set.lastError()), set.lastError()};
        }
    }
    PGconn* conn = libpqHandle(db);
    if (!conn)
        throw JobError{Tr::tr("Exporting needs a PostgreSQL connection. Nothing was written."), {}};

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw JobError{Tr::tr("%1 cannot be written: %2. Nothing was exported; choose another "
                              "folder.")
                           .arg(path, file.errorString()),
                       {}};
    const QByteArray sql = "COPY (" + selectForCopy(query).toUtf8() +
                           ") TO STDOUT WITH (FORMAT csv, HEADER, ENCODING 'UTF8')";
    PGresult* res = PQexec(conn, sql.constData());
    if (PQresultStatus(res) != PGRES_COPY_OUT) {
        const QString message = QString::fromUtf8(PQresultErrorMessage(res)).trimmed();
        PQclear(res);
        file.cancelWriting();
        throw JobError{Tr::tr("The export could not start: %1 Nothing was written.").arg(message),
                       {}};
    }
    PQclear(res);

    bool failed = false;
    bool cancelRequested = false;
    char* buffer = nullptr;
    int length = 0;
    qint64 lines = 0;
    while ((length = PQgetCopyData(conn, &buffer, 0)) > 0) {
        if (!failed && !cancelRequested) {
            if (file.write(buffer, length) != length)
                failed = true;
            ++lines;
            if (lines % 5000 == 0 && progress)
                progress(qMax<qint64>(0, lines - 1), expected);
            if (cancel && cancel->load()) {
                // Ask the server to stop; what is still on the way is read and dropped.
                cancelRequested = true;
                if (PGcancel* c = PQgetCancel(conn)) {
                    char error[256];
                    PQcancel(c, error, sizeof error);
                    PQfreeCancel(c);
                }
            }
        }
        PQfreemem(buffer);
    }
    QString serverError;
    while (PGresult* r = PQgetResult(conn)) {
        if (PQresultStatus(r) != PGRES_COMMAND_OK && !cancelRequested)
            serverError = QString::fromUtf8(PQresultErrorMessage(r)).trimmed();
        PQclear(r);
    }
    if (cancelRequested) {
        file.cancelWriting();
        result.cancelled = true;
        return result;
    }
    if (failed || length == -2 || !serverError.isEmpty()) {
        file.cancelWriting();
        throw JobError{Tr::tr("The export failed: %1 No file was left behind.")
                           .arg(serverError.isEmpty() ? file.errorString() : serverError),
                       {}};
    }
    if (!file.commit())
        throw JobError{Tr::tr("%1 could not be saved: %2. No file was left behind.")
                           .arg(path, file.errorString()),
                       {}};
    result.rows = qMax<qint64>(0, lines - 1); // the header line is not a row
    if (progress)
        progress(result.rows, expected);
    return result;
}

} // namespace pd::storage
