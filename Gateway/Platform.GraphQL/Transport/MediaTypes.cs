using Microsoft.Net.Http.Headers;

namespace Platform.GraphQL.Transport;

/// <summary>The media types of GraphQL over HTTP and the Accept negotiation between them.</summary>
public static class MediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";
    public const string EventStream = "text/event-stream";
    public const string Html = "text/html";

    /// <summary>The response type to use for an Accept header, or null when none is acceptable (406).</summary>
    public static string? Negotiate(string? accept)
    {
        if (string.IsNullOrWhiteSpace(accept))
        {
            return Json;
        }

        if (!MediaTypeHeaderValue.TryParseList([accept], out var values))
        {
            return Json;
        }

        string? best = null;
        double bestQuality = -1;
        foreach (var value in values)
        {
            var quality = value.Quality ?? 1.0;
            if (quality <= 0)
            {
                continue;
            }

            var type = value.MediaType.Value?.ToLowerInvariant();
            string? candidate = type switch
            {
                GraphQLResponse => GraphQLResponse,
                Json or "application/*" or "*/*" => Json,
                EventStream => EventStream,
                _ => null,
            };
            if (candidate is not null && (quality > bestQuality || (quality == bestQuality && candidate == GraphQLResponse)))
            {
                best = candidate;
                bestQuality = quality;
            }
        }

        return best;
    }

    /// <summary>True when the Accept header prefers HTML (a browser asking for GraphiQL).</summary>
    public static bool WantsHtml(string? accept) =>
        accept is not null && accept.Contains(Html, StringComparison.OrdinalIgnoreCase);
}
