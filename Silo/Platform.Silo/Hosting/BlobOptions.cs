namespace Platform.Silo.Hosting;

/// <summary>Where session files live (section <c>Platform:Blobs</c>): a local folder (embedded default) or an Azure Blob Storage container.</summary>
public sealed record BlobOptions
{
    /// <summary><c>filesystem</c> (default) or <c>azure</c>.</summary>
    public string Kind { get; init; } = "filesystem";

    /// <summary>Root folder of the filesystem store, relative to the working directory.</summary>
    public string FileSystemRoot { get; init; } = ".data/blobs";

    /// <summary>Azure: the account's blob endpoint, e.g. <c>https://ACCOUNT.blob.core.windows.net</c> or Azurite's <c>http://127.0.0.1:10000/devstoreaccount1</c>.</summary>
    public string? AzureAccountUri { get; init; }

    public string? AzureAccountName { get; init; }

    /// <summary>Azure: the account key (base64), used to sign requests and the SAS grants handed to agents and users.</summary>
    public string? AzureAccountKey { get; init; }

    public string AzureContainer { get; init; } = "sessions";
}
