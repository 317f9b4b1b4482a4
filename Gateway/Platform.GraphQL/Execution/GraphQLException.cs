namespace Platform.GraphQL.Execution;

/// <summary>Thrown by a resolver to fail its field with a message the client may see and an error code.</summary>
public class GraphQLException : Exception
{
    public GraphQLException(string message, string code, IReadOnlyDictionary<string, object?>? extensions = null)
        : base(message)
    {
        Code = code;
        Extensions = extensions;
    }

    public string Code { get; }

    /// <summary>Extra entries for the error's <c>extensions</c>, besides <c>code</c>.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; }
}
