using Platform.EdgeAgent.Checks;
using Platform.EdgeAgent.Configuration;

namespace Platform.EdgeAgent.Tests.Hosting;

/// <summary>The configuration file: a valid one loads; each kind of mistake is named; <c>check</c> says which connection is wrong.</summary>
public sealed class AgentConfigTests
{
    private const string Valid = """
        {
          "platformUrl": "https://platform.example.org/",
          "clientId": "agent-krios1", "clientSecret": "s3cret",
          "serialEmHost": "10.0.0.5", "serialEmPort": 48888,
          "dataFolder": "/data/sessions", "serialEmDataFolder": "X:\\sessions",
          "framesFolder": "/data/frames", "journalPath": "/var/lib/platform-agent/journal.db"
        }
        """;

    private static string Write(string text)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("agent-config-").FullName, "agent.json");
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void A_valid_config_loads_with_defaults_for_optional_fields()
    {
        var config = AgentConfig.Load(Write(Valid));

        Assert.Equal("10.0.0.5", config.SerialEmHost);
        Assert.Equal(@"X:\sessions", config.SerialEmDataFolder);
        Assert.Null(config.SerialEmFramesFolder);
    }

    [Theory]
    [InlineData("{", "not a valid agent configuration")]
    [InlineData("""{"platformUrl":"ftp://x","clientId":"a","clientSecret":"b","dataFolder":"d","framesFolder":"f","journalPath":"j"}""", "platformUrl")]
    [InlineData("""{"platformUrl":"http://x","clientId":"a","clientSecret":"b","dataFolder":"d","framesFolder":"f"}""", "journalPath")]
    [InlineData("""{"platformUrl":"http://x","clientId":"","clientSecret":"b","dataFolder":"d","framesFolder":"f","journalPath":"j"}""", "clientId is empty")]
    [InlineData("""{"platformUrl":"http://x","clientId":"a","clientSecret":"b","dataFolder":"d","framesFolder":"f","journalPath":"j","serialEmPort":70000}""", "serialEmPort")]
    [InlineData("""{"platformUrl":"http://x","clientId":"a","clientSecret":"b","dataFolder":"d","framesFolder":"f","journalPath":"j","serialemprot":1}""", "serialemprot")]
    public void A_bad_config_is_refused_naming_the_problem(string text, string expected)
    {
        var path = Write(text);

        var error = Assert.Throws<AgentConfigException>(() => AgentConfig.Load(path));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_config_file_is_refused() =>
        Assert.Throws<AgentConfigException>(() => AgentConfig.Load(Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.json")));

    [Fact]
    public async Task Check_reports_each_connection_and_what_is_wrong()
    {
        var folder = Directory.CreateTempSubdirectory("agent-check-").FullName;
        var blocker = Path.Combine(folder, "not-a-folder");
        File.WriteAllText(blocker, "a file where the frames folder should be");
        var config = new AgentConfig
        {
            PlatformUrl = "http://127.0.0.1:9/", ClientId = "a", ClientSecret = "b", SerialEmPort = 9, DataFolder = Path.Combine(folder, "data"),
            FramesFolder = Path.Combine(blocker, "frames"), JournalPath = Path.Combine(folder, "journal.db"),
        };

        var results = await AgentChecks.RunAsync(config, TestContext.Current.CancellationToken);

        Assert.False(results.Single(r => r.Name.StartsWith("SerialEM", StringComparison.Ordinal)).Ok);
        Assert.False(results.Single(r => r.Name.StartsWith("platform", StringComparison.Ordinal)).Ok);
        Assert.True(results.Single(r => r.Name.StartsWith("data folder", StringComparison.Ordinal)).Ok);
        var frames = results.Single(r => r.Name.StartsWith("frames folder", StringComparison.Ordinal));
        Assert.False(frames.Ok);
        Assert.Contains("not writable", frames.Detail, StringComparison.Ordinal);
        Assert.True(results.Single(r => r.Name.StartsWith("journal", StringComparison.Ordinal)).Ok);
    }

    [Fact]
    public async Task Platform_check_passes_when_health_answers_and_names_the_status_when_not()
    {
        using var listener = new System.Net.HttpListener();
        int port;
        using (var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        }

        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        var serve = Task.Run(async () =>
        {
            for (var i = 0; i < 2; i++)
            {
                var context = await listener.GetContextAsync();
                context.Response.StatusCode = context.Request.Url!.AbsolutePath == "/health" ? 200 : 404;
                context.Response.Close();
            }
        }, TestContext.Current.CancellationToken);

        var ok = await PlatformHealthCheck.RunAsync($"http://127.0.0.1:{port}/", TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        var wrongPath = await PlatformHealthCheck.RunAsync($"http://127.0.0.1:{port}/not-the-platform/", TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        await serve;

        Assert.True(ok.Ok, ok.ToString());
        Assert.False(wrongPath.Ok);
        Assert.Contains("404", wrongPath.Detail, StringComparison.Ordinal);
    }
}
