namespace Platform.Storage.Indexing;

/// <summary>A parameterised SQL statement: text with dialect placeholders and its arguments in placeholder order.</summary>
internal sealed record SqlText(string Sql, IReadOnlyList<SqlArgument> Arguments);
