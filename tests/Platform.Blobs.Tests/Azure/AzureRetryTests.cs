using System.Net;
using Platform.Blobs.Azure;
using Platform.Blobs.Errors;
using Platform.Blobs.Keys;

namespace Platform.Blobs.Tests.Azure;

/// <summary>Retry and error handling of the REST client, against a scripted HTTP handler.</summary>
public sealed class AzureRetryTests
{
    private static readonly AzureBlobStoreOptions _options = new(new Uri("http://127.0.0.1:9/devstoreaccount1"), "devstoreaccount1", "c")
    {
        MaxAttempts = 4,
        InitialBackoff = TimeSpan.FromMilliseconds(1),
        MaxBackoff = TimeSpan.FromMilliseconds(5),
    };

    private static readonly BlobKey _key = BlobKey.Parse("fac/session/grid/movie.tif");

    [Fact]
    public async Task Server_errors_are_retried_a_bounded_number_of_times_then_reported()
    {
        var handler = new ScriptedHandler(_ => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable));
        var store = StoreOver(handler);

        var error = await Assert.ThrowsAsync<BlobStoreUnavailableException>(() => store.GetPropertiesAsync(_key, TestContext.Current.CancellationToken));

        Assert.Equal(4, error.Attempts);
        Assert.Equal(4, handler.Calls);
    }

    [Fact]
    public async Task Dropped_connections_are_retried_until_the_server_answers()
    {
        var handler = new ScriptedHandler(call => call < 3
            ? throw new HttpRequestException("connection reset")
            : new HttpResponseMessage(HttpStatusCode.NotFound));
        var store = StoreOver(handler);

        Assert.Null(await store.GetPropertiesAsync(_key, TestContext.Current.CancellationToken));
        Assert.Equal(3, handler.Calls);
    }

    [Fact]
    public async Task Client_errors_are_not_retried()
    {
        var handler = new ScriptedHandler(_ => new HttpResponseMessage(HttpStatusCode.Conflict));
        var store = StoreOver(handler);

        await Assert.ThrowsAsync<BlobConflictException>(() => store.CommitBlocksAsync(_key, [], new Dictionary<string, string>(), TestContext.Current.CancellationToken));
        Assert.Equal(1, handler.Calls);
    }

    [Fact]
    public async Task Malformed_listing_fails_with_a_typed_error()
    {
        var handler = new ScriptedHandler(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("<EnumerationResults><Blobs><Blob><Name>x") });
        var store = StoreOver(handler);

        await Assert.ThrowsAsync<BlobStoreException>(() => store.ListAsync("fac/", 10, null, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Listing_naming_an_unsafe_key_fails_with_a_typed_error()
    {
        var handler = new ScriptedHandler(_ => new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent("<EnumerationResults><Blobs><Blob><Name>fac/../x</Name><Properties><Content-Length>1</Content-Length></Properties></Blob></Blobs></EnumerationResults>"),
        });
        var store = StoreOver(handler);

        await Assert.ThrowsAsync<BlobStoreException>(() => store.ListAsync("fac/", 10, null, TestContext.Current.CancellationToken));
    }

    private static AzureBlobStore StoreOver(HttpMessageHandler handler) =>
        new(new HttpClient(handler), _options, new AzureSharedKeyAuthorizer("devstoreaccount1", new byte[32]), TimeProvider.System);

    private sealed class ScriptedHandler(Func<int, HttpResponseMessage> answer) : HttpMessageHandler
    {
        private int _calls;

        public int Calls => _calls;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(answer(Interlocked.Increment(ref _calls)));
    }
}
