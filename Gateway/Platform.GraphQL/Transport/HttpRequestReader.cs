using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Platform.GraphQL.Requests;
using Platform.GraphQL.Serialization;

namespace Platform.GraphQL.Transport;

/// <summary>Reads GraphQL-over-HTTP request parameters from a GET query string or a JSON POST body.</summary>
internal static class HttpRequestReader
{
    public static HttpReadResult FromQueryString(IQueryCollection query)
    {
        try
        {
            return new HttpReadResult(new GraphQLRequest
            {
                Query = query.TryGetValue("query", out var q) ? q.ToString() : null,
                OperationName = query.TryGetValue("operationName", out var name) && name.ToString().Length > 0 ? name.ToString() : null,
                Variables = JsonMap(query, "variables"),
                Extensions = JsonMap(query, "extensions"),
                DocumentId = query.TryGetValue("documentId", out var id) ? id.ToString() : null,
            });
        }
        catch (JsonException)
        {
            return HttpReadResult.Bad("The variables or extensions parameter is not a JSON object.");
        }
    }

    public static async Task<HttpReadResult> FromBodyAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return new HttpReadResult(null, StatusCodes.Status413PayloadTooLarge, $"The request body is larger than {maxBytes} bytes.");
        }

        // Straight from the request pipe: the body is parsed where Kestrel buffered it (no per-request chunk or copy).
        var body = request.BodyReader;
        System.IO.Pipelines.ReadResult read;
        while (true)
        {
            read = await body.ReadAsync(cancellationToken).ConfigureAwait(false);
            if (read.Buffer.Length > maxBytes)
            {
                body.AdvanceTo(read.Buffer.Start, read.Buffer.End);
                return new HttpReadResult(null, StatusCodes.Status413PayloadTooLarge, $"The request body is larger than {maxBytes} bytes.");
            }

            if (read.IsCompleted || read.IsCanceled)
            {
                break;
            }

            // Nothing consumed, everything examined: the next read waits for more bytes.
            body.AdvanceTo(read.Buffer.Start, read.Buffer.End);
        }

        var buffer = read.Buffer;
        try
        {
            if (buffer.Length == 0)
            {
                return HttpReadResult.Bad("The request body is empty.");
            }

            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(buffer, new JsonDocumentOptions { MaxDepth = 64 });
            }
            catch (JsonException)
            {
                return HttpReadResult.Bad("The request body is not valid JSON.");
            }

            using (document)
            {
                return FromJson(document.RootElement);
            }
        }
        finally
        {
            body.AdvanceTo(buffer.End);
        }
    }

    /// <summary>Validates the parameter shapes (GraphQL-over-HTTP §Request Parameters) of a JSON request object.</summary>
    public static HttpReadResult FromJson(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return HttpReadResult.Bad("The request body must be a JSON object.");
        }

        string? query = null;
        string? operationName = null;
        string? documentId = null;
        Dictionary<string, object?>? variables = null;
        Dictionary<string, object?>? extensions = null;
        foreach (var property in root.EnumerateObject())
        {
            var value = property.Value;
            switch (property.Name)
            {
                case "query" when value.ValueKind is JsonValueKind.String or JsonValueKind.Null:
                    query = value.GetString();
                    break;
                case "operationName" when value.ValueKind is JsonValueKind.String or JsonValueKind.Null:
                    operationName = value.GetString();
                    break;
                case "documentId" when value.ValueKind is JsonValueKind.String:
                    documentId = value.GetString();
                    break;
                case "variables" when value.ValueKind is JsonValueKind.Object or JsonValueKind.Null:
                    variables = value.ValueKind == JsonValueKind.Null ? null : JsonInput.ToMap(value);
                    break;
                case "extensions" when value.ValueKind is JsonValueKind.Object or JsonValueKind.Null:
                    extensions = value.ValueKind == JsonValueKind.Null ? null : JsonInput.ToMap(value);
                    break;
                case "query" or "operationName" or "documentId" or "variables" or "extensions":
                    return HttpReadResult.Bad($"The \"{property.Name}\" parameter has the wrong type.");
            }
        }

        if (query is null && documentId is null && extensions?.GetValueOrDefault("persistedQuery") is null)
        {
            return HttpReadResult.Bad("The request has no \"query\" parameter.");
        }

        return new HttpReadResult(new GraphQLRequest
        {
            Query = query,
            OperationName = string.IsNullOrEmpty(operationName) ? null : operationName,
            Variables = variables,
            Extensions = extensions,
            DocumentId = documentId,
        });
    }

    private static Dictionary<string, object?>? JsonMap(IQueryCollection query, string name)
    {
        if (!query.TryGetValue(name, out var text) || string.IsNullOrEmpty(text.ToString()))
        {
            return null;
        }

        using var document = JsonDocument.Parse(text.ToString());
        return document.RootElement.ValueKind switch
        {
            JsonValueKind.Object => JsonInput.ToMap(document.RootElement),
            JsonValueKind.Null => null,
            _ => throw new JsonException($"{name} is not an object"),
        };
    }
}
