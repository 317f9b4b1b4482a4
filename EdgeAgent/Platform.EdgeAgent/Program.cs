using System.Globalization;
using System.Runtime.InteropServices;
using Platform.EdgeAgent.Checks;
using Platform.EdgeAgent.Configuration;
using Platform.EdgeAgent.Hosting;
using Platform.EdgeAgent.Journal;
using Platform.EdgeAgent.Link;
using Platform.SerialEm.Client;

// The edge agent: one verb per job. `process` (pre-processing) is wired here by the processing track.
using var shutdown = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    shutdown.Cancel();
};
// systemd / sc.exe stop: cancel the run and let the host close down (the journal keeps which target was started).
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    shutdown.Cancel();
});

return args.FirstOrDefault() switch
{
    "check" => await CheckAsync(),
    "run" => await RunAsync(),
    _ => Usage(),
};

int Usage()
{
    Console.Error.WriteLine("""
        usage: Platform.EdgeAgent check --config FILE          test every connection the agent needs and say what is wrong
               Platform.EdgeAgent check [--serialem-host H] [--serialem-port P]   SerialEM only
               Platform.EdgeAgent run --config FILE --link stdio   run sessions; commands in / reports out as JSON lines on stdin / stdout
        """);
    return 2;
}

string? Option(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

async Task<int> CheckAsync()
{
    IReadOnlyList<CheckResult> results;
    if (Option("--config") is { } path)
    {
        try
        {
            results = await AgentChecks.RunAsync(AgentConfig.Load(path), shutdown.Token);
        }
        catch (AgentConfigException ex)
        {
            Console.WriteLine($"FAIL configuration: {ex.Message}");
            return 1;
        }
    }
    else
    {
        var options = new SerialEmClientOptions
        {
            Host = Option("--serialem-host") ?? "127.0.0.1",
            Port = int.Parse(Option("--serialem-port") ?? SerialEmClientOptions.DefaultPort.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
            ConnectTimeout = TimeSpan.FromSeconds(5),
        };
        results = [await SerialEmCheck.RunAsync(options, shutdown.Token)];
    }

    foreach (var result in results)
    {
        Console.WriteLine(result);
    }

    return results.All(r => r.Ok) ? 0 : 1;
}

async Task<int> RunAsync()
{
    if (Option("--config") is not { } path)
    {
        return Usage();
    }

    AgentConfig config;
    try
    {
        config = AgentConfig.Load(path);
    }
    catch (AgentConfigException ex)
    {
        Console.Error.WriteLine(ex.Message);
        return 1;
    }

    // The platform's GraphQL/outbox link is composed here at integration; until then a supervisor drives the agent over stdio.
    if (Option("--link") != "stdio")
    {
        Console.Error.WriteLine("run needs --link stdio in this build (the platform link is wired at integration).");
        return 2;
    }

    var link = new JsonLinesPlatformLink(Console.In, Console.Out);
    AgentHost host;
    try
    {
        host = new AgentHost(config, link);
    }
    catch (JournalException ex)
    {
        Console.Error.WriteLine(ex.Message);
        return 1;
    }

    await using (host)
    {
        await host.RunAsync(shutdown.Token);
    }

    return 0;
}
