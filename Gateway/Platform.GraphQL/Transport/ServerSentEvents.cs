using System.Text;
using Microsoft.AspNetCore.Http;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Requests;
using Platform.GraphQL.Serialization;

namespace Platform.GraphQL.Transport;

/// <summary>graphql-sse "distinct connections" mode: one request per connection, results as <c>next</c> events, then <c>complete</c>.</summary>
internal static class ServerSentEvents
{
    private static readonly byte[] _complete = Encoding.UTF8.GetBytes("event: complete\ndata:\n\n");

    public static async Task WriteAsync(HttpContext http, GraphQLEngine engine, GraphQLRequest request, RequestOptions options)
    {
        var cancellationToken = http.RequestAborted;
        var response = http.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = MediaTypes.EventStream + "; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        await response.StartAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var started = await engine.SubscribeAsync(request, options, cancellationToken).ConfigureAwait(false);
            if (started.Failure is not null)
            {
                await NextAsync(response, started.Failure, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await foreach (var result in started.Results!.WithCancellation(cancellationToken).ConfigureAwait(false))
                {
                    await NextAsync(response, result, cancellationToken).ConfigureAwait(false);
                }
            }

            await response.Body.WriteAsync(_complete, cancellationToken).ConfigureAwait(false);
            await response.Body.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client closed the connection: that is how graphql-sse clients stop a subscription.
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var failure = ExecutionResult.Failed(RequestErrorKind.None, GraphQLError.WithCode("The event stream failed.", ErrorCodes.InternalError));
            await NextAsync(response, failure, cancellationToken).ConfigureAwait(false);
            await response.Body.WriteAsync(_complete, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task NextAsync(HttpResponse response, ExecutionResult result, CancellationToken cancellationToken)
    {
        var json = ResultWriter.ToUtf8(result);
        var frame = new byte[json.Length + 20];
        var head = "event: next\ndata: "u8;
        head.CopyTo(frame);
        json.CopyTo(frame, head.Length);
        frame[head.Length + json.Length] = (byte)'\n';
        frame[head.Length + json.Length + 1] = (byte)'\n';
        await response.Body.WriteAsync(frame.AsMemory(0, head.Length + json.Length + 2), cancellationToken).ConfigureAwait(false);
        await response.Body.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
