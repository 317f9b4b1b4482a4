using Platform.Gateway.Authorization;
using Platform.Gateway.Errors;
using Platform.Grains.Errors;
using Platform.Grains.Sessions;
using Platform.GraphQL.Execution;
using Platform.Identity.Claims;
using Platform.Runtime;

namespace Platform.Gateway.ExternalResults;

/// <summary>
/// The session an external pipeline's call names, with the source its results are recorded under: the results client's
/// registered name, taken from the token (never from the request), so a client cannot write as another source or as the agent.
/// </summary>
public sealed record ResultsClientSession(SessionView Session, string Source)
{
    public const string Forbidden = "FORBIDDEN";

    /// <summary>
    /// Resolves the <c>sessionId</c> argument for a results client's call. Another facility's session, like an unknown one, is a
    /// <see cref="NotFoundException"/>; a caller without a results client's claims is refused with <see cref="Forbidden"/>.
    /// </summary>
    public static async Task<ResultsClientSession> ResolveAsync(ResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var caller = context.Caller();
        if (caller.Kind != CallerKind.ResultsClient || caller.ResultsSource is not { } source || caller.AgentFacilityId is not { } facilityId)
        {
            throw new GraphQLException("Only a results client's token may submit results.", Forbidden);
        }

        var id = context.Argument<string>("sessionId")!;
        var session = await context.Service<IGrainFactory>().GetGrain<ISessionGrain>(NodeKeys.Of("Session", id)).GetAsync().ConfigureAwait(false);
        return session.FacilityId == facilityId ? new ResultsClientSession(session, source) : throw new NotFoundException("Session", id);
    }
}
