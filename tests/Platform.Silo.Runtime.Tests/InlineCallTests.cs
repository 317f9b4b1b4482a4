using Platform.Silo.Runtime.Tests.TestGrains;
using Platform.Testing;

namespace Platform.Silo.Runtime.Tests;

/// <summary>
/// A call to an activation with nothing running starts on the caller's thread (ActivationScheduler.StartInline) and,
/// when the grain answers synchronously, is complete when it returns; the one-turn-at-a-time guarantee still holds when
/// inline starts and thread-pool turns mix.
/// </summary>
public sealed class InlineCallTests
{
    private static Task<TestSilo> StartAsync() => TestSilo.StartAsync(typeof(CounterGrain).Assembly);

    [Fact]
    public async Task A_call_to_an_idle_activation_runs_on_the_callers_thread_and_is_complete_on_return()
    {
        await using var silo = await StartAsync();
        var probe = silo.Grains.GetGrain<ITurnProbeGrain>(Guid.NewGuid().ToString());
        await probe.ThreadIdAsync();

        // The previous call's bookkeeping finishes on another thread just after its caller resumes, so the activation may
        // still count it for a moment; the first call that finds the activation free must run inline.
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var caller = Environment.CurrentManagedThreadId;
            var call = probe.ThreadIdAsync();
            if (call.IsCompleted)
            {
                Assert.Equal(caller, await call);
                return;
            }

            await call;
            await Task.Delay(5, TestContext.Current.CancellationToken);
        }

        Assert.Fail("no call to the idle activation ran inline in 200 attempts");
    }

    [Fact]
    public async Task Callers_on_many_threads_never_run_one_grains_code_on_two_threads_at_once()
    {
        await using var silo = await StartAsync();
        var probe = silo.Grains.GetGrain<ITurnProbeGrain>(Guid.NewGuid().ToString());
        await probe.ThreadIdAsync();

        await Task.WhenAll(Enumerable.Range(0, 8).Select(worker => Task.Run(
            async () =>
            {
                for (var i = 0; i < 200; i++)
                {
                    await (i % 2 == 0 ? probe.ThreadIdAsync() : probe.EnterAndYieldAsync(worker % 3));
                }
            },
            TestContext.Current.CancellationToken)));

        Assert.Equal(1, await probe.MaxConcurrencyAsync());
    }

    [Fact]
    public async Task A_grain_started_inline_still_resumes_its_awaits_one_turn_at_a_time()
    {
        await using var silo = await StartAsync();
        var probe = silo.Grains.GetGrain<ITurnProbeGrain>(Guid.NewGuid().ToString());
        await probe.ThreadIdAsync();

        var waiting = probe.WaitForSignalAsync("go");
        var queued = Enumerable.Range(0, 16).Select(_ => probe.EnterAndYieldAsync(3)).ToList();
        await probe.SignalAsync("go").WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        await Task.WhenAll([waiting, .. queued]).WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        Assert.Equal(1, await probe.MaxConcurrencyAsync());
    }

    [Fact]
    public async Task A_grain_started_inline_from_a_thread_with_a_synchronization_context_resumes_on_its_own_scheduler()
    {
        await using var silo = await StartAsync();
        var probe = silo.Grains.GetGrain<ITurnProbeGrain>(Guid.NewGuid().ToString());
        await probe.ThreadIdAsync();

        var results = new List<Task<bool>>();
        var previous = SynchronizationContext.Current;
        var foreign = new CountingContext();
        SynchronizationContext.SetSynchronizationContext(foreign);
        try
        {
            for (var i = 0; i < 20; i++)
            {
                results.Add(probe.ResumesOnItsSchedulerAsync());
            }
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }

        Assert.All(await Task.WhenAll(results).WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken), Assert.True);
        Assert.Equal(0, foreign.Posts);
    }

    /// <summary>A caller's context that counts what is posted to it (grain code must post nothing).</summary>
    private sealed class CountingContext : SynchronizationContext
    {
        private int _posts;

        public int Posts => _posts;

        public override void Post(SendOrPostCallback d, object? state)
        {
            Interlocked.Increment(ref _posts);
            base.Post(d, state);
        }
    }
}
