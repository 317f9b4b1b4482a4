using System.Text.Json;

namespace Platform.EndToEnd.Tests.Support;

/// <summary>
/// Follows a session's <c>sessionEvents</c> subscription (SSE, replayed from sequence 1) in the background and lets a
/// test await the first event that matches, with a bounded deadline.
/// </summary>
internal sealed class SessionEventRecorder : IAsyncDisposable
{
    private const string Query = """
        subscription ($id: ID!) { sessionEvents(sessionId: $id, fromSequence: 1) { sequence kind message runState panel detail } }
        """;

    private readonly List<JsonElement> _events = [];
    private readonly List<(Func<JsonElement, bool> Match, TaskCompletionSource<JsonElement> Seen)> _waits = [];
    private readonly CancellationTokenSource _stop;
    private readonly Task _reading;

    public SessionEventRecorder(GraphQLClient graphQL, string sessionId)
    {
        _stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        _reading = ReadAsync(graphQL, sessionId);
    }

    /// <summary>The events received so far, in sequence order.</summary>
    public IReadOnlyList<JsonElement> Events
    {
        get
        {
            lock (_events)
            {
                return [.. _events];
            }
        }
    }

    /// <summary>
    /// The <paramref name="occurrence"/>-th event (already received or still to come) that matches; a <see cref="TimeoutException"/>
    /// after <paramref name="deadline"/>.
    /// </summary>
    public async Task<JsonElement> WaitForAsync(string what, Func<JsonElement, bool> match, TimeSpan deadline, int occurrence = 1)
    {
        var matched = 0;
        var original = match;
        match = e => original(e) && ++matched >= occurrence; // evaluated once per event, in sequence order, under the lock
        var seen = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_events)
        {
            foreach (var e in _events.Where(match))
            {
                return e;
            }

            _waits.Add((match, seen));
        }

        Task first;
        try
        {
            first = await Task.WhenAny(seen.Task, _reading).WaitAsync(deadline, TestContext.Current.CancellationToken);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"no session event for {what} within {deadline}; received:\n{string.Join('\n', Events.Select(e => e.GetRawText()))}");
        }

        if (first != seen.Task)
        {
            await _reading;
            throw new InvalidOperationException($"the sessionEvents stream ended before {what}");
        }

        return await seen.Task;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _reading;
        }
        catch (OperationCanceledException)
        {
            // The subscription is cancelled on purpose.
        }

        _stop.Dispose();
    }

    /// <summary>Whether an event says the run is in <paramref name="state"/>.</summary>
    public static bool IsRunState(JsonElement e, string state) =>
        e.GetProperty("kind").GetString() == "RUN_STATE_CHANGED" && e.GetProperty("runState").GetString() == state;

    private async Task ReadAsync(GraphQLClient graphQL, string sessionId)
    {
        await Task.Yield();
        await foreach (var data in graphQL.SubscribeAsync(Query, new { id = sessionId }, _stop.Token))
        {
            var e = data.GetProperty("sessionEvents");
            lock (_events)
            {
                _events.Add(e);
                foreach (var wait in _waits.Where(w => w.Match(e)).ToList())
                {
                    wait.Seen.TrySetResult(e);
                    _waits.Remove(wait);
                }
            }
        }
    }
}
