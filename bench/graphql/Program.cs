using Platform.GraphQL.Bench;
using Platform.GraphQL.Language;
using Platform.GraphQL.Requests;
using Platform.GraphQL.SampleServer;
using Platform.GraphQL.SampleServer.Library;
using Platform.GraphQL.Serialization;
using Platform.GraphQL.Validation;

// A realistic nested list query: 50 books, each with its author (data loader) and that author's fiction books.
const string query = """
    query Shelf($first: Int!) {
      books(first: $first) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges {
          cursor
          node {
            id title genre tags
            author { name books(genre: FICTION) { title } }
          }
        }
      }
    }
    """;

var iterations = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 2000;
var schema = SampleSchema.Build(new BookStore(authorCount: 10, bookCount: 200));
var variables = new Dictionary<string, object?> { ["first"] = 50L };

var parse = LatencySamples.Measure(iterations, () => Parser.Parse(query));
var document = Parser.Parse(query);
var validate = LatencySamples.Measure(iterations, () => DocumentValidator.Validate(schema, document));

// A distinct comment makes every document text new, so each request parses and validates again.
var coldEngine = new GraphQLEngine(schema);
var counter = 0;
var coldEnd = await LatencySamples.MeasureAsync(iterations, async () =>
    ResultWriter.ToUtf8(await coldEngine.ExecuteAsync(new GraphQLRequest { Query = query + "# " + counter++, Variables = variables })));

var engine = new GraphQLEngine(schema);
var sample = await engine.ExecuteAsync(new GraphQLRequest { Query = query, Variables = variables });
if (sample.Errors.Count > 0)
{
    throw new InvalidOperationException("The benchmark query failed: " + sample.Errors[0].Message);
}

var warm = await LatencySamples.MeasureAsync(iterations, async () =>
    ResultWriter.ToUtf8(await engine.ExecuteAsync(new GraphQLRequest { Query = query, Variables = variables })));

// CPU and allocation per request (robust to machine load), for the cached document and for serialisation alone.
var warmCost = await RunCost.MeasureAsync(iterations, async () =>
    ResultWriter.ToUtf8(await engine.ExecuteAsync(new GraphQLRequest { Query = query, Variables = variables })));
var serialiseCost = await RunCost.MeasureAsync(iterations, () =>
{
    ResultWriter.ToUtf8(sample);
    return Task.CompletedTask;
});

var responseBytes = ResultWriter.ToUtf8(sample).Length;
Console.WriteLine($"query: 50 books x (author + author's fiction books); response {responseBytes} bytes; {iterations} iterations");
Console.WriteLine(parse.Describe("parse only"));
Console.WriteLine(validate.Describe("validate only (all spec rules)"));
Console.WriteLine(coldEnd.Describe("parse+validate+execute+serialise, no cache"));
Console.WriteLine(warm.Describe("execute+serialise, document cache hit"));
Console.WriteLine($"{"execute+serialise, document cache hit",-45} {warmCost.Describe()}");
Console.WriteLine($"{"serialise only",-45} {serialiseCost.Describe()}");
