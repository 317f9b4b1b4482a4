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

    /// <summary>Base64 of at least 32 random bytes signing upload and download grants; every node of a deployment needs the same key.</summary>
    public string? GrantKey { get; init; }

    /// <summary>Where the grant key is created and kept when <see cref="GrantKey"/> is not configured (single-node installs).</summary>
    public string GrantKeyPath { get; init; } = ".data/blob-grant.key";

    /// <summary>Lifetime of an agent's upload grant; the agent asks for a new one before it expires.</summary>
    public int UploadGrantMinutes { get; init; } = 60;

    /// <summary>Lifetime of download links.</summary>
    public int DownloadGrantHours { get; init; } = 24;
}
