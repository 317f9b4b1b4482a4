using System.Security.Cryptography;
using Platform.Blobs.Azure;
using Platform.Blobs.Grants;
using Platform.Grains.Sessions;
using Platform.Silo.SessionData;
using Platform.Testing;

namespace Platform.Grains.Tests;

/// <summary>
/// <see cref="RetentionTests"/>' file deletions with the session files in Azure Blob Storage (Azurite, started by
/// infra/azurite): at expiry the session's blobs go exactly once with a record, another session's stay; deleting a session deletes its blobs.
/// </summary>
public sealed class AzureRetentionTests(AzureRetentionTests.Azurite azurite) : IClassFixture<AzureRetentionTests.Azurite>
{
    [Fact]
    public async Task At_expiry_the_session_blobs_in_azure_are_deleted_exactly_once_with_a_record_and_no_other_session_loses_one()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var silo = await DomainSilo.StartAsync(await azurite.BackendAsync(ct));
        var id = "files-" + Guid.NewGuid();
        var other = "other-" + Guid.NewGuid();
        var session = await silo.NewSessionWithGridAsync(id);
        await session.EndAsync();
        await silo.PutFileAsync(id, "frames/movie_0001.mrc", [1, 2, 3]);
        await silo.PutFileAsync(id, "preprocessing/movie_0001_thumb.png", [4, 5]);
        await silo.PutFileAsync(other, "frames/movie_0001.mrc", [6]);

        silo.Clock.Advance(TimeSpan.FromDays(29));
        await silo.Silo.Runtime.DeliverDueRemindersAsync(ct); // the warning, a week before
        Assert.Equal(2, (await silo.Blobs.ListAsync(BlobSessionDataStore.PrefixFor(silo.FacilityId, id), 100, null, ct)).Items.Count);
        Assert.Null((await session.GetAsync()).DataDeletedAtUtc);

        silo.Clock.Advance(TimeSpan.FromDays(1.5));
        Assert.Equal(1, await silo.Silo.Runtime.DeliverDueRemindersAsync(ct));
        Assert.Equal(0, await silo.Silo.Runtime.DeliverDueRemindersAsync(ct));
        Assert.Empty((await silo.Blobs.ListAsync(BlobSessionDataStore.PrefixFor(silo.FacilityId, id), 100, null, ct)).Items);
        Assert.Single((await silo.Blobs.ListAsync(BlobSessionDataStore.PrefixFor(silo.FacilityId, other), 100, null, ct)).Items);
        Assert.NotNull((await session.GetAsync()).DataDeletedAtUtc);
        var events = await silo.EventsAsync(id, 5);
        Assert.Single(events, e => e.Kind == SessionEventKind.RetentionWarning);
        var deletion = Assert.Single(events, e => e.Kind == SessionEventKind.DataDeleted);
        Assert.Contains("(2 files)", deletion.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deleting_a_session_deletes_its_blobs_in_azure_and_no_other_sessions()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var silo = await DomainSilo.StartAsync(await azurite.BackendAsync(ct));
        var id = "delfiles-" + Guid.NewGuid();
        var other = "other-" + Guid.NewGuid();
        var session = await silo.NewSessionWithGridAsync(id);
        await silo.PutFileAsync(id, "frames/movie_0001.mrc", [1, 2, 3]);
        await silo.PutFileAsync(other, "frames/movie_0001.mrc", [6]);

        await session.DeleteAsync();

        Assert.Empty((await silo.Blobs.ListAsync(BlobSessionDataStore.PrefixFor(silo.FacilityId, id), 100, null, ct)).Items);
        Assert.Single((await silo.Blobs.ListAsync(BlobSessionDataStore.PrefixFor(silo.FacilityId, other), 100, null, ct)).Items);
    }

    /// <summary>This class's Azurite; each test gets a new container.</summary>
    public sealed class Azurite : AzuriteFixture
    {
        /// <summary>An Azure backend on a new container (created now), its grants signed with the silo's clock.</summary>
        public async Task<Func<TimeProvider, BlobBackend>> BackendAsync(CancellationToken cancellationToken)
        {
            var options = new AzureBlobStoreOptions(AccountUri, AccountName, "retention-" + Guid.NewGuid().ToString("N")[..16]);
            // Requests are signed with the real clock (storage checks x-ms-date); retention runs on the silo's manual clock.
            var store = new AzureBlobStore(new HttpClient(), options, new AzureSharedKeyAuthorizer(AccountName, AccountKey), TimeProvider.System);
            await store.CreateContainerIfMissingAsync(cancellationToken);
            return clock =>
            {
                var signer = new BlobGrantSigner(RandomNumberGenerator.GetBytes(32), clock);
                return new BlobBackend("azure", store, signer, new AzureSasIssuer(options, AccountKey, signer, clock), options.ResourceUri(null), TimeSpan.FromHours(1), TimeSpan.FromHours(24));
            };
        }
    }
}
