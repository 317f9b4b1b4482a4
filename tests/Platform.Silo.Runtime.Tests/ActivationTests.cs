using Platform.Runtime;
using Platform.Silo.Runtime.Tests.TestGrains;
using Platform.Testing;

namespace Platform.Silo.Runtime.Tests;

/// <summary>Activation on first call, state loaded before use, idle collection, failed activations, graceful stop.</summary>
public sealed class ActivationTests
{
    private static Task<TestSilo> StartAsync(TimeProvider? time = null, string? db = null, string node = "node-a") =>
        TestSilo.StartAsync(typeof(CounterGrain).Assembly, time, db, node);

    [Fact]
    public async Task Getting_a_reference_does_not_activate_but_the_first_call_does()
    {
        await using var silo = await StartAsync();
        var key = Guid.NewGuid().ToString();
        var counter = silo.Grains.GetGrain<ICounterGrain>(key);
        Assert.Equal(0, silo.Runtime.ActivationCount);

        Assert.Equal(1, await counter.IncrementAsync());
        Assert.Equal(1, silo.Runtime.ActivationCount);
        Assert.Equal(1, CounterGrain.Activations[key]);
    }

    [Fact]
    public async Task State_written_by_one_activation_is_loaded_by_the_next_before_any_call()
    {
        var folder = Directory.CreateTempSubdirectory("platform-test-").FullName;
        var db = Path.Combine(folder, "p.db");
        var key = Guid.NewGuid().ToString();
        await using (var first = await StartAsync(db: db))
        {
            var counter = first.Grains.GetGrain<ICounterGrain>(key);
            await counter.IncrementAsync();
            await counter.IncrementAsync();
        }

        await using var second = await StartAsync(db: db);
        Assert.Equal(2, await second.Grains.GetGrain<ICounterGrain>(key).GetAsync());
    }

    [Fact]
    public async Task Idle_activations_are_deactivated_after_the_collection_age_and_reactivate_on_the_next_call()
    {
        var clock = new ManualTimeProvider();
        await using var silo = await StartAsync(clock);
        var key = Guid.NewGuid().ToString();
        var counter = silo.Grains.GetGrain<ICounterGrain>(key);
        await counter.IncrementAsync();

        // The collector runs every minute of the manual clock; at 14 minutes idle nothing is collected.
        clock.Advance(TimeSpan.FromMinutes(14));
        Assert.Equal(1, silo.Runtime.ActivationCount);

        clock.Advance(TimeSpan.FromMinutes(2));
        await WaitUntilAsync(() => silo.Runtime.ActivationCount == 0, "the idle counter activation to leave the catalog");
        Assert.Equal(1, CounterGrain.Deactivations[key]);

        Assert.Equal(2, await counter.IncrementAsync());
        Assert.Equal(2, CounterGrain.Activations[key]);
    }

    [Fact]
    public async Task A_failed_activation_fails_the_waiting_call_and_the_next_call_activates_afresh()
    {
        await using var silo = await StartAsync();
        var grain = silo.Grains.GetGrain<IFlakyActivationGrain>(Guid.NewGuid().ToString());

        var error = await Assert.ThrowsAsync<InvalidOperationException>(grain.HelloAsync);
        Assert.Equal("first activation fails", error.Message);
        Assert.Equal("hello", await grain.HelloAsync());
    }

    [Fact]
    public async Task Graceful_stop_finishes_a_call_in_flight_before_deactivating()
    {
        await using var silo = await StartAsync();
        var probe = silo.Grains.GetGrain<ITurnProbeGrain>(Guid.NewGuid().ToString());
        var waiting = probe.WaitForSignalAsync("go");
        await probe.PeekMaxConcurrencyAsync();

        var stopping = silo.Runtime.StopAsync(TestContext.Current.CancellationToken);
        Assert.False(stopping.IsCompleted);
        await probe.SignalAsync("go");
        await waiting.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        await stopping.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        Assert.Equal(0, silo.Runtime.ActivationCount);
    }

    internal static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!condition())
        {
            if (timeout.IsCancellationRequested)
            {
                throw new TimeoutException($"Timed out waiting for {what}.");
            }

            await Task.Yield();
            await Task.Delay(1, CancellationToken.None);
        }
    }
}
