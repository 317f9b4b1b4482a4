using System.Globalization;

namespace Platform.Storage.Bench;

/// <summary>Command-line options of the storage benchmark.</summary>
internal sealed record BenchOptions(TimeSpan Seconds, string? PostgresConnectionString, string Folder)
{
    public static BenchOptions Parse(string[] args)
    {
        var seconds = TimeSpan.FromSeconds(5);
        string? postgres = null;
        var folder = Path.Combine(Path.GetTempPath(), "platform-storage-bench");
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--seconds" when i + 1 < args.Length:
                    seconds = TimeSpan.FromSeconds(double.Parse(args[++i], CultureInfo.InvariantCulture));
                    break;
                case "--postgres" when i + 1 < args.Length:
                    postgres = args[++i];
                    break;
                case "--dir" when i + 1 < args.Length:
                    folder = Path.GetFullPath(args[++i]);
                    break;
                default:
                    throw new ArgumentException($"Unknown or incomplete argument '{args[i]}'. Usage: [--seconds N] [--postgres CONNECTION] [--dir FOLDER]");
            }
        }

        return new BenchOptions(seconds, postgres, folder);
    }
}
