using Platform.Blobs.Azure;
using Platform.Blobs.Grants;
using Platform.Silo.SessionData;

namespace Platform.Silo.Hosting;

/// <summary>Opens the blob storage named by <see cref="BlobOptions"/>; a misconfiguration fails start-up with the setting to fix.</summary>
public static class BlobStoreFactory
{
    public static async Task<BlobBackend> OpenAsync(BlobOptions options, TimeProvider time, CancellationToken cancellationToken)
    {
        var grantKey = GrantKey(options);
        var upload = TimeSpan.FromMinutes(options.UploadGrantMinutes);
        var download = TimeSpan.FromHours(options.DownloadGrantHours);
        switch (options.Kind)
        {
            case "filesystem":
                return BlobBackend.FileSystem(Path.GetFullPath(options.FileSystemRoot), time, grantKey, upload, download);
            case "azure":
                var uri = Required(options.AzureAccountUri, nameof(options.AzureAccountUri));
                var account = Required(options.AzureAccountName, nameof(options.AzureAccountName));
                var key = Convert.FromBase64String(Required(options.AzureAccountKey, nameof(options.AzureAccountKey)));
                var azure = new AzureBlobStoreOptions(new Uri(uri), account, options.AzureContainer);
                var store = new AzureBlobStore(new HttpClient(), azure, new AzureSharedKeyAuthorizer(account, key), time);
                await store.CreateContainerIfMissingAsync(cancellationToken).ConfigureAwait(false);
                var signer = new BlobGrantSigner(grantKey, time);
                return new BlobBackend("azure", store, signer, new AzureSasIssuer(azure, key, signer, time), azure.ResourceUri(null), upload, download);
            default:
                throw new InvalidOperationException($"Platform:Blobs:Kind must be 'filesystem' or 'azure', not '{options.Kind}'.");
        }
    }

    /// <summary>The grant-signing key: configured (every node of a deployment needs the same one), or created once in a file readable only by this user.</summary>
    private static byte[] GrantKey(BlobOptions options)
    {
        if (options.GrantKey is { } configured)
        {
            return Convert.FromBase64String(configured);
        }

        var path = Path.GetFullPath(options.GrantKeyPath);
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var fresh = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);
            try
            {
                var create = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
                if (!OperatingSystem.IsWindows())
                {
                    create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
                }

                using var file = new FileStream(path, create);
                file.Write(fresh);
                file.Flush(flushToDisk: true);
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process created it first: use theirs.
            }
        }

        return File.ReadAllBytes(path);
    }

    private static string Required(string? value, string name) =>
        value ?? throw new InvalidOperationException($"Platform:Blobs:{name} is required when Platform:Blobs:Kind is azure.");
}
