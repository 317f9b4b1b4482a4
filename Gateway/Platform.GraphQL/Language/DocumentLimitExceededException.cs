namespace Platform.GraphQL.Language;

/// <summary>A document exceeded the parser's token or nesting limit (a defence against hostile input).</summary>
public sealed class DocumentLimitExceededException : GraphQLSyntaxException
{
    public DocumentLimitExceededException(string description, int line, int column)
        : base(description, line, column)
    {
    }
}
