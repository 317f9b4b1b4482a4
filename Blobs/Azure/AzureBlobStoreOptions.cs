namespace Platform.Blobs.Azure;

/// <summary>Where an Azure (or Azurite) container is and how hard to retry transient failures.</summary>
/// <param name="AccountUri">The account's blob endpoint: <c>https://ACCOUNT.blob.core.windows.net</c>, or Azurite's <c>http://127.0.0.1:PORT/devstoreaccount1</c>.</param>
/// <param name="AccountName">The storage account name (Azurite: <c>devstoreaccount1</c>).</param>
/// <param name="ContainerName">The container holding this deployment's blobs.</param>
public sealed record AzureBlobStoreOptions(Uri AccountUri, string AccountName, string ContainerName)
{
    /// <summary>The REST API version sent as <c>x-ms-version</c> and signed into SAS tokens.</summary>
    public const string ApiVersion = "2023-11-03";

    /// <summary>Attempts per request, including the first, before <see cref="Errors.BlobStoreUnavailableException"/>.</summary>
    /// <remarks>With the default backoff, 10 attempts wait at least 21 s in all (half of 0.2+0.4+...+6.4+10+10+10 s).</remarks>
    public int MaxAttempts { get; init; } = 10;

    /// <summary>Cap of the first retry's delay (which is between half the cap and the cap); it doubles each retry up to <see cref="MaxBackoff"/>.</summary>
    public TimeSpan InitialBackoff { get; init; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The URI of a blob (or the container when <paramref name="blobName"/> is null), path segments escaped.</summary>
    public Uri ResourceUri(string? blobName)
    {
        var root = AccountUri.AbsoluteUri.TrimEnd('/') + "/" + Uri.EscapeDataString(ContainerName);
        return blobName is null
            ? new Uri(root)
            : new Uri(root + "/" + string.Join('/', blobName.Split('/').Select(Uri.EscapeDataString)));
    }
}
