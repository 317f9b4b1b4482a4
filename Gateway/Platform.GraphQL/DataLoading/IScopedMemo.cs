namespace Platform.GraphQL.DataLoading;

/// <summary>A memo that its <see cref="DataLoaderScope"/> ends with the request (whatever its key and value types).</summary>
internal interface IScopedMemo
{
    /// <summary>Gives back what the memo holds for the request; later loads are not remembered.</summary>
    void End();
}
