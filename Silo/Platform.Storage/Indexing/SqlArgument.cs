using Platform.Runtime.Indexing;

namespace Platform.Storage.Indexing;

/// <summary>
/// A parameter value in canonical form (string, long, double, bool, UTC <see cref="DateTimeOffset"/> or null)
/// with the column type it binds as, so a null still gets a typed parameter.
/// </summary>
internal readonly record struct SqlArgument(IndexColumnType Type, object? Value);
