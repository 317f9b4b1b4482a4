using Platform.GraphQL.SampleServer;
using Platform.GraphQL.SampleServer.Library;

namespace Platform.GraphQL.Tests.Execution;

/// <summary>Request-scoped data loaders batch every load issued while execution has other work, and cache per request.</summary>
public sealed class DataLoaderTests
{
    [Fact]
    public async Task Authors_of_fifty_books_are_fetched_in_one_batch()
    {
        var store = new BookStore(authorCount: 5, bookCount: 50);
        var schema = SampleSchema.Build(store);

        var json = await Run.JsonAsync(schema, "{ allBooks { title author { name } } }");

        Assert.Equal(1, store.AuthorBatches);
        Assert.Contains("{\"title\":\"Book 50\",\"author\":{\"name\":\"Author 1\"}}", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Keys_loaded_at_one_level_are_served_from_the_request_cache_at_deeper_levels()
    {
        var store = new BookStore(authorCount: 5, bookCount: 50);
        var schema = SampleSchema.Build(store);

        var result = await Run.ResultAsync(schema, "{ allBooks { author { books { author { name } } } } }");

        Assert.Empty(result.Errors);
        Assert.Equal(1, store.AuthorBatches);
    }

    [Fact]
    public async Task Each_request_has_its_own_loader_cache()
    {
        var store = new BookStore(authorCount: 2, bookCount: 4);
        var schema = SampleSchema.Build(store);

        await Run.ResultAsync(schema, "{ allBooks { author { name } } }");
        await Run.ResultAsync(schema, "{ allBooks { author { name } } }");

        Assert.Equal(2, store.AuthorBatches);
    }
}
