using Platform.Gateway.Micrographs;
using Platform.Grains.Errors;
using Platform.Grains.Micrographs;
using Platform.Grains.Sessions;

namespace Platform.Gateway.Agents.Reports;

/// <summary>Micrograph reports: the pre-processing (or transfer) track's results for one movie, merged under source <c>agent</c>.</summary>
public sealed partial class AgentReportRouter
{
    private async Task<bool> MicrographAsync(ReportFields f, SessionView session)
    {
        try
        {
            var result = MicrographResultInput.Read(f.Value<IReadOnlyDictionary<string, object?>>("result"), "result.");
            var (micrograph, changed) = await MicrographIngestion.RecordAsync(grains, session, MicrographKeys.AgentSource, result);
            return await CountMicrographAsync(micrograph.Key, session) || changed;
        }
        catch (InvalidInputException invalid)
        {
            throw f.Malformed(invalid.Message);
        }
    }

    /// <summary>
    /// Counts the micrograph in the session's <c>moviesTransferred</c> / <c>micrographsProcessed</c> once each: the micrograph
    /// says which counters it is due for, the session counts each under a key of the micrograph's own (so a resend after a
    /// crash between the two steps is not counted twice), then the micrograph remembers it. No grain waits on another.
    /// </summary>
    private async Task<bool> CountMicrographAsync(string micrographKey, SessionView session)
    {
        var micrograph = grains.GetGrain<IMicrographGrain>(micrographKey);
        var due = await micrograph.SessionCountersDueAsync();
        if (due.Count == 0)
        {
            return false;
        }

        var sessionGrain = grains.GetGrain<ISessionGrain>(session.Id);
        var counted = false;
        foreach (var counter in due)
        {
            counted |= await sessionGrain.CountReportAsync(counter, $"micrograph/{micrographKey}/{counter}");
        }

        await micrograph.MarkSessionCountedAsync(due);
        return counted;
    }
}
