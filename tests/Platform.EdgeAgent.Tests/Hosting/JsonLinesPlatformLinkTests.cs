using Platform.AgentLink.Contracts;
using Platform.EdgeAgent.Link;

namespace Platform.EdgeAgent.Tests.Hosting;

/// <summary>The stdio link: commands and reports round-trip as JSON lines; a malformed line is answered and skipped, never fatal.</summary>
public sealed class JsonLinesPlatformLinkTests
{
    [Fact]
    public async Task Commands_round_trip_and_malformed_lines_are_answered_and_skipped()
    {
        var plan = new RunPlan("s", "20261121_s", "f", "m", [new GridPlan(1, "g", "R1.2/1.3", 300, "Gold", "SPA", WorkState.Queued)], new AcquisitionSettings(), true);
        var lines = string.Join('\n', "not json", """{"type":"Reboot","command":{}}""", JsonLinesPlatformLink.CommandLine(new StartRunCommand("c1", "s", plan)),
            JsonLinesPlatformLink.CommandLine(new AnswerPauseCommand("c2", "s", PauseChoice.NextGrid)));
        var output = new StringWriter();
        var link = new JsonLinesPlatformLink(new StringReader(lines), output);

        var commands = new List<AgentCommand>();
        await foreach (var command in link.CommandsAsync(TestContext.Current.CancellationToken))
        {
            commands.Add(command);
        }

        var start = Assert.IsType<StartRunCommand>(commands[0]);
        Assert.Equal("R1.2/1.3", start.Plan.Grids[0].HoleType);
        Assert.True(start.Plan.PauseBetweenGrids);
        Assert.Equal(PauseChoice.NextGrid, Assert.IsType<AnswerPauseCommand>(commands[1]).Choice);
        var errors = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, errors.Length);
        Assert.All(errors, e => Assert.Contains("\"type\":\"error\"", e, StringComparison.Ordinal));
        Assert.Contains("Reboot", errors[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reports_are_written_one_per_line_and_parse_back_to_their_type()
    {
        var output = new StringWriter();
        var link = new JsonLinesPlatformLink(new StringReader(""), output);
        var report = new TargetStateReport("s/target/g1/sq1/h1/Acquired", "s", DateTimeOffset.UnixEpoch, 1, "g1/sq1/h1", WorkState.Acquired, null);

        await link.EnqueueAsync(report, TestContext.Current.CancellationToken);

        Assert.Equal(report, JsonLinesPlatformLink.ParseReport(output.ToString().Trim()));
    }
}
