using Platform.GraphQL.Execution;
using Platform.GraphQL.Persisted;
using Platform.GraphQL.Requests;
using Platform.GraphQL.SampleServer;
using Platform.GraphQL.SampleServer.Library;
using Platform.GraphQL.Tests.Execution;

namespace Platform.GraphQL.Tests.Limits;

/// <summary>Depth, cost, page size, document size, token limits and persisted operations, each with its error code.</summary>
public sealed class LimitTests
{
    private static readonly Types.Schema _schema = SampleSchema.Build(new BookStore());

    [Fact]
    public async Task A_query_deeper_than_the_limit_is_refused_before_execution()
    {
        var result = await Run.ResultAsync(_schema, "{ allBooks { author { books { author { books { title } } } } } }", options: new ExecutionOptions { MaxDepth = 4 });

        Assert.Equal(RequestErrorKind.LimitExceeded, result.RequestError);
        Assert.Equal(ErrorCodes.MaxDepthExceeded, Assert.Single(result.Errors).Code);
        Assert.Equal("The query depth 6 exceeds the maximum allowed depth of 4.", result.Errors[0].Message);
    }

    [Fact]
    public async Task List_fields_multiply_the_cost_by_first_including_from_variables()
    {
        const string query = "query q($n: Int) { books(first: $n) { edges { node { author { books { title } } } } } }";
        var options = new ExecutionOptions { MaxCost = 500 };

        var cheap = await Run.ResultAsync(_schema, query, new Dictionary<string, object?> { ["n"] = 2L }, options);
        var expensive = await Run.ResultAsync(_schema, query, new Dictionary<string, object?> { ["n"] = 100L }, options);

        Assert.Empty(cheap.Errors);
        var error = Assert.Single(expensive.Errors);
        Assert.Equal(ErrorCodes.CostLimitExceeded, error.Code);
        Assert.Equal(500, error.Extensions!["maxCost"]);
        Assert.True((long)error.Extensions["cost"]! > 500);
    }

    [Fact]
    public void A_connection_page_is_counted_once_not_again_for_its_edges()
    {
        var engine = new GraphQLEngine(_schema);
        var prepared = engine.Prepare(new GraphQLRequest { Query = "{ books(first: 20) { edges { node { title } } nodes { title } } }" }, new RequestOptions());

        var cost = global::Platform.GraphQL.Limits.CostAnalyzer.Cost(_schema, prepared.Operation!, new Dictionary<string, object?>(), assumedListSize: 10);

        // books: 20 x (books 1 + edges 1 + node 1 + nodes 1) = 80, with titles costing nothing.
        Assert.Equal(80, cost);
    }

    [Fact]
    public async Task Pages_above_one_hundred_are_refused_and_the_default_page_is_ten()
    {
        var tooBig = await Run.ResultAsync(_schema, "{ books(first: 101) { totalCount } }");
        var defaulted = await Run.JsonAsync(_schema, "{ books { edges { cursor } pageInfo { hasNextPage } } }");

        Assert.Equal(ErrorCodes.PageSizeExceeded, Assert.Single(tooBig.Errors).Code);
        Assert.Equal(10, System.Text.RegularExpressions.Regex.Count(defaulted, "\"cursor\""));
        Assert.Contains("\"hasNextPage\":true", defaulted, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cursors_page_forwards_and_backwards()
    {
        var first = await Run.JsonAsync(_schema, "{ books(first: 2) { nodes { title } pageInfo { endCursor } } }");
        var endCursor = System.Text.RegularExpressions.Regex.Match(first, "\"endCursor\":\"([^\"]+)\"").Groups[1].Value;

        var next = await Run.JsonAsync(_schema, $"{{ books(first: 2, after: \"{endCursor}\") {{ nodes {{ title }} pageInfo {{ hasPreviousPage }} }} }}");
        var last = await Run.JsonAsync(_schema, "{ books(last: 1) { nodes { title } pageInfo { hasPreviousPage hasNextPage } } }");
        var bad = await Run.ResultAsync(_schema, "{ books(after: \"garbage!\") { totalCount } }");

        Assert.Equal("""{"data":{"books":{"nodes":[{"title":"Book 1"},{"title":"Book 2"}],"pageInfo":{"endCursor":"b2Zmc2V0OjE="}}}}""", first);
        Assert.Equal("""{"data":{"books":{"nodes":[{"title":"Book 3"},{"title":"Book 4"}],"pageInfo":{"hasPreviousPage":true}}}}""", next);
        Assert.Equal("""{"data":{"books":{"nodes":[{"title":"Book 50"}],"pageInfo":{"hasPreviousPage":true,"hasNextPage":false}}}}""", last);
        Assert.Equal(ErrorCodes.InvalidCursor, Assert.Single(bad.Errors).Code);
    }

    [Fact]
    public async Task Oversized_documents_and_token_floods_are_refused_with_typed_errors()
    {
        var longQuery = "{ hello " + new string(' ', 200) + "}";
        var flood = "{ " + string.Join(" ", Enumerable.Repeat("hello", 100)) + " }";

        var tooLong = await Run.ResultAsync(_schema, longQuery, options: new ExecutionOptions { MaxDocumentLength = 100 });
        var tooManyTokens = await Run.ResultAsync(_schema, flood, options: new ExecutionOptions { Parser = new GraphQL.Language.ParserOptions { MaxTokens = 50 } });

        Assert.Equal(ErrorCodes.DocumentTooLarge, Assert.Single(tooLong.Errors).Code);
        Assert.Equal(ErrorCodes.DocumentTooLarge, Assert.Single(tooManyTokens.Errors).Code);
        Assert.Equal(RequestErrorKind.Syntax, tooManyTokens.RequestError);
    }

    [Fact]
    public async Task Only_trusted_documents_run_when_the_server_requires_persisted_operations()
    {
        var store = new PersistedDocumentStore();
        var id = store.AddTrusted("{ hello }");
        var engine = new GraphQLEngine(_schema, new ExecutionOptions { OnlyPersistedOperations = true }, store);
        var cancellationToken = TestContext.Current.CancellationToken;

        var byId = await engine.ExecuteAsync(new GraphQLRequest { DocumentId = "sha256:" + id }, cancellationToken: cancellationToken);
        var trustedText = await engine.ExecuteAsync(new GraphQLRequest { Query = "{ hello }" }, cancellationToken: cancellationToken);
        var adHoc = await engine.ExecuteAsync(new GraphQLRequest { Query = "{ hello __typename }" }, cancellationToken: cancellationToken);
        var unknown = await engine.ExecuteAsync(new GraphQLRequest { DocumentId = new string('a', 64) }, cancellationToken: cancellationToken);

        Assert.Equal("""{"data":{"hello":"world"}}""", Run.Json(byId));
        Assert.Equal("""{"data":{"hello":"world"}}""", Run.Json(trustedText));
        Assert.Equal(ErrorCodes.PersistedOnly, Assert.Single(adHoc.Errors).Code);
        Assert.Equal(ErrorCodes.PersistedQueryNotFound, Assert.Single(unknown.Errors).Code);
    }

    [Fact]
    public async Task Automatic_persisted_queries_miss_register_and_hit()
    {
        var engine = new GraphQLEngine(_schema);
        const string query = "{ hello }";
        var extensions = new Dictionary<string, object?>
        {
            ["persistedQuery"] = new Dictionary<string, object?> { ["version"] = 1L, ["sha256Hash"] = PersistedDocumentStore.Hash(query) },
        };
        var cancellationToken = TestContext.Current.CancellationToken;

        var miss = await engine.ExecuteAsync(new GraphQLRequest { Extensions = extensions }, cancellationToken: cancellationToken);
        var register = await engine.ExecuteAsync(new GraphQLRequest { Query = query, Extensions = extensions }, cancellationToken: cancellationToken);
        var hit = await engine.ExecuteAsync(new GraphQLRequest { Extensions = extensions }, cancellationToken: cancellationToken);

        Assert.Equal("PersistedQueryNotFound", Assert.Single(miss.Errors).Message);
        Assert.Equal(RequestErrorKind.PersistedQueryNotFound, miss.RequestError);
        Assert.Contains("\"persisted\":true", Run.Json(register), StringComparison.Ordinal);
        Assert.Equal("""{"data":{"hello":"world"}}""", Run.Json(hit));
    }
}
