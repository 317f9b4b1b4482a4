namespace Platform.GraphQL.Relay;

/// <summary>
/// Writes a node's plain id into <paramref name="destination"/> (the same text its id function returns), so the response
/// writer can encode the global id without making the id string; false when it does not fit.
/// </summary>
public delegate bool NodeIdFormatter<in T>(T node, Span<char> destination, out int written);
