using Platform.Runtime.Indexing;
using Platform.Storage.Indexing;
using Platform.Storage.Postgres;
using Platform.Storage.Sqlite;

namespace Platform.Storage.Tests.Indexing;

/// <summary>The shared SQL builder: values only ever travel as parameters, and each dialect gets its own placeholders.</summary>
public sealed class IndexSqlBuilderTests
{
    private static readonly IndexTable _table = IndexDataset.Table("sessions");

    [Fact]
    public void Filter_values_are_parameters_and_never_part_of_the_sql_text()
    {
        const string hostile = "x'); DROP TABLE grain_state; --";
        var query = new IndexQuery("sessions")
        {
            Filters = [new("name", IndexOperator.Equal, hostile), new("name", IndexOperator.StartsWith, hostile), new("name", IndexOperator.In, new object?[] { hostile })],
        };

        foreach (ISqlDialect dialect in new ISqlDialect[] { SqliteDialect.Instance, PostgresDialect.Instance })
        {
            var sql = new IndexSqlBuilder(dialect).Select(_table, query, out _);

            Assert.DoesNotContain(hostile, sql.Sql, StringComparison.Ordinal);
            Assert.Equal(3, sql.Arguments.Count(a => (string?)a.Value == hostile));
        }
    }

    [Fact]
    public void Placeholders_follow_each_dialect()
    {
        var query = new IndexQuery("sessions") { Filters = [new("shots", IndexOperator.GreaterThan, 2L), new("active", IndexOperator.Equal, true)] };

        var sqlite = new IndexSqlBuilder(SqliteDialect.Instance).Select(_table, query, out _).Sql;
        var postgres = new IndexSqlBuilder(PostgresDialect.Instance).Select(_table, query, out _).Sql;

        // Neither column leads an index, so on SQLite each is marked filter-only (unary +) and can never steer the plan.
        Assert.Contains("+\"shots\" > ?1 AND +\"active\" = ?2", sqlite, StringComparison.Ordinal);
        Assert.Contains("\"shots\" > $1 AND \"active\" = $2", postgres, StringComparison.Ordinal);
        Assert.EndsWith("ORDER BY \"key\" ASC NULLS FIRST LIMIT 101", sqlite, StringComparison.Ordinal);
    }

    [Fact]
    public void The_row_key_is_appended_to_every_order_in_the_direction_of_the_last_sort_column()
    {
        var descending = IndexSqlBuilder.EffectiveOrder(_table, [new IndexOrder("started_at", Descending: true)]);
        var mixed = IndexSqlBuilder.EffectiveOrder(_table, [new IndexOrder("started_at", Descending: true), new IndexOrder("name")]);

        Assert.Equal([new SortKey("started_at", IndexColumnType.Timestamp, true), new SortKey("key", IndexColumnType.Text, true)], descending);
        Assert.Equal(new SortKey("key", IndexColumnType.Text, false), mixed[^1]);
        Assert.Equal([new SortKey("key", IndexColumnType.Text, false)], IndexSqlBuilder.EffectiveOrder(_table, []));
        Assert.Single(IndexSqlBuilder.EffectiveOrder(_table, [new IndexOrder("key", Descending: true)]));
    }

    [Theory]
    [InlineData("Sessions")]
    [InlineData("sessions; drop")]
    [InlineData("")]
    [InlineData("a_name_that_is_much_too_long_for_an_index_table_name")]
    public void Table_names_outside_the_safe_pattern_are_rejected(string name)
    {
        Assert.Throws<ArgumentException>(() => new IndexCatalog().Register([new IndexTable(name, [])]));
    }

    [Fact]
    public void Long_secondary_index_names_stay_distinct_within_the_63_byte_identifier_limit()
    {
        var table = new IndexTable(new string('t', 48), [
            new IndexColumn(new string('c', 47) + "a", IndexColumnType.Text, Indexed: true),
            new IndexColumn(new string('c', 47) + "b", IndexColumnType.Text, Indexed: true),
        ]);

        var names = table.Columns.Select(c => IndexCatalog.IndexName(table, c)).ToList();

        Assert.All(names, n => Assert.True(n.Trim('"').Length <= 63, n));
        Assert.NotEqual(names[0], names[1]);
        Assert.Equal("\"ix_sessions__name\"", IndexCatalog.IndexName(_table, _table.Column("name")));
    }

    [Fact]
    public void Columns_named_key_or_declared_twice_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => new IndexCatalog().Register([new IndexTable("t", [new IndexColumn("key", IndexColumnType.Text)])]));
        Assert.Throws<ArgumentException>(() => new IndexCatalog().Register([new IndexTable("t",
            [new IndexColumn("a", IndexColumnType.Text), new IndexColumn("a", IndexColumnType.Integer)])]));
    }
}
