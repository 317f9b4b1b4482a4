using Platform.Silo.Runtime.Calls;
using Platform.Silo.Runtime.Tests.TestGrains;
using Platform.Testing;

namespace Platform.Silo.Runtime.Tests;

/// <summary>A grain asked for again gets the reference handed out before; the kept references are bounded.</summary>
public sealed class GrainReferenceTests
{
    private static Task<TestSilo> StartAsync() => TestSilo.StartAsync(typeof(CounterGrain).Assembly);

    [Fact]
    public async Task The_same_grain_through_the_same_interface_is_one_reference_and_other_keys_or_interfaces_are_not()
    {
        await using var silo = await StartAsync();
        var key = Guid.NewGuid().ToString();

        var counter = silo.Grains.GetGrain<ICounterGrain>(key);

        Assert.Same(counter, silo.Grains.GetGrain<ICounterGrain>(key));
        Assert.NotSame(counter, silo.Grains.GetGrain<ICounterGrain>(key + "-other"));
        Assert.NotSame((object)counter, silo.Grains.GetGrain<IPingGrain>(key));
        Assert.Equal(key, ((GrainProxy)(object)counter).Target.Key);
    }

    [Fact]
    public async Task A_shared_reference_calls_its_own_grain_for_every_caller()
    {
        await using var silo = await StartAsync();
        var key = Guid.NewGuid().ToString();

        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => silo.Grains.GetGrain<ICounterGrain>(key).IncrementAsync(), TestContext.Current.CancellationToken)));

        Assert.Equal(20, await silo.Grains.GetGrain<ICounterGrain>(key).GetAsync());
        Assert.Equal(0, await silo.Grains.GetGrain<ICounterGrain>(key + "-other").GetAsync());
    }

    [Fact]
    public async Task Past_the_bound_the_kept_references_are_dropped_and_grains_still_answer()
    {
        await using var silo = await StartAsync();
        var first = silo.Grains.GetGrain<ICounterGrain>("bound-0");
        await first.IncrementAsync();

        for (var i = 1; i <= GrainReferences.MaxKept + 10; i++)
        {
            silo.Grains.GetGrain<ICounterGrain>("bound-" + i);
        }

        Assert.InRange(silo.Runtime.References.Count, 1, GrainReferences.MaxKept);
        var again = silo.Grains.GetGrain<ICounterGrain>("bound-0");
        Assert.NotSame(first, again);
        Assert.Equal(1, await again.GetAsync());
    }
}
