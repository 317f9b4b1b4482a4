using System.Security.Claims;
using Platform.GraphQL.Execution;

namespace Platform.Gateway.Callers;

/// <summary>
/// Who is acting: the one seam every mutation reads the acting user through. Today it is the <c>sub</c> claim of the
/// request's user, or <see cref="AnonymousUserId"/>; the identity work (tokens, roles, facility membership) plugs in here.
/// </summary>
public sealed record Caller(string UserId)
{
    /// <summary>The user id recorded for requests that carry no authenticated user.</summary>
    public const string AnonymousUserId = "anonymous";

    public static Caller From(ResolverContext context) => From(context.User);

    public static Caller From(ClaimsPrincipal? user) =>
        user?.FindFirst("sub")?.Value is { Length: > 0 } sub ? new Caller(sub) : new Caller(AnonymousUserId);
}
