using Platform.Grains.Errors;
using Platform.Grains.Sessions;
using Platform.Runtime;

namespace Platform.Grains.Micrographs;

/// <summary>
/// One micrograph's results from one source. Recording merges (<see cref="MicrographResult.Over"/>: a value a report
/// leaves out keeps the stored one, a given value replaces it, so a re-processed movie's newer values win), is idempotent
/// (a report that changes nothing is not rewritten), and the manual exclude flag survives new results.
/// </summary>
[GrainType("micrograph")]
public sealed class MicrographGrain([PersistentState("micrograph")] IPersistentState<MicrographState> state) : Grain, IMicrographGrain
{
    private MicrographState S => state.State;

    public async Task<MicrographView> RecordAsync(RecordMicrographRequest request)
    {
        InvalidInputException.ThrowIfAny(request.Result.Validate());
        if (MicrographKeys.For(request.SessionId, request.Source, request.Result.Name) != GrainKey)
        {
            throw new InvalidInputException([new FieldError("name", $"does not match the micrograph key '{GrainKey}'")]);
        }

        var stored = state.RecordExists ? S.Result : null;
        var merged = request.Result.Over(stored);
        if (stored is not null && Same(stored, merged))
        {
            return View();
        }

        S.SessionId = request.SessionId;
        S.FacilityId = request.FacilityId;
        S.Source = request.Source;
        S.Result = merged;
        S.UpdatedAtUtc = TimeProvider.GetUtcNow();
        await state.WriteStateAsync();
        return View();
    }

    public Task<MicrographView> GetAsync() => Task.FromResult(View());

    public async Task<MicrographView> SetExcludedAsync(bool excluded)
    {
        View();
        if (S.Excluded != excluded)
        {
            S.Excluded = excluded;
            S.UpdatedAtUtc = TimeProvider.GetUtcNow();
            await state.WriteStateAsync();
        }

        return View();
    }

    public Task<IReadOnlyList<SessionCounter>> SessionCountersDueAsync()
    {
        View();
        var due = new List<SessionCounter>(2);
        if (S.Source == MicrographKeys.AgentSource && S.Result is { } result)
        {
            if (result.FilePath is not null && !S.CountedInSession.Contains(SessionCounter.MoviesTransferred))
            {
                due.Add(SessionCounter.MoviesTransferred);
            }

            if ((result.DriftTotalAngstrom is not null || result.DefocusUAngstrom is not null) && !S.CountedInSession.Contains(SessionCounter.MicrographsProcessed))
            {
                due.Add(SessionCounter.MicrographsProcessed);
            }
        }

        return Task.FromResult<IReadOnlyList<SessionCounter>>(due);
    }

    public async Task MarkSessionCountedAsync(IReadOnlyList<SessionCounter> counters)
    {
        View();
        var added = counters.Where(c => !S.CountedInSession.Contains(c)).Distinct().ToList();
        if (added.Count > 0)
        {
            S.CountedInSession.AddRange(added);
            await state.WriteStateAsync();
        }
    }

    public async Task DeleteAsync()
    {
        if (state.RecordExists)
        {
            await state.ClearStateAsync();
        }
    }

    private MicrographView View() =>
        state.RecordExists && S.Result is { } result
            ? new MicrographView(GrainKey, S.SessionId, S.FacilityId, result, S.Source, S.Excluded, S.UpdatedAtUtc)
            : throw new NotFoundException("Micrograph", GrainKey);

    // Records carry lists, whose equality is by reference: compare those by content.
    private static bool Same(MicrographResult a, MicrographResult b) =>
        a with { DriftTraceXAngstrom = [], DriftTraceYAngstrom = [] } == b with { DriftTraceXAngstrom = [], DriftTraceYAngstrom = [] }
        && a.DriftTraceXAngstrom.SequenceEqual(b.DriftTraceXAngstrom)
        && a.DriftTraceYAngstrom.SequenceEqual(b.DriftTraceYAngstrom);
}
