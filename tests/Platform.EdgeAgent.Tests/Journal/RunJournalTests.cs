using Platform.AgentLink.Contracts;
using Platform.EdgeAgent.Journal;

namespace Platform.EdgeAgent.Tests.Journal;

/// <summary>The local journal: queue order, guarded transitions, persistence across reopen, and a clear error for a corrupt file.</summary>
public sealed class RunJournalTests
{
    private static TargetReport Hole(string id, bool selected = true) => new(id, "g1/sq1", TargetLevel.Hole, 1, 2, 3, 4, 0.9, "good", selected, 1);

    [Fact]
    public void Targets_keep_queue_order_and_state_survives_reopening()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("journal-").FullName, "j.db");
        using (var journal = RunJournal.Open(path))
        {
            journal.RecordFound("s", "g1/sq1/holes", 1, [(Hole("g1/sq1/h2"), "g1/sq1/h2"), (Hole("g1/sq1/h1"), "g1/sq1/h2"), (Hole("g1/sq1/h3", selected: false), null)]);
            Assert.True(journal.TransitionTarget("s", "g1/sq1/h2", WorkState.Queued, WorkState.Started));
            Assert.False(journal.TransitionTarget("s", "g1/sq1/h2", WorkState.Queued, WorkState.Started));
            Assert.False(journal.AddTarget("s", 1, Hole("g1/sq1/h1")));
            journal.SetGridState("s", 1, WorkState.Started);
        }

        using var reopened = RunJournal.Open(path);
        var targets = reopened.Targets("s", 1);
        Assert.Equal(["g1/sq1/h2", "g1/sq1/h1", "g1/sq1/h3"], targets.Select(t => t.Target.TargetId));
        Assert.Equal([WorkState.Started, WorkState.Queued, WorkState.Skipped], targets.Select(t => t.State));
        Assert.Equal("g1/sq1/h2", targets[1].BisCenterId);
        Assert.True(reopened.IsStepDone("s", "g1/sq1/holes"));
        Assert.False(reopened.IsStepDone("other-session", "g1/sq1/holes"));
        Assert.Equal(WorkState.Started, reopened.GridState("s", 1));
        Assert.Null(reopened.GridState("s", 2));
    }

    [Fact]
    public void A_corrupt_journal_file_is_a_clear_journal_error()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("journal-").FullName, "j.db");
        File.WriteAllText(path, new string('x', 4096));

        var error = Assert.Throws<JournalException>(() => RunJournal.Open(path));
        Assert.Contains("journal", error.Message, StringComparison.OrdinalIgnoreCase);
    }
}
