using Platform.Silo.Runtime.Tests.TestGrains;
using Platform.Testing;

namespace Platform.Silo.Runtime.Tests;

/// <summary>One turn at a time, and the ways Orleans relaxes it: [Reentrant], [AlwaysInterleave], [ReadOnly]; deadlock detection.</summary>
public sealed class TurnTests
{
    private static Task<TestSilo> StartAsync() => TestSilo.StartAsync(typeof(CounterGrain).Assembly);

    [Fact]
    public async Task Concurrent_calls_to_one_grain_run_one_turn_at_a_time()
    {
        await using var silo = await StartAsync();
        var probe = silo.Grains.GetGrain<ITurnProbeGrain>(Guid.NewGuid().ToString());
        await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => probe.EnterAndYieldAsync(5)));
        Assert.Equal(1, await probe.MaxConcurrencyAsync());
    }

    [Fact]
    public async Task ReadOnly_calls_interleave_with_each_other_but_code_never_runs_on_two_threads()
    {
        await using var silo = await StartAsync();
        var probe = silo.Grains.GetGrain<ITurnProbeGrain>(Guid.NewGuid().ToString());
        await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => probe.ReadAndYieldAsync(20)));
        var max = await probe.MaxConcurrencyAsync();
        Assert.True(max > 1, $"read-only calls should interleave; max inside at once was {max} (-1 means two threads ran grain code at once)");
    }

    [Fact]
    public async Task AlwaysInterleave_runs_while_a_blocking_call_waits()
    {
        await using var silo = await StartAsync();
        var probe = silo.Grains.GetGrain<ITurnProbeGrain>(Guid.NewGuid().ToString());
        var blocked = probe.WaitForSignalAsync("release");
        await probe.SignalAsync("release").WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        await blocked.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task A_non_reentrant_grain_queues_a_second_call_behind_a_waiting_one()
    {
        await using var silo = await StartAsync();
        var probe = silo.Grains.GetGrain<ITurnProbeGrain>(Guid.NewGuid().ToString());
        var first = probe.WaitForSignalAsync("a");
        var second = probe.EnterAndYieldAsync(1);
        await probe.PeekMaxConcurrencyAsync();
        Assert.False(second.IsCompleted, "the second call must wait for the first turn to finish");

        await probe.SignalAsync("a");
        await Task.WhenAll(first, second).WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task A_reentrant_grain_lets_a_call_in_while_another_awaits()
    {
        await using var silo = await StartAsync();
        var grain = silo.Grains.GetGrain<IReentrantProbeGrain>(Guid.NewGuid().ToString());
        var waiting = grain.WaitForSignalAsync("x");
        await grain.SignalAsync("x").WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        await waiting.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task A_call_cycle_back_into_a_non_reentrant_grain_fails_fast_instead_of_hanging()
    {
        await using var silo = await StartAsync();
        var aKey = "a-" + Guid.NewGuid();
        var a = silo.Grains.GetGrain<IPingGrain>(aKey);
        var b = "b-" + Guid.NewGuid();
        Assert.Equal($"{aKey}>{b}", await a.RelayAsync([b]).WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken));

        var error = await Assert.ThrowsAsync<GrainDeadlockException>(() => a.RelayAsync([b, aKey]).WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken));
        Assert.Contains("call chain", error.Message);
    }

    [Fact]
    public async Task Mutable_arguments_and_results_are_copied_and_immutable_ones_are_not()
    {
        await using var silo = await StartAsync();
        var grain = silo.Grains.GetGrain<IPingGrain>(Guid.NewGuid().ToString());
        var mine = new List<int> { 1, 2 };
        var returned = await grain.MutateAndReturnAsync(mine);
        Assert.Equal([1, 2], mine);
        Assert.Equal([1, 2, 99], returned);

        var payload = new ImmutablePayload("shared");
        await grain.KeepsReferenceAsync(payload);
        Assert.Same(payload, PingGrain.LastPayload);
    }

    [Fact]
    public async Task Compiler_made_collections_are_copied_as_their_declared_type()
    {
        await using var silo = await StartAsync();
        var grain = silo.Grains.GetGrain<IPingGrain>(Guid.NewGuid().ToString());
        string[] source = ["a", "b"];

        var returned = await grain.SpreadAsync([.. source]);

        Assert.Equal(["a", "b", "end"], returned);
    }
}
