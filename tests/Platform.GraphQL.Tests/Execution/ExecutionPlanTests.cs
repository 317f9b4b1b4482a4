using Platform.GraphQL.Building;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Requests;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Tests.Execution;

/// <summary>
/// The execution plan kept with a cached document (collected fields per object type, field definitions, literal arguments,
/// sub-selections) is shared by every request of that document: each request must still see its own variables, directives
/// and errors, exactly as if the document had been executed for the first time.
/// </summary>
public sealed class ExecutionPlanTests
{
    private sealed record Book(string Title, int Pages);

    private sealed record Shelf(string Label, IReadOnlyList<Book> Books);

    private sealed record Magazine(string Title, int Issue);

    private static Schema LibrarySchema()
    {
        var builder = new SchemaBuilder();
        builder.Object<Book>("Book", t =>
        {
            t.Field("title", b => b.Title).Type("String!");
            t.Field("pages", b => b.Pages).Type("Int!");
            t.Field("checkedTitle", b => b.Title.StartsWith('!') ? throw new InvalidOperationException("torn page") : b.Title).Type("String");
            t.Field("slowTitle").Type("String").Resolve(async ctx =>
            {
                await Task.Yield();
                var title = ctx.Parent<Book>().Title;
                return title.StartsWith('!') ? throw new GraphQLException("slow and torn", "TORN") : title;
            });
            t.Field("excerpt").Type("String!").Argument("length", "Int!").Resolve(ctx => ctx.Parent<Book>().Title[..Math.Min(ctx.Argument<int>("length"), ctx.Parent<Book>().Title.Length)]);
        });
        builder.Object<Magazine>("Magazine", t =>
        {
            t.Field("title", m => m.Title).Type("String!");
            t.Field("issue", m => m.Issue).Type("Int!");
        });
        builder.Union("Reading", u => u.Types("Book", "Magazine").ResolveType(v => v is Book ? "Book" : "Magazine"));
        builder.Object<Shelf>("Shelf", t =>
        {
            t.Field("label", s => s.Label).Type("String!");
            t.Field("books", s => s.Books).Type("[Book!]!");
            t.Field("slowBooks").Type("[Book!]!").Resolve(async ctx =>
            {
                await Task.Yield();
                return ctx.Parent<Shelf>().Books;
            });
        });
        builder.Query(q =>
        {
            q.Field("shelves").Type("[Shelf!]!").Resolve(_ => new[]
            {
                new Shelf("A", [new Book("Dune", 412), new Book("Emma", 474)]),
                new Shelf("B", [new Book("Ulysses", 730), new Book("Beloved", 324), new Book("!Torn", 1)]),
            });
            q.Field("readings").Type("[Reading!]!").Resolve(_ => new object[] { new Book("Dune", 412), new Magazine("Nature", 7), new Book("Emma", 474), new Magazine("Science", 9) });
        });
        return builder.Build();
    }

    private static async Task<string> JsonAsync(GraphQLEngine engine, string query, IReadOnlyDictionary<string, object?>? variables = null) =>
        Run.Json(await engine.ExecuteAsync(new GraphQLRequest { Query = query, Variables = variables }, cancellationToken: TestContext.Current.CancellationToken));

    [Fact]
    public async Task Two_requests_of_one_cached_document_with_different_variables_each_get_their_own_arguments()
    {
        var engine = new GraphQLEngine(LibrarySchema());
        const string query = "query($n: Int!) { shelves { books { excerpt(length: $n) short: excerpt(length: 1) } } }";

        var three = await JsonAsync(engine, query, new Dictionary<string, object?> { ["n"] = 3L });
        var five = await JsonAsync(engine, query, new Dictionary<string, object?> { ["n"] = 5L });
        var threeAgain = await JsonAsync(engine, query, new Dictionary<string, object?> { ["n"] = 3L });

        Assert.Equal("""{"data":{"shelves":[{"books":[{"excerpt":"Dun","short":"D"},{"excerpt":"Emm","short":"E"}]},{"books":[{"excerpt":"Uly","short":"U"},{"excerpt":"Bel","short":"B"},{"excerpt":"!To","short":"!"}]}]}}""", three);
        Assert.Equal("""{"data":{"shelves":[{"books":[{"excerpt":"Dune","short":"D"},{"excerpt":"Emma","short":"E"}]},{"books":[{"excerpt":"Ulyss","short":"U"},{"excerpt":"Belov","short":"B"},{"excerpt":"!Torn","short":"!"}]}]}}""", five);
        Assert.Equal(three, threeAgain);
    }

    [Fact]
    public async Task Include_with_a_variable_flips_between_requests_of_one_cached_document()
    {
        var engine = new GraphQLEngine(LibrarySchema());
        const string query = "query($v: Boolean!) { shelves { label books { title pages @include(if: $v) } } }";

        var with = await JsonAsync(engine, query, new Dictionary<string, object?> { ["v"] = true });
        var without = await JsonAsync(engine, query, new Dictionary<string, object?> { ["v"] = false });
        var withAgain = await JsonAsync(engine, query, new Dictionary<string, object?> { ["v"] = true });

        Assert.StartsWith("""{"data":{"shelves":[{"label":"A","books":[{"title":"Dune","pages":412},{"title":"Emma","pages":474}]}""", with);
        Assert.StartsWith("""{"data":{"shelves":[{"label":"A","books":[{"title":"Dune"},{"title":"Emma"}]}""", without);
        Assert.Equal(with, withAgain);
    }

    [Fact]
    public async Task Skip_on_a_fragment_spread_with_a_variable_flips_between_requests_of_one_cached_document()
    {
        var engine = new GraphQLEngine(LibrarySchema());
        const string query = "query($hide: Boolean!) { shelves { label ...Contents @skip(if: $hide) } } fragment Contents on Shelf { books { title } }";

        var hidden = await JsonAsync(engine, query, new Dictionary<string, object?> { ["hide"] = true });
        var shown = await JsonAsync(engine, query, new Dictionary<string, object?> { ["hide"] = false });

        Assert.Equal("""{"data":{"shelves":[{"label":"A"},{"label":"B"}]}}""", hidden);
        Assert.Equal("""{"data":{"shelves":[{"label":"A","books":[{"title":"Dune"},{"title":"Emma"}]},{"label":"B","books":[{"title":"Ulysses"},{"title":"Beloved"},{"title":"!Torn"}]}]}}""", shown);
    }

    [Fact]
    public async Task Selections_merged_under_one_response_key_give_the_same_result_on_every_request()
    {
        var engine = new GraphQLEngine(LibrarySchema());
        const string query = "{ shelves { b: books { title } b: books { pages } } }";

        var first = await JsonAsync(engine, query);
        var second = await JsonAsync(engine, query);

        Assert.StartsWith("""{"data":{"shelves":[{"b":[{"title":"Dune","pages":412},{"title":"Emma","pages":474}]}""", first);
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task A_list_alternating_between_object_types_completes_each_item_with_the_selection_of_its_own_type()
    {
        var engine = new GraphQLEngine(LibrarySchema());
        const string query = "{ readings { __typename ... on Book { title pages } ... on Magazine { issue } } }";

        var first = await JsonAsync(engine, query);
        var second = await JsonAsync(engine, query);

        Assert.Equal("""{"data":{"readings":[{"__typename":"Book","title":"Dune","pages":412},{"__typename":"Magazine","issue":7},{"__typename":"Book","title":"Emma","pages":474},{"__typename":"Magazine","issue":9}]}}""", first);
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task An_error_deep_in_nested_lists_reports_its_full_path_on_every_request()
    {
        var engine = new GraphQLEngine(LibrarySchema());
        const string query = "{ shelves { books { checkedTitle } } }";

        var first = await JsonAsync(engine, query);
        var second = await JsonAsync(engine, query);

        Assert.StartsWith("""{"errors":[{"message":"Unexpected error while resolving this field.","locations":[{"line":1,"column":21}],"path":["shelves",1,"books",2,"checkedTitle"]""", first);
        Assert.EndsWith("""{"checkedTitle":"Beloved"},{"checkedTitle":null}]}]}}""", first);
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task An_error_from_a_pending_resolver_under_a_pending_list_reports_its_full_path()
    {
        var engine = new GraphQLEngine(LibrarySchema());

        var json = await JsonAsync(engine, "{ shelves { slowBooks { slowTitle } } }");

        Assert.StartsWith("""{"errors":[{"message":"slow and torn","locations":[{"line":1,"column":25}],"path":["shelves",1,"slowBooks",2,"slowTitle"],"extensions":{"code":"TORN"}}]""", json);
        Assert.EndsWith("""{"slowTitle":"Beloved"},{"slowTitle":null}]}]}}""", json);
    }

    [Fact]
    public async Task A_null_for_a_non_null_field_inside_a_pending_object_propagates_to_the_nearest_nullable_parent()
    {
        var builder = new SchemaBuilder();
        builder.Object<Book>("Book", t =>
        {
            t.Field("title").Type("String!").Resolve(async ctx =>
            {
                await Task.Yield();
                return ctx.Parent<Book>().Pages > 100 ? ctx.Parent<Book>().Title : null;
            });
        });
        builder.Object("Holder", t => t.Field("book").Type("Book!").Resolve(ctx => (Book)ctx.ParentValue!));
        builder.Query(q => q.Field("holders").Type("[Holder]!").Resolve(_ => new[] { new Book("Dune", 412), new Book("Leaflet", 2) }));
        var engine = new GraphQLEngine(builder.Build());

        var json = await JsonAsync(engine, "{ holders { book { title } } }");

        Assert.Equal("""{"errors":[{"message":"Cannot return null for non-nullable field Book.title.","locations":[{"line":1,"column":20}],"path":["holders",1,"book","title"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":{"holders":[{"book":{"title":"Dune"}},null]}}""", json);
    }
}
