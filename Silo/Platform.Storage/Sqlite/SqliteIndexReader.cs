using Platform.Runtime.Indexing;
using Platform.Storage.Indexing;

namespace Platform.Storage.Sqlite;

/// <summary>Index queries on SQLite reader connections.</summary>
internal sealed class SqliteIndexReader(SqliteConnectionPool pool, IndexCatalog catalog, IndexSqlBuilder builder) : IIndexReader
{
    public Task<IndexPage> QueryAsync(IndexQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        cancellationToken.ThrowIfCancellationRequested();
        var table = catalog.Get(query.Table);
        var sql = builder.Select(table, query, out var order);
        var rows = pool.Read(connection =>
        {
            // Cached per connection by SQL text (bounded LRU): a list page re-runs the same shape with new values.
            using var statement = SqliteDialect.Bind(connection.Prepare(sql.Sql), sql.Arguments);
            using var columns = statement.RowColumns();
            using var reader = new SqliteRowReader(table, Math.Min(query.Limit + 1, 256));
            while (statement.Step())
            {
                reader.Add(columns);
            }

            return reader.Rows();
        });
        return Task.FromResult(IndexPages.Create(rows, query, table, order));
    }

    public Task<long> CountAsync(string table, IReadOnlyList<IndexFilter> filters, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filters);
        cancellationToken.ThrowIfCancellationRequested();
        var sql = builder.Count(catalog.Get(table), filters);
        return Task.FromResult(pool.Read(connection =>
        {
            using var statement = SqliteDialect.Bind(connection.Prepare(sql.Sql), sql.Arguments);
            statement.Step();
            return statement.GetInt64(0);
        }));
    }

    public Task<IndexRow?> GetAsync(string table, string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        cancellationToken.ThrowIfCancellationRequested();
        var declared = catalog.Get(table);
        var sql = builder.Get(declared, key);
        return Task.FromResult(pool.Read(connection =>
        {
            using var statement = SqliteDialect.Bind(connection.Prepare(sql.Sql), sql.Arguments);
            using var columns = statement.RowColumns();
            if (!statement.Step())
            {
                return null;
            }

            using var reader = new SqliteRowReader(declared);
            reader.Add(columns);
            return reader.Rows()[0];
        }));
    }

    public Task<IndexStatistics> StatisticsAsync(string table, IReadOnlyList<IndexFilter> filters, string column, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filters);
        cancellationToken.ThrowIfCancellationRequested();
        var sql = builder.Statistics(catalog.Get(table), filters, column);
        return Task.FromResult(pool.Read(connection =>
        {
            using var statement = SqliteDialect.Bind(connection.Prepare(sql.Sql), sql.Arguments);
            statement.Step();
            double? Real(int i) => statement.IsNull(i) ? null : statement.GetDouble(i);
            return new IndexStatistics(statement.GetInt64(0), Real(1), Real(2), Real(3));
        }));
    }

    public Task<IReadOnlyList<long>> HistogramAsync(string table, IReadOnlyList<IndexFilter> filters, string column, double min, double max, int bins, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filters);
        cancellationToken.ThrowIfCancellationRequested();
        var sql = builder.Histogram(catalog.Get(table), filters, column, min, max, bins);
        return Task.FromResult(IndexAggregates.Histogram(pool.Read(connection =>
        {
            using var statement = SqliteDialect.Bind(connection.Prepare(sql.Sql), sql.Arguments);
            var rows = new List<(long, long)>();
            while (statement.Step())
            {
                rows.Add((statement.GetInt64(0), statement.GetInt64(1)));
            }

            return rows;
        }), bins));
    }

    public Task<IReadOnlyList<IndexSeriesPoint>> SeriesAsync(string table, IReadOnlyList<IndexFilter> filters, string timeColumn, string valueColumn, TimeSpan bucket, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filters);
        cancellationToken.ThrowIfCancellationRequested();
        var sql = builder.Series(catalog.Get(table), filters, timeColumn, valueColumn, bucket);
        return Task.FromResult<IReadOnlyList<IndexSeriesPoint>>(pool.Read(connection =>
        {
            using var statement = SqliteDialect.Bind(connection.Prepare(sql.Sql), sql.Arguments);
            var points = new List<IndexSeriesPoint>();
            while (statement.Step())
            {
                points.Add(IndexAggregates.SeriesPoint(statement.GetInt64(0), statement.GetInt64(1), statement.IsNull(2) ? null : statement.GetDouble(2), bucket));
            }

            return points;
        }));
    }
}
