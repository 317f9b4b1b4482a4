using Platform.GraphQL.Limits;
using Platform.GraphQL.Requests;
using Platform.GraphQL.SampleServer;
using Platform.GraphQL.SampleServer.Library;

namespace Platform.GraphQL.Tests.Limits;

/// <summary>An operation's cost terms are worked out once, and each request's cost still follows its own variables.</summary>
public sealed class CostTermsTests
{
    private static readonly Types.Schema _schema = SampleSchema.Build(new BookStore());

    [Fact]
    public void One_prepared_operation_costs_what_each_request_s_first_variable_says()
    {
        var engine = new GraphQLEngine(_schema);
        var operation = engine.Prepare(new GraphQLRequest { Query = "query q($n: Int) { books(first: $n) { edges { node { title } } } }" }, new RequestOptions()).Operation!;

        // books: n x (books 1 + edges 1 + node 1); a missing or null n takes the assumed list size.
        Assert.Equal(6, CostAnalyzer.Cost(_schema, operation, new Dictionary<string, object?> { ["n"] = 2 }, assumedListSize: 10));
        Assert.Equal(300, CostAnalyzer.Cost(_schema, operation, new Dictionary<string, object?> { ["n"] = 100 }, assumedListSize: 10));
        Assert.Equal(30, CostAnalyzer.Cost(_schema, operation, new Dictionary<string, object?>(), assumedListSize: 10));
        Assert.Equal(15, CostAnalyzer.Cost(_schema, operation, new Dictionary<string, object?> { ["n"] = null }, assumedListSize: 5));
        Assert.Equal(6, CostAnalyzer.Cost(_schema, operation, new Dictionary<string, object?> { ["n"] = 2 }, assumedListSize: 10));
    }

    [Fact]
    public void A_negative_first_counts_as_an_empty_page_and_a_literal_first_wins_over_later_arguments()
    {
        var engine = new GraphQLEngine(_schema);
        var variable = engine.Prepare(new GraphQLRequest { Query = "query q($n: Int) { books(first: $n) { totalCount } }" }, new RequestOptions()).Operation!;
        var literal = engine.Prepare(new GraphQLRequest { Query = "query q($n: Int) { books(first: 4, last: $n) { totalCount } }" }, new RequestOptions()).Operation!;

        Assert.Equal(0, CostAnalyzer.Cost(_schema, variable, new Dictionary<string, object?> { ["n"] = -3 }, assumedListSize: 10));
        Assert.Equal(4, CostAnalyzer.Cost(_schema, literal, new Dictionary<string, object?> { ["n"] = 50 }, assumedListSize: 10));
    }

    [Fact]
    public void Fragments_and_introspection_cost_as_their_selections_on_every_request()
    {
        var engine = new GraphQLEngine(_schema);
        const string query = """
            query q($n: Int) { __typename ...page ... on Query { more: books(first: 2) { edges { cursor } } } }
            fragment page on Query { books(first: $n) { edges { node { title } } } }
            """;
        var prepared = engine.Prepare(new GraphQLRequest { Query = query }, new RequestOptions());
        Assert.Null(prepared.Failure);
        var operation = prepared.Operation!;

        // __typename 1 + fragment n x 3 + inline fragment 2 x (books 1 + edges 1).
        Assert.Equal(1 + 9 + 4, CostAnalyzer.Cost(_schema, operation, new Dictionary<string, object?> { ["n"] = 3 }, assumedListSize: 10));
        Assert.Equal(1 + 21 + 4, CostAnalyzer.Cost(_schema, operation, new Dictionary<string, object?> { ["n"] = 7 }, assumedListSize: 10));
    }
}
