using System.Text;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Requests;
using Platform.GraphQL.Serialization;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Tests.Execution;

/// <summary>Executes documents and renders results as JSON, for compact assertions.</summary>
public static class Run
{
    public static async Task<ExecutionResult> ResultAsync(Schema schema, string query, IReadOnlyDictionary<string, object?>? variables = null, ExecutionOptions? options = null, string? operationName = null)
    {
        var engine = new GraphQLEngine(schema, options);
        return await engine.ExecuteAsync(new GraphQLRequest { Query = query, Variables = variables, OperationName = operationName }, cancellationToken: TestContext.Current.CancellationToken);
    }

    public static async Task<string> JsonAsync(Schema schema, string query, IReadOnlyDictionary<string, object?>? variables = null, ExecutionOptions? options = null) =>
        Json(await ResultAsync(schema, query, variables, options));

    public static string Json(ExecutionResult result) => Encoding.UTF8.GetString(ResultWriter.ToUtf8(result));
}
