using System.Globalization;
using System.Text;
using Platform.Runtime;

namespace Platform.Storage.Tests.Contract;

/// <summary>Optimistic concurrency under real contention.</summary>
public abstract partial class StorageContractTests
{
    [Fact]
    public async Task Writers_racing_with_the_same_etag_have_exactly_one_winner_each_round()
    {
        const int writers = 8;
        const int rounds = 10;
        var key = NewKey();
        var etag = (await WriteAsync(key, "0", null)).ETag;

        for (var round = 1; round <= rounds; round++)
        {
            var expected = etag;
            using var start = new Barrier(writers);
            var attempts = Enumerable.Range(0, writers).Select(writer => Task.Run(async () =>
            {
                start.SignalAndWait(Token);
                try
                {
                    return (Writer: writer, Result: (WriteResult?)await WriteAsync(key, $"{round}:{writer}", expected));
                }
                catch (InconsistentStateException)
                {
                    return (Writer: writer, Result: null);
                }
            }, Token)).ToList();
            var outcomes = await Task.WhenAll(attempts);

            var winners = outcomes.Where(o => o.Result is not null).ToList();
            Assert.True(winners.Count == 1, $"round {round}: {winners.Count} writers won, expected exactly one");
            var read = await Storage.Grains.ReadAsync(key, Token);
            Assert.Equal($"{round}:{winners[0].Writer}", Text(read));
            etag = winners[0].Result!.ETag;
            Assert.Equal(etag, read!.ETag);
        }
    }

    [Fact]
    public async Task Read_modify_write_retry_loops_lose_no_increment()
    {
        const int tasks = 8;
        const int incrementsPerTask = 50;
        var key = NewKey();
        await WriteAsync(key, "0", null);
        var conflicts = 0;

        await Task.WhenAll(Enumerable.Range(0, tasks).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < incrementsPerTask; i++)
            {
                while (true)
                {
                    var current = (await Storage.Grains.ReadAsync(key, Token))!;
                    var value = long.Parse(Encoding.UTF8.GetString(current.Payload.Span), CultureInfo.InvariantCulture);
                    try
                    {
                        await WriteAsync(key, (value + 1).ToString(CultureInfo.InvariantCulture), current.ETag);
                        break;
                    }
                    catch (InconsistentStateException)
                    {
                        Interlocked.Increment(ref conflicts);
                    }
                }
            }
        }, Token)));

        Assert.Equal((tasks * incrementsPerTask).ToString(CultureInfo.InvariantCulture), Text(await Storage.Grains.ReadAsync(key, Token)));
        TestContext.Current.SendDiagnosticMessage($"{conflicts} conflicts retried");
    }
}
