using System.Diagnostics;
using Platform.Agent.Bench;
using Platform.AgentLink.Contracts;
using Platform.EdgeAgent.Journal;
using Platform.EdgeAgent.Reporting;
using Platform.EdgeAgent.Workflow;
using Platform.MicroscopeSimulator;
using Platform.MicroscopeSimulator.Serving;
using Platform.SerialEm.Client;

// The agent's overhead per exposure: with every simulated hardware delay at zero, the time between the simulator sending the reply
// to one exposure (Preview) and receiving the agent's next command, beside a baseline measured in the same run on the same
// connection: the raw client round trip of a no-op report command and the simulator-side gap between two back-to-back no-ops.
var noOps = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 2000;
var folder = Directory.CreateTempSubdirectory("agent-bench-").FullName;
await using var simulator = new SimulatorServer(new SimulatorOptions
{
    Port = 0, DataDirectory = folder, Delays = SimulatedDelays.None, AtlasSizePixels = 1024, SearchSizePixels = 512, ExposureSizePixels = 64,
    FrameSizePixels = 32, FrameCount = 2,
});
simulator.Start();
await using var client = new SerialEmClient(new SerialEmClientOptions { Port = simulator.Port });

// Baseline: the same connection the workflow will use.
for (var i = 0; i < 200; i++)
{
    await client.ReportTiltAngleAsync();
}

simulator.Timeline.Enabled = true;
var roundTrips = new List<double>(noOps);
for (var i = 0; i < noOps; i++)
{
    var start = Stopwatch.GetTimestamp();
    await client.ReportTiltAngleAsync();
    roundTrips.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
}

var baselineGaps = Gaps(simulator.Timeline.Snapshot(), _ => true);
simulator.Timeline.Clear();

var settings = new AcquisitionSettings
{
    SquaresNum = 1, HolesPerSquare = 0, BisMaxDistanceMicrons = 3, TargetDefocusMinMicrons = -1, TargetDefocusMaxMicrons = -2, StepDefocusMicrons = 0.25,
    SaveFrames = true, DriftCritAngstromPerSecond = -1, ZerolossDelayHours = 1,
};
var plan = new RunPlan("bench", "20261121_bench", "facility", "scope", [new GridPlan(1, "grid1", "R1.2/1.3", 300, "Gold", "SPA", WorkState.Queued)], settings, false);
var link = new DiscardingLink();
using var journal = RunJournal.Open(Path.Combine(folder, "journal.db"));
var workflow = new ScreeningWorkflow(client, plan, "bench-start", journal, new RunReporter(link, plan.SessionId, TimeProvider.System), new RunControl(false),
    new WorkflowFolders(folder, "/", Path.Combine(folder, "frames"), "/frames"), TimeProvider.System);
var wall = Stopwatch.StartNew();
var state = await workflow.RunAsync(CancellationToken.None);
wall.Stop();
var timeline = simulator.Timeline.Snapshot();
var afterExposure = Gaps(timeline, e => e.Command == "Preview");
var cycles = ExposureCycles(timeline);

Console.WriteLine($"agent overhead per exposure (run {state}, {afterExposure.Count} exposures, {link.Reports} reports, {wall.Elapsed.TotalSeconds:0.0} s wall)");
Console.WriteLine(Percentiles.Line("baseline: client round trip of a no-op (ReportTiltAngle)", roundTrips));
Console.WriteLine(Percentiles.Line("baseline: simulator gap, no-op reply → next no-op request", baselineGaps));
Console.WriteLine(Percentiles.Line("agent: simulator gap, exposure reply → next command", afterExposure));
Console.WriteLine(Percentiles.Line("agent: all agent-side time, one exposure to the next (same group)", cycles));
Console.WriteLine($"ratio p50 (exposure→next command / no-op gap): {Percentiles.Of(afterExposure, 50) / Percentiles.Of(baselineGaps, 50):0.0}×");
Directory.Delete(folder, recursive: true);
return state == RunState.Completed ? 0 : 1;

// Gap between the reply to an exchange matching `after` and the request that followed it.
static List<double> Gaps(IReadOnlyList<ExchangeTimes> timeline, Func<ExchangeTimes, bool> after)
{
    var gaps = new List<double>();
    for (var i = 0; i + 1 < timeline.Count; i++)
    {
        if (after(timeline[i]))
        {
            gaps.Add(TimeProvider.System.GetElapsedTime(timeline[i].ReplySentTimestamp, timeline[i + 1].RequestReceivedTimestamp).TotalMilliseconds);
        }
    }

    return gaps;
}

// From one Preview's reply to the next Preview's request, the sum of the gaps between exchanges (time the scope was not working),
// only for consecutive exposures in one BIS group (no View/AutoFocus between them).
static List<double> ExposureCycles(IReadOnlyList<ExchangeTimes> timeline)
{
    var cycles = new List<double>();
    var previews = timeline.Select((e, i) => (e, i)).Where(x => x.e.Command == "Preview").Select(x => x.i).ToList();
    foreach (var (from, to) in previews.Zip(previews.Skip(1)))
    {
        var between = timeline.Skip(from).Take(to - from + 1).ToList();
        if (between.Any(e => e.Command is "View" or "AutoFocus" or "MoveStageTo"))
        {
            continue;
        }

        cycles.Add(Gaps(between, _ => true).Sum());
    }

    return cycles;
}
