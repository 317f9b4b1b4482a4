using Microsoft.AspNetCore.Http;

namespace Platform.GraphQL.Transport;

/// <summary>The GraphiQL page and its locally served assets (graphiql and React bundles from npm; no CDN).</summary>
internal static class GraphiQLPage
{
    public static readonly string[] Assets = ["graphiql.min.js", "graphiql.min.css", "react.production.min.js", "react-dom.production.min.js"];

    public static async Task WriteAsync(HttpContext http, GraphQLEndpointOptions options)
    {
        var basePath = (http.Request.PathBase + http.Request.Path).ToString().TrimEnd('/');
        var missing = Assets.Where(a => !File.Exists(Path.Combine(options.GraphiQLAssetsPath, a))).ToList();
        http.Response.ContentType = "text/html; charset=utf-8";
        if (missing.Count > 0)
        {
            http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            await http.Response.WriteAsync(
                $"<!doctype html><title>GraphiQL unavailable</title><p>GraphiQL assets are missing from {System.Net.WebUtility.HtmlEncode(options.GraphiQLAssetsPath)}: {string.Join(", ", missing)}. Run <code>npm ci</code> in Gateway/Platform.GraphQL/GraphiQL and rebuild.</p>",
                http.RequestAborted).ConfigureAwait(false);
            return;
        }

        var page = $$"""
            <!doctype html>
            <html lang="en">
            <head>
              <meta charset="utf-8" />
              <title>GraphiQL</title>
              <link rel="stylesheet" href="{{basePath}}/ui/graphiql.min.css" />
              <style>body { margin: 0; height: 100vh; } #graphiql { height: 100vh; }</style>
            </head>
            <body>
              <div id="graphiql">Loading…</div>
              <script src="{{basePath}}/ui/react.production.min.js"></script>
              <script src="{{basePath}}/ui/react-dom.production.min.js"></script>
              <script src="{{basePath}}/ui/graphiql.min.js"></script>
              <script>
                const fetcher = GraphiQL.createFetcher({
                  url: location.origin + '{{basePath}}',
                  subscriptionUrl: location.origin.replace(/^http/, 'ws') + '{{basePath}}',
                });
                ReactDOM.createRoot(document.getElementById('graphiql')).render(React.createElement(GraphiQL, { fetcher }));
              </script>
            </body>
            </html>
            """;
        await http.Response.WriteAsync(page, http.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>Serves one of the asset files under <c>{endpoint}/ui/</c>.</summary>
    public static async Task ServeAssetAsync(HttpContext http, GraphQLEndpointOptions options, string name)
    {
        if (!Assets.Contains(name))
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var path = Path.Combine(options.GraphiQLAssetsPath, name);
        if (!File.Exists(path))
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        http.Response.ContentType = name.EndsWith(".css", StringComparison.Ordinal) ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8";
        http.Response.Headers.CacheControl = "public, max-age=86400";
        await http.Response.SendFileAsync(path, http.RequestAborted).ConfigureAwait(false);
    }
}
