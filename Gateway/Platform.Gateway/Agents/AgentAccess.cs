using Platform.Grains.Errors;
using Platform.Grains.Microscopes;
using Platform.GraphQL.Execution;
using Platform.Runtime;

namespace Platform.Gateway.Agents;

/// <summary>
/// Decides which microscope an agent request acts for. THE one place where the agent token's microscope claim will be
/// enforced: today the microscope comes from the field's <c>microscopeId</c> argument; with agent tokens (identity
/// work, in parallel) this must compare that argument with the token's microscope claim and refuse a mismatch.
/// </summary>
public static class AgentAccess
{
    public const string UnknownMicroscope = "UNKNOWN_MICROSCOPE";

    public static async Task<string> ActingMicroscopeAsync(ResolverContext context)
    {
        var microscopeId = context.Argument<string>("microscopeId") ?? "";
        // TODO(identity): require context.User's microscope claim == microscopeId (FORBIDDEN otherwise).
        try
        {
            await context.Service<IGrainFactory>().GetGrain<IMicroscopeGrain>(microscopeId).GetAsync();
        }
        catch (NotFoundException)
        {
            throw new GraphQLException($"No microscope '{microscopeId}' is registered.", UnknownMicroscope);
        }

        return microscopeId;
    }
}
