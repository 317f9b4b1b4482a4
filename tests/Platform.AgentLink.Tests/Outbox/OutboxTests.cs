using Platform.AgentLink.Contracts;
using Platform.AgentLink.Outbox;
using Platform.AgentLink.Tests.Support;

namespace Platform.AgentLink.Tests.Outbox;

/// <summary>The outbox on its own: durable across reopening, typed errors for a full disk and for reports that could never be sent.</summary>
public sealed class OutboxTests
{
    private static readonly Uri _nowhere = new("http://127.0.0.1:9/graphql");

    [Fact]
    public async Task Reports_stay_in_the_outbox_in_order_while_the_platform_is_unreachable_and_across_a_reopen()
    {
        var database = Links.NewDatabasePath();
        var ct = TestContext.Current.CancellationToken;
        await using (var link = Links.Start(_nowhere, database))
        {
            for (var i = 0; i < 5; i++)
            {
                await link.EnqueueAsync(new LogReport($"k{i}", "s", DateTimeOffset.UtcNow, LogPanel.Queue, $"line {i}"), ct);
            }

            await link.EnqueueAsync(new LogReport("k0", "s", DateTimeOffset.UtcNow, LogPanel.Queue, "line 0 again"), ct);
        }

        using var reopened = LinkDatabase.Open(database);
        var rows = reopened.Peek(100);
        Assert.Equal(["k0", "k1", "k2", "k3", "k4"], rows.Select(r => r.IdempotencyKey));
        Assert.Contains("\"line 0\"", rows[0].Json, StringComparison.Ordinal);
        Assert.All(rows, r => Assert.Equal("log", r.Kind));
    }

    [Fact]
    public async Task A_full_disk_is_an_OutboxFullException_and_stores_nothing_of_that_report()
    {
        var database = Links.NewDatabasePath();
        await using var link = GraphQLPlatformLink.Start(Links.Options(_nowhere, database) with { MaxDatabasePages = 12 }, new Connection.FixedAccessTokenProvider(null));
        var big = new string('x', 3000);
        var stored = 0;
        var full = await Assert.ThrowsAsync<OutboxFullException>(async () =>
        {
            for (var i = 0; i < 1000; i++)
            {
                await link.EnqueueAsync(new LogReport($"big-{i}", "s", DateTimeOffset.UtcNow, LogPanel.Queue, big), TestContext.Current.CancellationToken);
                stored++;
            }
        });

        Assert.Contains("full", full.Message, StringComparison.Ordinal);
        Assert.Equal(stored, link.PendingReports);
    }

    [Fact]
    public async Task A_report_without_a_key_or_with_a_non_finite_number_is_refused_before_it_is_stored()
    {
        await using var link = Links.Start(_nowhere, Links.NewDatabasePath());
        var ct = TestContext.Current.CancellationToken;

        await Assert.ThrowsAsync<ArgumentException>(async () => await link.EnqueueAsync(new LogReport(" ", "s", DateTimeOffset.UtcNow, LogPanel.Queue, "x"), ct));
        await Assert.ThrowsAsync<ArgumentException>(async () => await link.EnqueueAsync(new AcquisitionReport("nan", "s", DateTimeOffset.UtcNow, 1, "t", "f.tif", double.NaN, 0, 0, 2, 40, 50), ct));
        Assert.Equal(0, link.PendingReports);
    }
}
