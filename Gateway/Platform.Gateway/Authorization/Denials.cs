using Platform.GraphQL.Authorization;
using Platform.GraphQL.Execution;

namespace Platform.Gateway.Authorization;

/// <summary>The errors a denied field carries (DESIGN.md §7): <c>UNAUTHENTICATED</c> without a token, <c>FORBIDDEN</c> with one.</summary>
public static class Denials
{
    public static FieldDecision Unauthenticated { get; } = FieldDecision.Deny(ErrorCodes.Unauthenticated, "Sign in first: this field needs a valid access token.");

    public static FieldDecision UsersOnly { get; } = FieldDecision.Deny(ErrorCodes.Forbidden, "Only signed-in users may use this field; edge agents may not.");

    public static FieldDecision AgentsOnly { get; } = FieldDecision.Deny(ErrorCodes.Forbidden, "Only a microscope's edge agent may use this field.");

    public static FieldDecision Forbidden(string why) => FieldDecision.Deny(ErrorCodes.Forbidden, why);
}
