using Platform.Gateway.Agents.Commands;
using Platform.Gateway.Agents.Reports;
using Platform.Gateway.Agents.Targets;
using Platform.GraphQL.Building;

namespace Platform.Gateway.Agents;

/// <summary>
/// GraphQL for edge agents — <c>agentCommands</c> (subscription), <c>submitAgentReports</c> and <c>agentHeartbeat</c>
/// (mutations) — and the grid targets users see and edit while a run goes on.
/// </summary>
public static class AgentApi
{
    public static void Describe(SchemaBuilder schema)
    {
        TargetTypes.Describe(schema);
        AgentCommandSubscription.Describe(schema);
        AgentReportMutation.Describe(schema);
        GridTargetQueries.Describe(schema);
        GridTargetMutations.Describe(schema);
    }
}
