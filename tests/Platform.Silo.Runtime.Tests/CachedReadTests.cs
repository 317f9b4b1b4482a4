using Platform.Runtime;
using Platform.Silo.Runtime.Calls;
using Platform.Silo.Runtime.Tests.TestGrains;
using Platform.Testing;

namespace Platform.Silo.Runtime.Tests;

/// <summary>
/// [CachedRead] methods are answered from the activation's last result until anything that may change state is admitted;
/// a read never returns a value older than a write admitted before it, and never overtakes a queued write.
/// </summary>
public sealed class CachedReadTests
{
    private static readonly TimeSpan _timeout = TimeSpan.FromSeconds(30);

    private static Task<TestSilo> StartAsync() => TestSilo.StartAsync(typeof(CachedReadProbeGrain).Assembly);

    [Fact]
    public async Task Repeated_reads_run_the_method_once_until_a_write_and_then_see_the_write()
    {
        await using var silo = await StartAsync();
        var key = Guid.NewGuid().ToString();
        var probe = silo.Grains.GetGrain<ICachedReadProbeGrain>(key);
        await probe.SetAsync(5);

        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(5, await probe.ReadAsync());
        }

        Assert.Equal(1, CachedReadProbeGrain.Runs[key]);

        await probe.SetAsync(6);
        Assert.Equal(6, await probe.ReadAsync());
        Assert.Equal(6, await probe.ReadAsync());
        Assert.Equal(2, CachedReadProbeGrain.Runs[key]);
    }

    [Fact]
    public async Task A_read_issued_behind_a_running_write_waits_for_it_and_returns_the_written_value()
    {
        await using var silo = await StartAsync();
        var key = Guid.NewGuid().ToString();
        var probe = silo.Grains.GetGrain<ICachedReadProbeGrain>(key);
        Assert.Equal(0, await probe.ReadAsync());
        Assert.Equal(0, await probe.ReadAsync());

        var signal = Guid.NewGuid().ToString();
        var write = probe.SetWhenSignalledAsync(42, signal);
        var read = probe.ReadAsync();
        Assert.False(read.IsCompleted, "a read behind a running write must not be answered from the cache");

        CachedReadProbeGrain.Release(signal);
        await write.WaitAsync(_timeout, TestContext.Current.CancellationToken);
        Assert.Equal(42, await read.WaitAsync(_timeout, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_timer_tick_that_changes_state_ends_the_cached_result()
    {
        await using var silo = await StartAsync();
        var probe = silo.Grains.GetGrain<ICachedReadProbeGrain>(Guid.NewGuid().ToString());
        Assert.Equal(0, await probe.ReadAsync());
        await probe.StartTimerAsync(TimeSpan.FromMilliseconds(20));

        var deadline = DateTime.UtcNow + _timeout;
        while (await probe.ReadAsync() == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "the timer's writes never became visible to the cached read");
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }
    }

    [Fact]
    public async Task A_new_activation_runs_the_method_again()
    {
        await using var silo = await StartAsync();
        var key = Guid.NewGuid().ToString();
        var probe = silo.Grains.GetGrain<ICachedReadProbeGrain>(key);
        await probe.SetAsync(3);
        Assert.Equal(3, await probe.ReadAsync());
        await probe.DeactivateAsync();

        // The in-memory value goes with the activation: a cached 3 surviving it would be wrong.
        var deadline = DateTime.UtcNow + _timeout;
        while (await probe.ReadAsync() != 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "the activation never went away");
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }

        Assert.True(CachedReadProbeGrain.Runs[key] >= 2);
    }

    [Fact]
    public async Task Readers_and_writers_on_many_threads_never_see_a_value_older_than_a_write_they_awaited()
    {
        await using var silo = await StartAsync();
        var probe = silo.Grains.GetGrain<ICachedReadProbeGrain>(Guid.NewGuid().ToString());
        var written = 0;
        await Task.WhenAll(Enumerable.Range(0, 4).Select(worker => Task.Run(
            async () =>
            {
                for (var i = 0; i < 300; i++)
                {
                    if (worker == 0)
                    {
                        var next = Interlocked.Increment(ref written);
                        await probe.SetAsync(next);
                        Assert.True(await probe.ReadAsync() >= next);
                    }
                    else
                    {
                        var floor = Volatile.Read(ref written) - 1;
                        Assert.True(await probe.ReadAsync() >= floor);
                    }
                }
            },
            TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task A_reentrant_grain_runs_a_cached_read_every_time()
    {
        await using var silo = await StartAsync();
        var reentrant = silo.Grains.GetGrain<IReentrantCachedReadGrain>(Guid.NewGuid().ToString());

        Assert.Equal(1, await reentrant.ReadAsync());
        Assert.Equal(2, await reentrant.ReadAsync());
        Assert.Equal(3, await reentrant.ReadAsync());
    }

    [Theory]
    [InlineData(nameof(IMisdeclaredReads.NotReadOnlyAsync))]
    [InlineData(nameof(IMisdeclaredReads.WithParameterAsync))]
    [InlineData(nameof(IMisdeclaredReads.MutableResultAsync))]
    public void A_cached_read_that_is_not_read_only_takes_parameters_or_returns_a_mutable_result_is_refused_at_registration(string method)
    {
        var error = Assert.Throws<InvalidOperationException>(() => GrainMethod.Create(typeof(IMisdeclaredReads).GetMethod(method)!));
        Assert.Contains("[CachedRead]", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Declarations the registry must refuse (no grain implements this, so the test silo never registers it).</summary>
    public interface IMisdeclaredReads : IGrainWithStringKey
    {
        [CachedRead]
        Task<int> NotReadOnlyAsync();

        [ReadOnly]
        [CachedRead]
        Task<int> WithParameterAsync(int value);

        [ReadOnly]
        [CachedRead]
        Task<List<int>> MutableResultAsync();
    }
}
