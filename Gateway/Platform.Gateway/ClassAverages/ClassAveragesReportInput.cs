using Platform.Gateway.Agents.Reports;
using Platform.Grains.ClassAverages;
using Platform.Grains.Sessions;
using Platform.GraphQL.Building;
using Platform.Runtime;

namespace Platform.Gateway.ClassAverages;

/// <summary>
/// The <c>classAverages</c> member of <c>AgentReportInput</c>: the 2D classification track's whole current set, PNGs in base64.
/// Decoded and checked here, then stored by the one ingestion method, <see cref="IClassAveragesGrain.ReplaceAsync"/>.
/// </summary>
public static class ClassAveragesReportInput
{
    public static void Describe(SchemaBuilder schema)
    {
        schema.InputObject("ClassAverageInput", i => i
            .Description("One 2D class: number from 1, particles assigned, half-set FRC(0.143) resolution in Å, and the image.")
            .Field("number", "Int!").Field("particleCount", "Int!").Field("resolutionAngstrom", "Float")
            .Field("pngBase64", "String!", description: $"An 8-bit PNG, base64, at most {ClassAveragesSubmission.MaxPngBytes} bytes."));
        schema.InputObject("AgentClassAveragesReportInput", i => i
            .Description("The 2D classification track's current class averages; the set replaces the previous one. The idempotency key is the agent's, stable across resends.")
            .Field("idempotencyKey", "String!").Field("sessionId", "ID!").Field("occurredAt", "String!", description: "ISO 8601.")
            .Field("particleCount", "Int!").Field("pixelSizeAngstrom", "Float!").Field("boxPixels", "Int!")
            .Field("classes", "[ClassAverageInput!]!"));
    }

    /// <summary>Applies a report from the session's agent; false when its idempotency key was already applied.</summary>
    public static Task<bool> ApplyAsync(IGrainFactory grains, ReportFields f, SessionView session)
    {
        var (classes, notBase64) = ClassAverageInputs.Decode(f.Value<List<object?>>("classes"));
        if (notBase64.Count > 0)
        {
            throw f.Malformed($"class {notBase64[0].Number}: pngBase64 is not base64");
        }

        var submission = new ClassAveragesSubmission(session.FacilityId, session.Id, ClassAveragesKeys.AgentSource, f.IdempotencyKey,
            f.Int("particleCount", min: 0), f.Number("pixelSizeAngstrom"), f.Int("boxPixels", min: 1), classes);
        return grains.GetGrain<IClassAveragesGrain>(ClassAveragesKeys.For(session.Id, ClassAveragesKeys.AgentSource)).ReplaceAsync(submission);
    }
}
