using Npgsql;
using Platform.Runtime.Indexing;
using Platform.Storage.Indexing;

namespace Platform.Storage.Postgres;

/// <summary>Index queries on PostgreSQL.</summary>
internal sealed class PostgresIndexReader(NpgsqlDataSource dataSource, IndexCatalog catalog, IndexSqlBuilder builder) : IIndexReader
{
    public async Task<IndexPage> QueryAsync(IndexQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var table = catalog.Get(query.Table);
        var sql = builder.Select(table, query, out var order);
        var rows = new List<IndexRow>();
        await using (var command = Command(sql))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add(PostgresDialect.ReadRow(reader, table));
            }
        }

        return IndexPages.Create(rows, query, table, order);
    }

    public async Task<long> CountAsync(string table, IReadOnlyList<IndexFilter> filters, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filters);
        await using var command = Command(builder.Count(catalog.Get(table), filters));
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    public async Task<IndexRow?> GetAsync(string table, string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        var declared = catalog.Get(table);
        await using var command = Command(builder.Get(declared, key));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? PostgresDialect.ReadRow(reader, declared) : null;
    }

    public async Task<IndexStatistics> StatisticsAsync(string table, IReadOnlyList<IndexFilter> filters, string column, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filters);
        await using var command = Command(builder.Statistics(catalog.Get(table), filters, column));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        double? Real(int i) => reader.IsDBNull(i) ? null : Convert.ToDouble(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
        return new IndexStatistics(reader.GetInt64(0), Real(1), Real(2), Real(3));
    }

    public async Task<IReadOnlyList<long>> HistogramAsync(string table, IReadOnlyList<IndexFilter> filters, string column, double min, double max, int bins, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filters);
        await using var command = Command(builder.Histogram(catalog.Get(table), filters, column, min, max, bins));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<(long, long)>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add((Convert.ToInt64(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture), reader.GetInt64(1)));
        }

        return IndexAggregates.Histogram(rows, bins);
    }

    public async Task<IReadOnlyList<IndexSeriesPoint>> SeriesAsync(string table, IReadOnlyList<IndexFilter> filters, string timeColumn, string valueColumn, TimeSpan bucket, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filters);
        await using var command = Command(builder.Series(catalog.Get(table), filters, timeColumn, valueColumn, bucket));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var points = new List<IndexSeriesPoint>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var mean = reader.IsDBNull(2) ? (double?)null : Convert.ToDouble(reader.GetValue(2), System.Globalization.CultureInfo.InvariantCulture);
            points.Add(IndexAggregates.SeriesPoint(reader.GetInt64(0), reader.GetInt64(1), mean, bucket));
        }

        return points;
    }

    private NpgsqlCommand Command(SqlText sql)
    {
        var command = dataSource.CreateCommand(sql.Sql);
        PostgresDialect.AddParameters(command.Parameters, sql.Arguments);
        return command;
    }
}
