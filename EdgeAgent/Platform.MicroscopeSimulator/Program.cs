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
server.Start();
Console.WriteLine($"SerialEM simulator listening on 127.0.0.1:{server.Port}");
await stopped.Task;
return 0;
