namespace Platform.GraphQL.SampleServer.Library;

/// <summary>A book in the sample library.</summary>
public sealed record Book(string Id, string Title, string AuthorId, Genre Genre, IReadOnlyList<string> Tags);
