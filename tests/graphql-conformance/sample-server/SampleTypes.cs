using Platform.GraphQL.Building;
using Platform.GraphQL.Relay;
using Platform.GraphQL.SampleServer.Library;

namespace Platform.GraphQL.SampleServer;

/// <summary>The sample's object, interface, union, enum and input types.</summary>
public static class SampleTypes
{
    public static void Register(SchemaBuilder builder, BookStore store)
    {
        builder.Interface("Named", i => i.Description("Something with a display name.").Field("name").Type("String!"));
        builder.Object<Book>("Book", t =>
        {
            t.Description("A book.").Implements("Named");
            t.Field("title", b => b.Title).Type("String!");
            t.Field("name", b => b.Title).Type("String!").Description("Same as title, for the Named interface.");
            t.Field("genre", b => b.Genre).Type("Genre!");
            t.Field("tags", b => b.Tags).Type("[String!]!");
            t.Field("rating", _ => (double?)null).Type("Float").Deprecated("Ratings were removed.");
            t.Field("author").Type("Author!").Description("Loaded through a batching data loader.").Resolve(ctx =>
                ctx.DataLoaders.GetOrCreate<string, Author>("authorsById", store.AuthorsByIdsAsync).LoadAsync(ctx.Parent<Book>().AuthorId));
        });
        builder.Object<Author>("Author", t =>
        {
            t.Description("Someone who wrote books.").Implements("Named");
            t.Field("name", a => a.Name).Type("String!");
            t.Field("books").Type("[Book!]!").Argument("genre", "Genre", description: "Only books of this genre.").Resolve(ctx =>
            {
                var author = ctx.Parent<Author>();
                var genre = ctx.Argument<Genre?>("genre");
                return store.Books.Where(b => b.AuthorId == author.Id && (genre is null || b.Genre == genre)).ToList();
            });
        });
        builder.Node<Book>("Book", b => b.Id, (_, id) => Task.FromResult(store.FindBook(id)));
        builder.Node<Author>("Author", a => a.Id, (_, id) => Task.FromResult(store.FindAuthor(id)));
        builder.Connection<Book>("Book");
        builder.Union("SearchResult", u => u.Description("A book or an author.").Types("Book", "Author"));
        builder.Enum("Genre", e => e
            .Description("What a book is about.")
            .Value("FICTION", Genre.Fiction)
            .Value("SCIENCE", Genre.Science, "Non-fiction about nature.")
            .Value("HISTORY", Genre.History, deprecationReason: "Shelved under SCIENCE now."));
        builder.InputObject("NewBook", i => i
            .Description("A book to add.")
            .Field("title", "String!")
            .Field("authorId", "ID!")
            .Field("genre", "Genre", "FICTION", "Defaults to fiction."));
        builder.InputObject("ShelfFilter", i => i
            .Description("Which books belong on a shelf.")
            .Field("genre", "Genre")
            .Field("minTags", "Int", "1"));
        builder.InputObject("BookBy", i => i
            .Description("Exactly one way to find a book.")
            .OneOf()
            .Field("id", "ID")
            .Field("title", "String"));
    }
}
