using Platform.Silo.Runtime.Tests.TestGrains;
using Platform.Testing;

namespace Platform.Silo.Runtime.Tests;

/// <summary>Grain timers tick through the mailbox; durable reminders fire once per due time, even with two nodes polling.</summary>
public sealed class TimerAndReminderTests
{
    /// <summary>Reminder delivery driven by the test, so counts are exact.</summary>
    private static readonly RuntimeOptions ByHand = new() { PollReminders = false };

    [Fact]
    public async Task The_polling_loop_delivers_a_due_reminder_without_being_asked()
    {
        var options = new RuntimeOptions { ReminderPollInterval = TimeSpan.FromMilliseconds(20) };
        await using var silo = await TestSilo.StartAsync(typeof(ReminderProbeGrain).Assembly, options: options);
        var grain = silo.Grains.GetGrain<IReminderProbeGrain>(Guid.NewGuid().ToString());
        await grain.RegisterAsync("soon", TimeSpan.FromMilliseconds(50), period: null);
        await WaitForAsync(async () => (await grain.TicksAsync()).Count == 1, "the reminder loop to deliver 'soon'");
    }

    [Fact]
    public async Task A_grain_timer_ticks_once_per_period_and_stops_when_disposed()
    {
        var clock = new ManualTimeProvider();
        await using var silo = await TestSilo.StartAsync(typeof(TimerGrain).Assembly, clock);
        var grain = silo.Grains.GetGrain<ITimerGrain>(Guid.NewGuid().ToString());
        await grain.StartTimerAsync(TimeSpan.FromSeconds(10));

        for (var expected = 1; expected <= 3; expected++)
        {
            clock.Advance(TimeSpan.FromSeconds(10));
            var want = expected;
            await WaitForAsync(async () => await grain.TicksAsync() == want, $"tick {want}");
        }

        await grain.StopTimerAsync();
        clock.Advance(TimeSpan.FromSeconds(60));
        Assert.Equal(3, await grain.TicksAsync());
    }

    [Fact]
    public async Task A_one_shot_reminder_fires_once_when_due_and_not_before()
    {
        var clock = new ManualTimeProvider();
        await using var silo = await TestSilo.StartAsync(typeof(ReminderProbeGrain).Assembly, clock, options: ByHand);
        var grain = silo.Grains.GetGrain<IReminderProbeGrain>(Guid.NewGuid().ToString());
        await grain.RegisterAsync("expiry", TimeSpan.FromDays(30), period: null);

        clock.Advance(TimeSpan.FromDays(29));
        Assert.Equal(0, await silo.Runtime.DeliverDueRemindersAsync(TestContext.Current.CancellationToken));

        clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(1, await silo.Runtime.DeliverDueRemindersAsync(TestContext.Current.CancellationToken));
        Assert.Equal(0, await silo.Runtime.DeliverDueRemindersAsync(TestContext.Current.CancellationToken));
        Assert.Single(await grain.TicksAsync());
    }

    [Fact]
    public async Task A_periodic_reminder_survives_a_restart_of_the_node()
    {
        var clock = new ManualTimeProvider();
        var folder = Directory.CreateTempSubdirectory("platform-test-").FullName;
        var db = Path.Combine(folder, "p.db");
        var key = Guid.NewGuid().ToString();
        await using (var first = await TestSilo.StartAsync(typeof(ReminderProbeGrain).Assembly, clock, db, options: ByHand))
        {
            await first.Grains.GetGrain<IReminderProbeGrain>(key).RegisterAsync("tick", TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5));
        }

        await using var second = await TestSilo.StartAsync(typeof(ReminderProbeGrain).Assembly, clock, db, options: ByHand);
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await second.Runtime.DeliverDueRemindersAsync(TestContext.Current.CancellationToken));
        clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(1, await second.Runtime.DeliverDueRemindersAsync(TestContext.Current.CancellationToken));
        Assert.Equal(2, (await second.Grains.GetGrain<IReminderProbeGrain>(key).TicksAsync()).Count);
    }

    [Fact]
    public async Task Two_nodes_polling_at_once_deliver_each_due_reminder_exactly_once()
    {
        var clock = new ManualTimeProvider();
        var folder = Directory.CreateTempSubdirectory("platform-test-").FullName;
        var db = Path.Combine(folder, "p.db");
        await using var nodeA = await TestSilo.StartAsync(typeof(ReminderProbeGrain).Assembly, clock, db, "a", ByHand);
        await using var nodeB = await TestSilo.StartAsync(typeof(ReminderProbeGrain).Assembly, clock, db, "b", ByHand);
        var keys = Enumerable.Range(0, 20).Select(i => $"r{i}-{Guid.NewGuid()}").ToList();
        foreach (var key in keys)
        {
            await nodeA.Grains.GetGrain<IReminderProbeGrain>(key).RegisterAsync("once", TimeSpan.FromMinutes(1), null);
        }

        clock.Advance(TimeSpan.FromMinutes(2));
        var delivered = await Task.WhenAll(nodeA.Runtime.DeliverDueRemindersAsync(TestContext.Current.CancellationToken), nodeB.Runtime.DeliverDueRemindersAsync(TestContext.Current.CancellationToken));
        Assert.Equal(keys.Count, delivered.Sum());

        await using var reader = await TestSilo.StartAsync(typeof(ReminderProbeGrain).Assembly, clock, db, "c", ByHand);
        foreach (var key in keys)
        {
            Assert.Single(await reader.Grains.GetGrain<IReminderProbeGrain>(key).TicksAsync());
        }
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition, string what)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!await condition())
        {
            if (timeout.IsCancellationRequested)
            {
                throw new TimeoutException($"Timed out waiting for {what}.");
            }

            await Task.Delay(5, CancellationToken.None);
        }
    }
}
