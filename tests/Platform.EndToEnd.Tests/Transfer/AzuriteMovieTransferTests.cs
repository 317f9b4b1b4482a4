using Platform.EndToEnd.Tests.Support;
using Platform.Testing;

namespace Platform.EndToEnd.Tests.Transfer;

/// <summary>
/// <see cref="MovieTransferTests"/> with the Silo configured for Azure Blob Storage (Azurite, started by infra/azurite): the
/// agent uploads straight to storage with per-blob SAS URLs and downloads redirect to SAS URLs.
/// </summary>
public sealed class AzuriteMovieTransferTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task Every_movie_of_a_completed_run_reaches_azure_storage_listed_with_its_size_and_downloads_with_its_sha256()
    {
        await using var stack = await ScreeningStack.StartWithSiloAsync(1000, AzureSilo(azurite));
        await MovieTransferTests.CheckMoviesReachStorageAsync(stack, expectedBackend: "azure");
    }

    /// <summary>Silo arguments storing session files in a new container of <paramref name="azurite"/>.</summary>
    internal static string[] AzureSilo(AzuriteFixture azurite) =>
    [
        "--Platform:Blobs:Kind=azure",
        $"--Platform:Blobs:AzureAccountUri={azurite.AccountUri}",
        $"--Platform:Blobs:AzureAccountName={AzuriteFixture.AccountName}",
        $"--Platform:Blobs:AzureAccountKey={Convert.ToBase64String(AzuriteFixture.AccountKey)}",
        $"--Platform:Blobs:AzureContainer=e2e{Guid.NewGuid():N}",
    ];
}
