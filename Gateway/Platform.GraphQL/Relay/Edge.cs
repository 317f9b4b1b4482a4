namespace Platform.GraphQL.Relay;

/// <summary>One item of a connection page with its cursor.</summary>
public sealed record Edge<T>(string Cursor, T Node);
