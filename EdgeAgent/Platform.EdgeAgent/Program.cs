using System.Globalization;
using Platform.EdgeAgent.Checks;
using Platform.SerialEm.Client;

// The edge agent. So far: `check`, which tests the SerialEM connection and says what is wrong.
// The acquisition workflow, transfer and processing tracks and the platform link come with the edge-agent issue.
if (args.Length == 0 || args[0] != "check")
{
    Console.Error.WriteLine("usage: Platform.EdgeAgent check [--serialem-host HOST] [--serialem-port PORT]");
    return 2;
}

string Option(string name, string fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
}

var options = new SerialEmClientOptions
{
    Host = Option("--serialem-host", "127.0.0.1"),
    Port = int.Parse(Option("--serialem-port", SerialEmClientOptions.DefaultPort.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture),
    ConnectTimeout = TimeSpan.FromSeconds(5),
};
var result = await SerialEmCheck.RunAsync(options, CancellationToken.None);
Console.WriteLine(result);
return result.Ok ? 0 : 1;
