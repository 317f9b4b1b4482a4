using Platform.MicroscopeSimulator;
using Platform.MicroscopeSimulator.CommandLine;
using Platform.MicroscopeSimulator.Serving;

SimulatorOptions options;
try
{
    options = SimulatorCommandLine.Parse(args);
}
catch (FormatException ex)
{
    Console.Error.WriteLine(ex.Message);
    Console.Error.WriteLine(SimulatorCommandLine.Usage);
    return 2;
}

var stopped = new TaskCompletionSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stopped.TrySetResult();
};
AppDomain.CurrentDomain.ProcessExit += (_, _) => stopped.TrySetResult();

await using var server = new SimulatorServer(options);
if (options.LoggedCommands.Count > 0)
{
    // One line per start and end of the named commands: tests and operators see what the microscope was asked to do, and where.
    var logged = options.LoggedCommands.ToHashSet(StringComparer.Ordinal);
    server.CommandStarted += name =>
    {
        if (logged.Contains(name))
        {
            var m = server.Microscope;
            Console.WriteLine(FormattableString.Invariant(
                $"command {name} started at specimen ({m.Stage.XMicrons + m.Optics.ImageShiftXMicrons:0.000}, {m.Stage.YMicrons + m.Optics.ImageShiftYMicrons:0.000}) µm"));
        }
    };
    server.CommandEnded += (name, replied) =>
    {
        if (logged.Contains(name))
        {
            Console.WriteLine($"command {name} ended {(replied ? "replied" : "aborted")}");
        }
    };
}

server.Start();
Console.WriteLine($"SerialEM simulator listening on 127.0.0.1:{server.Port}");
await stopped.Task;
return 0;
