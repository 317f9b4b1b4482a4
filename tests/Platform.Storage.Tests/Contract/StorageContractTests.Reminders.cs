namespace Platform.Storage.Tests.Contract;

/// <summary>Reminders: registration, exactly-once claims across nodes, leases, completion.</summary>
public abstract partial class StorageContractTests
{
    private static readonly DateTimeOffset _t0 = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan _lease = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task Reminders_are_upserted_read_and_deleted()
    {
        var grain = Guid.NewGuid().ToString("N");
        var firstETag = await Storage.Reminders.UpsertAsync("booking", grain, "start", _t0, null, Token);
        await Storage.Reminders.UpsertAsync("booking", grain, "end", _t0.AddHours(2), TimeSpan.FromMinutes(5), Token);
        var replacedETag = await Storage.Reminders.UpsertAsync("booking", grain, "start", _t0.AddMinutes(30), null, Token);

        var entries = await Storage.Reminders.ReadAsync("booking", grain, Token);

        Assert.NotEqual(firstETag, replacedETag);
        Assert.Equal(
            [new ReminderEntry("booking", grain, "end", _t0.AddHours(2), TimeSpan.FromMinutes(5), entries[0].ETag),
             new ReminderEntry("booking", grain, "start", _t0.AddMinutes(30), null, replacedETag)],
            entries);
        Assert.True(await Storage.Reminders.DeleteAsync("booking", grain, "start", Token));
        Assert.False(await Storage.Reminders.DeleteAsync("booking", grain, "start", Token));
        Assert.Equal(["end"], (await Storage.Reminders.ReadAsync("booking", grain, Token)).Select(e => e.Name));
    }

    [Fact]
    public async Task Claims_racing_from_two_nodes_give_each_due_reminder_to_exactly_one_node()
    {
        const int due = 60;
        var nodeB = await OpenAsync("b");
        for (var i = 0; i < due; i++)
        {
            await Storage.Reminders.UpsertAsync("session", $"s{i:D3}", "close", _t0.AddSeconds(-i), null, Token);
        }

        await Storage.Reminders.UpsertAsync("session", "future", "close", _t0.AddHours(1), null, Token);

        async Task<List<ReminderEntry>> DrainAsync(IStorageProvider node)
        {
            var claimed = new List<ReminderEntry>();
            while (await node.Reminders.ClaimDueAsync(node.NodeId, _t0, _lease, 4, Token) is { Count: > 0 } batch)
            {
                claimed.AddRange(batch);
            }

            return claimed;
        }

        var results = await Task.WhenAll(Task.Run(() => DrainAsync(Storage), Token), Task.Run(() => DrainAsync(nodeB), Token));

        var all = results.SelectMany(r => r).Select(e => e.GrainKey).ToList();
        Assert.Equal(due, all.Count);
        Assert.Equal(Enumerable.Range(0, due).Select(i => $"s{i:D3}").Order(), all.Order());
        Assert.Empty(await Storage.Reminders.ClaimDueAsync("c", _t0, _lease, 100, Token));
        TestContext.Current.SendDiagnosticMessage($"node a claimed {results[0].Count}, node b claimed {results[1].Count}");
    }

    [Fact]
    public async Task A_leased_reminder_is_not_claimed_again_until_the_lease_expires()
    {
        var grain = Guid.NewGuid().ToString("N");
        await Storage.Reminders.UpsertAsync("booking", grain, "start", _t0, null, Token);
        var first = Assert.Single(await Storage.Reminders.ClaimDueAsync("a", _t0, _lease, 10, Token));

        Assert.Empty(await Storage.Reminders.ClaimDueAsync("b", _t0 + _lease - TimeSpan.FromSeconds(1), _lease, 10, Token));
        var second = Assert.Single(await Storage.Reminders.ClaimDueAsync("b", _t0 + _lease, _lease, 10, Token));

        Assert.Equal(first with { ETag = second.ETag }, second);
        Assert.False(await Storage.Reminders.CompleteAsync(first, null, Token), "the expired claim must not complete the re-claimed reminder");
        Assert.True(await Storage.Reminders.CompleteAsync(second, null, Token));
    }

    [Fact]
    public async Task Completing_a_periodic_reminder_moves_it_and_frees_its_lease()
    {
        var grain = Guid.NewGuid().ToString("N");
        await Storage.Reminders.UpsertAsync("grid", grain, "retention", _t0, TimeSpan.FromHours(1), Token);
        var claimed = Assert.Single(await Storage.Reminders.ClaimDueAsync("a", _t0, _lease, 10, Token));

        Assert.True(await Storage.Reminders.CompleteAsync(claimed, _t0.AddHours(1), Token));

        var moved = Assert.Single(await Storage.Reminders.ReadAsync("grid", grain, Token));
        Assert.Equal(_t0.AddHours(1), moved.DueAtUtc);
        Assert.Empty(await Storage.Reminders.ClaimDueAsync("a", _t0.AddMinutes(59), _lease, 10, Token));
        Assert.Single(await Storage.Reminders.ClaimDueAsync("b", _t0.AddHours(1), _lease, 10, Token));
    }

    [Fact]
    public async Task Completing_a_one_shot_reminder_deletes_it()
    {
        var grain = Guid.NewGuid().ToString("N");
        await Storage.Reminders.UpsertAsync("booking", grain, "end", _t0, null, Token);
        var claimed = Assert.Single(await Storage.Reminders.ClaimDueAsync("a", _t0, _lease, 10, Token));

        Assert.True(await Storage.Reminders.CompleteAsync(claimed, null, Token));

        Assert.Empty(await Storage.Reminders.ReadAsync("booking", grain, Token));
    }

    [Fact]
    public async Task Completing_after_re_registration_returns_false_and_keeps_the_new_registration()
    {
        var grain = Guid.NewGuid().ToString("N");
        await Storage.Reminders.UpsertAsync("booking", grain, "end", _t0, null, Token);
        var claimed = Assert.Single(await Storage.Reminders.ClaimDueAsync("a", _t0, _lease, 10, Token));
        var newETag = await Storage.Reminders.UpsertAsync("booking", grain, "end", _t0.AddDays(1), null, Token);

        Assert.False(await Storage.Reminders.CompleteAsync(claimed, null, Token));

        var kept = Assert.Single(await Storage.Reminders.ReadAsync("booking", grain, Token));
        Assert.Equal((_t0.AddDays(1), newETag), (kept.DueAtUtc, kept.ETag));
    }

    [Fact]
    public async Task Completing_after_delete_and_re_registration_returns_false()
    {
        var grain = Guid.NewGuid().ToString("N");
        await Storage.Reminders.UpsertAsync("booking", grain, "end", _t0, null, Token);
        var claimed = Assert.Single(await Storage.Reminders.ClaimDueAsync("a", _t0, _lease, 10, Token));
        await Storage.Reminders.DeleteAsync("booking", grain, "end", Token);
        await Storage.Reminders.UpsertAsync("booking", grain, "end", _t0, null, Token);

        Assert.False(await Storage.Reminders.CompleteAsync(claimed, null, Token));
        Assert.Single(await Storage.Reminders.ReadAsync("booking", grain, Token));
    }

    [Fact]
    public async Task Invalid_reminder_arguments_are_rejected()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Storage.Reminders.UpsertAsync("g", "k", "n", _t0, TimeSpan.Zero, Token));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Storage.Reminders.ClaimDueAsync("a", _t0, TimeSpan.Zero, 10, Token));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Storage.Reminders.ClaimDueAsync("a", _t0, _lease, 0, Token));
    }
}
