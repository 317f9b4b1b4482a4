using System.Runtime.CompilerServices;
using Platform.GraphQL.Building;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Relay;
using Platform.GraphQL.SampleServer.Library;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.SampleServer;

/// <summary>The sample schema: queries, a mutation and subscriptions over a small library, using every kind of type.</summary>
public static class SampleSchema
{
    public static Schema Build(BookStore store)
    {
        var builder = new SchemaBuilder();
        builder.Scalar(SampleScalars.DateTime);
        builder.Directive("cacheControl", d => d
            .Description("How long a field's value may be cached.")
            .Argument("maxAgeSeconds", "Int", "60")
            .Locations(DirectiveLocation.FieldDefinition, DirectiveLocation.Object)
            .Repeatable());
        builder.Query(q =>
        {
            q.Field("hello").Type("String!").Description("A greeting.").Resolve(_ => "world");
            q.Field("me").Type("String").Description("The authenticated user's name, if any.").Resolve(ctx => ctx.User?.Identity?.Name);
            q.Field("book").Type("Book").Argument("id", "ID!").Resolve(ctx => store.FindBook(ctx.Argument<string>("id")!));
            q.Field("books").Type("BookConnection!").PagingArguments()
                .Resolve(ctx => ConnectionBuilder.FromList(store.Books, ConnectionArguments.From(ctx)));
            q.Field("allBooks").Type("[Book!]!").Resolve(_ => store.Books);
            q.Field("findBook").Type("Book").Argument("by", "BookBy!").Resolve(ctx =>
            {
                var by = ctx.Argument<IReadOnlyDictionary<string, object?>>("by")!;
                return by.TryGetValue("id", out var id) ? store.FindBook((string)id!) : store.Books.FirstOrDefault(b => b.Title == (string?)by["title"]);
            });
            q.Field("search").Type("[SearchResult!]!").Argument("text", "String!").Resolve(ctx =>
            {
                var text = ctx.Argument<string>("text")!;
                return store.Books.Where(b => b.Title.Contains(text, StringComparison.OrdinalIgnoreCase)).Cast<object>()
                    .Concat(store.Books.Select(b => store.FindAuthor(b.AuthorId)!).Distinct().Where(a => a.Name.Contains(text, StringComparison.OrdinalIgnoreCase)))
                    .ToList();
            });
            q.Field("shelf").Type("[Book!]!").Description("Books matching a filter; its defaults exercise default-value printing.")
                .Argument("filter", "ShelfFilter", "{ genre: SCIENCE }")
                .Argument("fromId", "ID", "\"1\"")
                .Resolve(ctx =>
                {
                    var filter = ctx.Argument<IReadOnlyDictionary<string, object?>>("filter")!;
                    var minTags = (int)filter["minTags"]!;
                    return store.Books.Where(b => Equals(b.Genre, filter.GetValueOrDefault("genre")) && b.Tags.Count >= minTags).Take(3).ToList();
                });
            q.Field("now").Type("DateTime!").Resolve(_ => new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));
            q.Field("fail").Type("String").Description("Always fails, to show field errors.").Resolve(_ => throw new InvalidOperationException("boom"));
            q.Field("failNonNull").Type("String!").Resolve(_ => throw new GraphQLException("required value missing", "SAMPLE_FAILURE"));
        });
        builder.Mutation(m =>
        {
            m.Field("addBook").Type("Book!").Argument("input", "NewBook!")
                .Resolve(ctx =>
                {
                    var input = ctx.Argument<IReadOnlyDictionary<string, object?>>("input")!;
                    return store.Add((string)input["title"]!, (string)input["authorId"]!, (Genre)input["genre"]!);
                });
            m.Field("dontChange").Type("String").Description("Does nothing (the graphql-http audits' mutation).").Resolve(_ => "unchanged");
        });
        builder.Subscription(s =>
        {
            s.Field("countdown").Type("Int!").Argument("from", "Int!").Description("Counts down to zero, then completes.")
                .Subscribe(ctx => Countdown(ctx.Argument<int>("from"), ctx.CancellationToken));
            s.Field("bookAdded").Type("Book!").Description("Books as they are added.")
                .Subscribe(ctx => store.AddedAsync(ctx.CancellationToken));
        });
        SampleTypes.Register(builder, store);
        return builder.Build();
    }

    private static async IAsyncEnumerable<int> Countdown(int from, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var i = from; i >= 0; i--)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return i;
        }
    }
}
