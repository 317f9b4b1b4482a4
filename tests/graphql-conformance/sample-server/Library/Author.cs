namespace Platform.GraphQL.SampleServer.Library;

/// <summary>A book's author in the sample library.</summary>
public sealed record Author(string Id, string Name);
