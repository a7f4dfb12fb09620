#include "storage/TrafficIngest.h"

#include "storage/Database.h"
#include "storage/DbWorker.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace pd::storage {

namespace {

// This file's strings share one translation context, which lupdate reads from the macro.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pd::storage::TrafficIngest)
};

[[noreturn]] void refuse(const QString& message, const QSqlError& sqlError = {})
{
    throw JobError{message, sqlError};
}

} // namespace

int TrafficIngest::apply(QSqlDatabase& db, const QByteArray& reportJson)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(reportJson, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        refuse(Tr::tr("The report is not a JSON object (%1). Nothing of it was applied.")
                   .arg(parseError.error != QJsonParseError::NoError
                            ? parseError.errorString()
                            : Tr::tr("found another JSON value")));
    const QJsonObject report = doc.object();
    const QJsonValue node = report.value(QStringLiteral("node_id"));
    const double nodeNumber = node.toDouble(-1);
    if (!node.isDouble() || nodeNumber < 1 || nodeNumber > 2147483647.0 ||
        nodeNumber != double(qint64(nodeNumber)))
        refuse(Tr::tr("The report needs \"node_id\", a positive whole number. Nothing of it was "
                      "applied."));
    const QJsonValue data = report.value(QStringLiteral("data"));
    if (!data.isArray())
        refuse(Tr::tr("The report needs \"data\", a list of {\"user_id\", \"u\", \"d\"}. Nothing "
                      "of it was applied."));

    // The server reads the numbers from the report's own text (jsonb keeps them exact); the
    // parse above only gives clear words for a malformed shape.
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT ingest_traffic(?, (?::jsonb) -> 'data')"));
    q.addBindValue(int(nodeNumber));
    q.addBindValue(QString::fromUtf8(reportJson));
    if (!q.exec() || !q.next()) {
        const QSqlError error = q.lastError();
        const QString state = Database::sqlState(error);
        // ingest_traffic's own refusals (22023 bad input, 23503 unknown node or user) say
        // exactly what is wrong; other errors get the usual sentence.
        if (state == QLatin1String("22023") || state == QLatin1String("23503") ||
            state == QLatin1String("22P02"))
            refuse(Tr::tr("The report was refused: %1. Nothing of it was applied.")
                       .arg(error.databaseText()),
                   error);
        refuse(Database::describe(error), error);
    }
    return q.value(0).toInt();
}

} // namespace pd::storage
