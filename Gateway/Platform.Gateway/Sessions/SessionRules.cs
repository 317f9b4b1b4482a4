using Platform.Gateway.Authorization;
using Platform.Grains.Identity;
using Platform.GraphQL.Authorization;
using Platform.GraphQL.Execution;
using Platform.Identity.Claims;

namespace Platform.Gateway.Sessions;

/// <summary>
/// The rules of the session mutations that need more than a role: a user creates, copies or moves sessions only for their
/// own groups, and only staff may mark a session as requested by staff.
/// </summary>
public static class SessionRules
{
    /// <summary><c>createSession</c>: staff of the booking's facility, or a user who sees the booking, for one of their groups.</summary>
    public static FieldRule Create { get; } = Rules.Custom("staff of the booking's facility, or a user of input.groupId who sees the booking", async (context, caller) =>
        Decide(caller, await AccessTargets.BookingInInput("bookingId").FacilityOf(context).ConfigureAwait(false), Input(context)));

    /// <summary><c>copySessionSettings</c>: whoever sees the source session; the copy keeps its group.</summary>
    public static FieldRule Copy { get; } = Rules.Custom("a user who sees the session in input.sourceSessionId", async (context, caller) =>
    {
        var facilityId = await AccessTargets.SessionInInput("sourceSessionId").FacilityOf(context).ConfigureAwait(false);
        return Decide(caller, facilityId, Input(context) with { GroupId = null });
    });

    /// <summary><c>updateSessionSetup</c>: whoever sees the session; a user may move it only to one of their groups.</summary>
    public static FieldRule UpdateSetup { get; } = Rules.Custom("a user who sees the session in input.sessionId (moving it only to their own group)", async (context, caller) =>
        Decide(caller, await AccessTargets.SessionInInput().FacilityOf(context).ConfigureAwait(false), Input(context) with { RequestedByStaff = false }));

    private static FieldDecision Decide(Caller caller, string? facilityId, SessionInput input)
    {
        var member = Rules.Decide(caller, facilityId, FacilityRole.User);
        if (!member.IsAllowed || facilityId is null || caller.HasRoleIn(facilityId, FacilityRole.Staff))
        {
            return member;
        }

        if (input.RequestedByStaff)
        {
            return Denials.Forbidden("Only staff may mark a session as requested by staff.");
        }

        return input.GroupId is null || caller.IsMemberOfGroup(input.GroupId)
            ? FieldDecision.Allowed
            : Denials.Forbidden($"You are not a member of group '{input.GroupId}'.");
    }

    private static SessionInput Input(ResolverContext context)
    {
        var input = context.Argument<IReadOnlyDictionary<string, object?>>("input");
        return new SessionInput(input?.GetValueOrDefault("groupId") as string, input?.GetValueOrDefault("requestedByStaff") is true);
    }

    private sealed record SessionInput(string? GroupId, bool RequestedByStaff);
}
