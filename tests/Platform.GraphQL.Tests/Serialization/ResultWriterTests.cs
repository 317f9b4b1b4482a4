using System.Text;
using System.Text.Json;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Serialization;

namespace Platform.GraphQL.Tests.Serialization;

/// <summary>ResultWriter.ToUtf8 reuses one buffer per thread: every call must still return exactly its own response.</summary>
public sealed class ResultWriterTests
{
    private static ExecutionResult Result(string text, int repeat)
    {
        var items = Enumerable.Range(0, repeat).Select(i => (object?)$"{text}-{i}").ToList();
        var data = new ResultMap(2);
        data.Add("items", items);
        data.Add("count", repeat);
        return new ExecutionResult { HasData = true, Data = data };
    }

    /// <summary>The same result written by a fresh writer into a fresh buffer, as a reference.</summary>
    private static string Fresh(ExecutionResult result)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, ResultWriter.WriterOptions))
        {
            ResultWriter.Write(writer, result);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void A_small_response_after_a_large_one_on_the_same_thread_holds_only_its_own_bytes()
    {
        var large = Result("large", 5_000);
        var small = Result("small", 2);

        var largeJson = Encoding.UTF8.GetString(ResultWriter.ToUtf8(large));
        var smallJson = Encoding.UTF8.GetString(ResultWriter.ToUtf8(small));

        Assert.True(largeJson.Length > 16 * 1024);
        Assert.Equal(Fresh(large), largeJson);
        Assert.Equal("""{"data":{"items":["small-0","small-1"],"count":2}}""", smallJson);
    }

    [Fact]
    public void A_response_larger_than_the_retained_buffer_is_written_whole_and_the_next_one_is_still_exact()
    {
        var huge = Result(new string('x', 200), 6_000);
        var small = Result("after", 1);

        var hugeBytes = ResultWriter.ToUtf8(huge);
        var smallJson = Encoding.UTF8.GetString(ResultWriter.ToUtf8(small));

        Assert.True(hugeBytes.Length > 1024 * 1024);
        Assert.Equal(Fresh(huge), Encoding.UTF8.GetString(hugeBytes));
        Assert.Equal("""{"data":{"items":["after-0"],"count":1}}""", smallJson);
    }

    /// <summary>A value whose text form fails (the writer's last resort is ToString).</summary>
    private sealed class Unprintable
    {
        public override string ToString() => throw new InvalidOperationException("no text form");
    }

    [Fact]
    public void A_value_the_writer_rejects_fails_that_call_only_and_the_next_response_is_exact()
    {
        var data = new ResultMap(2);
        data.Add("written", "first");
        data.Add("broken", new Unprintable());
        var invalid = new ExecutionResult { HasData = true, Data = data };

        Assert.Throws<InvalidOperationException>(() => ResultWriter.ToUtf8(invalid));
        var next = Encoding.UTF8.GetString(ResultWriter.ToUtf8(Result("next", 1)));

        Assert.Equal("""{"data":{"items":["next-0"],"count":1}}""", next);
    }

    [Fact]
    public async Task Responses_written_concurrently_on_many_threads_are_each_exact()
    {
        var results = Enumerable.Range(0, 32).Select(i => Result($"r{i}", 100 + (i * 37))).ToArray();
        var expected = results.Select(Fresh).ToArray();

        var written = await Task.WhenAll(results.Select(r => Task.Run(() => Encoding.UTF8.GetString(ResultWriter.ToUtf8(r)), TestContext.Current.CancellationToken)));

        Assert.Equal(expected, written);
    }
}
