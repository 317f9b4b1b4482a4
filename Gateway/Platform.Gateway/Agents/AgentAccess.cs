using Platform.Gateway.Authorization;
using Platform.Grains.Errors;
using Platform.Grains.Microscopes;
using Platform.GraphQL.Authorization;
using Platform.GraphQL.Execution;
using Platform.Runtime;

namespace Platform.Gateway.Agents;

/// <summary>
/// Decides which microscope an agent request acts for: the field's <c>microscopeId</c> argument, which <see cref="Rule"/>
/// requires to be the microscope of the caller's agent token. Another microscope's id fails exactly like an unknown one.
/// </summary>
public static class AgentAccess
{
    public const string UnknownMicroscope = "UNKNOWN_MICROSCOPE";

    /// <summary>The rule of every agent field that takes <c>microscopeId</c>: only that microscope's agent.</summary>
    public static FieldRule Rule { get; } = Rules.AgentOfMicroscope("microscopeId", id => FieldDecision.Deny(UnknownMicroscope, UnknownMessage(id)));

    public static async Task<string> ActingMicroscopeAsync(ResolverContext context)
    {
        var microscopeId = context.Argument<string>("microscopeId") ?? "";
        if (!context.Caller().IsAgentOf(microscopeId))
        {
            // Fields using this declare Rule; this keeps the guarantee should a field forget it.
            throw new GraphQLException(UnknownMessage(microscopeId), UnknownMicroscope);
        }

        try
        {
            await context.Service<IGrainFactory>().GetGrain<IMicroscopeGrain>(microscopeId).GetAsync().ConfigureAwait(false);
        }
        catch (NotFoundException)
        {
            throw new GraphQLException(UnknownMessage(microscopeId), UnknownMicroscope);
        }

        return microscopeId;
    }

    private static string UnknownMessage(string microscopeId) => $"No microscope '{microscopeId}' is registered.";
}
