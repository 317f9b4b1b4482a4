using System.Globalization;
using System.Runtime.InteropServices;
using Platform.AgentLink;
using Platform.AgentLink.Connection;
using Platform.AgentLink.Contracts;
using Platform.EdgeAgent.Checks;
using Platform.EdgeAgent.Configuration;
using Platform.EdgeAgent.Hosting;
using Platform.EdgeAgent.Journal;
using Platform.EdgeAgent.Link;
using Platform.EdgeAgent.Processing;
using Platform.EdgeAgent.Service;
using Platform.EdgeAgent.Tracks;
using Platform.EdgeAgent.Tracks.Classification;
using Platform.EdgeAgent.Tracks.Preprocessing;
using Platform.EdgeAgent.Tracks.Transfer;
using Platform.SerialEm.Client;

// The edge agent: one verb per job.
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

if (args.Contains("--windows-service"))
{
    return RunAsWindowsService();
}

return args.FirstOrDefault() switch
{
    "check" => await CheckAsync(),
    "run" => await RunAsync(),
    "process" => await ProcessCommand.RunAsync(args[1..], Console.Out, shutdown.Token),
    _ => Usage(),
};

int Usage()
{
    Console.Error.WriteLine("""
        usage: Platform.EdgeAgent check --config FILE          test every connection the agent needs and say what is wrong
               Platform.EdgeAgent check [--serialem-host H] [--serialem-port P]   SerialEM only
               Platform.EdgeAgent run --config FILE                run sessions the platform starts on this microscope (GraphQL link, durable outbox)
               Platform.EdgeAgent run --config FILE --link stdio   the same, driven by a supervisor: commands in / reports out as JSON lines
               Platform.EdgeAgent run --config FILE --windows-service [--service-name NAME]   the same under the Windows Service Control Manager
                                                   (logs to agent.log beside FILE; see infra/agent/README.md)
               Platform.EdgeAgent process [options] FILE|FOLDER...  align, CTF and pick movies/micrographs; run it without arguments for its options
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

    switch (Option("--link") ?? "platform")
    {
        case "stdio":
            // A supervisor process drives the agent: commands in and reports out as JSON lines.
            return await HostAsync(config, new JsonLinesPlatformLink(Console.In, Console.Out));
        case "platform":
            if (config.MicroscopeId is not { Length: > 0 } microscopeId)
            {
                Console.Error.WriteLine($"{path}: microscopeId is required to run against the platform.");
                return 1;
            }

            using (var http = new HttpClient())
            using (var tokens = new ClientCredentialsTokenProvider(new Uri(new Uri(config.PlatformUrl), "/connect/token"), config.ClientId, config.ClientSecret, http, TimeProvider.System))
            await using (var link = GraphQLPlatformLink.Start(
                new PlatformLinkOptions { GraphQLEndpoint = new Uri(new Uri(config.PlatformUrl), "/graphql"), MicroscopeId = microscopeId, DatabasePath = config.EffectiveLinkDatabasePath },
                tokens))
            {
                Console.Error.WriteLine($"agent for {microscopeId}: platform {config.PlatformUrl}, SerialEM {config.SerialEmHost}:{config.SerialEmPort}");
                var tracks = new TrackHost(config.TrackFolders, link);
                tracks.Register(TrackKind.Transfer, new TransferTrackFactory(link.UploadGrantsFor).Create);
                var wisdomPath = Path.Combine(config.TrackFolders.TracksFolder, "fftw-wisdom");
                tracks.Register(TrackKind.Preprocessing, _ => new PreprocessingTrack(new PreprocessingTrackOptions { FftwWisdomPath = wisdomPath }));
                tracks.Register(TrackKind.Classification2D, _ => new ClassificationTrack(new ClassificationTrackOptions()));
                return await HostAsync(config, link, tracks);
            }

        default:
            return Usage();
    }
}

int RunAsWindowsService()
{
    if (!OperatingSystem.IsWindows())
    {
        Console.Error.WriteLine("--windows-service is for Windows; on Linux run the agent under systemd (infra/agent/platform-agent.service).");
        return 2;
    }

    if (args.FirstOrDefault() != "run" || Option("--config") is not { } path)
    {
        return Usage();
    }

    // No console under the Service Control Manager: everything the agent writes goes to agent.log beside its configuration.
    var log = new StreamWriter(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, "agent.log"), append: true) { AutoFlush = true };
    Console.SetOut(log);
    Console.SetError(log);
    return WindowsService.Run(Option("--service-name") ?? "PlatformAgent", async stop =>
    {
        using var stopping = stop.Register(shutdown.Cancel);
        return await RunAsync();
    });
}

async Task<int> HostAsync(AgentConfig config, IPlatformLink link, TrackHost? tracks = null)
{
    AgentHost host;
    try
    {
        host = new AgentHost(config, link, tracks: tracks);
    }
    catch (JournalException ex)
    {
        Console.Error.WriteLine(ex.Message);
        return 1;
    }

    // Under systemd (Type=notify) the unit is started once the journal is open and commands are awaited, stopping when the host ends.
    var systemd = SystemdNotifier.FromEnvironment();
    await using (host)
    {
        systemd.NotifyReady($"agent for {config.MicroscopeId ?? "(stdio link)"}: waiting for commands");
        try
        {
            await host.RunAsync(shutdown.Token);
        }
        finally
        {
            systemd.NotifyStopping();
        }
    }

    return 0;
}
