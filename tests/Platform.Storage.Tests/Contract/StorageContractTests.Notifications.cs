using System.Threading.Channels;
using Platform.Storage.Tests.Fixtures;

namespace Platform.Storage.Tests.Contract;

/// <summary>Commit notifications seen by a subscriber of the writing node.</summary>
public abstract partial class StorageContractTests
{
    /// <summary>Collects notifications about one grain key or stream key from a provider.</summary>
    protected sealed class NotificationProbe : IDisposable
    {
        private readonly Channel<StorageNotification> _received = Channel.CreateUnbounded<StorageNotification>();
        private readonly IDisposable _subscription;

        public NotificationProbe(IStorageProvider provider, string key)
        {
            _subscription = provider.Notifications.Subscribe(n =>
            {
                if (n is GrainStateChanged g && g.Key.GrainKey == key || n is StreamAppended s && s.Key == key)
                {
                    _received.Writer.TryWrite(n);
                }
            });
        }

        public Task<StorageNotification> NextAsync(string awaited) =>
            Await.Within(_received.Reader.ReadAsync(TestContext.Current.CancellationToken).AsTask(), awaited);

        public void Dispose() => _subscription.Dispose();
    }

    [Fact]
    public async Task Writes_clears_and_appends_are_notified_after_commit_with_their_ids()
    {
        var key = NewKey();
        using var probe = new NotificationProbe(Storage, key.GrainKey);
        using var streamProbe = new NotificationProbe(Storage, key.GrainKey + "-stream");

        var written = await Storage.Grains.WriteAsync(Write(key, "{}", null, events: [new StreamAppend("session-events", key.GrainKey + "-stream", Json("e"))]), Token);
        Assert.Equal(new GrainStateChanged("a", key, written.ETag), await probe.NextAsync($"the write of {key}"));
        Assert.Equal(new StreamAppended("a", "session-events", key.GrainKey + "-stream", 1), await streamProbe.NextAsync("the stream append"));

        await Storage.Grains.ClearAsync(key, written.ETag, [], Token);
        Assert.Equal(new GrainStateChanged("a", key, null), await probe.NextAsync($"the clear of {key}"));
    }

    [Fact]
    public async Task A_throwing_subscriber_does_not_stop_delivery_to_others()
    {
        var key = NewKey();
        using var failing = Storage.Notifications.Subscribe(_ => throw new InvalidOperationException("subscriber bug"));
        using var probe = new NotificationProbe(Storage, key.GrainKey);

        await WriteAsync(key, "1", null);
        var second = NewKey();
        using var secondProbe = new NotificationProbe(Storage, second.GrainKey);
        await WriteAsync(second, "1", null);

        Assert.IsType<GrainStateChanged>(await probe.NextAsync("the first write despite a throwing subscriber"));
        Assert.IsType<GrainStateChanged>(await secondProbe.NextAsync("the second write despite a throwing subscriber"));
    }
}
