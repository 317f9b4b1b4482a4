using System.Globalization;
using Platform.Grains.Errors;
using Platform.Grains.SessionData;
using Platform.Runtime;

namespace Platform.Grains.ClassAverages;

/// <summary>
/// The latest class averages of a session from one source. A new set's images are written to the session's files first (in a
/// folder of their own iteration, cleared of anything a crashed attempt left), then the state switches to them in one write,
/// then the previous iteration's images are deleted; so readers see either the old set or the new one, complete.
/// </summary>
[GrainType("class-averages")]
public sealed class ClassAveragesGrain([PersistentState("class-averages")] IPersistentState<ClassAveragesState> state, ISessionDataStore sessionData)
    : Grain, IClassAveragesGrain
{
    private ClassAveragesState S => state.State;

    public async Task<bool> ReplaceAsync(ClassAveragesSubmission submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        if (ClassAveragesKeys.For(submission.SessionId, submission.Source) != GrainKey)
        {
            throw new InvalidInputException([new FieldError("source", $"does not match the class averages key '{GrainKey}'")]);
        }

        InvalidInputException.ThrowIfAny(submission.Validate());
        if (S.AppliedKeys.Contains(submission.IdempotencyKey))
        {
            return false;
        }

        var previous = S.Current;
        var iteration = (previous?.Iteration ?? 0) + 1;
        var folder = ClassAveragesKeys.ImageFolder(submission.Source, iteration);
        await sessionData.DeleteFolderAsync(submission.FacilityId, submission.SessionId, folder, CancellationToken.None);
        var classes = new List<ClassAverageEntry>(submission.Classes.Count);
        foreach (var c in submission.Classes.OrderBy(c => c.Number))
        {
            var path = folder + $"class-{c.Number.ToString("D3", CultureInfo.InvariantCulture)}.png";
            using var png = new MemoryStream(c.Png, writable: false);
            await sessionData.WriteFileAsync(submission.FacilityId, submission.SessionId, path, png, CancellationToken.None);
            classes.Add(new ClassAverageEntry(c.Number, c.ParticleCount, c.ResolutionAngstrom, path));
        }

        S.Current = new ClassAveragesView(submission.SessionId, submission.FacilityId, submission.Source, iteration, TimeProvider.GetUtcNow(),
            submission.ParticleCount, submission.PixelSizeAngstrom, submission.BoxPixels, classes, submission.SourceIteration);
        S.AppliedKeys.Add(submission.IdempotencyKey);
        if (S.AppliedKeys.Count > ClassAveragesState.AppliedKeyWindow)
        {
            S.AppliedKeys.RemoveRange(0, S.AppliedKeys.Count - ClassAveragesState.AppliedKeyWindow);
        }

        await state.WriteStateAsync();
        if (previous is not null)
        {
            // Old images are unreferenced from here on; if deleting them fails they stay until the session's files are deleted.
            await sessionData.DeleteFolderAsync(previous.FacilityId, previous.SessionId, ClassAveragesKeys.ImageFolder(previous.Source, previous.Iteration), CancellationToken.None);
        }

        return true;
    }

    public Task<ClassAveragesView?> GetAsync() => Task.FromResult(S.Current);
}
