#pragma once

#include "storage/TableQuery.h"

#include <QSqlDatabase>
#include <QString>
#include <atomic>
#include <functional>

namespace pd::storage {

// Streams the rows of a filtered table query to a CSV file with COPY … TO STDOUT: the server
// formats, nothing is held in memory, and millions of rows go as fast as the disk takes them.
// The file appears only when the export is complete (QSaveFile): a failure or a cancel leaves
// no partial file, and an existing file of that name is kept until then.
class CsvExport
{
public:
    struct Result
    {
        qint64 rows = 0;
        bool cancelled = false;
    };
    // progress(rowsWritten, rowsExpected) is called from this thread now and then. Throws
    // JobError with a sentence when the export fails.
    static Result run(QSqlDatabase& db, const TableQuery& query, const QString& path,
                      const std::function<void(qint64, qint64)>& progress,
                      const std::atomic<bool>* cancel);

    // The query's SELECT with each ? turned into current_setting('pd.export.N'), for COPY, which
    // takes no bound parameters; the values themselves are bound to set_config first.
    static QString selectForCopy(const TableQuery& query);
};

} // namespace pd::storage
