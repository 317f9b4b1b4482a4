using System.Collections.Concurrent;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Language;
using Platform.GraphQL.Language.Ast;
using Platform.GraphQL.Limits;
using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;

namespace Platform.GraphQL.Requests;

/// <summary>A document parsed and validated once, with its operations prepared on demand.</summary>
internal sealed class CachedDocument
{
    private readonly ConcurrentDictionary<string, PreparedOperation> _operations = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<PreparedOperation, int> _depths = new();

    private CachedDocument(DocumentNode? document, ExecutionResult? failure)
    {
        Document = document;
        Failure = failure;
    }

    public DocumentNode? Document { get; }

    public ExecutionResult? Failure { get; }

    public static CachedDocument Create(Schema schema, string text, ExecutionOptions options)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(text, options.Parser);
        }
        catch (GraphQLSyntaxException exception)
        {
            var error = GraphQLError.WithCode(exception.Message, exception is DocumentLimitExceededException ? ErrorCodes.DocumentTooLarge : ErrorCodes.SyntaxError, [new SourceLocation(exception.Line, exception.Column)]);
            return new CachedDocument(null, ExecutionResult.Failed(RequestErrorKind.Syntax, error));
        }

        var errors = DocumentValidator.Validate(schema, document, options.MaxValidationErrors);
        return errors.Count > 0
            ? new CachedDocument(document, ExecutionResult.Failed(RequestErrorKind.Validation, errors))
            : new CachedDocument(document, null);
    }

    /// <summary>GetOperation (spec §6.1): the named operation, or the only one when no name is given.</summary>
    public PreparedOperation? SelectOperation(string? name, out string? error)
    {
        error = null;
        var key = name ?? string.Empty;
        if (_operations.TryGetValue(key, out var prepared))
        {
            return prepared;
        }

        var operations = Document!.Definitions.OfType<OperationDefinitionNode>().ToList();
        OperationDefinitionNode? operation;
        if (string.IsNullOrEmpty(name))
        {
            if (operations.Count != 1)
            {
                error = operations.Count == 0 ? "Must provide an operation." : "Must provide operation name if query contains multiple operations.";
                return null;
            }

            operation = operations[0];
        }
        else
        {
            operation = operations.FirstOrDefault(o => o.Name == name);
            if (operation is null)
            {
                error = $"Unknown operation named \"{name}\".";
                return null;
            }
        }

        var fragments = Document.Definitions.OfType<FragmentDefinitionNode>().ToDictionary(f => f.Name, StringComparer.Ordinal);
        prepared = new PreparedOperation(Document, operation, fragments);
        return _operations.GetOrAdd(key, prepared);
    }

    public int Depth(PreparedOperation operation) =>
        _depths.GetOrAdd(operation, o => DepthAnalyzer.Depth(o.Definition, o.Fragments));
}
