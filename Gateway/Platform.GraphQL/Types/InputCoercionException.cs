namespace Platform.GraphQL.Types;

/// <summary>An input value (literal or variable) is not valid for its type.</summary>
public sealed class InputCoercionException(string message) : Exception(message);
