using Platform.Grains.Errors;
using Platform.Grains.Micrographs;
using Platform.Grains.Sessions;
using Platform.Runtime;

namespace Platform.Gateway.Micrographs;

/// <summary>
/// The one way results enter the micrograph table, for the agent's micrograph reports (source <c>agent</c>) and external
/// pipelines (source = the results client's name): merged into the micrograph grain of <c>session/source/name</c>.
/// </summary>
public static class MicrographIngestion
{
    /// <summary>Records <paramref name="result"/>: the micrograph after it, and whether it changed (false for a resend). Invalid results throw <see cref="InvalidInputException"/> and change nothing.</summary>
    public static async Task<(MicrographView Micrograph, bool Changed)> RecordAsync(IGrainFactory grains, SessionView session, string source, MicrographResult result)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(result);
        var grain = grains.GetGrain<IMicrographGrain>(MicrographKeys.For(session.Id, source, result.Name));
        MicrographView? before;
        try
        {
            before = await grain.GetAsync().ConfigureAwait(false);
        }
        catch (NotFoundException)
        {
            before = null;
        }

        // The grain leaves an unchanged micrograph unwritten, so its update time tells a resend from a change.
        var after = await grain.RecordAsync(new RecordMicrographRequest(session.Id, session.FacilityId, source, result)).ConfigureAwait(false);
        return (after, before is null || after.UpdatedAtUtc != before.UpdatedAtUtc);
    }
}
