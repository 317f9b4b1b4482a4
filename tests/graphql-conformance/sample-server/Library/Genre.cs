namespace Platform.GraphQL.SampleServer.Library;

/// <summary>What a sample book is about.</summary>
public enum Genre
{
    Fiction,
    Science,
    History,
}
