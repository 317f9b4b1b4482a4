namespace Platform.GraphQL.Relay;

/// <summary>Connection paging limits: default page 10, maximum 100.</summary>
public sealed record PagingOptions
{
    public static PagingOptions Default { get; } = new();

    public int DefaultPageSize { get; init; } = 10;

    public int MaxPageSize { get; init; } = 100;
}
