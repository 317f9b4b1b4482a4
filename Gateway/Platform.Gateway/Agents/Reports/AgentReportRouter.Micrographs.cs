using Platform.Gateway.Micrographs;
using Platform.Grains.Errors;
using Platform.Grains.Sessions;

namespace Platform.Gateway.Agents.Reports;

/// <summary>Micrograph reports: the pre-processing (or transfer) track's results for one movie, merged under source <c>agent</c>.</summary>
public sealed partial class AgentReportRouter
{
    public const string AgentSource = "agent";

    private async Task<bool> MicrographAsync(ReportFields f, SessionView session)
    {
        try
        {
            var result = MicrographResultInput.Read(f.Value<IReadOnlyDictionary<string, object?>>("result"), "result.");
            return (await MicrographIngestion.RecordAsync(grains, session, AgentSource, result)).Changed;
        }
        catch (InvalidInputException invalid)
        {
            throw f.Malformed(invalid.Message);
        }
    }
}
