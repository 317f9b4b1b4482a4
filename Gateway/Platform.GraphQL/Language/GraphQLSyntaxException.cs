namespace Platform.GraphQL.Language;

/// <summary>A document could not be parsed; carries the spec-shaped message and the 1-based line and column.</summary>
public class GraphQLSyntaxException : Exception
{
    public GraphQLSyntaxException(string description, int line, int column)
        : base("Syntax Error: " + description)
    {
        Description = description;
        Line = line;
        Column = column;
    }

    /// <summary>The message without the "Syntax Error: " prefix.</summary>
    public string Description { get; }

    public int Line { get; }

    public int Column { get; }
}
