using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Platform.GraphQL.Tests.Transport;

/// <summary>
/// POST bodies are read from the request pipe as they arrive: bodies sent in pieces and without a Content-Length
/// (chunked) are parsed whole, and empty, malformed or oversized ones get their 4xx, whatever way they arrive.
/// </summary>
public sealed class RequestBodyTests(SampleHost host) : IClassFixture<SampleHost>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>Sends <paramref name="body"/> chunked (no Content-Length), flushing <paramref name="pieceBytes"/> at a time.</summary>
    private async Task<HttpResponseMessage> PostChunkedAsync(string body, int pieceBytes)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var content = new PushStreamContent(bytes, pieceBytes);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, host.Endpoint) { Content = content };
        request.Headers.TransferEncodingChunked = true;
        return await host.Client.SendAsync(request, Token);
    }

    [Fact]
    public async Task A_body_arriving_in_small_chunks_without_a_length_is_parsed_whole()
    {
        var response = await PostChunkedAsync("""{"query":"query($n: Int!) { books(first: $n) { edges { node { title } } } }","variables":{"n":2}}""", pieceBytes: 7);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"books":{"edges":[{"node":{"title":"Book 1"}},{"node":{"title":"Book 2"}}]}}}""", await response.Content.ReadAsStringAsync(Token));
    }

    [Fact]
    public async Task A_chunked_body_over_the_limit_is_413_without_a_length_to_check_up_front()
    {
        var response = await PostChunkedAsync("{\"query\":\"{ hello }\",\"x\":\"" + new string('x', 30_000) + "\"}", pieceBytes: 4096);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData("", "The request body is empty.")]
    [InlineData("{\"query\": \"{ hello }\"", "The request body is not valid JSON.")]
    [InlineData("[1, 2]", "The request body must be a JSON object.")]
    public async Task Empty_or_malformed_chunked_bodies_are_400_with_the_reason(string body, string reason)
    {
        var response = await PostChunkedAsync(body, pieceBytes: 3);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
    }

    /// <summary>Request content written in pieces, each flushed, so the server sees the body arrive over several reads.</summary>
    private sealed class PushStreamContent(byte[] bytes, int pieceBytes) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            for (var offset = 0; offset < bytes.Length; offset += pieceBytes)
            {
                await stream.WriteAsync(bytes.AsMemory(offset, Math.Min(pieceBytes, bytes.Length - offset)));
                await stream.FlushAsync();
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
