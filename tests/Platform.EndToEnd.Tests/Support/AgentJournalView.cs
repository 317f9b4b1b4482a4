using Platform.AgentLink.Contracts;
using Platform.EdgeAgent.Journal;

namespace Platform.EndToEnd.Tests.Support;

/// <summary>What the agent's own run journal says about a session's targets, read after the run (the agent keeps it open; SQLite allows a second reader).</summary>
internal static class AgentJournalView
{
    /// <summary>Every journalled target of the session's grids <paramref name="positions"/>, with its final state.</summary>
    public static IReadOnlyList<JournalTarget> Targets(ScreeningStack stack, string sessionKey, params int[] positions)
    {
        using var journal = RunJournal.Open(stack.JournalPath);
        return [.. positions.SelectMany(p => journal.Targets(sessionKey, p))];
    }

    public static int Count(IEnumerable<JournalTarget> targets, WorkState state) => targets.Count(t => t.State == state);
}
