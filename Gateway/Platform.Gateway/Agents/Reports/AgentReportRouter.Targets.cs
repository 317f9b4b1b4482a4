using Platform.Gateway.Agents.Targets;
using Platform.Grains.Errors;
using Platform.Grains.Grids;
using Platform.Grains.Sessions;
using Platform.Grains.Targets;

namespace Platform.Gateway.Agents.Reports;

/// <summary>Target, image and acquisition reports: validated in full, then applied to the Grid or the Target grain.</summary>
public sealed partial class AgentReportRouter
{
    public const int MaxTargetsPerReport = 5000;

    private async Task<bool> TargetsFoundAsync(ReportFields f, SessionView session)
    {
        var grid = Grid(f, session);
        var targets = f.Value<List<object?>>("targets").Cast<TargetFound>().ToList();
        if (targets.Count is 0 or > MaxTargetsPerReport)
        {
            throw f.Malformed($"targets must list 1 to {MaxTargetsPerReport} targets");
        }

        if (targets.Select(FoundTargetInput.Problem).FirstOrDefault(p => p is not null) is { } problem)
        {
            throw f.Malformed(problem);
        }

        if (targets.Select(t => t.TargetId).Distinct(StringComparer.Ordinal).Count() != targets.Count)
        {
            throw f.Malformed("a target id appears twice");
        }

        var parent = f.OptionalText("parentTargetId", 200);
        return await grid.RecordTargetsFoundAsync([.. targets.Select(t => t with { ParentTargetId = t.ParentTargetId ?? parent })], f.IdempotencyKey);
    }

    private async Task<bool> TargetStateAsync(ReportFields f, SessionView session)
    {
        var (target, view) = await ExistingTargetAsync(f, session, f.Text("targetId", 200));
        var state = f.Enum<WorkState>("state");
        var holeAcquired = state is WorkState.Acquired && view.Found.Level is TargetLevel.Hole;
        return await CountAsync(target.ReportStateAsync(state, f.OptionalText("message"), f.IdempotencyKey),
            session, holeAcquired ? SessionCounter.HolesAcquired : null, f.IdempotencyKey);
    }

    private async Task<bool> ImageAsync(ReportFields f, SessionView session, DateTimeOffset at)
    {
        var kind = f.Enum<TargetImageKind>("kind");
        var image = new TargetImage(kind, f.Text("relativePath", 1000), f.Int("widthPixels", min: 1), f.Int("heightPixels", min: 1), Positive(f, "pixelSizeAngstrom"), at);
        if (f.OptionalText("targetId", 200) is not { Length: > 0 } targetId)
        {
            return kind is TargetImageKind.Atlas
                ? await Grid(f, session).RecordAtlasImageAsync(image, f.IdempotencyKey)
                : throw f.Malformed("square and hole images need the targetId they show");
        }

        var (target, _) = await ExistingTargetAsync(f, session, targetId);
        return await CountAsync(target.RecordImageAsync(image, f.IdempotencyKey),
            session, kind is TargetImageKind.Square ? SessionCounter.SquaresAcquired : null, f.IdempotencyKey);
    }

    private async Task<bool> AcquisitionAsync(ReportFields f, SessionView session, DateTimeOffset at)
    {
        var (target, _) = await ExistingTargetAsync(f, session, f.Text("targetId", 200));
        var acquisition = new TargetAcquisition(
            f.Text("relativePath", 1000),
            f.Number("defocusMicrons"),
            f.Number("imageShiftXMicrons"),
            f.Number("imageShiftYMicrons"),
            Positive(f, "exposureSeconds"),
            f.Int("frames", min: 1),
            Positive(f, "doseElectronsPerSquareAngstrom"),
            at);
        return await CountAsync(target.RecordAcquisitionAsync(acquisition, f.IdempotencyKey), session, SessionCounter.ExposuresAcquired, f.IdempotencyKey);
    }

    private async Task<(ITargetGrain Grain, TargetView View)> ExistingTargetAsync(ReportFields f, SessionView session, string targetId)
    {
        Grid(f, session);
        var target = grains.GetGrain<ITargetGrain>(TargetKeys.For(session.Id, f.Int("gridPosition"), targetId));
        try
        {
            return (target, await target.GetAsync());
        }
        catch (NotFoundException)
        {
            throw new ReportRejectedException(ReportRejectedException.UnknownTarget, $"Grid {f.Int("gridPosition")} of session '{session.Id}' has no target '{targetId}'.");
        }
    }

    private static double Positive(ReportFields f, string name) =>
        f.Number(name) is > 0 and var value ? value : throw f.Malformed($"{name} must be positive");
}
