using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.AgentLink.Connection;
using Platform.AgentLink.Outbox;

namespace Platform.AgentLink.Sending;

/// <summary>One <c>submitAgentReports</c> call: sends outbox rows in order and returns the platform's status for each.</summary>
public sealed class ReportDelivery(GraphQLHttpClient client, string microscopeId)
{
    public const string Mutation = """
        mutation Submit($microscopeId: ID!, $reports: [AgentReportInput!]!) {
          submitAgentReports(microscopeId: $microscopeId, reports: $reports) {
            results { idempotencyKey status code message }
          }
        }
        """;

    /// <summary>Per row: status (APPLIED, DUPLICATE, REJECTED, RETRY), code and message.</summary>
    public async Task<IReadOnlyList<(OutboxRow Row, string Status, string Code, string Message)>> SubmitAsync(IReadOnlyList<OutboxRow> rows, CancellationToken cancellationToken)
    {
        var reports = new JsonArray([.. rows.Select(r => new JsonObject { [r.Kind] = JsonNode.Parse(r.Json) })]);
        var data = await client.ExecuteAsync(Mutation, new JsonObject { ["microscopeId"] = microscopeId, ["reports"] = reports }, cancellationToken).ConfigureAwait(false);
        var results = data.GetProperty("submitAgentReports").GetProperty("results");
        if (results.GetArrayLength() != rows.Count)
        {
            throw new PlatformUnavailableException($"The platform answered {results.GetArrayLength()} results for {rows.Count} reports.");
        }

        return [.. rows.Select((row, i) =>
        {
            var result = results[i];
            if (result.GetProperty("idempotencyKey").GetString() != row.IdempotencyKey)
            {
                throw new PlatformUnavailableException($"The platform's result {i} is for another report than '{row.IdempotencyKey}'.");
            }

            return (row, result.GetProperty("status").GetString() ?? "", Text(result, "code"), Text(result, "message"));
        })];
    }

    private static string Text(JsonElement result, string name) =>
        result.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";
}
