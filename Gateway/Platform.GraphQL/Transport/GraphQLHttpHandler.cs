using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Printing;
using Platform.GraphQL.Requests;
using Platform.GraphQL.Serialization;

namespace Platform.GraphQL.Transport;

/// <summary>Serves one endpoint: GraphQL over HTTP (GET/POST), SSE, WebSocket upgrade, <c>?sdl</c> and GraphiQL.</summary>
internal sealed class GraphQLHttpHandler(GraphQLEngine engine, GraphQLEndpointOptions options)
{
    private readonly Lazy<byte[]> _sdl = new(() => System.Text.Encoding.UTF8.GetBytes(SchemaPrinter.Print(engine.Schema) + "\n"));

    public async Task HandleAsync(HttpContext http)
    {
        var cancellationToken = http.RequestAborted;
        if (http.WebSockets.IsWebSocketRequest)
        {
            await new WebSockets.GraphQLWebSocketSession(http, engine, options).RunAsync().ConfigureAwait(false);
            return;
        }

        var request = http.Request;
        var accept = request.Headers.Accept.ToString();
        HttpReadResult read;
        if (HttpMethods.IsGet(request.Method))
        {
            if (request.Query.ContainsKey("sdl"))
            {
                http.Response.ContentType = "text/plain; charset=utf-8";
                await http.Response.Body.WriteAsync(_sdl.Value, cancellationToken).ConfigureAwait(false);
                return;
            }

            if (options.EnableGraphiQL && !request.Query.ContainsKey("query") && MediaTypes.WantsHtml(accept))
            {
                await GraphiQLPage.WriteAsync(http, options).ConfigureAwait(false);
                return;
            }

            read = HttpRequestReader.FromQueryString(request.Query);
        }
        else if (HttpMethods.IsPost(request.Method))
        {
            var contentType = request.ContentType;
            if (string.IsNullOrEmpty(contentType))
            {
                await WriteProblemAsync(http, StatusCodes.Status415UnsupportedMediaType, "A Content-Type of application/json is required.").ConfigureAwait(false);
                return;
            }

            if (!MediaTypeHeaderValue.TryParse(contentType, out var parsed)
                || !(parsed.MediaType.Equals(MediaTypes.Json, StringComparison.OrdinalIgnoreCase) || parsed.MediaType.Equals(MediaTypes.GraphQLResponse, StringComparison.OrdinalIgnoreCase))
                || (parsed.Charset.HasValue && !parsed.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)))
            {
                await WriteProblemAsync(http, StatusCodes.Status415UnsupportedMediaType, $"Unsupported Content-Type \"{contentType}\"; use application/json.").ConfigureAwait(false);
                return;
            }

            read = await HttpRequestReader.FromBodyAsync(request, options.MaxRequestBytes, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            http.Response.Headers.Allow = "GET, POST";
            await WriteProblemAsync(http, StatusCodes.Status405MethodNotAllowed, "Use GET or POST.").ConfigureAwait(false);
            return;
        }

        var mediaType = MediaTypes.Negotiate(accept);
        if (mediaType is null)
        {
            await WriteProblemAsync(http, StatusCodes.Status406NotAcceptable, "Accept application/graphql-response+json, application/json or text/event-stream.").ConfigureAwait(false);
            return;
        }

        if (read.Request is null)
        {
            await WriteProblemAsync(http, read.StatusCode, read.Error!, mediaType).ConfigureAwait(false);
            return;
        }

        var auth = await options.Authenticate(http, null, cancellationToken).ConfigureAwait(false);
        if (auth.IsRejected)
        {
            await WriteProblemAsync(http, StatusCodes.Status401Unauthorized, auth.Reason ?? "Unauthorized.", mediaType).ConfigureAwait(false);
            return;
        }

        var requestOptions = new RequestOptions
        {
            Services = http.RequestServices,
            User = auth.User,
            AllowMutations = !HttpMethods.IsGet(request.Method),
        };
        if (mediaType == MediaTypes.EventStream)
        {
            await ServerSentEvents.WriteAsync(http, engine, read.Request, requestOptions).ConfigureAwait(false);
            return;
        }

        var result = await engine.ExecuteAsync(read.Request, requestOptions with { AllowSubscriptions = false }, cancellationToken).ConfigureAwait(false);
        await WriteResultAsync(http, result, mediaType, isGet: HttpMethods.IsGet(request.Method)).ConfigureAwait(false);
    }

    private static async Task WriteResultAsync(HttpContext http, ExecutionResult result, string mediaType, bool isGet)
    {
        var response = http.Response;
        if (isGet && result.RequestError == RequestErrorKind.OperationNotAllowed)
        {
            response.Headers.Allow = "POST";
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
        }
        else if (mediaType == MediaTypes.GraphQLResponse)
        {
            // GraphQL over HTTP: a request error (no data) is 4xx; the 2026 draft moves validation to 422, graphql-http 1.23 audits 400.
            response.StatusCode = result.RequestError == RequestErrorKind.None ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
        }
        else
        {
            response.StatusCode = StatusCodes.Status200OK;
        }

        response.ContentType = mediaType + "; charset=utf-8";

        // Straight into the response pipe: no intermediate byte array of the whole body.
        using (var writer = new System.Text.Json.Utf8JsonWriter(response.BodyWriter, ResultWriter.WriterOptions))
        {
            ResultWriter.Write(writer, result);
        }

        await response.BodyWriter.FlushAsync(http.RequestAborted).ConfigureAwait(false);
    }

    private static async Task WriteProblemAsync(HttpContext http, int status, string message, string mediaType = MediaTypes.Json)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = (mediaType == MediaTypes.EventStream ? MediaTypes.Json : mediaType) + "; charset=utf-8";
        var result = ExecutionResult.Failed(RequestErrorKind.InvalidRequest, GraphQLError.WithCode(message, ErrorCodes.BadUserInput));
        await http.Response.Body.WriteAsync(ResultWriter.ToUtf8(result), http.RequestAborted).ConfigureAwait(false);
    }
}
