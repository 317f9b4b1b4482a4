using Platform.Blobs.Azure;
using Platform.Blobs.FileSystem;
using Platform.Blobs.Store;

namespace Platform.Silo.Hosting;

/// <summary>Opens the blob store named by <see cref="BlobOptions"/>; a misconfiguration fails start-up with the setting to fix.</summary>
public static class BlobStoreFactory
{
    public static async Task<IBlobStore> OpenAsync(BlobOptions options, TimeProvider time, CancellationToken cancellationToken)
    {
        switch (options.Kind)
        {
            case "filesystem":
                return new FileSystemBlobStore(Path.GetFullPath(options.FileSystemRoot));
            case "azure":
                var uri = options.AzureAccountUri ?? throw new InvalidOperationException("Platform:Blobs:AzureAccountUri is required when Platform:Blobs:Kind is azure.");
                var account = options.AzureAccountName ?? throw new InvalidOperationException("Platform:Blobs:AzureAccountName is required when Platform:Blobs:Kind is azure.");
                var key = options.AzureAccountKey ?? throw new InvalidOperationException("Platform:Blobs:AzureAccountKey is required when Platform:Blobs:Kind is azure.");
                var store = new AzureBlobStore(new HttpClient(), new AzureBlobStoreOptions(new Uri(uri), account, options.AzureContainer), new AzureSharedKeyAuthorizer(account, Convert.FromBase64String(key)), time);
                await store.CreateContainerIfMissingAsync(cancellationToken).ConfigureAwait(false);
                return store;
            default:
                throw new InvalidOperationException($"Platform:Blobs:Kind must be 'filesystem' or 'azure', not '{options.Kind}'.");
        }
    }
}
