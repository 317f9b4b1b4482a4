using Platform.GraphQL.Building;
using Platform.GraphQL.Printing;
using Platform.Testing;

namespace Platform.Gateway.Tests.Schema;

/// <summary>The committed SDL (<c>Gateway/Platform.Gateway/schema.graphql</c>) is the live schema, printed.</summary>
public sealed class CommittedSchemaTests
{
    /// <summary>The command that rewrites the committed SDL from the live schema.</summary>
    public const string RegenerateCommand = "PLATFORM_WRITE_SDL=1 dotnet test tests/Platform.Gateway.Tests --filter FullyQualifiedName~CommittedSchemaTests";

    public static string CommittedPath => Path.Combine(RepositoryPaths.Root, "Gateway", "Platform.Gateway", "schema.graphql");

    [Fact]
    public void The_live_schema_prints_exactly_as_the_committed_SDL()
    {
        var live = SchemaPrinter.Print(PlatformGraphQL.Describe(new SchemaBuilder()).Build()) + "\n";
        if (Environment.GetEnvironmentVariable("PLATFORM_WRITE_SDL") == "1")
        {
            File.WriteAllText(CommittedPath, live);
        }

        var committed = File.Exists(CommittedPath) ? File.ReadAllText(CommittedPath) : "";
        Assert.True(
            committed == live,
            $"The live schema differs from {CommittedPath}. If the change is intended, regenerate it with:\n  {RegenerateCommand}\nand review the diff (tests/platform-conformance/run.sh fails on breaking changes).\nFirst difference at character {FirstDifference(committed, live)}.");
    }

    private static int FirstDifference(string a, string b)
    {
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        return i;
    }
}
