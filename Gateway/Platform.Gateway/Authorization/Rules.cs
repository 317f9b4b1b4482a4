using Platform.Grains.Identity;
using Platform.GraphQL.Authorization;
using Platform.GraphQL.Execution;
using Platform.Identity.Claims;

namespace Platform.Gateway.Authorization;

/// <summary>
/// The authorization rules fields declare (<c>.Authorize(Rules.Staff(AccessTargets.SessionInInput()))</c>); the schema is built with
/// <c>RequireFieldRules</c>, so a field without a rule fails the build. Visibility of objects (another facility's or group's
/// objects behave like unknown ids) is applied by the type loaders (<see cref="Visibility"/>) and list scopes (<see cref="ListScopes"/>);
/// these rules add who may act: signed in or not, user or agent, and the role needed in the target's facility.
/// </summary>
public static class Rules
{
    /// <summary>Fields of an object: whoever could load the object may read them.</summary>
    public static FieldRule WithParent => FieldRule.WithParent;

    /// <summary><c>node</c>/<c>nodes</c>: open; each object is checked by its type's loader.</summary>
    public static FieldRule CheckedByLoader => FieldRule.CheckedByLoader;

    /// <summary>List fields of a visible object whose rows the index query restricts to the caller's (<see cref="ListScopes"/>).</summary>
    public static FieldRule ScopedList { get; } = FieldRule.Unconditional("index-filtered to what the caller may see");

    /// <summary>Any signed-in caller, user or agent; what they then see is restricted by visibility.</summary>
    public static FieldRule SignedIn { get; } = FieldRule.Create("signed in", context =>
        ValueTask.FromResult(context.Caller().IsAuthenticated ? FieldDecision.Allowed : Denials.Unauthenticated));

    /// <summary>A user who can see the target (its facility's staff, or a user of its group).</summary>
    public static FieldRule Member(AccessTarget target) => Role(target, FacilityRole.User);

    /// <summary>Staff (or facility admin) of the target's facility.</summary>
    public static FieldRule Staff(AccessTarget target) => Role(target, FacilityRole.Staff);

    /// <summary>
    /// Any signed-in caller (user or agent) who sees the target. When the target is unknown or invisible the field fails with
    /// <paramref name="asUnknown"/> — the very error an unknown id gets — for fields whose unknown-id answer is an error.
    /// </summary>
    public static FieldRule Viewer(AccessTarget target, Func<ResolverContext, FieldDecision> asUnknown) => FieldRule.Create($"anyone who sees {target.Description}", async context =>
        !context.Caller().IsAuthenticated ? Denials.Unauthenticated
        : await target.FacilityOf(context).ConfigureAwait(false) is null ? asUnknown(context)
        : FieldDecision.Allowed);

    /// <summary>
    /// The edge agent registered for the microscope named by <paramref name="argument"/>; another microscope's agent gets
    /// <paramref name="asUnknown"/>, the very error an unknown microscope id gets.
    /// </summary>
    public static FieldRule AgentOfMicroscope(string argument, Func<string, FieldDecision> asUnknown) => FieldRule.Create($"the agent of the microscope in {argument}", context =>
    {
        var caller = context.Caller();
        var microscopeId = context.Argument<string>(argument) ?? "";
        return ValueTask.FromResult(
            !caller.IsAuthenticated ? Denials.Unauthenticated
            : caller.Kind != CallerKind.Agent ? Denials.AgentsOnly
            : caller.IsAgentOf(microscopeId) ? FieldDecision.Allowed
            : asUnknown(microscopeId));
    });

    /// <summary>Only a results client's token (an external pipeline); the session's facility is checked by the resolver (another facility's session is unknown).</summary>
    public static FieldRule ResultsClientsOnly { get; } = FieldRule.Create("a results client", context =>
    {
        var caller = context.Caller();
        return ValueTask.FromResult(
            !caller.IsAuthenticated ? Denials.Unauthenticated
            : caller.Kind == CallerKind.ResultsClient ? FieldDecision.Allowed
            : Denials.Forbidden("Only a results client's token may submit results."));
    });

    /// <summary>A rule decided by the caller and the request alone (e.g. an argument), named for what it allows.</summary>
    public static FieldRule Custom(string name, Func<ResolverContext, Caller, Task<FieldDecision>> check) =>
        FieldRule.Create(name, async context => await check(context, context.Caller()).ConfigureAwait(false));

    /// <summary>The decision of <see cref="Member"/>/<see cref="Staff"/> for a caller and a target facility (null: unknown to the caller).</summary>
    public static FieldDecision Decide(Caller caller, string? facilityId, FacilityRole atLeast) =>
        !caller.IsAuthenticated ? Denials.Unauthenticated
        : caller.Kind != CallerKind.User ? Denials.UsersOnly
        : facilityId is null || caller.HasRoleIn(facilityId, atLeast) ? FieldDecision.Allowed
        : Denials.Forbidden($"Needs the {FacilityRoleNames.ToName(atLeast)} role in this facility.");

    private static FieldRule Role(AccessTarget target, FacilityRole atLeast) =>
        FieldRule.Create($"{FacilityRoleNames.ToName(atLeast)} of the facility of {target.Description}", async context =>
        {
            var caller = context.Caller();
            if (!caller.IsAuthenticated || caller.Kind != CallerKind.User)
            {
                return Decide(caller, null, atLeast);
            }

            return Decide(caller, await target.FacilityOf(context).ConfigureAwait(false), atLeast);
        });
}
