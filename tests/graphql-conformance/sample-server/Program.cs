using System.Security.Claims;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Requests;
using Platform.GraphQL.SampleServer;
using Platform.GraphQL.SampleServer.Library;
using Platform.GraphQL.Transport;

var builder = WebApplication.CreateBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
var app = builder.Build();
app.UseWebSockets();

var store = new BookStore();
var engine = new GraphQLEngine(SampleSchema.Build(store), new ExecutionOptions { ExposeExceptionMessages = true });
app.MapGraphQL("/graphql", engine, options => options.Authenticate = SampleAuth.AuthenticateAsync);
app.MapGet("/health", () => "ok");
app.Run();

/// <summary>Entry point type, public so in-process tests can host the sample server.</summary>
public partial class Program;
