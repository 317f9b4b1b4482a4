using Platform.Grains.Errors;
using Platform.Runtime;

namespace Platform.Grains.Micrographs;

/// <summary>
/// One micrograph's results from one source. Recording is idempotent (equal results are not rewritten) and
/// last-writer-wins for a re-processed movie; the manual exclude flag survives new results.
/// </summary>
[GrainType("micrograph")]
public sealed class MicrographGrain([PersistentState("micrograph")] IPersistentState<MicrographState> state) : Grain, IMicrographGrain
{
    private MicrographState S => state.State;

    public async Task<MicrographView> RecordAsync(RecordMicrographRequest request)
    {
        InvalidInputException.ThrowIfAny([.. Validate(request.Result)]);
        if (MicrographKeys.For(request.SessionId, request.Source, request.Result.Name) != GrainKey)
        {
            throw new InvalidInputException([new FieldError("name", $"does not match the micrograph key '{GrainKey}'")]);
        }

        if (state.RecordExists && S.Result is { } current && Same(current, request.Result))
        {
            return View();
        }

        S.SessionId = request.SessionId;
        S.FacilityId = request.FacilityId;
        S.Source = request.Source;
        S.Result = request.Result;
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

    private static IEnumerable<FieldError> Validate(MicrographResult r)
    {
        (string Field, double? Value)[] nonNegative =
        [
            ("defocusUAngstrom", r.DefocusUAngstrom), ("defocusVAngstrom", r.DefocusVAngstrom), ("ctfFitResolutionAngstrom", r.CtfFitResolutionAngstrom),
            ("driftTotalAngstrom", r.DriftTotalAngstrom), ("iceThicknessNanometres", r.IceThicknessNanometres), ("doseElectronsPerSquareAngstrom", r.DoseElectronsPerSquareAngstrom),
        ];
        foreach (var (field, value) in nonNegative)
        {
            if (value is { } v && (!double.IsFinite(v) || v < 0))
            {
                yield return new FieldError(field, "must be a finite number ≥ 0");
            }
        }

        if (r.ParticleCount is < 0)
        {
            yield return new FieldError("particleCount", "must be ≥ 0");
        }

        if (r.DriftTraceXAngstrom.Count != r.DriftTraceYAngstrom.Count)
        {
            yield return new FieldError("driftTrace", "x and y need one value per frame each");
        }
    }
}
