using Platform.GraphQL.Execution;
using Platform.Identity.Claims;

namespace Platform.Gateway.Authorization;

/// <summary>
/// The one caller model of the Gateway: Identity's <see cref="Caller"/>, read once per request from the validated access
/// token's claims (the principal the endpoint's authentication hook produced) and shared by every resolver and rule.
/// </summary>
public static class RequestCaller
{
    /// <summary>What grains record as the actor when nobody is signed in (only reachable through public fields).</summary>
    public const string AnonymousActorId = "anonymous";

    private const string ItemKey = "platform.caller";

    /// <summary>The request's caller (a list page asks once per row: the factory is static, so asking allocates nothing).</summary>
    public static Caller Caller(this ResolverContext context) =>
        (Caller)context.Items.GetOrAdd(ItemKey, static (_, user) => Identity.Claims.Caller.From(user), context.User)!;

    /// <summary>The user id (or agent client id) recorded as the one who acted.</summary>
    public static string ActorId(this ResolverContext context) => context.Caller().Subject ?? AnonymousActorId;
}
