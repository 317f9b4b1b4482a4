using System.Globalization;
using System.Text;
using Platform.Runtime.Indexing;

namespace Platform.Storage.Bench;

/// <summary>
/// The measured workload: updates of existing session records (about 200 bytes of JSON) with one index row
/// each, cycling over a set of records and carrying each record's ETag forward.
/// </summary>
internal sealed class BenchWorkload(IStorageProvider provider)
{
    public const int Records = 100;

    public static readonly IndexTable Table = new("bench_sessions",
    [
        new IndexColumn("name", IndexColumnType.Text, Indexed: true),
        new IndexColumn("shots", IndexColumnType.Integer),
        new IndexColumn("updated_at", IndexColumnType.Timestamp),
    ]);

    private readonly string?[] _etags = new string?[Records];

    public static byte[] Payload(long n) => Encoding.UTF8.GetBytes(
        $$"""{"name":"session {{n % Records}}","state":"running","shots":{{n}},"defocusAngstrom":-15000,"pixelSizeAngstrom":0.83,"notes":"{{new string('x', 80)}}"}""");

    public async Task PrepareAsync()
    {
        await provider.InitializeAsync([Table]).ConfigureAwait(false);
        for (var i = 0; i < Records; i++)
        {
            var key = Key(i);
            var existing = await provider.Grains.ReadAsync(key).ConfigureAwait(false);
            _etags[i] = existing?.ETag;
            await WriteAsync(i).ConfigureAwait(false);
        }
    }

    public async Task WriteAsync(long n)
    {
        var slot = (int)(n % Records);
        var key = Key(slot);
        var row = new IndexRow(Table.Name, key.GrainKey, new Dictionary<string, object?>
        {
            ["name"] = $"session {slot}",
            ["shots"] = n,
            ["updated_at"] = DateTimeOffset.UtcNow,
        });
        var result = await provider.Grains.WriteAsync(new GrainStateWrite(key, Payload(n), _etags[slot], [row], [], [])).ConfigureAwait(false);
        _etags[slot] = result.ETag;
    }

    private static GrainStateKey Key(int slot) => new("session", "bench-" + slot.ToString(CultureInfo.InvariantCulture), "state");
}
